"""Factors: what may go with twitch nights, and which nights the journal recorded.

A factor is present or absent on a night (the night rule), or unknown there. Some the coach
derives from what it knows; the others are logged (`FactorReport`), built in or named by the
user (custom). Only recorded nights count in a comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

from .events import EventKind, FactorReport
from .journal import Journal
from .status import (
    Routine,
    TemperatureStatus,
    bedtime_celsius,
    had_caffeine_after_cutoff,
    had_late_exercise,
    temperature_status,
)
from .wind_down import wind_down_skipped


class Factor(StrEnum):
    """A built-in factor: derived ones first, then the ones a sleeper logs."""

    CAFFEINE_AFTER_CUTOFF = "caffeine_after_cutoff"
    LATE_VIGOROUS_EXERCISE = "late_vigorous_exercise"
    BEDROOM_TOO_WARM = "bedroom_too_warm"
    WIND_DOWN_SKIPPED = "wind_down_skipped"
    SHORT_SLEEP = "short_sleep"
    ALCOHOL = "alcohol"
    STRESS = "stress"
    WATER = "water"
    MAGNESIUM = "magnesium"
    SCREENS_IN_BED = "screens_in_bed"
    HEAVY_LATE_MEAL = "heavy_late_meal"
    NICOTINE = "nicotine"
    LONG_STANDING = "long_standing"
    WARM_BATH = "warm_bath"
    RELAXATION = "relaxation"


DERIVED_FACTORS = (
    Factor.CAFFEINE_AFTER_CUTOFF,
    Factor.LATE_VIGOROUS_EXERCISE,
    Factor.BEDROOM_TOO_WARM,
    Factor.WIND_DOWN_SKIPPED,
    Factor.SHORT_SLEEP,
)
LOGGED_FACTORS = tuple(factor for factor in Factor if factor not in DERIVED_FACTORS)

# Custom factors: keys "custom_<slug of the name>", up to 10 per sleeper.
CUSTOM_PREFIX = "custom_"
MAX_CUSTOM_FACTORS = 10
CUSTOM_NAME_MAX_LENGTH = 40

# "2-2.5 litres of water a day": a night with less logged is "too little water".
ENOUGH_WATER_LITRES = 2.0
# Under this many hours in bed the night before is short sleep (sleep deprivation).
SHORT_SLEEP_HOURS = 7.0


@dataclass(frozen=True, slots=True)
class Amount:
    """What an amount of a logged factor may be, and its unit."""

    minimum: float
    maximum: float
    step: float
    unit: str


AMOUNTS: dict[str, Amount] = {
    Factor.ALCOHOL: Amount(1, 20, 1, "drinks"),
    Factor.STRESS: Amount(1, 3, 1, "level"),
    Factor.WATER: Amount(0.1, 10, 0.1, "litres"),
}
# A custom factor's amount means what its sleeper wants it to.
CUSTOM_AMOUNT = Amount(0, 1000, 1, "")

# Events a person logs: any of them in a night makes it a recorded night.
PERSON_LOGGED_KINDS = (
    EventKind.TWITCH,
    EventKind.CALM_NIGHT,
    EventKind.CAFFEINE,
    EventKind.EXERCISE,
    EventKind.SYMPTOM,
    EventKind.FACTOR,
    EventKind.ROUTINE_STEP,
)


def is_custom(factor: str) -> bool:
    """Return whether a factor key names a custom factor."""
    return factor.startswith(CUSTOM_PREFIX)


def is_recorded(journal: Journal, night: date, measured: Collection[date]) -> bool:
    """Return whether the journal knows something of a night (otherwise: not recorded).

    `measured`: the nights a leg-movement sensor measured.
    """
    return night in measured or any(
        journal.in_night(night, kind) for kind in PERSON_LOGGED_KINDS
    )


def logged_amounts(journal: Journal, night: date) -> dict[str, float | None]:
    """Return the factors logged in a night, with their amounts summed (None: no amount)."""
    amounts: dict[str, float | None] = {}
    for event in journal.in_night(night, EventKind.FACTOR):
        if isinstance(event, FactorReport):
            before = amounts.get(event.factor)
            if event.amount is None:
                amounts[event.factor] = before
            else:
                amounts[event.factor] = (before or 0.0) + event.amount
    return amounts


@dataclass(frozen=True, slots=True)
class NightContext:
    """What factors are about beyond the journal: the routine, the sensors, custom factors."""

    routine: Routine
    # The sleeper's custom factors: their names by key ("custom_<slug>").
    custom: Mapping[str, str] = field(default_factory=dict)
    # Hours in bed per night, from a bed sensor (empty without one: short sleep is unknown).
    in_bed_hours: Mapping[date, float] = field(default_factory=dict)
    # The nights a leg-movement sensor measured: recorded nights.
    measured: Collection[date] = frozenset()

    @property
    def keys(self) -> tuple[str, ...]:
        """Return every factor: the built-in ones, then the custom ones."""
        return (*Factor, *self.custom)


def night_factors(
    journal: Journal,
    night: date,
    context: NightContext,
    keys: Collection[str] | None = None,
) -> dict[str, bool]:
    """Return the factors among `keys` known on a night: present (True) or absent (False).

    A factor unknown that night (no bedtime reading, no water logged, no bed sensor) is left
    out, so that no comparison counts it on either side.
    """
    logged = logged_amounts(journal, night)
    found: dict[str, bool] = {}
    for key in context.keys if keys is None else keys:
        present = _present(key, journal, night, context, logged)
        if present is not None:
            found[key] = present
    return found


# A night's known factors, by night (see `night_factors`).
type FactorsOf = Callable[[date], dict[str, bool]]


def factors_finder(journal: Journal, context: NightContext) -> FactorsOf:
    """Return each night's known factors, found once a night however often asked.

    A report asks twice for the nights it shows: for their rows and for the comparisons.
    """
    return cache(lambda night: night_factors(journal, night, context))


def _present(
    key: str,
    journal: Journal,
    night: date,
    context: NightContext,
    logged: Mapping[str, float | None],
) -> bool | None:
    routine = context.routine
    match key:
        case Factor.CAFFEINE_AFTER_CUTOFF:
            return had_caffeine_after_cutoff(night, journal, routine)
        case Factor.LATE_VIGOROUS_EXERCISE:
            return had_late_exercise(night, journal, routine)
        case Factor.BEDROOM_TOO_WARM:
            celsius = bedtime_celsius(journal, night)
            if celsius is None:
                return None
            return temperature_status(celsius, routine) is TemperatureStatus.TOO_WARM
        case Factor.WIND_DOWN_SKIPPED:
            return wind_down_skipped(journal, night)
        case Factor.SHORT_SLEEP:
            hours = context.in_bed_hours.get(night - timedelta(days=1))
            return None if hours is None else hours < SHORT_SLEEP_HOURS
        case Factor.WATER:
            # Water logged without an amount says nothing of how much.
            litres = logged.get(key)
            return None if litres is None else litres < ENOUGH_WATER_LITRES
        case _:
            return key in logged
