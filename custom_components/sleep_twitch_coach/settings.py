"""A sleeper's settings in one place: defaults, the forms that show them, units and reading them.

The options are kept in °C; the forms show and take temperatures in the user's unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time, timedelta
from typing import Any

import voluptuous as vol

from homeassistant.components.binary_sensor import (
    DOMAIN as BINARY_SENSOR_DOMAIN,
    BinarySensorDeviceClass,
)
from homeassistant.components.sensor import DOMAIN as SENSOR_DOMAIN, SensorDeviceClass
from homeassistant.const import UnitOfTemperature, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.selector import (
    EntitySelector,
    EntitySelectorConfig,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TimeSelector,
)
from homeassistant.util.unit_conversion import (
    TemperatureConverter,
    TemperatureDeltaConverter,
)

from .coach.checklist import Criterion, Thresholds
from .coach.limbs.scoring import DEFAULT_PLM_RULE, PlmRule
from .coach.nights import WEEK_NIGHTS
from .coach.status import DEFAULT_TARGET_FAHRENHEIT, Routine
from .const import (
    CONF_ASLEEP_SENSOR,
    CONF_BED_SENSOR,
    CONF_BEDTIME,
    CONF_CAFFEINE_CUTOFF,
    CONF_DOCTOR_CRITERIA_THRESHOLD,
    CONF_EXERCISE_BUFFER,
    CONF_LEFT_LEG_SENSOR,
    CONF_MOVEMENT_SENSOR,
    CONF_PLM_RULE,
    CONF_RETENTION_NIGHTS,
    CONF_RIGHT_LEG_SENSOR,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_SENSOR,
    CONF_TEMPERATURE_TOLERANCE,
    CONF_TWITCH_NIGHTS_THRESHOLD,
    CONF_USER,
    CONF_WAKE_TIME,
    CONF_WOKE_NIGHTS_THRESHOLD,
)
from .custom_factors import (
    cleaned_custom_factors,
    custom_factor_errors,
    custom_factors_field,
)


def routine_from_options(options: Mapping[str, Any]) -> Routine:
    """Build the routine from options; missing keys take the defaults."""
    defaults = Routine()
    return Routine(
        bedtime=_clock(options, CONF_BEDTIME, defaults.bedtime),
        wake_time=_clock(options, CONF_WAKE_TIME, defaults.wake_time),
        caffeine_cutoff=_clock(options, CONF_CAFFEINE_CUTOFF, defaults.caffeine_cutoff),
        exercise_buffer=timedelta(hours=options[CONF_EXERCISE_BUFFER])
        if CONF_EXERCISE_BUFFER in options
        else defaults.exercise_buffer,
        target_c=options.get(CONF_TARGET_TEMPERATURE, defaults.target_c),
        tolerance_c=options.get(CONF_TEMPERATURE_TOLERANCE, defaults.tolerance_c),
        retention_nights=int(
            options.get(CONF_RETENTION_NIGHTS, defaults.retention_nights)
        ),
    )


def thresholds_from_options(options: Mapping[str, Any]) -> Thresholds:
    """Build the checklist thresholds from options; missing keys take the defaults."""
    defaults = Thresholds()
    return Thresholds(
        twitch_nights=int(
            options.get(CONF_TWITCH_NIGHTS_THRESHOLD, defaults.twitch_nights)
        ),
        woke_nights=int(options.get(CONF_WOKE_NIGHTS_THRESHOLD, defaults.woke_nights)),
        doctor_criteria=int(
            options.get(CONF_DOCTOR_CRITERIA_THRESHOLD, defaults.doctor_criteria)
        ),
    )


def plm_rule_from_options(options: Mapping[str, Any]) -> PlmRule:
    """Return the leg-movement rule; sleepers from before it existed score with WASM 2016."""
    return PlmRule(options.get(CONF_PLM_RULE, DEFAULT_PLM_RULE))


def _clock(options: Mapping[str, Any], key: str, default: time) -> time:
    return time.fromisoformat(options[key]) if key in options else default


CELSIUS = UnitOfTemperature.CELSIUS
# Options only the options flow shows; number selectors return floats.
INTEGER_OPTIONS = (
    CONF_TWITCH_NIGHTS_THRESHOLD,
    CONF_WOKE_NIGHTS_THRESHOLD,
    CONF_DOCTOR_CRITERIA_THRESHOLD,
    CONF_RETENTION_NIGHTS,
)
TARGET_RANGE_CELSIUS = (10.0, 30.0)


def default_options(hass: HomeAssistant) -> dict[str, Any]:
    """Return the design's defaults, with the target in °C (65 °F in imperial systems)."""
    routine = Routine()
    thresholds = Thresholds()
    target = routine.target_c
    if hass.config.units.temperature_unit == UnitOfTemperature.FAHRENHEIT:
        target = TemperatureConverter.convert(
            DEFAULT_TARGET_FAHRENHEIT, UnitOfTemperature.FAHRENHEIT, CELSIUS
        )
    return {
        CONF_TARGET_TEMPERATURE: target,
        CONF_TEMPERATURE_TOLERANCE: routine.tolerance_c,
        CONF_BEDTIME: routine.bedtime.isoformat(),
        CONF_WAKE_TIME: routine.wake_time.isoformat(),
        CONF_CAFFEINE_CUTOFF: routine.caffeine_cutoff.isoformat(),
        CONF_EXERCISE_BUFFER: routine.exercise_buffer.total_seconds() / 3600,
        CONF_RETENTION_NIGHTS: routine.retention_nights,
        CONF_TWITCH_NIGHTS_THRESHOLD: thresholds.twitch_nights,
        CONF_WOKE_NIGHTS_THRESHOLD: thresholds.woke_nights,
        CONF_DOCTOR_CRITERIA_THRESHOLD: thresholds.doctor_criteria,
        CONF_PLM_RULE: DEFAULT_PLM_RULE.value,
    }


