"""Tests of the shipped blueprints, each instantiated as an automation and driven."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable
from datetime import datetime
from pathlib import Path
import shutil
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_mock_service,
)
from pytest_homeassistant_custom_component.test_util.aiohttp import AiohttpClientMocker

from custom_components.sleep_twitch_coach.coach.inert import inert
from custom_components.sleep_twitch_coach.const import DOMAIN
from custom_components.sleep_twitch_coach.custom_factors import custom_factor_key
from homeassistant.components import persistent_notification
from homeassistant.components.automation.config import AUTOMATION_BLUEPRINT_SCHEMA
from homeassistant.components.blueprint.models import Blueprint
from homeassistant.components.persistent_notification import Notification
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.setup import async_setup_component
from homeassistant.util import yaml as yaml_util

from .conftest import OPTIONS, setup_entry, sleeper_entry, stored_events

SHIPPED = Path(__file__).parents[2] / "blueprints" / "automation" / DOMAIN
NAMES = sorted(path.stem for path in SHIPPED.glob("*.yaml"))
PUSH_URL = "https://mobile-push.home-assistant.dev/push"
ZHA_REMOTE = "00:12:4b:00:24:c0:ff:ee"


def test_all_seven_blueprints_are_shipped() -> None:
    """The design's six blueprints and the experiment's end are there."""
    assert NAMES == [
        "bedroom_temperature",
        "bedside_button",
        "doctor_visit_alert",
        "evening_routine",
        "experiment_ended",
        "morning_check_in",
        "voice_log",
    ]


@pytest.mark.parametrize("name", NAMES)
def test_blueprint_passes_home_assistants_schema(name: str) -> None:
    """Each blueprint validates, names a minimum version and links to its source."""
    data = yaml_util.load_yaml_dict(SHIPPED / f"{name}.yaml")
    blueprint = Blueprint(
        data, expected_domain="automation", schema=AUTOMATION_BLUEPRINT_SCHEMA
    )
    metadata = blueprint.metadata
    assert metadata["domain"] == "automation"
    assert metadata["homeassistant"]["min_version"] == "2026.3.1"
    assert metadata["source_url"].endswith(
        f"/blueprints/automation/{DOMAIN}/{name}.yaml"
    )


@pytest.fixture
async def home(
    hass: HomeAssistant, tmp_path: Path, freezer: FrozenDateTimeFactory
) -> AsyncGenerator[MockConfigEntry]:
    """Set up a home at 13:00 on 16 November 2026 with a sleeper and the blueprints."""
    freezer.move_to("2026-11-16T13:00:00+01:00")
    hass.config.config_dir = str(tmp_path)
    shutil.copytree(SHIPPED, tmp_path / "blueprints" / "automation" / DOMAIN)
    hass.states.async_set("sensor.bedroom", "21.5", {"unit_of_measurement": "°C"})
    entry = sleeper_entry(temperature_sensor="sensor.bedroom")
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    yield entry
    # Automations are not config entries, so the harness would not stop their triggers.
    if hass.services.has_service("automation", "turn_off"):
        await hass.services.async_call(
            "automation", "turn_off", {"entity_id": "all"}, blocking=True
        )


@pytest.fixture
async def phone(hass: HomeAssistant, aioclient_mock: AiohttpClientMocker) -> str:
    """Add a phone with the companion app, whose push notifications are captured."""
    aioclient_mock.post(
        PUSH_URL,
        json={
            "rateLimits": {
                "successful": 1,
                "errors": 0,
                "maximum": 150,
                "remaining": 149,
                "resetsAt": "2026-11-17T00:00:00Z",
            }
        },
    )
    entry = MockConfigEntry(
        domain="mobile_app",
        title="Phone",
        data={
            "app_data": {"push_token": "PUSH_TOKEN", "push_url": PUSH_URL},
            "app_id": "io.homeassistant.companion.android",
            "app_name": "Home Assistant",
            "app_version": "2026.11",
            "device_id": "phone-1",
            "device_name": "Phone",
            "manufacturer": "Fairphone",
            "model": "FP5",
            "os_name": "Android",
            "os_version": "15",
            "supports_encryption": False,
            "secret": "not-a-secret",
            "user_id": "user-1",
            "webhook_id": "phone-webhook",
        },
    )
    entry.add_to_hass(hass)
    assert await async_setup_component(hass, "mobile_app", {})
    await hass.async_block_till_done()
    (device,) = dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id)
    return device.id


def device_of(hass: HomeAssistant, entry: MockConfigEntry) -> str:
    """Return the id of a sleeper's device, as the blueprints' sleeper picker gives it."""
    (device,) = dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id)
    return device.id


@pytest.fixture
def alex(hass: HomeAssistant, home: MockConfigEntry) -> str:
    """Return Alex's device."""
    return device_of(hass, home)


