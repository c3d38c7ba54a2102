"""The report to show a doctor: one row per night, a summary, factors and experiments."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..checklist import Checklist
from ..comparisons import DEFAULT_COMPARE_NIGHTS
from ..events import EventKind, SymptomReport
from ..factors import FactorsOf, NightContext, factors_finder, is_recorded
from ..journal import Journal
from ..limbs.nights import NightFigures
from ..nights import recent_nights
from ..status import bedtime_celsius, had_caffeine_after_cutoff, had_late_exercise
from .layout import columns, sections
from .what_helps import Experiments, FactorRow, experiments_part, factor_rows

DEFAULT_REPORT_NIGHTS = 14
MAX_REPORT_NIGHTS = 90
MS_PER_MINUTE = 60_000


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
    # False for a night the journal knows nothing of: never counted as calm.
    recorded: bool
    # The factors present that night (coach/factors.py), in the order of `NightContext.keys`.
    factors: list[str]
    # The twitches' notes, for the sleeper and administrators only (None for others).
    notes: list[str] | None = None
    # Measured by leg-movement sensors; None for a night without measurements. The names
    # are those of the `plm_index_last_night` sensor's attributes.
    limb_movements: int | None = None
    periodic_limb_movements: int | None = None
    plm_index: float | None = None
    periodicity_index: float | None = None
    # With a sensor on each leg: each leg's own movements, before the two are joined.
    left_leg_movements: int | None = None
    right_leg_movements: int | None = None
    # With an asleep sensor: minutes asleep in bed, and the PLMS index (per hour asleep).
    time_asleep_min: int | None = None
    plms_index: float | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """The report's nights added up, and the checklist."""

    nights: int
    # Nights the journal knows something of; the others are not calm nights.
    recorded_nights: int
    twitch_nights: int
    twitches: int
    woke_up_twitches: int
    checklist_score: int
    doctor_visit_recommended: bool
    criteria_met: list[dict[str, Any]]
    # The nights the factor comparisons look back over, for the headings.
    compare_nights: int


@dataclass(frozen=True, slots=True)
class Report:
    """The report to show a doctor, newest night first."""

    sleeper: str
    first_night: str
    last_night: str
    temperature_unit: str
    nights: list[NightRow]
    summary: Summary
    factors: list[FactorRow]
    experiments: Experiments
    # What the Markdown and the panel show, in order (see layout.py).
    sections: list[str]
    columns: list[str]


def night_row(
    journal: Journal,
    context: NightContext,
    night: date,
    to_display_unit: Callable[[float], float],
    *,
    with_notes: bool = False,
    measured: NightFigures | None = None,
    factors_of: FactorsOf | None = None,
) -> NightRow:
    """Summarise one night; temperatures are converted for display by `to_display_unit`.

    `factors_of` finds a night's factors (one shared with the comparisons finds each once).
    """
    factors_of = factors_of or factors_finder(journal, context)
    twitches = journal.twitches(night)
    celsius = bedtime_celsius(journal, night)
    routine = context.routine
    recorded = is_recorded(journal, night, context.measured)
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
        recorded=recorded,
        # Nothing is known of a night not recorded, not even that a factor was absent.
        factors=[key for key, present in factors_of(night).items() if present]
        if recorded
        else [],
        notes=notes_of(journal, night) if with_notes else None,
        **measured_fields(measured),
    )


def measured_fields(figures: NightFigures | None) -> dict[str, Any]:
    """Return a measured night's figures as its row's fields; none for a night not measured."""
    if figures is None:
        return {}
    score = figures.score
    return {
        "limb_movements": score.limb_movements,
        "periodic_limb_movements": score.periodic_limb_movements,
        "plm_index": figures.rounded_index,
        "periodicity_index": figures.periodicity_index,
        "left_leg_movements": score.left_leg,
        "right_leg_movements": score.right_leg,
        "time_asleep_min": None
        if figures.asleep_ms is None
        else round(figures.asleep_ms / MS_PER_MINUTE),
        "plms_index": figures.asleep_index,
    }


def notes_of(journal: Journal, night: date) -> list[str]:
    """Return the notes of a night's twitches, in logging order."""
    return [twitch.note for twitch in journal.twitches(night) if twitch.note]


def build_report(
    journal: Journal,
    context: NightContext,
    checklist: Checklist,
    tonight: date,
    nights: int,
    *,
    sleeper: str,
    unit: str,
    to_display_unit: Callable[[float], float],
    begins: date,
    with_notes: bool = False,
    measured: Mapping[date, NightFigures] | None = None,
    compare_nights: int = DEFAULT_COMPARE_NIGHTS,
) -> Report:
    """Build the report for the `nights` nights ending tonight, newest first.

    Nights before `begins` (before the sleeper was added and the oldest event logged) are
    left out: nothing is known of them, and counting them as nights without twitches would
    show a doctor nights nobody recorded. Tonight is always in it. Note texts are in it only
    `with_notes` (for the sleeper and administrators). Factors are compared over the last
    `compare_nights` nights.
    """
    factors_of = factors_finder(journal, context)
    rows = [
        night_row(
            journal,
            context,
            night,
            to_display_unit,
            with_notes=with_notes,
            measured=(measured or {}).get(night),
            factors_of=factors_of,
        )
        for night in recent_nights(tonight, nights)
        if night == tonight or night >= begins
    ]
    return Report(
        sleeper=sleeper,
        first_night=rows[-1].night,
        last_night=rows[0].night,
        temperature_unit=unit,
        nights=rows,
        summary=Summary(
            nights=len(rows),
            recorded_nights=sum(row.recorded for row in rows),
            twitch_nights=sum(row.twitches > 0 for row in rows),
            twitches=sum(row.twitches for row in rows),
            woke_up_twitches=sum(row.woke_up_twitches for row in rows),
            checklist_score=checklist.score,
            doctor_visit_recommended=checklist.recommended,
            criteria_met=checklist.as_dicts(),
            compare_nights=compare_nights,
        ),
        factors=factor_rows(
            journal,
            context,
            tonight,
            compare_nights,
            begins=begins,
            factors_of=factors_of,
        ),
        experiments=experiments_part(journal, context, tonight),
        sections=[
            section.value for section in sections(notes=any(row.notes for row in rows))
        ],
        columns=[
            column.value
            for column in columns(
                measured=any(row.limb_movements is not None for row in rows),
                asleep=any(row.time_asleep_min is not None for row in rows),
            )
        ],
    )
