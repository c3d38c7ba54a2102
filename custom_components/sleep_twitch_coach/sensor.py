"""Sensors of Sleep Twitch Coach."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, override

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import UnitOfTemperature, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType
from homeassistant.util import dt as dt_util
from homeassistant.util.unit_conversion import TemperatureConverter

from .coach.limbs.nights import NightFigures
from .coach.limbs.scoring import NightScore
from .coach.status import TemperatureStatus, temperature_status
from .const import ATTR_CRITERIA
from .coordinator import CoachConfigEntry, CoachCoordinator
from .entity import CoachEntity
from .experiment import EXPERIMENT_STATES, experiment_attributes, experiment_state
from .figures import CoachData

# Periodic limb movements per hour in bed.
PER_HOUR = "/h"
# The coordinator pushes every update; nothing is polled.
PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class CoachSensorEntityDescription(SensorEntityDescription):
    """A sensor computed from a sleeper's data."""

    value_fn: Callable[[CoachData], StateType | datetime]
    attributes_fn: Callable[[CoachData, str], dict[str, Any]] | None = None
    needs_bedroom: bool = False
    needs_movements: bool = False
    # Only with a bed sensor: the coach knows when the sleeper went to bed and got up.
    needs_bed: bool = False


def _offset(data: CoachData) -> float | None:
    if data.bedroom_c is None:
        return None
    return round(data.bedroom_c - data.routine.target_c, 2)


def _status(data: CoachData) -> str | None:
    if data.bedroom_c is None:
        return None
    return temperature_status(data.bedroom_c, data.routine).value


def _status_attributes(data: CoachData, unit: str) -> dict[str, Any]:
    """Return the current and target temperature in the user's unit."""

    def in_unit(celsius: float) -> float:
        return round(
            TemperatureConverter.convert(celsius, UnitOfTemperature.CELSIUS, unit), 1
        )

    current = None if data.bedroom_c is None else in_unit(data.bedroom_c)
    return {"current": current, "target": in_unit(data.routine.target_c)}


def _plm_index(data: CoachData) -> float | None:
    if data.limbs is None or data.limbs.last_night is None:
        return None
    return data.limbs.last_night.rounded_index


def _plm_attributes(data: CoachData, _unit: str) -> dict[str, Any]:
    if data.limbs is None or data.limbs.last_night is None:
        return {}
    return data.limbs.last_night.attributes()


def _last_night(data: CoachData) -> NightFigures | None:
    return None if data.limbs is None else data.limbs.last_night


def _moment(epoch_ms: int | None) -> datetime | None:
    return None if epoch_ms is None else dt_util.utc_from_timestamp(epoch_ms / 1000)


def _average_attributes(data: CoachData, _unit: str) -> dict[str, Any]:
    if data.limbs is None:
        return {}
    return {"nights": [night.isoformat() for night in data.limbs.average_nights]}


def _tonight(data: CoachData) -> NightScore:
    # Only sleepers with a movement sensor have these sensors.
    assert data.limbs is not None
    return data.limbs.tonight.score


