"""Tests of the exercise intensity select and the exercise button that follows it."""

from __future__ import annotations

import json
from pathlib import Path

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
    mock_restore_cache,
)

from custom_components.sleep_twitch_coach.const import DOMAIN, EVENT_LOGGED
from homeassistant.const import EVENT_STATE_CHANGED
from homeassistant.core import HomeAssistant, State
from homeassistant.helpers import entity_registry as er

from .conftest import press, setup_entry, stored_events

INTENSITY = "select.alex_exercise_intensity"
LATE = "binary_sensor.alex_late_exercise"


@pytest.fixture
def set_up_at() -> str:
    """Set the sleeper up at 20:00 on 16 November 2026: exercise now is late for 22:30."""
    return "2026-11-16T20:00:00+01:00"


async def choose(hass: HomeAssistant, option: str) -> None:
    """Choose an intensity, as the dashboard does."""
    await hass.services.async_call(
        "select",
        "select_option",
        {"entity_id": INTENSITY, "option": option},
        blocking=True,
    )


async def test_vigorous_until_chosen_otherwise(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """The design's default: a press logs vigorous exercise, late before bedtime."""
    logged = async_capture_events(hass, EVENT_LOGGED)
    state = hass.states.get(INTENSITY)
    assert state is not None
    assert state.state == "vigorous"
    assert state.attributes["options"] == ["light", "moderate", "vigorous"]
    await press(hass, "log_exercise")
    assert [event.data["intensity"] for event in logged] == ["vigorous"]
    assert hass.states.get(LATE).state == "on"


async def test_the_button_logs_the_chosen_intensity(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """An evening walk logged as light is not late vigorous exercise."""
    await choose(hass, "light")
    assert hass.states.get(INTENSITY).state == "light"
    await press(hass, "log_exercise")
    await choose(hass, "moderate")
    await press(hass, "log_exercise")
    assert [event["intensity"] for event in stored_events(files_on_disk, loaded)] == [
        "light",
        "moderate",
    ]
    assert hass.states.get(LATE).state == "off"

    await choose(hass, "vigorous")
    await press(hass, "log_exercise")
    assert hass.states.get(LATE).state == "on"


async def test_the_choice_is_kept_over_a_reload_and_a_restart(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Restored from Home Assistant's last state; a reload keeps it too."""
    freezer.move_to("2026-11-16T20:00:00+01:00")
    mock_restore_cache(hass, [State(INTENSITY, "moderate")])
    await setup_entry(hass, mock_config_entry)
    assert hass.states.get(INTENSITY).state == "moderate"

    await choose(hass, "light")
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get(INTENSITY).state == "light"
    await press(hass, "log_exercise")
    assert stored_events(files_on_disk, mock_config_entry)[0]["intensity"] == "light"


async def test_an_unknown_remembered_state_falls_back_to_vigorous(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """A last state that is no intensity (unavailable, say) leaves the default."""
    mock_restore_cache(hass, [State(INTENSITY, "unavailable")])
    await setup_entry(hass, mock_config_entry)
    assert hass.states.get(INTENSITY).state == "vigorous"


async def test_named_in_german_on_a_german_home_assistant(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """The select is one of the sleeper's controls, named in the configured language."""
    await hass.config.async_update(language="de")
    await setup_entry(hass, mock_config_entry)
    (entry,) = [
        entry
        for entry in er.async_entries_for_config_entry(
            er.async_get(hass), mock_config_entry.entry_id
        )
        if entry.domain == "select"
    ]
    assert entry.entity_category is None
    assert entry.original_name == "Trainingsintensität"
    assert entry.translation_key == "exercise_intensity"


async def test_choosing_changes_only_this_sleepers_intensity(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Alex's choice shows on Alex's select alone; Bea's exercise stays vigorous."""
    bea = await setup_entry(
        hass,
        MockConfigEntry(
            domain=DOMAIN, title="Bea", unique_id="bea", options=loaded.options
        ),
    )
    changed = async_capture_events(hass, EVENT_STATE_CHANGED)
    await choose(hass, "light")
    await hass.async_block_till_done()
    assert [event.data["entity_id"] for event in changed] == [INTENSITY]
    assert hass.states.get("select.bea_exercise_intensity").state == "vigorous"

    logged = async_capture_events(hass, EVENT_LOGGED)
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.bea_log_exercise"}, blocking=True
    )
    await press(hass, "log_exercise")
    assert [
        (event.data["config_entry_id"], event.data["intensity"]) for event in logged
    ] == [(bea.entry_id, "vigorous"), (loaded.entry_id, "light")]


@pytest.mark.parametrize("language", ["en", "de", "es", "fr", "it", "nl"])
def test_the_history_names_an_intensity_as_the_action_does(language: str) -> None:
    """A choice reads "changed to Vigorous" in the logbook, never "Vigorous (default)".

    Home Assistant names a select's option by its state in the list, the history and the
    logbook alike: the names are the action's own intensities.
    """
    translations = json.loads(
        (
            Path(__file__).parents[2]
            / "custom_components"
            / DOMAIN
            / "translations"
            / f"{language}.json"
        ).read_text()
    )
    states = translations["entity"]["select"]["exercise_intensity"]["state"]
    assert states == translations["selector"]["intensity"]["options"]
