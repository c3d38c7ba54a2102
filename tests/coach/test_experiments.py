"""Tests of experiments: baseline, adherence, nights done, verdicts, running and finished."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.sleep_twitch_coach.coach.events import (
    BedtimeSnapshot,
    CalmNight,
    Experiment,
    FactorReport,
    Keep,
    Twitch,
)
from custom_components.sleep_twitch_coach.coach.experiments import (
    ExperimentVerdict,
    Outcome,
    finished_experiments,
    outcome,
    running_experiment,
)
from custom_components.sleep_twitch_coach.coach.factors import Factor, NightContext
from custom_components.sleep_twitch_coach.coach.journal import Journal
from custom_components.sleep_twitch_coach.coach.nights import night_start
from custom_components.sleep_twitch_coach.coach.stats import (
    difference_interval,
    fisher_exact,
)
from custom_components.sleep_twitch_coach.coach.status import Routine

BERLIN = ZoneInfo("Europe/Berlin")
# The first night of the experiments below.
FIRST = date(2026, 10, 1)
CONTEXT = NightContext(Routine())


def at(night: date, hour: int) -> datetime:
    """Return an hour of a night: evening hours on its date, small hours the day after."""
    day = night if hour >= 12 else night + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN)


def night(offset: int) -> date:
    """Return the night `offset` nights after the first night (before it when negative)."""
    return FIRST + timedelta(days=offset)


def record(journal: Journal, nights: Iterable[date], twitched: Iterable[bool]) -> None:
    """Record each night as a twitch night or, through a calm-night answer, a calm one."""
    for each, twitch in zip(nights, twitched, strict=True):
        journal.add(
            Twitch(time=at(each, 23)) if twitch else CalmNight(time=at(each, 8))
        )


def pattern(twitch_nights: int, nights: int) -> list[bool]:
    """Return `nights` nights of which the first `twitch_nights` had twitches."""
    return [index < twitch_nights for index in range(nights)]


def baseline_nights(count: int) -> list[date]:
    """Return the `count` nights just before the first night, newest first."""
    return [night(-back) for back in range(1, count + 1)]


def experiment_nights(count: int) -> list[date]:
    """Return the first `count` nights of the experiment."""
    return [night(offset) for offset in range(count)]


def experiment(
    change: str = Factor.ALCOHOL,
    keep: Keep = Keep.AVOID,
    nights: int = 14,
    ended: datetime | None = None,
) -> Experiment:
    """Return an experiment started on the first night's evening."""
    return Experiment(
        time=at(FIRST, 20), change=change, keep=keep, nights=nights, ended=ended
    )


def at_planned_end(nights: int = 14) -> datetime:
    """Return when the coordinator ends an experiment: at the start of the night after it."""
    return night_start(night(nights), BERLIN)


def finished(
    baseline: list[bool], during: list[bool], nights: int = 14
) -> tuple[Journal, Outcome]:
    """Return a journal and the outcome of an experiment that ran its nights to the end."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(len(baseline)), baseline)
    record(journal, experiment_nights(len(during)), during)
    done = experiment(nights=nights, ended=at_planned_end(nights))
    journal.add(done)
    return journal, outcome(journal, done, CONTEXT, night(nights + 3))


# Baseline


def test_the_baseline_is_as_many_recorded_nights_before_the_start() -> None:
    """A 14-night experiment compares with the 14 nearest recorded nights before it.

    Nights -11 to -13 recorded nothing and are passed over; nights further back than the
    fourteenth recorded one are not counted.
    """
    journal = Journal(BERLIN)
    record(journal, [night(-back) for back in range(1, 11)], [True] * 10)
    record(journal, [night(-back) for back in range(14, 18)], [False] * 4)
    record(journal, [night(-back) for back in range(18, 30)], [True] * 12)
    item = outcome(journal, experiment(), CONTEXT, FIRST)
    assert item.baseline is not None
    assert (item.baseline.nights, item.baseline.twitch_nights) == (14, 10)
    seven = outcome(journal, experiment(nights=7), CONTEXT, FIRST)
    assert seven.baseline is not None
    assert (seven.baseline.nights, seven.baseline.twitch_nights) == (7, 7)


def test_fewer_recorded_nights_than_planned_but_seven_make_a_baseline() -> None:
    """A 30-night experiment with 9 recorded nights before it compares with those 9."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(9), pattern(3, 9))
    item = outcome(journal, experiment(nights=30), CONTEXT, FIRST)
    assert item.baseline is not None
    assert (item.baseline.nights, item.baseline.twitch_nights) == (9, 3)


