"""Tests of the journal and its stored form."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from custom_components.sleep_twitch_coach.coach.events import (
    UNDOABLE_KINDS,
    BedtimeSnapshot,
    BodyPart,
    Caffeine,
    EventKind,
    Exercise,
    Intensity,
    RoutineStep,
    Symptom,
    SymptomReport,
    Twitch,
    event_fields,
    event_from_storage,
    event_to_storage,
)
from custom_components.sleep_twitch_coach.coach.journal import Journal, journal_begins

BERLIN = ZoneInfo("Europe/Berlin")


def local(*args: int) -> datetime:
    """Return a Berlin wall-clock time."""
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


def test_events_are_indexed_by_night() -> None:
    """Twitches on both sides of midnight land in the same night."""
    journal = Journal(BERLIN)
    assert journal.add(Twitch(time=local(2026, 11, 16, 23, 0))) == date(2026, 11, 16)
    assert journal.add(Twitch(time=local(2026, 11, 17, 1, 30))) == date(2026, 11, 16)
    journal.add(Caffeine(time=local(2026, 11, 17, 13, 0)))
    assert len(journal.twitches(date(2026, 11, 16))) == 2
    assert not journal.twitches(date(2026, 11, 17))
    assert len(journal.in_night(date(2026, 11, 17), EventKind.CAFFEINE)) == 1
    assert journal.nights() == [date(2026, 11, 16), date(2026, 11, 17)]


def test_twitch_nights_counts_nights_not_twitches() -> None:
    """Three twitches on one night and one on another make two nights."""
    journal = Journal(BERLIN)
    for hour in (22, 23, 2):
        day = 16 if hour > 12 else 17
        journal.add(Twitch(time=local(2026, 11, day, hour, 0)))
    journal.add(Twitch(time=local(2026, 11, 12, 23, 0)))
    journal.add(Twitch(time=local(2026, 11, 9, 23, 0)))
    assert journal.twitch_nights(date(2026, 11, 16), 7) == [
        date(2026, 11, 16),
        date(2026, 11, 12),
    ]


def test_last_logged_goes_by_logging_order_and_only_undoable_kinds() -> None:
    """Undo picks by logging order, of the kinds asked for, and only what is accepted."""
    journal = Journal(BERLIN)
    backfilled = Twitch(time=local(2026, 11, 10, 23, 0), user="sam")
    latest = Twitch(time=local(2026, 11, 16, 23, 0))
    coffee = Caffeine(time=local(2026, 11, 16, 9, 0))
    tick = RoutineStep(time=local(2026, 11, 16, 22, 0), step="stretch")
    for event in (latest, backfilled, coffee, tick):
        journal.add(event)
    assert journal.last_logged((EventKind.TWITCH,)) is backfilled
    assert journal.last_logged(UNDOABLE_KINDS) is coffee
    assert journal.last_logged(UNDOABLE_KINDS, lambda e: e.user == "sam") is backfilled  # type: ignore[union-attr]
    assert journal.last_logged((EventKind.EXERCISE,)) is None
    assert journal.discard(coffee) == 2
    assert journal.last_logged(UNDOABLE_KINDS) is backfilled


def test_discard_removes_exactly_that_event() -> None:
    """Two equal events stay apart: only the given object goes."""
    journal = Journal(BERLIN)
    first = Twitch(time=local(2026, 11, 16, 23, 0))
    second = Twitch(time=local(2026, 11, 16, 23, 0))
    journal.add(first)
    journal.add(second)
    journal.discard(first)
    assert len(journal) == 1
    assert journal.events[0] is second
    journal.discard(first)
    assert len(journal) == 1


def test_latest_is_by_time_not_logging_order() -> None:
    """A back-filled older coffee does not become the last caffeine."""
    journal = Journal(BERLIN)
    journal.add(Caffeine(time=local(2026, 11, 16, 9, 0)))
    journal.add(Caffeine(time=local(2026, 11, 15, 9, 0)))
    latest = journal.latest(EventKind.CAFFEINE)
    assert latest is not None
    assert latest.time == local(2026, 11, 16, 9, 0)
    assert journal.latest(EventKind.EXERCISE) is None


def test_between_spans_nights() -> None:
    """Events are found by time across night boundaries, of one kind only."""
    journal = Journal(BERLIN)
    journal.add(Caffeine(time=local(2026, 11, 16, 11, 0)))
    journal.add(Caffeine(time=local(2026, 11, 16, 15, 0)))
    journal.add(Twitch(time=local(2026, 11, 16, 15, 0)))
    journal.add(Caffeine(time=local(2026, 11, 17, 15, 0)))
    found = list(
        journal.between(
            local(2026, 11, 16, 10, 0), local(2026, 11, 17, 15, 0), EventKind.CAFFEINE
        )
    )
    assert [event.time.hour for event in found] == [11, 15]


def test_prune_drops_old_nights_only() -> None:
    """Pruning keeps the given night and everything after it."""
    journal = Journal(BERLIN)
    journal.add(Twitch(time=local(2026, 11, 10, 23, 0)))
    journal.add(Twitch(time=local(2026, 11, 12, 1, 0)))
    journal.add(Twitch(time=local(2026, 11, 12, 23, 0)))
    assert journal.prune(date(2026, 11, 12)) == 2
    assert journal.nights() == [date(2026, 11, 12)]
    assert journal.prune(date(2026, 11, 12)) == 0


def test_clear_forgets_everything() -> None:
    """Clear empties the journal."""
    journal = Journal(BERLIN, [Twitch(time=local(2026, 11, 10, 23, 0))])
    journal.clear()
    assert len(journal) == 0
    assert journal.nights() == []


@pytest.mark.parametrize(
    "event",
    [
        Twitch(time=local(2026, 11, 16, 23, 0)),
        Twitch(
            time=local(2026, 11, 16, 23, 0),
            woke_up=True,
            body_parts=frozenset({BodyPart.ARMS, BodyPart.LEGS}),
            note="kicked the cat",
        ),
        Caffeine(time=local(2026, 11, 16, 9, 0), amount_mg=95),
        Exercise(
            time=local(2026, 11, 16, 19, 0), intensity=Intensity.LIGHT, duration_min=30
        ),
        SymptomReport(time=local(2026, 11, 16, 21, 0), symptom=Symptom.URGE_TO_MOVE),
        BedtimeSnapshot(time=local(2026, 11, 16, 22, 30), temperature_c=19.5),
        RoutineStep(time=local(2026, 11, 16, 22, 0), step="stretch"),
    ],
)
def test_storage_round_trip(event: Any) -> None:
    """Every kind of event is read back exactly as it was written."""
    assert event_from_storage(event_to_storage(event)) == event


def test_storage_leaves_defaults_out() -> None:
    """A plain twitch is stored as kind and time only."""
    stored = event_to_storage(Twitch(time=local(2026, 11, 16, 23, 0)))
    assert stored == {"kind": "twitch", "time": "2026-11-16T23:00:00+01:00"}


def test_event_fields_carry_every_public_field_and_never_the_note() -> None:
    """The bus event has all public fields, including defaults; the note and who logged stay."""
    twitch = Twitch(
        time=local(2026, 11, 16, 23, 0),
        note="private",
        user="u1",
        logged_at=local(2026, 11, 17, 8, 0),
    )
    assert event_fields(twitch) == {
        "kind": "twitch",
        "time": "2026-11-16T23:00:00+01:00",
        "woke_up": False,
        "body_parts": ["legs"],
    }


def test_who_logged_an_event_and_when_is_stored_and_read_back() -> None:
    """A back-filled event keeps its user and the moment it was logged across a restart."""
    twitch = Twitch(
        time=local(2026, 11, 16, 23, 0), user="u1", logged_at=local(2026, 11, 17, 8, 0)
    )
    stored = event_to_storage(twitch)
    assert stored["user"] == "u1"
    assert stored["logged_at"] == "2026-11-17T08:00:00+01:00"
    assert event_from_storage(stored) == twitch


@pytest.mark.parametrize(
    "stored",
    [
        {"kind": "twitch"},
        {"kind": "sneeze", "time": "2026-11-16T23:00:00+01:00"},
        {"kind": "twitch", "time": "2026-11-16T23:00:00"},
        {"kind": "twitch", "time": "yesterday"},
        {"kind": "twitch", "time": "2026-11-16T23:00:00+01:00", "woke_up": "yes"},
        {"kind": "twitch", "time": "2026-11-16T23:00:00+01:00", "body_parts": ["tail"]},
        {"kind": "twitch", "time": "2026-11-16T23:00:00+01:00", "note": 5},
        {"kind": "caffeine", "time": "2026-11-16T23:00:00+01:00", "amount_mg": "lots"},
        {"kind": "caffeine", "time": "2026-11-16T23:00:00+01:00", "amount_mg": True},
        {"kind": "symptom", "time": "2026-11-16T23:00:00+01:00"},
        {"kind": "routine_step", "time": "2026-11-16T23:00:00+01:00", "step": None},
        {"kind": "twitch", "time": 5},
        {"kind": "twitch", "time": "2026-11-16T23:00:00+01:00", "user": 7},
        {"kind": "caffeine", "time": "2026-11-16T23:00:00+01:00", "logged_at": "now"},
        {
            "kind": "exercise",
            "time": "2026-11-16T23:00:00+01:00",
            "logged_at": "2026-11-16T23:00:00",
        },
    ],
)
def test_damaged_stored_events_are_refused(stored: dict[str, Any]) -> None:
    """A damaged stored event raises instead of being half-read."""
    with pytest.raises((KeyError, TypeError, ValueError)):
        event_from_storage(stored)


ADDED = date(2026, 11, 10)


@pytest.mark.parametrize(
    ("logged", "measured", "begins"),
    [
        # Nothing older than the night the sleeper was added: it begins there.
        ([date(2026, 11, 12), date(2026, 11, 16)], [date(2026, 11, 11)], ADDED),
        # A twitch back-filled to an older night.
        (
            [date(2026, 11, 3), date(2026, 11, 12)],
            [date(2026, 11, 8)],
            date(2026, 11, 3),
        ),
        # A night a leg-movement sensor measured, older than anything logged.
        (
            [date(2026, 11, 9)],
            [date(2026, 11, 12), date(2026, 11, 2)],
            date(2026, 11, 2),
        ),
    ],
    ids=["added", "back-filled", "measured"],
)
def test_the_journal_begins_at_the_oldest_of_its_three_sources(
    logged: list[date], measured: list[date], begins: date
) -> None:
    """The night the sleeper was added, or an older back-filled or measured night."""
    assert journal_begins(ADDED, logged, measured) == begins


def test_a_sleeper_added_tonight_with_nothing_logged_begins_tonight() -> None:
    """No event and no measurement: the journal begins tonight, the night of adding."""
    tonight = date(2026, 11, 16)
    assert journal_begins(tonight, [], ()) == tonight
    assert journal_begins(tonight, Journal(BERLIN).nights(), ()) == tonight


def test_a_back_filled_event_takes_the_journal_back_to_its_night() -> None:
    """An event back-filled to 01:30 belongs to the night before: the journal begins there."""
    journal = Journal(BERLIN, [Twitch(time=local(2026, 11, 5, 1, 30))])
    assert journal_begins(ADDED, journal.nights(), ()) == date(2026, 11, 4)
