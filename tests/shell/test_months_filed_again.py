"""Files of earlier layouts and moves cut short: every event ends in its month, once.

Before 2.3 months were months of nights, which move with the time zone; each event is moved
into the month of its time in UTC on load, written there before it leaves its old file.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.coach.events import Twitch, event_to_storage
from custom_components.sleep_twitch_coach.const import DOMAIN
from custom_components.sleep_twitch_coach.store import envelope as file_owner
from custom_components.sleep_twitch_coach.store.journal import WouldLoseEventsError
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from .conftest import act, month_file, setup_entry
from .test_zone_change import MOVING, NOVEMBER, NOW, in_journal, on_disk


def berlin_month(key: str, month: str, *times: str) -> str:
    """Return a month file of an earlier release, keyed by the night in Berlin."""
    return month_file(
        f"{key}.{month}", [{"kind": "twitch", "time": time} for time in times]
    )


async def test_files_of_an_earlier_release_are_filed_again_once(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Months keyed by Berlin nights (2.2), loaded in New York: each event once, by UTC month.

    A copy the earlier release left in the month a night moved to (its zone change, or a
    re-filing cut short) counts once; a second event at the same moment in its own month is
    not a copy.
    """
    freezer.move_to(NOW)
    await hass.config.async_set_time_zone("America/New_York")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    # 10:00 in Berlin on 1 November is the night of 31 October there, 09:00 UTC.
    early = "2026-11-01T10:00:00+01:00"
    (files_on_disk / key).write_text(
        json.dumps(
            {
                "version": 2,
                "minor_version": 2,
                "key": key,
                "data": {"months": ["2026-10", "2026-11"], "wind_down_steps": []},
            }
        )
    )
    (files_on_disk / f"{key}.2026-10").write_text(
        berlin_month(key, "2026-10", "2026-10-20T23:00:00+02:00", early, MOVING)
    )
    (files_on_disk / f"{key}.2026-11").write_text(
        berlin_month(key, "2026-11", MOVING, NOVEMBER, NOVEMBER)
    )
    await setup_entry(hass, mock_config_entry)

    assert len(mock_config_entry.runtime_data.journal) == 5
    assert in_journal(mock_config_entry) == on_disk(files_on_disk, mock_config_entry)
    november = json.loads((files_on_disk / f"{key}.2026-11").read_text())
    assert Counter(event["time"] for event in november["data"]["events"]) == {
        MOVING: 1,
        NOVEMBER: 2,
        early: 1,
    }
    main = json.loads((files_on_disk / key).read_text())
    assert (main["version"], main["minor_version"]) == (2, 3)
    assert main["data"]["months"] == ["2026-10", "2026-11"]
    assert not ir.async_get(hass).issues


async def test_a_layout_1_file_is_split_by_utc_month(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Every event of the first layout lands in the month of its UTC time, once."""
    freezer.move_to(NOW)
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    events: list[dict[str, Any]] = [
        {"kind": "twitch", "time": time}
        for time in (MOVING, "2026-12-01T00:30:00+01:00")
    ]
    (files_on_disk / key).write_text(
        json.dumps({"version": 1, "key": key, "data": {"events": events}})
    )
    # A split cut short had written the first into the month of its Berlin night.
    (files_on_disk / f"{key}.2026-10").write_text(
        month_file(f"{key}.2026-10", events[:1])
    )
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 2
    assert sorted(path.name for path in files_on_disk.glob(f"{key}.????-??")) == [
        f"{key}.2026-11"
    ]
    assert on_disk(files_on_disk, mock_config_entry) == in_journal(mock_config_entry)


async def test_a_move_cut_short_by_a_failed_write_counts_each_event_once(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """The month an event moves into is written, then the disk fails: retried, each once."""
    freezer.move_to(NOW)
    await hass.config.async_set_time_zone("America/New_York")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    early = "2026-11-01T10:00:00+01:00"
    (files_on_disk / f"{key}.2026-10").write_text(
        berlin_month(key, "2026-10", "2026-10-20T23:00:00+02:00", early)
    )
    (files_on_disk / f"{key}.2026-11").write_text(
        berlin_month(key, "2026-11", NOVEMBER)
    )
    real_write = file_owner.write_atomically
    writes: list[str] = []

    def first_write_only(path: Path, payload: bytes) -> None:
        if writes:
            raise OSError(28, "No space left on device")
        writes.append(path.name)
        real_write(path, payload)

    mock_config_entry.add_to_hass(hass)
    with patch.object(file_owner, "write_atomically", first_write_only):
        assert not await hass.config_entries.async_setup(mock_config_entry.entry_id)
    assert mock_config_entry.state is ConfigEntryState.SETUP_RETRY
    # November now holds the early twitch, and October still does.
    assert writes == [f"{key}.2026-11"]
    assert sum(on_disk(files_on_disk, mock_config_entry).values()) == 4

    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert len(mock_config_entry.runtime_data.journal) == 3
    assert in_journal(mock_config_entry) == on_disk(files_on_disk, mock_config_entry)


async def test_filing_again_never_drops_an_event_no_other_file_holds(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """An event left out of the journal, with no twin in its own month: nothing is written."""
    freezer.move_to(NOW)
    entry = await setup_entry(hass, mock_config_entry)
    await act(hass, entry, "log_twitch", when=NOVEMBER)
    key = f"{DOMAIN}.{entry.entry_id}.2026-10"
    stray = Twitch(time=datetime.fromisoformat(MOVING))
    content = month_file(key, [event_to_storage(stray)])
    (files_on_disk / key).write_text(content)
    with pytest.raises(WouldLoseEventsError):
        await entry.runtime_data.store.async_file_again(
            entry.runtime_data.record, {"2026-10": [stray]}, None
        )
    assert (files_on_disk / key).read_text() == content