def pushes(aioclient_mock: AiohttpClientMocker) -> list[dict[str, Any]]:
    """Return the push notifications sent to the phone."""
    return [call[2] for call in aioclient_mock.mock_calls if str(call[1]) == PUSH_URL]


async def use_blueprint(
    hass: HomeAssistant, name: str, inputs: dict[str, Any], **more: dict[str, Any]
) -> None:
    """Create automations from shipped blueprints (by name) and check that they are valid."""
    automations = {name: inputs, **more}
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": [
                {
                    "id": alias,
                    "alias": alias,
                    "use_blueprint": {
                        "path": f"{DOMAIN}/{alias}.yaml",
                        "input": given,
                    },
                }
                for alias, given in automations.items()
            ]
        },
    )
    await hass.async_block_till_done()
    for alias in automations:
        assert hass.states.get(f"automation.{alias}").state == "on"


async def settle(hass: HomeAssistant) -> None:
    """Let running automations take their steps up to their next wait.

    An automation waiting for a notification answer is a task that Home Assistant's
    block-till-done would wait for until its timeout, so these tests let the loop run instead,
    and wait for the executor jobs (the journal's writes) those steps start.
    """
    for _ in range(50):
        await asyncio.sleep(0)
        jobs = [
            job
            for job in (*hass._tasks, *hass._background_tasks)  # noqa: SLF001
            if not isinstance(job, asyncio.Task)
        ]
        if jobs:
            await asyncio.wait(jobs)


async def fire_at(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, when: str
) -> None:
    """Move the clock and run what is due."""
    moment = datetime.fromisoformat(when)
    freezer.move_to(moment)
    async_fire_time_changed(hass, moment)
    await settle(hass)


async def answer(hass: HomeAssistant, push: dict[str, Any], index: int) -> None:
    """Tap an action button of a notification."""
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": push["data"]["actions"][index]["action"]},
    )
    await settle(hass)


def journal(files_on_disk: Path, entry: MockConfigEntry) -> list[dict[str, Any]]:
    """Return the events on disk."""
    return stored_events(files_on_disk, entry)


def zha(command: str) -> dict[str, Any]:
    """Return a ZHA remote trigger, as the automation editor writes it."""
    return {
        "trigger": "event",
        "event_type": "zha_event",
        "event_data": {"device_ieee": ZHA_REMOTE, "command": command},
    }


async def test_bedside_button(
    hass: HomeAssistant, home: MockConfigEntry, alex: str, files_on_disk: Path
) -> None:
    """A click logs a twitch, a double click one that woke me, a long press one in the arms."""
    await use_blueprint(
        hass,
        "bedside_button",
        {
            "sleeper": alex,
            "twitch": [
                zha("single"),
                {"trigger": "state", "entity_id": "input_button.bed"},
            ],
            "woke_up": [zha("double")],
            "spread": [zha("hold")],
        },
    )
    for command in ("single", "double", "hold"):
        hass.bus.async_fire(
            "zha_event", {"device_ieee": ZHA_REMOTE, "command": command}
        )
        await hass.async_block_till_done()
    hass.states.async_set("input_button.bed", "2026-11-16T12:00:01+00:00")
    await hass.async_block_till_done()
    events = journal(files_on_disk, home)
    assert [
        (event.get("woke_up", False), event.get("body_parts", ["legs"]))
        for event in events
    ] == [
        (False, ["legs"]),
        (True, ["legs"]),
        (False, ["arms", "legs"]),
        (False, ["legs"]),
    ]


