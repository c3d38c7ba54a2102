"""Journal events: what a sleeper logs, and how each is stored."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar, TypedDict

from .nights import calendar_holds

NOTE_MAX_LENGTH = 200


class EventKind(StrEnum):
    """What an event records."""

    TWITCH = "twitch"
    CAFFEINE = "caffeine"
    EXERCISE = "exercise"
    SYMPTOM = "symptom"
    BEDTIME_SNAPSHOT = "bedtime_snapshot"
    ROUTINE_STEP = "routine_step"
    FACTOR = "factor"
    CALM_NIGHT = "calm_night"
    EXPERIMENT = "experiment"


# The kinds a person logs, and so the only kinds `undo_last` removes: never what the coach
# recorded itself (bedtime snapshots) nor wind-down ticks.
UNDOABLE_KINDS = (
    EventKind.TWITCH,
    EventKind.CAFFEINE,
    EventKind.EXERCISE,
    EventKind.SYMPTOM,
    EventKind.FACTOR,
    EventKind.CALM_NIGHT,
)


class BodyPart(StrEnum):
    """Where a twitch was felt."""

    LEGS = "legs"
    ARMS = "arms"
    TRUNK = "trunk"


LEGS_ONLY = frozenset({BodyPart.LEGS})


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
    body_parts: frozenset[BodyPart] = LEGS_ONLY
    note: str | None = None
    user: str | None = None
    logged_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Caffeine:
    """A caffeinated drink."""

    kind: ClassVar[EventKind] = EventKind.CAFFEINE
    time: datetime
    amount_mg: float | None = None
    user: str | None = None
    logged_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Exercise:
    """An exercise session."""

    kind: ClassVar[EventKind] = EventKind.EXERCISE
    time: datetime
    intensity: Intensity = Intensity.VIGOROUS
    duration_min: float | None = None
    user: str | None = None
    logged_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SymptomReport:
    """A symptom noticed by the sleeper or a bed partner."""

    kind: ClassVar[EventKind] = EventKind.SYMPTOM
    time: datetime
    symptom: Symptom
    user: str | None = None
    logged_at: datetime | None = None


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


@dataclass(frozen=True, slots=True, kw_only=True)
class FactorReport:
    """Something present on a night that may go with twitches (see coach/factors.py)."""

    kind: ClassVar[EventKind] = EventKind.FACTOR
    time: datetime
    factor: str
    amount: float | None = None
    user: str | None = None
    logged_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CalmNight:
    """The sleeper's word that a night had no twitches."""

    kind: ClassVar[EventKind] = EventKind.CALM_NIGHT
    time: datetime
    user: str | None = None
    logged_at: datetime | None = None


class Keep(StrEnum):
    """What an experiment asks: to avoid a factor, or to do it."""

    AVOID = "avoid"
    DO = "do"


@dataclass(frozen=True, slots=True, kw_only=True)
class Experiment:
    """A change kept for a number of nights, to see whether it helps (coach/experiments.py)."""

    kind: ClassVar[EventKind] = EventKind.EXPERIMENT
    # When it started: its first night is this time's night.
    time: datetime
    change: str
    keep: Keep
    nights: int
    # When it ended (its last night reached, or stopped); None while it runs.
    ended: datetime | None = None
    user: str | None = None


type JournalEvent = (
    Twitch
    | Caffeine
    | Exercise
    | SymptomReport
    | BedtimeSnapshot
    | RoutineStep
    | FactorReport
    | CalmNight
    | Experiment
)


# The fields of each kind of event and their defaults, read once: storing and loading years of
# journal goes through them for every event.
_FIELDS: dict[type[JournalEvent], tuple[tuple[str, Any], ...]] = {
    cls: tuple((item.name, item.default) for item in fields(cls))
    for cls in (
        Twitch,
        Caffeine,
        Exercise,
        SymptomReport,
        BedtimeSnapshot,
        RoutineStep,
        FactorReport,
        CalmNight,
        Experiment,
    )
}


# Kept in the journal only: the note is private, and who logged an event and when is for
# `undo_last` (the bus event carries the user in its context).
PRIVATE_FIELDS = frozenset({"note", "user", "logged_at"})


def event_fields(event: JournalEvent) -> dict[str, Any]:
    """Return the public fields of an event as JSON-ready values, never the note."""
    data: dict[str, Any] = {"kind": event.kind.value}
    for name, _default in _FIELDS[type(event)]:
        if name not in PRIVATE_FIELDS:
            data[name] = _json_ready(getattr(event, name))
    return data


def event_from_public(data: Mapping[str, Any]) -> JournalEvent:
    """Build an event from exactly its public fields, as `event_fields` gives them.

    Raises ValueError, KeyError or TypeError if they are not one kind's public fields.
    """
    event = event_from_storage(data)
    if set(data) != set(event_fields(event)):
        raise ValueError("not exactly the public fields of its kind")
    return event


def without_private(event: JournalEvent) -> JournalEvent:
    """Return an event as anyone sees it: its private fields at their defaults."""
    return replace(
        event,
        **{
            name: default
            for name, default in _FIELDS[type(event)]
            if name in PRIVATE_FIELDS
        },
    )


