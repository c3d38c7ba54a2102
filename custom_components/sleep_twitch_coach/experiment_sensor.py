"""The experiment sensor: the running experiment, else the last verdict."""

from __future__ import annotations

from dataclasses import asdict
from enum import StrEnum
from typing import Any

from .coach.events import Experiment
from .coach.experiments import ExperimentVerdict, Outcome
from .coach.report.model import experiment_row
from .figures import CoachData


class ExperimentState(StrEnum):
    """What the experiment sensor shows: running, or how the last one ended."""

    RUNNING = "running"
    HELPED = ExperimentVerdict.HELPED.value
    NO_CLEAR_CHANGE = ExperimentVerdict.NO_CLEAR_CHANGE.value
    WORSE = ExperimentVerdict.WORSE.value
    NO_BASELINE = ExperimentVerdict.NO_BASELINE.value


def experiment_state(data: CoachData) -> str | None:
    """Return "running", the last experiment's verdict, or None before any experiment."""
    if (item := data.experiment) is None:
        return None
    if item.verdict is None:
        return ExperimentState.RUNNING.value
    return item.verdict.value


def experiment_attributes(data: CoachData, _unit: str) -> dict[str, Any]:
    """Return the change, its nights, adherence, baseline and result."""
    if (item := data.experiment) is None or data.context is None:
        return {}
    return asdict(experiment_row(item, data.context.custom))


def experiment_ended(finished: Experiment, item: Outcome | None) -> dict[str, Any]:
    """Return what the bus event announcing an experiment's end carries."""
    verdict = None if item is None or item.verdict is None else item.verdict.value
    return {
        "kind": "experiment_ended",
        "change": finished.change,
        "keep": finished.keep.value,
        "nights_planned": finished.nights,
        "nights_done": None if item is None else item.nights_done,
        "adherence": None
        if item is None or item.adherence is None
        else round(item.adherence, 2),
        "verdict": verdict,
    }
