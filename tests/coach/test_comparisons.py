"""Tests of the factor comparisons on recorded nights, and the report that shows them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from custom_components.sleep_twitch_coach.coach.checklist import Thresholds, evaluate
from custom_components.sleep_twitch_coach.coach.comparisons import (
    Comparison,
    compare_factors,
)
from custom_components.sleep_twitch_coach.coach.events import (
    CalmNight,
    RoutineStep,
    Twitch,
)
from custom_components.sleep_twitch_coach.coach.factors import NightContext
from custom_components.sleep_twitch_coach.coach.journal import Journal, journal_begins
from custom_components.sleep_twitch_coach.coach.nights import recent_nights
from custom_components.sleep_twitch_coach.coach.report.markdown import render_markdown
from custom_components.sleep_twitch_coach.coach.report.model import build_report
from custom_components.sleep_twitch_coach.coach.report.texts import texts_for
from custom_components.sleep_twitch_coach.coach.status import Routine

BERLIN = ZoneInfo("Europe/Berlin")
TONIGHT = date(2026, 11, 16)
CONTEXT = NightContext(Routine())


def at(night: date, hour: int) -> datetime:
    """Return an evening hour of a night."""
    return datetime(night.year, night.month, night.day, hour, tzinfo=BERLIN)


def compared(
    journal: Journal, nights: int = 28, begins: date | None = None
) -> dict[str, Comparison]:
    """Return the comparisons over the last `nights` nights from `begins`, by factor."""
    return {
        item.factor: item
        for item in compare_factors(
            journal,
            CONTEXT,
            (
                night
                for night in recent_nights(TONIGHT, nights)
                if begins is None or night >= begins
            ),
        )
    }


def test_wind_down_skipped_compares_recorded_nights_with_and_without_the_routine() -> (
    None
):
    """6 of 6 recorded nights without the routine had twitches, vs 1 of 20 with it.

    The 2 nights without the routine and without a twitch recorded nothing: they count on
    neither side.
    """
    journal = Journal(BERLIN)
    for back in range(28):
        night = TONIGHT - timedelta(days=back)
        skipped = back < 8
        if not skipped:
            journal.add(RoutineStep(time=at(night, 21), step="stretch"))
        if (skipped and back < 6) or back == 20:
            journal.add(Twitch(time=at(night, 23)))
    item = compared(journal)["wind_down_skipped"]
    assert (
        item.nights_with,
        item.twitch_nights_with,
        item.nights_without,
        item.twitch_nights_without,
    ) == (6, 6, 20, 1)
    assert item.verdict == "linked"
    assert item.interval is not None
    assert item.interval[0] > 0


def test_a_calm_night_answer_makes_a_night_recorded() -> None:
    """Two nights without a twitch: the one with a calm-night answer counts, the other not."""
    journal = Journal(
        BERLIN,
        [
            CalmNight(time=at(TONIGHT - timedelta(days=1), 23)),
            Twitch(time=at(TONIGHT - timedelta(days=3), 23)),
        ],
    )
    item = compared(journal)["caffeine_after_cutoff"]
    assert (item.nights_without, item.twitch_nights_without) == (2, 1)
    assert item.verdict == "not_enough_nights"


def test_only_nights_since_the_journal_began_count() -> None:
    """A journal begun 5 nights ago compares 5 nights, not 28, and says it is not enough."""
    journal = Journal(BERLIN)
    for back in range(5):
        night = TONIGHT - timedelta(days=back)
        journal.add(Twitch(time=at(night, 23)))
    begins = journal_begins(TONIGHT, journal.nights(), ())
    items = compared(journal, begins=begins)
    caffeine = items["caffeine_after_cutoff"]
    assert (caffeine.nights_with, caffeine.nights_without) == (0, 5)
    assert caffeine.twitch_nights_without == 5
    assert items["wind_down_skipped"].nights_with == 5
    assert {item.verdict for item in items.values()} == {"not_enough_nights"}


def test_a_journal_begun_tonight_with_nothing_logged_compares_nothing() -> None:
    """Added tonight, nothing logged yet: no night is recorded, so none is compared."""
    items = compared(Journal(BERLIN), begins=TONIGHT)
    assert {item.nights_with + item.nights_without for item in items.values()} == {0}


def test_nights_before_the_journal_began_are_not_compared() -> None:
    """A twitch back-filled 9 nights ago and one 40 nights ago: 28 nights hold only one."""
    journal = Journal(
        BERLIN,
        [
            Twitch(time=at(TONIGHT - timedelta(days=9), 23)),
            Twitch(time=at(TONIGHT - timedelta(days=40), 23)),
        ],
    )
    for item in compared(journal).values():
        if item.factor in ("caffeine_after_cutoff", "wind_down_skipped"):
            assert item.nights_with + item.nights_without == 1


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
        CONTEXT,
        checklist,
        TONIGHT,
        7,
        sleeper="Alex",
        unit="°C",
        to_display_unit=float,
        begins=TONIGHT - timedelta(days=6),
    )
    markdown = render_markdown(report, texts_for("en"))
    assert "- **Checklist criteria met:** 1\n" in markdown
    assert "- **Twitch nights:** 1 of 7\n" in markdown
    assert "| 2026-11-15 | 2 (23:00, 02:05) |" in markdown
    assert report.nights[1].twitch_times == ["23:00", "02:05"]
