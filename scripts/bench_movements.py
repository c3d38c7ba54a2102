"""Benchmarks of leg movements measured by sensors; run by scripts/bench in its Home Assistant.

- CPU per movement: the event loop's CPU time for one on→off of a real binary sensor state,
  from the state machine to the entities written (median and 95th percentile, µs), with one
  sensor and with one on each leg (and an asleep sensor); and the scoring alone, both ways.
- Bytes written for a night of 1,000 leg movements with one sensor, and with two (and an asleep
  sensor) of 1,000 leg movements once the legs' are joined (600 on each leg) and of 1,000 on
  each leg: tonight's file every 5 minutes of the night, then the night
  filed in a month file that already holds 30 such nights (the 31st of a month) and in its
  year's figures file holding 364 other nights (the last night of a year). At most 1 MB.
- Storage per year at 800 leg movements a night, with one sensor and with two (400 a leg).
- Set-up with two years of nights measured on both legs with an asleep sensor (and with one
  sensor), beside the same journal without movement sensors, in turns: at most 1.5× (design).
  Timed as a user has them after the first start (their figures files written), and with the
  sensors but no night (what their entities cost); the first, upgrading set-up (nights filed
  before figures were kept, scored once) is timed apart.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
import json
from pathlib import Path
import statistics
import time
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.coach.limbs.nights import MeasuredNight
from custom_components.sleep_twitch_coach.coach.limbs.scoring import (
    Leg,
    Movement,
    NightScorer,
    PlmRule,
)
from custom_components.sleep_twitch_coach.coach.nights import night_of, night_start
from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.core import HomeAssistant
from homeassistant.helpers.json import json_bytes
from homeassistant.util import dt as dt_util

LEG = "binary_sensor.bench_leg"
LEFT = "binary_sensor.bench_left_leg"
RIGHT = "binary_sensor.bench_right_leg"
BED = "binary_sensor.bench_bed"
ASLEEP = "binary_sensor.bench_asleep"
ONE_SENSOR = {"movement_sensor": LEG, "bed_sensor": BED}
TWO_SENSORS = {
    "left_leg_sensor": LEFT,
    "right_leg_sensor": RIGHT,
    "bed_sensor": BED,
    "asleep_sensor": ASLEEP,
}
NIGHT_MOVEMENTS = 1_000  # a PLMD-level night; on each leg with two sensors
# The nights driven through the state machine: movements (on each leg with two sensors).
NIGHTS = {
    "night_of_1000_one_sensor": (1_000, False, "1,000 leg movements, one sensor"),
    # Every third movement of the left leg joins one of the right leg: 1,000 leg movements.
    "night_of_1000_lms_two_sensors": (
        600,
        True,
        "1,000 leg movements (600 on each leg), two sensors",
    ),
    "night_of_1000_a_leg_two_sensors": (
        1_000,
        True,
        "1,000 movements on each leg, two sensors",
    ),
}
YEAR_MOVEMENTS = 800  # a night's on→offs, of both legs together with two sensors
HOUR_MS = 3_600_000
WRITE_EVERY_MS = 300_000
SETUP_REPETITIONS = 15
UPGRADE_REPETITIONS = 2


def microseconds(samples_ns: list[int]) -> dict[str, float]:
    """Return the median and 95th percentile of nanosecond samples, in µs."""
    ordered = sorted(samples_ns)
    return {
        "median_us": round(statistics.median(ordered) / 1000, 1),
        "p95_us": round(ordered[int(len(ordered) * 0.95) - 1] / 1000, 1),
        "n": len(ordered),
    }


def milliseconds(samples: list[float]) -> dict[str, float]:
    """Return the median and maximum of samples in seconds, in ms."""
    return {
        "median_ms": round(statistics.median(samples) * 1000, 1),
        "max_ms": round(max(samples) * 1000, 1),
        "n": len(samples),
    }


def a_night(night: date, count: int, *, bilateral: bool = False) -> MeasuredNight:
    """Return 8 hours in bed from 22:00 with `count` movements about 29 s apart, in series.

    Bilateral: `count` on each leg; the left leg moves with the right one every third time
    (one bilateral leg movement) and halfway between otherwise, and the sleeper is asleep but
    for the first 20 minutes, 20 minutes at 02:00 and the last 10.
    """
    start_ms = round(
        night_start(night, dt_util.get_default_time_zone()).timestamp() * 1000
    )
    start_ms += 10 * HOUR_MS  # 22:00
    end_ms = start_ms + 8 * HOUR_MS
    every_ms = 8 * HOUR_MS // count
    movements = [
        Movement(
            start_ms + index * every_ms + index % 7 * 13,
            1_000 + index % 11 * 317,
            Leg.RIGHT if bilateral else None,
        )
        for index in range(count)
    ]
    if not bilateral:
        return MeasuredNight(night, movements, [(start_ms, end_ms)])
    movements += [
        Movement(
            start_ms + index * every_ms + (150 if index % 3 == 0 else every_ms // 2),
            900 + index % 13 * 251,
            Leg.LEFT,
        )
        for index in range(count)
    ]
    movements.sort(key=lambda movement: movement.onset_ms)
    asleep = [
        (start_ms + 20 * 60_000, start_ms + 4 * HOUR_MS),
        (start_ms + 4 * HOUR_MS + 20 * 60_000, end_ms - 10 * 60_000),
    ]
    return MeasuredNight(night, movements, [(start_ms, end_ms)], asleep, True)


def envelope(key: str, data: Any) -> bytes:
    """Return a storage file as the coach writes it."""
    return json_bytes({"version": 1, "minor_version": 1, "key": key, "data": data})


def scoring_only(bilateral: bool) -> dict[str, float]:
    """Return the cost of scoring one movement (WASM 2016), without Home Assistant."""
    night = a_night(date(2026, 11, 16), NIGHT_MOVEMENTS, bilateral=bilateral)
    scorer = NightScorer(PlmRule.WASM_2016, bilateral=bilateral)
    samples = []
    for movement in night.scored_movements():
        start = time.perf_counter_ns()
        scorer.add(movement)
        samples.append(time.perf_counter_ns() - start)
    return microseconds(samples)


def measured_sleeper(name: str, sensors: dict[str, str]) -> MockConfigEntry:
    """Return a sleeper measured by the bench's own states."""
    return MockConfigEntry(
        domain=DOMAIN,
        title=name,
        unique_id=name,
        options={**sensors, "retention_nights": 3660},
    )


