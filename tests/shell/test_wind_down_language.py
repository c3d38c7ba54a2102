"""Tests of the wind-down steps' language: defaults follow Home Assistant, edits stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from .conftest import main_file, setup_entry, stored
from .test_websocket import subscribe
from .test_wind_down import items, todo

ENGLISH = [
    "Stretch hamstrings, calves and quadriceps",
    "Progressive muscle relaxation or deep breathing",
    "Warm Epsom salt bath",
    "Screens off",
    "Cool, dark bedroom",
    "A magnesium- or potassium-rich snack",
]
GERMAN_STRETCH = "Hintere und vordere Oberschenkel sowie Waden dehnen"


@pytest.fixture
def set_up_at() -> str:
    """Set the sleeper up at 21:00 on 16 November 2026."""
    return "2026-11-16T21:00:00+01:00"


async def names(hass: HomeAssistant) -> list[str]:
    """Return the names of the steps as the list shows them."""
    return [item["summary"] for item in await items(hass)]


async def set_language(hass: HomeAssistant, language: str) -> None:
    """Change Home Assistant's language, as its settings page does."""
    await hass.config.async_update(language=language)
    await hass.async_block_till_done()


async def test_default_steps_follow_the_language_and_edited_ones_stay(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Added in English, read in German: the defaults turn German, the user's words stay."""
    assert await names(hass) == ENGLISH
    await todo(hass, "update_item", item="Screens off", rename="Phone in the kitchen")
    await todo(hass, "add_item", item="Chamomile tea")
    # Ticking a default step off is no edit: it still follows the language.
    await todo(hass, "update_item", item="stretch", status="completed")

    await set_language(hass, "de")
    german = await names(hass)
    assert german[0] == GERMAN_STRETCH
    assert german[3:] == [
        "Phone in the kitchen",
        "Kühles, dunkles Schlafzimmer",
        "Ein Snack mit viel Magnesium oder Kalium",
        "Chamomile tea",
    ]
    assert not set(german) & set(ENGLISH)
    assert (await items(hass))[0]["status"] == "completed"

    # A restart keeps both: the defaults in German, the user's words as they wrote them.
    assert await hass.config_entries.async_reload(loaded.entry_id)
    await hass.async_block_till_done()
    assert await names(hass) == german

    await set_language(hass, "en")
    assert await names(hass) == [
        *ENGLISH[:3],
        "Phone in the kitchen",
        *ENGLISH[4:],
        "Chamomile tea",
    ]


async def test_a_step_renamed_to_a_default_name_keeps_it(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """A user who writes a step in German while the house speaks English keeps German."""
    await todo(hass, "update_item", item="stretch", rename=GERMAN_STRETCH)
    assert await hass.config_entries.async_reload(loaded.entry_id)
    await hass.async_block_till_done()
    assert (await names(hass))[0] == GERMAN_STRETCH


async def test_default_steps_stored_in_any_language_follow_it(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, files_on_disk: Path
) -> None:
    """Steps stored by an earlier release in Dutch are defaults again; an own step stays."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    earlier = [
        {"uid": "stretch", "summary": "Hamstrings, kuiten en quadriceps rekken"},
        {"uid": "bath", "summary": "Warm bad met Epsom-zout"},
        {"uid": "screens_off", "summary": "Telefoon in de keuken"},
        {"uid": "01TEA", "summary": "Kamillethee"},
    ]
    (files_on_disk / key).write_text(main_file(key, wind_down_steps=earlier, months=[]))
    await setup_entry(hass, mock_config_entry)
    assert await names(hass) == [
        ENGLISH[0],
        ENGLISH[2],
        "Telefoon in de keuken",
        "Kamillethee",
    ]

    # Written again on the next change, with which steps are defaults said outright.
    await todo(hass, "remove_item", item=["01TEA"])
    assert stored(files_on_disk, key)["data"]["wind_down_steps"] == [
        {"uid": "stretch", "summary": ENGLISH[0], "default": True},
        {"uid": "bath", "summary": ENGLISH[2], "default": True},
        {"uid": "screens_off", "summary": "Telefoon in de keuken", "default": False},
    ]
    await set_language(hass, "it")
    assert (await names(hass))[2] == "Telefoon in de keuken"
    assert (await names(hass))[0] != ENGLISH[0]


async def test_the_panel_is_told_which_steps_are_defaults(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """So that it can name them in the viewer's own language, and the user's as written."""
    await todo(hass, "update_item", item="Screens off", rename="Phone in the kitchen")
    client = await hass_ws_client(hass)
    _, tonight = await subscribe(client, loaded)
    steps = tonight["wind_down"]["steps"]
    assert [(step["uid"], step["default"]) for step in steps] == [
        ("stretch", True),
        ("relax", True),
        ("bath", True),
        ("screens_off", False),
        ("cool_dark_bedroom", True),
        ("snack", True),
    ]
    assert steps[3]["summary"] == "Phone in the kitchen"


async def test_a_default_step_of_a_newer_release_keeps_the_file_and_its_name(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, files_on_disk: Path
) -> None:
    """After a downgrade, a default step this release lacks is shown by its stored name.

    The user's renamed step, the switch and the twitches before the journal all stay; the
    file is neither kept aside nor reported.
    """
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    steps = [
        {"uid": "stretch", "summary": ENGLISH[0], "default": True},
        {"uid": "screens_off", "summary": "Phone in the kitchen", "default": False},
        {"uid": "legs_up", "summary": "Legs up the wall", "default": True},
    ]
    (files_on_disk / key).write_text(
        main_file(
            key,
            wind_down_steps=steps,
            months=[],
            iron_deficiency_diagnosed=True,
            twitches_before_journal=4,
        )
    )
    await setup_entry(hass, mock_config_entry)

    assert await names(hass) == [ENGLISH[0], "Phone in the kitchen", "Legs up the wall"]
    assert hass.states.get("switch.alex_iron_deficiency_diagnosed").state == "on"
    assert mock_config_entry.runtime_data.record.twitches_before_journal == 4
    assert not ir.async_get(hass).issues
    assert not [path for path in files_on_disk.iterdir() if ".damaged." in path.name]
    on_disk = stored(files_on_disk, key)["data"]
    assert on_disk["wind_down_steps"][2]["summary"] == "Legs up the wall"
    assert on_disk["iron_deficiency_diagnosed"] is True

    await set_language(hass, "de")
    assert await names(hass) == [
        GERMAN_STRETCH,
        "Phone in the kitchen",
        "Legs up the wall",
    ]
