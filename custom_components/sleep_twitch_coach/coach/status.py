"""What the coach shows at a given moment, computed from the journal and the routine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from .events import BedtimeSnapshot, EventKind, Exercise, Intensity
from .journal import Journal
from .nights import (
    WEEK_NIGHTS,
    first_after_night_start,
    local_moment,
    next_occurrence,
    night_end,
    night_of,
)

DEFAULT_TARGET_CELSIUS = 18.0
DEFAULT_TARGET_FAHRENHEIT = 65.0
DEFAULT_TOLERANCE_CELSIUS = 1.0
DEFAULT_BEDTIME = time(22, 30)
DEFAULT_WAKE_TIME = time(7, 0)
DEFAULT_CAFFEINE_CUTOFF = time(14, 0)
DEFAULT_EXERCISE_BUFFER = timedelta(hours=3)
DEFAULT_RETENTION_NIGHTS = 730
# Temperatures are compared to a millionth of a degree: finer than any sensor, coarser than
# what converting °F to °C leaves behind.
COMPARISON_DECIMALS = 6
# The next-bedtime and next-cutoff sensors move on this long after the moment passes, so that
# automations triggering at those times fire before the sensor shows tomorrow's.
TIMESTAMP_ROLLOVER_DELAY = timedelta(seconds=1)


class TemperatureStatus(StrEnum):
    """The bedroom temperature against its target."""

    TOO_COLD = "too_cold"
    ON_TARGET = "on_target"
    TOO_WARM = "too_warm"


@dataclass(frozen=True, slots=True, kw_only=True)
class Routine:
    """A sleeper's schedule and targets."""

    bedtime: time = DEFAULT_BEDTIME
    wake_time: time = DEFAULT_WAKE_TIME
    caffeine_cutoff: time = DEFAULT_CAFFEINE_CUTOFF
    exercise_buffer: timedelta = DEFAULT_EXERCISE_BUFFER
    target_c: float = DEFAULT_TARGET_CELSIUS
    tolerance_c: float = DEFAULT_TOLERANCE_CELSIUS
    retention_nights: int = DEFAULT_RETENTION_NIGHTS


@dataclass(frozen=True, slots=True, kw_only=True)
class Status:
    """The journal-derived figures the entities show."""

    tonight: date
    twitches_tonight: int
    twitch_nights_7d: int
    last_caffeine: datetime | None
    last_exercise: datetime | None
    next_bedtime: datetime
    next_caffeine_cutoff: datetime
    caffeine_after_cutoff: bool
    late_exercise: bool
    next_change: datetime


def temperature_status(current_c: float, routine: Routine) -> TemperatureStatus:
    """Compare a bedroom temperature with the target, within the tolerance, edges included.

    Readings, targets and tolerances given in °F are kept in °C, and the conversion leaves
    artefacts in the last decimals (65 °F ± 1.5 °F would put 66.5 °F just outside): the
    comparison is made on values rounded far below any sensor's resolution.
    """
    offset = round(current_c - routine.target_c, COMPARISON_DECIMALS)
    tolerance = round(routine.tolerance_c, COMPARISON_DECIMALS)
    if offset < -tolerance:
        return TemperatureStatus.TOO_COLD
    if offset > tolerance:
        return TemperatureStatus.TOO_WARM
    return TemperatureStatus.ON_TARGET


def caffeine_window(
    day: date, journal: Journal, routine: Routine
) -> tuple[datetime, datetime]:
    """Return the span after the cutoff on a day until the next wake time."""
    start = local_moment(day, routine.caffeine_cutoff, journal.tz)
    return start, next_occurrence(start, routine.wake_time, journal.tz)


def late_exercise_window(
    night: date, journal: Journal, routine: Routine
) -> tuple[datetime, datetime]:
    """Return the span from the buffer before a night's bedtime until the next wake time."""
    bedtime = first_after_night_start(night, routine.bedtime, journal.tz)
    return bedtime - routine.exercise_buffer, next_occurrence(
        bedtime, routine.wake_time, journal.tz
    )


def bedtime_celsius(journal: Journal, night: date) -> float | None:
    """Return the bedroom temperature recorded at a night's bedtime, if any."""
    snapshots = journal.in_night(night, EventKind.BEDTIME_SNAPSHOT)
    last = snapshots[-1] if snapshots else None
    return last.temperature_c if isinstance(last, BedtimeSnapshot) else None


def had_caffeine_after_cutoff(day: date, journal: Journal, routine: Routine) -> bool:
    """Return whether caffeine was logged strictly after the cutoff of a day (until wake).

    A coffee at exactly the cutoff is not after it.
    """
    start, end = caffeine_window(day, journal, routine)
    return any(
        event.time > start for event in journal.between(start, end, EventKind.CAFFEINE)
    )


def had_late_exercise(night: date, journal: Journal, routine: Routine) -> bool:
    """Return whether vigorous exercise was logged closer than the buffer to bedtime.

    Exactly one buffer before bedtime is not late.
    """
    start, end = late_exercise_window(night, journal, routine)
    return any(
        isinstance(event, Exercise)
        and event.intensity is Intensity.VIGOROUS
        and event.time > start
        for event in journal.between(start, end, EventKind.EXERCISE)
    )


def status_at(journal: Journal, routine: Routine, now: datetime) -> Status:
    """Compute what the coach shows at `now`."""
    tz = journal.tz
    tonight = night_of(now, tz)
    last_caffeine = journal.latest(EventKind.CAFFEINE)
    last_exercise = journal.latest(EventKind.EXERCISE)
    # The current caffeine window is the one that started at the latest cutoff before now.
    cutoff_day = now.astimezone(tz).date()
    if local_moment(cutoff_day, routine.caffeine_cutoff, tz) > now:
        cutoff_day -= timedelta(days=1)
    _, window_end = caffeine_window(cutoff_day, journal, routine)
    shown_since = now - TIMESTAMP_ROLLOVER_DELAY
    next_bedtime = next_occurrence(shown_since, routine.bedtime, tz)
    next_cutoff = next_occurrence(shown_since, routine.caffeine_cutoff, tz)
    return Status(
        tonight=tonight,
        twitches_tonight=len(journal.twitches(tonight)),
        twitch_nights_7d=len(journal.twitch_nights(tonight, WEEK_NIGHTS)),
        last_caffeine=last_caffeine.time if last_caffeine else None,
        last_exercise=last_exercise.time if last_exercise else None,
        next_bedtime=next_bedtime,
        next_caffeine_cutoff=next_cutoff,
        caffeine_after_cutoff=now < window_end
        and had_caffeine_after_cutoff(cutoff_day, journal, routine),
        late_exercise=had_late_exercise(tonight, journal, routine),
        next_change=min(
            night_end(tonight, tz),
            next_bedtime + TIMESTAMP_ROLLOVER_DELAY,
            next_cutoff + TIMESTAMP_ROLLOVER_DELAY,
            next_occurrence(now, routine.wake_time, tz),
        ),
    )
