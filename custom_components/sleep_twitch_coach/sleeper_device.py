"""A sleeper's device in automations: its config entry and its entities, by unique id."""

from __future__ import annotations

from typing import Protocol

from homeassistant.components.device_automation.exceptions import (
    InvalidDeviceAutomationConfig,
)
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr

from .const import DOMAIN
from .coordinator import CoachConfigEntry, CoachCoordinator
from .entity import sleeper_entity


def sleeper_entry(hass: HomeAssistant, device_id: str) -> CoachConfigEntry:
    """Return the config entry of the sleeper whose device this is."""
    if (device := dr.async_get(hass).async_get(device_id)) is not None:
        for entry_id in _config_entry_ids(device):
            entry = hass.config_entries.async_get_entry(entry_id)
            if entry is not None and entry.domain == DOMAIN:
                return entry
    raise InvalidDeviceAutomationConfig(f"Not a sleeper's device: {device_id}")


class _Device(Protocol):
    """A device registry entry, as every supported Home Assistant release has it."""

    @property
    def config_entries(self) -> set[str]:
        """Return the config entries of the device."""


def _config_entry_ids(device: _Device) -> set[str]:
    """Return the config entries of a device, without Home Assistant's deprecated set.

    Since Home Assistant 2026.11 a device belongs to one config entry (`config_entry_id`);
    reading `config_entries` there is deprecated. Older releases have only the set.
    """
    if (entry_id := getattr(device, "config_entry_id", None)) is not None:
        return {entry_id}
    return device.config_entries


def sleeper_coordinator(hass: HomeAssistant, device_id: str) -> CoachCoordinator | None:
    """Return the coach of the sleeper whose device this is, while it is loaded."""
    entry = sleeper_entry(hass, device_id)
    if entry.state is not ConfigEntryState.LOADED:
        return None
    return entry.runtime_data


def sleeper_entity_id(
    hass: HomeAssistant, device_id: str, platform: str, key: str
) -> str:
    """Return the entity id a sleeper's entity has now, whatever a user renamed it to."""
    entry = sleeper_entry(hass, device_id)
    if (entity_id := sleeper_entity(hass, entry.entry_id, platform, key)) is None:
        raise InvalidDeviceAutomationConfig(f"{entry.title} has no {platform} {key}")
    return entity_id
