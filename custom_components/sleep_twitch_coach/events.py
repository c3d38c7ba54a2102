"""Journal events: what a sleeper logs, and how each is stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

NOTE_MAX_LENGTH = 200


class EventKind(StrEnum):
    """What an event records."""

    TWITCH = "twitch"
    CAFFEINE = "caffeine"
    EXERCISE = "exercise"
    SYMPTOM = "symptom"
    BEDTIME_SNAPSHOT = "bedtime_snapshot"
    ROUTINE_STEP = "routine_step"


class BodyPart(StrEnum):
    """Where a twitch was felt."""

    LEGS = "legs"
    ARMS = "arms"
    TRUNK = "trunk"


class Intensity(StrEnum):
    """How hard an exercise session was."""

    LIGHT = "light"
    MODERATE = "moderate"
    VIGOROUS = "vigorous"


class Symptom(StrEnum):
    """A symptom worth journalling."""

    URGE_TO_MOVE = "urge_to_move"
    PARTNER_REPORTS_KICKING = "partner_reports_kicking"
    WEAKNESS_OR_NUMBNESS = "weakness_or_numbness"
    DAYTIME_SLEEPINESS = "daytime_sleepiness"
    NEW_MEDICATION = "new_medication"


@dataclass(frozen=True, slots=True, kw_only=True)
class Twitch:
    """A twitch or jerk at night."""

    kind: ClassVar[EventKind] = EventKind.TWITCH
    time: datetime
    woke_up: bool = False
    body_parts: frozenset[BodyPart] = frozenset({BodyPart.LEGS})
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Caffeine:
    """A caffeinated drink."""

    kind: ClassVar[EventKind] = EventKind.CAFFEINE
    time: datetime
    amount_mg: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Exercise:
    """An exercise session."""

    kind: ClassVar[EventKind] = EventKind.EXERCISE
    time: datetime
    intensity: Intensity = Intensity.VIGOROUS
    duration_min: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SymptomReport:
    """A symptom noticed by the sleeper or a bed partner."""

    kind: ClassVar[EventKind] = EventKind.SYMPTOM
    time: datetime
    symptom: Symptom


@dataclass(frozen=True, slots=True, kw_only=True)
class BedtimeSnapshot:
    """The bedroom temperature at bedtime, kept beyond the recorder's retention."""

    kind: ClassVar[EventKind] = EventKind.BEDTIME_SNAPSHOT
    time: datetime
    temperature_c: float


@dataclass(frozen=True, slots=True, kw_only=True)
class RoutineStep:
    """A wind-down step marked done."""

    kind: ClassVar[EventKind] = EventKind.ROUTINE_STEP
    time: datetime
    step: str


type Event = (
    Twitch | Caffeine | Exercise | SymptomReport | BedtimeSnapshot | RoutineStep
)


def event_fields(event: Event) -> dict[str, Any]:
    """Return every field of an event as JSON-ready values (for the event bus)."""
    data: dict[str, Any] = {"kind": event.kind.value}
    for item in fields(event):
        value = getattr(event, item.name)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, frozenset):
            value = sorted(value)
        data[item.name] = value
    return data


def event_to_storage(event: Event) -> dict[str, Any]:
    """Return an event as stored: fields at their default are left out to keep years small."""
    data = event_fields(event)
    for item in fields(event):
        if item.name != "time" and getattr(event, item.name) == item.default:
            del data[item.name]
    return data


def event_from_storage(data: Mapping[str, Any]) -> Event:
    """Build an event from its stored form; raises ValueError, KeyError or TypeError if damaged."""
    when = datetime.fromisoformat(data["time"])
    if when.tzinfo is None:
        raise ValueError(f"time without a time zone: {data['time']}")
    match EventKind(data["kind"]):
        case EventKind.TWITCH:
            return Twitch(
                time=when,
                woke_up=_bool(data.get("woke_up", False)),
                body_parts=frozenset(
                    BodyPart(part) for part in data.get("body_parts", ["legs"])
                ),
                note=_optional_str(data.get("note")),
            )
        case EventKind.CAFFEINE:
            return Caffeine(
                time=when, amount_mg=_optional_number(data.get("amount_mg"))
            )
        case EventKind.EXERCISE:
            return Exercise(
                time=when,
                intensity=Intensity(data.get("intensity", Intensity.VIGOROUS)),
                duration_min=_optional_number(data.get("duration_min")),
            )
        case EventKind.SYMPTOM:
            return SymptomReport(time=when, symptom=Symptom(data["symptom"]))
        case EventKind.BEDTIME_SNAPSHOT:
            return BedtimeSnapshot(
                time=when, temperature_c=_number(data["temperature_c"])
            )
        case EventKind.ROUTINE_STEP:
            return RoutineStep(time=when, step=_str(data["step"]))


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"not a boolean: {value!r}")
    return value


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"not a number: {value!r}")
    return float(value)


def _optional_number(value: object) -> float | None:
    return None if value is None else _number(value)


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"not a string: {value!r}")
    return value


def _optional_str(value: object) -> str | None:
    return None if value is None else _str(value)
