"""Both legs and sleep itself, through real binary sensors with the clock moved through nights.

A sensor on each leg is scored bilaterally; an asleep sensor gives time asleep and the PLMS
index; a bed sensor gives the time in bed and when the sleeper went to bed and got up; the
figures of filed nights are kept by year, so that a start reads no movement list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
import json
import os
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.const import EVENT_HOMEASSISTANT_FINAL_WRITE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from .conftest import setup_entry, sleeper_entry
from .test_durability import immutable
from .test_limb_sensors import EVENING, LMS, PLMI, PLMS, at, state, switch

LEFT = "binary_sensor.left_ankle"
RIGHT = "binary_sensor.right_ankle"
BED = "binary_sensor.bed"
ASLEEP = "binary_sensor.asleep"
AVERAGE = "sensor.alex_plm_index_average"
TIME_IN_BED = "sensor.alex_time_in_bed_last_night"
WENT_TO_BED = "sensor.alex_went_to_bed"
GOT_UP = "sensor.alex_got_up"
BOTH_LEGS: dict[str, Any] = {
    "left_leg_sensor": LEFT,
    "right_leg_sensor": RIGHT,
    "bed_sensor": BED,
    "asleep_sensor": ASLEEP,
}


@pytest.fixture
async def sensors(hass: HomeAssistant) -> None:
    """Make two legs, a bed and sleep: template binary sensors driven by input_booleans."""
    booleans = ("left", "right", "in_bed", "sleeping")
    assert await async_setup_component(
        hass, "input_boolean", {"input_boolean": {name: {} for name in booleans}}
    )
    assert await async_setup_component(
        hass,
        "template",
        {
            "template": [
                {
                    "binary_sensor": [
                        {
                            "name": name,
                            "device_class": device_class,
                            "state": f"{{{{ is_state('input_boolean.{boolean}', 'on') }}}}",
                        }
                        for name, device_class, boolean in (
                            ("Left ankle", "moving", "left"),
                            ("Right ankle", "moving", "right"),
                            ("Bed", "occupancy", "in_bed"),
                            ("Asleep", "occupancy", "sleeping"),
                        )
                    ]
                }
            ]
        },
    )
    await hass.async_block_till_done()


async def both_move(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    start: datetime,
    steps: Sequence[tuple[str, float, float]],
) -> None:
    """Switch legs as (leg, on at s after start, off at s after start), in time order."""
    changes = sorted(
        [(on, leg, True) for leg, on, _ in steps]
        + [(off, leg, False) for leg, _, off in steps]
    )
    for seconds, leg, moving in changes:
        await switch(hass, freezer, leg, moving, start + timedelta(seconds=seconds))


async def a_bilateral_night(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> MockConfigEntry:
    """In bed 22:40-06:50, asleep 23:00-06:30, and 24 movements of both legs.

    - 8 times the left leg alone, 30 s apart: a series;
    - 8 times the left leg, then the right leg 0.2 s after it stops: one bilateral movement
      each time (under 0.5 s apart), 30 s apart: a series; two movements to each leg;
    - 8 times both legs at once, overlapping, 30 s apart, the first of them before sleep.
    """
    freezer.move_to(EVENING)
    entry = await setup_entry(hass, sleeper_entry(**BOTH_LEGS, wake_time="06:45:00"))
    await switch(hass, freezer, "in_bed", True, EVENING + timedelta(minutes=40))
    await switch(hass, freezer, "sleeping", True, EVENING + timedelta(hours=1))
    start = EVENING + timedelta(hours=1, minutes=30)
    await both_move(
        hass,
        freezer,
        start,
        [("left", index * 30, index * 30 + 2) for index in range(8)],
    )
    start += timedelta(hours=1)
    await both_move(
        hass,
        freezer,
        start,
        [("left", index * 30, index * 30 + 1.5) for index in range(8)]
        + [("right", index * 30 + 1.7, index * 30 + 3) for index in range(8)],
    )
    assert state(hass, LMS) == "16"
    assert state(hass, PLMS) == "16"
    return entry


async def test_a_night_with_a_sensor_on_each_leg(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Joined movements count once, each leg's are counted, and the morning has it all."""
    entry = await a_bilateral_night(hass, freezer)
    # Both legs at once, the first before sleep (asleep ends at 06:30 too).
    await switch(hass, freezer, "sleeping", False, EVENING + timedelta(hours=3))
    start = EVENING + timedelta(hours=3, seconds=10)
    for indexes in ([0], range(1, 8)):
        await both_move(
            hass,
            freezer,
            start,
            [("left", index * 30, index * 30 + 3) for index in indexes]
            + [("right", index * 30 + 1, index * 30 + 2) for index in indexes],
        )
        if indexes == [0]:
            await switch(hass, freezer, "sleeping", True, start + timedelta(seconds=15))
    assert state(hass, LMS) == "24"
    assert state(hass, PLMS) == "24"
    await switch(
        hass, freezer, "sleeping", False, EVENING + timedelta(hours=8, minutes=30)
    )
    assert state(hass, TIME_IN_BED) == "unknown"
    await at(hass, freezer, EVENING + timedelta(hours=8, minutes=45))  # 06:45
    # Still in bed at the wake time: 24 in 8 h 5 min so far, and not up yet.
    assert state(hass, PLMI) == "3.0"
    assert state(hass, GOT_UP) == "unknown"
    assert (
        state(hass, WENT_TO_BED)
        == dt_util.as_utc(EVENING + timedelta(minutes=40)).isoformat()
    )
    await switch(
        hass, freezer, "in_bed", False, EVENING + timedelta(hours=8, minutes=50)
    )
    assert (
        state(hass, GOT_UP)
        == dt_util.as_utc(EVENING + timedelta(hours=8, minutes=50)).isoformat()
    )
    assert state(hass, TIME_IN_BED) == "490"
    plmi = hass.states.get(PLMI)
    assert plmi is not None
    # 24 in 8 h 10 min in bed.
    assert plmi.state == "2.9"
    attributes = plmi.attributes
    assert attributes["time_in_bed_min"] == 490
    assert (attributes["left_leg_movements"], attributes["right_leg_movements"]) == (
        24,
        16,
    )
    # 23 intervals, each 30 s but for the two between the three groups.
    assert attributes["periodicity_index"] == round(21 / 23, 2)
    # Asleep 23:00-01:00 and 01:00:25-06:30 (in bed throughout).
    assert attributes["time_asleep_min"] == 450
    # Asleep at 23 onsets (not the first of the third group): 23 in 7.49 h.
    assert attributes["plms_index"] == 3.1
    assert state(hass, AVERAGE) == "2.9"

    # Filed at noon with each movement's leg, its figures in the year's file; after a
    # restart the figures come from there, the same.
    await at(hass, freezer, EVENING + timedelta(hours=14))
    month = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements.2026-11"
    (night,) = json.loads(month.read_text())["data"]["nights"]
    assert night["legs"] == "l" * 8 + "lr" * 8 + "lr" * 8
    figures = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements.figures.2026"
    kept = json.loads(figures.read_text())["data"]
    assert kept["months"] == ["2026-11"]
    assert list(kept["nights"]) == ["2026-11-16"]
    before = dict(plmi.attributes)
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    after = hass.states.get(PLMI)
    assert after is not None
    assert (after.state, dict(after.attributes)) == ("2.9", before)


