"""Benchmark Sleep Twitch Coach against Home Assistant's own floor, in one Home Assistant.

Run through scripts/bench. Prints a table and writes .bench/results.json; `scripts/bench history`
runs only the twitch history's bytes and the event loop's stalls (.bench/history.json),
`scripts/bench what_helps` only the factor comparisons and a factor's press
(.bench/what_helps.json), and `scripts/bench movements` only the leg movements'
(.bench/movements.json).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
import json
import os
from pathlib import Path
import socket
import statistics
import sys
import tempfile
import time
from typing import Any
from unittest.mock import patch

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

import bench_history  # noqa: E402
import bench_movements  # noqa: E402
import bench_recorder  # noqa: E402
import bench_what_helps  # noqa: E402
from pytest_homeassistant_custom_component.common import (  # noqa: E402
    MockConfigEntry,
    async_test_home_assistant,
)

import custom_components.sleep_twitch_coach  # noqa: E402, F401  (before the harness's own)
from custom_components.sleep_twitch_coach.coach.checklist import Thresholds, evaluate  # noqa: E402
from custom_components.sleep_twitch_coach.coach.events import event_from_storage  # noqa: E402
from custom_components.sleep_twitch_coach.coach.factors import NightContext  # noqa: E402
from custom_components.sleep_twitch_coach.coach.journal import Journal, journal_begins  # noqa: E402
from custom_components.sleep_twitch_coach.coach.nights import night_of  # noqa: E402
from custom_components.sleep_twitch_coach.coach.report.markdown import report_response  # noqa: E402
from custom_components.sleep_twitch_coach.coach.report.model import build_report  # noqa: E402
from custom_components.sleep_twitch_coach.coach.status import Routine  # noqa: E402
from custom_components.sleep_twitch_coach.const import DOMAIN  # noqa: E402
from custom_components.sleep_twitch_coach.store import envelope as coach_files  # noqa: E402
from custom_components.sleep_twitch_coach.store.files import write_atomically  # noqa: E402
from homeassistant import loader  # noqa: E402
from homeassistant.core import HomeAssistant, callback  # noqa: E402
from homeassistant.helpers import recorder as recorder_helper  # noqa: E402
from homeassistant.helpers.event import async_track_state_change_event  # noqa: E402
from homeassistant.setup import async_setup_component  # noqa: E402
from homeassistant.util import dt as dt_util  # noqa: E402

REPETITIONS = 200
# What a durable press is compared with: the same bytes written and fsynced without the coach.
FLOORS = (
    "floor_bare_write_fsync",
    "floor_write_fsync_rename_dir_fsync",
    "floor_bare_write_fsync_from_event_loop",
)
SETUP_REPETITIONS = 20
OPTIONS = {"retention_nights": 3660}


def typical_year_events(years: int, until: datetime) -> list[dict[str, Any]]:
    """Return `years` of typical use: 3 twitches a night, 2 caffeine and 1 exercise a day."""
    events: list[dict[str, Any]] = []
    day = (until - timedelta(days=365 * years)).replace(hour=0, minute=0, second=0)
    while day < until - timedelta(days=1):
        for hours, kind, extra in (
            (8, "caffeine", {}),
            (13, "caffeine", {"amount_mg": 95}),
            (18, "exercise", {"intensity": "moderate", "duration_min": 40}),
            (23, "twitch", {}),
            (25, "twitch", {"woke_up": True}),
            (27.5, "twitch", {}),
        ):
            moment = day + timedelta(hours=hours)
            events.append({"kind": kind, "time": moment.isoformat(), **extra})
        day += timedelta(days=1)
    return events


def stored(key: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    """Return a journal file's content."""
    return {"version": 1, "minor_version": 1, "key": key, "data": {"events": events}}


def summary(samples: list[float]) -> dict[str, float]:
    """Return the median and 95th percentile in milliseconds."""
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3),
        "n": len(ordered),
    }


