"""The panel's list of a night's entries: what it shows, to whom, and which may go."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.typing import (
    MockHAClientWebSocket,
    WebSocketGenerator,
)

from custom_components.sleep_twitch_coach.coach.events import BedtimeSnapshot
from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.core import HomeAssistant

from .test_undo_entry import log
from .test_websocket import command, token_of
from .users import async_user

NOTE = "<b>my private words</b>"


async def entries(
    client: MockHAClientWebSocket, entry: MockConfigEntry, night: str = "2026-11-16"
) -> list[dict[str, Any]]:
    """Return a night's entries as the panel receives them."""
    reply = await command(client, "night_entries", entry_id=entry.entry_id, night=night)
    assert reply["success"], reply
    found: list[dict[str, Any]] = reply["result"]["entries"]
    return found


async def test_a_nights_entries_oldest_first_without_notes(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    freezer: FrozenDateTimeFactory,
) -> None:
    """What a person logged, each with its exact time; not the coach's own records."""
    freezer.move_to("2026-11-16T22:45:00.250000+01:00")
    await log(hass, loaded, "log_twitch", woke_up=True, note=NOTE)
    await log(hass, loaded, "log_factor", factor="alcohol", amount=2)
    await log(hass, loaded, "log_exercise", when="2026-11-16T18:00:00+01:00")
    await log(hass, loaded, "log_caffeine", when="2026-11-16T11:59:00+01:00")
    await loaded.runtime_data.async_log(
        BedtimeSnapshot(
            time=datetime.fromisoformat("2026-11-16T22:30:00+01:00"),
            temperature_c=19.5,
        )
    )
    client = await hass_ws_client(hass)

    found = await entries(client, loaded)

    assert found == [
        {
            "kind": "exercise",
            "time": "2026-11-16T17:00:00+00:00",
            "intensity": "vigorous",
            "duration_min": None,
            "removable": True,
            "removable_until": None,
        },
        {
            "kind": "twitch",
            "time": "2026-11-16T21:45:00.250000+00:00",
            "woke_up": True,
            "body_parts": ["legs"],
            "removable": True,
            "removable_until": None,
        },
        {
            "kind": "factor",
            "time": "2026-11-16T21:45:00.250000+00:00",
            "factor": "alcohol",
            "amount": 2.0,
            "removable": True,
            "removable_until": None,
        },
    ]
    assert "private" not in str(found)
    # The coffee before noon belongs to the night before.
    assert [entry["kind"] for entry in await entries(client, loaded, "2026-11-15")] == [
        "caffeine"
    ]
    assert await entries(client, loaded, "2026-11-10") == []


async def test_an_entrys_time_removes_it(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """The panel's Remove: undo_last with the entry's kind and time, over the same socket."""
    await log(hass, loaded, "log_twitch", when="2026-11-16T21:00:00+01:00")
    await log(hass, loaded, "log_twitch")
    client = await hass_ws_client(hass)
    first, _newest = await entries(client, loaded)
    await client.send_json_auto_id(
        {
            "type": "call_service",
            "domain": DOMAIN,
            "service": "undo_last",
            "service_data": {
                "config_entry_id": loaded.entry_id,
                "kind": first["kind"],
                "when": first["time"],
            },
            "return_response": True,
        }
    )
    reply = await client.receive_json()
    assert reply["success"], reply
    assert [entry["time"] for entry in await entries(client, loaded)] == [
        "2026-11-16T21:45:00+00:00"
    ]
    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"


async def test_removable_follows_the_permission_table(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    guest: MockUser,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A guest may remove only their own for 15 minutes; the sleeper's user anything."""
    await log(hass, loaded, "log_twitch", when="2026-11-16T21:00:00+01:00")
    await log(hass, loaded, "log_caffeine", guest)
    guest_client = await hass_ws_client(hass, await token_of(hass, guest))
    assert [entry["removable"] for entry in await entries(guest_client, loaded)] == [
        False,
        True,
    ]
    freezer.tick(15 * 60 + 1)
    assert [entry["removable"] for entry in await entries(guest_client, loaded)] == [
        False,
        False,
    ]
    alex = await async_user(hass, "Alex")
    hass.config_entries.async_update_entry(
        loaded, options={**loaded.options, "user": alex.id}
    )
    await hass.async_block_till_done()
    alex_client = await hass_ws_client(hass, await token_of(hass, alex))
    assert [entry["removable"] for entry in await entries(alex_client, loaded)] == [
        True,
        True,
    ]


async def test_a_read_only_user_sees_entries_none_removable(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    """Home Assistant's Read Only group reads the list and may remove nothing."""
    await log(hass, loaded, "log_twitch", note=NOTE)
    client = await hass_ws_client(hass, hass_read_only_access_token)
    found = await entries(client, loaded)
    assert [(entry["kind"], entry["removable"]) for entry in found] == [
        ("twitch", False)
    ]
    assert "private" not in str(found)


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"night": "2026-02-30"}, "invalid_night"),
        ({"night": "16.11.2026"}, "invalid_night"),
        ({"night": 20261116}, "invalid_night"),
        ({"night": ["2026-11-16"]}, "invalid_night"),
        ({"night": None}, "invalid_night"),
        ({"night": None, "entry_id": None}, "invalid_entry_id"),
        ({"colour": "red"}, "invalid_field"),
    ],
)
async def test_bad_input_is_refused_with_a_translated_error(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    fields: dict[str, Any],
    key: str,
) -> None:
    """A message in words naming the field, as the other commands give."""
    client = await hass_ws_client(hass)
    data = {"entry_id": loaded.entry_id, "night": "2026-11-16", **fields}
    reply = await command(client, "night_entries", **data)
    assert not reply["success"]
    assert reply["error"]["code"] == "invalid_format"
    assert reply["error"]["translation_key"] == key
    assert "{" not in reply["error"]["message"]
    assert reply["error"]["message"] != key


async def test_an_unknown_sleeper_is_not_found(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """Home Assistant's own message for a sleeper that does not exist."""
    client = await hass_ws_client(hass)
    reply = await command(
        client, "night_entries", entry_id="nobody", night="2026-11-16"
    )
    assert reply["error"]["code"] == "not_found"
    assert reply["error"]["translation_key"] == "service_config_entry_not_found"
