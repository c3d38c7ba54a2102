"""Tests of inert Markdown: what a person typed shows as text and does nothing else."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st
import pytest

from custom_components.sleep_twitch_coach.coach.inert import inert

# What CommonMark shows for the Markdown `inert` writes: escapes and entities undone.
_SHOWN = re.compile(r"\\([!-/:-@\[-`{-~])|&(amp|lt|gt);")
_ENTITY_CHARS = {"amp": "&", "lt": "<", "gt": ">"}


def shown(markdown: str) -> str:
    """Return the text a Markdown renderer shows for `inert`'s output."""
    return _SHOWN.sub(
        lambda match: match.group(1) or _ENTITY_CHARS[match.group(2)], markdown
    )


@pytest.mark.parametrize(
    "typed",
    [
        '<img src="https://example.invalid/x.png">',
        "<details><summary>x</summary>hidden</details>",
        "[click](https://example.invalid)",
        "https://example.invalid and www.example.invalid",
        "{{ states('sensor.x') }} {% if true %}x{% endif %} {# c #}",
        "**bold** _it_ `code` # heading | table |",
        "Ben & Jerry's <3",
    ],
)
def test_markup_a_person_typed_does_nothing(typed: str) -> None:
    """No tag, link, address, template or emphasis survives; the text itself does."""
    markdown = inert(typed)
    assert "<" not in markdown
    assert ">" not in markdown
    for unsafe in ("{{", "{%", "{#", "](", "://", "www."):
        assert unsafe not in markdown
    # Markdown's own punctuation only with its backslash.
    assert re.search(r"(?<!\\)[*_`\[\]#|]", markdown) is None
    assert shown(markdown) == typed


def test_line_breaks_become_spaces() -> None:
    """A note cannot start a heading or end a table row on a line of its own."""
    assert shown(inert("calf\n# Heading\r\n| x |")) == "calf # Heading | x |"


@given(st.text())
def test_any_text_shows_as_typed_on_one_line(typed: str) -> None:
    """Whatever the text, the renderer shows it back, line breaks as spaces."""
    markdown = inert(typed)
    assert "\n" not in markdown
    assert shown(markdown) == re.sub(r"[\r\n\t\v\f\u2028\u2029]+", " ", typed)
