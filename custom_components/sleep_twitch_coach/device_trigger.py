"""Device triggers of a sleeper: an entry logged, wind-down and cutoff times, the doctor alert."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import voluptuous as vol

from homeassistant.components.device_automation import DEVICE_TRIGGER_BASE_SCHEMA
from homeassistant.components.homeassistant.triggers import (
    event as event_trigger,
    state as state_trigger,
    time as time_trigger,
)
from homeassistant.const import (
    CONF_DEVICE_ID,
    CONF_DOMAIN,
    CONF_PLATFORM,
    CONF_TYPE,
    STATE_OFF,
    STATE_ON,
    Platform,
)
from homeassistant.core import CALLBACK_TYPE, HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.trigger import TriggerActionType, TriggerInfo
from homeassistant.helpers.typing import ConfigType

from .coach.events import EventKind
from .const import ATTR_CONFIG_ENTRY_ID, ATTR_KIND, DOMAIN, EVENT_LOGGED
from .experiment import EXPERIMENT_ENDED
from .sleeper_device import sleeper_entity_id, sleeper_entry

CONF_BEFORE = "before"
# The evening routine's usual lead: 45 minutes before bedtime.
WIND_DOWN_LEAD = timedelta(minutes=45)
NO_LEAD = timedelta(0)
MAX_LEAD = timedelta(hours=12)

# Announced on the bus, with the sleeper's config entry: trigger type → the event's kind.
LOGGED = {
    "twitch_logged": EventKind.TWITCH.value,
    "caffeine_logged": EventKind.CAFFEINE.value,
    "experiment_ended": EXPERIMENT_ENDED,
}
# A time a sleeper's timestamp sensor names, a lead before: type → (sensor, default lead).
TIMES = {
    "wind_down_time": ("next_bedtime", WIND_DOWN_LEAD),
    "caffeine_cutoff": ("next_caffeine_cutoff", NO_LEAD),
}
# The doctor-visit recommendation turning on or off: type → (from, to).
DOCTOR = {
    "doctor_visit_recommended": (STATE_OFF, STATE_ON),
    "doctor_visit_no_longer_recommended": (STATE_ON, STATE_OFF),
}
TRIGGER_TYPES = (*LOGGED, *TIMES, *DOCTOR)


def _lead(value: Any) -> timedelta:
    """Return how long before: "00:45:00", or "-00:45:00" as the time trigger's offset says it."""
    lead: timedelta = abs(cv.time_period(value))
    if lead > MAX_LEAD:
        raise vol.Invalid(f"at most {MAX_LEAD} before")
    return lead


TRIGGER_SCHEMA = DEVICE_TRIGGER_BASE_SCHEMA.extend(
    {
        vol.Required(CONF_TYPE): vol.In(TRIGGER_TYPES),
        vol.Optional(CONF_BEFORE): _lead,
    }
)


async def async_get_triggers(
    hass: HomeAssistant, device_id: str
) -> list[dict[str, Any]]:
    """List the triggers of a sleeper's device."""
    sleeper_entry(hass, device_id)
    return [
        {
            CONF_PLATFORM: "device",
            CONF_DOMAIN: DOMAIN,
            CONF_DEVICE_ID: device_id,
            CONF_TYPE: trigger_type,
        }
        for trigger_type in TRIGGER_TYPES
    ]


async def async_get_trigger_capabilities(
    hass: HomeAssistant, config: ConfigType
) -> dict[str, vol.Schema]:
    """Offer how long before the time, for the two time triggers."""
    if (time := TIMES.get(config[CONF_TYPE])) is None:
        return {}
    default = {"minutes": int(time[1].total_seconds() // 60)}
    return {
        "extra_fields": vol.Schema(
            {vol.Optional(CONF_BEFORE, default=default): cv.positive_time_period_dict}
        )
    }


async def async_attach_trigger(
    hass: HomeAssistant,
    config: ConfigType,
    action: TriggerActionType,
    trigger_info: TriggerInfo,
) -> CALLBACK_TYPE:
    """Attach a trigger to the sleeper's announcements, times or doctor alert."""
    device_id: str = config[CONF_DEVICE_ID]
    kind = config[CONF_TYPE]
    if kind in LOGGED:
        entry = sleeper_entry(hass, device_id)
        event_config = event_trigger.TRIGGER_SCHEMA(
            {
                CONF_PLATFORM: "event",
                event_trigger.CONF_EVENT_TYPE: EVENT_LOGGED,
                event_trigger.CONF_EVENT_DATA: {
                    ATTR_CONFIG_ENTRY_ID: entry.entry_id,
                    ATTR_KIND: LOGGED[kind],
                },
            }
        )
        return await event_trigger.async_attach_trigger(
            hass, event_config, action, trigger_info, platform_type="device"
        )
    if kind in TIMES:
        sensor, default = TIMES[kind]
        lead: timedelta = config.get(CONF_BEFORE, default)
        time_config = time_trigger.TRIGGER_SCHEMA(
            {
                CONF_PLATFORM: "time",
                "at": {
                    "entity_id": sleeper_entity_id(
                        hass, device_id, Platform.SENSOR, sensor
                    ),
                    "offset": -lead,
                },
            }
        )
        return await time_trigger.async_attach_trigger(
            hass, time_config, action, trigger_info
        )
    before, after = DOCTOR[kind]
    state_config = await state_trigger.async_validate_trigger_config(
        hass,
        {
            CONF_PLATFORM: "state",
            "entity_id": sleeper_entity_id(
                hass, device_id, Platform.BINARY_SENSOR, "doctor_visit_recommended"
            ),
            state_trigger.CONF_FROM: before,
            state_trigger.CONF_TO: after,
        },
    )
    return await state_trigger.async_attach_trigger(
        hass, state_config, action, trigger_info, platform_type="device"
    )
