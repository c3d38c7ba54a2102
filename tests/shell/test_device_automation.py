"""Tests of a sleeper's device triggers, conditions and actions, as automations use them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_get_device_automations,
    async_mock_service,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.sleep_twitch_coach import device_action
from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.components.device_automation import DeviceAutomationType
from homeassistant.core import Context, HomeAssistant, ServiceCall
from homeassistant.exceptions import Unauthorized
from homeassistant.helpers import (
    device_registry as dr,
    entity_registry as er,
    translation,
)
from homeassistant.setup import async_setup_component

from .conftest import OPTIONS, act, fire_at, setup_entry, sleeper_entry, stored_events
from .users import async_user


@pytest.fixture
def set_up_at() -> str:
    """Set Alex up at 13:00, before the caffeine cutoff and bedtime of the day."""
    return "2026-11-16T13:00:00+01:00"


@pytest.fixture
def mock_config_entry() -> MockConfigEntry:
    """Return Alex, with a bedroom sensor."""
    return sleeper_entry(temperature_sensor="sensor.bedroom")


def device_of(hass: HomeAssistant, entry: MockConfigEntry) -> str:
    """Return the id of a sleeper's device."""
    (device,) = dr.async_entries_for_config_entry(dr.async_get(hass), entry.entry_id)
    return device.id


@pytest.fixture
async def alex(hass: HomeAssistant, loaded: MockConfigEntry) -> str:
    """Return Alex's device, with the bedroom at 21.5 °C."""
    hass.states.async_set("sensor.bedroom", "21.5", {"unit_of_measurement": "°C"})
    await hass.async_block_till_done()
    return device_of(hass, loaded)


@pytest.fixture
async def sam(hass: HomeAssistant, alex: str) -> MockConfigEntry:
    """Add a second sleeper, Sam, without a bedroom sensor."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Sam",
        unique_id="sam",
        data={"name": "Sam"},
        options=OPTIONS,
    )
    return await setup_entry(hass, entry)


def types(automations: list[dict[str, Any]]) -> list[str]:
    """Return the types of listed device automations."""
    return sorted(item["type"] for item in automations)


async def test_a_sleepers_device_lists_its_triggers_conditions_and_actions(
    hass: HomeAssistant, alex: str
) -> None:
    """The automation editor offers the coach's own triggers, conditions and actions."""
    listed = {
        kind: types(
            [
                item
                for item in await async_get_device_automations(hass, kind, alex)
                if item["domain"] == DOMAIN
            ]
        )
        for kind in DeviceAutomationType
    }
    assert listed == {
        DeviceAutomationType.TRIGGER: [
            "caffeine_cutoff",
            "caffeine_logged",
            "doctor_visit_no_longer_recommended",
            "doctor_visit_recommended",
            "experiment_ended",
            "twitch_logged",
            "wind_down_time",
        ],
        DeviceAutomationType.CONDITION: [
            "bedroom_too_cold",
            "bedroom_too_warm",
            "twitches_tonight_above",
        ],
        DeviceAutomationType.ACTION: ["log_calm_night", "log_twitch"],
    }


async def test_the_editor_asks_how_long_before_the_time_triggers(
    hass: HomeAssistant, alex: str, hass_ws_client: WebSocketGenerator
) -> None:
    """Wind-down offers 45 minutes before bedtime, the cutoff none; a twitch asks nothing."""
    client = await hass_ws_client(hass)
    fields = {}
    for trigger_type in ("wind_down_time", "caffeine_cutoff", "twitch_logged"):
        await client.send_json_auto_id(
            {
                "type": "device_automation/trigger/capabilities",
                "trigger": {
                    "trigger": "device",
                    "domain": DOMAIN,
                    "device_id": alex,
                    "type": trigger_type,
                },
            }
        )
        response = await client.receive_json()
        fields[trigger_type] = response["result"]["extra_fields"]
    assert fields["twitch_logged"] == []
    assert [
        (field["name"], field["default"]) for field in fields["wind_down_time"]
    ] == [("before", {"minutes": 45})]
    assert fields["caffeine_cutoff"][0]["default"] == {"minutes": 0}