def settings_schema(hass: HomeAssistant, *, options_only: bool) -> vol.Schema:
    """Return the routine fields, with temperatures in the user's unit."""
    unit = hass.config.units.temperature_unit
    low, high = (
        round(TemperatureConverter.convert(limit, CELSIUS, unit))
        for limit in TARGET_RANGE_CELSIUS
    )
    schema: dict[vol.Marker, Any] = {
        vol.Optional(CONF_TEMPERATURE_SENSOR): EntitySelector(
            EntitySelectorConfig(
                domain=SENSOR_DOMAIN, device_class=SensorDeviceClass.TEMPERATURE
            )
        ),
        vol.Required(CONF_TARGET_TEMPERATURE): NumberSelector(
            NumberSelectorConfig(
                min=low,
                max=high,
                step=0.5,
                unit_of_measurement=unit,
                mode=NumberSelectorMode.BOX,
            )
        ),
        vol.Required(CONF_TEMPERATURE_TOLERANCE): NumberSelector(
            NumberSelectorConfig(
                min=0.1,
                max=10,
                step=0.1,
                unit_of_measurement=unit,
                mode=NumberSelectorMode.BOX,
            )
        ),
        vol.Required(CONF_BEDTIME): TimeSelector(),
        vol.Required(CONF_WAKE_TIME): TimeSelector(),
        vol.Required(CONF_CAFFEINE_CUTOFF): TimeSelector(),
        vol.Required(CONF_EXERCISE_BUFFER): NumberSelector(
            NumberSelectorConfig(
                min=0.5,
                max=8,
                step=0.5,
                unit_of_measurement=UnitOfTime.HOURS,
                mode=NumberSelectorMode.BOX,
            )
        ),
        **{
            vol.Optional(key): _movement_selector()
            for key in (
                CONF_MOVEMENT_SENSOR,
                CONF_LEFT_LEG_SENSOR,
                CONF_RIGHT_LEG_SENSOR,
            )
        },
        vol.Optional(CONF_BED_SENSOR): EntitySelector(
            EntitySelectorConfig(
                domain=BINARY_SENSOR_DOMAIN,
                device_class=BinarySensorDeviceClass.OCCUPANCY,
            )
        ),
        # Any binary sensor on while asleep: a sleep tracker's, or a template of one.
        vol.Optional(CONF_ASLEEP_SENSOR): EntitySelector(
            EntitySelectorConfig(domain=BINARY_SENSOR_DOMAIN)
        ),
        vol.Required(CONF_PLM_RULE, default=DEFAULT_PLM_RULE.value): SelectSelector(
            SelectSelectorConfig(
                options=[rule.value for rule in PlmRule],
                translation_key=CONF_PLM_RULE,
                mode=SelectSelectorMode.DROPDOWN,
            )
        ),
    }
    if options_only:
        for key, high in (
            (CONF_TWITCH_NIGHTS_THRESHOLD, WEEK_NIGHTS),
            (CONF_WOKE_NIGHTS_THRESHOLD, WEEK_NIGHTS),
            (CONF_DOCTOR_CRITERIA_THRESHOLD, len(Criterion)),
        ):
            schema[vol.Required(key)] = NumberSelector(
                NumberSelectorConfig(
                    min=1, max=high, step=1, mode=NumberSelectorMode.BOX
                )
            )
        schema[vol.Required(CONF_RETENTION_NIGHTS)] = NumberSelector(
            NumberSelectorConfig(
                min=30,
                max=3650,
                step=1,
                mode=NumberSelectorMode.BOX,
            )
        )
        schema |= custom_factors_field()
    return vol.Schema(schema)


