"""Config, options and reconfigure flows of Sleep Twitch Coach."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, override

import voluptuous as vol

from homeassistant.components.sensor import DOMAIN as SENSOR_DOMAIN, SensorDeviceClass
from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME, UnitOfTemperature, UnitOfTime
from homeassistant.core import HomeAssistant, callback
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
    TextSelector,
    TimeSelector,
)
from homeassistant.util import slugify
from homeassistant.util.unit_conversion import (
    TemperatureConverter,
    TemperatureDeltaConverter,
)

from .checklist import Criterion, Thresholds
from .const import (
    CONF_BEDTIME,
    CONF_CAFFEINE_CUTOFF,
    CONF_DOCTOR_CRITERIA_THRESHOLD,
    CONF_EXERCISE_BUFFER,
    CONF_RETENTION_NIGHTS,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_SENSOR,
    CONF_TEMPERATURE_TOLERANCE,
    CONF_TWITCH_NIGHTS_THRESHOLD,
    CONF_USER,
    CONF_WAKE_TIME,
    CONF_WOKE_NIGHTS_THRESHOLD,
    DOMAIN,
)
from .nights import WEEK_NIGHTS
from .status import DEFAULT_TARGET_FAHRENHEIT, Routine

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
    }


def _settings_schema(hass: HomeAssistant, *, options_only: bool) -> vol.Schema:
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
                unit_of_measurement="nights",
                mode=NumberSelectorMode.BOX,
            )
        )
    return vol.Schema(schema)


async def _async_user_field(hass: HomeAssistant) -> dict[vol.Marker, Any]:
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


def _to_form(hass: HomeAssistant, options: Mapping[str, Any]) -> dict[str, Any]:
    """Show stored options (°C) in the user's unit."""
    unit = hass.config.units.temperature_unit
    shown = dict(options)
    shown[CONF_TARGET_TEMPERATURE] = round(
        TemperatureConverter.convert(options[CONF_TARGET_TEMPERATURE], CELSIUS, unit), 1
    )
    shown[CONF_TEMPERATURE_TOLERANCE] = round(
        TemperatureDeltaConverter.convert(
            options[CONF_TEMPERATURE_TOLERANCE], CELSIUS, unit
        ),
        1,
    )
    return shown


def _from_form(hass: HomeAssistant, user_input: Mapping[str, Any]) -> dict[str, Any]:
    """Store a submitted form with temperatures in °C."""
    unit = hass.config.units.temperature_unit
    options = dict(user_input)
    options[CONF_TARGET_TEMPERATURE] = TemperatureConverter.convert(
        user_input[CONF_TARGET_TEMPERATURE], unit, CELSIUS
    )
    options[CONF_TEMPERATURE_TOLERANCE] = TemperatureDeltaConverter.convert(
        user_input[CONF_TEMPERATURE_TOLERANCE], unit, CELSIUS
    )
    return options


def _errors(user_input: Mapping[str, Any]) -> dict[str, str]:
    """Return form errors for settings that cannot work together."""
    if user_input[CONF_BEDTIME] == user_input[CONF_WAKE_TIME]:
        return {CONF_WAKE_TIME: "wake_time_equals_bedtime"}
    return {}


class SleepTwitchCoachConfigFlow(ConfigFlow, domain=DOMAIN):
    """Set up a sleeper."""

    VERSION = 1
    MINOR_VERSION = 1

    @staticmethod
    @callback
    @override
    def async_get_options_flow(
        config_entry: ConfigEntry,
    ) -> SleepTwitchCoachOptionsFlow:
        """Return the options flow."""
        return SleepTwitchCoachOptionsFlow()

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the sleeper's name and routine."""
        errors: dict[str, str] = {}
        if user_input is not None:
            name = user_input[CONF_NAME].strip()
            if not (errors := self._name_errors(name) or _errors(user_input)):
                # Claimed only now, so that a form error leaves the name free.
                await self.async_set_unique_id(slugify(name))
                self._abort_if_unique_id_configured()
                settings = {
                    key: value for key, value in user_input.items() if key != CONF_NAME
                }
                return self.async_create_entry(
                    title=name,
                    data={CONF_NAME: name},
                    options=default_options(self.hass)
                    | _from_form(self.hass, settings),
                )
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(
                await self._async_named_schema(),
                user_input
                or {CONF_NAME: ""} | _to_form(self.hass, default_options(self.hass)),
            ),
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change a sleeper's name, routine and linked user."""
        entry = self._get_reconfigure_entry()
        schema = await self._async_named_schema()
        errors: dict[str, str] = {}
        if user_input is not None:
            name = user_input[CONF_NAME].strip()
            unique_id = slugify(name)
            errors = self._name_errors(name, entry.entry_id) or _errors(user_input)
            if not errors:
                settings = {
                    key: value for key, value in user_input.items() if key != CONF_NAME
                }
                # Settings the form does not show are kept; an optional field left empty
                # (no bedroom sensor, no linked user) is removed.
                shown = {str(key) for key in schema.schema}
                kept = {
                    key: value
                    for key, value in entry.options.items()
                    if key not in shown
                }
                return self.async_update_reload_and_abort(
                    entry,
                    unique_id=unique_id,
                    title=name,
                    data={CONF_NAME: name},
                    options=kept | _from_form(self.hass, settings),
                )
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(
                schema,
                user_input
                or {CONF_NAME: entry.title} | _to_form(self.hass, entry.options),
            ),
            errors=errors,
        )

    def _name_errors(self, name: str, entry_id: str | None = None) -> dict[str, str]:
        """Refuse a name that names nothing, or one another sleeper has (in any case)."""
        if not (unique_id := slugify(name)):
            return {CONF_NAME: "name_empty"}
        if any(
            other.unique_id == unique_id
            for other in self._async_current_entries(include_ignore=False)
            if other.entry_id != entry_id
        ):
            return {CONF_NAME: "name_exists"}
        return {}

    async def _async_named_schema(self) -> vol.Schema:
        return (
            vol.Schema({vol.Required(CONF_NAME): TextSelector()})
            .extend(_settings_schema(self.hass, options_only=False).schema)
            .extend(await _async_user_field(self.hass))
        )


class SleepTwitchCoachOptionsFlow(OptionsFlowWithReload):
    """Change a sleeper's routine, checklist thresholds and how long the journal is kept."""

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show every setting except the name."""
        errors: dict[str, str] = {}
        if user_input is not None:
            if not (errors := _errors(user_input)):
                for key in INTEGER_OPTIONS:
                    user_input[key] = int(user_input[key])
                return self.async_create_entry(data=_from_form(self.hass, user_input))
        return self.async_show_form(
            step_id="init",
            description_placeholders={"name": self.config_entry.title},
            data_schema=self.add_suggested_values_to_schema(
                _settings_schema(self.hass, options_only=True).extend(
                    await _async_user_field(self.hass)
                ),
                user_input
                or _to_form(
                    self.hass, default_options(self.hass) | self.config_entry.options
                ),
            ),
            errors=errors,
        )
