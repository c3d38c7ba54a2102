"""Tests of the checklist criterion no_better_after_changes: a kept change that did not help."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.sleep_twitch_coach.coach.checklist import (
    Criterion,
    Finding,
    Thresholds,
    evaluate,
)
from custom_components.sleep_twitch_coach.coach.events import (
    CalmNight,
    Experiment,
    FactorReport,
    Keep,
    Twitch,
)
from custom_components.sleep_twitch_coach.coach.experiments import (
    ExperimentVerdict,
    Outcome,
    outcome,
)
from custom_components.sleep_twitch_coach.coach.factors import Factor, NightContext
from custom_components.sleep_twitch_coach.coach.journal import Journal
from custom_components.sleep_twitch_coach.coach.nights import night_start
from custom_components.sleep_twitch_coach.coach.status import Routine

BERLIN = ZoneInfo("Europe/Berlin")
CONTEXT = NightContext(Routine())
FIRST = date(2026, 10, 1)
NO_BETTER = Criterion.NO_BETTER_AFTER_CHANGES


def at(night: date, hour: int) -> datetime:
    """Return an hour of a night: evening hours on its date, small hours the day after."""
    day = night if hour >= 12 else night + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN)


def night(offset: int) -> date:
    """Return the night `offset` nights after the experiment's first night."""
    return FIRST + timedelta(days=offset)


def ran(
    *,
    nights: int = 14,
    done: int | None = None,
    twitch_nights: int = 6,
    before: int = 7,
    slips: int = 0,
    keep: Keep = Keep.AVOID,
    factor: Factor = Factor.ALCOHOL,
) -> tuple[Journal, Experiment]:
    """Return a journal with an experiment that ran `done` of its `nights`.

    14 recorded nights before it with `before` twitch nights; during it every night recorded,
    the first `twitch_nights` with twitches, and the factor logged on `slips` nights
    (avoiding) or on all but `slips` nights (doing).
    """
    done = nights if done is None else done
    journal = Journal(BERLIN)
    for back in range(1, 15):
        journal.add(
            Twitch(time=at(night(-back), 23))
            if back <= before
            else CalmNight(time=at(night(-back), 8))
        )
    for offset in range(done):
        each = night(offset)
        journal.add(
            Twitch(time=at(each, 23))
            if offset < twitch_nights
            else CalmNight(time=at(each, 8))
        )
        slipped = offset < slips
        if slipped is (keep is Keep.AVOID):
            journal.add(FactorReport(time=at(each, 20), factor=factor))
    ended = (
        night_start(night(nights), BERLIN)
        if done == nights
        # Stopped the morning after its last night, once awake.
        else at(night(done - 1), 9)
    )
    change = Experiment(
        time=at(FIRST, 19), change=factor, keep=keep, nights=nights, ended=ended
    )
    journal.add(change)
    return journal, change


def finding(journal: Journal, change: Experiment, tonight: date) -> Finding:
    """Return the criterion's finding tonight, given the experiment's outcome."""
    item = outcome(journal, change, CONTEXT, tonight)
    checklist = evaluate(
        journal, tonight, Thresholds(), iron_deficiency=False, experiments=[item]
    )
    return next(each for each in checklist.findings if each.criterion is NO_BETTER)


def kept_outcome(journal: Journal, change: Experiment, tonight: date) -> Outcome:
    """Return the experiment's outcome tonight."""
    return outcome(journal, change, CONTEXT, tonight)


def test_a_kept_change_that_did_not_help_while_twitches_stayed_meets_it() -> None:
    """14 nights without alcohol, twitches on 6 (3 a week) after 7 of 14 before: met.

    The evidence names the change, its nights, the twitch nights and the adherence.
    """
    journal, change = ran()
    tonight = night(20)
    assert kept_outcome(journal, change, tonight).verdict is (
        ExperimentVerdict.NO_CLEAR_CHANGE
    )
    result = finding(journal, change, tonight)
    assert result.met
    assert result.evidence == {
        "change": "alcohol",
        "keep": "avoid",
        "first_night": "2026-10-01",
        "last_night": "2026-10-14",
        "nights_done": 14,
        "twitch_nights": 6,
        "adherence": 100,
    }
    checklist = evaluate(
        journal,
        tonight,
        Thresholds(),
        iron_deficiency=False,
        experiments=[kept_outcome(journal, change, tonight)],
    )
    assert {"criterion": "no_better_after_changes", **result.evidence} in (
        checklist.as_dicts()
    )


