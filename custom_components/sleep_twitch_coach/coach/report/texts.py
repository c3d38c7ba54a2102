"""The doctor report's texts in one language; plain Python.

The sentences and headings are in texts/<language>.json (see coach/texts.py). The names of
criteria, symptoms and body parts come from the integration's translations (the same ones
the UI shows).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..languages import base_language
from ..texts import FALLBACK_LANGUAGE, TEXTS, fill


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
        """Return the name of a criterion, symptom or body part."""
        return self.names.get(f"{kind}.{key}", key.replace("_", " ").capitalize())


def texts_for(language: str, names: Mapping[str, str] | None = None) -> ReportTexts:
    """Return the report's texts in a language (English for any other), with `names`."""
    code = base_language(language)
    if code not in TEXTS:
        code = FALLBACK_LANGUAGE
    return ReportTexts(code, TEXTS[code], dict(names or {}))
