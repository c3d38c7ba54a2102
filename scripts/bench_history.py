"""What the twitch history costs the recorder, and the panel's event-loop stalls; by scripts/bench.

Bytes: a sleeper with 10 years of typical journal (its statistic written whole at set-up)
presses "log twitch" and back-fills a twitch 700 and 3,600 nights ago, interleaved. For each, the bytes
the recorder's thread hands to write() (its /proc counter: the database and its WAL) and the
WAL's growth from a truncated WAL, until the recorder has committed everything: the states of
the entities and the statistics. The coalesced history write is done at once (no 10-s wait).

Stalls: a ticker task sleeps 1 ms at a time and keeps the longest gap between its wake-ups,
while the panel's `export` (CSV and JSON) of a 10-year journal and a 3,650-night `nights` run
through Home Assistant's WebSocket dispatch (a connection of an admin user whose messages are
serialised as the real socket does), and with nothing running (the floor), interleaved.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from itertools import count
import logging
from pathlib import Path
import statistics
import time
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from sqlalchemy import text

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.auth.const import GROUP_ID_ADMIN
from homeassistant.components.recorder import get_instance
from homeassistant.components.recorder.util import session_scope
from homeassistant.components.websocket_api import ActiveConnection
from homeassistant.components.websocket_api.http import WebSocketAdapter
from homeassistant.components.websocket_api.messages import message_to_json_bytes
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

REPETITIONS = 5
# Back-fills this many nights ago (700 in the target; 3,600 is near the 10 years' start).
BACK_FILLS = (700, 3600)

type AddSleeper = Callable[[HomeAssistant, str, int], Awaitable[MockConfigEntry]]


def _truncate_wal(hass: HomeAssistant) -> None:
    with session_scope(hass=hass) as session:
        session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def _thread_written(native_id: int) -> int:
    """Return the bytes a thread of this process has handed to write() so far."""
    for line in Path(f"/proc/self/task/{native_id}/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    raise RuntimeError("no wchar in /proc")


async def _written_by(
    hass: HomeAssistant, entry: MockConfigEntry, action: Callable[[], Awaitable[Any]]
) -> tuple[int, int]:
    """Return the recorder thread's written bytes and the WAL's growth for `action`."""
    recorder = get_instance(hass)
    assert recorder.native_id is not None
    wal = Path(hass.config.path("home-assistant_v2.db-wal"))
    await async_wait_recording_done(hass)
    await recorder.async_add_executor_job(_truncate_wal, hass)
    before = _thread_written(recorder.native_id)
    wal_before = wal.stat().st_size if wal.exists() else 0
    await action()
    entry.runtime_data.history.flush()
    await async_wait_recording_done(hass)
    return (
        _thread_written(recorder.native_id) - before,
        (wal.stat().st_size if wal.exists() else 0) - wal_before,
    )


async def run_bytes(hass: HomeAssistant, add_sleeper: AddSleeper) -> dict[str, Any]:
    """Measure a press and a back-fill 700 nights ago in a 10-year journal."""
    entry = await add_sleeper(hass, "history", 10)
    await async_wait_recording_done(hass)
    samples: dict[str, list[tuple[int, int]]] = {
        "press": [],
        **{f"back_fill_{nights}": [] for nights in BACK_FILLS},
    }

    async def press() -> None:
        await hass.services.async_call(
            "button", "press", {"entity_id": "button.history_log_twitch"}, blocking=True
        )

    for repetition in range(REPETITIONS):
        samples["press"].append(await _written_by(hass, entry, press))
        for nights in BACK_FILLS:
            when = dt_util.as_local(
                dt_util.now() - timedelta(days=nights + repetition)
            ).replace(hour=21, minute=30)

            async def back_fill(when: Any = when) -> None:
                await hass.services.async_call(
                    DOMAIN,
                    "log_twitch",
                    {"config_entry_id": entry.entry_id, "when": when.isoformat()},
                    blocking=True,
                )

            samples[f"back_fill_{nights}"].append(
                await _written_by(hass, entry, back_fill)
            )
    await hass.config_entries.async_unload(entry.entry_id)
    result: dict[str, Any] = {}
    for name, values in samples.items():
        result[name] = {
            "recorder_thread_bytes_median": statistics.median(v[0] for v in values),
            "wal_bytes_median": statistics.median(v[1] for v in values),
            "samples": values,
        }
    result["ratio_back_fill_to_press"] = round(
        result["back_fill_700"]["recorder_thread_bytes_median"]
        / result["press"]["recorder_thread_bytes_median"],
        2,
    )
    return result


def report_bytes(results: dict[str, Any]) -> None:
    """Print the bytes the recorder wrote."""
    for name in ("press", *(f"back_fill_{nights}" for nights in BACK_FILLS)):
        row = results[name]
        print(
            f"recorder bytes, {name} (10-year journal): "
            f"{row['recorder_thread_bytes_median']} written by its thread, "
            f"WAL +{row['wal_bytes_median']} (median of {REPETITIONS})"
        )
    print(
        f"ratio back-fill 700 nights ago / press: {results['ratio_back_fill_to_press']}"
    )


STALL_REPETITIONS = 5
PANEL_NIGHTS = 3650


async def _longest_gap(action: Callable[[], Awaitable[Any]]) -> float:
    """Return the longest gap, in ms, between a 1-ms ticker's wake-ups during `action`."""
    gaps: list[float] = []
    done = False

    async def tick() -> None:
        last = time.perf_counter()
        while not done:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0.01)
    await action()
    done = True
    await ticker
    return round(max(gaps) * 1000, 3)


