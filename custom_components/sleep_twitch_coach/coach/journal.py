"""The journal of one sleeper: an append-only list of events, indexed by sleep night.

How it is kept on disk is storage's business: storage listens to its changes (`listen`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import cast

from .events import EventKind, JournalEvent, Twitch
from .nights import night_of, recent_nights

# Told of an event added (True) or removed (False), with the night it belongs to.
type Listener = Callable[[JournalEvent, date, bool], None]


class Journal:
    """Events in the order they were logged, with a per-night index for queries."""

    def __init__(self, tz: tzinfo, events: Iterable[JournalEvent] = ()) -> None:
        """Index the given events in the given time zone."""
        self.tz = tz
        self._events: list[JournalEvent] = []
        self._nights: defaultdict[date, list[JournalEvent]] = defaultdict(list)
        # The nights in order, kept until a night comes or goes: queries run on every change.
        self._sorted_nights: list[date] | None = None
        self._kinds: defaultdict[EventKind, list[JournalEvent]] = defaultdict(list)
        # Each night's events of each kind: the figures ask for tonight's twitches on every change.
        self._night_kinds: defaultdict[tuple[date, EventKind], list[JournalEvent]] = (
            defaultdict(list)
        )
        # Told of every event added or removed (storage keeps its files by them).
        self._listeners: list[Listener] = []
        for event in events:
            self.add(event)

    def __len__(self) -> int:
        """Return how many events the journal holds."""
        return len(self._events)

    @property
    def events(self) -> Sequence[JournalEvent]:
        """Return the events in the order they were logged."""
        return self._events

    def add(self, event: JournalEvent, position: int | None = None) -> date:
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
        for listener in self._listeners:
            listener(event, night, True)
        return night

    def last_logged(
        self,
        kinds: Collection[EventKind],
        accept: Callable[[JournalEvent], bool] = lambda _event: True,
    ) -> JournalEvent | None:
        """Return the most recently logged event of the given kinds that `accept` accepts."""
        for event in reversed(self._events):
            if event.kind in kinds and accept(event):
                return event
        return None

    def discard(self, event: JournalEvent) -> int | None:
        """Remove one event (the very object that was added); return where it was, if there."""
        for index in range(len(self._events) - 1, -1, -1):
            if self._events[index] is event:
                del self._events[index]
                night = night_of(event.time, self.tz)
                if _drop(self._nights, night, event):
                    self._sorted_nights = None
                _drop(self._kinds, event.kind, event)
                _drop(self._night_kinds, (night, event.kind), event)
                for listener in self._listeners:
                    listener(event, night, False)
                return index
        return None

    def clear(self) -> None:
        """Forget every event."""
        gone = [
            (event, night) for night, events in self._nights.items() for event in events
        ]
        self._events.clear()
        self._kinds.clear()
        self._night_kinds.clear()
        self._nights.clear()
        self._sorted_nights = None
        self._tell_removed(gone)

    def prune(self, oldest_kept: date) -> int:
        """Drop events of nights before `oldest_kept`; return how many were dropped."""
        old = [night for night in self._nights if night < oldest_kept]
        if not old:
            return 0
        gone = [(event, night) for night in old for event in self._nights[night]]
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
        self._tell_removed(gone)
        return dropped

    def listen(self, listener: Listener) -> None:
        """Tell `listener(event, night, added)` of every event there is and every change."""
        self._listeners.append(listener)
        for event in self._events:
            listener(event, night_of(event.time, self.tz), True)

    def _tell_removed(self, gone: list[tuple[JournalEvent, date]]) -> None:
        # Newest first: each is then the last of its night's list, quick to find.
        for event, night in reversed(gone):
            for listener in self._listeners:
                listener(event, night, False)

    def in_night(
        self, night: date, kind: EventKind | None = None
    ) -> list[JournalEvent]:
        """Return the events of one night, optionally of one kind, in logging order."""
        if kind is None:
            return list(self._nights.get(night, ()))
        return list(self._night_kinds.get((night, kind), ()))

    def between(
        self, start: datetime, end: datetime, kind: EventKind
    ) -> Iterator[JournalEvent]:
        """Yield events of a kind with start <= time < end."""
        night = night_of(start, self.tz)
        last = night_of(end, self.tz)
        while night <= last:
            for event in self._night_kinds.get((night, kind), ()):
                if start <= event.time < end:
                    yield event
            night += timedelta(days=1)

    def latest(self, kind: EventKind) -> JournalEvent | None:
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

    def of_kind(self, kind: EventKind) -> Sequence[JournalEvent]:
        """Return the events of one kind, in logging order."""
        return self._kinds.get(kind, ())


def journal_begins(
    added: date, logged: Sequence[date], measured: Iterable[date]
) -> date:
    """Return the night the journal begins: the night the sleeper was added, or an older one.

    Older means a night an event was back-filled to (`logged`, oldest first, as
    `Journal.nights` gives them) or a night a leg-movement sensor measured. Nights before it
    are not recorded: nothing is known of them, so they are never counted as calm nights.
    """
    return min([added, *logged[:1], *measured])


def _drop[K](index: dict[K, list[JournalEvent]], key: K, event: JournalEvent) -> bool:
    """Take one event object out of an index's list, and the list once empty; say if it went."""
    if kept := [other for other in index[key] if other is not event]:
        index[key] = kept
        return False
    del index[key]
    return True
