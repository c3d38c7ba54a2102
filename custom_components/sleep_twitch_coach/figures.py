"""What the entities of one sleeper show, computed from the record at one moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .coach.checklist import Checklist, Thresholds, evaluate
from .coach.limbs.nights import NightFigures
from .coach.limbs.tonight import LimbFigures
from .coach.status import Routine, Status, status_at
from .coach.wind_down import StepTonight, steps_tonight
from .store.journal import SleeperRecord


@dataclass(frozen=True, slots=True)
class CoachData:
    """Everything the entities of one sleeper show."""

    status: Status
    routine: Routine
    bedroom_c: float | None
    checklist: Checklist
    wind_down: tuple[StepTonight, ...]
    limbs: LimbFigures | None = None


def coach_data(
    record: SleeperRecord,
    routine: Routine,
    thresholds: Thresholds,
    now: datetime,
    *,
    bedroom_c: float | None,
    limbs: LimbFigures | None,
    measured: dict[date, NightFigures],
) -> CoachData:
    """Return the figures at `now`: status, checklist and tonight's wind-down steps."""
    status = status_at(record.journal, routine, now)
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
    )
    return CoachData(
        status=status,
        routine=routine,
        bedroom_c=bedroom_c,
        checklist=checklist,
        wind_down=steps_tonight(record.wind_down, record.journal, status.tonight),
        limbs=limbs,
    )