async def until_state_changes(
    hass: HomeAssistant, entity_id: str, action: Callable[[], Awaitable[Any]]
) -> float:
    """Return the seconds from starting `action` until `entity_id` changes state."""
    changed: asyncio.Future[float] = hass.loop.create_future()

    @callback  # runs in the event loop the moment the state is written
    def on_change(_event: Any) -> None:
        if not changed.done():
            changed.set_result(time.perf_counter())

    unsub = async_track_state_change_event(hass, [entity_id], on_change)
    start = time.perf_counter()
    await action()
    try:
        end = await asyncio.wait_for(changed, timeout=10)
    except TimeoutError:
        raise RuntimeError(f"{entity_id} did not change within 10 s") from None
    finally:
        unsub()
    return end - start


def floor_write(folder: Path, payload: bytes, rename: bool) -> float:
    """Return the seconds to write `payload` to a new file and fsync it, without the coach.

    With `rename`, also rename it over a file and fsync the folder, as an atomic write does.
    """
    temporary, target = folder / "bench_floor.tmp", folder / "bench_floor"
    start = time.perf_counter()
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    assert os.write(descriptor, payload) == len(payload)
    os.fsync(descriptor)
    os.close(descriptor)
    if rename:
        temporary.replace(target)
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        os.fsync(descriptor)
        os.close(descriptor)
    elapsed = time.perf_counter() - start
    temporary.unlink(missing_ok=True)
    return elapsed


async def add_sleeper(hass: HomeAssistant, name: str, years: int) -> MockConfigEntry:
    """Add a sleeper whose journal file holds `years` of typical use."""
    entry = MockConfigEntry(domain=DOMAIN, title=name, unique_id=name, options=OPTIONS)
    key = f"{DOMAIN}.{entry.entry_id}"
    path = Path(hass.config.path(".storage", key))
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        json.dumps(stored(key, typical_year_events(years, dt_util.utcnow())))
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def add_do_it_yourself(hass: HomeAssistant) -> None:
    """Build what users build today from core helpers, next to a bare core counter.

    A bedside input_button; an automation that counts the press and marks the night; a
    history_stats sensor counting the nights marked in the last 7 days. The mark would be
    cleared at noon by another automation; the benchmark clears it before each press.
    """
    assert await async_setup_component(
        hass, "counter", {"counter": {"floor": {}, "diy": {}}}
    )
    assert await async_setup_component(
        hass, "input_button", {"input_button": {"bedside": {}}}
    )
    assert await async_setup_component(
        hass, "input_boolean", {"input_boolean": {"twitched_tonight": {}}}
    )
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "alias": "diy twitch count",
                "triggers": {"trigger": "state", "entity_id": "input_button.bedside"},
                "actions": [
                    {
                        "action": "counter.increment",
                        "target": {"entity_id": "counter.diy"},
                    },
                    {
                        "action": "input_boolean.turn_on",
                        "target": {"entity_id": "input_boolean.twitched_tonight"},
                    },
                ],
            }
        },
    )
    assert await async_setup_component(
        hass,
        "sensor",
        {
            "sensor": {
                "platform": "history_stats",
                "name": "diy twitch nights 7d",
                "entity_id": "input_boolean.twitched_tonight",
                "state": "on",
                "type": "count",
                "end": "{{ now() }}",
                "duration": {"days": 7},
            }
        },
    )
    await hass.async_block_till_done()


