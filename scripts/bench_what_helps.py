"""What helps: the comparisons' time, and what logging a factor costs; run by scripts/bench.

One sleeper with 10 years of What helps use (below), set up from a journal file as every
benchmark's sleepers are:

- Comparisons: `compare_factors` for 20 factors (the 15 built in and 5 custom) over the 365
  most recent nights, plain Python as the report and the panel call it; median of
  COMPARE_REPETITIONS, each beside core's `counter.increment` until the counter changes (the
  bench's floor), interleaved, in the same Home Assistant.
- A factor's press: the `log_factor` action (alcohol, 2 drinks) against the `log_twitch` action
  on the same journal, interleaved in alternating order; each until the action returns (the
  event on disk), with the bytes handed to `write_atomically` meanwhile.

10 years of What helps use, drawn with a fixed seed: the bench's typical day (caffeine at 8:00
and 13:00, moderate exercise at 18:00), late coffee on a third of the days and late vigorous
exercise on a quarter, a bedtime reading every night and a wind-down tick on half of them, each
of the 10 logged built-in factors and the 5 custom ones on 10-70 % of nights, 1-3 twitches on
about half of the nights and a calm-night answer on most others; hours in bed for every night,
so that short sleep is compared too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import date, datetime, time, timedelta
import json
from pathlib import Path
import random
import statistics
from time import perf_counter
from typing import Any
from unittest.mock import patch

from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.coach.comparisons import compare_factors
from custom_components.sleep_twitch_coach.coach.events import (
    BedtimeSnapshot,
    Caffeine,
    CalmNight,
    Exercise,
    FactorReport,
    Intensity,
    JournalEvent,
    RoutineStep,
    Twitch,
    event_to_storage,
)
from custom_components.sleep_twitch_coach.coach.factors import Factor, NightContext
from custom_components.sleep_twitch_coach.coach.nights import night_of
from custom_components.sleep_twitch_coach.const import DOMAIN
from custom_components.sleep_twitch_coach.custom_factors import custom_factor_key
from custom_components.sleep_twitch_coach.store import envelope as coach_files
from custom_components.sleep_twitch_coach.store.files import write_atomically
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

YEARS = 10
COMPARE_NIGHTS = 365
COMPARE_REPETITIONS = 50
PRESS_REPETITIONS = 200
TARGET_MS = 20
SEED = 23
CUSTOM_NAMES = ("Late screen work", "Cold feet", "Long drive", "Spicy dinner", "Sauna")
# The chance of each logged factor on a night, and its amount if it takes one.
LOGGED_CHANCES: dict[str, float] = {
    Factor.ALCOHOL: 0.35,
    Factor.STRESS: 0.3,
    Factor.WATER: 0.7,
    Factor.MAGNESIUM: 0.3,
    Factor.SCREENS_IN_BED: 0.25,
    Factor.HEAVY_LATE_MEAL: 0.15,
    Factor.NICOTINE: 0.1,
    Factor.LONG_STANDING: 0.2,
    Factor.WARM_BATH: 0.2,
    Factor.RELAXATION: 0.4,
    **{
        custom_factor_key(name): 0.1 + 0.05 * index
        for index, name in enumerate(CUSTOM_NAMES)
    },
}
AMOUNTS: dict[str, Callable[[random.Random], float]] = {
    Factor.ALCOHOL: lambda pick: pick.randint(1, 4),
    Factor.STRESS: lambda pick: pick.randint(1, 3),
    Factor.WATER: lambda pick: round(pick.uniform(1.0, 3.0), 1),
}
FLOOR = "counter.floor"

# bench.until_state_changes: the seconds from an action until an entity changes state.
type UntilChanged = Callable[
    [HomeAssistant, str, Callable[[], Awaitable[Any]]], Awaitable[float]
]


def what_helps_events(until: datetime) -> list[JournalEvent]:
    """Return 10 years of What helps use before the night of `until`, oldest first."""
    tz = dt_util.get_default_time_zone()
    pick = random.Random(SEED)
    tonight = night_of(until, tz)
    events: list[JournalEvent] = []
    for back in range(365 * YEARS, 0, -1):
        night = tonight - timedelta(days=back)

        def at(hour: int, minute: int = 0, night: date = night) -> datetime:
            day = night if hour >= 12 else night + timedelta(days=1)
            return datetime.combine(day, time(hour, minute), tz)

        events += [
            Caffeine(time=at(8)),
            Caffeine(time=at(13), amount_mg=95),
            Exercise(time=at(18), intensity=Intensity.MODERATE, duration_min=40),
            BedtimeSnapshot(
                time=at(22, 30), temperature_c=round(pick.uniform(16.5, 21.5), 1)
            ),
        ]
        if pick.random() < 1 / 3:
            events.append(Caffeine(time=at(16, 30), amount_mg=95))
        if pick.random() < 1 / 4:
            events.append(Exercise(time=at(20, 45), duration_min=40))
        if pick.random() < 1 / 2:
            events.append(RoutineStep(time=at(22), step="stretch"))
        for minute, (factor, chance) in enumerate(LOGGED_CHANCES.items()):
            if pick.random() < chance:
                amount = AMOUNTS[factor](pick) if factor in AMOUNTS else None
                events.append(
                    FactorReport(time=at(21, minute), factor=factor, amount=amount)
                )
        if pick.random() < 0.5:
            events += [
                Twitch(time=at(23, 10) if number == 0 else at(2, 10 * number))
                for number in range(pick.randint(1, 3))
            ]
        elif pick.random() < 0.8:
            events.append(CalmNight(time=at(7, 30)))
    return events


async def add_what_helps_sleeper(hass: HomeAssistant) -> MockConfigEntry:
    """Add a sleeper with 10 years of What helps use and 5 custom factors."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="helps",
        unique_id="helps",
        options={"retention_nights": 3660, "custom_factors": list(CUSTOM_NAMES)},
    )
    key = f"{DOMAIN}.{entry.entry_id}"
    events = [event_to_storage(event) for event in what_helps_events(dt_util.utcnow())]
    path = Path(hass.config.path(".storage", key))
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        json.dumps(
            {"version": 1, "minor_version": 1, "key": key, "data": {"events": events}}
        )
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