async def test_the_editor_names_them_in_the_users_language(
    hass: HomeAssistant, alex: str
) -> None:
    """German: the editor's labels for the trigger, condition and action come translated."""
    texts = await translation.async_get_translations(
        hass, "de", "device_automation", [DOMAIN]
    )
    prefix = f"component.{DOMAIN}.device_automation"
    assert texts[f"{prefix}.trigger_type.twitch_logged"] == (
        "Eine Zuckung wurde eingetragen"
    )
    assert texts[f"{prefix}.condition_type.bedroom_too_warm"] == (
        "Das Schlafzimmer ist zu warm"
    )
    assert texts[f"{prefix}.action_type.log_calm_night"] == "Ruhige Nacht eintragen"
    assert texts[f"{prefix}.extra_fields.before"] == "Wie lange vorher"


async def test_a_sleeper_without_a_bedroom_sensor_has_no_bedroom_conditions(
    hass: HomeAssistant, alex: str, sam: MockConfigEntry
) -> None:
    """Sam has no bedroom sensor: only the twitches condition is offered."""
    conditions = await async_get_device_automations(
        hass, DeviceAutomationType.CONDITION, device_of(hass, sam)
    )
    assert types([item for item in conditions if item["domain"] == DOMAIN]) == [
        "twitches_tonight_above"
    ]


async def automate(
    hass: HomeAssistant, device_id: str, triggers: list[dict[str, Any]]
) -> list[ServiceCall]:
    """Create one automation per device trigger; return the runs, by trigger type."""
    runs = async_mock_service(hass, "test", "automation")
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": [
                {
                    "triggers": {
                        "trigger": "device",
                        "domain": DOMAIN,
                        "device_id": device_id,
                        **trigger,
                    },
                    "actions": {
                        "action": "test.automation",
                        "data": {"type": trigger["type"]},
                    },
                }
                for trigger in triggers
            ]
        },
    )
    await hass.async_block_till_done()
    return runs


def fired(runs: list[ServiceCall]) -> list[str]:
    """Return the trigger types that ran, in order."""
    return [run.data["type"] for run in runs]


async def test_logged_triggers_fire_once_for_their_sleeper_only(
    hass: HomeAssistant, alex: str, sam: MockConfigEntry
) -> None:
    """A twitch and a coffee of Alex's fire their triggers once; Sam's fire none."""
    runs = await automate(
        hass, alex, [{"type": "twitch_logged"}, {"type": "caffeine_logged"}]
    )
    alex_entry = hass.config_entries.async_entries(DOMAIN)[0]
    await act(hass, sam, "log_twitch")
    await act(hass, sam, "log_caffeine")
    await act(hass, alex_entry, "log_twitch", woke_up=True)
    await act(hass, alex_entry, "log_exercise")
    await act(hass, alex_entry, "log_caffeine", when="2026-11-16T09:00:00+01:00")
    await hass.async_block_till_done()
    assert fired(runs) == ["twitch_logged", "caffeine_logged"]


