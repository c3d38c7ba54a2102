"""Tests of the coach's texts: one data file per language, shared with the panel."""

from __future__ import annotations

import json
import re

import pytest

from custom_components.sleep_twitch_coach.coach.comparisons import Verdict
from custom_components.sleep_twitch_coach.coach.events import Keep
from custom_components.sleep_twitch_coach.coach.experiments import ExperimentVerdict
from custom_components.sleep_twitch_coach.coach.factors import Factor
from custom_components.sleep_twitch_coach.coach.report.layout import Column, Section
from custom_components.sleep_twitch_coach.coach.report.texts import texts_for
from custom_components.sleep_twitch_coach.coach.texts import (
    LANGUAGES,
    TEXTS,
    TEXTS_FOLDER,
    fill,
)
from custom_components.sleep_twitch_coach.coach.wind_down import (
    DEFAULT_STEP_UIDS,
    DEFAULT_STEPS,
    shown,
)


def placeholders(text: str) -> list[str]:
    """Return a text's placeholders, sorted."""
    return sorted(re.findall(r"\{(\w+)\}", text))


def test_every_language_has_a_file_and_every_file_a_language() -> None:
    """The six languages the coach speaks, and no file the coach would not read."""
    assert sorted(path.stem for path in TEXTS_FOLDER.glob("*.json")) == sorted(
        LANGUAGES
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_keys_and_placeholders_of_english(
    language: str,
) -> None:
    """A missing key or a renamed placeholder would show English or a raw {name}."""
    english, texts = TEXTS["en"], TEXTS[language]
    assert texts.keys() == english.keys()
    assert {key: placeholders(text) for key, text in texts.items()} == {
        key: placeholders(text) for key, text in english.items()
    }
    assert all(text.strip() for text in texts.values())
    assert json.loads((TEXTS_FOLDER / f"{language}.json").read_text()) == texts


def test_every_section_column_factor_verdict_and_step_has_its_text() -> None:
    """What the report and the wind-down list can show is named in the files."""
    keys = [
        *(f"report.{section}" for section in Section),
        *(f"report.column.{column}" for column in Column),
        *(f"factor.{factor}" for factor in Factor),
        *(f"verdict.{verdict}" for verdict in Verdict),
        *(f"experiment.verdict.{verdict}" for verdict in ExperimentVerdict),
        *(f"experiment.{keep}" for keep in Keep),
        *(f"experiment.keep.{keep}" for keep in Keep),
        *(f"wind_down.{uid}" for uid in DEFAULT_STEP_UIDS),
    ]
    assert [key for key in keys if key not in TEXTS["en"]] == []


def test_the_language_of_home_assistant_or_english() -> None:
    """Swiss German is German; a language the coach does not speak is English."""
    assert texts_for("de-CH").t("report.nights") == "Nächte"
    assert texts_for("pt-BR").t("report.nights") == "Nights"
    assert shown(DEFAULT_STEPS[3], "nl-BE") == "Schermen uit"
    assert shown(DEFAULT_STEPS[3], "pt") == "Screens off"


def test_placeholders_are_filled_as_the_panel_fills_them() -> None:
    """Known names are replaced; an unknown one stays, and braces in values stay text."""
    assert (
        fill("{count} of {total} {x}", {"count": 3, "total": "{y}"}) == "3 of {y} {x}"
    )
