"""Home Assistant's language as the coach's texts are chosen by it; plain Python."""

from __future__ import annotations


def base_language(language: str) -> str:
    """Return the language part of a language tag ("de-CH" is "de")."""
    return language.split("-", maxsplit=1)[0].lower()
