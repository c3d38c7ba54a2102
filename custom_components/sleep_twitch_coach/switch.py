"""Switches of Sleep Twitch Coach."""

from __future__ import annotations

from typing import Any, override

from homeassistant.components.switch import SwitchEntity, SwitchEntityDescription
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .changes import set_iron_deficiency
from .coordinator import CoachConfigEntry
from .entity import CoachEntity

# Switching writes the journal file; one at a time.
PARALLEL_UPDATES = 1

IRON_DEFICIENCY = SwitchEntityDescription(
    key="iron_deficiency_diagnosed",
    translation_key="iron_deficiency_diagnosed",
    entity_category=EntityCategory.CONFIG,
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: CoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the iron deficiency switch of a sleeper."""
    async_add_entities([IronDeficiencySwitch(entry.runtime_data, IRON_DEFICIENCY)])


class IronDeficiencySwitch(CoachEntity, SwitchEntity):
    """Whether iron deficiency or anaemia was diagnosed; kept with the journal."""

    @override
    def _fingerprint(self) -> object:
        return self.is_on

    @property
    @override
    def is_on(self) -> bool:
        """Return whether it was diagnosed."""
        return self.coordinator.iron_deficiency

    @override
    async def async_turn_on(self, **kwargs: Any) -> None:
        """Record a diagnosis."""
        await self.coordinator.async_apply(set_iron_deficiency, True)

    @override
    async def async_turn_off(self, **kwargs: Any) -> None:
        """Withdraw the diagnosis."""
        await self.coordinator.async_apply(set_iron_deficiency, False)
