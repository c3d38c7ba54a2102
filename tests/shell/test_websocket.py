"""The panel's WebSocket commands: ranges, permissions, live updates and bad input."""

from __future__ import annotations

import asyncio
import csv
from datetime import datetime, timedelta
import io
import json
import logging
from pathlib import Path
import threading
from typing import Any
from unittest.mock import patch
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    CLIENT_ID,
    MockConfigEntry,
    MockUser,
)
from pytest_homeassistant_custom_component.typing import (
    MockHAClientWebSocket,
    WebSocketGenerator,
)

from custom_components.sleep_twitch_coach.coach.journal import Journal
from custom_components.sleep_twitch_coach.coach.report.export import export_csv
from custom_components.sleep_twitch_coach.const import DOMAIN
from custom_components.sleep_twitch_coach.coordinator import CoachCoordinator
from custom_components.sleep_twitch_coach.panel_data import NIGHT_FIELDS
from homeassistant.core import Context, HomeAssistant
from homeassistant.util.unit_system import US_CUSTOMARY_SYSTEM

from .conftest import OPTIONS_FORM, act, fire_at, setup_entry, submit_options
from .test_report import setup_measured
from .users import async_user

NOTE = "=cramp after the long walk"


@pytest.fixture
async def alex_with_nights(
    hass: HomeAssistant, loaded: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> MockConfigEntry:
    """Alex with two nights logged: a woke-up twitch with a note, coffee late, a symptom."""
    await act(hass, loaded, "log_caffeine", when="2026-11-15T16:00:00+01:00")
    await act(
        hass,
        loaded,
        "log_twitch",
        when="2026-11-16T01:30:00+01:00",
        woke_up=True,
        body_parts=["legs", "arms"],
        note=NOTE,
    )
    await act(hass, loaded, "log_twitch", when="2026-11-15T23:40:00+01:00")
    await act(hass, loaded, "log_symptom", symptom="urge_to_move")
    return loaded


async def command(
    client: MockHAClientWebSocket, name: str, **fields: Any
) -> dict[str, Any]:
    """Send one of the coach's commands and return the reply."""
    await client.send_json_auto_id({"type": f"{DOMAIN}/{name}", **fields})
    reply: dict[str, Any] = await client.receive_json()
    return reply


async def subscribe(
    client: MockHAClientWebSocket, entry: MockConfigEntry
) -> tuple[int, dict[str, Any]]:
    """Subscribe to a sleeper's figures; return the subscription's id and its first event."""
    message: dict[str, Any] = {
        "type": f"{DOMAIN}/subscribe",
        "entry_id": entry.entry_id,
    }
    await client.send_json_auto_id(message)
    assert (await client.receive_json())["success"]
    return message["id"], (await client.receive_json())["event"]


def warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Return what was logged at WARNING or above."""
    return [record for record in caplog.records if record.levelno >= logging.WARNING]


def rows(reply: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the nights of a nights reply as dictionaries.

    A night's list may end early: the fields after it are None.
    """
    assert reply["success"], reply
    fields = reply["result"]["fields"]
    return [
        dict(zip(fields, [*row, *[None] * (len(fields) - len(row))], strict=True))
        for row in reply["result"]["nights"]
    ]


async def token_of(hass: HomeAssistant, user: MockUser) -> str:
    """Return an access token of a user."""
    refresh_token = await hass.auth.async_create_refresh_token(user, CLIENT_ID)
    return hass.auth.async_create_access_token(refresh_token)


async def test_nights_one_row_per_night_from_first_to_last(
    hass: HomeAssistant,
    alex_with_nights: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """A row for every night of the range, oldest first, with the report's figures."""
    client = await hass_ws_client(hass)
    reply = await command(
        client,
        "nights",
        entry_id=alex_with_nights.entry_id,
        first_night="2026-11-14",
        last_night="2026-11-16",
    )
    assert reply["result"]["temperature_unit"] == "°C"
    assert reply["result"]["fields"] == list(NIGHT_FIELDS)
    assert "notes" not in NIGHT_FIELDS
    nights = rows(reply)
    assert [night["night"] for night in nights] == [
        "2026-11-14",
        "2026-11-15",
        "2026-11-16",
    ]
    empty, twitched, tonight = nights
    assert empty["twitches"] == 0
    assert empty["plm_index"] is None
    assert twitched["twitches"] == 2
    assert twitched["twitch_times"] == ["23:40", "01:30"]
    assert twitched["woke_up_twitches"] == 1
    assert twitched["body_parts"] == ["arms", "legs"]
    assert twitched["caffeine_after_cutoff"] is True
    assert tonight["symptoms"] == ["urge_to_move"]


@pytest.fixture
async def alex_measured(
    hass: HomeAssistant, files_on_disk: Path, freezer: FrozenDateTimeFactory
) -> MockConfigEntry:
    """Alex with nights measured by a sensor on each leg, or one, and an asleep sensor."""
    return await setup_measured(hass, files_on_disk, freezer)


async def test_nights_with_measured_figures(
    hass: HomeAssistant,
    alex_measured: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Each leg, periodicity, time asleep and PLMS index where measured; absent elsewhere."""
    entry = alex_measured
    client = await hass_ws_client(hass)
    reply = await command(
        client,
        "nights",
        entry_id=entry.entry_id,
        first_night="2026-11-11",
        last_night="2026-11-15",
    )
    nights = {night["night"]: night for night in rows(reply)}
    assert {
        night: (
            row["left_leg_movements"],
            row["right_leg_movements"],
            row["periodicity_index"],
            row["time_asleep_min"],
            row["plms_index"],
        )
        for night, row in nights.items()
    } == {
        "2026-11-11": (None, None, None, None, None),
        "2026-11-12": (None, None, 1.0, None, None),
        "2026-11-13": (None, None, 1.0, 360, 4.0),
        "2026-11-14": (12, 12, 0.96, None, None),
        "2026-11-15": (22, 18, 0.97, 360, 6.7),
    }
    # A night's values end at its last measured one: no nulls for what was not measured.
    assert [len(values) for values in reply["result"]["nights"]] == [
        NIGHT_FIELDS.index("limb_movements"),
        NIGHT_FIELDS.index("periodicity_index") + 1,
        len(NIGHT_FIELDS),
        NIGHT_FIELDS.index("right_leg_movements") + 1,
        len(NIGHT_FIELDS),
    ]


async def test_nights_say_when_the_journal_begins(
    hass: HomeAssistant,
    alex_with_nights: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The night Alex was added (5 January), until a twitch is back-filled to an older one.

    Rows before it are still sent, one per night asked for; the panel shows them as not
    recorded.
    """
    client = await hass_ws_client(hass)
    fields = {"first_night": "2025-12-01", "last_night": "2026-11-16"}
    reply = await command(
        client, "nights", entry_id=alex_with_nights.entry_id, **fields
    )
    assert reply["result"]["journal_begins"] == "2026-01-05"
    assert len(rows(reply)) == 351
    await act(hass, alex_with_nights, "log_twitch", when="2025-12-21T01:30:00+01:00")
    reply = await command(
        client, "nights", entry_id=alex_with_nights.entry_id, **fields
    )
    assert reply["result"]["journal_begins"] == "2025-12-20"


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"first_night": "2026-13-01"}, "invalid_first_night"),
        ({"first_night": "2026-02-30"}, "invalid_first_night"),
        ({"first_night": 20261114}, "invalid_first_night"),
        ({"first_night": "2026-11-14T00:00:00"}, "invalid_first_night"),
        ({"first_night": "20261114"}, "invalid_first_night"),
        ({"first_night": ["2026-11-14"]}, "invalid_first_night"),
        ({"first_night": "0001-01-01"}, "invalid_night_range"),
        ({"last_night": "9999-12-31"}, "invalid_night_range"),
        ({"last_night": "2026-11-17"}, "invalid_night_range"),
        (
            {"first_night": "2026-11-16", "last_night": "2026-11-15"},
            "invalid_night_range",
        ),
        ({"first_night": "2016-11-18"}, "invalid_night_range"),
        ({"last_night": None}, "invalid_last_night"),
        ({"entry_id": ["alex"]}, "invalid_entry_id"),
        ({"colour": "red"}, "invalid_field"),
    ],
)
async def test_nights_refuses_bad_input_with_a_translated_error(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    caplog: pytest.LogCaptureFixture,
    fields: dict[str, Any],
    key: str,
) -> None:
    """Bad input is refused with a message in words naming the field; nothing is logged."""
    client = await hass_ws_client(hass)
    data = {
        "entry_id": loaded.entry_id,
        "first_night": "2026-11-14",
        "last_night": "2026-11-16",
        **fields,
    }
    reply = await command(client, "nights", **data)
    assert not reply["success"]
    assert reply["error"]["code"] == "invalid_format"
    assert reply["error"]["translation_key"] == key
    assert reply["error"]["translation_domain"] == DOMAIN
    assert "{" not in reply["error"]["message"]
    assert reply["error"]["message"] != key
    assert not warnings(caplog)


