"""Tests of the Journal event entity: one event per entry a person logs, without the note."""

from __future__ import annotations

from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.core import HomeAssistant, State

from .conftest import act, press, setup_entry

JOURNAL = "event.alex_journal"


def journal(hass: HomeAssistant) -> State:
    """Return the state of Alex's Journal entity."""
    state = hass.states.get(JOURNAL)
    assert state is not None
    return state


async def test_journal_shows_each_logged_entry_without_its_note(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """A twitch with a note: its type and public fields, never the note's text."""
    before = journal(hass)
    assert before.state == "unknown"
    assert before.attributes["friendly_name"] == "Alex Journal"
    assert before.attributes["event_types"] == [
        "twitch",
        "caffeine",
        "exercise",
        "symptom",
        "factor",
        "calm_night",
    ]
    await act(
        hass,
        loaded,
        "log_twitch",
        woke_up=True,
        body_parts=["legs", "arms"],
        note="private words",
    )
    await hass.async_block_till_done()
    state = journal(hass)
    assert state.state == "2026-11-16T21:45:00.000+00:00"
    assert state.attributes["event_type"] == "twitch"
    assert state.attributes["woke_up"] is True
    assert state.attributes["body_parts"] == ["arms", "legs"]
    assert state.attributes["time"] == "2026-11-16T21:45:00+00:00"
    assert "note" not in state.attributes
    assert "private words" not in str(state.attributes)


async def test_journal_shows_back_filled_entries_at_their_time(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Coffee back-filled to 15:00: fired now, its time the one given."""
    await act(
        hass, loaded, "log_caffeine", when="2026-11-16T15:00:00+01:00", amount_mg=80
    )
    await hass.async_block_till_done()
    state = journal(hass)
    assert state.attributes["event_type"] == "caffeine"
    assert state.attributes["time"] == "2026-11-16T14:00:00+00:00"
    assert state.attributes["amount_mg"] == 80


async def test_journal_fires_once_per_entry_of_every_kind_a_person_logs(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Buttons and actions each fire once; wind-down ticks and experiments do not."""
    written = async_capture_events(hass, "state_changed")
    await press(hass, "log_twitch")
    await press(hass, "log_exercise")
    await act(hass, loaded, "log_symptom", symptom="urge_to_move")
    await act(hass, loaded, "log_factor", factor="alcohol", amount=2)
    await act(hass, loaded, "log_calm_night")
    await hass.services.async_call(
        "todo",
        "update_item",
        {"entity_id": "todo.alex_wind_down", "item": "stretch", "status": "completed"},
        blocking=True,
    )
    await act(hass, loaded, "start_experiment", change="alcohol", keep="avoid")
    await act(hass, loaded, "stop_experiment")
    await hass.async_block_till_done()
    fired = [
        event.data["new_state"].attributes
        for event in written
        if event.data["entity_id"] == JOURNAL
    ]
    assert [item["event_type"] for item in fired] == [
        "twitch",
        "exercise",
        "symptom",
        "factor",
        "calm_night",
    ]
    assert fired[1]["intensity"] == "vigorous"
    assert fired[2]["symptom"] == "urge_to_move"
    assert (fired[3]["factor"], fired[3]["amount"]) == ("alcohol", 2)


async def test_journal_shows_its_own_sleepers_entries_only(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Sam's twitch leaves Alex's Journal as it was."""
    sam = await setup_entry(
        hass,
        MockConfigEntry(
            domain=DOMAIN,
            title="Sam",
            unique_id="sam",
            data={"name": "Sam"},
            options=loaded.options,
        ),
    )
    await act(hass, sam, "log_twitch")
    await hass.async_block_till_done()
    assert journal(hass).state == "unknown"
    assert hass.states.get("event.sam_journal").attributes["event_type"] == "twitch"
