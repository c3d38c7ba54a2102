"""What the twitch history costs the recorder, and the event loop's stalls; run by scripts/bench.

Bytes: a sleeper with 10 years of typical journal (its statistic written whole at set-up)
presses "log twitch" and back-fills a twitch 700 and 3,600 nights ago, interleaved. For each, the bytes
the recorder's thread hands to write() (its /proc counter: the database and its WAL) and the
WAL's growth from a truncated WAL, until the recorder has committed everything: the states of
the entities and the statistics. The coalesced history write is done at once (no 10-s wait).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
import statistics
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from sqlalchemy import text

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.components.recorder import get_instance
from homeassistant.components.recorder.util import session_scope
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