async def test_time_triggers_fire_at_their_minutes_before(
    hass: HomeAssistant, alex: str, freezer: FrozenDateTimeFactory
) -> None:
    """Cutoff at 14:00 and 30 minutes before; wind-down 45 minutes and 1 hour before 22:30."""
    runs = await automate(
        hass,
        alex,
        [
            {"type": "caffeine_cutoff"},
            {"type": "wind_down_time"},
            {"type": "caffeine_cutoff", "before": {"minutes": 30}},
            # As the time trigger's offset writes it (and older blueprints did).
            {"type": "wind_down_time", "before": "-01:00:00"},
        ],
    )
    await fire_at(hass, freezer, "2026-11-16T13:29:59+01:00")
    assert fired(runs) == []
    await fire_at(hass, freezer, "2026-11-16T13:30:00+01:00")
    await fire_at(hass, freezer, "2026-11-16T14:00:00+01:00")
    await fire_at(hass, freezer, "2026-11-16T21:29:59+01:00")
    assert fired(runs) == ["caffeine_cutoff", "caffeine_cutoff"]
    await fire_at(hass, freezer, "2026-11-16T21:30:00+01:00")
    await fire_at(hass, freezer, "2026-11-16T21:44:59+01:00")
    assert fired(runs)[2:] == ["wind_down_time"]
    await fire_at(hass, freezer, "2026-11-16T21:45:00+01:00")
    await fire_at(hass, freezer, "2026-11-16T22:30:00+01:00")
    assert fired(runs)[2:] == ["wind_down_time", "wind_down_time"]


async def test_time_triggers_follow_a_renamed_sensor(
    hass: HomeAssistant, alex: str, freezer: FrozenDateTimeFactory
) -> None:
    """The sleeper's bedtime sensor is found by its unique id, whatever its entity id."""
    er.async_get(hass).async_update_entity(
        "sensor.alex_next_bedtime", new_entity_id="sensor.bedtime_of_alex"
    )
    await hass.async_block_till_done()
    runs = await automate(
        hass, alex, [{"type": "wind_down_time", "before": "00:00:00"}]
    )
    await fire_at(hass, freezer, "2026-11-16T22:30:00+01:00")
    assert fired(runs) == ["wind_down_time"]


async def test_doctor_visit_triggers_fire_on_each_change(
    hass: HomeAssistant, alex: str
) -> None:
    """Two criteria met: "recommended"; one undone: "no longer recommended"."""
    runs = await automate(
        hass,
        alex,
        [
            {"type": "doctor_visit_recommended"},
            {"type": "doctor_visit_no_longer_recommended"},
        ],
    )
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    await act(hass, entry, "log_symptom", symptom="urge_to_move")
    await hass.async_block_till_done()
    assert fired(runs) == []
    await act(hass, entry, "log_symptom", symptom="weakness_or_numbness")
    await hass.async_block_till_done()
    assert fired(runs) == ["doctor_visit_recommended"]
    await act(hass, entry, "undo_last")
    await hass.async_block_till_done()
    assert fired(runs) == [
        "doctor_visit_recommended",
        "doctor_visit_no_longer_recommended",
    ]


async def test_experiment_ended_fires_once(hass: HomeAssistant, alex: str) -> None:
    """Starting an experiment fires nothing; stopping it fires the trigger once."""
    runs = await automate(hass, alex, [{"type": "experiment_ended"}])
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    await act(hass, entry, "start_experiment", change="alcohol", keep="avoid")
    await hass.async_block_till_done()
    assert fired(runs) == []
    await act(hass, entry, "stop_experiment")
    await hass.async_block_till_done()
    assert fired(runs) == ["experiment_ended"]


async def conditional(
    hass: HomeAssistant, device_id: str, conditions: list[dict[str, Any]]
) -> list[ServiceCall]:
    """Create one automation per device condition, run by the event "check"."""
    runs = async_mock_service(hass, "test", "checked")
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": [
                {
                    "triggers": {"trigger": "event", "event_type": "check"},
                    "conditions": {
                        "condition": "device",
                        "domain": DOMAIN,
                        "device_id": device_id,
                        **condition,
                    },
                    "actions": {
                        "action": "test.checked",
                        "data": {"type": condition["type"]},
                    },
                }
                for condition in conditions
            ]
        },
    )
    await hass.async_block_till_done()
    return runs


async def check(hass: HomeAssistant, runs: list[ServiceCall]) -> list[str]:
    """Run the conditional automations; return the conditions that held."""
    runs.clear()
    hass.bus.async_fire("check")
    await hass.async_block_till_done()
    return fired(runs)


