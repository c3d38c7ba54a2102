"""Tests of a damaged journal file: kept aside, never overwritten, and explained."""

from __future__ import annotations

from functools import partial
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_twitch_coach.coach.events import Twitch, event_to_storage
from custom_components.sleep_twitch_coach.coach.journal import Journal
from custom_components.sleep_twitch_coach.const import DOMAIN
from custom_components.sleep_twitch_coach.store import envelope as file_owner
from custom_components.sleep_twitch_coach.store.journal import WouldLoseEventsError
from custom_components.sleep_twitch_coach.store.months import month_of
from homeassistant.components.repairs import DOMAIN as REPAIRS_DOMAIN
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from .conftest import main_file, month_file, press, setup_entry, store_file

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


def assert_one_issue_for(hass: HomeAssistant, key: str, kept: Path) -> None:
    """Exactly one repair issue explains a damaged file, the coach's, whatever the damage."""
    registry = ir.async_get(hass)
    ours = registry.async_get_issue(DOMAIN, f"journal_damaged_{key}")
    home_assistant = [
        issue
        for (domain, issue_id), issue in registry.issues.items()
        if domain == "homeassistant" and issue_id.startswith("storage_corruption")
    ]
    assert ".damaged." in kept.name
    assert not home_assistant
    assert ours is not None
    assert ours.translation_key == "journal_damaged"
    assert ours.translation_placeholders is not None
    assert ours.translation_placeholders["path"] == str(kept)
    assert ours.translation_placeholders["name"] == "Alex"


@pytest.mark.parametrize(
    ("content", "kept_as"),
    [
        pytest.param("{not json", ".damaged.", id="invalid_json"),
        pytest.param(envelope()[:40], ".damaged.", id="truncated"),
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
        pytest.param(envelope(version=2, data=[]), ".damaged.", id="data_a_list"),
        pytest.param(envelope(data=[]), ".damaged.", id="first_layout_data_a_list"),
        pytest.param(
            envelope(version=2, data={"events": "x"}), ".damaged.", id="events_text"
        ),
        pytest.param(envelope(version=2, data="x"), ".damaged.", id="data_text"),
        pytest.param(
            envelope(version=2, data={"months": "2026-11"}),
            ".damaged.",
            id="months_text",
        ),
        pytest.param(
            envelope(version=2, data={"months": [2026]}),
            ".damaged.",
            id="months_numbers",
        ),
        pytest.param(
            envelope(version=2, data={"wind_down_steps": {"a": 1}}),
            ".damaged.",
            id="steps_not_a_list",
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
    assert_one_issue_for(hass, f"{DOMAIN}.{mock_config_entry.entry_id}", kept[0])

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
    (kept,) = files_on_disk.glob(f"{key}.damaged.*")
    assert_one_issue_for(hass, key, kept)


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
    (files_on_disk / f"{key}.2026-08").write_text(
        store_file(f"{key}.2026-08", {"events": "x"})
    )
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 1
    assert any(".2026-08.damaged." in file.name for file in files_on_disk.iterdir())
    (kept,) = files_on_disk.glob(f"{key}.2026-10.damaged.*")
    assert_one_issue_for(hass, f"{key}.2026-10", kept)
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, f"journal_damaged_{key}.2026-09")
        is not None
    )
    kept = [
        file for file in files_on_disk.iterdir() if ".2026-09.damaged." in file.name
    ]
    assert kept[0].read_text() == bad_event


@pytest.mark.parametrize(
    "months",
    [
        pytest.param({}, id="missing"),
        pytest.param({"months": []}, id="empty"),
        pytest.param({"months": ["2026-10"]}, id="stale"),
    ],
)
async def test_month_files_are_the_truth_about_months(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
    months: dict[str, Any],
) -> None:
    """A main file that lists too few months (an old backup) loses nothing, and no press does."""
    freezer.move_to("2026-11-16T23:30:00+01:00")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    november = [
        {"kind": "twitch", "time": f"2026-11-{day:02d}T23:00:00+01:00"}
        for day in range(1, 16)
    ]
    (files_on_disk / key).write_text(main_file(key, **months))
    (files_on_disk / f"{key}.2026-10").write_text(month_file(f"{key}.2026-10", OCTOBER))
    (files_on_disk / f"{key}.2026-11").write_text(
        month_file(f"{key}.2026-11", november)
    )
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 16
    # Nothing was damaged: the journal is whole.
    assert not [
        issue_id
        for _, issue_id in ir.async_get(hass).issues
        if issue_id.startswith(("journal_damaged", "storage_corruption"))
    ]

    await press(hass)
    stored = json.loads((files_on_disk / f"{key}.2026-11").read_text())
    assert len(stored["data"]["events"]) == 16
    assert json.loads((files_on_disk / key).read_text())["data"]["months"] == [
        "2026-10",
        "2026-11",
    ]


async def test_a_write_that_would_lose_events_is_refused(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """Storage never replaces a month by fewer events than were removed from it."""
    await press(hass)
    await press(hass)
    coordinator = loaded.runtime_data
    key = f"{DOMAIN}.{loaded.entry_id}.2026-11"
    on_disk = (files_on_disk / key).read_bytes()
    # A journal that lost events without removing them (as a half-loaded one would).
    coordinator.record.journal = Journal(coordinator.journal.tz)
    coordinator.record.journal.add(Twitch(time=dt_util.utcnow()))
    coordinator.store.follow(coordinator.record.journal)
    with pytest.raises(WouldLoseEventsError):
        await coordinator.store.async_save_record(coordinator.record)
    assert (files_on_disk / key).read_bytes() == on_disk


async def test_month_files_always_hold_exactly_the_journal(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """Presses, back-fills, undos and a failed write: each month file equals its month."""
    coordinator = loaded.runtime_data
    key = f"{DOMAIN}.{loaded.entry_id}"

    def check() -> None:
        journal = coordinator.journal
        by_month: dict[str, list[dict[str, Any]]] = {}
        for event in journal.events:
            month = month_of(event.time)
            by_month.setdefault(month, []).append(event_to_storage(event))
        for month, events in by_month.items():
            stored = json.loads((files_on_disk / f"{key}.{month}").read_text())
            stored = stored["data"]["events"]
            as_json = partial(json.dumps, sort_keys=True)
            assert sorted(map(as_json, stored)) == sorted(map(as_json, events))

    async def act(service: str, **data: Any) -> None:
        await hass.services.async_call(
            DOMAIN,
            service,
            {"config_entry_id": loaded.entry_id, **data},
            blocking=True,
            return_response=service == "undo_last",
        )
        check()

    await press(hass)
    check()
    await act("log_caffeine", when="2026-11-10T09:00:00+01:00")
    await act("log_twitch", woke_up=True)
    await act("undo_last", kind="caffeine")
    await act("log_exercise", when="2026-10-10T18:00:00+02:00")
    with (
        patch.object(file_owner, "write_atomically", side_effect=OSError(28, "full")),
        pytest.raises(HomeAssistantError),
    ):
        await press(hass)
    check()
    await press(hass)
    await act("undo_last")
    await act("log_symptom", symptom="urge_to_move")
    assert len(coordinator.journal) == 4


async def test_an_empty_main_file_is_no_damage(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A main file holding `{}` loads as no settings; its months are still found."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text("{}")
    (files_on_disk / f"{key}.2026-10").write_text(month_file(f"{key}.2026-10", OCTOBER))
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == 1
    assert "held no data" in caplog.text