async def run_stalls(hass: HomeAssistant, add_sleeper: AddSleeper) -> dict[str, Any]:
    """Measure the event loop's longest stall during exports and nights, and idle."""
    entry = await add_sleeper(hass, "stalls", 10)
    await async_wait_recording_done(hass)
    user = await hass.auth.async_create_user("bench", group_ids=[GROUP_ID_ADMIN])
    # One command at a time: its reply (serialised already) settles the one waiting future.
    reply: list[asyncio.Future[int]] = []

    def send(message: bytes | str | dict[str, Any]) -> None:
        sent = (
            message
            if isinstance(message, bytes | str)
            else message_to_json_bytes(message)
        )
        if '"success":true' in str(sent[:80]):
            reply[0].set_result(len(sent))
        else:
            reply[0].set_exception(RuntimeError(sent[:500]))

    connection = ActiveConnection(
        WebSocketAdapter(logging.getLogger(__name__), {"connid": "bench"}),
        hass,
        send,
        user,
        None,
        "127.0.0.1",
    )
    ids = count(1)
    tonight = entry.runtime_data.data.status.tonight
    first = tonight - timedelta(days=PANEL_NIGHTS - 1)
    commands: dict[str, dict[str, Any]] = {
        "export_csv": {"type": f"{DOMAIN}/export", "format": "csv"},
        "export_json": {"type": f"{DOMAIN}/export", "format": "json"},
        "nights_3650": {
            "type": f"{DOMAIN}/nights",
            "first_night": first.isoformat(),
            "last_night": tonight.isoformat(),
        },
    }
    sizes: dict[str, int] = {}

    def call(name: str) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            reply[:] = [hass.loop.create_future()]
            connection.async_handle(
                {"id": next(ids), "entry_id": entry.entry_id, **commands[name]}
            )
            sizes[name] = await asyncio.wait_for(reply[0], 60)

        return run

    samples: dict[str, list[float]] = {
        "floor_idle": [],
        **{name: [] for name in commands},
    }
    for _ in range(STALL_REPETITIONS):
        samples["floor_idle"].append(await _longest_gap(lambda: asyncio.sleep(0.5)))
        for name in commands:
            samples[name].append(await _longest_gap(call(name)))
    await hass.config_entries.async_unload(entry.entry_id)
    return {
        name: {
            "longest_gap_ms_median": statistics.median(values),
            "longest_gap_ms_max": max(values),
            "reply_bytes": sizes.get(name),
        }
        for name, values in samples.items()
    }


def report_stalls(results: dict[str, Any]) -> None:
    """Print the event loop's longest stalls."""
    for name, row in results.items():
        print(
            f"event loop's longest stall, {name.replace('_', ' ')} (10-year journal): "
            f"{row['longest_gap_ms_median']} ms median, {row['longest_gap_ms_max']} ms max"
            f" of {STALL_REPETITIONS}"
            + (f", reply {row['reply_bytes']} B" if row["reply_bytes"] else "")
        )
