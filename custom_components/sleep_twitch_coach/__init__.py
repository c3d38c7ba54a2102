"""Sleep Twitch Coach: an evening routine and a sleep-night journal against leg twitches."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType

from .const import DOMAIN
from .coordinator import CoachConfigEntry, CoachCoordinator
from .history import async_clear_history
from .services import async_setup_services

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)
PLATFORMS = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.SENSOR,
    Platform.SWITCH,
    Platform.TODO,
]


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the service actions once for every sleeper."""
    async_setup_services(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: CoachConfigEntry) -> bool:
    """Load a sleeper's journal and add their entities."""
    coordinator = CoachCoordinator(hass, entry)
    await coordinator.async_config_entry_first_refresh()
    entry.runtime_data = coordinator
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: CoachConfigEntry) -> bool:
    """Unload a sleeper's entities; the coordinator's listeners go with the entry."""
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


async def async_remove_entry(hass: HomeAssistant, entry: CoachConfigEntry) -> None:
    """Remove the sleeper's twitch history from the long-term statistics."""
    async_clear_history(hass, entry.entry_id)