async def test_a_start_reads_figures_not_movements(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Months filed before figures were kept are scored once; after that only figures."""
    entry = await a_bilateral_night(hass, freezer)
    await at(hass, freezer, EVENING + timedelta(hours=14))
    figures = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements.figures.2026"
    month = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements.2026-11"
    shown = state(hass, PLMI)
    # As an earlier release left it: no figures file.
    kept = figures.read_bytes()
    figures.unlink()
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert state(hass, PLMI) == shown
    assert figures.read_bytes() == kept
    # From now on the month's lists are not read while the file is as it was when its
    # figures were written: damaged (with the time it was written), they change nothing.
    written = month.stat()
    month.write_text("not JSON")
    os.utime(month, ns=(written.st_atime_ns, written.st_mtime_ns))
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert state(hass, PLMI) == shown
    # A damaged figures file is made again from the months (here: none left to read).
    figures.write_text("{")
    month.unlink()
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert state(hass, PLMI) == "unknown"


async def test_the_average_of_the_last_five_measured_nights(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Six nights with 8, 0, 16, 0, 8 and 16 periodic movements: the last five average."""
    freezer.move_to(EVENING)
    await setup_entry(hass, sleeper_entry(**BOTH_LEGS))
    for night, count in enumerate((8, 0, 16, 0, 8, 16)):
        evening = EVENING + timedelta(days=night)
        await switch(hass, freezer, "in_bed", True, evening + timedelta(minutes=30))
        start = evening + timedelta(hours=1)
        await both_move(
            hass,
            freezer,
            start,
            [("left", index * 30, index * 30 + 2) for index in range(count)],
        )
        await switch(hass, freezer, "in_bed", False, evening + timedelta(hours=8))
        await at(hass, freezer, evening + timedelta(hours=14))
    # In bed 7.5 h a night: 16 / 7.5 = 2.133, 8 / 7.5 = 1.067.
    average = hass.states.get(AVERAGE)
    assert average is not None
    assert average.state == str(round((0 + 16 / 7.5 + 0 + 8 / 7.5 + 16 / 7.5) / 5, 1))
    assert average.attributes["nights"] == [
        (EVENING.date() + timedelta(days=night)).isoformat() for night in range(1, 6)
    ]


async def test_one_sensor_has_no_legs_and_no_bed_times_without_a_bed_sensor(
    hass: HomeAssistant, sensors: None, freezer: FrozenDateTimeFactory
) -> None:
    """A sleeper set up before keeps working: no leg counts, no bed times, an average."""
    freezer.move_to(EVENING)
    await setup_entry(hass, sleeper_entry(movement_sensor=LEFT))
    for entity_id in (TIME_IN_BED, WENT_TO_BED, GOT_UP):
        assert hass.states.get(entity_id) is None
    await at(hass, freezer, EVENING + timedelta(hours=9))
    plmi = hass.states.get(PLMI)
    assert plmi is not None
    assert "left_leg_movements" not in plmi.attributes
    assert "plms_index" not in plmi.attributes
    assert plmi.attributes["periodicity_index"] is None
    assert state(hass, AVERAGE) == "0.0"


async def test_figures_the_disk_refuses_are_made_at_the_next_start(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An immutable figures file: the night stays in tonight's file and is filed later."""
    entry = await a_bilateral_night(hass, freezer)
    await switch(hass, freezer, "in_bed", False, EVENING + timedelta(hours=8))
    await at(hass, freezer, EVENING + timedelta(hours=14))
    figures = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements.figures.2026"
    tonight = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements"
    evening = EVENING + timedelta(days=1)
    with immutable(figures):
        await switch(hass, freezer, "in_bed", True, evening + timedelta(minutes=30))
        await both_move(
            hass,
            freezer,
            evening + timedelta(hours=1),
            [("right", index * 30, index * 30 + 2) for index in range(6)],
        )
        await switch(hass, freezer, "in_bed", False, evening + timedelta(hours=8))
        await at(hass, freezer, evening + timedelta(hours=14))
        assert "could not be filed" in caplog.text
        issue = ir.async_get(hass).async_get_issue(
            DOMAIN, f"movements_not_written_{entry.entry_id}"
        )
        assert issue is not None
        # Shown from memory meanwhile: 6 in 7.5 hours.
        assert state(hass, PLMI) == "0.8"
        assert len(json.loads(tonight.read_text())["data"]["onsets"]) == 6
        assert list(json.loads(figures.read_text())["data"]["nights"]) == ["2026-11-16"]
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    # The month changed after the year's figures were written: it was read again.
    assert state(hass, PLMI) == "0.8"
    assert json.loads(tonight.read_text())["data"]["night"] == "2026-11-18"
    assert list(json.loads(figures.read_text())["data"]["nights"]) == [
        "2026-11-16",
        "2026-11-17",
    ]


async def test_tonight_is_written_in_parts_that_survive_a_restart(
    hass: HomeAssistant,
    sensors: None,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """450 movements: two parts of 200 written once, 50 in tonight's file.

    A damaged part is kept aside and only its movements are lost.
    """
    freezer.move_to(EVENING)
    entry = await setup_entry(hass, sleeper_entry(**BOTH_LEGS))
    await switch(hass, freezer, "in_bed", True, EVENING + timedelta(minutes=30))
    await both_move(
        hass,
        freezer,
        EVENING + timedelta(hours=1),
        [
            ("left" if index % 2 else "right", index * 15, index * 15 + 1)
            for index in range(450)
        ],
    )
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    tonight = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements"
    parts = [tonight.with_name(f"{tonight.name}.tonight.{index}") for index in (0, 1)]
    stored = json.loads(tonight.read_text())["data"]
    assert (stored["parts"], len(stored["onsets"])) == (2, 50)
    assert [len(json.loads(part.read_text())["data"]["onsets"]) for part in parts] == [
        200,
        200,
    ]
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert state(hass, LMS) == "450"

    parts[1].write_text("{")
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert state(hass, LMS) == "250"
    assert ir.async_get(hass).async_get_issue(
        DOMAIN, f"journal_damaged_{DOMAIN}.{entry.entry_id}.movements.tonight.1"
    )
    # Filed at noon: the parts go, the damaged one stays aside.
    await switch(hass, freezer, "in_bed", False, EVENING + timedelta(hours=8))
    await at(hass, freezer, EVENING + timedelta(hours=14))
    assert not tonight.exists()
    assert not parts[0].exists()
    assert len(list(files_on_disk.glob("*.tonight.1.damaged.*"))) == 1
    month = files_on_disk / f"{DOMAIN}.{entry.entry_id}.movements.2026-11"
    (night,) = json.loads(month.read_text())["data"]["nights"]
    assert len(night["onsets"]) == 250
