"""Benchmarks of leg movements measured by a sensor; run by scripts/bench in its Home Assistant.

- CPU per movement: the event loop's CPU time for one on→off of a real binary sensor state,
  from the state machine to the entities written (median and 95th percentile, µs); and the
  scoring alone.
- Bytes written for a night of 1,000 leg movements: tonight's file every 5 minutes (1,000
  movements in 8 hours are about 10 per 5 minutes), then the night filed in a month file that
  already holds 30 such nights (the worst case, the 31st of a month).
- Storage per year at 800 leg movements a night.
- Set-up time with two years of such nights, beside the same journal without a movement sensor.
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
BED = "binary_sensor.bench_bed"
NIGHT_MOVEMENTS = 1_000
YEAR_MOVEMENTS = 800
SETUP_REPETITIONS = 5


def microseconds(samples_ns: list[int]) -> dict[str, float]:
    """Return the median and 95th percentile of nanosecond samples, in µs."""
    ordered = sorted(samples_ns)
    return {
        "median_us": round(statistics.median(ordered) / 1000, 1),
        "p95_us": round(ordered[int(len(ordered) * 0.95) - 1] / 1000, 1),
        "n": len(ordered),
    }


def a_night(night: date, count: int) -> MeasuredNight:
    """Return a night of `count` movements about 29 s apart in 8 hours, in series."""
    start_ms = round(
        night_start(night, dt_util.get_default_time_zone()).timestamp() * 1000
    )
    start_ms += 10 * 3_600_000  # 22:00
    every_ms = 8 * 3_600_000 // count
    movements = [
        Movement(start_ms + index * every_ms + index % 7 * 13, 1_000 + index % 11 * 317)
        for index in range(count)
    ]
    return MeasuredNight(night, movements, [(start_ms, start_ms + 8 * 3_600_000)])


def envelope(key: str, data: Any) -> bytes:
    """Return a storage file as the coach writes it."""
    return json_bytes({"version": 1, "minor_version": 1, "key": key, "data": data})


def scoring_only() -> dict[str, float]:
    """Return the cost of scoring one movement, without Home Assistant."""
    night = a_night(date(2026, 11, 16), NIGHT_MOVEMENTS)
    scorer = NightScorer(PlmRule.WASM_2016)
    samples = []
    for movement in night.movements:
        start = time.perf_counter_ns()
        scorer.add(movement)
        samples.append(time.perf_counter_ns() - start)
    return microseconds(samples)


async def add_measured_sleeper(hass: HomeAssistant, name: str) -> MockConfigEntry:
    """Add a sleeper whose leg and bed are the bench's own states."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=name,
        unique_id=name,
        options={"movement_sensor": LEG, "bed_sensor": BED, "retention_nights": 3660},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def cpu_and_bytes_of_a_night(hass: HomeAssistant) -> dict[str, Any]:
    """Drive a night of 1,000 movements through the state machine; count CPU and bytes."""
    tz = dt_util.get_default_time_zone()
    tonight = night_of(dt_util.utcnow(), tz)
    hass.states.async_set(LEG, "off", timestamp=night_start(tonight, tz).timestamp())
    entry = await add_measured_sleeper(hass, "legs")
    sensors = entry.runtime_data.limb_sensors
    # The month already holds 30 nights like this one: the 31st night is the dearest.
    storage = Path(hass.config.path(".storage"))
    month_key = f"{DOMAIN}.{entry.entry_id}.movements.{tonight:%Y-%m}"
    others = [
        a_night(tonight - timedelta(days=back), NIGHT_MOVEMENTS)
        for back in range(1, 31)
    ]
    (storage / month_key).write_bytes(
        envelope(month_key, {"nights": [night.to_stored() for night in others]})
    )
    night = a_night(tonight, NIGHT_MOVEMENTS)
    first_ms = night.movements[0].onset_ms
    hass.states.async_set(BED, "on", timestamp=(first_ms - 60_000) / 1000)
    await hass.async_block_till_done()
    samples = []
    for index, movement in enumerate(night.movements):
        start = time.thread_time_ns()
        hass.states.async_set(LEG, "on", timestamp=movement.onset_ms / 1000)
        hass.states.async_set(
            LEG, "off", timestamp=(movement.onset_ms + movement.duration_ms) / 1000
        )
        # Listeners are called in the next turn of the loop.
        await asyncio.sleep(0)
        samples.append(time.thread_time_ns() - start)
        if index % 10 == 9:  # every 5 minutes of this night
            await sensors.async_flush()
    counted = hass.states.get("sensor.legs_leg_movements_tonight")
    assert counted is not None and counted.state == str(NIGHT_MOVEMENTS), counted
    await sensors.async_flush()
    await sensors.storage.async_file(sensors.nights.tonight)
    written = sensors.storage.bytes_written
    await hass.config_entries.async_unload(entry.entry_id)
    return {
        "cpu_per_movement": microseconds(samples),
        "bytes_written_night_of_1000_kb": round(written / 1024, 1),
        "tonight_file_writes": NIGHT_MOVEMENTS // 10 + 1,
    }


