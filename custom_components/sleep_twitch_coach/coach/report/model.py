"""The report to show a doctor: one row per night, a summary and trigger insights."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from ..checklist import Checklist
from ..events import BedtimeSnapshot, EventKind, SymptomReport
from ..journal import Journal
from ..limbs.nights import NightFigures
from ..nights import recent_nights
from ..status import (
    Routine,
    TemperatureStatus,
    had_caffeine_after_cutoff,
    had_late_exercise,
    temperature_status,
)
from ..wind_down import wind_down_skipped
from .layout import columns, sections

DEFAULT_REPORT_NIGHTS = 14
MAX_REPORT_NIGHTS = 90
# Trigger insights compare nights with and without each trigger over this many nights.
INSIGHT_NIGHTS = 28
# ... and says "not enough nights yet" with fewer than this many nights on either side.
MIN_COMPARISON_NIGHTS = 3


class Trigger(StrEnum):
    """A likely trigger of night-time twitches."""

    CAFFEINE_AFTER_CUTOFF = "caffeine_after_cutoff"
    LATE_EXERCISE = "late_exercise"
    BEDROOM_TOO_WARM = "bedroom_too_warm"
    WIND_DOWN_SKIPPED = "wind_down_skipped"


@dataclass(frozen=True, slots=True)
class NightRow:
    """What one night of the journal holds."""

    night: str
    twitches: int
    # Local times of the twitches ("23:40"), in the order of the night.
    twitch_times: list[str]
    woke_up_twitches: int
    body_parts: list[str]
    caffeine_after_cutoff: bool
    late_vigorous_exercise: bool
    bedroom_temperature_at_bedtime: float | None
    symptoms: list[str]
    # The twitches' notes, for the sleeper and administrators only (None for others).
    notes: list[str] | None = None
    # Measured by a leg-movement sensor; None for a night without measurements.
    limb_movements: int | None = None
    periodic_limb_movements: int | None = None
    plm_index: float | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """The report's nights added up, and the checklist."""

    nights: int
    twitch_nights: int
    twitches: int
    woke_up_twitches: int
    checklist_score: int
    doctor_visit_recommended: bool
    criteria_met: list[dict[str, Any]]
    # The nights the trigger insights look back over (INSIGHT_NIGHTS), for the headings.
    insight_nights: int


@dataclass(frozen=True, slots=True)
class TriggerInsight:
    """Twitch nights with and without one trigger, since the journal began."""

    trigger: Trigger
    nights_with: int
    twitch_nights_with: int
    nights_without: int
    twitch_nights_without: int
    # At least MIN_COMPARISON_NIGHTS nights on each side; otherwise "not enough nights yet".
    enough_nights: bool


@dataclass(frozen=True, slots=True)
class Report:
    """The report to show a doctor, newest night first."""

    sleeper: str
    first_night: str
    last_night: str
    temperature_unit: str
    nights: list[NightRow]
    summary: Summary
    trigger_insights: list[TriggerInsight]
    # What the Markdown and the panel show, in order (see layout.py).
    sections: list[str]
    columns: list[str]


def bedtime_celsius(journal: Journal, night: date) -> float | None:
    """Return the bedroom temperature recorded at a night's bedtime, if any."""
    snapshots = journal.in_night(night, EventKind.BEDTIME_SNAPSHOT)
    last = snapshots[-1] if snapshots else None
    return last.temperature_c if isinstance(last, BedtimeSnapshot) else None


def night_row(
    journal: Journal,
    routine: Routine,
    night: date,
    to_display_unit: Callable[[float], float],
    *,
    with_notes: bool = False,
    measured: NightFigures | None = None,
) -> NightRow:
    """Summarise one night; temperatures are converted for display by `to_display_unit`."""
    twitches = journal.twitches(night)
    celsius = bedtime_celsius(journal, night)
    return NightRow(
        night=night.isoformat(),
        twitches=len(twitches),
        twitch_times=[
            f"{moment.astimezone(journal.tz):%H:%M}"
            for moment in sorted(twitch.time for twitch in twitches)
        ],
        woke_up_twitches=sum(twitch.woke_up for twitch in twitches),
        body_parts=sorted(
            {part.value for twitch in twitches for part in twitch.body_parts}
        ),
        caffeine_after_cutoff=had_caffeine_after_cutoff(night, journal, routine),
        late_vigorous_exercise=had_late_exercise(night, journal, routine),
        bedroom_temperature_at_bedtime=None
        if celsius is None
        else round(to_display_unit(celsius), 1),
        symptoms=sorted(
            {
                event.symptom.value
                for event in journal.in_night(night, EventKind.SYMPTOM)
                if isinstance(event, SymptomReport)
            }
        ),
        notes=notes_of(journal, night) if with_notes else None,
        limb_movements=None if measured is None else measured.score.limb_movements,
        periodic_limb_movements=None
        if measured is None
        else measured.score.periodic_limb_movements,
        plm_index=None if measured is None else measured.rounded_index,
    )


