"""The journal of one sleeper: an append-only list of events, indexed by sleep night."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from typing import cast

from .events import Event, EventKind, Twitch
from .nights import night_of, recent_nights


class Journal:
    """Events in the order they were logged, with a per-night index for queries."""

    def __init__(self, tz: tzinfo, events: Iterable[Event] = ()) -> None:
        """Index the given events in the given time zone."""
        self.tz = tz
        self._events: list[Event] = []
        self._nights: defaultdict[date, list[Event]] = defaultdict(list)
        # The nights in order, kept until a night comes or goes: queries run on every change.
        self._sorted_nights: list[date] | None = None
        self._kinds: defaultdict[EventKind, list[Event]] = defaultdict(list)
        # Each night's events of each kind: the figures ask for tonight's twitches on every change.
        self._night_kinds: defaultdict[tuple[date, EventKind], list[Event]] = (
            defaultdict(list)
        )
        # Months of nights ("2026-11"), each in logging order, with a count of changes, so that
        # storage can write only the months that changed.
        self._months: defaultdict[str, list[Event]] = defaultdict(list)
        self._month_changes: defaultdict[str, int] = defaultdict(int)
        # How many events each month lost by a removal, so storage can tell a removal from a loss.
        self._month_removals: defaultdict[str, int] = defaultdict(int)
        for event in events:
            self.add(event)

    def __len__(self) -> int:
        """Return how many events the journal holds."""
        return len(self._events)

    @property
    def events(self) -> Sequence[Event]:
        """Return the events in the order they were logged."""
        return self._events

    def add(self, event: Event, position: int | None = None) -> date:
        """Append an event (or put it back at its place in logging order); return its night."""
        night = night_of(event.time, self.tz)
        if position is None:
            self._events.append(event)
        else:
            self._events.insert(position, event)
        if (nightly := self._nights.get(night)) is None:
            nightly = self._nights[night] = []
            self._sorted_nights = None
        nightly.append(event)
        self._kinds[event.kind].append(event)
        self._night_kinds[night, event.kind].append(event)
        month = month_of(night)
        self._months[month].append(event)
        self._month_changes[month] += 1
        return night

    def last_logged(
        self,
        kinds: Collection[EventKind],
        accept: Callable[[Event], bool] = lambda _event: True,
    ) -> Event | None:
        """Return the most recently logged event of the given kinds that `accept` accepts."""
        for event in reversed(self._events):
            if event.kind in kinds and accept(event):
                return event
        return None

    def discard(self, event: Event) -> int | None:
        """Remove one event (the very object that was added); return where it was, if there."""
        for index in range(len(self._events) - 1, -1, -1):
            if self._events[index] is event:
                del self._events[index]
                night = night_of(event.time, self.tz)
                if _drop(self._nights, night, event):
                    self._sorted_nights = None
                _drop(self._kinds, event.kind, event)
                _drop(self._night_kinds, (night, event.kind), event)
                month = month_of(night)
                _drop(self._months, month, event)
                self._month_changes[month] += 1
                self._month_removals[month] += 1
                return index
        return None

    def clear(self) -> None:
        """Forget every event."""
        for month, events in self._months.items():
            self._month_changes[month] += 1
            self._month_removals[month] += len(events)
        self._events.clear()
        self._kinds.clear()
        self._night_kinds.clear()
        self._nights.clear()
        self._sorted_nights = None
        self._months.clear()

    def prune(self, oldest_kept: date) -> int:
        """Drop events of nights before `oldest_kept`; return how many were dropped."""
        old = [night for night in self._nights if night < oldest_kept]
        if not old:
            return 0
        for night in old:
            del self._nights[night]
        self._sorted_nights = None
        kept = [
            event
            for event in self._events
            if night_of(event.time, self.tz) >= oldest_kept
        ]
        dropped = len(self._events) - len(kept)
        self._events = kept
        self._kinds.clear()
        for event in kept:
            self._kinds[event.kind].append(event)
        for night, kind in [key for key in self._night_kinds if key[0] < oldest_kept]:
            del self._night_kinds[night, kind]
        for month in {month_of(night) for night in old}:
            before = len(self._months[month])
            self._months[month] = [
                event
                for event in self._months[month]
                if night_of(event.time, self.tz) >= oldest_kept
            ]
            self._month_removals[month] += before - len(self._months[month])
            if not self._months[month]:
                del self._months[month]
            self._month_changes[month] += 1
        return dropped

    def in_night(self, night: date, kind: EventKind | None = None) -> list[Event]:
        """Return the events of one night, optionally of one kind, in logging order."""
        if kind is None:
            return list(self._nights.get(night, ()))
        return list(self._night_kinds.get((night, kind), ()))

    def between(
        self, start: datetime, end: datetime, kind: EventKind
    ) -> Iterator[Event]:
        """Yield events of a kind with start <= time < end."""
        night = night_of(start, self.tz)
        last = night_of(end, self.tz)
        while night <= last:
            for event in self._night_kinds.get((night, kind), ()):
                if start <= event.time < end:
                    yield event
            night += timedelta(days=1)

    def latest(self, kind: EventKind) -> Event | None:
        """Return the event of a kind with the latest time."""
        for night in reversed(self.nights()):
            if candidates := self._night_kinds.get((night, kind)):
                return max(candidates, key=lambda event: event.time)
        return None

    def twitches(self, night: date) -> Sequence[Twitch]:
        """Return the twitches of one night, in logging order (not a copy: read only)."""
        # Only twitches are indexed under EventKind.TWITCH.
        twitches = self._night_kinds.get((night, EventKind.TWITCH), ())
        return cast("Sequence[Twitch]", twitches)

    def twitch_nights(self, tonight: date, count: int) -> list[date]:
        """Return the nights with at least one twitch among `count` nights ending tonight."""
        return [
            night for night in recent_nights(tonight, count) if self.twitches(night)
        ]

    def nights(self) -> Sequence[date]:
        """Return every night that has an event, oldest first."""
        if self._sorted_nights is None:
            self._sorted_nights = sorted(self._nights)
        return self._sorted_nights

    def of_kind(self, kind: EventKind) -> Sequence[Event]:
        """Return the events of one kind, in logging order."""
        return self._kinds.get(kind, ())

    def months(self) -> list[str]:
        """Return every month of nights that has an event, oldest first."""
        return sorted(self._months)

    def in_month(self, month: str) -> list[Event]:
        """Return the events of a month of nights, in logging order."""
        return list(self._months.get(month, ()))

    def month_size(self, month: str) -> int:
        """Return how many events a month of nights holds."""
        return len(self._months.get(month, ()))

    def month_changes(self, month: str) -> int:
        """Return how often a month has changed, to tell whether it needs writing."""
        return self._month_changes[month]

    def month_removals(self, month: str) -> int:
        """Return how many events were removed from a month (undo, clear, retention)."""
        return self._month_removals[month]


def _drop[K](index: dict[K, list[Event]], key: K, event: Event) -> bool:
    """Take one event object out of an index's list, and the list once empty; say if it went."""
    if kept := [other for other in index[key] if other is not event]:
        index[key] = kept
        return False
    del index[key]
    return True


@cache
def month_of(night: date) -> str:
    """Return the month a night is kept in, as "YYYY-MM" (remembered: every event asks)."""
    return night.isoformat()[:7]
