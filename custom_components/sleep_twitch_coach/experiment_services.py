"""Service actions of What helps: start and stop an experiment, and the factors one may log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from homeassistant.core import HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util

from .access import async_check_changes
from .changes import ExperimentRunsError
from .coach.events import Experiment
from .coach.experiments import running_experiment
from .coach.factors import AMOUNTS, CUSTOM_AMOUNT, LOGGED_FACTORS, is_custom
from .const import ATTR_CHANGE, ATTR_KEEP, ATTR_NIGHTS, DOMAIN
from .coordinator import CoachCoordinator
from .service_schemas import ANY_DATA, SERVICE_START_EXPERIMENT, SERVICE_STOP_EXPERIMENT

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
    if amount is None:
        return
    limits = CUSTOM_AMOUNT if is_custom(factor) else AMOUNTS.get(factor)
    if limits is None:
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
        schema=ANY_DATA,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_STOP_EXPERIMENT,
        async_stop,
        schema=ANY_DATA,
    )
