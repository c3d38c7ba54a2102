"""Service actions of What helps: start and stop an experiment, and the factors one may log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import voluptuous as vol

from homeassistant.core import HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util

from .access import async_check_changes
from .changes import ExperimentRunsError
from .coach.events import Experiment, Keep
from .coach.experiments import (
    DEFAULT_EXPERIMENT_NIGHTS,
    MAX_EXPERIMENT_NIGHTS,
    MIN_EXPERIMENT_NIGHTS,
    running_experiment,
)
from .coach.factors import AMOUNTS, LOGGED_FACTORS, is_custom
from .const import ATTR_CHANGE, ATTR_CONFIG_ENTRY_ID, ATTR_KEEP, ATTR_NIGHTS, DOMAIN
from .coordinator import CoachCoordinator
from .validation import text, whole_number

SERVICE_START_EXPERIMENT = "start_experiment"
SERVICE_STOP_EXPERIMENT = "stop_experiment"

_ENTRY: dict[vol.Marker, Any] = {vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string}

EXPERIMENT_SCHEMAS: dict[str, vol.Schema] = {
    # Whether the sleeper has the factor is checked once the sleeper is known.
    SERVICE_START_EXPERIMENT: vol.Schema(
        {
            **_ENTRY,
            vol.Required(ATTR_CHANGE): text(60),
            vol.Required(ATTR_KEEP): vol.Coerce(Keep),
            vol.Optional(ATTR_NIGHTS, default=DEFAULT_EXPERIMENT_NIGHTS): whole_number(
                MIN_EXPERIMENT_NIGHTS, MAX_EXPERIMENT_NIGHTS
            ),
        }
    ),
    SERVICE_STOP_EXPERIMENT: vol.Schema(_ENTRY),
}

type Validate = Callable[[ServiceCall], tuple[dict[str, Any], CoachCoordinator]]


def loggable_factors(coordinator: CoachCoordinator) -> list[str]:
    """Return the factors a sleeper logs: the built-in ones, then their own."""
    return [*LOGGED_FACTORS, *coordinator.custom_factors]


def checked_factor(
    coordinator: CoachCoordinator, factor: str, amount: float | None
) -> None:
    """Refuse a factor the sleeper cannot log, or an amount outside the factor's range."""
    factors = loggable_factors(coordinator)
    if factor not in factors:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_factor",
            translation_placeholders={"factors": ", ".join(factors)},
        )
    if amount is None or is_custom(factor):
        return
    if (limits := AMOUNTS.get(factor)) is None:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="amount_not_taken",
            translation_placeholders={"factor": factor},
        )
    if not limits.minimum <= amount <= limits.maximum:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="amount_out_of_range",
            translation_placeholders={
                "factor": factor,
                "min": f"{limits.minimum:g}",
                "max": f"{limits.maximum:g}",
                "unit": limits.unit,
            },
        )


@callback
def async_setup_experiment_services(hass: HomeAssistant, validate: Validate) -> None:
    """Register start_experiment and stop_experiment."""

    async def async_start(call: ServiceCall) -> None:
        data, coordinator = validate(call)
        await async_check_changes(call.hass, call.context, coordinator.config_entry)
        keys = coordinator.night_context().keys
        if data[ATTR_CHANGE] not in keys:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="unknown_change",
                translation_placeholders={"factors": ", ".join(keys)},
            )
        experiment = Experiment(
            time=dt_util.utcnow(),
            change=data[ATTR_CHANGE],
            keep=data[ATTR_KEEP],
            nights=data[ATTR_NIGHTS],
            user=call.context.user_id,
        )
        try:
            await coordinator.async_start_experiment(experiment, call.context)
        except ExperimentRunsError as err:
            running = running_experiment(coordinator.journal)
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="experiment_runs",
                translation_placeholders={
                    "change": running.change if running else "",
                },
            ) from err

    async def async_stop(call: ServiceCall) -> None:
        _, coordinator = validate(call)
        await async_check_changes(call.hass, call.context, coordinator.config_entry)
        if not await coordinator.async_end_experiment(dt_util.utcnow(), call.context):
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="no_experiment"
            )

    hass.services.async_register(
        DOMAIN,
        SERVICE_START_EXPERIMENT,
        async_start,
        schema=vol.Schema({}, extra=vol.ALLOW_EXTRA),
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_STOP_EXPERIMENT,
        async_stop,
        schema=vol.Schema({}, extra=vol.ALLOW_EXTRA),
    )
