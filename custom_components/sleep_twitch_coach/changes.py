"""The changes a sleeper's record can take, each returning what takes it back.

The coordinator applies one of these under its lock, writes the record, and calls the returned
revert if the write fails, so that memory never keeps a change that is not on disk. A change
that finds nothing to do returns None.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date, datetime
from functools import partial

from .coach.events import EventKind, Experiment, JournalEvent, RoutineStep
from .coach.experiments import running_experiment
from .coach.wind_down import Step
from .store.journal import SleeperRecord

# What undoes a change in memory, should writing it fail.
type Revert = Callable[[], object]
# A change: applies itself and returns its revert, or None when nothing changed.
type Change = Callable[[], Revert | None]


def add_event(record: SleeperRecord, event: JournalEvent) -> Revert:
    """Add an event to the journal."""
    record.journal.add(event)
    return partial(record.journal.discard, event)


def remove_last(
    record: SleeperRecord,
    kinds: Collection[EventKind],
    accept: Callable[[JournalEvent], bool],
    removed: list[JournalEvent],
) -> Revert | None:
    """Remove the newest logged event of these kinds that `accept` allows into `removed`."""
    journal = record.journal
    if (event := journal.last_logged(kinds, accept)) is None:
        return None
    removed.append(event)
    return partial(journal.add, event, journal.discard(event))


def start_experiment(record: SleeperRecord, experiment: Experiment) -> Revert:
    """Start an experiment; raises ExperimentRunsError while another one runs."""
    if running_experiment(record.journal) is not None:
        raise ExperimentRunsError
    return add_event(record, experiment)


def end_experiment(
    record: SleeperRecord, ended: datetime, done: list[Experiment]
) -> Revert | None:
    """End the running experiment at `ended` (its place in the journal kept) into `done`."""
    journal = record.journal
    if (running := running_experiment(journal)) is None:
        return None
    position = journal.discard(running)
    finished = replace(running, ended=ended)
    journal.add(finished, position)
    done.append(finished)

    def revert() -> None:
        journal.discard(finished)
        journal.add(running, position)

    return revert


class ExperimentRunsError(Exception):
    """An experiment was to start while another one runs."""


def clear(record: SleeperRecord) -> Revert:
    """Delete every event, and the count of twitches older than the journal."""
    events = list(record.journal.events)
    before = record.twitches_before_journal
    record.journal.clear()
    record.twitches_before_journal = 0

    def revert() -> None:
        for event in events:
            record.journal.add(event)
        record.twitches_before_journal = before

    return revert


def unmark_step(record: SleeperRecord, night: date, uid: str) -> Revert:
    """Take back a night's "done" of one wind-down step."""
    journal = record.journal
    marks = [
        (event, journal.discard(event))
        for event in journal.in_night(night, EventKind.ROUTINE_STEP)
        if isinstance(event, RoutineStep) and event.step == uid
    ]
    return lambda: [journal.add(event, position) for event, position in reversed(marks)]


def arrange_steps(
    record: SleeperRecord, arrange: Callable[[list[Step]], list[Step]]
) -> Revert:
    """Change the wind-down steps (add, rename, remove, move)."""
    before = record.wind_down
    record.wind_down = arrange(before)
    return partial(setattr, record, "wind_down", before)


def set_iron_deficiency(record: SleeperRecord, diagnosed: bool) -> Revert:
    """Record whether iron deficiency or anaemia was diagnosed (checklist criterion 7)."""
    previous = record.iron_deficiency
    record.iron_deficiency = diagnosed
    return partial(setattr, record, "iron_deficiency", previous)


def prune(record: SleeperRecord, oldest: date) -> bool:
    """Drop the nights before `oldest` (retention); return whether any event went.

    Their twitches still count in the history's sums, which start before the journal.
    """
    journal = record.journal
    dropped_twitches = sum(
        len(journal.twitches(night)) for night in journal.nights() if night < oldest
    )
    if not journal.prune(oldest):
        return False
    record.twitches_before_journal += dropped_twitches
    return True