async def test_twitches_tonight_above_holds_only_above_the_number(
    hass: HomeAssistant, alex: str
) -> None:
    """Above 1: not with none or one twitch tonight, with two; last night's do not count."""
    runs = await conditional(
        hass, alex, [{"type": "twitches_tonight_above", "above": 1}]
    )
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    await act(hass, entry, "log_twitch", when="2026-11-16T01:00:00+01:00")
    await act(hass, entry, "log_twitch", when="2026-11-16T02:00:00+01:00")
    assert await check(hass, runs) == []
    await act(hass, entry, "log_twitch")
    assert await check(hass, runs) == []
    await act(hass, entry, "log_twitch")
    assert await check(hass, runs) == ["twitches_tonight_above"]


async def test_bedroom_conditions_hold_outside_the_tolerance_only(
    hass: HomeAssistant, alex: str
) -> None:
    """18 °C ± 1 °C: 19.0 and 17.0 are on target, 19.1 too warm, 16.9 too cold."""
    runs = await conditional(
        hass, alex, [{"type": "bedroom_too_warm"}, {"type": "bedroom_too_cold"}]
    )
    expected = {
        "21.5": ["bedroom_too_warm"],
        "19.1": ["bedroom_too_warm"],
        "19.0": [],
        "17.0": [],
        "16.9": ["bedroom_too_cold"],
        "unavailable": [],
    }
    for reading, held in expected.items():
        hass.states.async_set("sensor.bedroom", reading, {"unit_of_measurement": "°C"})
        await hass.async_block_till_done()
        assert await check(hass, runs) == held, reading


async def test_conditions_do_not_hold_while_the_sleeper_is_unloaded(
    hass: HomeAssistant, alex: str
) -> None:
    """An unloaded sleeper has no figures: no condition of theirs holds."""
    runs = await conditional(
        hass, alex, [{"type": "twitches_tonight_above", "above": 0}]
    )
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    await act(hass, entry, "log_twitch")
    assert await check(hass, runs) == ["twitches_tonight_above"]
    assert await hass.config_entries.async_unload(entry.entry_id)
    assert await check(hass, runs) == []


async def test_actions_log_for_their_sleeper_on_disk(
    hass: HomeAssistant, alex: str, sam: MockConfigEntry, files_on_disk: Path
) -> None:
    """Log a twitch (one that woke me), log a calm night: Alex's journal only."""
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "triggers": {"trigger": "event", "event_type": "bedside"},
                "actions": [
                    {
                        "domain": DOMAIN,
                        "device_id": alex,
                        "type": "log_twitch",
                        "woke_up": True,
                    },
                    {"domain": DOMAIN, "device_id": alex, "type": "log_twitch"},
                    {"domain": DOMAIN, "device_id": alex, "type": "log_calm_night"},
                ],
            }
        },
    )
    hass.bus.async_fire("bedside")
    await hass.async_block_till_done()
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    events = stored_events(files_on_disk, entry)
    assert [(event["kind"], event.get("woke_up", False)) for event in events] == [
        ("twitch", True),
        ("twitch", False),
        ("calm_night", False),
    ]
    assert stored_events(files_on_disk, sam) == []
    assert hass.states.get("sensor.alex_twitches_tonight").state == "2"


async def test_actions_keep_the_coachs_permissions(
    hass: HomeAssistant, alex: str, files_on_disk: Path
) -> None:
    """A read-only user's "Log a twitch" is refused and writes nothing."""
    reader = await async_user(hass, "Reader", read_only=True)
    with pytest.raises(Unauthorized):
        await device_action.async_call_action_from_config(
            hass,
            {"domain": DOMAIN, "device_id": alex, "type": "log_twitch"},
            {},
            Context(user_id=reader.id),
        )
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    assert stored_events(files_on_disk, entry) == []