def logged_at(event: JournalEvent) -> datetime:
    """Return when an event was logged (its own time unless it was back-filled)."""
    return getattr(event, "logged_at", None) or event.time


def event_to_storage(event: JournalEvent) -> dict[str, Any]:
    """Return an event as stored: fields at their default are left out to keep years small."""
    data: dict[str, Any] = {"kind": event.kind.value}
    for name, default in _FIELDS[type(event)]:
        value = getattr(event, name)
        if name == "time" or value != default:
            data[name] = _json_ready(value)
    return data


def _json_ready(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(value)
    return value


def event_from_storage(data: Mapping[str, Any]) -> JournalEvent:
    """Build an event from its stored form; raises ValueError, KeyError or TypeError if damaged."""
    when = _aware(_str(data["time"]))
    if (parse := _PARSERS.get(data["kind"])) is None:
        raise ValueError(f"unknown kind of event: {data['kind']!r}")
    return parse(when, data)


def _twitch(when: datetime, data: Mapping[str, Any]) -> Twitch:
    return Twitch(
        time=when,
        woke_up=_bool(data.get("woke_up", False)),
        body_parts=(
            frozenset(BodyPart(part) for part in data["body_parts"])
            if "body_parts" in data
            else LEGS_ONLY
        ),
        note=_optional_str(data.get("note")),
        **_logged_by(data),
    )


def _caffeine(when: datetime, data: Mapping[str, Any]) -> Caffeine:
    return Caffeine(
        time=when, amount_mg=_optional_number(data.get("amount_mg")), **_logged_by(data)
    )


def _exercise(when: datetime, data: Mapping[str, Any]) -> Exercise:
    return Exercise(
        time=when,
        intensity=Intensity(data.get("intensity", Intensity.VIGOROUS)),
        duration_min=_optional_number(data.get("duration_min")),
        **_logged_by(data),
    )


def _symptom(when: datetime, data: Mapping[str, Any]) -> SymptomReport:
    return SymptomReport(
        time=when, symptom=Symptom(data["symptom"]), **_logged_by(data)
    )


def _snapshot(when: datetime, data: Mapping[str, Any]) -> BedtimeSnapshot:
    return BedtimeSnapshot(time=when, temperature_c=_number(data["temperature_c"]))


def _routine_step(when: datetime, data: Mapping[str, Any]) -> RoutineStep:
    return RoutineStep(time=when, step=_str(data["step"]))


def _factor(when: datetime, data: Mapping[str, Any]) -> FactorReport:
    return FactorReport(
        time=when,
        factor=_str(data["factor"]),
        amount=_optional_number(data.get("amount")),
        **_logged_by(data),
    )


def _calm_night(when: datetime, data: Mapping[str, Any]) -> CalmNight:
    return CalmNight(time=when, **_logged_by(data))


def _experiment(when: datetime, data: Mapping[str, Any]) -> Experiment:
    ended = data.get("ended")
    return Experiment(
        time=when,
        change=_str(data["change"]),
        keep=Keep(data["keep"]),
        nights=_whole(data["nights"]),
        ended=None if ended is None else _aware(_str(ended)),
        user=_optional_str(data.get("user")),
    )


# A dictionary rather than a match on EventKind: loading years of journal parses every event.
_PARSERS: dict[str, Callable[[datetime, Mapping[str, Any]], JournalEvent]] = {
    EventKind.TWITCH: _twitch,
    EventKind.CAFFEINE: _caffeine,
    EventKind.EXERCISE: _exercise,
    EventKind.SYMPTOM: _symptom,
    EventKind.BEDTIME_SNAPSHOT: _snapshot,
    EventKind.ROUTINE_STEP: _routine_step,
    EventKind.FACTOR: _factor,
    EventKind.CALM_NIGHT: _calm_night,
    EventKind.EXPERIMENT: _experiment,
}


class _LoggedBy(TypedDict):
    user: str | None
    logged_at: datetime | None


def _logged_by(data: Mapping[str, Any]) -> _LoggedBy:
    """Read who logged an event and when, if it was back-filled."""
    stamp = data.get("logged_at")
    return {
        "user": _optional_str(data.get("user")),
        "logged_at": None if stamp is None else _aware(_str(stamp)),
    }


def _aware(text: str) -> datetime:
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        raise ValueError(f"time without a time zone: {text}")
    if not calendar_holds(when):
        # Its night cannot be computed (0001-01-01T00:00+14:00 is in year 0 in UTC).
        raise ValueError(f"a time outside what a calendar can hold: {text}")
    return when


# Damage is described by types, never values: a damaged note must not reach the log.
def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"not a boolean but {type(value).__name__}")
    return value


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"not a number but {type(value).__name__}")
    return float(value)


def _whole(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"not a whole number but {type(value).__name__}")
    return value


def _optional_number(value: object) -> float | None:
    return None if value is None else _number(value)


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"not a string but {type(value).__name__}")
    return value


def _optional_str(value: object) -> str | None:
    return None if value is None else _str(value)
