"""Config, options and reconfigure flows of Sleep Twitch Coach."""

from __future__ import annotations

from typing import Any, override

import voluptuous as vol

from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME
from homeassistant.core import callback
from homeassistant.helpers.selector import TextSelector
from homeassistant.util import slugify

from .const import DOMAIN, NAME_MAX_LENGTH
from .settings import (
    INTEGER_OPTIONS,
    async_user_field,
    default_options,
    form_errors,
    from_form,
    kept_outside,
    settings_schema,
    to_form,
)

NAME_PLACEHOLDERS = {"max": str(NAME_MAX_LENGTH)}


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
            if not (errors := self._nameform_errors(name) or form_errors(user_input)):
                # Claimed only now, so that a form error leaves the name free.
                await self.async_set_unique_id(slugify(name))
                self._abort_if_unique_id_configured()
                settings = {
                    key: value for key, value in user_input.items() if key != CONF_NAME
                }
                return self.async_create_entry(
                    title=name,
                    data={CONF_NAME: name},
                    options=default_options(self.hass) | from_form(self.hass, settings),
                )
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(
                await self._async_named_schema(),
                user_input
                or {CONF_NAME: ""} | to_form(self.hass, default_options(self.hass)),
            ),
            errors=errors,
            description_placeholders=NAME_PLACEHOLDERS,
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
            errors = self._nameform_errors(name, entry.entry_id) or form_errors(
                user_input
            )
            if not errors:
                settings = {
                    key: value for key, value in user_input.items() if key != CONF_NAME
                }
                # Settings the form does not show are kept; an optional field left empty
                # (no bedroom sensor, no linked user) is removed.
                return self.async_update_reload_and_abort(
                    entry,
                    unique_id=unique_id,
                    title=name,
                    data={CONF_NAME: name},
                    options=kept_outside(schema, entry.options)
                    | from_form(self.hass, settings),
                )
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(
                schema,
                user_input
                or {CONF_NAME: entry.title} | to_form(self.hass, entry.options),
            ),
            errors=errors,
            description_placeholders=NAME_PLACEHOLDERS,
        )

    def _nameform_errors(
        self, name: str, entry_id: str | None = None
    ) -> dict[str, str]:
        """Refuse a name that names nothing, or one another sleeper has (in any case)."""
        if not (unique_id := slugify(name)):
            return {CONF_NAME: "name_empty"}
        if len(name) > NAME_MAX_LENGTH:
            return {CONF_NAME: "name_too_long"}
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
            .extend(settings_schema(self.hass, options_only=False).schema)
            .extend(await async_user_field(self.hass))
        )


class SleepTwitchCoachOptionsFlow(OptionsFlowWithReload):
    """Change a sleeper's routine, checklist thresholds and how long the journal is kept."""

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show every setting except the name."""
        errors: dict[str, str] = {}
        schema = settings_schema(self.hass, options_only=True).extend(
            await async_user_field(self.hass)
        )
        if user_input is not None:
            if not (errors := form_errors(user_input)):
                for key in INTEGER_OPTIONS:
                    user_input[key] = int(user_input[key])
                return self.async_create_entry(
                    data=kept_outside(schema, self.config_entry.options)
                    | from_form(self.hass, user_input)
                )
        return self.async_show_form(
            step_id="init",
            description_placeholders={"name": self.config_entry.title},
            data_schema=self.add_suggested_values_to_schema(
                schema,
                user_input
                or to_form(
                    self.hass, default_options(self.hass) | self.config_entry.options
                ),
            ),
            errors=errors,
        )
