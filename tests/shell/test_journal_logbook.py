"""The Journal entity's entries in Home Assistant's logbook, read through its own API."""

from __future__ import annotations

from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.components.logbook import const as logbook_const
from homeassistant.components.recorder import Recorder
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component

from .conftest import act, setup_entry, sleeper_entry

SHOWS_EVENT_TYPE = hasattr(logbook_const, "EXPOSED_STATE_ATTRIBUTES")


@pytest.fixture
def mock_recorder_before_hass(async_setup_recorder_instance: Any) -> None:
    """Prepare the recorder before Home Assistant (the logbook reads what it recorded)."""


@pytest.fixture
async def alex(
    recorder_mock: Recorder, hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> MockConfigEntry:
    """Set up Alex at 23:00, with the recorder and the logbook."""
    freezer.move_to("2026-11-16T23:00:00+01:00")
    return await setup_entry(hass, sleeper_entry())


async def test_each_logged_entry_is_a_logbook_line_with_its_type_and_user(
    hass: HomeAssistant,
    alex: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_admin_user: MockUser,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A twitch and a coffee: two lines of Alex's Journal, each with its event type."""
    entry = alex
    assert await async_setup_component(hass, "logbook", {})
    await act(hass, entry, "log_twitch", Context(user_id=hass_admin_user.id))
    freezer.tick(60)
    await act(hass, entry, "log_caffeine")
    await hass.async_block_till_done()
    await async_wait_recording_done(hass)

    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "logbook/get_events",
            "start_time": "2026-11-16T21:00:00+00:00",
            "end_time": "2026-11-17T21:00:00+00:00",
            "entity_ids": ["event.alex_journal"],
        }
    )
    lines = (await client.receive_json())["result"]
    # Newer Home Assistant gives the logbook the event type, which it shows translated
    # ("Alex Journal: Twitch"); older releases (2026.3) write "detected an event".
    assert [line.get("attributes", {}).get("event_type") for line in lines] == (
        ["twitch", "caffeine"] if SHOWS_EVENT_TYPE else [None, None]
    )
    assert lines[0]["context_user_id"] == hass_admin_user.id
