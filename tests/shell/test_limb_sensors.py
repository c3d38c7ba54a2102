"""Leg movements measured through a real binary sensor, with the clock moved through nights."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from custom_components.sleep_twitch_coach.coach.limbs.nights import MeasuredNight
from custom_components.sleep_twitch_coach.coach.limbs.scoring import Movement
from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from .conftest import setup_entry, sleeper_entry
from .test_durability import immutable

LEG = "binary_sensor.left_ankle"
BED = "binary_sensor.bed"
LMS = "sensor.alex_leg_movements_tonight"
PLMS = "sensor.alex_periodic_leg_movements_tonight"
PLMI = "sensor.alex_plm_index_last_night"
# Alex goes to bed at 22:30 and gets up at 07:00 (Europe/Berlin).
EVENING = datetime.fromisoformat("2026-11-16T22:00:00+01:00")


@pytest.fixture
async def sensors(hass: HomeAssistant) -> None:
    """Make a leg and a bed: template binary sensors driven by input_booleans."""
    assert await async_setup_component(
        hass, "input_boolean", {"input_boolean": {"leg": {}, "in_bed": {}}}
    )
    assert await async_setup_component(
        hass,
        "template",
        {
            "template": [
                {
                    "binary_sensor": [
                        {
                            "name": "Left ankle",
                            "device_class": "moving",
                            "state": "{{ is_state('input_boolean.leg', 'on') }}",
                        },
                        {
                            "name": "Bed",
                            "device_class": "occupancy",
                            "state": "{{ is_state('input_boolean.in_bed', 'on') }}",
                        },
                    ]
                }
            ]
        },
    )
    await hass.async_block_till_done()


async def switch(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    what: str,
    on: bool,
    at: datetime,
) -> None:
    """Turn an input_boolean on or off at a moment."""
    freezer.move_to(at)
    async_fire_time_changed(hass, at)
    await hass.services.async_call(
        "input_boolean",
        "turn_on" if on else "turn_off",
        {"entity_id": f"input_boolean.{what}"},
        blocking=True,
    )
    # Home Assistant 2026.3 hands state changes to their listeners in the next turn of
    # the loop (call_soon), which block-till-done does not wait for.
    await asyncio.sleep(0)
    await hass.async_block_till_done()


async def move(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, at: datetime, seconds: float
) -> None:
    """Move the left leg at `at` for `seconds`."""
    await switch(hass, freezer, "leg", True, at)
    await switch(hass, freezer, "leg", False, at + timedelta(seconds=seconds))


async def series(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    start: datetime,
    count: int,
    every_s: float = 30,
    seconds: float = 2,
) -> datetime:
    """Move `count` times `every_s` seconds apart; return the moment after the last one."""
    for index in range(count):
        await move(hass, freezer, start + timedelta(seconds=index * every_s), seconds)
    return start + timedelta(seconds=count * every_s)


async def at(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, when: datetime
) -> None:
    """Move the clock and run what is due."""
    freezer.move_to(when)
    async_fire_time_changed(hass, when)
    await hass.async_block_till_done()


def state(hass: HomeAssistant, entity_id: str) -> str:
    """Return an entity's state."""
    current = hass.states.get(entity_id)
    assert current is not None, entity_id
    return current.state


def movement_files(folder: Path, entry: MockConfigEntry) -> dict[str, Any]:
    """Return the measured-night files on disk, by key."""
    return {
        path.name: json.loads(path.read_text())["data"]
        for path in folder.glob(f"{DOMAIN}.{entry.entry_id}.movements*")
    }


