"""Reliability: floods of presses, clocks moving backwards, and a restart in the middle of a night."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.store.envelope import CoachFile
from homeassistant.core import HomeAssistant

from .conftest import fire_at, press, setup_entry, stored_events

PRESSES = 1000


async def test_a_flood_of_presses_records_every_one(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """1,000 presses at once: all recorded, at most one write each, nothing blocks the loop."""
    freezer.move_to("2026-11-16T23:00:00+01:00")
    await setup_entry(hass, mock_config_entry)
    writes = 0
    original = CoachFile.async_write

    async def counted(file: CoachFile[Any], data: Any) -> int:
        nonlocal writes
        writes += 1
        return await original(file, data)

    with patch.object(CoachFile, "async_write", counted):
        await asyncio.gather(
            *(
                hass.services.async_call(
                    "button",
                    "press",
                    {"entity_id": "button.alex_log_twitch"},
                    blocking=True,
                )
                for _ in range(PRESSES)
            )
        )
        await hass.async_block_till_done()
    assert hass.states.get("sensor.alex_twitches_tonight").state == str(PRESSES)
    stored = stored_events(files_on_disk, mock_config_entry)
    assert len(stored) == PRESSES
    # At most one write each, and one of the main file, which lists the new month.
    assert 0 < writes <= PRESSES + 1


async def test_the_clock_set_back_an_hour(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Set back from 12:30 to 11:30, a press belongs to the night before; noon rolls over again."""
    freezer.move_to("2026-11-16T23:00:00+01:00")
    await setup_entry(hass, mock_config_entry)
    press = {"entity_id": "button.alex_log_twitch"}
    await hass.services.async_call("button", "press", press, blocking=True)
    tonight = "sensor.alex_twitches_tonight"

    await fire_at(hass, freezer, "2026-11-17T12:30:00+01:00")
    assert hass.states.get(tonight).state == "0"

    freezer.move_to("2026-11-17T11:30:00+01:00")
    await hass.services.async_call("button", "press", press, blocking=True)
    assert hass.states.get(tonight).state == "2"

    await fire_at(hass, freezer, "2026-11-17T12:00:00+01:00")
    assert hass.states.get(tonight).state == "0"
    assert hass.states.get("sensor.alex_twitch_nights_7d").state == "1"


async def test_a_restart_in_the_middle_of_a_night(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Tonight's count, the wind-down list and the scheduled noon rollover come back."""
    freezer.move_to("2026-11-16T23:00:00+01:00")
    await setup_entry(hass, mock_config_entry)
    await press(hass)
    await hass.services.async_call(
        "todo",
        "update_item",
        {"entity_id": "todo.alex_wind_down", "item": "stretch", "status": "completed"},
        blocking=True,
    )
    freezer.move_to("2026-11-17T02:00:00+01:00")
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"
    assert hass.states.get("todo.alex_wind_down").state == "5"

    await fire_at(hass, freezer, "2026-11-17T12:00:00+01:00")
    assert hass.states.get("sensor.alex_twitches_tonight").state == "0"
    assert hass.states.get("todo.alex_wind_down").state == "6"
