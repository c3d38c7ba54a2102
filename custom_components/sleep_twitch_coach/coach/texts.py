"""The coach's texts, one data file per language in texts/; plain Python.

The doctor report's sentences and headings and the default wind-down steps. The same files
are bundled into the panel, so the Markdown and the printed page say the same.
"""

from __future__ import annotations

from collections.abc import Mapping
import json
from pathlib import Path
import re
from typing import Final

TEXTS_FOLDER: Final = Path(__file__).parents[1] / "texts"
LANGUAGES: Final = ("en", "de", "nl", "fr", "es", "it")
FALLBACK_LANGUAGE: Final = "en"
_PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")


def _read(language: str) -> dict[str, str]:
    """Return one language's texts by key."""
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
