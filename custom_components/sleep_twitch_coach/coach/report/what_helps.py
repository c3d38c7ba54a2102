"""What helps, as the report shows it: factor comparisons and experiments, rounded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..comparisons import compare_factors
from ..experiments import (
    Outcome,
    Rates,
    finished_experiments,
    outcome,
    running_experiment,
)
from ..factors import FactorsOf, NightContext
from ..journal import Journal
from ..nights import recent_nights


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


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _interval(interval: tuple[float, float] | None) -> list[float] | None:
    return None if interval is None else [round(bound, 4) for bound in interval]


def factor_rows(
    journal: Journal,
    context: NightContext,
    tonight: date,
    nights: int,
    *,
    begins: date,
    factors_of: FactorsOf,
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
            factors_of,
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
