"""The base entity of a sleeper's device."""

from __future__ import annotations

from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity import EntityDescription
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .const import DOMAIN
from .coordinator import CoachCoordinator


class CoachEntity(CoordinatorEntity[CoachCoordinator]):
    """An entity on the device of one sleeper."""

    _attr_has_entity_name = True

    def __init__(
        self, coordinator: CoachCoordinator, description: EntityDescription
    ) -> None:
        """Describe the entity and attach it to the sleeper's device."""
        super().__init__(coordinator)
        self.entity_description = description
        entry = coordinator.config_entry
        self._attr_unique_id = f"{entry.entry_id}-{description.key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            entry_type=DeviceEntryType.SERVICE,
        )
