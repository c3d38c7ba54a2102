"""A failed write fails the action, for real: a full file system and an immutable file.

No stand-in raises here: the coach writes real files and the operating system refuses them.
"""

from __future__ import annotations

from collections.abc import Generator
import contextlib
import json
import os
from pathlib import Path
import subprocess

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)

from custom_components.sleep_twitch_coach.const import DOMAIN, EVENT_LOGGED
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import EVENT_STATE_CHANGED
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from .conftest import act, first_layout_file, main_file, month_file, press, setup_entry

TWITCHES = "sensor.alex_twitches_tonight"


def run(*command: str) -> bool:
    """Run a system command; return whether it worked."""
    try:
        return subprocess.run(command, capture_output=True, check=False).returncode == 0
    except FileNotFoundError:
        return False


@contextlib.contextmanager
def immutable(path: Path) -> Generator[None]:
    """Make a file immutable (as `chattr +i` does) for the duration."""
    if os.geteuid() != 0 or not run("chattr", "+i", str(path)):
        pytest.skip(
            "making a file immutable needs root, chattr and a file system for it"
        )
    try:
        yield
    finally:
        run("chattr", "-i", str(path))


@pytest.fixture
def small_disk(files_on_disk: Path) -> Generator[Path]:
    """Mount a 256 kB tmpfs as the storage folder."""
    if os.geteuid() != 0 or not run(
        "mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(files_on_disk)
    ):
        pytest.skip("mounting a small tmpfs needs root and a system that allows mounts")
    yield files_on_disk
    run("umount", str(files_on_disk))


def fill(folder: Path) -> Path:
    """Fill a file system until it has no byte left; return the filler file."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as file, contextlib.suppress(OSError):
        while True:
            file.write(b"\0" * 4096)
    return filler


def events_on_disk(folder: Path, entry: MockConfigEntry, month: str) -> int:
    """Return how many events a month file holds."""
    path = folder / f"{DOMAIN}.{entry.entry_id}.{month}"
    return len(json.loads(path.read_text())["data"]["events"])


async def test_a_full_disk_fails_the_press_and_changes_nothing(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    small_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """With no byte free the press fails with save_failed; memory, entities and disk stay."""
    freezer.move_to("2026-11-16T23:00:00+01:00")
    await setup_entry(hass, mock_config_entry)
    await press(hass)
    filler = fill(small_disk)
    logged = async_capture_events(hass, EVENT_LOGGED)
    shown = async_capture_events(hass, EVENT_STATE_CHANGED)

    with pytest.raises(HomeAssistantError) as err:
        await press(hass)
    assert err.value.translation_key == "save_failed"
    assert "No space left on device" in str(err.value)
    with pytest.raises(HomeAssistantError, match="could not be written"):
        await act(hass, mock_config_entry, "log_caffeine")

    assert hass.states.get(TWITCHES).state == "1"
    # A refused change is never shown, not even for a moment.
    assert [e for e in shown if e.data["entity_id"] == TWITCHES] == []
    assert len(mock_config_entry.runtime_data.journal) == 1
    assert events_on_disk(small_disk, mock_config_entry, "2026-11") == 1
    assert logged == []
    assert not list(small_disk.glob("*.tmp"))

    # Space again: the next press is kept, and a reload reads exactly what was acknowledged.
    filler.unlink()
    await press(hass)
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get(TWITCHES).state == "2"
    assert events_on_disk(small_disk, mock_config_entry, "2026-11") == 2


async def test_an_immutable_month_fails_log_undo_and_clear(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A month file that may not be replaced: log, undo and clear all fail and change nothing."""
    freezer.move_to("2026-11-16T23:00:00+01:00")
    await setup_entry(hass, mock_config_entry)
    await press(hass)
    await act(hass, mock_config_entry, "log_twitch", when="2026-10-20T23:00:00")
    november = files_on_disk / f"{DOMAIN}.{mock_config_entry.entry_id}.2026-11"
    october = files_on_disk / f"{DOMAIN}.{mock_config_entry.entry_id}.2026-10"
    before = {path: path.read_bytes() for path in (november, october)}

    with immutable(november):
        with pytest.raises(HomeAssistantError, match="could not be written"):
            await press(hass)
        with pytest.raises(HomeAssistantError, match="could not be written"):
            await act(hass, mock_config_entry, "undo_last")
        # Clearing deletes October first, then fails on November: October is written back.
        with pytest.raises(HomeAssistantError, match="could not be written"):
            await act(hass, mock_config_entry, "clear_history")
        assert hass.states.get(TWITCHES).state == "1"
        assert len(mock_config_entry.runtime_data.journal) == 2
        assert {path: path.read_bytes() for path in (november, october)} == before

    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert len(mock_config_entry.runtime_data.journal) == 2
    assert hass.states.get(TWITCHES).state == "1"
    # With the file writable again, clearing deletes both months for good.
    await act(hass, mock_config_entry, "clear_history")
    assert not november.exists()
    assert not october.exists()
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert len(mock_config_entry.runtime_data.journal) == 0


async def test_a_first_layout_that_cannot_be_split_is_retried_not_half_loaded(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    small_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """With no space to write the months, set-up is retried; with space, every event loads."""
    freezer.move_to("2026-11-16T23:00:00+01:00")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    events = [
        {"kind": "twitch", "time": f"2026-{month:02d}-10T23:00:00+01:00"}
        for month in range(1, 12)
    ]
    (small_disk / key).write_text(first_layout_file(key, events))
    filler = fill(small_disk)
    mock_config_entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(mock_config_entry.entry_id)
    assert mock_config_entry.state is ConfigEntryState.SETUP_RETRY
    assert "could not be written" in str(mock_config_entry.reason)

    filler.unlink()
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert len(mock_config_entry.runtime_data.journal) == 11
    assert len(list(small_disk.glob(f"{key}.2026-??"))) == 11


async def test_a_prune_that_cannot_be_written_is_retried_with_one_reason(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    small_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Events past the retention window on a full disk: set-up is retried, saying why once."""
    freezer.move_to("2026-11-16T23:00:00+01:00")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    # 730 nights are kept: the 10th of November 2024 goes, the 20th stays.
    events = [
        {"kind": "twitch", "time": f"2024-11-{day}T23:00:00+01:00"} for day in (10, 20)
    ]
    (small_disk / key).write_text(main_file(key, months=["2024-11"]))
    (small_disk / f"{key}.2024-11").write_text(month_file(f"{key}.2024-11", events))
    fill(small_disk)
    mock_config_entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(mock_config_entry.entry_id)
    assert mock_config_entry.state is ConfigEntryState.SETUP_RETRY
    assert mock_config_entry.reason == (
        "The journal could not be written to disk (No space left on device); "
        "nothing was changed"
    )