async def test_evening_routine(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    phone: str,
    freezer: FrozenDateTimeFactory,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Cutoff reminder at 14:00; at bedtime minus 45 minutes, dim lights and remind; Done marks."""
    lights: list[ServiceCall] = async_mock_service(hass, "light", "turn_on")
    await use_blueprint(
        hass,
        "evening_routine",
        {
            "sleeper": alex,
            "lights": {"entity_id": ["light.bedroom", "light.hallway"]},
            "brightness_pct": 25,
            "transition": 90,
            "phone": [phone],
        },
    )
    await fire_at(hass, freezer, "2026-11-16T14:00:00+01:00")
    assert [push["title"] for push in pushes(aioclient_mock)] == ["Caffeine cutoff"]

    await fire_at(hass, freezer, "2026-11-16T21:44:59+01:00")
    assert lights == []
    await fire_at(hass, freezer, "2026-11-16T21:45:00+01:00")
    assert len(lights) == 1
    assert lights[0].data == {
        "entity_id": ["light.bedroom", "light.hallway"],
        "brightness_pct": 25,
        "transition": 90,
    }
    reminder = pushes(aioclient_mock)[-1]
    assert reminder["title"] == "Time to wind down"
    assert "hamstrings" in reminder["message"]
    done = reminder["data"]["actions"][0]
    assert done["title"] == "Done"
    assert done["action"].startswith("STC_WIND_DOWN_DONE_")

    # Another run's action id does nothing; this run's marks the step.
    hass.bus.async_fire(
        "mobile_app_notification_action", {"action": "STC_WIND_DOWN_DONE_x"}
    )
    await settle(hass)
    assert hass.states.get("todo.alex_wind_down").state == "6"
    await answer(hass, reminder, 0)
    assert hass.states.get("todo.alex_wind_down").state == "5"


async def test_doctor_visit_alert(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """When the recommendation turns on, the phone gets the criteria and the disclaimer."""
    await use_blueprint(
        hass,
        "doctor_visit_alert",
        {"sleeper": alex, "phone": phone},
    )
    call: Callable[..., Any] = hass.services.async_call
    await call(
        DOMAIN,
        "log_symptom",
        {"config_entry_id": home.entry_id, "symptom": "urge_to_move"},
        blocking=True,
    )
    assert pushes(aioclient_mock) == []
    await call(
        DOMAIN,
        "log_twitch",
        {"config_entry_id": home.entry_id, "body_parts": ["trunk"]},
        blocking=True,
    )
    await hass.async_block_till_done()
    alert = pushes(aioclient_mock)[-1]
    assert alert["title"] == "Consider talking to a doctor"
    assert "2 criteria" in alert["message"]
    assert "Urge to move, Spreads beyond legs" in alert["message"]
    assert "not a diagnosis" in alert["message"]


@pytest.fixture
async def check_in_asked(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    phone: str,
    freezer: FrozenDateTimeFactory,
    aioclient_mock: AiohttpClientMocker,
) -> dict[str, Any]:
    """Run the morning check-in at 07:30 and return its first question's notification."""
    await use_blueprint(
        hass,
        "morning_check_in",
        {"sleeper": alex, "phone": phone, "at": "07:30:00"},
    )
    await fire_at(hass, freezer, "2026-11-17T07:30:00+01:00")
    return pushes(aioclient_mock)[-1]


async def test_morning_check_in(
    hass: HomeAssistant,
    home: MockConfigEntry,
    check_in_asked: dict[str, Any],
    aioclient_mock: AiohttpClientMocker,
    files_on_disk: Path,
) -> None:
    """The two answers go into the journal as a woke-up twitch and an urge to move."""
    assert check_in_asked["message"] == "Any twitches last night?"
    assert [action["title"] for action in check_in_asked["data"]["actions"]] == [
        "Yes, one woke me",
        "Yes",
        "No",
    ]
    await answer(hass, check_in_asked, 0)
    second = pushes(aioclient_mock)[-1]
    assert second["message"] == "Did you feel an urge to move your legs while resting?"
    await answer(hass, second, 0)
    events = journal(files_on_disk, home)
    assert [event["kind"] for event in events] == ["twitch", "symptom"]
    assert events[0]["woke_up"] is True
    assert events[1]["symptom"] == "urge_to_move"
    # The woke-up twitch belongs to last night.
    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"


async def last_night_row(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any]:
    """Return the report's row of the night of 16 November."""
    report = await hass.services.async_call(
        DOMAIN,
        "get_report",
        {"config_entry_id": entry.entry_id, "nights": 2},
        blocking=True,
        return_response=True,
    )
    assert report is not None
    rows: list[dict[str, Any]] = report["nights"]  # type: ignore[assignment]
    (row,) = (row for row in rows if row["night"] == "2026-11-16")
    return row


async def test_morning_check_in_no_records_a_calm_night(
    hass: HomeAssistant,
    home: MockConfigEntry,
    check_in_asked: dict[str, Any],
    aioclient_mock: AiohttpClientMocker,
    files_on_disk: Path,
) -> None:
    """No twitches: last night is recorded as a calm night; No to the urge logs nothing."""
    await answer(hass, check_in_asked, 2)
    await answer(hass, pushes(aioclient_mock)[-1], 1)
    assert len(pushes(aioclient_mock)) == 2
    assert [event["kind"] for event in journal(files_on_disk, home)] == ["calm_night"]
    row = await last_night_row(hass, home)
    assert row["recorded"] is True
    assert row["twitches"] == 0


async def test_morning_check_in_answered_after_noon_goes_into_last_night(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    phone: str,
    freezer: FrozenDateTimeFactory,
    aioclient_mock: AiohttpClientMocker,
    files_on_disk: Path,
) -> None:
    """Asked at 11:50, "Yes" at 12:05 logs a twitch (not one that woke) in last night."""
    await use_blueprint(
        hass,
        "morning_check_in",
        {"sleeper": alex, "phone": phone, "at": "11:50:00"},
    )
    await fire_at(hass, freezer, "2026-11-17T11:50:00+01:00")
    freezer.move_to("2026-11-17T12:05:00+01:00")
    await answer(hass, pushes(aioclient_mock)[-1], 1)
    (event,) = journal(files_on_disk, home)
    assert event["kind"] == "twitch"
    assert event.get("woke_up", False) is False
    assert (await last_night_row(hass, home))["twitches"] == 1
    # Tonight, the night of 17 November, has none.
    tonight = hass.states.get("sensor.alex_twitches_tonight")
    assert tonight is not None
    assert tonight.state == "0"


async def test_bedroom_temperature(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    phone: str,
    freezer: FrozenDateTimeFactory,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Only when off target: a notification and the thermostat set to the target."""
    thermostat: list[ServiceCall] = async_mock_service(
        hass, "climate", "set_temperature"
    )
    await use_blueprint(
        hass,
        "bedroom_temperature",
        {
            "sleeper": alex,
            "phone": phone,
            "thermostat": {"entity_id": "climate.bedroom"},
        },
    )
    await fire_at(hass, freezer, "2026-11-16T21:30:00+01:00")
    warm = pushes(aioclient_mock)[-1]
    assert warm["title"] == "Bedroom too warm"
    assert "21.5°" in warm["message"]
    assert "18.0°" in warm["message"]
    assert [call.data for call in thermostat] == [
        {"entity_id": ["climate.bedroom"], "temperature": 18.0}
    ]
    # The next evening the bedroom is on target: nothing happens.
    hass.states.async_set("sensor.bedroom", "18.5", {"unit_of_measurement": "°C"})
    await fire_at(hass, freezer, "2026-11-17T21:30:00+01:00")
    assert len(pushes(aioclient_mock)) == 1
    assert len(thermostat) == 1


async def test_a_missing_input_is_refused(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Home Assistant's own validation names the missing input; the automation does not run."""
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": [
                {
                    "id": "incomplete",
                    "alias": "incomplete",
                    "use_blueprint": {
                        "path": f"{DOMAIN}/bedside_button.yaml",
                        "input": {"sleeper": alex},
                    },
                }
            ]
        },
    )
    await hass.async_block_till_done()
    assert "Missing input twitch" in caplog.text
    assert hass.states.get("automation.incomplete").state == "unavailable"