def test_fewer_than_seven_recorded_nights_before_is_no_baseline() -> None:
    """Six recorded nights before the start: no baseline, no test, verdict no_baseline."""
    journal, item = finished(pattern(6, 6), pattern(0, 14))
    assert item.baseline is None
    assert (item.p_value, item.interval, item.difference) == (None, None, None)
    assert item.verdict is ExperimentVerdict.NO_BASELINE
    assert item.during.nights == 14


def test_seven_recorded_nights_before_make_a_baseline() -> None:
    """Seven recorded nights are enough; the night the experiment starts is not one."""
    journal, item = finished(pattern(7, 7), pattern(0, 14))
    assert item.baseline is not None
    assert (item.baseline.nights, item.baseline.twitch_nights) == (7, 7)
    assert item.verdict is ExperimentVerdict.HELPED


# Adherence


def test_adherence_to_avoiding_counts_the_recorded_nights_without_the_factor() -> None:
    """Alcohol on 2 of 10 recorded nights: kept on 8, 80 %, not low; unrecorded nights skip."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(14), pattern(5, 14))
    # Nights 10 to 13 recorded nothing.
    record(journal, experiment_nights(10), pattern(4, 10))
    for offset in (2, 7):
        journal.add(
            FactorReport(time=at(night(offset), 20), factor=Factor.ALCOHOL, amount=2)
        )
    item = outcome(journal, experiment(ended=at_planned_end()), CONTEXT, night(20))
    assert (item.during.nights, item.nights_kept) == (10, 8)
    assert item.adherence == pytest.approx(0.8)
    assert not item.low_adherence
    assert item.nights_done == 14


def test_adherence_to_doing_counts_the_recorded_nights_with_the_factor() -> None:
    """Relaxation on 7 of 10 recorded nights: 70 %, low adherence."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(14), pattern(5, 14))
    record(journal, experiment_nights(10), pattern(4, 10))
    for offset in range(7):
        journal.add(FactorReport(time=at(night(offset), 21), factor=Factor.RELAXATION))
    change = experiment(Factor.RELAXATION, Keep.DO, nights=10, ended=at_planned_end(10))
    item = outcome(journal, change, CONTEXT, night(20))
    assert (item.during.nights, item.nights_kept) == (10, 7)
    assert item.adherence == pytest.approx(0.7)
    assert item.low_adherence


def test_nights_where_the_factor_is_unknown_are_not_kept() -> None:
    """Avoiding too little water: 6 nights with 2.5 litres, 4 with no water logged: 60 %."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(10), pattern(5, 10))
    record(journal, experiment_nights(10), pattern(3, 10))
    for offset in range(6):
        journal.add(
            FactorReport(time=at(night(offset), 15), factor=Factor.WATER, amount=2.5)
        )
    change = experiment(Factor.WATER, Keep.AVOID, nights=10, ended=at_planned_end(10))
    item = outcome(journal, change, CONTEXT, night(20))
    assert (item.during.nights, item.nights_kept) == (10, 6)
    assert item.low_adherence


def test_a_cool_bedroom_is_kept_only_on_nights_with_a_cool_reading() -> None:
    """Avoiding a warm bedroom: 5 cool readings, 2 warm, 3 nights without a reading."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(10), pattern(5, 10))
    record(journal, experiment_nights(10), pattern(3, 10))
    for offset in range(7):
        celsius = 17.5 if offset < 5 else 22.0
        journal.add(BedtimeSnapshot(time=at(night(offset), 22), temperature_c=celsius))
    change = experiment(Factor.BEDROOM_TOO_WARM, nights=10, ended=at_planned_end(10))
    assert outcome(journal, change, CONTEXT, night(20)).nights_kept == 5