def state_changes(night: MeasuredNight) -> list[tuple[int, str, str, int | None]]:
    """Return the night's sensor changes in time order: moment, entity, state, movement."""
    entities = {None: LEG, Leg.LEFT: LEFT, Leg.RIGHT: RIGHT}
    changes: list[tuple[int, str, str, int | None]] = []
    for index, movement in enumerate(night.movements):
        entity = entities[movement.leg]
        changes.append((movement.onset_ms, entity, "on", index))
        changes.append((movement.onset_ms + movement.duration_ms, entity, "off", index))
    for start, end in night.asleep or []:
        changes += [(start, ASLEEP, "on", None), (end, ASLEEP, "off", None)]
    ((went_to_bed, got_up),) = night.in_bed
    changes += [(went_to_bed - 60_000, BED, "on", None), (got_up, BED, "off", None)]
    return sorted(changes, key=lambda change: change[0])


async def bytes_of_a_night(
    hass: HomeAssistant, name: str, count: int, bilateral: bool
) -> dict[str, Any]:
    """Drive a night through the state machine; count its CPU and the bytes written."""
    tz = dt_util.get_default_time_zone()
    tonight = night_of(dt_util.utcnow(), tz)
    sensors = TWO_SENSORS if bilateral else ONE_SENSOR
    for entity in sensors.values():
        hass.states.async_set(
            entity, "off", timestamp=night_start(tonight, tz).timestamp()
        )
    storage = Path(hass.config.path(".storage"))
    entry = measured_sleeper(name, sensors)
    key = f"{DOMAIN}.{entry.entry_id}.movements"
    # The worst case: the month holds 30 such nights, the year's figures 364 others.
    other = a_night(tonight - timedelta(days=1), count, bilateral=bilateral)
    stored, record = other.to_stored(), other.record()
    month_key = f"{key}.{tonight:%Y-%m}"
    (storage / month_key).write_bytes(envelope(month_key, {"nights": [stored] * 30}))
    first = date(tonight.year, 1, 1)
    year = [first + timedelta(days=day) for day in range(365)]
    figures_key = f"{key}.figures.{tonight:%Y}"
    (storage / figures_key).write_bytes(
        envelope(
            figures_key,
            {
                "months": [f"{tonight.year}-{month:02}" for month in range(1, 13)],
                "nights": {str(day): record for day in year if day != tonight},
            },
        )
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    limbs = entry.runtime_data.limb_sensors
    night = a_night(tonight, count, bilateral=bilateral)
    cpu = [0] * len(night.movements)
    writes, written_before = 0, limbs.storage.bytes_written
    last_write_ms = night.in_bed[0][0]
    for moment_ms, entity, state, movement in state_changes(night):
        # Tonight's file is written every 5 minutes of the night.
        if moment_ms - last_write_ms >= WRITE_EVERY_MS:
            await limbs.async_flush()
            writes, last_write_ms = writes + 1, moment_ms
        start = time.thread_time_ns()
        hass.states.async_set(entity, state, timestamp=moment_ms / 1000)
        # Listeners are called in the next turn of the loop.
        await asyncio.sleep(0)
        if movement is not None:
            cpu[movement] += time.thread_time_ns() - start
    await limbs.async_flush()
    counted = hass.states.get(f"sensor.{name}_leg_movements_tonight")
    scored = night.figures(PlmRule.WASM_2016).score.limb_movements
    assert counted is not None and counted.state == str(scored), (counted, scored)
    tonight_bytes = limbs.storage.bytes_written - written_before
    await limbs.storage.async_file(limbs.nights.end_tonight())
    total = limbs.storage.bytes_written - written_before
    await hass.config_entries.async_unload(entry.entry_id)
    return {
        "cpu_per_movement": microseconds(cpu),
        "tonight_file_writes": writes + 1,
        "tonight_kb": round(tonight_bytes / 1024, 1),
        "month_file_kb": round((storage / month_key).stat().st_size / 1024, 1),
        "figures_file_kb": round((storage / figures_key).stat().st_size / 1024, 1),
        "bytes_written_kb": round(total / 1024, 1),
    }


def storage_per_year_kb(bilateral: bool) -> float:
    """Return the size of twelve month files of nights with 800 movements."""
    first = date(2025, 1, 1)
    count = YEAR_MOVEMENTS // 2 if bilateral else YEAR_MOVEMENTS
    months: dict[str, list[Any]] = {}
    for day in range(365):
        night = first + timedelta(days=day)
        months.setdefault(f"{night:%Y-%m}", []).append(
            a_night(night, count, bilateral=bilateral).to_stored()
        )
    size = sum(
        len(envelope(month, {"nights": nights})) for month, nights in months.items()
    )
    return round(size / 1024, 1)


async def time_setup(hass: HomeAssistant, entry: MockConfigEntry) -> float:
    """Return the seconds to set up a sleeper; leave it unloaded."""
    start = time.perf_counter()
    assert await hass.config_entries.async_setup(entry.entry_id)
    elapsed = time.perf_counter() - start
    await hass.config_entries.async_unload(entry.entry_id)
    return elapsed


def write_two_years(storage: Path, entry: MockConfigEntry, bilateral: bool) -> str:
    """Write two years of measured nights of 800 movements; return their files' key."""
    key = f"{DOMAIN}.{entry.entry_id}.movements"
    count = YEAR_MOVEMENTS // 2 if bilateral else YEAR_MOVEMENTS
    months: dict[str, list[Any]] = {}
    today = night_of(dt_util.utcnow(), dt_util.get_default_time_zone())
    for back in range(1, 731):
        night = today - timedelta(days=back)
        months.setdefault(f"{night:%Y-%m}", []).append(
            a_night(night, count, bilateral=bilateral).to_stored()
        )
    for month, nights in months.items():
        (storage / f"{key}.{month}").write_bytes(
            envelope(f"{key}.{month}", {"nights": nights})
        )
    return key


async def setup_with_two_years(
    hass: HomeAssistant, journal: dict[str, Any]
) -> dict[str, Any]:
    """Time set-up with two years of measured nights and without, beside the same journal."""
    storage = Path(hass.config.path(".storage"))
    entries = {}
    for name, sensors in (
        ("without", {}),
        ("two_sensors", TWO_SENSORS),
        ("one_sensor", ONE_SENSOR),
        # The sensors' entities without a night: what the nights add is the difference.
        ("no_nights", TWO_SENSORS),
    ):
        entry = measured_sleeper(f"setup {name}", sensors)
        key = f"{DOMAIN}.{entry.entry_id}"
        (storage / key).write_text(json.dumps({**journal, "key": key}))
        entry.add_to_hass(hass)
        # The first set-up moves the journal into its month files: not timed.
        await time_setup(hass, entry)
        entries[name] = entry
    upgrading: dict[str, list[float]] = {}
    for name in ("two_sensors", "one_sensor"):
        key = write_two_years(storage, entries[name], name == "two_sensors")
        # As after an update: nights filed before their figures were kept.
        upgrading[name] = []
        for _ in range(UPGRADE_REPETITIONS):
            for figures in storage.glob(f"{key}.figures.*"):
                figures.unlink()
            upgrading[name].append(await time_setup(hass, entries[name]))
        assert len(list(storage.glob(f"{key}.figures.*"))) >= 2
    # Later set-ups, from the figures files, interleaved in turns.
    samples: dict[str, list[float]] = {name: [] for name in entries}
    names = list(entries)
    for repetition in range(SETUP_REPETITIONS):
        turn = repetition % len(names)
        for name in names[turn:] + names[:turn]:
            samples[name].append(await time_setup(hass, entries[name]))
    for name in ("two_sensors", "one_sensor"):
        assert await hass.config_entries.async_setup(entries[name].entry_id)
        filed = len(entries[name].runtime_data.limb_sensors.nights.filed)
        await hass.config_entries.async_unload(entries[name].entry_id)
        assert filed == 730, filed
    without = statistics.median(samples["without"])
    return {
        "setup_2_years_without_movements": milliseconds(samples["without"]),
        "setup_2_years_with_movements": milliseconds(samples["two_sensors"]),
        "setup_2_years_with_movements_one_sensor": milliseconds(samples["one_sensor"]),
        "setup_2_years_sensors_without_nights": milliseconds(samples["no_nights"]),
        "setup_2_years_first_upgrading": milliseconds(upgrading["two_sensors"]),
        "setup_2_years_first_upgrading_one_sensor": milliseconds(
            upgrading["one_sensor"]
        ),
        "setup_ratio_with_to_without": round(
            statistics.median(samples["two_sensors"]) / without, 2
        ),
        "setup_ratio_one_sensor_to_without": round(
            statistics.median(samples["one_sensor"]) / without, 2
        ),
    }


async def run(hass: HomeAssistant, journal: dict[str, Any]) -> dict[str, Any]:
    """Run the leg-movement benchmarks."""
    return {
        "scoring_per_movement": scoring_only(bilateral=False),
        "scoring_per_movement_bilateral": scoring_only(bilateral=True),
        **{
            name: await bytes_of_a_night(hass, name, count, bilateral)
            for name, (count, bilateral, _) in NIGHTS.items()
        },
        "storage_kb_per_year_800_a_night": storage_per_year_kb(bilateral=False),
        "storage_kb_per_year_800_a_night_two_legs": storage_per_year_kb(bilateral=True),
        **await setup_with_two_years(hass, journal),
    }


def report(results: dict[str, Any]) -> None:
    """Print the leg-movement rows."""
    for name, row in (
        ("scoring_per_movement", results["scoring_per_movement"]),
        ("scoring_per_movement_bilateral", results["scoring_per_movement_bilateral"]),
        ("cpu_per_movement", results["night_of_1000_one_sensor"]["cpu_per_movement"]),
        (
            "cpu_per_movement_two_sensors",
            results["night_of_1000_a_leg_two_sensors"]["cpu_per_movement"],
        ),
    ):
        print(f"{name + ' (µs)':48} {row['median_us']:>10} {row['p95_us']:>10}")
    for name in (
        "setup_2_years_without_movements",
        "setup_2_years_with_movements",
        "setup_2_years_with_movements_one_sensor",
        "setup_2_years_sensors_without_nights",
        "setup_2_years_first_upgrading",
        "setup_2_years_first_upgrading_one_sensor",
    ):
        row = results[name]
        print(f"{name:48} {row['median_ms']:>10} {row['max_ms']:>10} (max)")
    print(
        "set-up with two years of measured nights / without (design: at most 1.5): "
        f"{results['setup_ratio_with_to_without']} with two sensors and an asleep sensor, "
        f"{results['setup_ratio_one_sensor_to_without']} with one sensor"
    )
    for name, (_, _, label) in NIGHTS.items():
        row = results[name]
        print(
            f"bytes written for a night of {label}: {row['bytes_written_kb']} KB (design: "
            f"under 1,024): tonight's file {row['tonight_file_writes']} times "
            f"{row['tonight_kb']} KB, then the month's {row['month_file_kb']} KB and the "
            f"year's figures {row['figures_file_kb']} KB"
        )
    print(
        "storage per year at 800 leg movements a night: "
        f"{results['storage_kb_per_year_800_a_night']} KB with one sensor, "
        f"{results['storage_kb_per_year_800_a_night_two_legs']} KB with two"
    )
