"""A value no calendar can hold, in any of a sleeper's files, is damage: kept aside, explained.

Years 1 and 9999 at the far side of UTC (`0001-01-01T00:00:00+14:00` is in year 0 there) have
no night; the sleeper still starts, never in a retry loop, and logging works.
"""

from __future__ import annotations

from datetime import date
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from .conftest import month_file, press, setup_entry, sleeper_entry, store_file
from .test_limb_sensors import LEG, busy_night

EDGES = [
    pytest.param("0001-01-01T00:00:00+14:00", id="year_1_east"),
    pytest.param("9999-12-31T23:59:59-14:00", id="year_9999_west"),
    pytest.param("0001-01-01T00:00:00+00:00", id="year_1_utc"),
    pytest.param("9999-12-31T12:00:00+00:00", id="year_9999_utc"),
]
GOOD = {"kind": "twitch", "time": "2026-11-10T23:00:00+01:00"}


def assert_kept_aside(
    hass: HomeAssistant, folder: Path, key: str, content: str
) -> None:
    """Assert that the file is kept as it was and one journal_damaged issue explains it."""
    (kept,) = folder.glob(f"{key}.damaged.*")
    assert kept.read_text() == content
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"journal_damaged_{key}")
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert "calendar" in issue.translation_placeholders["error"]


@pytest.mark.parametrize("when", EDGES)
@pytest.mark.parametrize("field", ["time", "logged_at"])
async def test_a_month_with_a_time_no_calendar_holds_is_damage(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
    when: str,
    field: str,
) -> None:
    """The month is kept aside and explained; the other months load and a press is logged."""
    freezer.move_to("2026-11-16T23:30:00+01:00")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    damaged = month_file(f"{key}.2026-10", [{**GOOD, field: when}])
    (files_on_disk / f"{key}.2026-10").write_text(damaged)
    (files_on_disk / f"{key}.2026-11").write_text(month_file(f"{key}.2026-11", [GOOD]))
    await setup_entry(hass, mock_config_entry)
    assert mock_config_entry.state is ConfigEntryState.LOADED
    assert len(mock_config_entry.runtime_data.journal) == 1
    assert_kept_aside(hass, files_on_disk, f"{key}.2026-10", damaged)
    await press(hass)
    assert len(mock_config_entry.runtime_data.journal) == 2


@pytest.mark.parametrize("when", EDGES)
async def test_a_first_layout_file_with_a_time_no_calendar_holds_is_damage(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
    when: str,
) -> None:
    """A layout-1 main file: kept aside and explained; the sleeper starts and logs."""
    freezer.move_to("2026-11-16T23:30:00+01:00")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    damaged = store_file(key, {"events": [GOOD, {"kind": "twitch", "time": when}]})
    (files_on_disk / key).write_text(damaged)
    await setup_entry(hass, mock_config_entry)
    assert mock_config_entry.state is ConfigEntryState.LOADED
    assert_kept_aside(hass, files_on_disk, key, damaged)
    await press(hass)
    assert len(mock_config_entry.runtime_data.journal) == 1


def movements(night: dict[str, Any]) -> str:
    """Return a movements file holding one measured night."""
    return json.dumps({"version": 1, "key": "k", "data": night})


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"night": "9999-12-31"}, id="night_9999"),
        pytest.param({"night": "0001-01-01"}, id="night_1"),
        pytest.param({"base_ms": 10**16}, id="base_beyond_9999"),
        pytest.param({"base_ms": -(10**16)}, id="base_before_1"),
        pytest.param({"onsets": [10**16]}, id="onset_beyond_9999"),
        pytest.param({"in_bed": [0, 10**16]}, id="in_bed_beyond_9999"),
    ],
)
@pytest.mark.parametrize("suffix", ["", ".2026-11"])
async def test_a_movements_file_no_calendar_holds_is_damage(
    hass: HomeAssistant,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
    change: dict[str, Any],
    suffix: str,
) -> None:
    """Tonight's file or a month's: kept aside and explained; the sleeper starts."""
    freezer.move_to("2026-11-16T13:00:00+01:00")
    entry = sleeper_entry(movement_sensor=LEG)
    key = f"{DOMAIN}.{entry.entry_id}.movements"
    night = {**busy_night("2026-11-12", 20), **change}
    if change.get("onsets"):
        night["durations"] = [2_000]
    if suffix:
        content = json.dumps({"version": 1, "key": "k", "data": {"nights": [night]}})
    else:
        content = movements(night)
    (files_on_disk / f"{key}{suffix}").write_text(content)
    await setup_entry(hass, entry)
    assert entry.state is ConfigEntryState.LOADED
    assert entry.runtime_data.limb_sensors is not None
    assert date(2026, 11, 12) not in entry.runtime_data.limb_sensors.nights.filed
    (kept,) = files_on_disk.glob(f"{key}{suffix}.damaged.*")
    assert kept.read_text() == content
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, f"journal_damaged_{key}{suffix}")
        is not None
    )