def test_no_recorded_night_during_is_no_adherence() -> None:
    """Nothing recorded during an experiment: no adherence, low, and no test."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(14), pattern(5, 14))
    item = outcome(journal, experiment(ended=at_planned_end()), CONTEXT, night(20))
    assert item.adherence is None
    assert item.low_adherence
    assert item.p_value is None
    assert item.verdict is ExperimentVerdict.NO_CLEAR_CHANGE


# Verdicts


@pytest.mark.parametrize(
    ("before", "during", "verdict"),
    [
        # Fisher's p for 12 of 14 against 6 of 14 is 0.046, for 11 against 5 it is 0.054.
        (12, 6, ExperimentVerdict.HELPED),
        (11, 5, ExperimentVerdict.NO_CLEAR_CHANGE),
        (6, 12, ExperimentVerdict.WORSE),
        (5, 11, ExperimentVerdict.NO_CLEAR_CHANGE),
        (7, 7, ExperimentVerdict.NO_CLEAR_CHANGE),
    ],
)
def test_the_verdict_is_fishers_test_at_five_percent(
    before: int, during: int, verdict: ExperimentVerdict
) -> None:
    """Twitch nights of 14 before against 14 during; helped or worse only when p < 0.05."""
    _, item = finished(pattern(before, 14), pattern(during, 14))
    assert item.verdict is verdict
    assert item.p_value == fisher_exact(during, 14 - during, before, 14 - before)
    assert (item.p_value < 0.05) is (verdict in ("helped", "worse"))
    assert item.interval == difference_interval(during, 14, before, 14)
    assert item.difference == pytest.approx((during - before) / 14)


def test_a_verdict_with_low_adherence_says_so() -> None:
    """An experiment that helped while the change was kept on 11 of 14 nights: low."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(14), pattern(14, 14))
    record(journal, experiment_nights(14), pattern(2, 14))
    for offset in (3, 5, 9):
        journal.add(FactorReport(time=at(night(offset), 20), factor=Factor.ALCOHOL))
    item = outcome(journal, experiment(ended=at_planned_end()), CONTEXT, night(20))
    assert item.verdict is ExperimentVerdict.HELPED
    assert item.adherence == pytest.approx(11 / 14)
    assert item.low_adherence


# Nights done


@pytest.mark.parametrize(("tonight", "done"), [(0, 0), (1, 1), (5, 5), (13, 13)])
def test_nights_done_while_running_leave_tonight_out(tonight: int, done: int) -> None:
    """On its first night none is done; on its last night 13 of 14 are."""
    journal = Journal(BERLIN)
    running = experiment()
    journal.add(running)
    item = outcome(journal, running, CONTEXT, night(tonight))
    assert item.running
    assert item.verdict is None
    assert item.nights_done == done
    assert item.last_night == night(tonight)
    assert item.planned_last_night == night(13)


def test_nights_done_of_a_running_experiment_past_its_last_night() -> None:
    """Still running the night after its last one: all 14 nights are done."""
    journal = Journal(BERLIN)
    running = experiment()
    journal.add(running)
    item = outcome(journal, running, CONTEXT, night(15))
    assert item.last_night == night(13)
    assert item.nights_done == 14


def test_nights_done_after_the_planned_end() -> None:
    """Ended at the start of the night after its last: 14 of 14, however late it is read."""
    journal, item = finished(pattern(5, 14), pattern(5, 14))
    assert not item.running
    assert (item.nights_done, item.last_night) == (14, night(13))
    assert item.planned_last_night == night(13)