def summary(samples: list[float]) -> dict[str, float]:
    """Return the median and 95th percentile in milliseconds."""
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(ordered[max(int(len(ordered) * 0.95) - 1, 0)] * 1000, 3),
        "n": len(ordered),
    }


async def run_comparisons(
    hass: HomeAssistant, entry: MockConfigEntry, until_changed: UntilChanged
) -> dict[str, Any]:
    """Time compare_factors for 20 factors over 365 nights, beside the counter floor."""

    def floor() -> Awaitable[float]:
        return until_changed(
            hass,
            FLOOR,
            lambda: hass.services.async_call(
                "counter", "increment", {"entity_id": FLOOR}
            ),
        )

    coordinator = entry.runtime_data
    journal = coordinator.journal
    tonight = coordinator.data.status.tonight
    nights = [
        tonight - timedelta(days=back) for back in range(COMPARE_NIGHTS - 1, -1, -1)
    ]
    context = NightContext(
        coordinator.routine,
        custom=coordinator.custom_factors,
        # A bed sensor's hours for every night: short sleep is known, as with one.
        in_bed_hours={
            tonight - timedelta(days=back): 6.0 + back % 4 * 0.5
            for back in range(COMPARE_NIGHTS + 1)
        },
    )
    assert len(context.keys) == len(Factor) + len(CUSTOM_NAMES) == 20
    samples: list[float] = []
    floors: list[float] = []
    # Interleaved in alternating order, as the presses of scripts/bench are.
    for repetition in range(COMPARE_REPETITIONS):
        if repetition % 2:
            floors.append(await floor())
        start = perf_counter()
        results = compare_factors(journal, context, nights)
        samples.append(perf_counter() - start)
        if not repetition % 2:
            floors.append(await floor())
        await hass.async_block_till_done()
    result: dict[str, Any] = {
        "compare_factors": summary(samples),
        "floor_core_counter": summary(floors),
        "factors": len(results),
        "factors_tested": sum(item.p_value is not None for item in results),
        "recorded_nights": max(
            item.nights_with + item.nights_without for item in results
        ),
        "events": len(journal),
        "verdicts": Counter(item.verdict.value for item in results),
    }
    result["ratio_to_core_counter"] = round(
        result["compare_factors"]["median_ms"]
        / result["floor_core_counter"]["median_ms"],
        1,
    )
    result["target_met"] = result["compare_factors"]["median_ms"] < TARGET_MS
    return result


