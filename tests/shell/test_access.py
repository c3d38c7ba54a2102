"""Who may undo: the design's permission table, through actions and the WebSocket API."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    CLIENT_ID,
    MockConfigEntry,
    MockUser,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError, Unauthorized

from .conftest import act
from .users import async_user

TWITCHES = "sensor.alex_twitches_tonight"


async def act_as(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    service: str,
    user: MockUser | None,
    **data: Any,
) -> Any:
    """Call an action of the coach as a user (None: an automation)."""
    return await act(
        hass, entry, service, Context(user_id=user.id if user else None), **data
    )


async def test_anyone_undoes_only_their_own_recent_events(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    guest: MockUser,
    sleeper: MockUser,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A guest cannot empty the journal: only what they logged in the last 15 minutes goes."""
    for _ in range(10):
        await act_as(hass, loaded, "log_twitch", None)
    await act_as(hass, loaded, "log_twitch", sleeper, note="sleeper's words")
    await act_as(hass, loaded, "log_twitch", guest, note="guest's words")
    assert hass.states.get(TWITCHES).state == "12"

    response = await act_as(hass, loaded, "undo_last", guest)
    assert response == {
        "removed": {
            "kind": "twitch",
            "time": "2026-11-16T21:45:00+00:00",
            "woke_up": False,
            "body_parts": ["legs"],
        }
    }
    for _ in range(10):
        with pytest.raises(ServiceValidationError) as err:
            await act_as(hass, loaded, "undo_last", guest)
        assert err.value.translation_key == "nothing_to_undo_yours"
        assert "15 minutes" in str(err.value)
    assert hass.states.get(TWITCHES).state == "11"

    # Their own event, but logged 16 minutes ago: too late for them, not for the sleeper.
    await act_as(hass, loaded, "log_caffeine", guest)
    freezer.tick(16 * 60)
    with pytest.raises(ServiceValidationError):
        await act_as(hass, loaded, "undo_last", guest, kind="caffeine")
    response = await act_as(hass, loaded, "undo_last", sleeper, kind="caffeine")
    assert response["removed"]["kind"] == "caffeine"
    # The sleeper undoes anyone's, newest first; the response never carries a note.
    response = await act_as(hass, loaded, "undo_last", sleeper)
    assert "note" not in response["removed"]
    assert hass.states.get(TWITCHES).state == "10"


async def test_a_back_filled_event_counts_from_when_it_was_logged(
    hass: HomeAssistant, loaded: MockConfigEntry, guest: MockUser
) -> None:
    """Logged a minute ago for last night: still the guest's to undo."""
    await act_as(hass, loaded, "log_twitch", guest, when="2026-11-15T23:00:00+01:00")
    response = await act_as(hass, loaded, "undo_last", guest)
    assert response["removed"]["time"] == "2026-11-15T22:00:00+00:00"


async def test_a_guest_cannot_undo_a_button_press(
    hass: HomeAssistant, loaded: MockConfigEntry, guest: MockUser
) -> None:
    """A press by an automation or a physical button logs as no user: not the guest's."""
    await hass.services.async_call(
        "button", "press", {"entity_id": "button.alex_log_twitch"}, blocking=True
    )
    with pytest.raises(ServiceValidationError):
        await act_as(hass, loaded, "undo_last", guest)
    assert hass.states.get(TWITCHES).state == "1"


@pytest.mark.parametrize("who", ["admin", "automation"])
async def test_administrators_and_automations_undo_anything_a_person_logged(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    guest: MockUser,
    hass_admin_user: MockUser,
    who: str,
) -> None:
    """Any person-logged event, never a wind-down tick or a bedtime snapshot."""
    await act_as(hass, loaded, "log_twitch", guest)
    await hass.services.async_call(
        "todo",
        "update_item",
        {
            "entity_id": "todo.alex_wind_down",
            "item": "Stretch hamstrings, calves and quadriceps",
            "status": "completed",
        },
        blocking=True,
    )
    user = hass_admin_user if who == "admin" else None
    response = await act_as(hass, loaded, "undo_last", user)
    assert response["removed"]["kind"] == "twitch"
    with pytest.raises(ServiceValidationError) as err:
        await act_as(hass, loaded, "undo_last", user)
    assert err.value.translation_key == "nothing_to_undo"
    assert len(loaded.runtime_data.journal) == 1