def _movement_selector() -> EntitySelector:
    """Return the picker of a leg-movement sensor: on while a leg moves."""
    return EntitySelector(
        EntitySelectorConfig(
            domain=BINARY_SENSOR_DOMAIN,
            device_class=[
                BinarySensorDeviceClass.MOVING,
                BinarySensorDeviceClass.VIBRATION,
                BinarySensorDeviceClass.MOTION,
            ],
        )
    )


async def async_user_field(hass: HomeAssistant) -> dict[vol.Marker, Any]:
    """Return the optional field linking the sleeper to a Home Assistant user."""
    people = [
        SelectOptionDict(value=user.id, label=user.name or user.id)
        for user in await hass.auth.async_get_users()
        if user.is_active and not user.system_generated
    ]
    return {
        vol.Optional(CONF_USER): SelectSelector(
            SelectSelectorConfig(options=people, mode=SelectSelectorMode.DROPDOWN)
        )
    }


def to_form(hass: HomeAssistant, options: Mapping[str, Any]) -> dict[str, Any]:
    """Show stored options (°C) in the user's unit."""
    unit = hass.config.units.temperature_unit
    form = dict(options)
    form[CONF_TARGET_TEMPERATURE] = round(
        TemperatureConverter.convert(options[CONF_TARGET_TEMPERATURE], CELSIUS, unit), 1
    )
    form[CONF_TEMPERATURE_TOLERANCE] = round(
        TemperatureDeltaConverter.convert(
            options[CONF_TEMPERATURE_TOLERANCE], CELSIUS, unit
        ),
        1,
    )
    return form


def from_form(hass: HomeAssistant, user_input: Mapping[str, Any]) -> dict[str, Any]:
    """Store a submitted form with temperatures in °C."""
    unit = hass.config.units.temperature_unit
    options = cleaned_custom_factors(user_input)
    options[CONF_TARGET_TEMPERATURE] = TemperatureConverter.convert(
        user_input[CONF_TARGET_TEMPERATURE], unit, CELSIUS
    )
    options[CONF_TEMPERATURE_TOLERANCE] = TemperatureDeltaConverter.convert(
        user_input[CONF_TEMPERATURE_TOLERANCE], unit, CELSIUS
    )
    return options


def form_errors(user_input: Mapping[str, Any]) -> dict[str, str]:
    """Return form errors for settings that cannot work together."""
    if user_input[CONF_BEDTIME] == user_input[CONF_WAKE_TIME]:
        return {CONF_WAKE_TIME: "wake_time_equals_bedtime"}
    if errors := leg_sensor_errors(user_input):
        return errors
    return custom_factor_errors(user_input)


def leg_sensor_errors(user_input: Mapping[str, Any]) -> dict[str, str]:
    """Return an error unless the legs are measured by one sensor, or one on each leg."""
    left = user_input.get(CONF_LEFT_LEG_SENSOR)
    right = user_input.get(CONF_RIGHT_LEG_SENSOR)
    if (left or right) and user_input.get(CONF_MOVEMENT_SENSOR):
        return {CONF_MOVEMENT_SENSOR: "one_sensor_or_one_per_leg"}
    if bool(left) != bool(right):
        return {
            CONF_RIGHT_LEG_SENSOR if left else CONF_LEFT_LEG_SENSOR: "other_leg_missing"
        }
    if left and left == right:
        return {CONF_RIGHT_LEG_SENSOR: "same_sensor_on_both_legs"}
    return {}


def kept_outside(schema: vol.Schema, options: Mapping[str, Any]) -> dict[str, Any]:
    """Return the settings a form does not show: a form changes only what it shows.

    An optional field the form shows and the user left empty (no bedroom sensor, no linked
    user) is not among them, so it is removed.
    """
    on_form = {str(key) for key in schema.schema}
    return {key: value for key, value in options.items() if key not in on_form}
