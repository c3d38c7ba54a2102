"""Service actions of Sleep Twitch Coach: log, undo and clear journal events."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import service
from homeassistant.util import dt as dt_util

from .access import (
    UNDO_WINDOW,
    Access,
    async_access,
    async_check_changes,
    may_remove,
    removal,
)
from .coach.events import (
    UNDOABLE_KINDS,
    Caffeine,
    CalmNight,
    Exercise,
    FactorReport,
    JournalEvent,
    SymptomReport,
    Twitch,
    event_fields,
    without_private,
)
from .coach.nights import night_start
from .const import (
    ATTR_AMOUNT,
    ATTR_AMOUNT_MG,
    ATTR_BODY_PARTS,
    ATTR_COMPARE_NIGHTS,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DURATION_MIN,
    ATTR_ENTRY,
    ATTR_FACTOR,
    ATTR_INTENSITY,
    ATTR_KIND,
    ATTR_NIGHTS,
    ATTR_NOTE,
    ATTR_SYMPTOM,
    ATTR_WHEN,
    ATTR_WOKE_UP,
    DOMAIN,
)
from .coordinator import CoachConfigEntry, CoachCoordinator
from .experiment_services import async_setup_experiment_services, checked_factor
from .report import async_doctor_report
from .service_schemas import (
    ANY_DATA,
    FIELD_ERRORS,
    SCHEMAS,
    SERVICE_CLEAR_HISTORY,
    SERVICE_GET_REPORT,
    SERVICE_LOG_CAFFEINE,
    SERVICE_LOG_CALM_NIGHT,
    SERVICE_LOG_EXERCISE,
    SERVICE_LOG_FACTOR,
    SERVICE_LOG_SYMPTOM,
    SERVICE_LOG_TWITCH,
    SERVICE_UNDO_LAST,
)
from .validation import validated

# A back-filled time may run this far ahead of the clock (phones and servers drift).
FUTURE_TOLERANCE = timedelta(minutes=1)
UNDO_MINUTES = int(UNDO_WINDOW.total_seconds() // 60)


EVENT_BUILDERS: dict[str, Callable[[dict[str, Any], Moment], JournalEvent]] = {
    SERVICE_LOG_TWITCH: lambda data, moment: Twitch(
        time=moment.when,
        woke_up=data[ATTR_WOKE_UP],
        body_parts=frozenset(data[ATTR_BODY_PARTS]),
        note=data.get(ATTR_NOTE) or None,
        user=moment.user,
        logged_at=moment.logged_at,
    ),
    SERVICE_LOG_CAFFEINE: lambda data, moment: Caffeine(
        time=moment.when,
        amount_mg=data.get(ATTR_AMOUNT_MG),
        user=moment.user,
        logged_at=moment.logged_at,
    ),
    SERVICE_LOG_EXERCISE: lambda data, moment: Exercise(
        time=moment.when,
        intensity=data[ATTR_INTENSITY],
        duration_min=data.get(ATTR_DURATION_MIN),
        user=moment.user,
        logged_at=moment.logged_at,
    ),
    SERVICE_LOG_SYMPTOM: lambda data, moment: SymptomReport(
        time=moment.when,
        symptom=data[ATTR_SYMPTOM],
        user=moment.user,
        logged_at=moment.logged_at,
    ),
    SERVICE_LOG_FACTOR: lambda data, moment: FactorReport(
        time=moment.when,
        factor=data[ATTR_FACTOR],
        amount=data.get(ATTR_AMOUNT),
        user=moment.user,
        logged_at=moment.logged_at,
    ),
    SERVICE_LOG_CALM_NIGHT: lambda data, moment: CalmNight(
        time=moment.when, user=moment.user, logged_at=moment.logged_at
    ),
}


class Moment(NamedTuple):
    """When an event happened, who logged it, and when if it was back-filled."""

    when: datetime
    user: str | None
    logged_at: datetime | None


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the service actions."""
    for name in EVENT_BUILDERS:
        hass.services.async_register(
            DOMAIN,
            name,
            _async_log,
            schema=ANY_DATA,
            supports_response=SupportsResponse.OPTIONAL,
        )
    hass.services.async_register(
        DOMAIN,
        SERVICE_UNDO_LAST,
        _async_undo_last,
        schema=ANY_DATA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_GET_REPORT,
        _async_get_report,
        schema=ANY_DATA,
        supports_response=SupportsResponse.ONLY,
    )
    service.async_register_admin_service(
        hass, DOMAIN, SERVICE_CLEAR_HISTORY, _async_clear_history, schema=ANY_DATA
    )
    async_setup_experiment_services(hass, _validated)


