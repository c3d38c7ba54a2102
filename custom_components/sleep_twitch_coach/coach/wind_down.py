"""The wind-down routine: steps for the evening, done or not tonight."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .events import EventKind, RoutineStep
from .journal import Journal
from .languages import base_language
from .texts import FALLBACK_LANGUAGE, LANGUAGES, TEXTS


@dataclass(frozen=True, slots=True)
class Step:
    """A wind-down step; its uid is what the journal records when it is done."""

    uid: str
    # None: a default step nobody renamed, shown in Home Assistant's language of the moment.
    summary: str | None = None


@dataclass(frozen=True, slots=True)
class StepTonight:
    """A step, named in a language, and when it was done tonight, if it was."""

    uid: str
    summary: str
    done_at: datetime | None
    # A default step nobody renamed: its name is texts' "wind_down.<uid>" in any language.
    default: bool = False


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


DEFAULT_STEPS = tuple(Step(uid) for uid in DEFAULT_STEP_UIDS)


def shown(step: Step, language: str) -> str:
    """Return a step's name: as the user wrote it, or the default in a language ("de-CH")."""
    if step.summary is not None:
        return step.summary
    texts = TEXTS.get(base_language(language), TEXTS[FALLBACK_LANGUAGE])
    return texts[f"wind_down.{step.uid}"]


def done_tonight(journal: Journal, night: date) -> dict[str, datetime]:
    """Return when each step was marked done during a night."""
    return {
        event.step: event.time
        for event in journal.in_night(night, EventKind.ROUTINE_STEP)
        if isinstance(event, RoutineStep)
    }


def steps_tonight(
    steps: Iterable[Step], journal: Journal, night: date, language: str
) -> tuple[StepTonight, ...]:
    """Return the steps, named in a language, with their state for a night.

    A new night starts with none done.
    """
    done = done_tonight(journal, night)
    return tuple(
        StepTonight(
            step.uid,
            shown(step, language),
            done.get(step.uid),
            default=step.summary is None,
        )
        for step in steps
    )


def wind_down_skipped(journal: Journal, night: date) -> bool:
    """Return whether no wind-down step was marked done during a night."""
    return not done_tonight(journal, night)


def steps_to_storage(steps: Iterable[Step]) -> list[dict[str, str | bool]]:
    """Return steps as stored; a default step keeps its English name for older releases."""
    return [
        {
            "uid": step.uid,
            "summary": shown(step, FALLBACK_LANGUAGE),
            "default": step.summary is None,
        }
        for step in steps
    ]


def steps_from_storage(stored: Iterable[Mapping[str, Any]]) -> list[Step]:
    """Build steps from their stored form; raises KeyError or TypeError if damaged.

    Files from before default steps followed the language hold a default step's name in
    the language of the day it was added, without "default": such a name, in any of the
    coach's languages, is the default again. A default step this release does not know
    (a newer release's, before a downgrade) keeps the name it was stored with.
    """
    steps: list[Step] = []
    for item in stored:
        uid, summary = item["uid"], item["summary"]
        default = item.get("default", summary in _DEFAULT_NAMES.get(uid, ()))
        if not (isinstance(uid, str) and isinstance(summary, str)):
            raise TypeError("wind-down steps must be text")
        if not isinstance(default, bool):
            raise TypeError(f"default is not a boolean: {default!r}")
        known = default and uid in DEFAULT_STEP_UIDS
        steps.append(Step(uid, None if known else summary))
    return steps


# The default names of each default step, in every language the coach speaks.
_DEFAULT_NAMES = {
    uid: frozenset(TEXTS[language][f"wind_down.{uid}"] for language in LANGUAGES)
    for uid in DEFAULT_STEP_UIDS
}