async def bench_latency(hass: HomeAssistant) -> dict[str, Any]:
    """Press-to-count latency: the coach (1 and 10 years), a core counter and the DIY helpers."""
    # First: the sensor platform of history_stats is read when `sensor` is set up.
    await add_do_it_yourself(hass)
    one = await add_sleeper(hass, "one", 1)
    ten = await add_sleeper(hass, "ten", 10)

    def call(domain: str, service: str, entity_id: str) -> Callable[[], Awaitable[Any]]:
        return lambda: hass.services.async_call(
            domain, service, {"entity_id": entity_id}
        )

    cases = {
        "coach_1_year": (
            "sensor.one_twitches_tonight",
            call("button", "press", "button.one_log_twitch"),
        ),
        "coach_10_years": (
            "sensor.ten_twitches_tonight",
            call("button", "press", "button.ten_log_twitch"),
        ),
        "core_counter": (
            "counter.floor",
            call("counter", "increment", "counter.floor"),
        ),
        "diy_input_button_automation_counter": (
            "counter.diy",
            call("input_button", "press", "input_button.bedside"),
        ),
        "diy_history_stats_twitch_nights_7d": (
            "sensor.diy_twitch_nights_7d",
            call("input_button", "press", "input_button.bedside"),
        ),
    }
    samples: dict[str, list[float]] = {name: [] for name in cases}
    on_disk: list[float] = []
    # The floor of a durable press, timed in the executor's thread on the same folder and bytes.
    floors: dict[str, list[float]] = {"bare": [], "rename": [], "bare_from_loop": []}
    payloads: list[bytes] = []  # what the coach writes during one timed press
    per_press: list[int] = []

    def counting_write(path: Path, payload: bytes) -> None:
        payloads.append(payload)
        write_atomically(path, payload)

    folder = Path(hass.config.path(".storage"))
    for repetition in range(REPETITIONS):
        # Side by side, interleaved, in alternating order: a case right after another does
        # not always pay for the other's recorder work.
        order = list(cases.items())
        if repetition % 2:
            order.reverse()
        for name, (entity_id, action) in order:
            # Clear the night's mark first, as the noon automation would.
            if entity_id == "sensor.diy_twitch_nights_7d":
                await hass.services.async_call(
                    "input_boolean",
                    "turn_off",
                    {"entity_id": "input_boolean.twitched_tonight"},
                    blocking=True,
                )
                await hass.async_block_till_done()
            samples[name].append(await until_state_changes(hass, entity_id, action))
            await hass.async_block_till_done()
        # The press's action returns once the journal is on disk.
        payloads.clear()
        with patch.object(coach_files, "write_atomically", counting_write):
            start = time.perf_counter()
            await hass.services.async_call(
                "button", "press", {"entity_id": "button.one_log_twitch"}, blocking=True
            )
            on_disk.append(time.perf_counter() - start)
        await hass.async_block_till_done()
        per_press.append(sum(len(payload) for payload in payloads))
        written = b"".join(payloads)
        for kind in ("bare", "rename"):
            floors[kind].append(
                await hass.async_add_executor_job(
                    floor_write, folder, written, kind == "rename"
                )
            )
        # The same bare write as an executor job awaited from the event loop: what any
        # integration pays at least, the hand-over to a worker thread included.
        start = time.perf_counter()
        await hass.async_add_executor_job(floor_write, folder, written, False)
        floors["bare_from_loop"].append(time.perf_counter() - start)
    (folder / "bench_floor").unlink(missing_ok=True)
    result: dict[str, Any] = {name: summary(values) for name, values in samples.items()}
    result["coach_1_year_action_returns_on_disk"] = summary(on_disk)
    result["floor_bare_write_fsync"] = summary(floors["bare"])
    result["floor_write_fsync_rename_dir_fsync"] = summary(floors["rename"])
    result["floor_bare_write_fsync_from_event_loop"] = summary(floors["bare_from_loop"])
    for name in FLOORS:
        result[f"ratio_on_disk_to_{name}"] = round(
            result["coach_1_year_action_returns_on_disk"]["median_ms"]
            / result[name]["median_ms"],
            2,
        )
    # Sum of the payloads handed to write_atomically during each timed press.
    result["bytes_written_per_press"] = {
        "median": statistics.median(per_press),
        "min": min(per_press),
        "max": max(per_press),
    }
    floor = result["core_counter"]["median_ms"]
    result["ratio_1_year_to_counter"] = round(
        result["coach_1_year"]["median_ms"] / floor, 2
    )
    result["ratio_10_years_to_1_year"] = round(
        result["coach_10_years"]["median_ms"] / result["coach_1_year"]["median_ms"], 2
    )
    for entry in (one, ten):
        await hass.config_entries.async_unload(entry.entry_id)
    return result


