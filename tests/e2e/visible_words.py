"""Every word a page shows, and which of them are English: the language check's two halves."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
import json
from pathlib import Path
import re
from typing import TYPE_CHECKING, Any

from .conftest import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Page

# Names that stay as they are in every language (the README lists them): the product's,
# Home Assistant's, the demo's sleepers, the clinical abbreviations and file formats.
UNTRANSLATED = (
    "Sleep Twitch Coach",
    "Home Assistant",
    "Demo",
    "Archive",
    "PLM",
    "PLMS",
    "PLMs",
    "PLMI",
    "WASM",
    "AASM",
    "CSV",
    "JSON",
)
# Dashboard titles, shown as written: the demo's, and the one Home Assistant names once, in
# the language it has when it creates it.
NAMED_ONCE = frozenset({"Bedside", "Map"})
_UNTRANSLATED = re.compile(rf"\b(?:{'|'.join(UNTRANSLATED)})\b")
# English words that are German words too, which Home Assistant's German texts never use.
ALSO_GERMAN = frozenset({"warm", "bad", "index", "kind", "hand", "name", "problem"})
_WORD = re.compile(r"[^\W\d_]{3,}")
_INTEGRATION = ROOT / "custom_components" / "sleep_twitch_coach"
_OUR_TEXTS = (
    _INTEGRATION / "translations",
    _INTEGRATION / "texts",
    ROOT / "frontend" / "src" / "translations",
)
_FRONTEND_TRANSLATIONS = "hass_frontend/static/translations"
_DEMO_CONFIGURATION = (
    ROOT / "config" / "configuration.yaml",
    ROOT / "config" / "dashboards" / "sleep_coach.yaml",
)
_LABEL = re.compile(r"^\s*(?:title|name|heading):\s*(.+)$", re.MULTILINE)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|`[^`]*`")

# The text of every element a person can see, through every shadow root.
VISIBLE_TEXT = """
() => {
  const texts = [];
  const seen = (element) =>
    element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
    element.getClientRects().length > 0;
  const walk = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent.trim();
        if (text && node.parentElement && seen(node.parentElement)) texts.push(text);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (["SCRIPT", "STYLE", "TEMPLATE"].includes(node.tagName)) continue;
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  walk(document.body);
  return texts;
}
"""


def words(texts: Iterable[str]) -> set[str]:
    """Return the words (three letters or more, lower case) of some texts."""
    return {word.lower() for text in texts for word in _WORD.findall(text)}


def _texts(path: Path) -> dict[str, str]:
    """Return a translation file's texts by key path, without their placeholders."""
    texts: dict[str, str] = {}

    def add(value: Any, key: str) -> None:
        if isinstance(value, str):
            texts[key] = _PLACEHOLDER.sub(" ", value)
        elif isinstance(value, dict):
            for name, item in value.items():
                add(item, f"{key}.{name}")

    add(json.loads(path.read_text()), "")
    return texts


def _frontend_file(language: str) -> Path:
    """Return Home Assistant's frontend translation file of a language (the runtime's)."""
    (site,) = (ROOT / ".venv-run").glob("lib/python3*/site-packages")
    (path,) = (
        path
        for path in (site / _FRONTEND_TRANSLATIONS).glob(f"{language}-*.json")
        if re.fullmatch(rf"{language}-[0-9a-f]+\.json", path.name)
    )
    return path


def _demo_labels() -> list[str]:
    """Return the titles, names and headings the demo's configuration writes out."""
    return [
        match.group(1)
        for path in _DEMO_CONFIGURATION
        for match in _LABEL.finditer(path.read_text())
    ]


@cache
def english_only() -> frozenset[str]:
    """Return the words an English text uses where its German text does not.

    Each text of the coach and of Home Assistant's frontend is compared with its German
    text, and the demo's own labels count as English; a word Home Assistant's German texts use anywhere (German words such as "die",
    loanwords such as "Tracker") is not counted.
    """
    pairs = [(folder / "en.json", folder / "de.json") for folder in _OUR_TEXTS]
    pairs.append((_frontend_file("en"), _frontend_file("de")))
    english: set[str] = set()
    for english_file, german_file in pairs:
        german_texts = _texts(german_file)
        for key, text in _texts(english_file).items():
            english |= words([text]) - words([german_texts.get(key, "")])
    english |= words(_demo_labels())
    german = words(_texts(_frontend_file("de")).values())
    return frozenset(english - german - ALSO_GERMAN)


def english_words_shown(page: Page) -> list[str]:
    """Return the visible texts of a page that hold an English word, with the words."""
    shown: list[str] = page.evaluate(VISIBLE_TEXT)
    return [
        f"{text!r}: {', '.join(sorted(english))}"
        for text in shown
        if text not in NAMED_ONCE
        and (english := words([_UNTRANSLATED.sub(" ", text)]) & english_only())
    ]
