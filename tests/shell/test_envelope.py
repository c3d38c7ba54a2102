"""The coach's own files: every file an earlier release wrote loads, and is rewritten durably."""

from __future__ import annotations

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

from .conftest import first_layout_file, month_file, setup_entry, stored
from .test_durability import immutable

TWITCH = {"kind": "twitch", "time": "2026-11-16T23:00:00+01:00"}
CAFFEINE = {"kind": "caffeine", "time": "2026-10-16T09:00:00+02:00"}


def document(key: str, data: Any, version: int, minor: int | None = None) -> str:
    """Return a storage file as Home Assistant's `Store` writes it (no minor before 2022)."""
    content: dict[str, Any] = {"version": version, "key": key, "data": data}
    if minor is not None:
        content["minor_version"] = minor
    return json.dumps(content, indent=4)


def issues(hass: HomeAssistant) -> list[tuple[str, str]]:
    """Return every repair issue, by domain and id."""
    return list(ir.async_get(hass).issues)


async def test_invalid_json_is_the_coachs_damage(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, files_on_disk: Path
) -> None:
    """Bad JSON: the coach's own issue, the file kept as `.damaged.`, no `.corrupt.` copy."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text('{"version": 2, "data": {')
    await setup_entry(hass, mock_config_entry)
    assert mock_config_entry.state is ConfigEntryState.LOADED
    (kept,) = files_on_disk.glob(f"{key}.damaged.*")
    assert kept.read_text() == '{"version": 2, "data": {'
    assert not list(files_on_disk.glob("*.corrupt.*"))
    assert issues(hass) == [(DOMAIN, f"journal_damaged_{key}")]
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"journal_damaged_{key}")
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert "not valid JSON" in issue.translation_placeholders["error"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        pytest.param('["version", 2]', "not a storage file", id="not_an_object"),
        pytest.param('{"version": true, "data": {}}', "no version", id="version_bool"),
        pytest.param('{"version": "2", "data": {}}', "no version", id="version_text"),
        pytest.param(
            '{"version": 2, "minor_version": 0, "data": {}}', "no version", id="minor_0"
        ),
        pytest.param('{"version": 2, "key": 5, "data": {}}', "key", id="key_number"),
        pytest.param('{"version": 2, "key": "k"}', "no data", id="no_data"),
        pytest.param('{"version": 3, "data": {}}', "version 3", id="next_major"),
    ],
)
async def test_a_wrong_envelope_is_damage(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    content: str,
    error: str,
) -> None:
    """Each wrong envelope: kept aside, one journal_damaged issue saying what is wrong."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text(content)
    (files_on_disk / f"{key}.2026-11").write_text(
        month_file(f"{key}.2026-11", [TWITCH])
    )
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 1
    (kept,) = files_on_disk.glob(f"{key}.damaged.*")
    assert kept.read_text() == content
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"journal_damaged_{key}")
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert error in issue.translation_placeholders["error"]


@pytest.mark.parametrize(
    "minor",
    [pytest.param(None, id="no_minor_version"), pytest.param(1, id="minor_1")],
)
async def test_every_earlier_layout_loads_and_is_rewritten_in_this_one(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    minor: int | None,
) -> None:
    """Layout 1 (events in the main file) and 2.1: read, then on disk as 2.3 at once."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text(
        document(key, {"events": [TWITCH], "iron_deficiency_diagnosed": True}, 1, minor)
    )
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 1
    main = stored(files_on_disk, key)
    assert (main["version"], main["minor_version"], main["key"]) == (2, 3, key)
    assert main["data"]["iron_deficiency_diagnosed"] is True
    assert "events" not in main["data"]
    assert stored(files_on_disk, f"{key}.2026-11")["data"]["events"] == [TWITCH]

    # The second layout's first minor version had no count of earlier twitches.
    (files_on_disk / key).write_text(
        document(key, {"months": ["2026-11"], "wind_down_steps": []}, 2, 1)
    )
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    main = stored(files_on_disk, key)
    assert (main["version"], main["minor_version"]) == (2, 3)
    assert main["data"]["twitches_before_journal"] == 0
    assert main["data"]["wind_down_steps"] == []
    assert not issues(hass)


async def test_a_newer_minor_version_is_read_and_its_new_keys_ignored(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, files_on_disk: Path
) -> None:
    """Files of a later release (2.9, month 1.4) load; what they added is left out."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text(
        document(key, {"months": ["2026-10"], "mood": "fine"}, 2, 9)
    )
    (files_on_disk / f"{key}.2026-10").write_text(
        document(f"{key}.2026-10", {"events": [CAFFEINE], "tags": []}, 1, 4)
    )
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 1
    assert not issues(hass)
    main = stored(files_on_disk, key)
    assert (main["version"], main["minor_version"]) == (2, 3)
    assert "mood" not in main["data"]