async def run_presses(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any]:
    """Time log_factor against log_twitch on the same journal, with the bytes written."""
    cases: dict[str, dict[str, Any]] = {
        "log_twitch": {},
        "log_factor": {"factor": Factor.ALCOHOL.value, "amount": 2},
    }
    payloads: list[bytes] = []

    def counting_write(path: Path, payload: bytes) -> None:
        payloads.append(payload)
        write_atomically(path, payload)

    samples: dict[str, list[float]] = {name: [] for name in cases}
    written: dict[str, list[int]] = {name: [] for name in cases}
    for repetition in range(PRESS_REPETITIONS):
        order = list(cases.items())
        if repetition % 2:
            order.reverse()
        for name, data in order:
            payloads.clear()
            with patch.object(coach_files, "write_atomically", counting_write):
                start = perf_counter()
                await hass.services.async_call(
                    DOMAIN,
                    name,
                    {"config_entry_id": entry.entry_id, **data},
                    blocking=True,
                )
                samples[name].append(perf_counter() - start)
            written[name].append(sum(len(payload) for payload in payloads))
            await hass.async_block_till_done()
    result: dict[str, Any] = {
        name: {
            **summary(values),
            "bytes_median": statistics.median(written[name]),
        }
        for name, values in samples.items()
    }
    result["ratio_time_factor_to_twitch"] = round(
        result["log_factor"]["median_ms"] / result["log_twitch"]["median_ms"], 2
    )
    result["ratio_bytes_factor_to_twitch"] = round(
        result["log_factor"]["bytes_median"] / result["log_twitch"]["bytes_median"], 3
    )
    return result


async def run(hass: HomeAssistant, until_changed: UntilChanged) -> dict[str, Any]:
    """Set up the sleeper and run both measures; core's counter is the floor."""
    # Set up by the press benchmark in a full run; alone, here.
    if hass.states.get(FLOOR) is None:
        assert await async_setup_component(hass, "counter", {"counter": {"floor": {}}})
    entry = await add_what_helps_sleeper(hass)
    results = {
        "comparisons_365_nights_20_factors": await run_comparisons(
            hass, entry, until_changed
        ),
        "factor_press": await run_presses(hass, entry),
    }
    await hass.config_entries.async_unload(entry.entry_id)
    return results


def report(results: dict[str, Any]) -> None:
    """Print the comparisons' time and a factor's press against a twitch's."""
    compare = results["comparisons_365_nights_20_factors"]
    timed, floor = compare["compare_factors"], compare["floor_core_counter"]
    print(
        f"compare_factors, {compare['factors']} factors ({compare['factors_tested']} with "
        f"enough nights) over {COMPARE_NIGHTS} nights ({compare['recorded_nights']} recorded) "
        f"of a 10-year journal ({compare['events']} events): {timed['median_ms']} ms median, "
        f"{timed['p95_ms']} ms p95 of {timed['n']} (target under {TARGET_MS} ms: "
        f"{'met' if compare['target_met'] else 'not met'}); "
        f"{compare['ratio_to_core_counter']}× core's counter ({floor['median_ms']} ms)"
    )
    presses = results["factor_press"]
    for name in ("log_twitch", "log_factor"):
        row = presses[name]
        print(
            f"{name} until on disk (10-year journal): {row['median_ms']} ms median, "
            f"{row['p95_ms']} ms p95, {row['bytes_median']} B written (median of {row['n']})"
        )
    print(
        f"ratio log_factor / log_twitch: {presses['ratio_time_factor_to_twitch']} in time, "
        f"{presses['ratio_bytes_factor_to_twitch']} in bytes written"
    )
