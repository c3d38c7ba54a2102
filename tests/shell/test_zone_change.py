"""Changing Home Assistant's time zone never loses or doubles an event.

The night of an event moves with the zone (13:00 on 1 November in Berlin is 07:00 in New York,
the night of 31 October there), so the months events are kept in must not depend on it.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
import json
from pathlib import Path

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.coach.events import (
    EventKind,
    event_to_storage,
)
from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.core import HomeAssistant

from .conftest import act, setup_entry

# 13:00 in Berlin on the 1st: the night of 1 November there, of 31 October in New York.
MOVING = "2026-11-01T13:00:00+01:00"
NOVEMBER = "2026-11-15T23:00:00+01:00"
NOW = "2026-12-02T20:00:00+01:00"


def on_disk(folder: Path, entry: MockConfigEntry) -> Counter[str]:
    """Return every event the month files hold, as JSON text, with how often it is there."""
    return Counter(
        json.dumps(event, sort_keys=True)
        for path in folder.glob(f"{DOMAIN}.{entry.entry_id}.????-??")
        for event in json.loads(path.read_text())["data"]["events"]
    )


def in_journal(entry: MockConfigEntry) -> Counter[str]:
    """Return every event of the loaded journal, as `on_disk` shows them."""
    return Counter(
        json.dumps(event_to_storage(event), sort_keys=True)
        for event in entry.runtime_data.journal.events
    )


async def restart_in(
    hass: HomeAssistant, entry: MockConfigEntry, zone: str | None = None
) -> None:
    """Unload the sleeper, move Home Assistant to `zone` if given, and load it again."""
    assert await hass.config_entries.async_unload(entry.entry_id)
    if zone is not None:
        await hass.config.async_set_time_zone(zone)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


def assert_each_once(
    folder: Path, entry: MockConfigEntry, twitches: list[str], others: int = 0
) -> None:
    """Assert that the journal and the files hold exactly the events logged, each once."""
    journal = entry.runtime_data.journal
    assert sorted(event.time for event in journal.of_kind(EventKind.TWITCH)) == sorted(
        datetime.fromisoformat(when) for when in twitches
    )
    assert len(journal) == len(twitches) + others
    assert in_journal(entry) == on_disk(folder, entry)


@pytest.fixture
async def moved_to_new_york(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> MockConfigEntry:
    """Log two twitches in Berlin (the last at 13:00 on the 1st), then restart in New York."""
    freezer.move_to(NOW)
    await setup_entry(hass, mock_config_entry)
    await act(hass, mock_config_entry, "log_twitch", when=NOVEMBER)
    await act(hass, mock_config_entry, "log_twitch", when=MOVING)
    await restart_in(hass, mock_config_entry, "America/New_York")
    return mock_config_entry


@pytest.mark.parametrize(
    "when",
    [
        pytest.param("2026-11-10T23:00:00-05:00", id="into_the_events_old_month"),
        pytest.param("2026-10-20T23:00:00-04:00", id="into_the_month_before"),
        pytest.param("2026-09-20T23:00:00-04:00", id="into_an_older_month"),
    ],
)
async def test_a_back_fill_after_a_zone_change_keeps_every_event_once(
    hass: HomeAssistant,
    moved_to_new_york: MockConfigEntry,
    files_on_disk: Path,
    when: str,
) -> None:
    """After a restart in New York, a back-fill anywhere: three twitches, on disk and after."""
    entry = moved_to_new_york
    await act(hass, entry, "log_twitch", when=when)
    assert_each_once(files_on_disk, entry, [MOVING, NOVEMBER, when])
    for caffeine in range(2):
        await restart_in(hass, entry)
        assert_each_once(files_on_disk, entry, [MOVING, NOVEMBER, when], caffeine)
        await act(hass, entry, "log_caffeine", when=when)
    await restart_in(hass, entry, "Europe/Berlin")
    assert_each_once(files_on_disk, entry, [MOVING, NOVEMBER, when], others=2)


async def test_an_undo_after_a_zone_change_stays_undone(
    hass: HomeAssistant, moved_to_new_york: MockConfigEntry, files_on_disk: Path
) -> None:
    """Undoing the twitch whose night moved removes it from disk: a restart agrees."""
    entry = moved_to_new_york
    await act(hass, entry, "undo_last", kind="twitch")
    assert_each_once(files_on_disk, entry, [NOVEMBER])
    await restart_in(hass, entry)
    assert_each_once(files_on_disk, entry, [NOVEMBER])


async def test_a_prune_after_a_zone_change_keeps_the_rest_once(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Retention drops an old night in New York; the twitch whose night moved stays, once."""
    freezer.move_to(NOW)
    entry = await setup_entry(hass, mock_config_entry)
    old = "2026-10-05T23:00:00+02:00"
    for when in (old, MOVING, NOVEMBER):
        await act(hass, entry, "log_twitch", when=when)
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.config.async_set_time_zone("America/New_York")
    # Tonight is 2 December: 44 nights keep 20 October and later.
    hass.config_entries.async_update_entry(
        entry, options={**entry.options, "retention_nights": 44}
    )
    await restart_in(hass, entry)
    assert entry.runtime_data.record.twitches_before_journal == 1
    assert_each_once(files_on_disk, entry, [MOVING, NOVEMBER])
    await restart_in(hass, entry)
    assert_each_once(files_on_disk, entry, [MOVING, NOVEMBER])


async def test_files_need_no_writing_when_only_the_zone_changed(
    hass: HomeAssistant, moved_to_new_york: MockConfigEntry, files_on_disk: Path
) -> None:
    """Months keyed by UTC time: a restart in another zone rewrites nothing."""
    files = {
        path.name: path.read_bytes()
        for path in files_on_disk.glob(f"{DOMAIN}.{moved_to_new_york.entry_id}*")
    }
    await restart_in(hass, moved_to_new_york, "Pacific/Kiritimati")
    assert files == {
        path.name: path.read_bytes()
        for path in files_on_disk.glob(f"{DOMAIN}.{moved_to_new_york.entry_id}*")
    }
    assert len(moved_to_new_york.runtime_data.journal) == 2
