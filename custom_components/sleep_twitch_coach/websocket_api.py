"""The Sleep coach panel's WebSocket commands: nights, the report, live updates, export."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial, wraps
from typing import Any

import voluptuous as vol

from homeassistant.components import websocket_api
from homeassistant.components.select import DOMAIN as SELECT_DOMAIN
from homeassistant.components.todo import DOMAIN as TODO_DOMAIN
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv, service
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.util import dt as dt_util, slugify
from homeassistant.util.unit_conversion import TemperatureDeltaConverter

from .access import Access, async_access, removal
from .coach.comparisons import (
    DEFAULT_COMPARE_NIGHTS,
    MAX_COMPARE_NIGHTS,
    MIN_COMPARE_NIGHTS,
)
from .coach.report.export import export_csv, export_json
from .coach.report.model import DEFAULT_REPORT_NIGHTS, MAX_REPORT_NIGHTS
from .const import CONF_USER, DOMAIN, SIGNAL_REMOVED, SIGNAL_UPDATED
from .coordinator import CELSIUS, CoachConfigEntry, CoachCoordinator
from .entity import sleeper_entity
from .panel_data import NIGHT_FIELDS, night_entries, night_rows, tonight_snapshot
from .report import async_doctor_report
from .temperature import to_display_unit
from .validation import night_label, validated, whole_number

ENTRY_ID = "entry_id"
FIRST_NIGHT = "first_night"
LAST_NIGHT = "last_night"
NIGHTS = "nights"
COMPARE_NIGHTS = "compare_nights"
FORMAT = "format"
NIGHT = "night"
# The longest journal a sleeper can keep (the retention option's maximum): nights asked for
# lie within this many nights up to tonight.
MAX_PANEL_NIGHTS = 3650
EXPORTERS: dict[str, Callable[[str, CoachCoordinator, bool], str]] = {
    "csv": lambda _sleeper, coach, notes: export_csv(coach.journal, with_notes=notes),
    "json": lambda sleeper, coach, notes: export_json(
        sleeper, coach.journal, with_notes=notes
    ),
}

# Any fields pass Home Assistant's check of a command; each command checks its own.
_ANY_FIELDS: dict[Any, Any] = {vol.Extra: object}
_ENTRY: dict[vol.Marker, Any] = {vol.Required(ENTRY_ID): cv.string}
SCHEMAS: dict[str, vol.Schema] = {
    f"{DOMAIN}/subscribe": vol.Schema(_ENTRY),
    f"{DOMAIN}/nights": vol.Schema(
        {
            **_ENTRY,
            vol.Required(FIRST_NIGHT): night_label,
            vol.Required(LAST_NIGHT): night_label,
        }
    ),
    f"{DOMAIN}/report": vol.Schema(
        {
            **_ENTRY,
            vol.Optional(NIGHTS, default=DEFAULT_REPORT_NIGHTS): whole_number(
                1, MAX_REPORT_NIGHTS
            ),
            vol.Optional(COMPARE_NIGHTS, default=DEFAULT_COMPARE_NIGHTS): whole_number(
                MIN_COMPARE_NIGHTS, MAX_COMPARE_NIGHTS
            ),
        }
    ),
    f"{DOMAIN}/export": vol.Schema({**_ENTRY, vol.Required(FORMAT): vol.In(EXPORTERS)}),
    f"{DOMAIN}/night_entries": vol.Schema({**_ENTRY, vol.Required(NIGHT): night_label}),
}
# Each field has its own refusal message (`invalid_<field>`).
FIELD_ERRORS = {
    ENTRY_ID,
    FIRST_NIGHT,
    LAST_NIGHT,
    NIGHTS,
    COMPARE_NIGHTS,
    FORMAT,
    NIGHT,
}

type Handler = Callable[
    [HomeAssistant, websocket_api.ActiveConnection, dict[str, Any]], Awaitable[None]
]
type Request = tuple[dict[str, Any], CoachCoordinator, Access]


@callback
def async_setup_websocket(hass: HomeAssistant) -> None:
    """Register the panel's commands."""
    for command in (
        _sleepers,
        _subscribe,
        _nights,
        _report,
        _export,
        _night_entries,
    ):
        websocket_api.async_register_command(hass, command)


def _command(name: str) -> Callable[[Handler], websocket_api.WebSocketCommandHandler]:
    """Declare a command whose fields are checked inside, so that refusals are translated.

    A refusal (bad input, an unknown or unloaded sleeper) is an error reply, not an error
    in Home Assistant's log.
    """

    def decorate(handler: Handler) -> websocket_api.WebSocketCommandHandler:
        @websocket_api.websocket_command(
            {vol.Required("type"): f"{DOMAIN}/{name}", **_ANY_FIELDS}
        )
        @websocket_api.async_response
        @wraps(handler)
        async def run(
            hass: HomeAssistant,
            connection: websocket_api.ActiveConnection,
            msg: dict[str, Any],
        ) -> None:
            try:
                await handler(hass, connection, msg)
            except HomeAssistantError as err:
                connection.send_error(
                    msg["id"],
                    websocket_api.ERR_INVALID_FORMAT
                    if err.translation_domain == DOMAIN
                    else websocket_api.ERR_NOT_FOUND,
                    str(err),
                    translation_key=err.translation_key,
                    translation_domain=err.translation_domain,
                    translation_placeholders=err.translation_placeholders,
                )

        return run

    return decorate


