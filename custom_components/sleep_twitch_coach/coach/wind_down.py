"""The wind-down routine: steps for the evening, done or not tonight."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .events import EventKind, RoutineStep
from .journal import Journal
from .languages import base_language


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


# The routine from the health advice the coach follows; the user may rename, add and remove.
# A step's name, as a person types it: a sentence, not a page.
STEP_MAX_LENGTH = 200

DEFAULT_STEPS = (
    Step("stretch", "Stretch hamstrings, calves and quadriceps"),
    Step("relax", "Progressive muscle relaxation or deep breathing"),
    Step("bath", "Warm Epsom salt bath"),
    Step("screens_off", "Screens off"),
    Step("cool_dark_bedroom", "Cool, dark bedroom"),
    Step("snack", "A magnesium- or potassium-rich snack"),
)


# The same steps in the other languages the coach speaks, in the same order.
_DEFAULT_SUMMARIES = {
    "de": (
        "Hintere und vordere Oberschenkel sowie Waden dehnen",
        "Progressive Muskelentspannung oder tiefes Atmen",
        "Warmes Bad mit Bittersalz",
        "Bildschirme aus",
        "Kühles, dunkles Schlafzimmer",
        "Ein Snack mit viel Magnesium oder Kalium",
    ),
    "es": (
        "Estirar isquiotibiales, gemelos y cuádriceps",
        "Relajación muscular progresiva o respiración profunda",
        "Baño caliente con sales de Epsom",
        "Pantallas apagadas",
        "Dormitorio fresco y oscuro",
        "Un tentempié rico en magnesio o potasio",
    ),
    "fr": (
        "Étirer les ischio-jambiers, les mollets et les quadriceps",
        "Relaxation musculaire progressive ou respiration profonde",
        "Bain chaud au sel d'Epsom",
        "Écrans éteints",
        "Chambre fraîche et sombre",
        "Un en-cas riche en magnésium ou en potassium",
    ),
    "it": (
        "Allungare femorali, polpacci e quadricipiti",
        "Rilassamento muscolare progressivo o respirazione profonda",
        "Bagno caldo con sale di Epsom",
        "Schermi spenti",
        "Camera da letto fresca e buia",
        "Uno spuntino ricco di magnesio o potassio",
    ),
    "nl": (
        "Hamstrings, kuiten en quadriceps rekken",
        "Progressieve spierontspanning of diep ademhalen",
        "Warm bad met Epsom-zout",
        "Schermen uit",
        "Koele, donkere slaapkamer",
        "Een snack rijk aan magnesium of kalium",
    ),
}


def default_steps(language: str) -> list[Step]:
    """Return the default steps in a language ("de", "de-CH"), English for any other."""
    summaries = _DEFAULT_SUMMARIES.get(base_language(language))
    if summaries is None:
        return list(DEFAULT_STEPS)
    return [
        Step(step.uid, summary)
        for step, summary in zip(DEFAULT_STEPS, summaries, strict=True)
    ]


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