async def bench_setup(hass: HomeAssistant, years: int) -> dict[str, Any]:
    """Time setting up one config entry whose journal holds `years` of typical use."""
    entry = await add_sleeper(hass, f"setup{years}", years)
    samples = []
    for _ in range(SETUP_REPETITIONS):
        await hass.config_entries.async_unload(entry.entry_id)
        start = time.perf_counter()
        assert await hass.config_entries.async_setup(entry.entry_id)
        samples.append(time.perf_counter() - start)
    events = len(entry.runtime_data.journal)
    await hass.config_entries.async_unload(entry.entry_id)
    return {**summary(samples), "events": events}


def bench_checklist_and_report() -> dict[str, Any]:
    """Time the full checklist and a 90-night report over 10 years of journal.

    The report compares the factors over its default 90 nights too; typical use has none on
    both sides (scripts/bench_what_helps.py times the comparisons themselves).
    """
    tz = dt_util.get_default_time_zone()
    now = datetime.now(UTC)
    journal = Journal(
        tz, [event_from_storage(item) for item in typical_year_events(10, now)]
    )
    tonight = night_of(now, tz)
    samples = []
    for _ in range(50):
        start = time.perf_counter()
        checklist = evaluate(journal, tonight, Thresholds(), iron_deficiency=False)
        report_response(
            build_report(
                journal,
                NightContext(Routine()),
                checklist,
                tonight,
                90,
                sleeper="bench",
                unit="°C",
                to_display_unit=float,
                begins=journal_begins(tonight, journal.nights(), ()),
            )
        )
        samples.append(time.perf_counter() - start)
    return {**summary(samples), "events": len(journal)}


async def storage_kb_per_year(hass: HomeAssistant) -> float:
    """Return the size of the file Home Assistant writes for one year of typical use."""
    entry = await add_sleeper(hass, "size", 1)
    # One press makes Home Assistant write the file in its own format.
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.size_log_twitch"}, blocking=True
    )
    storage = Path(hass.config.path(".storage"))
    await hass.config_entries.async_unload(entry.entry_id)
    files = storage.glob(f"{DOMAIN}.{entry.entry_id}*")
    return round(sum(file.stat().st_size for file in files) / 1024, 1)


def free_port() -> int:
    """Return a loopback port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def only_history(hass: HomeAssistant) -> None:
    """Run the twitch history's benchmarks alone and report them."""
    results = {
        "history_bytes": await bench_history.run_bytes(hass, add_sleeper),
        "loop_stalls": await bench_history.run_stalls(hass, add_sleeper),
    }
    await hass.async_stop(force=True)
    out = ROOT / ".bench" / "history.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    bench_history.report_bytes(results["history_bytes"])
    bench_history.report_stalls(results["loop_stalls"])
    print(f"written to {out}")


async def only_what_helps(hass: HomeAssistant) -> None:
    """Run What helps' benchmarks alone and report them."""
    results = await bench_what_helps.run(hass, until_state_changes)
    await hass.async_stop(force=True)
    out = ROOT / ".bench" / "what_helps.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    bench_what_helps.report(results)
    print(f"written to {out}")


async def only_movements(hass: HomeAssistant) -> None:
    """Run the leg movements' benchmarks alone and report them."""
    results = await bench_movements.run(hass, two_years_of_journal())
    await hass.async_stop(force=True)
    out = ROOT / ".bench" / "movements.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    bench_movements.report(results)
    print(f"written to {out}")