async def _async_request(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> Request:
    """Validate a command's fields; find its sleeper and what the user may see of them."""
    fields = {key: value for key, value in msg.items() if key not in ("id", "type")}
    data = validated(SCHEMAS[msg["type"]], fields, FIELD_ERRORS, ENTRY_ID)
    entry: CoachConfigEntry = service.async_get_config_entry(
        hass, DOMAIN, data[ENTRY_ID]
    )
    access = await async_access(hass, connection.context(msg), entry)
    return data, entry.runtime_data, access


@_command("sleepers")
async def _sleepers(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return the loaded sleepers, one tab each; `own` marks the caller's (the panel opens on it)."""
    entries = sorted(
        hass.config_entries.async_loaded_entries(DOMAIN), key=lambda item: item.title
    )
    connection.send_result(
        msg["id"],
        {
            "sleepers": [
                {
                    "entry_id": entry.entry_id,
                    "title": entry.title,
                    "own": entry.options.get(CONF_USER) == connection.user.id,
                }
                for entry in entries
            ]
        },
    )


@_command("subscribe")
async def _subscribe(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Send tonight at a glance now and whenever it changes, across reloads of the sleeper."""
    _, coordinator, access = await _async_request(hass, connection, msg)
    unit = hass.config.units.temperature_unit
    entry_id = coordinator.config_entry.entry_id
    wind_down = sleeper_entity(hass, entry_id, TODO_DOMAIN, "wind_down")
    intensity = sleeper_entity(hass, entry_id, SELECT_DOMAIN, "exercise_intensity")
    last: dict[str, Any] | None = None

    @callback
    def push(coordinator: CoachCoordinator) -> None:
        nonlocal last
        snapshot = tonight_snapshot(
            coordinator.data,
            coordinator.journal,
            revision=coordinator.revision,
            to_display_unit=partial(to_display_unit, hass),
            to_display_interval=lambda celsius: TemperatureDeltaConverter.convert(
                celsius, CELSIUS, unit
            ),
            unit=unit,
            wind_down_entity=wind_down,
            exercise_intensity_entity=intensity,
            notes_visible=access.reads_notes,
            may_change=access.changes,
        )
        if snapshot != last:
            last = snapshot
            connection.send_message(websocket_api.event_message(msg["id"], snapshot))

    stops: list[CALLBACK_TYPE] = []

    @callback
    def stop() -> None:
        for unsubscribe in stops:
            unsubscribe()

    @callback
    def removed() -> None:
        """Tell the panel that the sleeper is gone, and stop following them."""
        connection.send_message(
            websocket_api.event_message(msg["id"], {"removed": True})
        )
        if connection.subscriptions.pop(msg["id"], None):
            stop()

    stops += [
        async_dispatcher_connect(hass, SIGNAL_UPDATED.format(entry_id), push),
        async_dispatcher_connect(hass, SIGNAL_REMOVED.format(entry_id), removed),
    ]
    connection.subscriptions[msg["id"]] = stop
    connection.send_result(msg["id"])
    push(coordinator)


@_command("nights")
async def _nights(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return one row per night from first to last, as lists of the `fields` named."""
    data, coordinator, _access = await _async_request(hass, connection, msg)
    first, last = data[FIRST_NIGHT], data[LAST_NIGHT]
    tonight = coordinator.data.status.tonight
    # Only the nights a journal can hold: a calendar's first years cannot be shown in every
    # time zone.
    if not first <= last <= tonight or (tonight - first).days >= MAX_PANEL_NIGHTS:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="invalid_night_range",
            translation_placeholders={
                "tonight": tonight.isoformat(),
                "nights": str(MAX_PANEL_NIGHTS),
            },
        )
    # Up to 3,650 nights take a third of a second: built in a worker thread, the journal
    # held still meanwhile.
    context = coordinator.night_context()
    rows = await coordinator.async_read(
        partial(
            night_rows,
            coordinator.journal,
            context,
            first,
            last,
            to_display_unit=partial(to_display_unit, hass),
            measured=coordinator.measured(),
        )
    )
    connection.send_result(
        msg["id"],
        {
            "temperature_unit": hass.config.units.temperature_unit,
            # Nights before it are not recorded: their rows are no calm nights.
            "journal_begins": coordinator.first_night().isoformat(),
            "fields": NIGHT_FIELDS,
            # What the rows' factors are positions in.
            "factor_keys": context.keys,
            "nights": rows,
        },
    )


@_command("night_entries")
async def _night_entries(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return what a person logged in one night, and which of it this user may remove."""
    data, coordinator, access = await _async_request(hass, connection, msg)
    rule = removal(access, connection.user.id, dt_util.utcnow())
    entries = await coordinator.async_read(
        partial(night_entries, coordinator.journal, data[NIGHT], rule)
    )
    connection.send_result(msg["id"], {"entries": entries})


@_command("report")
async def _report(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return the doctor report, as the get_report action does."""
    data, coordinator, access = await _async_request(hass, connection, msg)
    connection.send_result(
        msg["id"],
        await async_doctor_report(
            coordinator,
            data[NIGHTS],
            with_notes=access.reads_notes,
            compare_nights=data[COMPARE_NIGHTS],
        ),
    )


@_command("export")
async def _export(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Return the whole journal as a CSV or JSON file's name and content."""
    data, coordinator, access = await _async_request(hass, connection, msg)
    sleeper = coordinator.config_entry.title
    tonight = coordinator.data.status.tonight
    connection.send_result(
        msg["id"],
        {
            "filename": f"sleep-twitch-coach-{slugify(sleeper, separator='-')}"
            f"-{tonight.isoformat()}.{data[FORMAT]}",
            # Ten years take a third of a second: written in a worker thread, as `_nights`.
            "content": await coordinator.async_read(
                partial(
                    EXPORTERS[data[FORMAT]], sleeper, coordinator, access.reads_notes
                )
            ),
        },
    )
