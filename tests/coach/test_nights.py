"""Tests of the sleep-night rule."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from custom_components.sleep_twitch_coach.coach.nights import (
    first_after_night_start,
    next_occurrence,
    night_end,
    night_of,
    night_start,
    recent_nights,
)

BERLIN = ZoneInfo("Europe/Berlin")


def local(*args: int) -> datetime:
    """Return a Berlin wall-clock time."""
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


def test_a_twitch_after_midnight_belongs_to_the_evening_before() -> None:
    """01:30 on Tuesday is Monday's night; noon starts the next night."""
    assert night_of(local(2026, 11, 17, 1, 30), BERLIN) == date(2026, 11, 16)
    assert night_of(local(2026, 11, 17, 11, 59, 59), BERLIN) == date(2026, 11, 16)
    assert night_of(local(2026, 11, 17, 12, 0), BERLIN) == date(2026, 11, 17)
    assert night_of(local(2026, 11, 16, 23, 0), BERLIN) == date(2026, 11, 16)


def test_night_of_uses_local_time_not_utc() -> None:
    """11:30 UTC is 12:30 in Berlin in winter: already the new night."""
    moment = datetime(2026, 11, 17, 11, 30, tzinfo=UTC)
    assert night_of(moment, BERLIN) == date(2026, 11, 17)
    assert night_of(moment, UTC) == date(2026, 11, 16)


def test_nights_around_dst_changes_last_23_or_25_hours() -> None:
    """Spring forward shortens a night, fall back lengthens one."""
    spring = date(2026, 3, 28)
    autumn = date(2026, 10, 24)
    normal = date(2026, 11, 16)
    assert night_end(spring, BERLIN) - night_start(spring, BERLIN) == timedelta(
        hours=23
    )
    assert night_end(autumn, BERLIN) - night_start(autumn, BERLIN) == timedelta(
        hours=25
    )
    assert night_end(normal, BERLIN) - night_start(normal, BERLIN) == timedelta(
        hours=24
    )
    assert night_start(normal, BERLIN) == datetime(2026, 11, 16, 11, 0, tzinfo=UTC)


def test_next_occurrence_is_strictly_after() -> None:
    """The next 22:30 after 22:30 is the following day's."""
    at = local(2026, 11, 16, 22, 30)
    assert next_occurrence(at, time(22, 30), BERLIN) == local(2026, 11, 17, 22, 30)
    assert next_occurrence(at, time(23, 0), BERLIN) == local(2026, 11, 16, 23, 0)
    assert next_occurrence(at, time(7, 0), BERLIN) == local(2026, 11, 17, 7, 0)


def test_first_after_night_start_handles_bedtimes_after_midnight() -> None:
    """A 00:30 bedtime of Monday's night is early on Tuesday."""
    monday = date(2026, 11, 16)
    assert first_after_night_start(monday, time(22, 30), BERLIN) == local(
        2026, 11, 16, 22, 30
    )
    assert first_after_night_start(monday, time(0, 30), BERLIN) == local(
        2026, 11, 17, 0, 30
    )


def test_recent_nights_are_tonight_and_the_six_before() -> None:
    """The last 7 nights include tonight."""
    nights = list(recent_nights(date(2026, 11, 16)))
    assert nights[0] == date(2026, 11, 16)
    assert nights[-1] == date(2026, 11, 10)
    assert len(nights) == 7
