"""Twitch history in the long-term statistics, read back through the recorder's own API."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.components.recorder import Recorder, get_instance
from homeassistant.components.recorder.statistics import (
    async_add_external_statistics,
    list_statistic_ids,
    statistics_during_period,
)
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .conftest import act, first_layout_file, setup_entry, sleeper_entry, stored

NOW = datetime.fromisoformat("2026-11-16T23:20:00+01:00")


@pytest.fixture
def mock_recorder_before_hass(async_setup_recorder_instance: Any) -> None:
    """Prepare the recorder before Home Assistant (this module's tests use a real one)."""


@pytest.fixture
async def recorded(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> MockConfigEntry:
    """Set up Alex at 23:20 with Home Assistant's recorder running."""
    freezer.move_to(NOW)
    return await setup_entry(hass, sleeper_entry())


def statistic(entry: MockConfigEntry) -> str:
    """Return the sleeper's statistic id."""
    return f"{DOMAIN}:twitches_{entry.entry_id.lower()}"


async def rows(
    hass: HomeAssistant, entry: MockConfigEntry
) -> list[tuple[str, float, float]]:
    """Return the hourly rows as (local start, state, sum), read through the recorder."""
    await async_wait_recording_done(hass)
    found = await get_instance(hass).async_add_executor_job(
        statistics_during_period,
        hass,
        NOW - timedelta(days=30),
        None,
        {statistic(entry)},
        "hour",
        None,
        {"state", "sum"},
    )
    return [
        (
            dt_util.as_local(dt_util.utc_from_timestamp(row["start"])).strftime(
                "%d %H:%M"
            ),
            row["state"],
            row["sum"],
        )
        for row in found.get(statistic(entry), [])
    ]


async def changes(
    hass: HomeAssistant, entry: MockConfigEntry, period: str, start: datetime
) -> dict[str, float]:
    """Return what the statistics graph card shows: the change per period, by local start."""
    shown = "%m-%d %H" if period == "hour" else "%m-%d"
    await async_wait_recording_done(hass)
    found = await get_instance(hass).async_add_executor_job(
        statistics_during_period,
        hass,
        start,
        None,
        {statistic(entry)},
        period,
        None,
        {"change"},
    )
    local = [
        (dt_util.as_local(dt_util.utc_from_timestamp(row["start"])), row["change"])
        for row in found.get(statistic(entry), [])
    ]
    return {start.strftime(shown): change for start, change in local}


async def log_twitch(hass: HomeAssistant, entry: MockConfigEntry, **data: Any) -> None:
    """Log a twitch through the action."""
    await act(hass, entry, "log_twitch", **data)


async def written(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Let the coalesced statistics write happen (within 10 seconds of a change)."""
    freezer.tick(timedelta(seconds=10))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()


async def test_twitches_become_hourly_sums(
    hass: HomeAssistant, recorded: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """Two twitches at 23:20 and a back-filled one at 21:05 two days ago: sums rewritten."""
    await log_twitch(hass, recorded)
    await log_twitch(hass, recorded)
    # Written together, within 10 seconds: a burst of presses is one import.
    assert await rows(hass, recorded) == []
    await written(hass, freezer)
    assert await rows(hass, recorded) == [("16 23:00", 2.0, 2.0)]

    await log_twitch(hass, recorded, when="2026-11-14T21:05:00+01:00")
    await written(hass, freezer)
    # Rows only for hours with twitches: the later sums move up.
    assert await rows(hass, recorded) == [
        ("14 21:00", 1.0, 1.0),
        ("16 23:00", 2.0, 3.0),
    ]

    metadata = await get_instance(hass).async_add_executor_job(
        list_statistic_ids, hass, {statistic(recorded)}
    )
    assert metadata[0]["source"] == DOMAIN
    assert metadata[0]["has_sum"] is True
    assert metadata[0]["mean_type"] == 0
    assert metadata[0]["name"] == "Alex twitches"


async def test_twitches_tonight_is_drawn_from_its_states_in_whole_twitches(
    hass: HomeAssistant, recorded: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """Home Assistant keeps no means of the count, so its history shows steps, not a curve."""
    await log_twitch(hass, recorded)
    await log_twitch(hass, recorded)
    await written(hass, freezer)
    await async_wait_recording_done(hass)
    listed = await get_instance(hass).async_add_executor_job(list_statistic_ids, hass)
    ids = {item["statistic_id"] for item in listed}
    assert "sensor.alex_twitches_tonight" not in ids
    assert statistic(recorded) in ids
    # A unit makes it a line of steps in the history graph, not a timeline of texts.
    count = hass.states.get("sensor.alex_twitches_tonight")
    assert (count.state, count.attributes["unit_of_measurement"]) == ("2", "twitches")


async def test_the_graph_shows_back_filled_and_undone_twitches_in_their_periods(
    hass: HomeAssistant, recorded: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """Per hour, day, week and month, the change is the twitches the journal holds there."""
    await log_twitch(hass, recorded)
    await log_twitch(hass, recorded)
    await written(hass, freezer)
    await log_twitch(hass, recorded, when="2026-11-14T21:05:00+01:00")
    await written(hass, freezer)
    # Two back-fills and an undo of the newest, written together.
    await log_twitch(hass, recorded, when="2026-10-03T08:00:00+02:00")
    await log_twitch(hass, recorded, when="2026-11-15T02:10:00+01:00")
    await act(hass, recorded, "undo_last")
    await written(hass, freezer)

    start = datetime.fromisoformat("2026-09-28T00:00:00+02:00")
    # The back-fill undone before it was written left no row.
    assert await changes(hass, recorded, "hour", start) == {
        "10-03 08": 1.0,
        "11-14 21": 1.0,
        "11-16 23": 2.0,
    }
    assert await changes(hass, recorded, "day", start) == {
        "10-03": 1.0,
        "11-14": 1.0,
        "11-16": 2.0,
    }
    assert await changes(hass, recorded, "week", start) == {
        "09-28": 1.0,
        "11-09": 1.0,
        "11-16": 2.0,
    }
    assert await changes(hass, recorded, "month", start) == {
        "10-01": 1.0,
        "11-01": 3.0,
    }
    # A graph that starts after the oldest twitch counts from the row before it.
    assert await changes(
        hass, recorded, "day", datetime.fromisoformat("2026-11-15T00:00:00+01:00")
    ) == {"11-16": 2.0}


async def test_rows_of_every_hour_from_before_are_shifted_too(
    hass: HomeAssistant, recorded: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """The rows an earlier version wrote for every hour after a change move with the sums."""
    await log_twitch(hass, recorded)
    await written(hass, freezer)
    first = datetime.fromisoformat("2026-11-16T20:00:00+01:00")
    async_add_external_statistics(
        hass,
        recorded.runtime_data.history._metadata,  # noqa: SLF001
        [
            {"start": first + timedelta(hours=hour), "state": 0, "sum": 0}
            for hour in range(3)
        ],
    )
    await log_twitch(hass, recorded, when="2026-11-16T19:30:00+01:00")
    await written(hass, freezer)
    assert await rows(hass, recorded) == [
        ("16 19:00", 1.0, 1.0),
        ("16 20:00", 0.0, 1.0),
        ("16 21:00", 0.0, 1.0),
        ("16 22:00", 0.0, 1.0),
        ("16 23:00", 1.0, 2.0),
    ]


async def test_an_undone_twitch_leaves_its_hour(
    hass: HomeAssistant, recorded: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """Undo takes the twitch out of its hour's count and of the sum."""
    await log_twitch(hass, recorded)
    await log_twitch(hass, recorded)
    await act(hass, recorded, "undo_last")
    await written(hass, freezer)
    assert await rows(hass, recorded) == [("16 23:00", 1.0, 1.0)]
    await act(hass, recorded, "undo_last")
    await written(hass, freezer)
    assert await rows(hass, recorded) == [("16 23:00", 0.0, 0.0)]


async def test_a_twitch_removed_by_its_time_leaves_its_hour(
    hass: HomeAssistant, recorded: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """Removing an older twitch by its time (the panel's Remove) takes it out of its hour."""
    await log_twitch(hass, recorded, when="2026-11-16T22:10:00+01:00")
    await log_twitch(hass, recorded)
    await written(hass, freezer)
    await act(
        hass, recorded, "undo_last", kind="twitch", when="2026-11-16T22:10:00+01:00"
    )
    await written(hass, freezer)
    assert await rows(hass, recorded) == [
        ("16 22:00", 0.0, 0.0),
        ("16 23:00", 1.0, 1.0),
    ]


async def test_a_pending_write_is_done_when_home_assistant_stops(
    hass: HomeAssistant, recorded: MockConfigEntry
) -> None:
    """A twitch logged just before Home Assistant stops still reaches the statistics."""
    await log_twitch(hass, recorded)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STOP)
    await hass.async_block_till_done()
    assert await rows(hass, recorded) == [("16 23:00", 1.0, 1.0)]


async def test_a_journal_without_history_is_written_once_at_setup(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A journal from before the statistics (or a restored backup) fills them at setup."""
    freezer.move_to(NOW)
    entry = sleeper_entry()
    key = f"{DOMAIN}.{entry.entry_id}"
    (files_on_disk / key).write_text(
        first_layout_file(
            key,
            [
                {"kind": "twitch", "time": "2026-11-15T22:40:00+00:00"},
                {"kind": "twitch", "time": "2026-11-15T22:50:00+00:00"},
                {"kind": "caffeine", "time": "2026-11-15T23:00:00+00:00"},
                {"kind": "twitch", "time": "2026-11-16T21:10:00+00:00"},
            ],
        )
    )
    await setup_entry(hass, entry)
    assert await rows(hass, entry) == [
        ("15 23:00", 2.0, 2.0),
        ("16 22:00", 1.0, 3.0),
    ]
    # A second setup leaves what is there.
    assert await hass.config_entries.async_reload(entry.entry_id)
    assert await rows(hass, entry) == [("15 23:00", 2.0, 2.0), ("16 22:00", 1.0, 3.0)]


async def test_removing_the_sleeper_or_clearing_removes_the_history(
    hass: HomeAssistant, recorded: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """Clearing the journal and removing the sleeper each remove the statistic."""
    await log_twitch(hass, recorded)
    await written(hass, freezer)
    assert await rows(hass, recorded)
    await log_twitch(hass, recorded)
    # Clearing also drops a write still pending.
    await act(hass, recorded, "clear_history")
    await written(hass, freezer)
    assert await rows(hass, recorded) == []
    await log_twitch(hass, recorded)
    await written(hass, freezer)
    assert await rows(hass, recorded) == [("16 23:00", 1.0, 1.0)]
    await hass.config_entries.async_remove(recorded.entry_id)
    assert await rows(hass, recorded) == []


async def test_twitches_pruned_from_the_journal_keep_counting(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Past the retention window twitches leave the journal, not the history's sums."""
    freezer.move_to(NOW)
    entry = sleeper_entry(retention_nights=30)
    key = f"{DOMAIN}.{entry.entry_id}"
    (files_on_disk / key).write_text(
        first_layout_file(
            key,
            [
                {"kind": "twitch", "time": "2026-09-01T21:00:00+00:00"},
                {"kind": "twitch", "time": "2026-09-02T21:00:00+00:00"},
                {"kind": "twitch", "time": "2026-11-15T22:40:00+00:00"},
            ],
        )
    )
    await setup_entry(hass, entry)
    assert entry.runtime_data.record.twitches_before_journal == 2
    assert stored(files_on_disk, key)["data"]["twitches_before_journal"] == 2
    await log_twitch(hass, entry)
    await written(hass, freezer)
    history = await rows(hass, entry)
    assert history[0] == ("15 23:00", 1.0, 3.0)
    assert history[-1] == ("16 23:00", 1.0, 4.0)
