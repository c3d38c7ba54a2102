"""Edges of the trust promises: races with a failing change, odd text, an interrupted migration."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.const import DOMAIN
from custom_components.sleep_twitch_coach.store import envelope
from custom_components.sleep_twitch_coach.store.envelope import CoachFile
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError

from .conftest import (
    act,
    first_layout_file,
    month_file,
    press,
    setup_entry,
    stored_events,
)


async def test_a_failed_clear_keeps_an_event_logged_while_it_waited(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """A clear queued behind a log reverts to the journal it found, the log included."""
    await press(hass)
    gate = asyncio.Event()
    real_write = CoachFile.async_write
    held = [True]

    async def slow_first_write(file: CoachFile[Any], data: Any) -> int:
        if held.pop() if held else False:
            await gate.wait()
        return await real_write(file, data)

    with (
        patch.object(CoachFile, "async_write", slow_first_write),
        patch.object(envelope, "remove_durably", side_effect=OSError(1, "refused")),
    ):
        first = hass.async_create_task(press(hass))
        await asyncio.sleep(0)
        caffeine = hass.async_create_task(act(hass, loaded, "log_caffeine"))
        clear = hass.async_create_task(act(hass, loaded, "clear_history"))
        for _ in range(5):
            await asyncio.sleep(0)
        gate.set()
        await first
        await caffeine
        with pytest.raises(HomeAssistantError, match="could not be written"):
            await clear
    kinds = [event.kind.value for event in loaded.runtime_data.journal.events]
    assert kinds == ["twitch", "twitch", "caffeine"]
    assert [event["kind"] for event in stored_events(files_on_disk, loaded)] == kinds


async def test_a_failed_undo_puts_the_event_back_in_its_place(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """After a failed undo of the caffeine, the newest event is still the twitch."""
    await act(hass, loaded, "log_caffeine")
    await press(hass)
    with (
        patch.object(envelope, "write_atomically", side_effect=OSError(28, "full")),
        pytest.raises(HomeAssistantError),
    ):
        await act(hass, loaded, "undo_last", kind="caffeine")
    assert (await act(hass, loaded, "undo_last"))["removed"]["kind"] == "twitch"


async def test_two_undos_at_once_remove_two_events(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Concurrent undos each pick their event inside the change: never the same one twice."""
    for _ in range(3):
        await press(hass)
    first, second = await asyncio.gather(
        act(hass, loaded, "undo_last"), act(hass, loaded, "undo_last")
    )
    assert first["removed"] == second["removed"]  # two equal twitches, two objects
    assert len(loaded.runtime_data.journal) == 1


@pytest.mark.parametrize(
    ("service", "data"),
    [
        ("log_twitch", {"note": "\ud800"}),
        ("log_caffeine", {"amount_mg": 10**400}),
        ("log_exercise", {"duration_min": -(10**400)}),
        ("get_report", {"nights": 10**400}),
    ],
)
async def test_text_and_numbers_no_file_can_hold_are_refused(
    hass: HomeAssistant, loaded: MockConfigEntry, service: str, data: dict[str, Any]
) -> None:
    """A lone surrogate (YAML or a template can give one) or a huge number: refused."""
    with pytest.raises(ServiceValidationError):
        await act(hass, loaded, service, **data)
    assert len(loaded.runtime_data.journal) == 0
    await press(hass)
    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"


async def test_a_wind_down_step_name_no_file_can_hold_is_refused(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """The same for a new step of the wind-down list."""
    with pytest.raises(ServiceValidationError):
        await hass.services.async_call(
            "todo",
            "add_item",
            {"entity_id": "todo.alex_wind_down", "item": "stretch \ud800"},
            blocking=True,
        )
    await press(hass)
    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"


ODD_VALUES = [None, [[1]], {"a": [1]}, 10**400, "é☃", float("nan"), True, 1.5]
# Once crashed the whole process (Home Assistant's date parser), now refused.
ODD_VALUES += ["\ud800", "2026-11-16T\ud800"]
FIELDS = ["when", "woke_up", "body_parts", "note", "amount_mg", "intensity"]
FIELDS += ["duration_min", "symptom", "kind", "nights", "config_entry_id"]


SERVICES = ["log_twitch", "log_caffeine", "log_exercise", "log_symptom"]
SERVICES += ["undo_last", "get_report", "clear_history"]


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
async def test_odd_values_never_give_a_server_error(
    hass: HomeAssistant, loaded: MockConfigEntry, value: Any
) -> None:
    """Every field of every action with odd values: a translated refusal at worst."""
    refusals: list[str | None] = []
    for service in SERVICES:
        for field in FIELDS:
            data = {"config_entry_id": loaded.entry_id, field: value}
            if service == "log_symptom" and field != "symptom":
                data["symptom"] = "urge_to_move"
            try:
                await hass.services.async_call(
                    DOMAIN,
                    service,
                    data,
                    blocking=True,
                    return_response=service in ("undo_last", "get_report"),
                )
            except ServiceValidationError as err:
                refusals.append(err.translation_key)
    assert refusals
    assert all(refusals)


OLD = {"kind": "twitch", "time": "2026-11-10T23:00:00+01:00"}
NEWER = {"kind": "caffeine", "time": "2026-11-12T09:00:00+01:00"}


@pytest.mark.parametrize(
    ("in_month_file", "expected"),
    [
        pytest.param([OLD], 1, id="split_cut_short"),
        pytest.param([OLD, NEWER], 2, id="old_backup_of_the_main_file"),
        pytest.param([OLD, OLD], 2, id="two_equal_events"),
    ],
)
async def test_an_interrupted_split_of_the_first_layout_counts_each_event_once(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
    in_month_file: list[dict[str, Any]],
    expected: int,
) -> None:
    """A layout-1 main file next to month files: what both hold counts once, nothing is lost."""
    freezer.move_to("2026-11-16T23:30:00+01:00")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text(first_layout_file(key, [OLD]))
    (files_on_disk / f"{key}.2026-11").write_text(
        month_file(f"{key}.2026-11", in_month_file)
    )
    await setup_entry(hass, mock_config_entry)
    assert len(mock_config_entry.runtime_data.journal) == expected
    stored = json.loads((files_on_disk / f"{key}.2026-11").read_text())
    assert len(stored["data"]["events"]) == expected
    assert "events" not in json.loads((files_on_disk / key).read_text())["data"]
