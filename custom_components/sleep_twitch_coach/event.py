"""The Journal event entity: one event for each entry a person logs, for the UI and logbook."""

from __future__ import annotations

from typing import Any, override

from homeassistant.components.event import EventEntity, EventEntityDescription
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .coach.events import UNDOABLE_KINDS
from .const import ATTR_CONFIG_ENTRY_ID, ATTR_KIND, EVENT_LOGGED
from .coordinator import CoachConfigEntry
from .entity import CoachEntity

# The entity only shows what the bus already carries; nothing is polled.
PARALLEL_UPDATES = 0

# What a person logs; never what the coach records itself (bedtime snapshots, wind-down
# ticks) nor experiments, whose end has a device trigger of its own.
JOURNAL_EVENT_TYPES = [kind.value for kind in UNDOABLE_KINDS]

JOURNAL = EventEntityDescription(
    key="journal", translation_key="journal", event_types=JOURNAL_EVENT_TYPES
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: CoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the sleeper's Journal entity."""
    async_add_entities([JournalEventEntity(entry.runtime_data, JOURNAL)])


class JournalEventEntity(CoachEntity, EventEntity):
    """Fires an event, with its public fields, for every entry a person logs."""

    @override
    def _fingerprint(self) -> object:
        """Return nothing: the figures never change what this entity shows."""
        return None

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the sleeper's announcements on the bus (they never carry the note)."""
        await super().async_added_to_hass()
        entry_id = self.coordinator.config_entry.entry_id

        @callback
        def ours(data: dict[str, Any]) -> bool:
            return (
                data.get(ATTR_CONFIG_ENTRY_ID) == entry_id
                and data.get(ATTR_KIND) in JOURNAL_EVENT_TYPES
            )

        self.async_on_remove(
            self.hass.bus.async_listen(
                EVENT_LOGGED, self._async_logged, event_filter=ours
            )
        )

    @callback
    def _async_logged(self, event: Event[dict[str, Any]]) -> None:
        fields = dict(event.data)
        del fields[ATTR_CONFIG_ENTRY_ID]
        self._trigger_event(fields.pop(ATTR_KIND), fields)
        # The logbook then names who logged it, or the automation that did.
        self.async_set_context(event.context)
        self.async_write_ha_state()
