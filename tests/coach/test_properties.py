"""Property-based tests of the night rule and the journal's indexes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, strategies as st

from custom_components.sleep_twitch_coach.coach.events import (
    UNDOABLE_KINDS,
    Caffeine,
    EventKind,
    Exercise,
    JournalEvent,
    RoutineStep,
    Twitch,
)
from custom_components.sleep_twitch_coach.coach.journal import Journal
from custom_components.sleep_twitch_coach.coach.nights import (
    night_end,
    night_of,
    night_start,
)
from custom_components.sleep_twitch_coach.store.months import MonthIndex, month_of

ZONES = [
    ZoneInfo(name)
    for name in ("Europe/Berlin", "America/New_York", "Australia/Lord_Howe")
]
moments = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2099, 12, 31),
    timezones=st.just(UTC),
)


@given(moment=moments, tz=st.sampled_from(ZONES))
def test_every_moment_lies_in_its_night(moment: datetime, tz: ZoneInfo) -> None:
    """A moment is inside the night it belongs to, and nights last 22.5 to 25.5 hours."""
    night = night_of(moment, tz)
    start, end = night_start(night, tz), night_end(night, tz)
    assert start <= moment < end
    assert timedelta(hours=22.5) <= end - start <= timedelta(hours=25.5)
    assert night_start(night + timedelta(days=1), tz) == end


event_times = st.integers(min_value=0, max_value=60 * 24 * 70).map(
    lambda minutes: datetime(2026, 10, 1, tzinfo=UTC) + timedelta(minutes=minutes)
)
new_events = st.one_of(
    st.builds(Twitch, time=event_times, woke_up=st.booleans()),
    st.builds(Caffeine, time=event_times),
    st.builds(Exercise, time=event_times),
    st.builds(RoutineStep, time=event_times, step=st.sampled_from(["a", "b"])),
)
kinds = st.sampled_from(list(EventKind))
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), new_events),
        st.tuples(st.just("discard"), st.integers(min_value=0)),
        st.tuples(st.just("undo"), st.none() | kinds),
        st.tuples(st.just("prune"), event_times),
        st.tuples(st.just("clear"), st.none()),
    ),
    max_size=60,
)


@given(operations=operations, tz=st.sampled_from(ZONES))
def test_journal_indexes_agree_with_a_plain_scan(
    operations: list[tuple[str, Any]], tz: ZoneInfo
) -> None:
    """Whatever is added and removed, every query answers as a scan of all events would."""
    journal = Journal(tz)
    index = MonthIndex()
    index.follow(journal)
    ever: set[date] = (
        set()
    )  # every night that ever had an event: gone ones must answer empty
    removed: Counter[str] = Counter()
    for operation, argument in operations:
        before = Counter(month_of(event.time) for event in journal.events)
        if operation == "add":
            ever.add(journal.add(argument))
        elif operation == "discard" and journal.events:
            journal.discard(journal.events[argument % len(journal.events)])
        elif operation == "undo":
            if last := journal.last_logged((argument,) if argument else UNDOABLE_KINDS):
                journal.discard(last)
        elif operation == "prune":
            journal.prune(night_of(argument, tz))
        elif operation == "clear":
            journal.clear()
        after = Counter(month_of(event.time) for event in journal.events)
        removed += before - after
    events = list(journal.events)
    nights = {night_of(event.time, tz) for event in events}
    assert list(journal.nights()) == sorted(nights)
    for night in ever:
        in_night = [event for event in events if night_of(event.time, tz) == night]
        assert same(journal.in_night(night), in_night)
        assert same(
            journal.twitches(night), [e for e in in_night if isinstance(e, Twitch)]
        )
        for kind in EventKind:
            assert same(
                journal.in_night(night, kind), [e for e in in_night if e.kind is kind]
            )
    for kind in EventKind:
        of_kind = [event for event in events if event.kind is kind]
        assert same(journal.of_kind(kind), of_kind)
        latest = journal.latest(kind)
        assert (latest.time if latest else None) == max(
            (event.time for event in of_kind), default=None
        )
    # Storage's index by month follows every change.
    months = {month_of(event.time) for event in events}
    assert index.months() == sorted(months)
    for month in months:
        in_month = [e for e in events if month_of(e.time) == month]
        assert sorted(map(id, index.events(month))) == sorted(map(id, in_month))
        assert index.size(month) == len(in_month)
    # Storage tells a removal from a loss by these counts.
    for month in removed:
        assert index.removals(month) == removed[month]


def same(found: Sequence[JournalEvent], expected: Sequence[JournalEvent]) -> bool:
    """Return whether two sequences hold the very same event objects in the same order."""
    return [id(event) for event in found] == [id(event) for event in expected]
