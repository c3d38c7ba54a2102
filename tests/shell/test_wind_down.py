"""Tests of the wind-down to-do list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.sleep_twitch_coach.const import EVENT_LOGGED
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er

from .conftest import fire_at, setup_entry, stored_events

TODO = "todo.alex_wind_down"


@pytest.fixture
def set_up_at() -> str:
    """Set the sleeper up at 21:00 on 16 November 2026."""
    return "2026-11-16T21:00:00+01:00"


async def items(hass: HomeAssistant, entity_id: str = TODO) -> list[dict[str, Any]]:
    """Return the to-do items of the wind-down list."""
    response = await hass.services.async_call(
        "todo",
        "get_items",
        {"entity_id": entity_id},
        blocking=True,
        return_response=True,
    )
    return response[entity_id]["items"]  # type: ignore[index,return-value]


async def todo(hass: HomeAssistant, service: str, **data: Any) -> None:
    """Call a to-do action on the wind-down list."""
    await hass.services.async_call(
        "todo", service, {"entity_id": TODO, **data}, blocking=True
    )
    await hass.async_block_till_done()


async def test_the_default_routine(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Six steps from the health advice, none done; the state counts what is left."""
    listed = await items(hass)
    assert [item["uid"] for item in listed] == [
        "stretch",
        "relax",
        "bath",
        "screens_off",
        "cool_dark_bedroom",
        "snack",
    ]
    assert listed[0]["summary"] == "Stretch hamstrings, calves and quadriceps"
    assert {item["status"] for item in listed} == {"needs_action"}
    assert hass.states.get(TODO).state == "6"


@pytest.mark.parametrize(
    ("language", "first_step"),
    [
        ("de", "Hintere und vordere Oberschenkel sowie Waden dehnen"),
        ("nl", "Hamstrings, kuiten en quadriceps rekken"),
        ("fr-CA", "Étirer les ischio-jambiers, les mollets et les quadriceps"),
        ("pt", "Stretch hamstrings, calves and quadriceps"),
    ],
)
async def test_a_new_sleeper_gets_the_steps_in_home_assistants_language(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    language: str,
    first_step: str,
) -> None:
    """The default steps are created in the configured language (English for others)."""
    await hass.config.async_update(language=language)
    await setup_entry(hass, mock_config_entry)
    # The entity's id comes from its name in that language too.
    (wind_down,) = [
        entry.entity_id
        for entry in er.async_entries_for_config_entry(
            er.async_get(hass), mock_config_entry.entry_id
        )
        if entry.domain == "todo"
    ]
    listed = await items(hass, wind_down)
    assert listed[0]["summary"] == first_step
    assert [item["uid"] for item in listed][-1] == "snack"


async def test_a_done_step_is_journalled_and_resets_at_noon(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    files_on_disk: Path,
) -> None:
    """Checking a step off logs routine_step; it survives a restart and resets at noon."""
    events = async_capture_events(hass, EVENT_LOGGED)
    await todo(hass, "update_item", item="stretch", status="completed")
    assert hass.states.get(TODO).state == "5"
    stored = stored_events(files_on_disk, loaded)
    assert stored == [
        {"kind": "routine_step", "time": "2026-11-16T20:00:00+00:00", "step": "stretch"}
    ]
    assert events[0].data["step"] == "stretch"
    # Checking it again does not log it twice.
    await todo(hass, "update_item", item="stretch", status="completed")
    assert len(stored_events(files_on_disk, loaded)) == 1

    assert await hass.config_entries.async_reload(loaded.entry_id)
    await hass.async_block_till_done()
    assert (await items(hass))[0]["status"] == "completed"

    await fire_at(hass, freezer, "2026-11-17T12:00:00+01:00")
    assert {item["status"] for item in await items(hass)} == {"needs_action"}
    assert hass.states.get(TODO).state == "6"


async def test_unchecking_takes_the_mark_back(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """A mistaken tap is taken back: the step is open and the mark is gone."""
    await todo(hass, "update_item", item="bath", status="completed")
    await todo(hass, "update_item", item="bath", status="needs_action")
    assert stored_events(files_on_disk, loaded) == []
    assert hass.states.get(TODO).state == "6"


async def test_steps_can_be_added_renamed_moved_and_removed(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """The user's own routine is kept in storage."""
    await todo(hass, "add_item", item="Chamomile tea")
    await todo(hass, "update_item", item="Screens off", rename="Phone in the kitchen")
    await todo(hass, "remove_item", item=["bath", "snack"])
    tea = (await items(hass))[-1]
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "todo/item/move",
            "entity_id": TODO,
            "uid": tea["uid"],
            "previous_uid": "relax",
        }
    )
    assert (await client.receive_json())["success"]
    await client.send_json_auto_id(
        {"type": "todo/item/move", "entity_id": TODO, "uid": "cool_dark_bedroom"}
    )
    assert (await client.receive_json())["success"]

    assert await hass.config_entries.async_reload(loaded.entry_id)
    await hass.async_block_till_done()
    assert [item["summary"] for item in await items(hass)] == [
        "Cool, dark bedroom",
        "Stretch hamstrings, calves and quadriceps",
        "Progressive muscle relaxation or deep breathing",
        "Chamomile tea",
        "Phone in the kitchen",
    ]


async def test_moving_an_unknown_step_is_refused(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """Moving a step that is not in the routine is a translated error; nothing changes."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "todo/item/move", "entity_id": TODO, "uid": "juggling"}
    )
    response = await client.receive_json()
    assert not response["success"]
    assert (
        response["error"]["message"]
        == "There is no wind-down step with the id juggling"
    )
    assert len(await items(hass)) == 6


async def test_a_step_longer_than_200_characters_is_refused(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Adding or renaming to 201 characters: the translated error names the limit."""
    await todo(hass, "add_item", item="x" * 200)
    for service, data in (
        ("add_item", {"item": "y" * 201}),
        ("update_item", {"item": "stretch", "rename": "y" * 201}),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await todo(hass, service, **data)
        assert err.value.translation_key == "invalid_summary"
        assert str(err.value) == (
            "A wind-down step's name must be text of at most 200 characters that can "
            "be saved"
        )
    summaries = [item["summary"] for item in await items(hass)]
    assert len(summaries) == 7
    assert summaries[-1] == "x" * 200
    assert "Stretch hamstrings, calves and quadriceps" in summaries