@pytest.fixture
async def bell(hass: HomeAssistant) -> dict[str, Notification]:
    """Return Home Assistant's own notifications (the sidebar's bell) by id, as they come."""
    assert await async_setup_component(hass, "persistent_notification", {})
    shown: dict[str, Notification] = {}

    def follow(_update: object, notifications: dict[str, Notification]) -> None:
        shown.update(notifications)

    persistent_notification.async_register_callback(hass, follow)
    return shown


async def test_evening_routine_without_a_phone(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    freezer: FrozenDateTimeFactory,
    bell: dict[str, Notification],
) -> None:
    """Only the required inputs and targets without a phone: notify entities and the bell."""
    sent: list[ServiceCall] = async_mock_service(hass, "notify", "send_message")
    await use_blueprint(
        hass,
        "evening_routine",
        {
            "sleeper": alex,
            "notify_targets": ["notify.living_room_tv"],
            "home_assistant_notification": True,
        },
    )
    await fire_at(hass, freezer, "2026-11-16T14:00:00+01:00")
    await fire_at(hass, freezer, "2026-11-16T21:45:00+01:00")
    assert [(call.data["entity_id"], call.data["title"]) for call in sent] == [
        (["notify.living_room_tv"], "Caffeine cutoff"),
        (["notify.living_room_tv"], "Time to wind down"),
    ]
    assert sorted(bell) == [
        "automation.evening_routine_caffeine_cutoff",
        "automation.evening_routine_wind_down",
    ]
    assert "hamstrings" in bell["automation.evening_routine_wind_down"]["message"]
    # Without a phone there is no "Done" to wait for: the run is over, nothing is marked.
    assert hass.states.get("automation.evening_routine").attributes["current"] == 0
    assert hass.states.get("todo.alex_wind_down").state == "6"