async def ws_as(
    hass: HomeAssistant, hass_ws_client: WebSocketGenerator, user: MockUser
) -> Callable[..., Awaitable[dict[str, Any]]]:
    """Return a caller of the coach's actions over the WebSocket API as `user`."""
    refresh_token = await hass.auth.async_create_refresh_token(user, CLIENT_ID)
    client = await hass_ws_client(
        hass, hass.auth.async_create_access_token(refresh_token)
    )

    async def call_service(service: str, **data: Any) -> dict[str, Any]:
        await client.send_json_auto_id(
            {
                "type": "call_service",
                "domain": DOMAIN,
                "service": service,
                "service_data": {"config_entry_id": data.pop("entry_id"), **data},
                "return_response": service in ("undo_last", "get_report"),
            }
        )
        return await client.receive_json()

    return call_service


async def test_a_guest_over_websocket(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    guest: MockUser,
) -> None:
    """Over the WebSocket API a non-admin may log, may not undo others' events, nor clear."""
    await act_as(hass, loaded, "log_twitch", None)
    call_service = await ws_as(hass, hass_ws_client, guest)
    entry_id = loaded.entry_id

    assert (await call_service("log_caffeine", entry_id=entry_id))["success"]
    refused = await call_service("undo_last", entry_id=entry_id, kind="twitch")
    assert not refused["success"]
    assert refused["error"]["code"] == "service_validation_error"
    assert refused["error"]["translation_key"] == "nothing_to_undo_yours"
    cleared = await call_service("clear_history", entry_id=entry_id)
    # Home Assistant's own refusal of an admin-only action.
    assert not cleared["success"]
    assert cleared["error"]["message"] == "Unauthorized"
    undone = await call_service("undo_last", entry_id=entry_id)
    assert undone["success"]
    assert undone["result"]["response"]["removed"]["kind"] == "caffeine"
    assert hass.states.get(TWITCHES).state == "1"
    assert len(loaded.runtime_data.journal) == 1


async def test_a_read_only_user_reads_and_changes_nothing(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Home Assistant's Read Only group: every action that writes is refused, translated."""
    await act_as(hass, loaded, "log_twitch", None)
    reader = await async_user(hass, "Reader", read_only=True)
    # Linked to the sleeper, still read-only: the group decides.
    hass.config_entries.async_update_entry(
        loaded, options={**loaded.options, "user": reader.id}
    )
    await hass.async_block_till_done()
    call_service = await ws_as(hass, hass_ws_client, reader)
    entry_id = loaded.entry_id
    for service in ("log_twitch", "log_caffeine", "log_exercise", "undo_last"):
        refused = await call_service(service, entry_id=entry_id)
        assert not refused["success"], service
        assert refused["error"]["translation_key"] == "read_only_user"
        assert refused["error"]["translation_placeholders"] == {"name": "Alex"}
    refused = await call_service(
        "log_symptom", entry_id=entry_id, symptom="urge_to_move"
    )
    assert refused["error"]["translation_key"] == "read_only_user"
    with pytest.raises(Unauthorized) as err:
        await act_as(hass, loaded, "log_twitch", reader)
    assert str(err.value) == (
        "Alex's journal can only be read with your account: ask an administrator for "
        "a user that may control devices"
    )
    # Reading stays allowed, without notes (as for anyone who is not the sleeper).
    report = await call_service("get_report", entry_id=entry_id)
    assert report["success"]
    assert report["result"]["response"]["summary"]["twitches"] == 1
    assert hass.states.get(TWITCHES).state == "1"
    assert len(loaded.runtime_data.journal) == 1