async def test_a_current_file_is_not_rewritten_on_load(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, files_on_disk: Path
) -> None:
    """A 2.3 main file and its months are only read at start."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    main = document(key, {"months": ["2026-11"], "twitches_before_journal": 3}, 2, 3)
    (files_on_disk / key).write_text(main)
    (files_on_disk / f"{key}.2026-11").write_text(
        month_file(f"{key}.2026-11", [TWITCH])
    )
    await setup_entry(hass, mock_config_entry)
    assert mock_config_entry.runtime_data.record.twitches_before_journal == 3
    assert (files_on_disk / key).read_text() == main


async def test_a_migration_that_cannot_be_written_is_retried(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """An immutable layout-1 main file: the months are written, the main file is refused.

    Set-up is retried with the write's error (Home Assistant's `Store` would have logged it
    and gone on); the file keeps its events until it can be replaced, and none is lost.
    """
    freezer.move_to("2026-11-16T23:30:00+01:00")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    layout_1 = first_layout_file(key, [CAFFEINE, TWITCH])
    (files_on_disk / key).write_text(layout_1)
    with immutable(files_on_disk / key):
        mock_config_entry.add_to_hass(hass)
        assert not await hass.config_entries.async_setup(mock_config_entry.entry_id)
        assert mock_config_entry.state is ConfigEntryState.SETUP_RETRY
        assert "could not be written" in str(mock_config_entry.reason)
        assert (files_on_disk / key).read_text() == layout_1
        assert not list(files_on_disk.glob("*.tmp"))
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert len(mock_config_entry.runtime_data.journal) == 2
    assert "events" not in stored(files_on_disk, key)["data"]
    assert stored(files_on_disk, key)["data"]["months"] == ["2026-10", "2026-11"]


async def test_a_file_that_cannot_be_read_is_kept_aside(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, files_on_disk: Path
) -> None:
    """A month that is a folder, not a file: unreadable, kept aside, the rest loads."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / f"{key}.2026-10").mkdir()
    (files_on_disk / f"{key}.2026-11").write_text(
        month_file(f"{key}.2026-11", [TWITCH])
    )
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 1
    (kept,) = files_on_disk.glob(f"{key}.2026-10.damaged.*")
    assert kept.is_dir()
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"journal_damaged_{key}.2026-10")
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert "unreadable" in issue.translation_placeholders["error"]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param([], id="data_a_list"),
        pytest.param({"twitches_before_journal": -1}, id="negative_count"),
        pytest.param({"twitches_before_journal": True}, id="count_a_boolean"),
    ],
)
async def test_a_current_main_file_of_the_wrong_shape_is_damage(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    data: Any,
) -> None:
    """A 2.3 main file is checked as closely as a migrated one: kept aside, months load."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text(document(key, data, 2, 3))
    (files_on_disk / f"{key}.2026-11").write_text(
        month_file(f"{key}.2026-11", [TWITCH])
    )
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 1
    assert mock_config_entry.runtime_data.record.twitches_before_journal == 0
    assert len(list(files_on_disk.glob(f"{key}.damaged.*"))) == 1
    assert issues(hass) == [(DOMAIN, f"journal_damaged_{key}")]


async def test_an_empty_month_file_is_no_damage(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A month file holding `{}` is an empty month: logged, not kept aside, others load."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / f"{key}.2026-10").write_text("{}")
    (files_on_disk / f"{key}.2026-11").write_text(
        month_file(f"{key}.2026-11", [TWITCH])
    )
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 1
    assert "held no data" in caplog.text
    assert not list(files_on_disk.glob("*.damaged.*"))
    assert not issues(hass)
