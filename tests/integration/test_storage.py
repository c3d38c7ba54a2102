"""Tests of a damaged journal file: kept aside, never overwritten, and explained."""

from __future__ import annotations

from collections.abc import Generator
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.components.repairs import DOMAIN as REPAIRS_DOMAIN
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir, storage
from homeassistant.setup import async_setup_component

from .conftest import press, setup_entry

GOOD = {"events": [{"kind": "twitch", "time": "2026-11-16T23:00:00+01:00"}]}


def envelope(**changes: Any) -> str:
    """Return a stored journal file, with some of its keys changed or removed."""
    document: dict[str, Any] = {
        "version": 1,
        "minor_version": 1,
        "key": "k",
        "data": GOOD,
    }
    document.update(changes)
    return json.dumps(
        {key: value for key, value in document.items() if value is not None}
    )


@pytest.fixture
def files_on_disk(hass: HomeAssistant, tmp_path: Path) -> Generator[Path]:
    """Read storage from real files in a temporary config directory."""
    hass.config.config_dir = str(tmp_path)
    (tmp_path / ".storage").mkdir()

    async def load(store: storage.Store[Any]) -> Any:
        return await store._async_load_data()  # noqa: SLF001

    with patch.object(storage.Store, "_async_load", load):
        yield tmp_path / ".storage"


@pytest.mark.parametrize(
    ("content", "kept_as"),
    [
        pytest.param("{not json", ".corrupt.", id="invalid_json"),
        pytest.param(envelope()[:40], ".corrupt.", id="truncated"),
        pytest.param(envelope(version=99), ".damaged.", id="newer_version"),
        pytest.param(envelope(version=0), ".damaged.", id="older_unknown_version"),
        pytest.param(envelope(data=None), ".damaged.", id="missing_data"),
        pytest.param(envelope(data={"nights": []}), ".damaged.", id="missing_events"),
        pytest.param(
            envelope(data={"events": [{"kind": "twitch", "time": "soon"}]}),
            ".damaged.",
            id="bad_event",
        ),
        pytest.param(
            envelope(data={"events": [], "iron_deficiency_diagnosed": "yes"}),
            ".damaged.",
            id="bad_switch",
        ),
        pytest.param(
            envelope(
                data={"events": [], "wind_down_steps": [{"uid": 1, "summary": None}]}
            ),
            ".damaged.",
            id="bad_steps",
        ),
    ],
)
async def test_a_damaged_journal_is_kept_aside_and_explained(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    content: str,
    kept_as: str,
) -> None:
    """The entry loads with an empty journal; the file survives; a repair issue says so."""
    path = files_on_disk / f"{DOMAIN}.{mock_config_entry.entry_id}"
    path.write_text(content)

    await setup_entry(hass, mock_config_entry)

    assert mock_config_entry.state is ConfigEntryState.LOADED
    assert len(mock_config_entry.runtime_data.journal) == 0
    kept = [file for file in files_on_disk.iterdir() if kept_as in file.name]
    assert len(kept) == 1
    assert kept[0].read_text() == content
    issue = ir.async_get(hass).async_get_issue(
        DOMAIN, f"journal_damaged_{DOMAIN}.{mock_config_entry.entry_id}"
    )
    assert issue is not None
    assert issue.translation_key == "journal_damaged"
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["path"] == str(kept[0])
    assert issue.translation_placeholders["name"] == "Alex"

    # Logging again writes a new journal and leaves the kept file alone.
    await press(hass)
    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"
    assert kept[0].read_text() == content


async def test_a_good_file_is_read_from_disk(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
) -> None:
    """The real loader reads a valid journal and raises no issue."""
    (files_on_disk / f"{DOMAIN}.{mock_config_entry.entry_id}").write_text(envelope())
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 1
    assert not ir.async_get(hass).issues


async def test_the_repair_issue_can_be_dismissed(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    hass_client: ClientSessionGenerator,
) -> None:
    """The repair flow is a confirmation that removes the issue."""
    (files_on_disk / f"{DOMAIN}.{mock_config_entry.entry_id}").write_text(
        envelope(version=99)
    )
    await setup_entry(hass, mock_config_entry)
    issue_id = f"journal_damaged_{DOMAIN}.{mock_config_entry.entry_id}"
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    assert await async_setup_component(hass, REPAIRS_DOMAIN, {})
    client = await hass_client()
    response = await client.post(
        "/api/repairs/issues/fix", json={"handler": DOMAIN, "issue_id": issue_id}
    )
    flow = await response.json()
    assert flow["step_id"] == "confirm"
    response = await client.post(f"/api/repairs/issues/fix/{flow['flow_id']}", json={})
    assert (await response.json())["type"] == "create_entry"
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


def month_file(key: str, events: list[dict[str, Any]]) -> str:
    """Return a month store's file."""
    return json.dumps(
        {"version": 1, "minor_version": 1, "key": key, "data": {"events": events}}
    )


OCTOBER = [{"kind": "twitch", "time": "2026-10-20T23:00:00+02:00"}]
NOVEMBER = [{"kind": "caffeine", "time": "2026-11-16T09:00:00+01:00"}]


async def test_months_survive_a_damaged_main_file(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, files_on_disk: Path
) -> None:
    """With the main file unreadable, the month files next to it are still found and loaded."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text("{not json")
    (files_on_disk / f"{key}.2026-10").write_text(month_file(f"{key}.2026-10", OCTOBER))
    (files_on_disk / f"{key}.2026-11").write_text(
        month_file(f"{key}.2026-11", NOVEMBER)
    )
    bad_event = month_file(f"{key}.2026-09", [{"kind": "twitch", "time": "soon"}])
    (files_on_disk / f"{key}.2026-09").write_text(bad_event)
    await setup_entry(hass, mock_config_entry)
    assert [
        event.kind.value for event in mock_config_entry.runtime_data.journal.events
    ] == [
        "twitch",
        "caffeine",
    ]
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, f"journal_damaged_{key}") is not None
    )


async def test_a_damaged_month_is_kept_aside_and_the_others_load(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, files_on_disk: Path
) -> None:
    """Unreadable months are kept aside and reported; the other months load."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text(
        json.dumps(
            {
                "version": 2,
                "minor_version": 1,
                "key": key,
                "data": {"months": ["2026-09", "2026-10", "2026-11"]},
            }
        )
    )
    (files_on_disk / f"{key}.2026-10").write_text(
        '{"version": 1, "data": {"events": [{"kind"'
    )
    (files_on_disk / f"{key}.2026-11").write_text(
        month_file(f"{key}.2026-11", NOVEMBER)
    )
    bad_event = month_file(f"{key}.2026-09", [{"kind": "twitch", "time": "soon"}])
    (files_on_disk / f"{key}.2026-09").write_text(bad_event)
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 1
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, f"journal_damaged_{key}.2026-10")
        is not None
    )
    assert any(".2026-10.corrupt." in file.name for file in files_on_disk.iterdir())
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, f"journal_damaged_{key}.2026-09")
        is not None
    )
    kept = [
        file for file in files_on_disk.iterdir() if ".2026-09.damaged." in file.name
    ]
    assert kept[0].read_text() == bad_event