def notes_of(journal: Journal, night: date) -> list[str]:
    """Return the notes of a night's twitches, in logging order."""
    return [twitch.note for twitch in journal.twitches(night) if twitch.note]


def _has_trigger(
    trigger: Trigger, journal: Journal, routine: Routine, night: date
) -> bool | None:
    """Return whether a night had a trigger; None when it cannot be known."""
    match trigger:
        case Trigger.CAFFEINE_AFTER_CUTOFF:
            return had_caffeine_after_cutoff(night, journal, routine)
        case Trigger.LATE_EXERCISE:
            return had_late_exercise(night, journal, routine)
        case Trigger.BEDROOM_TOO_WARM:
            celsius = bedtime_celsius(journal, night)
            if celsius is None:
                return None
            return temperature_status(celsius, routine) is TemperatureStatus.TOO_WARM
        case Trigger.WIND_DOWN_SKIPPED:
            return wind_down_skipped(journal, night)


def trigger_insights(
    journal: Journal, routine: Routine, tonight: date, begins: date | None = None
) -> list[TriggerInsight]:
    """Compare the twitch rate on nights with and without each trigger.

    Only nights of the last `INSIGHT_NIGHTS` from the night the journal `begins` on count
    (`journal_begins`; None: all of them), and a comparison needs at least
    `MIN_COMPARISON_NIGHTS` nights on each side (`enough_nights`).
    """
    nights = [
        night
        for night in recent_nights(tonight, INSIGHT_NIGHTS)
        if begins is None or night >= begins
    ]
    insights = []
    for trigger in Trigger:
        with_it = without = twitched_with = twitched_without = 0
        for night in nights:
            if (present := _has_trigger(trigger, journal, routine, night)) is None:
                continue
            twitched = bool(journal.twitches(night))
            if present:
                with_it += 1
                twitched_with += twitched
            else:
                without += 1
                twitched_without += twitched
        insights.append(
            TriggerInsight(
                trigger=trigger,
                nights_with=with_it,
                twitch_nights_with=twitched_with,
                nights_without=without,
                twitch_nights_without=twitched_without,
                enough_nights=min(with_it, without) >= MIN_COMPARISON_NIGHTS,
            )
        )
    return insights


def build_report(
    journal: Journal,
    routine: Routine,
    checklist: Checklist,
    tonight: date,
    nights: int,
    *,
    sleeper: str,
    unit: str,
    to_display_unit: Callable[[float], float],
    with_notes: bool = False,
    measured: Mapping[date, NightFigures] | None = None,
    begins: date | None = None,
) -> Report:
    """Build the report for the `nights` nights ending tonight, newest first.

    Nights before `begins` (before the sleeper was added and the oldest event logged) are
    left out: nothing is known of them, and counting them as nights without twitches would
    show a doctor nights nobody recorded. Tonight is always in it. Note texts are in it only
    `with_notes` (for the sleeper and administrators).
    """
    rows = [
        night_row(
            journal,
            routine,
            night,
            to_display_unit,
            with_notes=with_notes,
            measured=(measured or {}).get(night),
        )
        for night in recent_nights(tonight, nights)
        if night == tonight or begins is None or night >= begins
    ]
    return Report(
        sleeper=sleeper,
        first_night=rows[-1].night,
        last_night=rows[0].night,
        temperature_unit=unit,
        nights=rows,
        summary=Summary(
            nights=len(rows),
            twitch_nights=sum(row.twitches > 0 for row in rows),
            twitches=sum(row.twitches for row in rows),
            woke_up_twitches=sum(row.woke_up_twitches for row in rows),
            checklist_score=checklist.score,
            doctor_visit_recommended=checklist.recommended,
            criteria_met=checklist.as_dicts(),
            insight_nights=INSIGHT_NIGHTS,
        ),
        trigger_insights=trigger_insights(journal, routine, tonight, begins),
        sections=[
            section.value for section in sections(notes=any(row.notes for row in rows))
        ],
        columns=[
            column.value
            for column in columns(
                measured=any(row.limb_movements is not None for row in rows)
            )
        ],
    )
