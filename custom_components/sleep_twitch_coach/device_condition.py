"""Device conditions of a sleeper: twitches tonight above a number, the bedroom off target."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import voluptuous as vol

from homeassistant.components.device_automation.exceptions import (
    InvalidDeviceAutomationConfig,
)
from homeassistant.const import (
    CONF_ABOVE,
    CONF_CONDITION,
    CONF_DEVICE_ID,
    CONF_DOMAIN,
    CONF_TYPE,
)
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import condition, config_validation as cv
from homeassistant.helpers.typing import ConfigType, TemplateVarsType

from .coach.status import TemperatureStatus, temperature_status
from .const import CONF_TEMPERATURE_SENSOR, DOMAIN
from .figures import CoachData
from .sleeper_device import sleeper_coordinator, sleeper_entry


def _bedroom_is(status: TemperatureStatus) -> Callable[[CoachData, ConfigType], bool]:
    def test(data: CoachData, _config: ConfigType) -> bool:
        return (
            data.bedroom_c is not None
            and temperature_status(data.bedroom_c, data.routine) is status
        )

    return test


# Each condition tests the sleeper's figures as they are when it is checked.
TESTS: dict[str, Callable[[CoachData, ConfigType], bool]] = {
    "twitches_tonight_above": lambda data, config: (
        data.status.twitches_tonight > config[CONF_ABOVE]
    ),
    "bedroom_too_warm": _bedroom_is(TemperatureStatus.TOO_WARM),
    "bedroom_too_cold": _bedroom_is(TemperatureStatus.TOO_COLD),
}

BEDROOM = ("bedroom_too_warm", "bedroom_too_cold")
ABOVE = vol.All(vol.Coerce(int), vol.Range(min=0))
CONDITION_SCHEMA = cv.DEVICE_CONDITION_BASE_SCHEMA.extend(
    {
        vol.Required(CONF_TYPE): vol.In(TESTS),
        vol.Optional(CONF_ABOVE, default=0): ABOVE,
    }
)


async def async_get_conditions(
    hass: HomeAssistant, device_id: str
) -> list[dict[str, Any]]:
    """List the conditions of a sleeper's device; the bedroom's only with a sensor for it."""
    entry = sleeper_entry(hass, device_id)
    bedroom = entry.options.get(CONF_TEMPERATURE_SENSOR) is not None
    return [
        {
            CONF_CONDITION: "device",
            CONF_DOMAIN: DOMAIN,
            CONF_DEVICE_ID: device_id,
            CONF_TYPE: condition_type,
        }
        for condition_type in TESTS
        if bedroom or condition_type not in BEDROOM
    ]


async def async_get_condition_capabilities(
    hass: HomeAssistant, config: ConfigType
) -> dict[str, vol.Schema]:
    """Offer the number of twitches to be above."""
    if config[CONF_TYPE] != "twitches_tonight_above":
        return {}
    return {"extra_fields": vol.Schema({vol.Required(CONF_ABOVE, default=0): ABOVE})}


@callback
def async_condition_from_config(
    hass: HomeAssistant, config: ConfigType
) -> condition.ConditionCheckerType:
    """Return a test of the sleeper's figures; false while the sleeper is not loaded."""
    test = TESTS[config[CONF_TYPE]]
    device_id: str = config[CONF_DEVICE_ID]

    def check(hass: HomeAssistant, variables: TemplateVarsType = None) -> bool:
        try:
            coordinator = sleeper_coordinator(hass, device_id)
        except InvalidDeviceAutomationConfig:
            return False
        return coordinator is not None and test(coordinator.data, config)

    return check
