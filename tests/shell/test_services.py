"""Tests of the service actions and the logged-event bus event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
)

from custom_components.sleep_twitch_coach.const import DOMAIN, EVENT_LOGGED
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError, Unauthorized, UnknownUser

from .conftest import act, assert_refused, stored_events


async def test_log_actions_store_every_field_and_fire_an_event(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """Each logging action writes its event before returning and announces it."""
    events = async_capture_events(hass, EVENT_LOGGED)
    await act(
        hass,
        loaded,
        "log_twitch",
        when="2026-11-16T21:30:00+01:00",
        woke_up=True,
        body_parts=["legs", "arms"],
        note="kicked the duvet off",
    )
    await act(hass, loaded, "log_caffeine", amount_mg=95)
    await act(hass, loaded, "log_exercise", intensity="light", duration_min=30)
    await act(hass, loaded, "log_symptom", symptom="urge_to_move")
    assert stored_events(files_on_disk, loaded) == [
        {
            "kind": "twitch",
            "time": "2026-11-16T20:30:00+00:00",
            "woke_up": True,
            "body_parts": ["arms", "legs"],
            "note": "kicked the duvet off",
            "logged_at": "2026-11-16T21:45:00+00:00",
        },
        {"kind": "caffeine", "time": "2026-11-16T21:45:00+00:00", "amount_mg": 95.0},
        {
            "kind": "exercise",
            "time": "2026-11-16T21:45:00+00:00",
            "intensity": "light",
            "duration_min": 30.0,
        },
        {
            "kind": "symptom",
            "time": "2026-11-16T21:45:00+00:00",
            "symptom": "urge_to_move",
        },
    ]
    assert [event.data["kind"] for event in events] == [
        "twitch",
        "caffeine",
        "exercise",
        "symptom",
    ]
    # The note stays in the journal: the recorder keeps bus events in its database.
    assert events[0].data == {
        "config_entry_id": loaded.entry_id,
        "kind": "twitch",
        "time": "2026-11-16T20:30:00+00:00",
        "woke_up": True,
        "body_parts": ["arms", "legs"],
    }
    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"
    assert hass.states.get("binary_sensor.alex_caffeine_after_cutoff").state == "on"
    assert hass.states.get("binary_sensor.alex_late_exercise").state == "off"


async def test_a_time_without_zone_is_local(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """A plain time from the UI's date-time picker is the home's local time."""
    await act(hass, loaded, "log_caffeine", when="2026-11-16 15:00:00")
    assert (
        stored_events(files_on_disk, loaded)[0]["time"] == "2026-11-16T14:00:00+00:00"
    )


async def test_a_time_less_than_a_minute_ahead_is_accepted(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """Clocks drift: 30 seconds ahead is fine."""
    await act(hass, loaded, "log_twitch", when="2026-11-16T22:45:30+01:00")
    assert len(stored_events(files_on_disk, loaded)) == 1


@pytest.mark.parametrize(
    ("service", "data", "translation_key"),
    [
        ("log_twitch", {"when": "2026-11-16T22:47:00+01:00"}, "when_in_future"),
        ("log_twitch", {"when": "2024-11-16T23:00:00+01:00"}, "when_too_old"),
        ("log_twitch", {"when": "last tuesday"}, "invalid_when"),
        ("log_twitch", {"body_parts": ["legs", "tail"]}, "invalid_body_parts"),
        ("log_twitch", {"body_parts": []}, "invalid_body_parts"),
        ("log_twitch", {"note": "x" * 201}, "invalid_note"),
        ("log_twitch", {"woke_up": "perhaps"}, "invalid_woke_up"),
        ("log_twitch", {"colour": "red"}, "invalid_field"),
        ("log_caffeine", {"amount_mg": -5}, "invalid_amount_mg"),
        ("log_exercise", {"intensity": "extreme"}, "invalid_intensity"),
        ("log_exercise", {"duration_min": "long"}, "invalid_duration_min"),
        ("log_symptom", {"symptom": "hiccups"}, "invalid_symptom"),
        ("log_symptom", {}, "invalid_symptom"),
        ("undo_last", {"kind": "sneeze"}, "invalid_kind"),
        # Outside what a calendar or the schema can hold: refused, never a server error.
        ("log_twitch", {"when": "0001-01-01T00:00:00"}, "invalid_when"),
        ("log_twitch", {"when": "0001-01-01T00:00:00+14:00"}, "invalid_when"),
        ("log_twitch", {"when": "9999-12-31T23:59:59-14:00"}, "invalid_when"),
        ("log_twitch", {"when": "0001-01-01T00:00:00+00:00"}, "when_too_old"),
        ("log_twitch", {"when": "9999-12-31T00:00:00+00:00"}, "when_in_future"),
        ("log_twitch", {"woke_up": 2}, "invalid_woke_up"),
        ("log_twitch", {"woke_up": 1}, "invalid_woke_up"),
        ("log_twitch", {"note": {"text": "x"}}, "invalid_note"),
        ("log_twitch", {"note": ["x"]}, "invalid_note"),
        ("log_caffeine", {"amount_mg": True}, "invalid_amount_mg"),
        ("log_caffeine", {"amount_mg": "NaN"}, "invalid_amount_mg"),
        ("log_caffeine", {"amount_mg": float("inf")}, "invalid_amount_mg"),
        ("log_exercise", {"duration_min": [30]}, "invalid_duration_min"),
        ("get_report", {"nights": 1.9}, "invalid_nights"),
        ("get_report", {"nights": True}, "invalid_nights"),
        ("undo_last", {"kind": "bedtime_snapshot"}, "invalid_kind"),
        ("undo_last", {"kind": "routine_step"}, "invalid_kind"),
        ("undo_last", {"config_entry_id": ["a"]}, "invalid_config_entry_id"),
    ],
)
async def test_bad_input_is_refused_and_changes_nothing(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    files_on_disk: Path,
    service: str,
    data: dict[str, Any],
    translation_key: str,
) -> None:
    """Each refusal is a translated validation error and the journal is unchanged."""
    await assert_refused(hass, loaded, files_on_disk, service, data, translation_key)


@pytest.mark.parametrize(("given", "stored"), [("on", True), (" No ", False)])
async def test_woke_up_takes_the_words_a_template_renders(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    files_on_disk: Path,
    given: str,
    stored: bool,
) -> None:
    """A template may render true as "on" or "yes": taken as such, unlike 1 or 2."""
    await act(hass, loaded, "log_twitch", woke_up=given)
    assert stored_events(files_on_disk, loaded)[0].get("woke_up", False) is stored


async def test_an_unknown_user_is_refused(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """A call whose user does not exist (any more) undoes nothing."""
    await act(hass, loaded, "log_twitch")
    with pytest.raises(UnknownUser):
        await act(hass, loaded, "undo_last", Context(user_id="gone"))
    assert len(loaded.runtime_data.journal) == 1


async def test_the_note_limit_is_200_characters(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """A note of exactly 200 characters is kept."""
    await act(hass, loaded, "log_twitch", note="x" * 200)
    assert len(stored_events(files_on_disk, loaded)[0]["note"]) == 200


async def test_the_translated_message_names_the_problem(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """The English message of a refusal is the one in strings.json."""
    with pytest.raises(ServiceValidationError, match="at most 200 characters"):
        await act(hass, loaded, "log_twitch", note="x" * 201)
    with pytest.raises(ServiceValidationError, match=r"in the future"):
        await act(hass, loaded, "log_twitch", when="2026-11-17T08:00:00+01:00")


async def test_unknown_and_unloaded_entries_are_refused(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """An unknown entry and an unloaded one get Home Assistant's translated errors."""
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "log_twitch", {"config_entry_id": "nope"}, blocking=True
        )
    assert err.value.translation_key == "service_config_entry_not_found"
    assert await hass.config_entries.async_unload(loaded.entry_id)
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, loaded, "log_twitch")
    assert err.value.translation_key == "service_config_entry_not_loaded"
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(DOMAIN, "log_twitch", {}, blocking=True)
    assert err.value.translation_key == "invalid_config_entry_id"


