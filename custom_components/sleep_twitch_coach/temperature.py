"""Reading the bedroom temperature from a source sensor, in °C."""

from __future__ import annotations

from collections.abc import Callable

from homeassistant.const import ATTR_UNIT_OF_MEASUREMENT, UnitOfTemperature
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    State,
    callback,
)
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.helpers.start import async_at_started
from homeassistant.util.unit_conversion import TemperatureConverter

from .const import LOGGER

# Readings outside this span are sensor faults, not bedrooms.
PLAUSIBLE_BEDROOM_CELSIUS = (-30.0, 60.0)


def bedroom_celsius(state: State | None) -> float | None:
    """Return a source state as °C, or None when it is missing, not numeric or implausible."""
    if state is None:
        return None
    unit = state.attributes.get(ATTR_UNIT_OF_MEASUREMENT, UnitOfTemperature.CELSIUS)
    if unit not in TemperatureConverter.VALID_UNITS:
        return None
    try:
        value = TemperatureConverter.convert(
            float(state.state), unit, UnitOfTemperature.CELSIUS
        )
    except ValueError:
        return None
    low, high = PLAUSIBLE_BEDROOM_CELSIUS
    return value if low <= value <= high else None


class BedroomReader:
    """Reads a sleeper's bedroom sensor; logs once when it stops and once when it recovers.

    While Home Assistant is starting, a sensor that is not there or not rendered yet is not a
    fault: its integration may simply not have set it up yet. The coordinator reads again once
    Home Assistant has started, and only then is a missing reading worth a warning.
    """

    def __init__(
        self, hass: HomeAssistant, entity_id: str | None, sleeper: str
    ) -> None:
        """Read `entity_id`, or nothing when no sensor is configured."""
        self._hass = hass
        self.entity_id = entity_id
        self._sleeper = sleeper
        self._usable = True

    @callback
    def async_follow(self, on_change: Callable[[], None]) -> CALLBACK_TYPE:
        """Call `on_change` at every change of the sensor, and once Home Assistant started.

        Until then a missing reading is not worth a warning (`read`).
        """

        @callback
        def changed(_event: Event[EventStateChangedData] | HomeAssistant) -> None:
            on_change()

        if not self.entity_id:
            return lambda: None
        unsubscribes = [
            async_track_state_change_event(self._hass, self.entity_id, changed)
        ]
        if not self._hass.is_running:
            unsubscribes.append(async_at_started(self._hass, changed))

        @callback
        def unsubscribe() -> None:
            for undo in unsubscribes:
                undo()

        return unsubscribe

    def read(self) -> float | None:
        """Return the bedroom temperature in °C, or None when there is no usable reading."""
        if not self.entity_id:
            return None
        state = self._hass.states.get(self.entity_id)
        value = bedroom_celsius(state)
        if value is None and not self._hass.is_running:
            return None
        if (value is not None) != self._usable:
            self._usable = value is not None
            if value is None:
                LOGGER.warning(
                    "Bedroom temperature from %s is not usable (%s); the temperature "
                    "entities of %s are unavailable until it is",
                    self.entity_id,
                    state.state if state else "missing",
                    self._sleeper,
                )
            else:
                LOGGER.info(
                    "Bedroom temperature from %s is usable again", self.entity_id
                )
        return value


def to_display_unit(hass: HomeAssistant, celsius: float) -> float:
    """Return a temperature in °C in the unit Home Assistant shows."""
    return TemperatureConverter.convert(
        celsius, UnitOfTemperature.CELSIUS, hass.config.units.temperature_unit
    )
