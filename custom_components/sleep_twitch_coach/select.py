"""Selects of Sleep Twitch Coach: how hard the exercise the button logs was."""

from __future__ import annotations

from typing import override

from homeassistant.components.select import SelectEntity, SelectEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.restore_state import RestoreEntity

from .coach.events import Intensity
from .coordinator import CoachConfigEntry
from .entity import CoachEntity

# Choosing writes nothing to the journal.
PARALLEL_UPDATES = 0

# Not a configuration entity: it is chosen beside the exercise button, before a press.
EXERCISE_INTENSITY = SelectEntityDescription(
    key="exercise_intensity",
    translation_key="exercise_intensity",
    options=[intensity.value for intensity in Intensity],
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: CoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the exercise intensity of a sleeper."""
    async_add_entities(
        [ExerciseIntensitySelect(entry.runtime_data, EXERCISE_INTENSITY)]
    )


class ExerciseIntensitySelect(CoachEntity, SelectEntity, RestoreEntity):
    """The intensity the exercise button logs; vigorous until chosen, kept over restarts."""

    @override
    def _fingerprint(self) -> object:
        return self.current_option

    @property
    @override
    def current_option(self) -> str:
        """Return the intensity the button logs."""
        return self.coordinator.exercise_intensity.value

    @override
    async def async_added_to_hass(self) -> None:
        """Choose again what was chosen before a restart."""
        await super().async_added_to_hass()
        last = await self.async_get_last_state()
        if last is not None and last.state in self.options:
            self.coordinator.choose_exercise_intensity(Intensity(last.state))

    @override
    async def async_select_option(self, option: str) -> None:
        """Have the button log this intensity from now on."""
        self.coordinator.choose_exercise_intensity(Intensity(option))
