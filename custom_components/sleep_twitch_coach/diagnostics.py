"""Diagnostics of Sleep Twitch Coach: settings and journal figures, never notes."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant

from .coach.events import event_fields
from .const import ATTR_NOTE
from .coordinator import CoachConfigEntry

TO_REDACT = {ATTR_NOTE}
RECENT_EVENTS = 20


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: CoachConfigEntry
) -> dict[str, Any]:
    """Return the settings, journal counts, the latest events and what the coach shows."""
    coordinator = entry.runtime_data
    journal = coordinator.journal
    return {
        "options": dict(entry.options),
        "journal": {
            "events": len(journal),
            "nights": len(journal.nights()),
            "by_kind": dict(Counter(event.kind.value for event in journal.events)),
            "recent": [
                async_redact_data(event_fields(event), TO_REDACT)
                for event in journal.events[-RECENT_EVENTS:]
            ],
        },
        "status": asdict(coordinator.data.status),
        "bedroom_c": coordinator.data.bedroom_c,
    }