def storage_per_year_kb() -> float:
    """Return the size of twelve month files of nights with 800 movements."""
    first = date(2025, 1, 1)
    months: dict[str, list[Any]] = {}
    for day in range(365):
        night = first + timedelta(days=day)
        months.setdefault(f"{night:%Y-%m}", []).append(
            a_night(night, YEAR_MOVEMENTS).to_stored()
        )
    size = sum(
        len(envelope(month, {"nights": nights})) for month, nights in months.items()
    )
    return round(size / 1024, 1)


async def setup_with_two_years(
    hass: HomeAssistant, journal: dict[str, Any]
) -> dict[str, Any]:
    """Time set-up with two years of measured nights and without, beside the same journal."""
    storage = Path(hass.config.path(".storage"))
    results = {}
    for name, measured in (
        ("setup_2_years_without_movements", False),
        ("setup_2_years_with_movements", True),
    ):
        options: dict[str, Any] = {"retention_nights": 3660}
        if measured:
            options.update(movement_sensor=LEG, bed_sensor=BED)
        entry = MockConfigEntry(
            domain=DOMAIN, title=name, unique_id=name, options=options
        )
        key = f"{DOMAIN}.{entry.entry_id}"
        (storage / key).write_text(json.dumps({**journal, "key": key}))
        if measured:
            months: dict[str, list[Any]] = {}
            today = night_of(dt_util.utcnow(), dt_util.get_default_time_zone())
            for back in range(1, 731):
                night = today - timedelta(days=back)
                months.setdefault(f"{night:%Y-%m}", []).append(
                    a_night(night, YEAR_MOVEMENTS).to_stored()
                )
            for month, nights in months.items():
                month_key = f"{key}.movements.{month}"
                (storage / month_key).write_bytes(
                    envelope(month_key, {"nights": nights})
                )
        entry.add_to_hass(hass)
        samples = []
        for _ in range(SETUP_REPETITIONS):
            start = time.perf_counter()
            assert await hass.config_entries.async_setup(entry.entry_id)
            samples.append(time.perf_counter() - start)
            await hass.config_entries.async_unload(entry.entry_id)
        ordered = sorted(samples)
        results[name] = {
            "median_ms": round(statistics.median(ordered) * 1000, 1),
            "max_ms": round(ordered[-1] * 1000, 1),
            "n": len(ordered),
        }
    return results


async def run(hass: HomeAssistant, journal: dict[str, Any]) -> dict[str, Any]:
    """Run the leg-movement benchmarks."""
    return {
        "scoring_per_movement": scoring_only(),
        **await cpu_and_bytes_of_a_night(hass),
        "storage_kb_per_year_800_a_night": storage_per_year_kb(),
        **await setup_with_two_years(hass, journal),
    }


def report(results: dict[str, Any]) -> None:
    """Print the leg-movement rows."""
    for name in ("scoring_per_movement", "cpu_per_movement"):
        row = results[name]
        print(f"{name + ' (µs)':48} {row['median_us']:>10} {row['p95_us']:>10}")
    for name in ("setup_2_years_without_movements", "setup_2_years_with_movements"):
        row = results[name]
        print(f"{name:48} {row['median_ms']:>10} {row['max_ms']:>10} (max)")
    print(
        "bytes written for a night of 1,000 leg movements "
        f"(tonight's file {results['tonight_file_writes']} times, then the month's): "
        f"{results['bytes_written_night_of_1000_kb']} KB"
    )
    print(
        "storage per year at 800 leg movements a night: "
        f"{results['storage_kb_per_year_800_a_night']} KB"
    )