SENSORS: tuple[CoachSensorEntityDescription, ...] = (
    CoachSensorEntityDescription(
        key="bedroom_temperature_offset",
        translation_key="bedroom_temperature_offset",
        device_class=SensorDeviceClass.TEMPERATURE_DELTA,
        native_unit_of_measurement=UnitOfTemperature.CELSIUS,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=1,
        value_fn=_offset,
        needs_bedroom=True,
    ),
    CoachSensorEntityDescription(
        key="bedroom_temperature_status",
        translation_key="bedroom_temperature_status",
        device_class=SensorDeviceClass.ENUM,
        options=[status.value for status in TemperatureStatus],
        value_fn=_status,
        attributes_fn=_status_attributes,
        needs_bedroom=True,
    ),
    CoachSensorEntityDescription(
        key="last_caffeine",
        translation_key="last_caffeine",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda data: data.status.last_caffeine,
    ),
    CoachSensorEntityDescription(
        key="last_exercise",
        translation_key="last_exercise",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda data: data.status.last_exercise,
    ),
    CoachSensorEntityDescription(
        key="twitches_tonight",
        translation_key="twitches_tonight",
        # No state class: Home Assistant then draws its history from the states, as steps of
        # whole twitches, not as smoothed 5-minute means; the long-term history of twitches is
        # the coach's own statistic (history.py).
        value_fn=lambda data: data.status.twitches_tonight,
    ),
    CoachSensorEntityDescription(
        key="twitch_nights_7d",
        translation_key="twitch_nights_7d",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda data: data.status.twitch_nights_7d,
    ),
    CoachSensorEntityDescription(
        key="doctor_checklist_score",
        translation_key="doctor_checklist_score",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda data: data.checklist.score,
        attributes_fn=lambda data, _: {ATTR_CRITERIA: data.checklist.as_dicts()},
    ),
    CoachSensorEntityDescription(
        key="next_bedtime",
        translation_key="next_bedtime",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda data: data.status.next_bedtime,
    ),
    CoachSensorEntityDescription(
        key="next_caffeine_cutoff",
        translation_key="next_caffeine_cutoff",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda data: data.status.next_caffeine_cutoff,
    ),
    CoachSensorEntityDescription(
        key="experiment",
        translation_key="experiment",
        device_class=SensorDeviceClass.ENUM,
        options=EXPERIMENT_STATES,
        value_fn=experiment_state,
        attributes_fn=experiment_attributes,
    ),
    CoachSensorEntityDescription(
        key="limb_movements_tonight",
        translation_key="limb_movements_tonight",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda data: _tonight(data).limb_movements,
        needs_movements=True,
    ),
    CoachSensorEntityDescription(
        key="periodic_limb_movements_tonight",
        translation_key="periodic_limb_movements_tonight",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda data: _tonight(data).periodic_limb_movements,
        needs_movements=True,
    ),
    CoachSensorEntityDescription(
        key="plm_index_last_night",
        translation_key="plm_index_last_night",
        native_unit_of_measurement=PER_HOUR,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=1,
        value_fn=_plm_index,
        attributes_fn=_plm_attributes,
        needs_movements=True,
    ),
    CoachSensorEntityDescription(
        key="plm_index_average",
        translation_key="plm_index_average",
        native_unit_of_measurement=PER_HOUR,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=1,
        value_fn=lambda data: data.limbs.average if data.limbs else None,
        attributes_fn=_average_attributes,
        needs_movements=True,
    ),
    CoachSensorEntityDescription(
        key="time_in_bed_last_night",
        translation_key="time_in_bed_last_night",
        device_class=SensorDeviceClass.DURATION,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda data: (
            None
            if (night := _last_night(data)) is None
            else round(night.in_bed_ms / 60_000)
        ),
        needs_movements=True,
        needs_bed=True,
    ),
    CoachSensorEntityDescription(
        key="went_to_bed",
        translation_key="went_to_bed",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda data: (
            None
            if (night := _last_night(data)) is None
            else _moment(night.went_to_bed_ms)
        ),
        needs_movements=True,
        needs_bed=True,
    ),
    CoachSensorEntityDescription(
        key="got_up",
        translation_key="got_up",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda data: (
            None if (night := _last_night(data)) is None else _moment(night.got_up_ms)
        ),
        needs_movements=True,
        needs_bed=True,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: CoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the sensors of a sleeper; the bedroom and leg ones only with their sensors."""
    coordinator = entry.runtime_data
    limbs = coordinator.limb_sensors
    async_add_entities(
        CoachSensor(coordinator, description)
        for description in SENSORS
        if (coordinator.bedroom.entity_id or not description.needs_bedroom)
        and (limbs or not description.needs_movements)
        and ((limbs and limbs.has_bed_sensor) or not description.needs_bed)
    )


class CoachSensor(CoachEntity, SensorEntity):
    """A sensor of a sleeper."""

    entity_description: CoachSensorEntityDescription
    # The checklist's evidence changes with every night and is long: the journal keeps it.
    _unrecorded_attributes = frozenset({ATTR_CRITERIA})

    @override
    def _fingerprint(self) -> object:
        return self.native_value, self.extra_state_attributes

    def __init__(
        self, coordinator: CoachCoordinator, description: CoachSensorEntityDescription
    ) -> None:
        """Show temperature differences in the unit the user's system uses."""
        super().__init__(coordinator, description)
        if description.device_class is SensorDeviceClass.TEMPERATURE_DELTA:
            self._attr_suggested_unit_of_measurement = (
                coordinator.hass.config.units.temperature_unit
            )

    @property
    @override
    def available(self) -> bool:
        """Bedroom sensors are unavailable while the source reading is not usable."""
        if self.entity_description.needs_bedroom and self.native_value is None:
            return False
        return super().available

    @property
    @override
    def native_value(self) -> StateType | datetime:
        """Return the computed value."""
        return self.entity_description.value_fn(self.coordinator.data)

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Return the attributes the description computes, if any."""
        if (attributes_fn := self.entity_description.attributes_fn) is None:
            return None
        return attributes_fn(
            self.coordinator.data, self.hass.config.units.temperature_unit
        )
