"""The base entity of a sleeper's device."""

from __future__ import annotations

from typing import override

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity import EntityDescription
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .const import DOMAIN
from .coordinator import CoachCoordinator


def entity_unique_id(entry_id: str, key: str) -> str:
    """Return the unique id of a sleeper's entity (automations find it by this id)."""
    return f"{entry_id}-{key}"


@callback
def sleeper_entity(
    hass: HomeAssistant, entry_id: str, platform: str, key: str
) -> str | None:
    """Return the entity id a sleeper's entity has now, whatever a user renamed it to."""
    return er.async_get(hass).async_get_entity_id(
        platform, DOMAIN, entity_unique_id(entry_id, key)
    )


class CoachEntity(CoordinatorEntity[CoachCoordinator]):
    """An entity on the device of one sleeper."""

    _attr_has_entity_name = True
    # What the entity showed at its last write; nothing yet.
    _last_fingerprint: tuple[bool, object] | None = None

    def __init__(
        self, coordinator: CoachCoordinator, description: EntityDescription
    ) -> None:
        """Describe the entity and attach it to the sleeper's device."""
        super().__init__(coordinator)
        self.entity_description = description
        entry = coordinator.config_entry
        self._attr_unique_id = entity_unique_id(entry.entry_id, description.key)
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            entry_type=DeviceEntryType.SERVICE,
        )

    def _fingerprint(self) -> object:
        """Return what the entity shows of the sleeper's data (beyond being available).

        An entity that does not say is written on every update: a new object each time never
        equals the last one, so forgetting to override this costs writes, never updates.
        """
        return object()

    @callback
    @override
    def _handle_coordinator_update(self) -> None:
        """Write the state only when what the entity shows has changed.

        Every change of the journal updates all the sleeper's entities; most show the same.
        """
        fingerprint = (self.available, self._fingerprint())
        if fingerprint == self._last_fingerprint:
            return
        self._last_fingerprint = fingerprint
        super()._handle_coordinator_update()
