"""What the entities of one sleeper show, computed from the record at one moment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .coach.checklist import NO_BETTER_WINDOW_NIGHTS, Checklist, Thresholds, evaluate
from .coach.events import Experiment
from .coach.experiments import (
    Outcome,
    finished_experiments,
    last_night,
    outcome,
    running_experiment,
)
from .coach.factors import NightContext
from .coach.limbs.nights import NightFigures
from .coach.limbs.tonight import LimbFigures
from .coach.status import Routine, Status, status_at
from .coach.wind_down import StepTonight, steps_tonight
from .store.journal import SleeperRecord

MS_PER_HOUR = 3_600_000


@dataclass(frozen=True, slots=True)
class CoachData:
    """Everything the entities of one sleeper show."""

    status: Status
    routine: Routine
    bedroom_c: float | None
    checklist: Checklist
    wind_down: tuple[StepTonight, ...]
    limbs: LimbFigures | None = None
    # The routine, sensors and custom factors the factors were found with.
    context: NightContext | None = None
    # The experiment that runs, else the last one that ended.
    experiment: Outcome | None = None

    @property
    def experiment_due(self) -> bool:
        """Return whether the running experiment has had its last night."""
        item = self.experiment
        return (
            item is not None
            and item.running
            and self.status.tonight > item.planned_last_night
        )


def coach_data(
    record: SleeperRecord,
    context: NightContext,
    thresholds: Thresholds,
    now: datetime,
    *,
    bedroom_c: float | None,
    limbs: LimbFigures | None,
    measured: dict[date, NightFigures],
    language: str,
) -> CoachData:
    """Return the figures at `now`: status, checklist and tonight's wind-down steps.

    The steps are named in `language`, Home Assistant's.
    """
    journal = record.journal
    routine = context.routine
    status = status_at(journal, routine, now)
    tonight = status.tonight
    finished = [
        outcome(journal, experiment, context, tonight)
        for experiment in _recent_finished(record, tonight, routine.wake_time)
    ]
    running = running_experiment(journal)
    checklist = evaluate(
        record.journal,
        status.tonight,
        thresholds,
        iron_deficiency=record.iron_deficiency,
        plm_indexes={
            night: figures.index
            for night, figures in measured.items()
            if figures.index is not None
        },
        experiments=finished,
    )
    return CoachData(
        status=status,
        routine=routine,
        bedroom_c=bedroom_c,
        checklist=checklist,
        wind_down=steps_tonight(
            record.wind_down, record.journal, status.tonight, language
        ),
        limbs=limbs,
        context=context,
        experiment=outcome(journal, running, context, tonight)
        if running
        else next(iter(finished), None),
    )


def _recent_finished(
    record: SleeperRecord, tonight: date, wake_time: time
) -> list[Experiment]:
    """Return the experiments that ended within the checklist's window, and the last one."""
    journal = record.journal
    window_start = tonight - timedelta(days=NO_BETTER_WINDOW_NIGHTS - 1)
    return [
        experiment
        for index, experiment in enumerate(finished_experiments(journal))
        if index == 0
        or last_night(experiment, journal.tz, wake_time, tonight) >= window_start
    ]


def night_context(
    routine: Routine,
    custom: Mapping[str, str],
    measured: Mapping[date, NightFigures],
    *,
    in_bed: bool,
) -> NightContext:
    """Return what factors are about beyond the journal.

    Hours in bed are known only `in_bed`, with a bed sensor: without one a measured night's
    time in bed is bedtime to wake time, which says nothing of short sleep.
    """
    return NightContext(
        routine,
        custom=custom,
        in_bed_hours={
            night: figures.in_bed_ms / MS_PER_HOUR
            for night, figures in measured.items()
        }
        if in_bed
        else {},
        measured=frozenset(measured),
    )