def test_a_change_that_made_it_worse_meets_it() -> None:
    """Twitches on 12 of 14 nights after 6 of 14 before: worse, and so not better."""
    journal, change = ran(twitch_nights=12, before=6)
    assert kept_outcome(journal, change, night(20)).verdict is ExperimentVerdict.WORSE
    assert finding(journal, change, night(20)).met


def test_a_change_to_do_something_counts_the_same() -> None:
    """Relaxing (keep: do) on 12 of 14 nights, twitches unchanged: met, 86 % kept."""
    journal, change = ran(keep=Keep.DO, slips=2, factor=Factor.RELAXATION)
    result = finding(journal, change, night(20))
    assert result.met
    assert (result.evidence["change"], result.evidence["keep"]) == ("relaxation", "do")
    assert result.evidence["adherence"] == 86


def test_a_change_that_helped_does_not_meet_it() -> None:
    """Twitches on 6 of 14 nights after 14 of 14: it helped, though 3 a week remain."""
    journal, change = ran(before=14)
    assert kept_outcome(journal, change, night(20)).verdict is ExperimentVerdict.HELPED
    assert finding(journal, change, night(20)) == Finding(NO_BETTER, False, {})


@pytest.mark.parametrize(
    ("nights", "done", "met"),
    [(13, 13, False), (14, 13, False), (20, 14, True), (14, 14, True)],
    ids=["planned 13", "stopped after 13", "stopped after 14", "planned 14"],
)
def test_it_needs_fourteen_nights_done(nights: int, done: int, met: bool) -> None:
    """A 13-night experiment, or one stopped after 13 nights, is too short."""
    journal, change = ran(nights=nights, done=done)
    result = finding(journal, change, night(done + 5))
    assert result.met is met
    if met:
        assert result.evidence["nights_done"] == done


@pytest.mark.parametrize(("after", "met"), [(27, True), (28, False)])
def test_it_needs_the_end_within_the_last_28_nights(after: int, met: bool) -> None:
    """The last night 27 nights before tonight is within the 28; 28 nights before is not."""
    journal, change = ran()
    assert finding(journal, change, night(13 + after)).met is met


@pytest.mark.parametrize(("slips", "met"), [(2, True), (3, False)])
def test_it_needs_the_change_kept_on_eighty_percent(slips: int, met: bool) -> None:
    """Alcohol on 2 of 14 nights is 86 % kept; on 3 it is 79 %, too low to count."""
    journal, change = ran(slips=slips)
    assert finding(journal, change, night(20)).met is met


@pytest.mark.parametrize(("twitch_nights", "met"), [(6, True), (5, False)])
def test_it_needs_twitches_on_three_nights_a_week(
    twitch_nights: int, met: bool
) -> None:
    """6 twitch nights in 14 are 3 a week; 5 are fewer (twitches did get better)."""
    journal, change = ran(twitch_nights=twitch_nights, before=twitch_nights)
    item = kept_outcome(journal, change, night(20))
    assert item.verdict is ExperimentVerdict.NO_CLEAR_CHANGE
    assert finding(journal, change, night(20)).met is met


def test_a_running_experiment_does_not_meet_it() -> None:
    """Twitches on every night of a running experiment: no verdict yet, not met."""
    journal, change = ran(nights=20, done=16, twitch_nights=16)
    running = Experiment(
        time=change.time, change=change.change, keep=change.keep, nights=20
    )
    journal.discard(change)
    journal.add(running)
    assert not finding(journal, running, night(16)).met


def test_no_experiment_meets_nothing() -> None:
    """Without experiments the criterion is not met and has no evidence."""
    checklist = evaluate(Journal(BERLIN), night(0), Thresholds(), iron_deficiency=False)
    assert Finding(NO_BETTER, False, {}) in checklist.findings
