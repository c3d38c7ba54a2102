"""The report to show a doctor: one row per night, a summary, factors and experiments."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..checklist import Checklist
from ..comparisons import DEFAULT_COMPARE_NIGHTS, compare_factors
from ..events import EventKind, SymptomReport
from ..experiments import (
    Outcome,
    Rates,
    finished_experiments,
    outcome,
    running_experiment,
)
from ..factors import NightContext, is_recorded, night_factors
from ..journal import Journal
from ..limbs.nights import NightFigures
from ..nights import recent_nights
from ..status import bedtime_celsius, had_caffeine_after_cutoff, had_late_exercise
from .layout import columns, sections

DEFAULT_REPORT_NIGHTS = 14
MAX_REPORT_NIGHTS = 90


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
    # The nights the factor comparisons look back over, for the headings.
    compare_nights: int


@dataclass(frozen=True, slots=True)
class FactorRow:
    """One factor's comparison (coach/comparisons.py), rates rounded for the reader."""

    factor: str
    # The name a sleeper gave a custom factor; built-in names are texts.
    name: str | None
    nights_with: int
    twitch_nights_with: int
    nights_without: int
    twitch_nights_without: int
    rate_with: float | None
    rate_without: float | None
    difference: float | None
    interval: list[float] | None
    p_value: float | None
    q_value: float | None
    verdict: str


@dataclass(frozen=True, slots=True)
class RatesRow:
    """Recorded nights and twitch nights among them."""

    nights: int
    twitch_nights: int
    rate: float | None


@dataclass(frozen=True, slots=True)
class ExperimentRow:
    """An experiment as the report, the panel and the sensor show it."""

    change: str
    name: str | None
    keep: str
    started: str
    last_night: str
    nights_planned: int
    nights_done: int
    ended: str | None
    running: bool
    nights_recorded: int
    nights_kept: int
    adherence: float | None
    baseline: RatesRow | None
    during: RatesRow
    difference: float | None
    interval: list[float] | None
    p_value: float | None
    verdict: str | None
    low_adherence: bool


@dataclass(frozen=True, slots=True)
class Experiments:
    """The experiment that runs, and those that ended, newest first."""

    running: ExperimentRow | None
    finished: list[ExperimentRow]


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
) -> NightRow:
    """Summarise one night; temperatures are converted for display by `to_display_unit`."""
    twitches = journal.twitches(night)
    celsius = bedtime_celsius(journal, night)
    routine = context.routine
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
        recorded=is_recorded(journal, night, context.measured),
        factors=[
            key
            for key, present in night_factors(journal, night, context).items()
            if present
        ],
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


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _interval(interval: tuple[float, float] | None) -> list[float] | None:
    return None if interval is None else [round(bound, 4) for bound in interval]


def factor_rows(
    journal: Journal, context: NightContext, tonight: date, nights: int, begins: date
) -> list[FactorRow]:
    """Compare the factors over the last `nights` nights from the night the journal begins."""
    return [
        FactorRow(
            factor=item.factor,
            name=context.custom.get(item.factor),
            nights_with=item.nights_with,
            twitch_nights_with=item.twitch_nights_with,
            nights_without=item.nights_without,
            twitch_nights_without=item.twitch_nights_without,
            rate_with=_rounded(item.rate_with),
            rate_without=_rounded(item.rate_without),
            difference=_rounded(item.difference),
            interval=_interval(item.interval),
            p_value=_rounded(item.p_value),
            q_value=_rounded(item.q_value),
            verdict=item.verdict.value,
        )
        for item in compare_factors(
            journal,
            context,
            (night for night in recent_nights(tonight, nights) if night >= begins),
        )
    ]


def _rates_row(rates: Rates) -> RatesRow:
    return RatesRow(rates.nights, rates.twitch_nights, _rounded(rates.rate))


def experiment_row(item: Outcome, custom: Mapping[str, str]) -> ExperimentRow:
    """Return an experiment's outcome as the report shows it."""
    experiment = item.experiment
    return ExperimentRow(
        change=experiment.change,
        name=custom.get(experiment.change),
        keep=experiment.keep.value,
        started=item.first_night.isoformat(),
        last_night=item.planned_last_night.isoformat(),
        nights_planned=experiment.nights,
        nights_done=item.nights_done,
        ended=None if item.running else item.last_night.isoformat(),
        running=item.running,
        nights_recorded=item.during.nights,
        nights_kept=item.nights_kept,
        adherence=_rounded(item.adherence),
        baseline=None if item.baseline is None else _rates_row(item.baseline),
        during=_rates_row(item.during),
        difference=_rounded(item.difference),
        interval=_interval(item.interval),
        p_value=_rounded(item.p_value),
        verdict=None if item.verdict is None else item.verdict.value,
        low_adherence=item.low_adherence,
    )


def experiments_part(
    journal: Journal, context: NightContext, tonight: date
) -> Experiments:
    """Return the running experiment and the finished ones, newest first."""
    running = running_experiment(journal)
    return Experiments(
        running=None
        if running is None
        else experiment_row(
            outcome(journal, running, context, tonight), context.custom
        ),
        finished=[
            experiment_row(
                outcome(journal, experiment, context, tonight), context.custom
            )
            for experiment in finished_experiments(journal)
        ],
    )


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
    rows = [
        night_row(
            journal,
            context,
            night,
            to_display_unit,
            with_notes=with_notes,
            measured=(measured or {}).get(night),
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
            twitch_nights=sum(row.twitches > 0 for row in rows),
            twitches=sum(row.twitches for row in rows),
            woke_up_twitches=sum(row.woke_up_twitches for row in rows),
            checklist_score=checklist.score,
            doctor_visit_recommended=checklist.recommended,
            criteria_met=checklist.as_dicts(),
            compare_nights=compare_nights,
        ),
        factors=factor_rows(journal, context, tonight, compare_nights, begins),
        experiments=experiments_part(journal, context, tonight),
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
