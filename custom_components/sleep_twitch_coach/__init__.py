"""Sleep Twitch Coach: an evening routine and a sleep-night journal against leg twitches."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.typing import ConfigType

from .const import DOMAIN, SIGNAL_REMOVED
from .coordinator import CoachConfigEntry, CoachCoordinator
from .doctor_alert import delete_doctor_issue
from .history import async_clear_history
from .panel import async_hide_panel_unless_used, async_serve_panel, async_show_panel
from .services import async_setup_services
from .store.limbs import delete_not_written_issue
from .websocket_api import async_setup_websocket

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)
PLATFORMS = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.EVENT,
    Platform.SELECT,
    Platform.SENSOR,
    Platform.SWITCH,
    Platform.TODO,
]


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the service actions and the panel's commands once for every sleeper."""
    async_setup_services(hass)
    async_setup_websocket(hass)
    await async_serve_panel(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: CoachConfigEntry) -> bool:
    """Load a sleeper's journal and add their entities."""
    coordinator = CoachCoordinator(hass, entry)
    await coordinator.async_config_entry_first_refresh()
    entry.runtime_data = coordinator
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    await async_show_panel(hass)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: CoachConfigEntry) -> bool:
    """Unload a sleeper's entities, and the panel with the last sleeper.

    The coordinator's listeners go with the entry.
    """
    if unloaded := await hass.config_entries.async_unload_platforms(entry, PLATFORMS):
        async_hide_panel_unless_used(hass, entry.entry_id)
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: CoachConfigEntry) -> None:
    """Remove the sleeper's twitch history from the long-term statistics, and their issues.

    A damaged file's issue stays: the file it names stays on disk too.
    Open panels are told, and stop following the sleeper.
    """
    async_clear_history(hass, entry.entry_id)
    delete_doctor_issue(hass, entry.entry_id)
    delete_not_written_issue(hass, entry.entry_id)
    async_dispatcher_send(hass, SIGNAL_REMOVED.format(entry.entry_id))
