"""Device actions of a sleeper: log a twitch (one that woke them, if so), log a calm night."""

from __future__ import annotations

from typing import Any

import voluptuous as vol

from homeassistant.const import CONF_DEVICE_ID, CONF_DOMAIN, CONF_TYPE
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType, TemplateVarsType

from .const import ATTR_CONFIG_ENTRY_ID, ATTR_WOKE_UP, DOMAIN
from .service_schemas import SERVICE_LOG_CALM_NIGHT, SERVICE_LOG_TWITCH
from .sleeper_device import sleeper_entry

ACTION_TYPES = (SERVICE_LOG_TWITCH, SERVICE_LOG_CALM_NIGHT)

ACTION_SCHEMA = cv.DEVICE_ACTION_BASE_SCHEMA.extend(
    {
        vol.Required(CONF_TYPE): vol.In(ACTION_TYPES),
        vol.Optional(ATTR_WOKE_UP): bool,
    }
)


async def async_get_actions(
    hass: HomeAssistant, device_id: str
) -> list[dict[str, Any]]:
    """List the actions of a sleeper's device."""
    sleeper_entry(hass, device_id)
    return [
        {CONF_DOMAIN: DOMAIN, CONF_DEVICE_ID: device_id, CONF_TYPE: action_type}
        for action_type in ACTION_TYPES
    ]


async def async_get_action_capabilities(
    hass: HomeAssistant, config: ConfigType
) -> dict[str, vol.Schema]:
    """Offer "it woke me up" for a twitch."""
    if config[CONF_TYPE] != SERVICE_LOG_TWITCH:
        return {}
    return {
        "extra_fields": vol.Schema({vol.Optional(ATTR_WOKE_UP, default=False): bool})
    }


async def async_call_action_from_config(
    hass: HomeAssistant,
    config: ConfigType,
    variables: TemplateVarsType,
    context: Context | None,
) -> None:
    """Log through the coach's own action: its checks, and the write before it returns."""
    data: dict[str, Any] = {
        ATTR_CONFIG_ENTRY_ID: sleeper_entry(hass, config[CONF_DEVICE_ID]).entry_id
    }
    if config[CONF_TYPE] == SERVICE_LOG_TWITCH:
        data[ATTR_WOKE_UP] = config.get(ATTR_WOKE_UP, False)
    await hass.services.async_call(
        DOMAIN, config[CONF_TYPE], data, blocking=True, context=context
    )