async def test_undo_last_removes_the_newest_event(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """Undo removes the newest event, or the newest of a kind, and returns it."""
    await act(hass, loaded, "log_twitch")
    await act(hass, loaded, "log_caffeine")
    await act(hass, loaded, "log_twitch", woke_up=True)
    response = await act(hass, loaded, "undo_last", kind="caffeine")
    assert response["removed"]["kind"] == "caffeine"
    response = await act(hass, loaded, "undo_last")
    assert response["removed"]["woke_up"] is True
    assert stored_events(files_on_disk, loaded) == [
        {"kind": "twitch", "time": "2026-11-16T21:45:00+00:00"}
    ]
    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"
    assert hass.states.get("sensor.alex_last_caffeine").state == "unknown"
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, loaded, "undo_last", kind="exercise")
    assert err.value.translation_key == "nothing_to_undo"
    assert len(stored_events(files_on_disk, loaded)) == 1


async def test_clear_history_is_for_administrators(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    files_on_disk: Path,
    hass_read_only_user: MockUser,
    hass_admin_user: MockUser,
) -> None:
    """A non-admin gets Unauthorized and nothing is deleted; an admin clears the journal."""
    await act(hass, loaded, "log_twitch")
    with pytest.raises(Unauthorized):
        await hass.services.async_call(
            DOMAIN,
            "clear_history",
            {"config_entry_id": loaded.entry_id},
            blocking=True,
            context=Context(user_id=hass_read_only_user.id),
        )
    assert len(stored_events(files_on_disk, loaded)) == 1
    await hass.services.async_call(
        DOMAIN,
        "clear_history",
        {"config_entry_id": loaded.entry_id},
        blocking=True,
        context=Context(user_id=hass_admin_user.id),
    )
    assert stored_events(files_on_disk, loaded) == []
    assert hass.states.get("sensor.alex_twitches_tonight").state == "0"
