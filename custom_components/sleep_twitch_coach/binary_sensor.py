"""Binary sensors of Sleep Twitch Coach."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, override

from homeassistant.components.binary_sensor import (
    BinarySensorDeviceClass,
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import ATTR_CRITERIA
from .coordinator import CoachConfigEntry
from .entity import CoachEntity
from .figures import CoachData

# The coordinator pushes every update; nothing is polled.
PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class CoachBinarySensorEntityDescription(BinarySensorEntityDescription):
    """A binary sensor computed from a sleeper's data."""

    is_on_fn: Callable[[CoachData], bool]
    attributes_fn: Callable[[CoachData], dict[str, Any]] | None = None


BINARY_SENSORS: tuple[CoachBinarySensorEntityDescription, ...] = (
    CoachBinarySensorEntityDescription(
        key="doctor_visit_recommended",
        translation_key="doctor_visit_recommended",
        device_class=BinarySensorDeviceClass.PROBLEM,
        is_on_fn=lambda data: data.checklist.recommended,
        attributes_fn=lambda data: {ATTR_CRITERIA: data.checklist.as_dicts()},
    ),
    CoachBinarySensorEntityDescription(
        key="caffeine_after_cutoff",
        translation_key="caffeine_after_cutoff",
        device_class=BinarySensorDeviceClass.PROBLEM,
        is_on_fn=lambda data: data.status.caffeine_after_cutoff,
    ),
    CoachBinarySensorEntityDescription(
        key="late_exercise",
        translation_key="late_exercise",
        device_class=BinarySensorDeviceClass.PROBLEM,
        is_on_fn=lambda data: data.status.late_exercise,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: CoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the binary sensors of a sleeper."""
    async_add_entities(
        CoachBinarySensor(entry.runtime_data, description)
        for description in BINARY_SENSORS
    )


class CoachBinarySensor(CoachEntity, BinarySensorEntity):
    """A binary sensor of a sleeper."""

    entity_description: CoachBinarySensorEntityDescription
    # The checklist's evidence changes with every night and is long: the journal keeps it.
    _unrecorded_attributes = frozenset({ATTR_CRITERIA})

    @override
    def _fingerprint(self) -> object:
        return self.is_on, self.extra_state_attributes

    @property
    @override
    def is_on(self) -> bool:
        """Return the computed state."""
        return self.entity_description.is_on_fn(self.coordinator.data)

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Return the attributes the description computes, if any."""
        if (attributes_fn := self.entity_description.attributes_fn) is None:
            return None
        return attributes_fn(self.coordinator.data)