def _validated(call: ServiceCall) -> tuple[dict[str, Any], CoachCoordinator]:
    """Validate a call's data and find the sleeper it targets."""
    data = validated(
        SCHEMAS[call.service], call.data, FIELD_ERRORS, ATTR_CONFIG_ENTRY_ID
    )
    entry: CoachConfigEntry = service.async_get_config_entry(
        call.hass, DOMAIN, data[ATTR_CONFIG_ENTRY_ID]
    )
    coordinator = entry.runtime_data
    if call.service == SERVICE_LOG_FACTOR:
        checked_factor(coordinator, data[ATTR_FACTOR], data.get(ATTR_AMOUNT))
    return data, coordinator


def _moment(
    call: ServiceCall, coordinator: CoachCoordinator, data: dict[str, Any]
) -> Moment:
    """Return when an event happened: now, or a past time inside the retention window."""
    now = dt_util.utcnow()
    user = call.context.user_id
    if (when := data.get(ATTR_WHEN)) is None:
        return Moment(now, user, None)
    when = dt_util.as_utc(when)
    if when > now + FUTURE_TOLERANCE:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="when_in_future",
            translation_placeholders={"when": dt_util.as_local(when).isoformat()},
        )
    if when < night_start(coordinator.oldest_night_kept(), coordinator.journal.tz):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="when_too_old",
            translation_placeholders={
                "when": dt_util.as_local(when).isoformat(),
                "nights": str(coordinator.routine.retention_nights),
            },
        )
    return Moment(when, user, None if when == now else now)


async def _async_log(call: ServiceCall) -> ServiceResponse:
    """Log one event for a sleeper; returns once it is on disk, with what was logged.

    `logged` is what `undo_last` takes as `entry` to remove exactly this event, until
    `removable_until` (None: no limit).
    """
    data, coordinator = _validated(call)
    access = await async_check_changes(
        call.hass, call.context, coordinator.config_entry
    )
    event = EVENT_BUILDERS[call.service](data, _moment(call, coordinator, data))
    await coordinator.async_log(event, call.context)
    until = removal(access, call.context.user_id, dt_util.utcnow())(event).until
    return {
        "logged": event_fields(event),
        "removable_until": None if until is None else until.isoformat(),
    }


async def _async_undo_last(call: ServiceCall) -> ServiceResponse:
    """Remove the newest event a person logged (of a kind, at `when`), or exactly `entry`."""
    data, coordinator = _validated(call)
    when, entry = data.get(ATTR_WHEN), data.get(ATTR_ENTRY)
    if entry is not None and (when is not None or ATTR_KIND in data):
        raise ServiceValidationError(
            translation_domain=DOMAIN, translation_key="entry_with_kind_or_when"
        )
    if when is not None and ATTR_KIND not in data:
        raise ServiceValidationError(
            translation_domain=DOMAIN, translation_key="when_without_kind"
        )
    kinds = (data[ATTR_KIND],) if ATTR_KIND in data else UNDOABLE_KINDS
    access = await async_check_changes(
        call.hass, call.context, coordinator.config_entry
    )
    allowed = may_remove(access, call.context.user_id, dt_util.utcnow())
    if entry is not None:
        # Entries alike in every public field look the same to everyone: any of them goes.
        event = await coordinator.async_undo(
            (entry.kind,),
            lambda event: without_private(event) == entry and allowed(event),
        )
    elif when is not None:
        when = dt_util.as_utc(when)
        event = await coordinator.async_undo(
            kinds, lambda event: event.time == when and allowed(event)
        )
    else:
        event = await coordinator.async_undo(kinds, allowed)
    if event is None:
        raise _nothing_to_undo(access, when, entry)
    return {"removed": event_fields(event)}


def _nothing_to_undo(
    access: Access, when: datetime | None, entry: JournalEvent | None
) -> ServiceValidationError:
    """Return the refusal of an undo that found nothing this caller may remove."""
    yours = "" if access is Access.FULL else "_yours"
    minutes = {"minutes": str(UNDO_MINUTES)}
    if entry is not None:
        return ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=f"entry_not_found{yours}",
            translation_placeholders={"when": _local(entry.time), **minutes},
        )
    if when is None:
        return ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=f"nothing_to_undo{yours}",
            translation_placeholders=minutes,
        )
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=f"no_such_entry{yours}",
        translation_placeholders={"when": _local(when), **minutes},
    )


def _local(when: datetime) -> str:
    """Return a time as the home's local time (an entry's time is UTC)."""
    return dt_util.as_local(when).isoformat()


async def _async_get_report(call: ServiceCall) -> ServiceResponse:
    """Return the doctor report of a sleeper, with a Markdown rendering."""
    data, coordinator = _validated(call)
    access = await async_access(call.hass, call.context, coordinator.config_entry)
    return await async_doctor_report(
        coordinator,
        data[ATTR_NIGHTS],
        with_notes=access.reads_notes,
        compare_nights=data[ATTR_COMPARE_NIGHTS],
    )


async def _async_clear_history(call: ServiceCall) -> None:
    """Delete every journal event of a sleeper (administrators only)."""
    _, coordinator = _validated(call)
    await coordinator.async_clear()
