"""The wind-down routine: steps for the evening, done or not tonight."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .events import EventKind, RoutineStep
from .journal import Journal
from .languages import base_language
from .texts import FALLBACK_LANGUAGE, TEXTS


@dataclass(frozen=True, slots=True)
class Step:
    """A wind-down step; its uid is what the journal records when it is done."""

    uid: str
    summary: str


@dataclass(frozen=True, slots=True)
class StepTonight:
    """A step and when it was done tonight, if it was."""

    uid: str
    summary: str
    done_at: datetime | None


def with_step(steps: list[Step], step: Step) -> list[Step]:
    """Return the steps with one added at the end."""
    return [*steps, step]


def renamed(steps: list[Step], uid: str, summary: str) -> list[Step]:
    """Return the steps with one renamed."""
    return [Step(uid, summary) if step.uid == uid else step for step in steps]


def without(steps: list[Step], uids: Iterable[str]) -> list[Step]:
    """Return the steps without some."""
    gone = set(uids)
    return [step for step in steps if step.uid not in gone]


def moved(steps: list[Step], uid: str, previous_uid: str | None) -> list[Step]:
    """Return the steps with one moved after another (to the top without one)."""
    step = next(step for step in steps if step.uid == uid)
    after = [other for other in steps if other.uid != uid]
    position = next(
        (index + 1 for index, other in enumerate(after) if other.uid == previous_uid), 0
    )
    return [*after[:position], step, *after[position:]]


# A step's name, as a person types it: a sentence, not a page.
STEP_MAX_LENGTH = 200

# The routine from the health advice the coach follows, in this order; the user may rename,
# add and remove. Their names are in texts/<language>.json ("wind_down.<uid>").
DEFAULT_STEP_UIDS = (
    "stretch",
    "relax",
    "bath",
    "screens_off",
    "cool_dark_bedroom",
    "snack",
)


def default_steps(language: str) -> list[Step]:
    """Return the default steps in a language ("de", "de-CH"), English for any other."""
    texts = TEXTS.get(base_language(language), TEXTS[FALLBACK_LANGUAGE])
    return [Step(uid, texts[f"wind_down.{uid}"]) for uid in DEFAULT_STEP_UIDS]


DEFAULT_STEPS = tuple(default_steps(FALLBACK_LANGUAGE))


def done_tonight(journal: Journal, night: date) -> dict[str, datetime]:
    """Return when each step was marked done during a night."""
    return {
        event.step: event.time
        for event in journal.in_night(night, EventKind.ROUTINE_STEP)
        if isinstance(event, RoutineStep)
    }


def steps_tonight(
    steps: Iterable[Step], journal: Journal, night: date
) -> tuple[StepTonight, ...]:
    """Return the steps with their state for a night; a new night starts with none done."""
    done = done_tonight(journal, night)
    return tuple(
        StepTonight(step.uid, step.summary, done.get(step.uid)) for step in steps
    )


def wind_down_skipped(journal: Journal, night: date) -> bool:
    """Return whether no wind-down step was marked done during a night."""
    return not done_tonight(journal, night)


def steps_to_storage(steps: Iterable[Step]) -> list[dict[str, str]]:
    """Return steps as stored."""
    return [{"uid": step.uid, "summary": step.summary} for step in steps]


def steps_from_storage(stored: Iterable[Mapping[str, Any]]) -> list[Step]:
    """Build steps from their stored form; raises KeyError or TypeError if damaged."""
    steps = [Step(item["uid"], item["summary"]) for item in stored]
    if not all(
        isinstance(value, str) for step in steps for value in (step.uid, step.summary)
    ):
        raise TypeError("wind-down steps must be text")
    return steps
