"""The doctor report's texts, one data file per language in texts/; plain Python.

The same files are bundled into the panel, so the Markdown and the printed page say the same.
The names of criteria, symptoms and body parts come from the integration's translations (the
same ones the UI shows); the sentences around them are in the files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
import json
from pathlib import Path
import re
from typing import Final

from ..languages import base_language

TEXTS_FOLDER: Final = Path(__file__).parents[2] / "texts"
LANGUAGES: Final = ("en", "de", "nl", "fr", "es", "it")
FALLBACK_LANGUAGE: Final = "en"
_PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")


def _read(language: str) -> dict[str, str]:
    texts: dict[str, str] = json.loads(
        (TEXTS_FOLDER / f"{language}.json").read_text(encoding="utf-8")
    )
    return texts


# Read once, when the integration is imported (Home Assistant imports it in an executor).
TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    language: _read(language) for language in LANGUAGES
}


def fill(text: str, values: Mapping[str, object]) -> str:
    """Replace `{name}` placeholders as the panel does; an unknown one stays as it is."""
    return _PLACEHOLDER.sub(
        lambda match: str(values.get(match[1], match[0])),
        text,
    )


@dataclass(frozen=True, slots=True)
class ReportTexts:
    """The report's texts in one language, with English for any key it lacks."""

    language: str
    table: Mapping[str, str]
    # Names of criteria, symptoms and body parts, by "criterion.urge_to_move" and the like
    # (from the integration's selector translations).
    names: Mapping[str, str] = field(default_factory=dict)

    def t(self, key: str, **values: object) -> str:
        """Return the text of `key` with its placeholders filled."""
        text = self.table.get(key) or TEXTS[FALLBACK_LANGUAGE].get(key, key)
        return fill(text, values)

    def name(self, kind: str, key: str) -> str:
        """Return the name of a trigger, criterion, symptom or body part."""
        if kind == "trigger":
            return self.t(f"trigger.{key}")
        return self.names.get(f"{kind}.{key}", key.replace("_", " ").capitalize())


def texts_for(language: str, names: Mapping[str, str] | None = None) -> ReportTexts:
    """Return the report's texts in a language (English for any other), with `names`."""
    code = base_language(language)
    if code not in TEXTS:
        code = FALLBACK_LANGUAGE
    return ReportTexts(code, TEXTS[code], dict(names or {}))
