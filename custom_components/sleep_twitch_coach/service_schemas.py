"""What each service action accepts: its fields, their checks, and their refusals.

Validation runs inside the handlers (`validation.validated`), so that every refusal is a
translated error naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
import math
from typing import Any

import voluptuous as vol

from homeassistant.helpers import config_validation as cv

from .coach.comparisons import (
    DEFAULT_COMPARE_NIGHTS,
    MAX_COMPARE_NIGHTS,
    MIN_COMPARE_NIGHTS,
)
from .coach.events import (
    NOTE_MAX_LENGTH,
    UNDOABLE_KINDS,
    BodyPart,
    EventKind,
    Intensity,
    JournalEvent,
    Keep,
    Symptom,
    event_from_public,
)
from .coach.experiments import (
    DEFAULT_EXPERIMENT_NIGHTS,
    MAX_EXPERIMENT_NIGHTS,
    MIN_EXPERIMENT_NIGHTS,
)
from .coach.report.model import DEFAULT_REPORT_NIGHTS, MAX_REPORT_NIGHTS
from .const import (
    ATTR_AMOUNT,
    ATTR_AMOUNT_MG,
    ATTR_BODY_PARTS,
    ATTR_CHANGE,
    ATTR_COMPARE_NIGHTS,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DURATION_MIN,
    ATTR_ENTRY,
    ATTR_FACTOR,
    ATTR_INTENSITY,
    ATTR_KEEP,
    ATTR_KIND,
    ATTR_NIGHTS,
    ATTR_NOTE,
    ATTR_SYMPTOM,
    ATTR_WHEN,
    ATTR_WOKE_UP,
)
from .panel_data import REMOVABLE, REMOVABLE_UNTIL
from .validation import moment, number, strict_boolean, text, whole_number

# What Home Assistant checks of a call: nothing, so that every refusal is a translated error.
ANY_DATA = vol.Schema({}, extra=vol.ALLOW_EXTRA)

SERVICE_LOG_TWITCH = "log_twitch"
SERVICE_LOG_CAFFEINE = "log_caffeine"
SERVICE_LOG_EXERCISE = "log_exercise"
SERVICE_LOG_SYMPTOM = "log_symptom"
SERVICE_LOG_FACTOR = "log_factor"
SERVICE_LOG_CALM_NIGHT = "log_calm_night"
SERVICE_UNDO_LAST = "undo_last"
SERVICE_CLEAR_HISTORY = "clear_history"
SERVICE_GET_REPORT = "get_report"
SERVICE_START_EXPERIMENT = "start_experiment"
SERVICE_STOP_EXPERIMENT = "stop_experiment"

MAX_CAFFEINE_MG = 2000
MAX_EXERCISE_MIN = 1440
# A factor's key is short; its amount is checked against the factor's own range later.
MAX_FACTOR_KEY_LENGTH = 60


def journal_entry(value: object) -> JournalEvent:
    """Accept an entry as a log action answers with it or night_entries lists it."""
    if not isinstance(value, Mapping) or value.get("kind") not in UNDOABLE_KINDS:
        raise vol.Invalid("not an entry a person logs")
    public = {
        key: item
        for key, item in value.items()
        if key not in (REMOVABLE, REMOVABLE_UNTIL)
    }
    try:
        return event_from_public(public)
    except (ValueError, KeyError, TypeError) as err:
        raise vol.Invalid("not an entry a person logs") from err


_ENTRY: dict[vol.Marker, Any] = {vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string}
_WHEN: dict[vol.Marker, Any] = {**_ENTRY, vol.Optional(ATTR_WHEN): moment}

SCHEMAS: dict[str, vol.Schema] = {
    SERVICE_LOG_TWITCH: vol.Schema(
        {
            **_WHEN,
            vol.Optional(ATTR_WOKE_UP, default=False): strict_boolean,
            vol.Optional(ATTR_BODY_PARTS, default=[BodyPart.LEGS]): vol.All(
                cv.ensure_list, [vol.Coerce(BodyPart)], vol.Length(min=1)
            ),
            vol.Optional(ATTR_NOTE): text(NOTE_MAX_LENGTH),
        }
    ),
    SERVICE_LOG_CAFFEINE: vol.Schema(
        {**_WHEN, vol.Optional(ATTR_AMOUNT_MG): number(0, MAX_CAFFEINE_MG)}
    ),
    SERVICE_LOG_EXERCISE: vol.Schema(
        {
            **_WHEN,
            vol.Optional(ATTR_INTENSITY, default=Intensity.VIGOROUS): vol.Coerce(
                Intensity
            ),
            vol.Optional(ATTR_DURATION_MIN): number(0, MAX_EXERCISE_MIN),
        }
    ),
    SERVICE_LOG_SYMPTOM: vol.Schema(
        {**_WHEN, vol.Required(ATTR_SYMPTOM): vol.Coerce(Symptom)}
    ),
    # Which factors a sleeper has, and their amounts, is checked once the sleeper is known.
    SERVICE_LOG_FACTOR: vol.Schema(
        {
            **_WHEN,
            vol.Required(ATTR_FACTOR): text(MAX_FACTOR_KEY_LENGTH),
            vol.Optional(ATTR_AMOUNT): number(-math.inf, math.inf),
        }
    ),
    SERVICE_LOG_CALM_NIGHT: vol.Schema(_WHEN),
    # With `entry`, exactly that entry (the log's response, or night_entries' entry); with
    # `when`, the newest event of `kind` logged for that time.
    SERVICE_UNDO_LAST: vol.Schema(
        {
            **_WHEN,
            vol.Optional(ATTR_ENTRY): journal_entry,
            vol.Optional(ATTR_KIND): vol.All(
                vol.In(UNDOABLE_KINDS), vol.Coerce(EventKind)
            ),
        }
    ),
    SERVICE_CLEAR_HISTORY: vol.Schema(_ENTRY),
    SERVICE_GET_REPORT: vol.Schema(
        {
            **_ENTRY,
            vol.Optional(ATTR_NIGHTS, default=DEFAULT_REPORT_NIGHTS): whole_number(
                1, MAX_REPORT_NIGHTS
            ),
            vol.Optional(
                ATTR_COMPARE_NIGHTS, default=DEFAULT_COMPARE_NIGHTS
            ): whole_number(MIN_COMPARE_NIGHTS, MAX_COMPARE_NIGHTS),
        }
    ),
    SERVICE_START_EXPERIMENT: vol.Schema(
        {
            **_ENTRY,
            vol.Required(ATTR_CHANGE): text(MAX_FACTOR_KEY_LENGTH),
            vol.Required(ATTR_KEEP): vol.Coerce(Keep),
            vol.Optional(ATTR_NIGHTS, default=DEFAULT_EXPERIMENT_NIGHTS): whole_number(
                MIN_EXPERIMENT_NIGHTS, MAX_EXPERIMENT_NIGHTS
            ),
        }
    ),
    SERVICE_STOP_EXPERIMENT: vol.Schema(_ENTRY),
}

# Every field has its own refusal message; a key no action knows gets one naming it.
FIELD_ERRORS = {
    ATTR_CONFIG_ENTRY_ID,
    ATTR_WHEN,
    ATTR_WOKE_UP,
    ATTR_BODY_PARTS,
    ATTR_NOTE,
    ATTR_AMOUNT_MG,
    ATTR_INTENSITY,
    ATTR_DURATION_MIN,
    ATTR_SYMPTOM,
    ATTR_KIND,
    ATTR_ENTRY,
    ATTR_NIGHTS,
    ATTR_COMPARE_NIGHTS,
    ATTR_FACTOR,
    ATTR_AMOUNT,
    ATTR_CHANGE,
    ATTR_KEEP,
}