def two_years_of_journal() -> dict[str, Any]:
    """Return the journal the leg movements' set-up is timed beside."""
    return stored("journal", typical_year_events(2, dt_util.utcnow()))


async def main() -> None:
    """Run every benchmark in one Home Assistant and report."""
    with tempfile.TemporaryDirectory() as config_dir:
        async with async_test_home_assistant(config_dir=config_dir) as hass:
            hass.data.pop(loader.DATA_CUSTOM_COMPONENTS)
            await hass.config.async_set_time_zone("Europe/Berlin")
            # The to-do platform needs `http`: on a free loopback port, so that the benchmark
            # runs beside a demo on 8123.
            assert await async_setup_component(
                hass,
                "http",
                {"http": {"server_host": ["127.0.0.1"], "server_port": free_port()}},
            )
            # As in a real installation, the recorder writes every state change (and
            # history_stats reads from it). Home Assistant's start-up prepares it so.
            recorder_helper.async_initialize_recorder(hass)
            assert await async_setup_component(hass, "recorder", {"recorder": {}})
            if sys.argv[1:] == ["history"]:
                await only_history(hass)
                return
            if sys.argv[1:] == ["what_helps"]:
                await only_what_helps(hass)
                return
            if sys.argv[1:] == ["movements"]:
                await only_movements(hass)
                return
            results: dict[str, Any] = {
                "press_to_count_latency": await bench_latency(hass),
                "setup_3_years": await bench_setup(hass, 3),
                "setup_10_years": await bench_setup(hass, 10),
                "checklist_and_report_90_nights_10_years": bench_checklist_and_report(),
                "storage_kb_per_year": await storage_kb_per_year(hass),
                "recorder_per_night": await bench_recorder.run(hass),
                "history_bytes": await bench_history.run_bytes(hass, add_sleeper),
                "loop_stalls": await bench_history.run_stalls(hass, add_sleeper),
                "leg_movements": await bench_movements.run(
                    hass, two_years_of_journal()
                ),
                "what_helps": await bench_what_helps.run(hass, until_state_changes),
            }
            await hass.async_stop(force=True)
    out = ROOT / ".bench" / "results.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    latency = results["press_to_count_latency"]
    print(f"{'measure':48} {'median ms':>10} {'p95 ms':>10}")
    for name in (
        "coach_1_year",
        "coach_10_years",
        "core_counter",
        "diy_input_button_automation_counter",
        "diy_history_stats_twitch_nights_7d",
        "coach_1_year_action_returns_on_disk",
        *FLOORS,
    ):
        label = name if name.startswith("floor") else "press to count: " + name
        print(
            f"{label:48} {latency[name]['median_ms']:>10} {latency[name]['p95_ms']:>10}"
        )
    for name in (
        "setup_3_years",
        "setup_10_years",
        "checklist_and_report_90_nights_10_years",
    ):
        print(
            f"{name:48} {results[name]['median_ms']:>10} {results[name]['p95_ms']:>10}"
        )
    print(f"ratio coach (1 year) / core counter: {latency['ratio_1_year_to_counter']}")
    print(f"ratio coach 10 years / 1 year: {latency['ratio_10_years_to_1_year']}")
    for name in FLOORS:
        ratio = latency[f"ratio_on_disk_to_{name}"]
        print(f"ratio press until durable / {name}: {ratio}")
    written = latency["bytes_written_per_press"]
    print(
        f"bytes written per press (payloads to write_atomically): median {written['median']}"
        f", min {written['min']}, max {written['max']}"
    )
    print(f"storage per year of typical use: {results['storage_kb_per_year']} KB")
    bench_recorder.report(results["recorder_per_night"])
    bench_history.report_bytes(results["history_bytes"])
    bench_history.report_stalls(results["loop_stalls"])
    bench_movements.report(results["leg_movements"])
    bench_what_helps.report(results["what_helps"])
    print(f"written to {out}")


if __name__ == "__main__":
    asyncio.run(main())
