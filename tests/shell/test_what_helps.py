"""Tests of What helps inside Home Assistant: factors, calm nights and experiments."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.sleep_twitch_coach.const import DOMAIN, EVENT_LOGGED
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import issue_registry as ir

from .conftest import (
    act,
    assert_refused,
    fire_at,
    setup_entry,
    sleeper_entry,
    stored_events,
)

TONIGHT = date(2026, 11, 16)


def evening(night: date, clock: str = "21:00") -> str:
    """Return a Berlin time on a night's evening."""
    return f"{night.isoformat()}T{clock}:00+01:00"


async def test_factors_and_calm_nights_are_logged_and_undone(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """Each lands on disk before the action returns, is announced, and can be undone."""
    events = async_capture_events(hass, EVENT_LOGGED)
    await act(hass, loaded, "log_factor", factor="alcohol", amount=2)
    await act(hass, loaded, "log_factor", factor="magnesium")
    await act(hass, loaded, "log_calm_night")
    assert stored_events(files_on_disk, loaded) == [
        {
            "kind": "factor",
            "time": "2026-11-16T21:45:00+00:00",
            "factor": "alcohol",
            "amount": 2.0,
        },
        {"kind": "factor", "time": "2026-11-16T21:45:00+00:00", "factor": "magnesium"},
        {"kind": "calm_night", "time": "2026-11-16T21:45:00+00:00"},
    ]
    assert [event.data["kind"] for event in events] == [
        "factor",
        "factor",
        "calm_night",
    ]
    removed = await act(hass, loaded, "undo_last", kind="factor")
    assert removed["removed"]["factor"] == "magnesium"
    removed = await act(hass, loaded, "undo_last")
    assert removed["removed"]["kind"] == "calm_night"
    assert [event["factor"] for event in stored_events(files_on_disk, loaded)] == [
        "alcohol"
    ]


async def test_the_calm_night_button_records_the_night(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """The button records tonight as calm, so that it counts in comparisons."""
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.alex_log_calm_night"}, blocking=True
    )
    report = await act(hass, loaded, "get_report", nights=1)
    assert report["nights"][0]["recorded"] is True
    assert report["nights"][0]["twitches"] == 0


@pytest.mark.parametrize(
    ("service", "data", "translation_key"),
    [
        ("log_factor", {"factor": "coffee"}, "unknown_factor"),
        ("log_factor", {"factor": "caffeine_after_cutoff"}, "unknown_factor"),
        ("log_factor", {"factor": "custom_nope"}, "unknown_factor"),
        ("log_factor", {"factor": ["alcohol"]}, "invalid_factor"),
        ("log_factor", {}, "invalid_factor"),
        ("log_factor", {"factor": "stress", "amount": 4}, "amount_out_of_range"),
        ("log_factor", {"factor": "stress", "amount": 0.5}, "amount_out_of_range"),
        ("log_factor", {"factor": "water", "amount": 11}, "amount_out_of_range"),
        ("log_factor", {"factor": "alcohol", "amount": -1}, "amount_out_of_range"),
        ("log_factor", {"factor": "custom_x", "amount": 5}, "unknown_factor"),
        ("log_factor", {"factor": "alcohol", "amount": True}, "invalid_amount"),
        ("log_factor", {"factor": "alcohol", "amount": "nan"}, "invalid_amount"),
        ("log_factor", {"factor": "magnesium", "amount": 1}, "amount_not_taken"),
        ("log_factor", {"factor": "alcohol", "when": "0001-01-01"}, "invalid_when"),
        ("log_calm_night", {"when": "9999-12-31T23:59:59"}, "when_in_future"),
        ("log_calm_night", {"colour": "blue"}, "invalid_field"),
        ("start_experiment", {"change": "alcohol"}, "invalid_keep"),
        ("start_experiment", {"change": "alcohol", "keep": "less"}, "invalid_keep"),
        ("start_experiment", {"change": "coffee", "keep": "avoid"}, "unknown_change"),
        ("start_experiment", {"keep": "avoid"}, "invalid_change"),
        (
            "start_experiment",
            {"change": "alcohol", "keep": "avoid", "nights": 6},
            "invalid_nights",
        ),
        (
            "start_experiment",
            {"change": "alcohol", "keep": "avoid", "nights": 61},
            "invalid_nights",
        ),
        (
            "start_experiment",
            {"change": "alcohol", "keep": "avoid", "nights": 14.5},
            "invalid_nights",
        ),
        (
            "start_experiment",
            {"change": "alcohol", "keep": "avoid", "nights": True},
            "invalid_nights",
        ),
        ("stop_experiment", {}, "no_experiment"),
        ("get_report", {"compare_nights": 27}, "invalid_compare_nights"),
        ("get_report", {"compare_nights": 366}, "invalid_compare_nights"),
        ("undo_last", {"kind": "experiment"}, "invalid_kind"),
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
    """A translated error naming the field; nothing written, nothing announced."""
    await assert_refused(hass, loaded, files_on_disk, service, data, translation_key)


async def test_a_second_experiment_is_refused(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """One experiment at a time: the second is refused and nothing is written."""
    await act(hass, loaded, "start_experiment", change="alcohol", keep="avoid")
    before = stored_events(files_on_disk, loaded)
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, loaded, "start_experiment", change="relaxation", keep="do")
    assert err.value.translation_key == "experiment_runs"
    assert "alcohol" in str(err.value)
    assert stored_events(files_on_disk, loaded) == before
    assert hass.states.get("sensor.alex_experiment").state == "running"


async def test_an_experiment_runs_its_nights_and_ends_with_a_verdict(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Avoiding alcohol for 14 nights after 14 nights with it: fewer twitch nights.

    The experiment ends at noon after its last night, on disk, announced on the bus with
    its verdict, and the sensor shows it; a restart keeps it.
    """
    start = TONIGHT - timedelta(days=13)
    freezer.move_to(evening(start, "20:00"))
    entry = await setup_entry(hass, sleeper_entry())
    for back in range(14, 0, -1):
        night = start - timedelta(days=back)
        await act(hass, entry, "log_factor", factor="alcohol", when=evening(night))
        await act(hass, entry, "log_twitch", when=evening(night, "23:30"))
    events = async_capture_events(hass, EVENT_LOGGED)
    await act(hass, entry, "start_experiment", change="alcohol", keep="avoid")
    state = hass.states.get("sensor.alex_experiment")
    assert state.state == "running"
    assert state.attributes["nights_planned"] == 14
    assert state.attributes["baseline"] == {
        "nights": 14,
        "twitch_nights": 14,
        "rate": 1.0,
    }
    for day in range(14):
        night = start + timedelta(days=day)
        await fire_at(hass, freezer, evening(night, "21:30"))
        if day % 5 == 0:
            await act(hass, entry, "log_twitch")
        else:
            await act(hass, entry, "log_calm_night")
    assert hass.states.get("sensor.alex_experiment").state == "running"
    await fire_at(
        hass, freezer, f"{(TONIGHT + timedelta(days=1)).isoformat()}T12:00:01+01:00"
    )
    state = hass.states.get("sensor.alex_experiment")
    assert state.state == "helped"
    assert state.attributes["nights_done"] == 14
    assert state.attributes["adherence"] == 1.0
    assert state.attributes["during"] == {
        "nights": 14,
        "twitch_nights": 3,
        "rate": 0.2143,
    }
    ended = [event.data for event in events if event.data["kind"] == "experiment_ended"]
    assert ended == [
        {
            "config_entry_id": entry.entry_id,
            "kind": "experiment_ended",
            "change": "alcohol",
            "name": None,
            "keep": "avoid",
            "nights_planned": 14,
            "nights_done": 14,
            "adherence": 1.0,
            "verdict": "helped",
            "low_adherence": False,
        }
    ]
    stored = [
        event
        for event in stored_events(files_on_disk, entry)
        if event["kind"] == "experiment"
    ]
    assert stored == [
        {
            "kind": "experiment",
            "time": stored[0]["time"],
            "change": "alcohol",
            "keep": "avoid",
            "nights": 14,
            "ended": "2026-11-17T11:00:00+00:00",
        }
    ]
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get("sensor.alex_experiment").state == "helped"
    report = await act(hass, entry, "get_report")
    assert report["experiments"]["running"] is None
    assert report["experiments"]["finished"][0]["verdict"] == "helped"
    assert "- Avoid: Alcohol, nights 2026-11-03 to 2026-11-16" in report["markdown"]


async def test_a_kept_change_that_did_not_help_is_a_reason_to_see_a_doctor(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Relaxation done every night for 14 nights, twitches on most nights before and after.

    With twitches every night the criteria frequent_twitching and persistent_two_weeks are
    met too: the repair issue lists all three, no_better_after_changes with its evidence.
    """
    start = TONIGHT - timedelta(days=13)
    freezer.move_to(evening(start, "20:00"))
    entry = await setup_entry(hass, sleeper_entry())
    for back in range(14, 0, -1):
        await act(
            hass,
            entry,
            "log_twitch",
            when=evening(start - timedelta(days=back), "23:00"),
        )
    await act(hass, entry, "start_experiment", change="relaxation", keep="do")
    for day in range(14):
        await fire_at(hass, freezer, evening(start + timedelta(days=day), "21:30"))
        await act(hass, entry, "log_factor", factor="relaxation")
        await act(hass, entry, "log_twitch")
    await fire_at(
        hass, freezer, f"{(TONIGHT + timedelta(days=1)).isoformat()}T12:00:01+01:00"
    )
    assert hass.states.get("sensor.alex_experiment").state == "no_clear_change"
    criteria = hass.states.get("sensor.alex_doctor_checklist_score").attributes[
        "criteria"
    ]
    assert {
        "criterion": "no_better_after_changes",
        "change": "relaxation",
        "keep": "do",
        "first_night": "2026-11-03",
        "last_night": "2026-11-16",
        "nights_done": 14,
        "twitch_nights": 14,
        "adherence": 100,
    } in criteria
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"doctor_visit_{entry.entry_id}")
    assert issue is not None
    assert "14 nights" in issue.translation_placeholders["criteria"]
