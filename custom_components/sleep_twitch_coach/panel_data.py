"""What the Sleep coach panel receives: tonight at a glance, and nights in a compact form."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict, fields
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .coach.events import (
    UNDOABLE_KINDS,
    EventKind,
    FactorReport,
    JournalEvent,
    event_fields,
)
from .coach.factors import AMOUNTS, LOGGED_FACTORS, logged_amounts
from .coach.report.model import NightRow, night_row
from .coach.report.what_helps import experiment_row
from .coach.status import temperature_status

if TYPE_CHECKING:
    from .access import Removal
    from .coach.factors import NightContext
    from .coach.journal import Journal
    from .coach.limbs.nights import NightFigures
    from .figures import CoachData

# A night's row as the panel receives it: the report's row fields, named once per reply and
# given as a list per night (730 nights of names would be most of the bytes); the factors
# present are positions in the reply's `factor_keys`, for the same reason. The twitches'
# notes are in the report and the export only. The measured figures come last (NightRow's
# order), and a night's list ends at its last value that is not None: a night without
# measurements sends none of them (eight nulls a night would be over a quarter of the bytes
# of 730 busy nights).
NIGHT_FIELDS = tuple(field.name for field in fields(NightRow) if field.name != "notes")

# What night_entries adds to an entry's public fields; `undo_last` ignores them in `entry`.
REMOVABLE = "removable"
REMOVABLE_UNTIL = "removable_until"


def night_values(row: NightRow, positions: Mapping[str, int]) -> list[Any]:
    """Return a night's row as the values of `NIGHT_FIELDS`, up to the last not None.

    Factors are given by `positions`.
    """
    values = [
        [positions[key] for key in row.factors]
        if name == "factors"
        else getattr(row, name)
        for name in NIGHT_FIELDS
    ]
    while values[-1] is None:
        values.pop()
    return values


def night_rows(
    journal: Journal,
    context: NightContext,
    first: date,
    last: date,
    *,
    to_display_unit: Callable[[float], float],
    measured: Mapping[date, NightFigures],
) -> list[list[Any]]:
    """Return the values of every night from `first` to `last` (up to 3,650: off the loop).

    Factors are positions in `context.keys`.
    """
    positions = {key: position for position, key in enumerate(context.keys)}
    return [
        night_values(
            night_row(
                journal, context, night, to_display_unit, measured=measured.get(night)
            ),
            positions,
        )
        for night in (
            first + timedelta(days=day) for day in range((last - first).days + 1)
        )
    ]


def tonight_snapshot(
    data: CoachData,
    journal: Journal,
    *,
    revision: int,
    to_display_unit: Callable[[float], float],
    to_display_interval: Callable[[float], float],
    unit: str,
    wind_down_entity: str | None,
    exercise_intensity_entity: str | None,
    notes_visible: bool,
    may_change: bool,
) -> dict[str, Any]:
    """Return what the panel's Tonight and Doctor views show; temperatures in `unit`."""
    status = data.status
    routine = data.routine
    twitches = journal.twitches(status.tonight)
    celsius = data.bedroom_c
    limbs = data.limbs
    return {
        "tonight": status.tonight.isoformat(),
        "revision": revision,
        "twitches_tonight": status.twitches_tonight,
        "woke_up_tonight": sum(twitch.woke_up for twitch in twitches),
        "twitch_nights_7d": status.twitch_nights_7d,
        "caffeine_after_cutoff": status.caffeine_after_cutoff,
        "late_exercise": status.late_exercise,
        "next_bedtime": status.next_bedtime.isoformat(),
        "next_caffeine_cutoff": status.next_caffeine_cutoff.isoformat(),
        "wind_down": {
            "entity_id": wind_down_entity,
            "steps": [
                {
                    "uid": step.uid,
                    "summary": step.summary,
                    "done": step.done_at is not None,
                    # The panel may name a default step in the viewer's own language.
                    "default": step.default,
                }
                for step in data.wind_down
            ],
        },
        "exercise_intensity": {"entity_id": exercise_intensity_entity},
        "bedroom": {
            "temperature": None
            if celsius is None
            else round(to_display_unit(celsius), 1),
            "target": round(to_display_unit(routine.target_c), 1),
            "tolerance": round(to_display_interval(routine.tolerance_c), 1),
            "unit": unit,
            "status": None
            if celsius is None
            else temperature_status(celsius, routine).value,
        },
        "limbs": None
        if limbs is None
        else {
            "limb_movements": limbs.tonight.score.limb_movements,
            "periodic_limb_movements": limbs.tonight.score.periodic_limb_movements,
            "plm_index": limbs.tonight.rounded_index,
        },
        "checklist": {
            "score": data.checklist.score,
            "threshold": data.checklist.threshold,
            "recommended": data.checklist.recommended,
            "criteria": [
                {
                    "criterion": finding.criterion.value,
                    "met": finding.met,
                    "evidence": finding.evidence,
                }
                for finding in data.checklist.findings
            ],
        },
        "factors": loggable_factors(data, journal),
        "calm_night": bool(journal.in_night(status.tonight, EventKind.CALM_NIGHT)),
        "experiment": None
        if data.experiment is None or data.context is None
        else asdict(experiment_row(data.experiment, data.context.custom)),
        "notes_visible": notes_visible,
        # False for a user without control permission: the panel's log controls are off.
        "may_change": may_change,
    }


def loggable_factors(data: CoachData, journal: Journal) -> list[dict[str, Any]]:
    """Return the factors the Tonight view offers, with what was logged of each tonight."""
    custom = data.context.custom if data.context else {}
    tonight = data.status.tonight
    amounts = logged_amounts(journal, tonight)
    counts = Counter(
        event.factor
        for event in journal.in_night(tonight, EventKind.FACTOR)
        if isinstance(event, FactorReport)
    )
    factors = []
    for key in (*LOGGED_FACTORS, *custom):
        limits = AMOUNTS.get(key)
        amount = amounts.get(key)
        factors.append(
            {
                "factor": key,
                "name": custom.get(key),
                "derived": False,
                "amount": None
                if limits is None
                else {
                    "min": limits.minimum,
                    "max": limits.maximum,
                    "step": limits.step,
                    "unit": limits.unit,
                },
                "logged_tonight": counts[key],
                "amount_tonight": None if amount is None else round(amount, 2),
            }
        )
    return factors


def night_entries(
    journal: Journal, night: date, removal: Callable[[JournalEvent], Removal]
) -> list[dict[str, Any]]:
    """Return what a person logged in a night, oldest first, each saying if it may go.

    `removable_until` is when the user's Remove expires (None: no limit, or not removable).
    An entry's public fields are what `undo_last` takes as `entry`. No note texts.
    """
    logged = [
        event for event in journal.in_night(night) if event.kind in UNDOABLE_KINDS
    ]
    entries = []
    for event in sorted(logged, key=lambda event: event.time):
        allowed, until = removal(event)
        entries.append(
            {
                **event_fields(event),
                REMOVABLE: allowed,
                REMOVABLE_UNTIL: until.isoformat() if allowed and until else None,
            }
        )
    return entries
