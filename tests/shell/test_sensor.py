"""Tests of the bedroom temperature entities and the time-based rollovers."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.const import (
    EVENT_HOMEASSISTANT_STARTED,
    STATE_UNAVAILABLE,
    STATE_UNKNOWN,
)
from homeassistant.core import CoreState, HomeAssistant
from homeassistant.util import dt as dt_util
from homeassistant.util.unit_system import US_CUSTOMARY_SYSTEM

from .conftest import fire_at, press, setup_entry, sleeper_entry

BEDROOM = "sensor.bedroom"
OFFSET = "sensor.alex_bedroom_temperature_offset"
STATUS = "sensor.alex_bedroom_temperature_status"


@pytest.fixture
def with_sensor() -> MockConfigEntry:
    """Return a sleeper whose bedroom has a temperature sensor."""
    return sleeper_entry(temperature_sensor=BEDROOM)


def celsius(value: str) -> tuple[str, dict[str, Any]]:
    """Return a °C state and its attributes."""
    return value, {"unit_of_measurement": "°C", "device_class": "temperature"}


async def test_offset_and_status_in_celsius(
    hass: HomeAssistant, with_sensor: MockConfigEntry
) -> None:
    """20.5 °C against 18 °C is +2.5 °C and too warm; changes follow the source."""
    hass.states.async_set(BEDROOM, *celsius("20.5"))
    await setup_entry(hass, with_sensor)
    offset = hass.states.get(OFFSET)
    assert offset.state == "2.5"
    assert offset.attributes["unit_of_measurement"] == "°C"
    status = hass.states.get(STATUS)
    assert status.state == "too_warm"
    assert status.attributes["current"] == 20.5
    assert status.attributes["target"] == 18.0
    hass.states.async_set(BEDROOM, *celsius("16.5"))
    await hass.async_block_till_done()
    assert hass.states.get(OFFSET).state == "-1.5"
    assert hass.states.get(STATUS).state == "too_cold"
    hass.states.async_set(BEDROOM, *celsius("18.4"))
    await hass.async_block_till_done()
    assert hass.states.get(STATUS).state == "on_target"


async def test_fahrenheit_source_in_a_metric_system(
    hass: HomeAssistant, with_sensor: MockConfigEntry
) -> None:
    """A °F sensor reading 68 °F is 20 °C: +2 °C."""
    hass.states.async_set(BEDROOM, "68", {"unit_of_measurement": "°F"})
    await setup_entry(hass, with_sensor)
    assert float(hass.states.get(OFFSET).state) == pytest.approx(2.0)


async def test_imperial_system_shows_the_difference_in_fahrenheit(
    hass: HomeAssistant, with_sensor: MockConfigEntry
) -> None:
    """A 1 °C difference shows as 1.8 °F, not 33.8 °F; attributes are in °F."""
    hass.config.units = US_CUSTOMARY_SYSTEM
    hass.states.async_set(BEDROOM, *celsius("19"))
    await setup_entry(hass, with_sensor)
    offset = hass.states.get(OFFSET)
    assert offset.attributes["unit_of_measurement"] == "°F"
    assert float(offset.state) == pytest.approx(1.8)
    status = hass.states.get(STATUS)
    assert status.attributes["current"] == 66.2
    assert status.attributes["target"] == 64.4


@pytest.mark.parametrize(
    ("state", "attributes"),
    [
        (STATE_UNAVAILABLE, {}),
        (STATE_UNKNOWN, {"unit_of_measurement": "°C"}),
        ("warm", {"unit_of_measurement": "°C"}),
        ("500", {"unit_of_measurement": "°C"}),
        ("19", {"unit_of_measurement": "%"}),
    ],
)
async def test_unusable_sources_make_the_entities_unavailable(
    hass: HomeAssistant,
    with_sensor: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
    state: str,
    attributes: dict[str, Any],
) -> None:
    """Unusable readings are logged once, then once on recovery."""
    hass.states.async_set(BEDROOM, *celsius("19"))
    await setup_entry(hass, with_sensor)
    for _ in range(3):
        hass.states.async_set(BEDROOM, state, attributes)
        await hass.async_block_till_done()
        hass.states.async_set(BEDROOM, state, {**attributes, "tick": _})
        await hass.async_block_till_done()
    assert hass.states.get(OFFSET).state == STATE_UNAVAILABLE
    assert hass.states.get(STATUS).state == STATE_UNAVAILABLE
    assert caplog.text.count("is not usable") == 1
    hass.states.async_set(BEDROOM, *celsius("18"))
    await hass.async_block_till_done()
    assert hass.states.get(OFFSET).state == "0.0"
    assert caplog.text.count("is usable again") == 1


async def test_a_missing_source_is_unavailable(
    hass: HomeAssistant, with_sensor: MockConfigEntry, caplog: pytest.LogCaptureFixture
) -> None:
    """A sensor that does not exist yet makes the entities unavailable, then available."""
    await setup_entry(hass, with_sensor)
    assert hass.states.get(STATUS).state == STATE_UNAVAILABLE
    assert "missing" in caplog.text
    hass.states.async_set(BEDROOM, *celsius("18"))
    await hass.async_block_till_done()
    assert hass.states.get(STATUS).state == "on_target"


@pytest.mark.parametrize("appears", [True, False])
async def test_a_source_still_starting_is_no_warning(
    hass: HomeAssistant,
    with_sensor: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
    appears: bool,
) -> None:
    """While Home Assistant starts, a missing source is quiet; still missing once started: warned."""
    hass.set_state(CoreState.not_running)
    await setup_entry(hass, with_sensor)
    assert hass.states.get(STATUS).state == STATE_UNAVAILABLE
    if appears:
        hass.states.async_set(BEDROOM, STATE_UNKNOWN)
        await hass.async_block_till_done()
        hass.states.async_set(BEDROOM, *celsius("18"))
        await hass.async_block_till_done()
        assert hass.states.get(STATUS).state == "on_target"
    assert "not usable" not in caplog.text
    hass.set_state(CoreState.running)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STARTED)
    await hass.async_block_till_done()
    assert caplog.text.count("is not usable (missing)") == (0 if appears else 1)
    assert "usable again" not in caplog.text
    assert hass.states.get(STATUS).state == (
        "on_target" if appears else STATE_UNAVAILABLE
    )


async def test_twitches_tonight_resets_at_noon(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A twitch at 01:30 counts for the evening before and is gone at 12:00, without a restart."""
    freezer.move_to("2026-11-17T01:30:00+01:00")
    await setup_entry(hass, mock_config_entry)
    await press(hass)
    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"
    await fire_at(hass, freezer, "2026-11-17T11:59:59+01:00")
    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"
    await fire_at(hass, freezer, "2026-11-17T12:00:00+01:00")
    assert hass.states.get("sensor.alex_twitches_tonight").state == "0"
    assert hass.states.get("sensor.alex_twitch_nights_7d").state == "1"


