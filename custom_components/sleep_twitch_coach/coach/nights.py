"""The sleep-night rule: every moment belongs to the night labelled by the evening's date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo

# Night D runs from noon on D to noon on D+1, local time.
NIGHT_BOUNDARY = time(12, 0)
ONE_DAY = timedelta(days=1)
# "The last 7 nights" are tonight's night and the six before it.
WEEK_NIGHTS = 7
# The moments a calendar holds with their nights in any time zone, and the nights around those
# (a week, a report's months): Python's calendar (years 1 to 9999) less a year at either end.
EARLIEST = datetime(2, 1, 1, tzinfo=UTC)
LATEST = datetime(9998, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)


def calendar_holds(moment: datetime) -> bool:
    """Return whether a moment's night, in any time zone, and the nights around it exist."""
    return EARLIEST <= moment <= LATEST


def calendar_holds_night(night: date) -> bool:
    """Return whether a night and the nights around it exist."""
    return EARLIEST.date() <= night <= LATEST.date()


def night_of(moment: datetime, tz: tzinfo) -> date:
    """Return the night (its evening's date) that a moment belongs to."""
    local = moment.astimezone(tz)
    day = local.date()
    # NIGHT_BOUNDARY is on the hour; comparing hours keeps loading years of events quick.
    return day if local.hour >= NIGHT_BOUNDARY.hour else day - ONE_DAY


def local_moment(day: date, clock: time, tz: tzinfo) -> datetime:
    """Return a local wall-clock time on a date as an aware UTC datetime."""
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def night_start(night: date, tz: tzinfo) -> datetime:
    """Return when a night starts (noon on its date), in UTC; DST-aware."""
    return local_moment(night, NIGHT_BOUNDARY, tz)


def night_end(night: date, tz: tzinfo) -> datetime:
    """Return when a night ends (noon the next day), in UTC; 23 to 25 hours after it starts."""
    return night_start(night + timedelta(days=1), tz)


def next_occurrence(after: datetime, clock: time, tz: tzinfo) -> datetime:
    """Return the first moment strictly after `after` whose local wall clock reads `clock`."""
    day = after.astimezone(tz).date()
    while (candidate := local_moment(day, clock, tz)) <= after:
        day += timedelta(days=1)
    return candidate


def first_after_night_start(night: date, clock: time, tz: tzinfo) -> datetime:
    """Return the first time `clock` is read during a night (22:30 on D, or 00:30 on D+1)."""
    day = night if clock >= NIGHT_BOUNDARY else night + timedelta(days=1)
    return local_moment(day, clock, tz)


def recent_nights(tonight: date, count: int = WEEK_NIGHTS) -> Iterator[date]:
    """Yield tonight and the nights before it, newest first."""
    for back in range(count):
        yield tonight - timedelta(days=back)