async def test_alerts_reach_every_kind_of_target(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    phone: str,
    freezer: FrozenDateTimeFactory,
    aioclient_mock: AiohttpClientMocker,
    bell: dict[str, Notification],
) -> None:
    """The doctor alert and the bedroom warning go to phones, notify entities and the bell."""
    sent: list[ServiceCall] = async_mock_service(hass, "notify", "send_message")
    assert await async_setup_component(hass, "persistent_notification", {})
    targets = {
        "phone": [phone],
        "notify_targets": ["notify.kitchen_speaker"],
        "home_assistant_notification": True,
    }
    await use_blueprint(
        hass,
        "doctor_visit_alert",
        {"sleeper": alex, **targets},
        bedroom_temperature={
            "sleeper": alex,
            **targets,
        },
    )
    for symptom in ("urge_to_move", "weakness_or_numbness"):
        await hass.services.async_call(
            DOMAIN,
            "log_symptom",
            {"config_entry_id": home.entry_id, "symptom": symptom},
            blocking=True,
        )
    await hass.async_block_till_done()
    await fire_at(hass, freezer, "2026-11-16T21:30:00+01:00")

    titles = ["Consider talking to a doctor", "Bedroom too warm"]
    assert [push["title"] for push in pushes(aioclient_mock)] == titles
    assert [call.data["title"] for call in sent] == titles
    assert [item["title"] for item in bell.values()] == titles
    assert (
        "not a diagnosis"
        in bell["automation.doctor_visit_alert_doctor_visit"]["message"]
    )


