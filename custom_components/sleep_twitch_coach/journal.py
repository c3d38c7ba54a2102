"""The journal of one sleeper: an append-only list of events, indexed by sleep night."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta, tzinfo

from .events import Event, EventKind, Twitch
from .nights import night_of, recent_nights


class Journal:
    """Events in the order they were logged, with a per-night index for queries."""

    def __init__(self, tz: tzinfo, events: Iterable[Event] = ()) -> None:
        """Index the given events in the given time zone."""
        self.tz = tz
        self._events: list[Event] = []
        self._nights: defaultdict[date, list[Event]] = defaultdict(list)
        for event in events:
            self.add(event)

    def __len__(self) -> int:
        """Return how many events the journal holds."""
        return len(self._events)

    @property
    def events(self) -> Sequence[Event]:
        """Return the events in the order they were logged."""
        return self._events

    def add(self, event: Event) -> date:
        """Append an event and return the night it belongs to."""
        night = night_of(event.time, self.tz)
        self._events.append(event)
        self._nights[night].append(event)
        return night

    def remove_last(self, kind: EventKind | None = None) -> Event | None:
        """Remove the most recently logged event (of a kind) and return it."""
        for event in reversed(self._events):
            if kind is None or event.kind is kind:
                self.discard(event)
                return event
        return None

    def discard(self, event: Event) -> None:
        """Remove one event (the very object that was added), if present."""
        for index in range(len(self._events) - 1, -1, -1):
            if self._events[index] is event:
                del self._events[index]
                night = night_of(event.time, self.tz)
                self._nights[night] = [e for e in self._nights[night] if e is not event]
                if not self._nights[night]:
                    del self._nights[night]
                return

    def clear(self) -> None:
        """Forget every event."""
        self._events.clear()
        self._nights.clear()

    def prune(self, oldest_kept: date) -> int:
        """Drop events of nights before `oldest_kept`; return how many were dropped."""
        old = [night for night in self._nights if night < oldest_kept]
        if not old:
            return 0
        for night in old:
            del self._nights[night]
        kept = [
            event
            for event in self._events
            if night_of(event.time, self.tz) >= oldest_kept
        ]
        dropped = len(self._events) - len(kept)
        self._events = kept
        return dropped

    def in_night(self, night: date, kind: EventKind | None = None) -> list[Event]:
        """Return the events of one night, optionally of one kind, in logging order."""
        events = self._nights.get(night, [])
        return [event for event in events if kind is None or event.kind is kind]

    def between(
        self, start: datetime, end: datetime, kind: EventKind
    ) -> Iterator[Event]:
        """Yield events of a kind with start <= time < end."""
        night = night_of(start, self.tz)
        last = night_of(end, self.tz)
        while night <= last:
            for event in self._nights.get(night, ()):
                if event.kind is kind and start <= event.time < end:
                    yield event
            night += timedelta(days=1)

    def latest(self, kind: EventKind) -> Event | None:
        """Return the event of a kind with the latest time."""
        for night in sorted(self._nights, reverse=True):
            candidates = [event for event in self._nights[night] if event.kind is kind]
            if candidates:
                return max(candidates, key=lambda event: event.time)
        return None

    def twitches(self, night: date) -> list[Twitch]:
        """Return the twitches of one night."""
        return [
            event for event in self._nights.get(night, ()) if isinstance(event, Twitch)
        ]

    def twitch_nights(self, tonight: date, count: int) -> list[date]:
        """Return the nights with at least one twitch among `count` nights ending tonight."""
        return [
            night for night in recent_nights(tonight, count) if self.twitches(night)
        ]

    def nights(self) -> list[date]:
        """Return every night that has an event, oldest first."""
        return sorted(self._nights)
