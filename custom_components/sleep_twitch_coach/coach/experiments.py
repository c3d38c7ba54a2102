"""Experiments: keep one change for a number of nights, and see whether twitch nights fell.

The nights of an experiment are compared with as many recorded nights before it (its
baseline) by Fisher's exact test; adherence is the share of its recorded nights on which the
change was kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from .events import EventKind, Experiment, Keep
from .factors import NightContext, is_recorded, night_factors
from .journal import Journal
from .nights import local_moment, night_of
from .stats import difference_interval, fisher_exact

DEFAULT_EXPERIMENT_NIGHTS = 14
MIN_EXPERIMENT_NIGHTS = 7
MAX_EXPERIMENT_NIGHTS = 60
# Fewer recorded nights than this before the start: "no baseline yet".
MIN_BASELINE_NIGHTS = 7
# A change kept on fewer of the recorded nights than this: the verdict says so.
ADHERENCE_TARGET = 0.8
SIGNIFICANCE = 0.05
# How far before its start an experiment looks for recorded nights of its baseline.
BASELINE_LOOKBACK_NIGHTS = 365


class ExperimentVerdict(StrEnum):
    """How an experiment ended."""

    HELPED = "helped"
    NO_CLEAR_CHANGE = "no_clear_change"
    WORSE = "worse"
    NO_BASELINE = "no_baseline"


@dataclass(frozen=True, slots=True)
class Rates:
    """Recorded nights and twitch nights among them."""

    nights: int
    twitch_nights: int

    @property
    def rate(self) -> float | None:
        """Return the share of twitch nights."""
        return self.twitch_nights / self.nights if self.nights else None


@dataclass(frozen=True, slots=True)
class Outcome:
    """Where an experiment stands, or how it ended."""

    experiment: Experiment
    first_night: date
    # The planned last night, and the last night counted (earlier when stopped early).
    planned_last_night: date
    last_night: date
    nights_done: int
    nights_kept: int
    baseline: Rates | None
    during: Rates
    p_value: float | None
    interval: tuple[float, float] | None
    # None while it runs.
    verdict: ExperimentVerdict | None

    @property
    def running(self) -> bool:
        """Return whether the experiment still runs."""
        return self.experiment.ended is None

    @property
    def adherence(self) -> float | None:
        """Return the share of recorded nights on which the change was kept."""
        nights = self.during.nights
        return self.nights_kept / nights if nights else None

    @property
    def low_adherence(self) -> bool:
        """Return whether the change was kept on too few nights to trust the verdict."""
        return (self.adherence or 0.0) < ADHERENCE_TARGET

    @property
    def difference(self) -> float | None:
        """Return the twitch-night rate during minus before."""
        if (
            self.baseline is None
            or self.baseline.rate is None
            or self.during.rate is None
        ):
            return None
        return self.during.rate - self.baseline.rate


def running_experiment(journal: Journal) -> Experiment | None:
    """Return the experiment that runs, if any (there is at most one)."""
    for event in reversed(journal.of_kind(EventKind.EXPERIMENT)):
        if isinstance(event, Experiment) and event.ended is None:
            return event
    return None


def finished_experiments(journal: Journal) -> list[Experiment]:
    """Return the experiments that ended, newest first."""
    return sorted(
        (
            event
            for event in journal.of_kind(EventKind.EXPERIMENT)
            if isinstance(event, Experiment) and event.ended is not None
        ),
        key=lambda event: event.time,
        reverse=True,
    )


def slept_by(moment: datetime, tz: tzinfo, wake_time: time) -> date:
    """Return the last night slept by `moment`: its own night once its wake time has passed."""
    night = night_of(moment, tz)
    woke = local_moment(night + timedelta(days=1), wake_time, tz)
    return night if moment >= woke else night - timedelta(days=1)


def first_night(experiment: Experiment, tz: tzinfo, wake_time: time) -> date:
    """Return an experiment's first night: the first one not yet slept when it started.

    Started in the evening, tonight; started in the morning, the coming night, not the one
    just slept (whose evening's factors were logged before the change began).
    """
    return slept_by(experiment.time, tz, wake_time) + timedelta(days=1)


def planned_last_night(experiment: Experiment, tz: tzinfo, wake_time: time) -> date:
    """Return the last night an experiment was planned to run."""
    return first_night(experiment, tz, wake_time) + timedelta(
        days=experiment.nights - 1
    )


def last_night(
    experiment: Experiment, tz: tzinfo, wake_time: time, tonight: date
) -> date:
    """Return the last night an experiment counts.

    While it runs, tonight (so far); once ended, the last night slept before its end (a stop
    in the evening leaves the night ahead out), never past the planned last night.
    """
    planned = planned_last_night(experiment, tz, wake_time)
    if experiment.ended is None:
        return min(tonight, planned)
    return min(slept_by(experiment.ended, tz, wake_time), planned)


def outcome(
    journal: Journal,
    experiment: Experiment,
    context: NightContext,
    tonight: date,
) -> Outcome:
    """Return how an experiment stands at `tonight`, or how it ended."""
    tz, wake_time = journal.tz, context.routine.wake_time
    first = first_night(experiment, tz, wake_time)
    planned_last = planned_last_night(experiment, tz, wake_time)
    last = last_night(experiment, tz, wake_time, tonight)
    if experiment.ended is None:
        # Tonight is not done while the experiment runs.
        nights_done = min(experiment.nights, max(0, (tonight - first).days))
    else:
        nights_done = max(0, (last - first).days + 1)
    during = [
        night
        for night in _nights(first, last)
        if is_recorded(journal, night, context.measured)
    ]
    keys = (experiment.change,)
    wanted = experiment.keep is Keep.DO
    kept = sum(
        night_factors(journal, night, context, keys).get(experiment.change) is wanted
        for night in during
    )
    during_rates = _rates(journal, during)
    baseline = _baseline(journal, first, experiment.nights, context)
    p_value = interval = None
    if baseline is not None and during_rates.nights:
        p_value = fisher_exact(
            during_rates.twitch_nights,
            during_rates.nights - during_rates.twitch_nights,
            baseline.twitch_nights,
            baseline.nights - baseline.twitch_nights,
        )
        interval = difference_interval(
            during_rates.twitch_nights,
            during_rates.nights,
            baseline.twitch_nights,
            baseline.nights,
        )
    return Outcome(
        experiment=experiment,
        first_night=first,
        planned_last_night=planned_last,
        last_night=last,
        nights_done=nights_done,
        nights_kept=kept,
        baseline=baseline,
        during=during_rates,
        p_value=p_value,
        interval=interval,
        verdict=None
        if experiment.ended is None
        else _verdict(baseline, during_rates, p_value),
    )


def _nights(first: date, last: date) -> list[date]:
    return [first + timedelta(days=day) for day in range((last - first).days + 1)]


def _rates(journal: Journal, nights: list[date]) -> Rates:
    return Rates(len(nights), sum(bool(journal.twitches(night)) for night in nights))


def _baseline(
    journal: Journal, first: date, count: int, context: NightContext
) -> Rates | None:
    """Return the `count` recorded nights before `first`; None with fewer than 7."""
    found: list[date] = []
    night = first
    for _ in range(BASELINE_LOOKBACK_NIGHTS):
        night -= timedelta(days=1)
        if is_recorded(journal, night, context.measured):
            found.append(night)
            if len(found) == count:
                break
    if len(found) < MIN_BASELINE_NIGHTS:
        return None
    return _rates(journal, found)


def _verdict(
    baseline: Rates | None, during: Rates, p_value: float | None
) -> ExperimentVerdict:
    if baseline is None:
        return ExperimentVerdict.NO_BASELINE
    if p_value is None or p_value >= SIGNIFICANCE:
        return ExperimentVerdict.NO_CLEAR_CHANGE
    before = baseline.twitch_nights * during.nights
    now = during.twitch_nights * baseline.nights
    return ExperimentVerdict.HELPED if now < before else ExperimentVerdict.WORSE