async def test_no_movement_sensor_no_leg_entities(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Without a movement sensor the three sensors do not exist."""
    await setup_entry(hass, mock_config_entry)
    assert hass.states.get(LMS) is None
    assert hass.states.get(PLMI) is None


async def test_a_night_of_periodic_movements(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Bedtime to wake time is in bed; 60 movements 30 s apart are one series; PLMI at 07:00."""
    freezer.move_to(EVENING)
    entry = await setup_entry(hass, sleeper_entry(movement_sensor=LEG))
    # Before bedtime nothing counts.
    await series(hass, freezer, EVENING, 5)
    assert state(hass, LMS) == "0"
    after = await series(hass, freezer, EVENING + timedelta(hours=1), 60)
    assert state(hass, LMS) == "60"
    assert state(hass, PLMS) == "60"
    # A movement over 10 s counts, but never in a series; one under 0.5 s is nothing.
    await move(hass, freezer, after, 200)
    await move(hass, freezer, after + timedelta(minutes=5), 0.4)
    assert state(hass, LMS) == "61"
    assert state(hass, PLMS) == "60"
    assert state(hass, PLMI) == "unknown"
    revision = entry.runtime_data.revision

    await at(hass, freezer, EVENING + timedelta(hours=9))  # 07:00
    # The night has a row with its figures now: an open panel fetches the nights again.
    assert entry.runtime_data.revision != revision
    plmi = hass.states.get(PLMI)
    assert plmi is not None
    # 60 PLMs in 8.5 hours in bed.
    assert plmi.state == "7.1"
    assert plmi.attributes["time_in_bed_min"] == 510
    assert plmi.attributes["longest_series"] == 60
    assert plmi.attributes["rule"] == "wasm_2016"

    # At noon the night is filed in its month; tonight starts at 0; last night stays.
    await at(hass, freezer, EVENING + timedelta(hours=14))
    assert state(hass, LMS) == "0"
    assert state(hass, PLMI) == "7.1"
    tonight, month = (
        files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements{suffix}"
        for suffix in ("", ".2026-11")
    )
    assert not tonight.exists()
    (night,) = json.loads(month.read_text())["data"]["nights"]
    assert night["night"] == "2026-11-16"
    assert len(night["onsets"]) == 61

    # Read back from the month file after a restart.
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert state(hass, PLMI) == "7.1"
    assert state(hass, LMS) == "0"


@pytest.mark.parametrize(("rule", "plms"), [("aasm_2007", "6"), ("wasm_2016", "0")])
async def test_the_rule_chosen_is_the_rule_used(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    rule: str,
    plms: str,
) -> None:
    """Movements 7 s apart form a series under AASM 2007, not under WASM 2016."""
    freezer.move_to(EVENING + timedelta(hours=1))
    await setup_entry(hass, sleeper_entry(movement_sensor=LEG, plm_rule=rule))
    await series(hass, freezer, EVENING + timedelta(hours=1), 6, every_s=7)
    assert state(hass, LMS) == "6"
    assert state(hass, PLMS) == plms


async def test_writes_come_every_five_minutes_and_at_a_graceful_stop(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Nothing is written per movement; five minutes later, and on unload, everything is."""
    start = EVENING + timedelta(hours=1)
    freezer.move_to(start)
    entry = await setup_entry(hass, sleeper_entry(movement_sensor=LEG))
    await series(hass, freezer, start, 4)
    assert movement_files(files_on_disk, entry) == {}
    # The first change (the first movement's end) was at start + 2 s.
    await at(hass, freezer, start + timedelta(minutes=5, seconds=1))
    assert movement_files(files_on_disk, entry) == {}
    await at(hass, freezer, start + timedelta(minutes=5, seconds=2))
    (tonight,) = movement_files(files_on_disk, entry).values()
    assert len(tonight["onsets"]) == 4

    # Home Assistant stops: its last moment for writes.
    await series(hass, freezer, start + timedelta(minutes=6), 3)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    (tonight,) = movement_files(files_on_disk, entry).values()
    assert len(tonight["onsets"]) == 7
    # The sleeper is reloaded: unloading writes too.
    await series(hass, freezer, start + timedelta(minutes=8), 1)
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    (tonight,) = movement_files(files_on_disk, entry).values()
    assert len(tonight["onsets"]) == 8

    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert state(hass, LMS) == "8"
    # 4 at 30 s, then 3 at 30 s and one a minute later: two series of 4.
    assert state(hass, PLMS) == "8"


async def test_a_bed_sensor_sets_the_time_in_bed(
    hass: HomeAssistant, sensors: None, freezer: FrozenDateTimeFactory
) -> None:
    """In bed 23:00-02:00 and 03:00-06:00: 6 h; movements out of bed do not count."""
    freezer.move_to(EVENING)
    await setup_entry(
        hass, sleeper_entry(movement_sensor=LEG, bed_sensor=BED, wake_time="06:30:00")
    )
    await switch(hass, freezer, "in_bed", True, EVENING + timedelta(hours=1))
    await series(hass, freezer, EVENING + timedelta(hours=1, minutes=5), 30)
    await switch(hass, freezer, "in_bed", False, EVENING + timedelta(hours=4))
    await series(hass, freezer, EVENING + timedelta(hours=4, minutes=5), 10)
    assert state(hass, LMS) == "30"
    await switch(hass, freezer, "in_bed", True, EVENING + timedelta(hours=5))
    await series(hass, freezer, EVENING + timedelta(hours=5, minutes=5), 30)
    await switch(hass, freezer, "in_bed", False, EVENING + timedelta(hours=8))
    await at(hass, freezer, EVENING + timedelta(hours=8, minutes=30))  # 06:30
    plmi = hass.states.get(PLMI)
    assert plmi is not None
    assert plmi.attributes["time_in_bed_min"] == 360
    assert plmi.state == "10.0"


@pytest.mark.parametrize(
    ("evening", "first", "count", "morning", "in_bed_min", "plmi"),
    [
        # Spring: 02:00 becomes 03:00, so 22:30 to 07:00 is 7.5 hours.
        (
            "2026-03-28T23:00+01:00",
            "2026-03-29T01:40+01:00",
            45,
            "2026-03-29T07:00+02:00",
            450,
            "6.0",
        ),
        # Autumn: 03:00 becomes 02:00 again, so 22:30 to 07:00 is 9.5 hours.
        (
            "2026-10-24T23:00+02:00",
            "2026-10-25T02:50+02:00",
            57,
            "2026-10-25T07:00+01:00",
            570,
            "6.0",
        ),
    ],
    ids=["spring", "autumn"],
)
async def test_nights_when_the_clock_changes(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    evening: str,
    first: str,
    count: int,
    morning: str,
    in_bed_min: int,
    plmi: str,
) -> None:
    """A series a minute apart across the change; the time in bed is real time (Berlin)."""
    freezer.move_to(evening)
    await setup_entry(hass, sleeper_entry(movement_sensor=LEG))
    await series(hass, freezer, datetime.fromisoformat(first), count, every_s=60)
    assert state(hass, PLMS) == str(count)
    await at(hass, freezer, datetime.fromisoformat(morning))
    index = hass.states.get(PLMI)
    assert index is not None
    assert (index.attributes["time_in_bed_min"], index.state) == (in_bed_min, plmi)


async def test_an_unavailable_sensor_is_said_once_and_breaks_no_movement(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A movement cut by unavailability is dropped; the log says so once, then recovery."""
    start = EVENING + timedelta(hours=1)
    freezer.move_to(start)
    await setup_entry(hass, sleeper_entry(movement_sensor=LEG))
    hass.states.async_set(LEG, "on")
    for _ in range(3):
        hass.states.async_set(LEG, STATE_UNAVAILABLE)
        await hass.async_block_till_done()
        hass.states.async_set(LEG, "unknown")
        await hass.async_block_till_done()
    hass.states.async_set(LEG, "off")
    await hass.async_block_till_done()
    assert state(hass, LMS) == "0"
    assert caplog.text.count("movements are not measured") == 1
    assert caplog.text.count(f"{LEG} reports again") == 1
    await move(hass, freezer, start + timedelta(minutes=1), 2)
    assert state(hass, LMS) == "1"


def busy_night(night: str, per_hour: int) -> dict[str, Any]:
    """Return a filed night: 8 hours in bed from 22:30, each hour a series of `per_hour`."""
    start = datetime.fromisoformat(f"{night}T22:30:00+01:00")
    start_ms = round(start.timestamp() * 1000)
    movements = [
        Movement(start_ms + hour * 3_600_000 + index * 30_000, 2_000)
        for hour in range(8)
        for index in range(per_hour)
    ]
    measured = MeasuredNight(
        date.fromisoformat(night), movements, [(start_ms, start_ms + 8 * 3_600_000)]
    )
    return dict(measured.to_stored())


async def test_measured_nights_in_the_checklist_and_the_report(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Three filed nights above 15 per hour meet the criterion; the report shows them."""
    freezer.move_to("2026-11-16T13:00:00+01:00")
    entry = sleeper_entry(movement_sensor=LEG)
    nights = [busy_night(f"2026-11-{day}", 20) for day in (12, 14, 15)]
    nights.append(busy_night("2026-11-13", 10))
    (files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements.2026-11").write_text(
        json.dumps(
            {"version": 1, "minor_version": 1, "key": "k", "data": {"nights": nights}}
        )
    )
    await setup_entry(hass, entry)
    score = hass.states.get("sensor.alex_doctor_checklist_score")
    assert score is not None
    (finding,) = [
        item
        for item in score.attributes["criteria"]
        if item["criterion"] == "periodic_limb_movements"
    ]
    assert finding["nights"] == ["2026-11-12", "2026-11-14", "2026-11-15"]
    assert finding["plm_index"] == [20.0, 20.0, 20.0]
    assert finding["measured_nights"] == 4
    # Last night (15 November) ended at 07:00 today.
    assert state(hass, PLMI) == "20.0"

    response = await hass.services.async_call(
        DOMAIN,
        "get_report",
        {"config_entry_id": entry.entry_id, "nights": 7},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    rows = {row["night"]: row for row in response["nights"]}  # type: ignore[union-attr]
    assert (
        rows["2026-11-13"]["limb_movements"],
        rows["2026-11-13"]["periodic_limb_movements"],
        rows["2026-11-13"]["plm_index"],
    ) == (80, 80, 10.0)
    assert rows["2026-11-11"]["plm_index"] is None
    markdown = response["markdown"]
    assert isinstance(markdown, str)
    assert response["columns"][-4:] == [  # type: ignore[index]
        "limb_movements",
        "periodic_limb_movements",
        "plm_index",
        "periodicity_index",
    ]
    assert "| Leg movements | PLMs | PLM index |" in markdown
    assert "| 160 | 160 | 20 |" in markdown
    assert "| — | — | — |" in markdown


async def test_a_night_that_ended_while_home_assistant_was_off_is_filed(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Stopped at 01:00, started again at 13:00: the night that ended is filed as it was."""
    freezer.move_to(EVENING)
    entry = await setup_entry(hass, sleeper_entry(movement_sensor=LEG))
    await series(hass, freezer, EVENING + timedelta(hours=2), 34)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(entry.entry_id)
    # Off over the night boundary (noon).
    await at(hass, freezer, EVENING + timedelta(hours=15))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert state(hass, LMS) == "0"
    plmi = hass.states.get(PLMI)
    assert plmi is not None
    # Bedtime to wake time without a bed sensor: 34 in 8.5 hours.
    assert (plmi.state, plmi.attributes["night"]) == ("4.0", "2026-11-16")
    tonight = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements"
    assert not tonight.exists()


async def test_a_failed_start_never_writes_over_tonights_movements(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Set-up fails before the measured nights are read: tonight's file stays as it was."""
    freezer.move_to(EVENING)
    entry = await setup_entry(hass, sleeper_entry(movement_sensor=LEG))
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.alex_log_twitch"}, blocking=True
    )
    await series(hass, freezer, EVENING + timedelta(hours=1), 5)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(entry.entry_id)
    tonight = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements"
    measured = tonight.read_bytes()
    # A main file of an older minor version is rewritten at set-up: immutable, it cannot be.
    main = files_on_disk / f"{DOMAIN}.{entry.entry_id}"
    document = json.loads(main.read_text())
    main.write_text(json.dumps({**document, "minor_version": 1}))
    with immutable(main):
        assert not await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        assert entry.state is ConfigEntryState.SETUP_RETRY
        assert tonight.read_bytes() == measured
        assert await hass.config_entries.async_unload(entry.entry_id)
    assert tonight.read_bytes() == measured
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert state(hass, LMS) == "5"


async def test_in_bed_across_a_restart_and_across_noon(
    hass: HomeAssistant, sensors: None, freezer: FrozenDateTimeFactory
) -> None:
    """A bed occupied when the coach starts counts from then; past noon, for the next night."""
    freezer.move_to(EVENING)
    await switch(hass, freezer, "in_bed", True, EVENING)
    entry = await setup_entry(
        hass, sleeper_entry(movement_sensor=LEG, bed_sensor=BED, wake_time="11:00:00")
    )
    await series(hass, freezer, EVENING + timedelta(hours=1), 4)
    assert state(hass, LMS) == "4"
    # Still in bed at noon: 14 hours of last night, and the new night starts in bed.
    await at(hass, freezer, EVENING + timedelta(hours=14))
    plmi = hass.states.get(PLMI)
    assert plmi is not None
    assert plmi.attributes["time_in_bed_min"] == 14 * 60
    await series(hass, freezer, EVENING + timedelta(hours=14, minutes=1), 2)
    assert state(hass, LMS) == "2"
    await at(hass, freezer, EVENING + timedelta(hours=15))
    assert entry.runtime_data.limb_sensors is not None
    figures = entry.runtime_data.limb_sensors.nights.figures(dt_util.utcnow())
    assert figures.tonight.in_bed_ms == 3_600_000


async def test_writes_the_disk_refuses_are_logged_and_kept_in_memory(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An immutable tonight's file: the write is logged as failed and shown; the figures stay.

    The repair issue stays until a write of the measured nights works again.
    """
    start = EVENING + timedelta(hours=1)
    freezer.move_to(start)
    entry = await setup_entry(hass, sleeper_entry(movement_sensor=LEG))
    await series(hass, freezer, start, 4)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    tonight = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements"
    not_written = f"movements_not_written_{entry.entry_id}"
    written = tonight.read_bytes()
    with immutable(tonight):
        await series(hass, freezer, start + timedelta(minutes=1), 4)
        hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
        await hass.async_block_till_done()
        assert "Tonight's leg movements could not be written" in caplog.text
        assert tonight.read_bytes() == written
        issue = ir.async_get(hass).async_get_issue(DOMAIN, not_written)
        assert issue is not None
        assert issue.translation_placeholders == {
            "name": "Alex",
            "error": "Operation not permitted",
        }
        assert state(hass, LMS) == "8"
        # The night ends at noon: filing it needs the month file (written) and removing
        # tonight's file (refused): the month file has it, and the error is logged.
        await at(hass, freezer, EVENING + timedelta(hours=14))
        assert "could not be filed" in caplog.text
    month = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements.2026-11"
    (night,) = json.loads(month.read_text())["data"]["nights"]
    assert len(night["onsets"]) == 8
    assert ir.async_get(hass).async_get_issue(DOMAIN, not_written) is not None
    await series(hass, freezer, EVENING + timedelta(hours=15), 1)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    assert ir.async_get(hass).async_get_issue(DOMAIN, not_written) is None


async def test_removing_the_sleeper_removes_the_not_written_issue(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """A removed sleeper leaves no issue about measurements nobody will write."""
    start = EVENING + timedelta(hours=1)
    freezer.move_to(start)
    entry = await setup_entry(hass, sleeper_entry(movement_sensor=LEG))
    await series(hass, freezer, start, 4)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    not_written = f"movements_not_written_{entry.entry_id}"
    with immutable(files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements"):
        await series(hass, freezer, start + timedelta(minutes=1), 4)
        hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
        await hass.async_block_till_done()
        assert ir.async_get(hass).async_get_issue(DOMAIN, not_written) is not None
        assert await hass.config_entries.async_remove(entry.entry_id)
        await hass.async_block_till_done()
    assert ir.async_get(hass).async_get_issue(DOMAIN, not_written) is None


@pytest.mark.parametrize(
    ("suffix", "content"),
    [
        pytest.param("", "{not json", id="tonight_invalid_json"),
        pytest.param("", '{"version": 1, "data": {"night": 3}}', id="tonight_shape"),
        pytest.param(".2026-11", '{"version": 2, "data": {}}', id="month_version"),
        pytest.param(
            ".2026-11",
            '{"version": 1, "data": {"nights": [{"night": "2026-11-15"}]}}',
            id="month_night_shape",
        ),
        pytest.param(
            ".2026-11",
            '{"version": 1, "data": {"nights": {}}}',
            id="month_nights_object",
        ),
    ],
)
async def test_a_damaged_movements_file_is_kept_aside_and_the_sleeper_starts(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
    suffix: str,
    content: str,
) -> None:
    """The other measured nights load; the file is kept aside and explained, like a journal's."""
    freezer.move_to("2026-11-16T13:00:00+01:00")
    entry = sleeper_entry(movement_sensor=LEG)
    key = f"{DOMAIN}.{entry.entry_id}.movements"
    good = {"version": 1, "data": {"nights": [busy_night("2026-10-12", 20)]}}
    (files_on_disk / f"{key}.2026-10").write_text(json.dumps(good))
    (files_on_disk / f"{key}{suffix}").write_text(content)
    await setup_entry(hass, entry)
    assert entry.state is ConfigEntryState.LOADED
    assert state(hass, LMS) == "0"
    assert entry.runtime_data.limb_sensors is not None
    assert list(entry.runtime_data.limb_sensors.nights.filed) == [date(2026, 10, 12)]
    (kept,) = files_on_disk.glob(f"{key}{suffix}.damaged.*")
    assert kept.read_text() == content
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"journal_damaged_{key}{suffix}")
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["path"] == str(kept)
