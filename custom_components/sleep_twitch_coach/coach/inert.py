"""Text a person typed, made inert for Markdown: shown as text, never HTML, links or templates.

Home Assistant shows Markdown (cards, notifications, repair issues) with HTML allowed, turns
bare web addresses into links, and renders a card's content as a template.
"""

from __future__ import annotations

import re

# HTML's own characters become entities; every ASCII punctuation character Markdown or a
# template could read gets a backslash (CommonMark shows it as the character itself), which
# also breaks "{{", "{%" and bare "http://" or "www." apart.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_PUNCTUATION = re.compile(r"""([\\`*_{}\[\]()#+\-.!|~:"'=%$@^,;?/])""")
_LINE_BREAKS = re.compile(r"[\r\n\t\v\f\u2028\u2029]+")


def inert(text: str) -> str:
    """Return `text` as Markdown that shows it as it was typed, on one line."""
    text = _LINE_BREAKS.sub(" ", text)
    text = _PUNCTUATION.sub(r"\\\1", text)
    return "".join(_ENTITIES.get(char, char) for char in text)