def test_nights_done_when_stopped_early() -> None:
    """Stopped the morning after night 4: 5 nights done, the later nights not counted."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(14), pattern(7, 14))
    record(journal, experiment_nights(10), pattern(10, 10))
    stopped = experiment(ended=at(night(4), 9))
    journal.add(stopped)
    item = outcome(journal, stopped, CONTEXT, night(20))
    assert (item.nights_done, item.last_night) == (5, night(4))
    assert item.planned_last_night == night(13)
    assert (item.during.nights, item.during.twitch_nights) == (5, 5)
    assert item.verdict is ExperimentVerdict.NO_CLEAR_CHANGE


def test_stopped_the_morning_after_its_first_night() -> None:
    """Stopped after sleeping its first night: one night done."""
    journal = Journal(BERLIN)
    stopped = experiment(ended=at(FIRST, 8))
    journal.add(stopped)
    assert outcome(journal, stopped, CONTEXT, night(3)).nights_done == 1


def test_stopping_in_the_evening_does_not_count_the_night_ahead() -> None:
    """At 21:00 on night 4, 4 nights are done; stopping then leaves them at 4."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(14), pattern(7, 14))
    running = experiment()
    journal.add(running)
    assert outcome(journal, running, CONTEXT, night(4)).nights_done == 4
    journal.discard(running)
    stopped = experiment(ended=at(night(4), 21))
    journal.add(stopped)
    # Later that night a twitch is logged: after the experiment ended.
    journal.add(Twitch(time=at(night(4), 23)))
    item = outcome(journal, stopped, CONTEXT, night(4))
    assert (item.nights_done, item.during.twitch_nights) == (4, 0)


def test_an_experiment_started_in_the_morning_begins_with_the_coming_night() -> None:
    """Alcohol last evening, the experiment started at 09:00: its first night is tonight."""
    journal = Journal(BERLIN)
    record(journal, baseline_nights(14), pattern(7, 14))
    journal.add(FactorReport(time=at(night(0), 20), factor=Factor.ALCOHOL))
    started = Experiment(
        time=at(night(0), 9), change=Factor.ALCOHOL, keep=Keep.AVOID, nights=14
    )
    journal.add(started)
    item = outcome(journal, started, CONTEXT, night(1))
    assert item.first_night == night(1)
    assert item.nights_kept == item.during.nights


# Running and finished


def test_the_running_experiment_is_the_one_not_ended() -> None:
    """Two ended and one running: that one; once it ends, none."""
    journal = Journal(BERLIN)
    assert running_experiment(journal) is None
    journal.add(
        Experiment(
            time=at(night(-40), 20),
            change="alcohol",
            keep=Keep.AVOID,
            nights=14,
            ended=at(night(-27), 12),
        )
    )
    journal.add(
        Experiment(
            time=at(night(-20), 20),
            change="stress",
            keep=Keep.AVOID,
            nights=7,
            ended=at(night(-15), 21),
        )
    )
    assert running_experiment(journal) is None
    running = experiment(Factor.RELAXATION, Keep.DO)
    journal.add(running)
    assert running_experiment(journal) is running
    position = journal.discard(running)
    journal.add(
        Experiment(
            time=running.time,
            change=running.change,
            keep=running.keep,
            nights=running.nights,
            ended=at(night(2), 21),
        ),
        position,
    )
    assert running_experiment(journal) is None


def test_finished_experiments_are_newest_first() -> None:
    """By their start, newest first, whatever order they were logged in; none running."""
    journal = Journal(BERLIN)
    middle = Experiment(
        time=at(night(-30), 20),
        change="stress",
        keep=Keep.AVOID,
        nights=7,
        ended=at(night(-23), 12),
    )
    oldest = Experiment(
        time=at(night(-60), 20),
        change="alcohol",
        keep=Keep.AVOID,
        nights=14,
        ended=at(night(-46), 12),
    )
    newest = Experiment(
        time=at(night(-10), 20),
        change="water",
        keep=Keep.AVOID,
        nights=7,
        ended=at(night(-3), 12),
    )
    for item in (middle, oldest, newest, experiment()):
        journal.add(item)
    assert finished_experiments(journal) == [newest, middle, oldest]