async def test_the_longest_range_is_one_request(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """3650 nights, the longest journal a sleeper can keep, are answered in one reply."""
    client = await hass_ws_client(hass)
    reply = await command(
        client,
        "nights",
        entry_id=loaded.entry_id,
        first_night="2016-11-19",
        last_night="2026-11-16",
    )
    assert len(rows(reply)) == 3650


async def test_an_unknown_sleeper_is_not_found(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """A sleeper that does not exist, or is not loaded, gets Home Assistant's own message."""
    client = await hass_ws_client(hass)
    for name, fields in (
        ("subscribe", {}),
        ("report", {"nights": 14}),
        ("export", {"format": "csv"}),
    ):
        reply = await command(client, name, entry_id="nobody", **fields)
        assert reply["error"]["code"] == "not_found", name
        assert reply["error"]["translation_key"] == "service_config_entry_not_found"
    await hass.config_entries.async_unload(loaded.entry_id)
    reply = await command(client, "report", entry_id=loaded.entry_id)
    assert reply["error"]["translation_key"] == "service_config_entry_not_loaded"


@pytest.mark.parametrize(
    ("name", "fields", "key"),
    [
        ("report", {"nights": 91}, "invalid_nights"),
        ("report", {"nights": 1.5}, "invalid_nights"),
        ("report", {"nights": True}, "invalid_nights"),
        ("export", {"format": "xlsx"}, "invalid_format"),
        ("export", {}, "invalid_format"),
        ("subscribe", {"entry_id": None}, "invalid_entry_id"),
    ],
)
async def test_report_export_and_subscribe_refuse_bad_input(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    name: str,
    fields: dict[str, Any],
    key: str,
) -> None:
    """Each command checks its own fields, with the same translated messages."""
    client = await hass_ws_client(hass)
    reply = await command(client, name, **{"entry_id": loaded.entry_id, **fields})
    assert reply["error"]["translation_key"] == key


async def test_the_report_is_the_actions_report(
    hass: HomeAssistant,
    alex_with_nights: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    """The report over the WebSocket API is get_report's, notes for administrators only."""
    admin = await hass_ws_client(hass)
    reply = await command(
        admin, "report", entry_id=alex_with_nights.entry_id, nights=30
    )
    expected = await act(hass, alex_with_nights, "get_report", nights=30)
    assert reply["result"] == json.loads(json.dumps(expected))
    assert reply["result"]["nights"][1]["notes"] == [NOTE]
    guest = await hass_ws_client(hass, hass_read_only_access_token)
    reply = await command(guest, "report", entry_id=alex_with_nights.entry_id)
    assert len(reply["result"]["nights"]) == 14
    assert all("notes" not in night for night in reply["result"]["nights"])
    assert NOTE not in json.dumps(reply)


async def test_export_holds_every_event_and_notes_only_for_those_who_may_read_them(
    hass: HomeAssistant,
    alex_with_nights: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    """CSV and JSON hold the whole journal in time order; a guest never receives a note."""
    admin = await hass_ws_client(hass)
    reply = await command(
        admin, "export", entry_id=alex_with_nights.entry_id, format="csv"
    )
    assert reply["result"]["filename"] == "sleep-twitch-coach-alex-2026-11-16.csv"
    lines = list(csv.DictReader(io.StringIO(reply["result"]["content"])))
    assert [line["kind"] for line in lines] == [
        "caffeine",
        "twitch",
        "twitch",
        "symptom",
    ]
    woke = lines[2]
    assert woke["night"] == "2026-11-15"
    assert woke["time"] == "2026-11-16T01:30:00+01:00"
    assert woke["woke_up"] == "true"
    assert woke["body_parts"] == "arms legs"
    # A spreadsheet would run a note starting with "=" as a formula.
    assert woke["note"] == f"'{NOTE}"
    reply = await command(
        admin, "export", entry_id=alex_with_nights.entry_id, format="json"
    )
    exported = json.loads(reply["result"]["content"])
    assert exported["sleeper"] == "Alex"
    assert exported["events"][2]["note"] == NOTE
    assert reply["result"]["filename"].endswith(".json")

    read_only = await hass_ws_client(hass, hass_read_only_access_token)
    for file_format in ("csv", "json"):
        reply = await command(
            read_only, "export", entry_id=alex_with_nights.entry_id, format=file_format
        )
        assert reply["success"]
        assert "cramp" not in reply["result"]["content"]


async def test_an_export_is_written_in_a_worker_thread_while_the_journal_holds_still(
    hass: HomeAssistant,
    alex_with_nights: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """A press during an export waits for it; the export has the journal as it was."""
    coordinator: CoachCoordinator = alex_with_nights.runtime_data
    events = len(coordinator.journal)
    writing, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []

    def slow_export(journal: Journal, *, with_notes: bool) -> str:
        threads.append(threading.current_thread())
        writing.set()
        release.wait(10)
        return export_csv(journal, with_notes=with_notes)

    pressed = asyncio.Event()
    change = coordinator.async_change

    async def press_change(*args: Any) -> None:
        pressed.set()
        await change(*args)

    client = await hass_ws_client(hass)
    with (
        patch(
            "custom_components.sleep_twitch_coach.websocket_api.export_csv",
            slow_export,
        ),
        patch.object(coordinator, "async_change", press_change),
    ):
        reply = hass.async_create_task(
            command(client, "export", entry_id=alex_with_nights.entry_id, format="csv")
        )
        await hass.async_add_executor_job(writing.wait, 10)
        press = hass.async_create_task(act(hass, alex_with_nights, "log_twitch"))
        # The press has asked to change the journal: without the wait it would be in.
        await pressed.wait()
        assert len(coordinator.journal) == events
        release.set()
        content = (await reply)["result"]["content"]
        await press
    assert threads[0] is not threading.current_thread()
    assert len(list(csv.DictReader(io.StringIO(content)))) == events
    assert len(coordinator.journal) == events + 1


async def test_the_sleepers_own_user_reads_their_notes(
    hass: HomeAssistant,
    alex_with_nights: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Linked to Alex with the `user` setting, a non-admin reads Alex's notes, as admins do."""
    alex = await async_user(hass, "Alex")
    assert not alex.is_admin
    client = await hass_ws_client(hass, await token_of(hass, alex))
    reply = await command(client, "report", entry_id=alex_with_nights.entry_id)
    assert all("notes" not in night for night in reply["result"]["nights"])
    hass.config_entries.async_update_entry(
        alex_with_nights, options={**alex_with_nights.options, "user": alex.id}
    )
    await hass.async_block_till_done()
    reply = await command(client, "report", entry_id=alex_with_nights.entry_id)
    assert reply["result"]["nights"][1]["notes"] == [NOTE]
    reply = await command(
        client, "export", entry_id=alex_with_nights.entry_id, format="json"
    )
    assert json.loads(reply["result"]["content"])["events"][2]["note"] == NOTE
    _, first = await subscribe(client, alex_with_nights)
    assert first["notes_visible"] is True
    assert first["may_change"] is True


async def test_a_read_only_user_is_told_the_panel_changes_nothing(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    """Home Assistant's Read Only group reads the figures; the panel's controls are off."""
    client = await hass_ws_client(hass, hass_read_only_access_token)
    _, first = await subscribe(client, loaded)
    assert first["may_change"] is False
    assert first["notes_visible"] is False
    assert first["twitches_tonight"] == 0


async def test_a_year_one_night_is_refused_in_every_time_zone(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """Alaska's noon on 1 January of year 1 is before the calendar's first UTC moment."""
    await hass.config.async_set_time_zone("America/Anchorage")
    client = await hass_ws_client(hass)
    reply = await command(
        client,
        "nights",
        entry_id=loaded.entry_id,
        first_night="0001-01-01",
        last_night="0001-01-02",
    )
    assert reply["error"]["translation_key"] == "invalid_night_range"


async def test_a_removed_sleeper_ends_the_panels_subscription(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """The panel is told the sleeper is gone, and hears nothing more of them."""
    client = await hass_ws_client(hass)
    subscription, _ = await subscribe(client, loaded)
    assert await hass.config_entries.async_remove(loaded.entry_id)
    await hass.async_block_till_done()
    assert (await client.receive_json())["event"] == {"removed": True}
    await client.send_json_auto_id(
        {"type": "unsubscribe_events", "subscription": subscription}
    )
    assert (await client.receive_json())["error"]["code"] == "not_found"


async def test_subscribe_pushes_tonight_on_every_change_and_stops_when_asked(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    """The panel hears of every change (a press, a step ticked) and no more after unsubscribing."""
    client = await hass_ws_client(hass, hass_read_only_access_token)
    subscription, first = await subscribe(client, loaded)
    assert first["tonight"] == "2026-11-16"
    assert first["twitches_tonight"] == 0
    assert first["notes_visible"] is False
    assert first["bedroom"] == {
        "temperature": None,
        "target": 18.0,
        "tolerance": 1.0,
        "unit": "°C",
        "status": None,
    }
    assert first["wind_down"]["entity_id"] == "todo.alex_wind_down"
    assert first["exercise_intensity"]["entity_id"] == "select.alex_exercise_intensity"
    assert not any(step["done"] for step in first["wind_down"]["steps"])
    assert {item["criterion"] for item in first["checklist"]["criteria"]} >= {
        "frequent_twitching",
        "urge_to_move",
    }
    assert first["limbs"] is None

    await act(hass, loaded, "log_twitch", Context(), woke_up=True)
    pushed = (await client.receive_json())["event"]
    assert pushed["twitches_tonight"] == 1
    assert pushed["woke_up_tonight"] == 1
    assert pushed["revision"] == first["revision"] + 1

    step = first["wind_down"]["steps"][0]
    await hass.services.async_call(
        "todo",
        "update_item",
        {"item": step["uid"], "status": "completed"},
        target={"entity_id": "todo.alex_wind_down"},
        blocking=True,
    )
    pushed = (await client.receive_json())["event"]
    assert pushed["wind_down"]["steps"][0]["done"] is True

    await client.send_json_auto_id(
        {"type": "unsubscribe_events", "subscription": subscription}
    )
    assert (await client.receive_json())["success"]
    await act(hass, loaded, "log_twitch")
    await hass.async_block_till_done()
    # The next message is the answer to a ping: nothing was pushed after unsubscribing.
    await client.send_json_auto_id({"type": "ping"})
    assert (await client.receive_json())["type"] == "pong"


async def test_temperatures_in_the_unit_home_assistant_shows(
    hass: HomeAssistant,
    alex_with_nights: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """With US units the target and its tolerance are in °F (a tolerance is a difference)."""
    hass.config.units = US_CUSTOMARY_SYSTEM
    client = await hass_ws_client(hass)
    _, first = await subscribe(client, alex_with_nights)
    assert first["bedroom"] == {
        "temperature": None,
        "target": 64.4,
        "tolerance": 1.8,
        "unit": "°F",
        "status": None,
    }
    reply = await command(
        client,
        "nights",
        entry_id=alex_with_nights.entry_id,
        first_night="2026-11-16",
        last_night="2026-11-16",
    )
    assert reply["result"]["temperature_unit"] == "°F"
    # Nothing deprecated is used on the way (Home Assistant warns of it in the log).
    assert not warnings(caplog)


async def test_an_open_panel_follows_the_sleeper_across_a_reload(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """New settings reload the sleeper; the panel keeps hearing of changes, with the new ones."""
    client = await hass_ws_client(hass)
    _, before = await subscribe(client, loaded)
    assert before["bedroom"]["target"] == 18.0
    await submit_options(hass, loaded, {**OPTIONS_FORM, "target_temperature": 17.0})
    after = (await client.receive_json())["event"]
    assert after["bedroom"]["target"] == 17.0
    # New settings may change every night's triggers: the panel fetches its nights again.
    assert after["revision"] != before["revision"]
    await act(hass, loaded, "log_twitch")
    assert (await client.receive_json())["event"]["twitches_tonight"] == 1


async def test_the_next_night_is_pushed_at_noon(
    hass: HomeAssistant,
    alex_with_nights: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    freezer: FrozenDateTimeFactory,
) -> None:
    """At noon tonight's label moves on, so the panel adds the new night's cell."""
    client = await hass_ws_client(hass)
    _, first = await subscribe(client, alex_with_nights)
    assert first["tonight"] == "2026-11-16"
    await fire_at(hass, freezer, "2026-11-17T12:00:01+01:00")
    event = (await client.receive_json())["event"]
    assert event["tonight"] == "2026-11-17"
    assert event["twitches_tonight"] == 0


async def test_sleepers_lists_the_loaded_sleepers(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
) -> None:
    """Every user sees one tab per loaded sleeper, sorted by name."""
    bea = await setup_entry(
        hass,
        MockConfigEntry(
            domain=DOMAIN, title="Bea", unique_id="bea", options=dict(loaded.options)
        ),
    )
    client = await hass_ws_client(hass, hass_read_only_access_token)
    reply = await command(client, "sleepers")
    assert reply["result"]["sleepers"] == [
        {"entry_id": loaded.entry_id, "title": "Alex", "own": False},
        {"entry_id": bea.entry_id, "title": "Bea", "own": False},
    ]
    await hass.config_entries.async_unload(loaded.entry_id)
    reply = await command(client, "sleepers")
    assert reply["result"]["sleepers"] == [
        {"entry_id": bea.entry_id, "title": "Bea", "own": False}
    ]


async def test_sleepers_marks_the_callers_own_sleeper(
    hass: HomeAssistant, loaded: MockConfigEntry, hass_ws_client: WebSocketGenerator
) -> None:
    """Bea, linked to her sleeper with the `user` setting, is told which one is hers."""
    bea_user = await async_user(hass, "Bea")
    bea = await setup_entry(
        hass,
        MockConfigEntry(
            domain=DOMAIN,
            title="Bea",
            unique_id="bea",
            options={**loaded.options, "user": bea_user.id},
        ),
    )
    bea_client = await hass_ws_client(hass, await token_of(hass, bea_user))
    reply = await command(bea_client, "sleepers")
    assert reply["result"]["sleepers"] == [
        {"entry_id": loaded.entry_id, "title": "Alex", "own": False},
        {"entry_id": bea.entry_id, "title": "Bea", "own": True},
    ]
    # Nobody else is Bea: the administrator sees no sleeper of their own.
    admin_client = await hass_ws_client(hass)
    reply = await command(admin_client, "sleepers")
    assert [sleeper["own"] for sleeper in reply["result"]["sleepers"]] == [False, False]


def busy_night(day: int) -> list[dict[str, Any]]:
    """Return the events of night `day` counted from 2024-11-17: a busy night, every night."""
    evening = datetime(2024, 11, 17, 18, tzinfo=ZoneInfo("Europe/Berlin")) + timedelta(
        days=day
    )
    return [
        {"kind": kind, "time": (evening + timedelta(hours=hours)).isoformat(), **extra}
        for hours, kind, extra in (
            (-2, "caffeine", {"amount_mg": 95}),
            (3, "exercise", {"intensity": "vigorous", "duration_min": 40}),
            (3.5, "factor", {"factor": "alcohol", "amount": 2}),
            (4, "factor", {"factor": "stress", "amount": 3}),
            (4.5, "bedtime_snapshot", {"temperature_c": 19.5}),
            (5, "twitch", {"note": "a long note that the nights never carry " * 4}),
            (7, "twitch", {"woke_up": True, "body_parts": ["arms", "legs"]}),
            (9.5, "twitch", {}),
        )
    ]


@pytest.fixture
def busy_journal(files_on_disk: Path, mock_config_entry: MockConfigEntry) -> None:
    """Put 730 busy nights in Alex's journal file, up to tonight (2026-11-16)."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text(
        json.dumps(
            {
                "version": 1,
                "minor_version": 1,
                "key": key,
                "data": {
                    "events": [event for day in range(730) for event in busy_night(day)]
                },
            }
        )
    )


async def test_730_nights_fit_in_100_kb(
    hass: HomeAssistant,
    busy_journal: None,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Two years of busy nights (twitches, coffee, exercise, factors, bedtime) stay small."""
    assert len(loaded.runtime_data.journal.nights()) == 730
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": f"{DOMAIN}/nights",
            "entry_id": loaded.entry_id,
            "first_night": "2024-11-17",
            "last_night": "2026-11-16",
        }
    )
    raw = await client.receive_str()
    nights = rows(json.loads(raw))
    assert len(nights) == 730
    assert all(night["twitches"] == 3 for night in nights)
    assert all(night["bedroom_temperature_at_bedtime"] == 19.5 for night in nights)
    assert all(night["caffeine_after_cutoff"] for night in nights)
    assert all(night["late_vigorous_exercise"] for night in nights)
    keys = json.loads(raw)["result"]["factor_keys"]
    assert {
        tuple(keys[position] for position in night["factors"]) for night in nights
    } == {
        (
            "caffeine_after_cutoff",
            "late_vigorous_exercise",
            "bedroom_too_warm",
            "wind_down_skipped",
            "alcohol",
            "stress",
        )
    }
    assert all(night["recorded"] for night in nights)
    # Nothing measured: no night sends a value for the leg-movement figures.
    limbs = NIGHT_FIELDS.index("limb_movements")
    assert {len(values) for values in json.loads(raw)["result"]["nights"]} == {limbs}
    assert len(raw.encode()) < 100_000