async def start_assist(hass: HomeAssistant) -> None:
    """Set up Home Assistant's conversation agent (it keeps its exposed entities in core)."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})


async def say(hass: HomeAssistant, text: str) -> str:
    """Say a sentence to Home Assistant's conversation agent; return its spoken answer."""
    response = await hass.services.async_call(
        "conversation",
        "process",
        {"text": text, "language": "en"},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    return str(response["response"]["speech"]["plain"]["speech"])  # type: ignore[index]


async def test_voice_log(
    hass: HomeAssistant, home: MockConfigEntry, alex: str, files_on_disk: Path
) -> None:
    """The default sentences log for the sleeper and answer with tonight's count."""
    await start_assist(hass)
    await use_blueprint(hass, "voice_log", {"sleeper": alex})
    assert await say(hass, "I twitched") == "Logged. Twitches tonight: 1."
    assert await say(hass, "a twitch woke me up") == "Logged. Twitches tonight: 2."
    assert await say(hass, "I had coffee") == "Logged. Twitches tonight so far: 2."
    assert await say(hass, "I exercised") == "Logged. Twitches tonight so far: 2."
    events = journal(files_on_disk, home)
    assert [event["kind"] for event in events] == [
        "twitch",
        "twitch",
        "caffeine",
        "exercise",
    ]
    assert events[1]["woke_up"] is True
    assert hass.states.get("sensor.alex_twitches_tonight").state == "2"


async def test_voice_log_factors(
    hass: HomeAssistant, home: MockConfigEntry, alex: str, files_on_disk: Path
) -> None:
    """The default factor sentences log their factors and answer with tonight's count."""
    await start_assist(hass)
    await use_blueprint(hass, "voice_log", {"sleeper": alex})
    sentences = {
        "I had a drink": "alcohol",
        "I am stressed": "stress",
        "I took magnesium": "magnesium",
        "I had a warm bath": "warm_bath",
        "I meditated": "relaxation",
    }
    for sentence in sentences:
        assert await say(hass, sentence) == "Logged. Twitches tonight so far: 0."
    events = journal(files_on_disk, home)
    assert [(event["kind"], event["factor"]) for event in events] == [
        ("factor", factor) for factor in sentences.values()
    ]
    assert all("amount" not in event for event in events)


async def test_voice_log_in_another_language(
    hass: HomeAssistant, home: MockConfigEntry, alex: str, files_on_disk: Path
) -> None:
    """Sentences and answers are inputs: in German, "Ich hatte ein Zucken" logs a twitch."""
    await start_assist(hass)
    await use_blueprint(
        hass,
        "voice_log",
        {
            "sleeper": alex,
            "twitch_sentences": ["Ich hatte ein Zucken"],
            "twitch_answer": "Eingetragen. Zuckungen heute Nacht: {count}.",
        },
    )
    assert (
        await say(hass, "ich hatte ein Zucken")
        == "Eingetragen. Zuckungen heute Nacht: 1."
    )
    assert [event["kind"] for event in journal(files_on_disk, home)] == ["twitch"]


async def call(hass: HomeAssistant, action: str, **data: Any) -> None:
    """Call one of the coach's actions for Alex."""
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    await hass.services.async_call(
        DOMAIN, action, {"config_entry_id": entry.entry_id, **data}, blocking=True
    )


async def test_experiment_ended_stopped_without_baseline(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """A stopped experiment is announced with its change and "no verdict"; nothing else is."""
    await use_blueprint(hass, "experiment_ended", {"sleeper": alex, "phone": [phone]})
    await call(hass, "start_experiment", change="alcohol", keep="avoid")
    await call(hass, "log_factor", factor="stress")
    # The end of another sleeper's experiment is not this automation's business.
    hass.bus.async_fire(
        f"{DOMAIN}_event",
        {"config_entry_id": "another", "kind": "experiment_ended", "verdict": "worse"},
    )
    await hass.async_block_till_done()
    assert pushes(aioclient_mock) == []

    await call(hass, "stop_experiment")
    await hass.async_block_till_done()
    (ended,) = pushes(aioclient_mock)
    assert ended["title"] == "Experiment ended"
    # Stopped the evening it began: no night of it was slept, none was kept.
    assert ended["message"] == (
        "Avoid: Alcohol, 0 of 14 nights. No verdict: there were too few recorded nights "
        "before it to compare with. This is not a diagnosis and not medical advice."
    )


async def test_experiment_ended_helped(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    phone: str,
    freezer: FrozenDateTimeFactory,
    aioclient_mock: AiohttpClientMocker,
    bell: dict[str, Notification],
) -> None:
    """Seven calm nights after seven twitch nights: at its end, "it seems to help"."""
    hass.config_entries.async_update_entry(
        home, options={**home.options, "custom_factors": ["Late screen work"]}
    )
    assert await hass.config_entries.async_reload(home.entry_id)
    await use_blueprint(
        hass,
        "experiment_ended",
        {
            "sleeper": alex,
            "phone": [phone],
            "home_assistant_notification": True,
        },
    )
    for day in range(9, 16):
        await call(hass, "log_twitch", when=f"2026-11-{day:02d}T23:00:00+01:00")
    await call(
        hass,
        "start_experiment",
        change="custom_late_screen_work",
        keep="avoid",
        nights=7,
    )
    freezer.move_to("2026-11-23T11:00:00+01:00")
    for day in range(16, 23):
        await call(hass, "log_calm_night", when=f"2026-11-{day:02d}T23:00:00+01:00")
    await hass.async_block_till_done()
    assert pushes(aioclient_mock) == []

    # At noon the night after its last one, the experiment ends by itself.
    await fire_at(hass, freezer, "2026-11-23T12:00:01+01:00")
    await hass.async_block_till_done()
    (ended,) = pushes(aioclient_mock)
    assert ended["message"] == (
        "Avoid: Late screen work, 7 of 7 nights. Fewer twitch nights than before: the"
        " change seems to help. Kept on 100 % of the recorded nights. This is not a"
        " diagnosis and not medical advice."
    )
    # Home Assistant's own notification shows Markdown: the same words, made inert.
    assert bell["automation.experiment_ended_experiment_ended"]["message"] == inert(
        ended["message"]
    )


async def test_experiment_ended_shows_a_typed_name_as_text(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    phone: str,
    freezer: FrozenDateTimeFactory,
    aioclient_mock: AiohttpClientMocker,
    bell: dict[str, Notification],
) -> None:
    """A factor named with HTML and a link: the phone gets it as typed, the bell as text."""
    name = "<b>Late</b> [screens](http://x.y) {{ 1 }}"
    hass.config_entries.async_update_entry(
        home, options={**home.options, "custom_factors": [name]}
    )
    assert await hass.config_entries.async_reload(home.entry_id)
    await use_blueprint(
        hass,
        "experiment_ended",
        {"sleeper": alex, "phone": [phone], "home_assistant_notification": True},
    )
    await call(
        hass, "start_experiment", change=custom_factor_key(name), keep="avoid", nights=7
    )
    await call(hass, "stop_experiment")
    await hass.async_block_till_done()
    (ended,) = pushes(aioclient_mock)
    assert ended["message"].startswith(f"Avoid: {name}, 0 of 7 nights.")
    shown = bell["automation.experiment_ended_experiment_ended"]["message"]
    assert shown.startswith(
        r"Avoid\: &lt;b&gt;Late&lt;\/b&gt; \[screens\]\(http\:\/\/x\.y\) \{\{ 1 \}\}\,"
    )
    assert inert(ended["message"]) == shown


async def test_morning_check_in_asks_when_the_sleeper_gets_up_once_a_morning(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    phone: str,
    freezer: FrozenDateTimeFactory,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Up at 06:50: asked then, and not again at 08:00; the next morning at 08:00."""
    got_up = "sensor.alex_got_up"
    hass.states.async_set(got_up, "unknown")
    await use_blueprint(
        hass,
        "morning_check_in",
        {"sleeper": alex, "phone": phone, "got_up": [got_up]},
    )
    freezer.move_to("2026-11-17T06:50:00+01:00")
    hass.states.async_set(got_up, "2026-11-17T05:50:00+00:00")
    await settle(hass)
    assert [push["message"] for push in pushes(aioclient_mock)] == [
        "Any twitches last night?"
    ]
    await answer(hass, pushes(aioclient_mock)[-1], 2)
    await answer(hass, pushes(aioclient_mock)[-1], 1)
    assert len(pushes(aioclient_mock)) == 2
    # Done with this morning's check-in: 08:00 asks nothing more.
    await fire_at(hass, freezer, "2026-11-17T08:00:00+01:00")
    assert len(pushes(aioclient_mock)) == 2
    await fire_at(hass, freezer, "2026-11-18T08:00:00+01:00")
    assert pushes(aioclient_mock)[-1]["message"] == "Any twitches last night?"
    assert len(pushes(aioclient_mock)) == 3


@pytest.fixture
async def sam(hass: HomeAssistant, home: MockConfigEntry) -> MockConfigEntry:
    """Add Sam, who goes to bed at 23:30 and stops caffeine at 15:00."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Sam",
        unique_id="sam",
        data={"name": "Sam"},
        options={**OPTIONS, "bedtime": "23:30:00", "caffeine_cutoff": "15:00:00"},
    )
    return await setup_entry(hass, entry)


async def test_evening_routine_runs_for_the_picked_sleeper_only(
    hass: HomeAssistant,
    home: MockConfigEntry,
    sam: MockConfigEntry,
    phone: str,
    freezer: FrozenDateTimeFactory,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Sam picked: Sam's cutoff and wind-down times, Sam's list marked, though renamed."""
    er.async_get(hass).async_update_entity(
        "todo.sam_wind_down", new_entity_id="todo.sams_evening"
    )
    await hass.async_block_till_done()
    lights: list[ServiceCall] = async_mock_service(hass, "light", "turn_on")
    await use_blueprint(
        hass,
        "evening_routine",
        {
            "sleeper": device_of(hass, sam),
            "lights": {"entity_id": "light.bedroom"},
            "phone": [phone],
        },
    )
    await fire_at(hass, freezer, "2026-11-16T14:00:00+01:00")
    assert pushes(aioclient_mock) == []
    await fire_at(hass, freezer, "2026-11-16T15:00:00+01:00")
    assert [push["title"] for push in pushes(aioclient_mock)] == ["Caffeine cutoff"]

    # Alex's wind-down time passes unnoticed; Sam's comes 45 minutes before 23:30.
    await fire_at(hass, freezer, "2026-11-16T21:45:00+01:00")
    assert lights == []
    assert len(pushes(aioclient_mock)) == 1
    await fire_at(hass, freezer, "2026-11-16T22:45:00+01:00")
    assert len(lights) == 1
    reminder = pushes(aioclient_mock)[-1]
    assert reminder["title"] == "Time to wind down"
    await answer(hass, reminder, 0)
    assert hass.states.get("todo.sams_evening").state == "5"
    assert hass.states.get("todo.alex_wind_down").state == "6"


async def test_automations_made_before_the_sleeper_picker_keep_working(
    hass: HomeAssistant,
    home: MockConfigEntry,
    sam: MockConfigEntry,
    files_on_disk: Path,
) -> None:
    """A bedside button made with the config entry id (the older picker) logs for Alex."""
    await use_blueprint(
        hass, "bedside_button", {"sleeper": home.entry_id, "twitch": [zha("single")]}
    )
    hass.bus.async_fire(
        "zha_event", {"device_ieee": "00:12:4b:00:24:c0:ff:ee", "command": "single"}
    )
    await hass.async_block_till_done()
    assert [event["kind"] for event in stored_events(files_on_disk, home)] == ["twitch"]
    assert stored_events(files_on_disk, sam) == []


async def test_experiment_ended_made_before_the_sleeper_picker_keeps_working(
    hass: HomeAssistant,
    home: MockConfigEntry,
    sam: MockConfigEntry,
    phone: str,
    aioclient_mock: AiohttpClientMocker,
) -> None:
    """Made with Alex's config entry id: Sam's experiment says nothing, Alex's does."""
    await use_blueprint(
        hass, "experiment_ended", {"sleeper": home.entry_id, "phone": [phone]}
    )
    for entry in (sam, home):
        for action, data in (
            ("start_experiment", {"change": "alcohol", "keep": "avoid"}),
            ("stop_experiment", {}),
        ):
            await hass.services.async_call(
                DOMAIN,
                action,
                {"config_entry_id": entry.entry_id, **data},
                blocking=True,
            )
        await hass.async_block_till_done()
    (ended,) = pushes(aioclient_mock)
    assert ended["title"] == "Experiment ended"


def old_evening_routine(**more: Any) -> dict[str, Any]:
    """Return an evening routine's inputs as the version before the sleeper picker had them."""
    return {
        "next_bedtime": "sensor.alex_next_bedtime",
        "next_caffeine_cutoff": "sensor.alex_next_caffeine_cutoff",
        "wind_down": "todo.alex_wind_down",
        "lead": "-01:00:00",
        "notify_targets": ["notify.bedroom_speaker"],
        **more,
    }


async def test_an_older_evening_routine_asks_for_the_sleeper_only(
    hass: HomeAssistant,
    home: MockConfigEntry,
    alex: str,
    freezer: FrozenDateTimeFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Re-imported, an older automation names the missing sleeper; picked, it runs as it did."""
    sent: list[ServiceCall] = async_mock_service(hass, "notify", "send_message")
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": [
                {
                    "id": alias,
                    "alias": alias,
                    "use_blueprint": {
                        "path": f"{DOMAIN}/evening_routine.yaml",
                        "input": inputs,
                    },
                }
                for alias, inputs in (
                    ("not_moved", old_evening_routine()),
                    ("moved", old_evening_routine(sleeper=alex)),
                )
            ]
        },
    )
    await hass.async_block_till_done()
    assert "Missing input sleeper" in caplog.text
    assert hass.states.get("automation.not_moved").state == "unavailable"
    # Its lead of an hour and its notification targets are kept.
    await fire_at(hass, freezer, "2026-11-16T14:00:00+01:00")
    await fire_at(hass, freezer, "2026-11-16T21:29:59+01:00")
    assert len(sent) == 1
    await fire_at(hass, freezer, "2026-11-16T21:30:00+01:00")
    assert [(call.data["entity_id"], call.data["title"]) for call in sent] == [
        (["notify.bedroom_speaker"], "Caffeine cutoff"),
        (["notify.bedroom_speaker"], "Time to wind down"),
    ]
