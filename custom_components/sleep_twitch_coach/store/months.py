"""Storage's view of the journal: its events by month, and what changed in each.

The journal is kept on disk one file per month ("2026-11"), so that a press rewrites only its
month. An event's month is the month of its time in UTC, never of its night: the night moves
when Home Assistant's time zone changes, and an event whose file depended on it would be
written into a second file, or taken out of its first one, by the next write. This index
follows every change of a journal and says which months changed since they were written, and
how many of their events were removed on purpose.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from functools import cache

from ..coach.events import JournalEvent
from ..coach.journal import Journal


def month_of(moment: datetime) -> str:
    """Return the month an event at `moment` is kept in: its month in UTC, as "YYYY-MM"."""
    utc = moment.astimezone(UTC)
    return _month(utc.year, utc.month)


@cache
def _month(year: int, month: int) -> str:
    """Return a month's name (remembered: every event asks)."""
    return f"{year:04d}-{month:02d}"


@cache
def night_month(night: date) -> str:
    """Return the month a measured night is kept in, by its date, as "YYYY-MM"."""
    return night.isoformat()[:7]


class MonthIndex:
    """The events of one journal by month, in logging order, with counts of changes."""

    def __init__(self) -> None:
        """Start empty; `follow` a journal to fill it."""
        self._events: defaultdict[str, list[JournalEvent]] = defaultdict(list)
        self._changes: defaultdict[str, int] = defaultdict(int)
        self._removals: defaultdict[str, int] = defaultdict(int)

    def follow(self, journal: Journal) -> None:
        """Index a journal's events and every later change of it."""
        journal.listen(self._changed)

    def _changed(self, event: JournalEvent, _night: date, added: bool) -> None:
        month = month_of(event.time)
        self._changes[month] += 1
        if added:
            self._events[month].append(event)
            return
        events = self._events[month]
        for index in range(len(events) - 1, -1, -1):
            if events[index] is event:
                del events[index]
                break
        if not events:
            del self._events[month]
        self._removals[month] += 1

    def months(self) -> list[str]:
        """Return every month that has an event, oldest first."""
        return sorted(self._events)

    def events(self, month: str) -> list[JournalEvent]:
        """Return a month's events in logging order."""
        return list(self._events.get(month, ()))

    def size(self, month: str) -> int:
        """Return how many events a month holds."""
        return len(self._events.get(month, ()))

    def changes(self, month: str) -> int:
        """Return how often a month has changed, to tell whether it needs writing."""
        return self._changes[month]

    def removals(self, month: str) -> int:
        """Return how many events were removed from a month (undo, clear, retention)."""
        return self._removals[month]
