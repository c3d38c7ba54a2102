"""Tests of the report's trigger insights."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from custom_components.sleep_twitch_coach.coach.checklist import Thresholds, evaluate
from custom_components.sleep_twitch_coach.coach.events import RoutineStep, Twitch
from custom_components.sleep_twitch_coach.coach.journal import Journal, journal_begins
from custom_components.sleep_twitch_coach.coach.report.markdown import render_markdown
from custom_components.sleep_twitch_coach.coach.report.model import (
    build_report,
    trigger_insights,
)
from custom_components.sleep_twitch_coach.coach.report.texts import texts_for
from custom_components.sleep_twitch_coach.coach.status import Routine

BERLIN = ZoneInfo("Europe/Berlin")
TONIGHT = date(2026, 11, 16)


def at(night: date, hour: int) -> datetime:
    """Return an evening hour of a night."""
    return datetime(night.year, night.month, night.day, hour, tzinfo=BERLIN)


def test_wind_down_skipped_compares_nights_with_and_without_the_routine() -> None:
    """6 of 8 nights without the routine had twitches, vs 1 of 20 with it."""
    journal = Journal(BERLIN)
    for back in range(28):
        night = TONIGHT - timedelta(days=back)
        skipped = back < 8
        if not skipped:
            journal.add(RoutineStep(time=at(night, 21), step="stretch"))
        if (skipped and back < 6) or back == 20:
            journal.add(Twitch(time=at(night, 23)))
    insight = next(
        asdict(item)
        for item in trigger_insights(journal, Routine(), TONIGHT)
        if item.trigger == "wind_down_skipped"
    )
    assert insight == {
        "trigger": "wind_down_skipped",
        "nights_with": 8,
        "twitch_nights_with": 6,
        "nights_without": 20,
        "twitch_nights_without": 1,
        "enough_nights": True,
    }


def test_only_nights_since_the_journal_began_count() -> None:
    """A journal begun 5 nights ago compares 5 nights, not 28, and says it is not enough."""
    journal = Journal(BERLIN)
    for back in range(5):
        night = TONIGHT - timedelta(days=back)
        journal.add(Twitch(time=at(night, 23)))
    begins = journal_begins(TONIGHT, journal.nights(), ())
    insights = {
        item.trigger: asdict(item)
        for item in trigger_insights(journal, Routine(), TONIGHT, begins)
    }
    assert insights["caffeine_after_cutoff"] == {
        "trigger": "caffeine_after_cutoff",
        "nights_with": 0,
        "twitch_nights_with": 0,
        "nights_without": 5,
        "twitch_nights_without": 5,
        "enough_nights": False,
    }
    assert insights["wind_down_skipped"]["nights_with"] == 5
    assert not any(item["enough_nights"] for item in insights.values())


def test_a_journal_begun_tonight_compares_tonight_only() -> None:
    """Added tonight, nothing logged yet: at most tonight is compared, and it is not enough."""
    compared = {
        item.trigger: item.nights_with + item.nights_without
        for item in trigger_insights(Journal(BERLIN), Routine(), TONIGHT, TONIGHT)
        if item.enough_nights is False
    }
    # No bedtime snapshot tonight: whether the bedroom was too warm is not known.
    assert compared == {
        "caffeine_after_cutoff": 1,
        "late_exercise": 1,
        "bedroom_too_warm": 0,
        "wind_down_skipped": 1,
    }


def test_nights_before_the_journal_began_are_not_compared() -> None:
    """A sleeper added 3 nights ago, one twitch back-filled 9 nights ago: 10 nights, not 28.

    The nights between the back-filled one and the sleeper's adding count, calm or not.
    """
    twitched = TONIGHT - timedelta(days=9)
    journal = Journal(BERLIN, [Twitch(time=at(twitched, 23))])
    begins = journal_begins(TONIGHT - timedelta(days=3), journal.nights(), ())
    assert begins == twitched
    for item in trigger_insights(journal, Routine(), TONIGHT, begins):
        if item.trigger != "bedroom_too_warm":
            assert item.nights_with + item.nights_without == 10
            assert item.twitch_nights_with + item.twitch_nights_without == 1


def test_the_markdown_has_the_summary_and_twitch_times() -> None:
    """One criterion met, and each night's twitches with their local times in night order."""
    night = TONIGHT - timedelta(days=1)
    journal = Journal(
        BERLIN,
        [
            Twitch(time=at(night, 23)),
            Twitch(time=datetime(2026, 11, 16, 2, 5, tzinfo=BERLIN)),
        ],
    )
    checklist = evaluate(journal, TONIGHT, Thresholds(), iron_deficiency=True)
    report = build_report(
        journal,
        Routine(),
        checklist,
        TONIGHT,
        7,
        sleeper="Alex",
        unit="°C",
        to_display_unit=float,
    )
    markdown = render_markdown(report, texts_for("en"))
    assert "- **Checklist criteria met:** 1\n" in markdown
    assert "- **Twitch nights:** 1 of 7\n" in markdown
    assert "| 2026-11-15 | 2 (23:00, 02:05) |" in markdown
    assert report.nights[1].twitch_times == ["23:00", "02:05"]
