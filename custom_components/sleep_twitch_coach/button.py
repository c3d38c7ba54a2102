"""Buttons of Sleep Twitch Coach: one press logs an event now."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import override

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util import dt as dt_util

from .coach.events import Caffeine, CalmNight, Exercise, JournalEvent, Twitch
from .coordinator import CoachConfigEntry, CoachCoordinator
from .entity import CoachEntity

# Presses write to the journal one at a time.
PARALLEL_UPDATES = 1


@dataclass(frozen=True, kw_only=True)
class CoachButtonEntityDescription(ButtonEntityDescription):
    """A button that logs one kind of event, as the sleeper's choices say."""

    event_fn: Callable[[CoachCoordinator, datetime, str | None], JournalEvent]


BUTTONS: tuple[CoachButtonEntityDescription, ...] = (
    CoachButtonEntityDescription(
        key="log_twitch",
        translation_key="log_twitch",
        event_fn=lambda _, now, user: Twitch(time=now, user=user),
    ),
    CoachButtonEntityDescription(
        key="log_caffeine",
        translation_key="log_caffeine",
        event_fn=lambda _, now, user: Caffeine(time=now, user=user),
    ),
    CoachButtonEntityDescription(
        key="log_exercise",
        translation_key="log_exercise",
        # At the intensity chosen with the sleeper's exercise intensity select.
        event_fn=lambda coach, now, user: Exercise(
            time=now, intensity=coach.exercise_intensity, user=user
        ),
    ),
    CoachButtonEntityDescription(
        key="log_calm_night",
        translation_key="log_calm_night",
        event_fn=lambda _, now, user: CalmNight(time=now, user=user),
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: CoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the logging buttons of a sleeper."""
    async_add_entities(
        CoachButton(entry.runtime_data, description) for description in BUTTONS
    )


class CoachButton(CoachEntity, ButtonEntity):
    """A button that logs an event at the moment it is pressed."""

    entity_description: CoachButtonEntityDescription

    @override
    def _fingerprint(self) -> object:
        """Show nothing of the journal: a button's state is when it was last pressed."""
        return None

    @override
    async def async_press(self) -> None:
        """Log the event as the user who pressed (none for automations); returns once on disk."""
        user = self._context.user_id if self._context else None
        event = self.entity_description.event_fn(
            self.coordinator, dt_util.utcnow(), user
        )
        await self.coordinator.async_log(event, self._context)
