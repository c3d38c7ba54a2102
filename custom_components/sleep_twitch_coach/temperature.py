"""Reading the bedroom temperature from a source sensor, in °C."""

from __future__ import annotations

from homeassistant.const import ATTR_UNIT_OF_MEASUREMENT, UnitOfTemperature
from homeassistant.core import State
from homeassistant.util.unit_conversion import TemperatureConverter

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
