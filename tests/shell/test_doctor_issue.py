"""Tests of the doctor-visit repair issue as a person reads it, in their language."""

from __future__ import annotations

import json
from pathlib import Path
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from .conftest import setup_entry

INTEGRATION = Path(__file__).parents[2] / "custom_components" / DOMAIN
ENGLISH_CRITERIA = json.loads((INTEGRATION / "strings.json").read_text())["selector"][
    "criterion"
]["options"]


@pytest.fixture
def set_up_at() -> str:
    """Set the sleeper up at 20:00 on 16 November 2026."""
    return "2026-11-16T20:00:00+01:00"


def shown(hass: HomeAssistant, entry: MockConfigEntry, language: str) -> str:
    """Return the issue's description as Home Assistant's frontend fills it in."""
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"doctor_visit_{entry.entry_id}")
    assert issue is not None
    assert issue.translation_placeholders is not None
    translations = json.loads(
        (INTEGRATION / "translations" / f"{language}.json").read_text()
    )
    text: str = translations["issues"][issue.translation_key]["description"]
    for name, value in issue.translation_placeholders.items():
        text = text.replace(f"{{{name}}}", value)
    return text


async def meet_two_criteria(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Log an arms twitch and a weakness: two criteria met."""
    for service, data in (
        ("log_twitch", {"body_parts": ["arms"]}),
        ("log_symptom", {"symptom": "weakness_or_numbness"}),
    ):
        await hass.services.async_call(
            DOMAIN, service, {"config_entry_id": entry.entry_id, **data}, blocking=True
        )
    await hass.async_block_till_done()


async def test_the_criteria_follow_home_assistants_language(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Raised in English, read again in German once the language is German."""
    await meet_two_criteria(hass, loaded)
    english = shown(hass, loaded, "en")
    assert "- Twitching spreads to the arms or trunk\n" in english
    assert "- Weakness, numbness or coordination problems\n" in english

    await hass.config.async_update(language="de")
    await hass.async_block_till_done()
    german = shown(hass, loaded, "de")
    assert "- Zuckungen breiten sich auf Arme oder Rumpf aus\n" in german
    assert "erfüllt 2 Kriterien" in german
    assert not [name for name in ENGLISH_CRITERIA.values() if name in german]


async def test_a_sleeper_added_in_french_reads_french(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Raised in French from the start: no English word among the criteria."""
    await hass.config.async_update(language="fr")
    await setup_entry(hass, mock_config_entry)
    await meet_two_criteria(hass, mock_config_entry)
    french = shown(hass, mock_config_entry, "fr")
    assert "Faiblesse" in french
    assert not [name for name in ENGLISH_CRITERIA.values() if name in french]


async def test_the_issue_leads_to_the_doctor_view_not_a_developer_tool(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Its link and its Learn more open Sleep coach → Doctor for this sleeper."""
    await meet_two_criteria(hass, loaded)
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, f"doctor_visit_{loaded.entry_id}"
    )
    assert issue is not None
    doctor_view = f"/sleep-twitch-coach?sleeper={loaded.entry_id}&view=doctor"
    # The frontend turns homeassistant:// into an address of its own.
    assert issue.learn_more_url == f"homeassistant:/{doctor_view}"
    assert f"[Sleep coach → Doctor]({doctor_view})" in shown(hass, loaded, "en")
    for language in ("en", "de", "es", "fr", "it", "nl"):
        text = shown(hass, loaded, language)
        assert f"]({doctor_view})" in text
        assert "get_report" not in text


async def test_saving_settings_in_the_same_language_raises_nothing_again(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """The General settings page sends the language with every save: only a new one counts."""
    await meet_two_criteria(hass, loaded)
    issue_id = f"doctor_visit_{loaded.entry_id}"
    with patch.object(ir, "async_create_issue", wraps=ir.async_create_issue) as create:
        await hass.config.async_update(language="en", location_name="Home")
        await hass.async_block_till_done()
        assert issue_id not in [call.args[2] for call in create.call_args_list]

        await hass.config.async_update(language="de", location_name="Home")
        await hass.async_block_till_done()
        assert [call.args[2] for call in create.call_args_list].count(issue_id) == 1
    assert "erfüllt 2 Kriterien" in shown(hass, loaded, "de")