async def test_twitch_nights_7d_across_a_dst_change(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Four back-filled nights give 4, and nights leave the window at noon, DST or not."""
    freezer.move_to("2026-10-22T20:00:00+02:00")
    await setup_entry(hass, mock_config_entry)
    for night in (
        "2026-10-16T23:00",
        "2026-10-18T23:30",
        "2026-10-21T01:00",
        "2026-10-22T19:00",
    ):
        await hass.services.async_call(
            DOMAIN,
            "log_twitch",
            {
                "config_entry_id": mock_config_entry.entry_id,
                "when": f"{night}:00+02:00",
            },
            blocking=True,
        )
    nights = "sensor.alex_twitch_nights_7d"
    assert hass.states.get(nights).state == "4"
    await fire_at(hass, freezer, "2026-10-23T11:59:00+02:00")
    assert hass.states.get(nights).state == "4"
    await fire_at(hass, freezer, "2026-10-23T12:00:00+02:00")
    assert hass.states.get(nights).state == "3"
    # Clocks go back at 03:00 on 25 October; noon that day is 11:00 UTC, not 10:00.
    await fire_at(hass, freezer, "2026-10-25T10:30:00+00:00")
    assert hass.states.get(nights).state == "3"
    await fire_at(hass, freezer, "2026-10-25T11:00:00+00:00")
    assert hass.states.get(nights).state == "2"
    await fire_at(hass, freezer, "2026-10-27T12:00:00+01:00")
    assert hass.states.get(nights).state == "1"
    await fire_at(hass, freezer, "2026-10-29T12:00:00+01:00")
    assert hass.states.get(nights).state == "0"


async def test_schedule_sensors_roll_over(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Next bedtime, next cutoff and caffeine after cutoff change at the right moments."""
    freezer.move_to("2026-11-16T13:00:00+01:00")
    await setup_entry(hass, mock_config_entry)
    assert (
        hass.states.get("sensor.alex_next_caffeine_cutoff").state
        == "2026-11-16T13:00:00+00:00"
    )
    # At the cutoff the sensor still shows it, so automations on it fire; a second later
    # it shows tomorrow's.
    await fire_at(hass, freezer, "2026-11-16T14:00:00+01:00")
    cutoff = "sensor.alex_next_caffeine_cutoff"
    assert hass.states.get(cutoff).state == "2026-11-16T13:00:00+00:00"
    await fire_at(hass, freezer, "2026-11-16T14:00:01+01:00")
    assert hass.states.get(cutoff).state == "2026-11-17T13:00:00+00:00"
    await press(hass, "log_caffeine")
    assert hass.states.get("binary_sensor.alex_caffeine_after_cutoff").state == "on"
    assert (
        hass.states.get("sensor.alex_next_bedtime").state == "2026-11-16T21:30:00+00:00"
    )
    await fire_at(hass, freezer, "2026-11-16T22:30:01+01:00")
    assert (
        hass.states.get("sensor.alex_next_bedtime").state == "2026-11-17T21:30:00+00:00"
    )
    await fire_at(hass, freezer, "2026-11-17T07:00:00+01:00")
    assert hass.states.get("binary_sensor.alex_caffeine_after_cutoff").state == "off"


async def test_late_exercise_from_the_button(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """The exercise button logs vigorous exercise: at 20:00 it is late for 22:30."""
    freezer.move_to("2026-11-16T20:00:00+01:00")
    await setup_entry(hass, mock_config_entry)
    await press(hass, "log_exercise")
    assert hass.states.get("binary_sensor.alex_late_exercise").state == "on"
    assert (
        hass.states.get("sensor.alex_last_exercise").state
        == dt_util.utcnow().isoformat()
    )
    await fire_at(hass, freezer, "2026-11-17T12:00:00+01:00")
    assert hass.states.get("binary_sensor.alex_late_exercise").state == "off"
    assert timedelta(hours=16) == dt_util.utcnow() - datetime.fromisoformat(
        hass.states.get("sensor.alex_last_exercise").state
    )


async def test_a_press_writes_only_the_entities_it_changes(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Every entity is recomputed on a press, but only the changed ones write a state."""
    freezer.move_to("2026-11-16T23:00:00+01:00")
    await setup_entry(hass, mock_config_entry)
    await press(hass)
    # A state written unchanged keeps its object and moves its last_reported.
    reported = {
        state.entity_id: state.last_reported for state in hass.states.async_all()
    }
    freezer.tick(timedelta(minutes=5))
    await press(hass)
    rewritten = {
        state.entity_id
        for state in hass.states.async_all()
        if state.last_reported != reported[state.entity_id]
    }
    assert rewritten == {
        "button.alex_log_twitch",
        "event.alex_journal",
        "sensor.alex_twitches_tonight",
    }
    assert hass.states.get("sensor.alex_twitches_tonight").state == "2"
