"""Tests of what the coach shows at a given moment."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.sleep_twitch_coach.coach.events import (
    Caffeine,
    Exercise,
    Intensity,
    Twitch,
)
from custom_components.sleep_twitch_coach.coach.journal import Journal
from custom_components.sleep_twitch_coach.coach.status import (
    Routine,
    TemperatureStatus,
    status_at,
    temperature_status,
)

BERLIN = ZoneInfo("Europe/Berlin")
ROUTINE = Routine()


def local(*args: int) -> datetime:
    """Return a Berlin wall-clock time."""
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("celsius", "expected"),
    [
        (16.9, TemperatureStatus.TOO_COLD),
        (17.0, TemperatureStatus.ON_TARGET),
        (18.0, TemperatureStatus.ON_TARGET),
        (19.0, TemperatureStatus.ON_TARGET),
        (19.1, TemperatureStatus.TOO_WARM),
    ],
)
def test_temperature_status_uses_the_tolerance(
    celsius: float, expected: TemperatureStatus
) -> None:
    """18 °C ± 1 °C is on target."""
    assert temperature_status(celsius, ROUTINE) is expected


def test_tonight_counts_and_the_seven_night_window() -> None:
    """Tonight's twitches and the nights with a twitch among the last 7."""
    journal = Journal(BERLIN)
    journal.add(Twitch(time=local(2026, 11, 17, 1, 30)))
    journal.add(Twitch(time=local(2026, 11, 16, 23, 0)))
    journal.add(Twitch(time=local(2026, 11, 10, 23, 0)))
    journal.add(Twitch(time=local(2026, 11, 9, 23, 0)))
    status = status_at(journal, ROUTINE, local(2026, 11, 17, 6, 0))
    assert status.tonight == date(2026, 11, 16)
    assert status.twitches_tonight == 2
    assert status.twitch_nights_7d == 2
    later = status_at(journal, ROUTINE, local(2026, 11, 17, 12, 0))
    assert later.twitches_tonight == 0
    assert later.twitch_nights_7d == 1


def test_schedule_times_and_next_change() -> None:
    """Next bedtime and cutoff, and the earliest moment anything time-based changes."""
    journal = Journal(BERLIN)
    status = status_at(journal, ROUTINE, local(2026, 11, 17, 8, 0))
    assert status.next_bedtime == local(2026, 11, 17, 22, 30)
    assert status.next_caffeine_cutoff == local(2026, 11, 17, 14, 0)
    assert status.next_change == local(2026, 11, 17, 12, 0)
    evening = status_at(journal, ROUTINE, local(2026, 11, 17, 23, 0))
    assert evening.next_bedtime == local(2026, 11, 18, 22, 30)
    assert evening.next_change == local(2026, 11, 18, 7, 0)
    # The timestamp sensors move on a second after their moment, so that automations
    # triggering at that moment fire first.
    afternoon = status_at(journal, ROUTINE, local(2026, 11, 17, 13, 0))
    assert afternoon.next_change == local(2026, 11, 17, 14, 0, 1)
    at_cutoff = status_at(journal, ROUTINE, local(2026, 11, 17, 14, 0))
    assert at_cutoff.next_caffeine_cutoff == local(2026, 11, 17, 14, 0)
    assert at_cutoff.next_change == local(2026, 11, 17, 14, 0, 1)
    after = status_at(journal, ROUTINE, local(2026, 11, 17, 14, 0, 1))
    assert after.next_caffeine_cutoff == local(2026, 11, 18, 14, 0)
    assert after.next_change == local(2026, 11, 17, 22, 30, 1)


def test_caffeine_after_cutoff_lasts_until_wake_time() -> None:
    """Coffee at 16:00 is after the 14:00 cutoff until 07:00; morning coffee is not."""
    journal = Journal(BERLIN)
    journal.add(Caffeine(time=local(2026, 11, 16, 9, 0)))
    assert not status_at(
        journal, ROUTINE, local(2026, 11, 16, 15, 0)
    ).caffeine_after_cutoff
    journal.add(Caffeine(time=local(2026, 11, 16, 16, 0)))
    assert status_at(journal, ROUTINE, local(2026, 11, 16, 16, 5)).caffeine_after_cutoff
    assert status_at(journal, ROUTINE, local(2026, 11, 17, 6, 59)).caffeine_after_cutoff
    assert not status_at(
        journal, ROUTINE, local(2026, 11, 17, 7, 0)
    ).caffeine_after_cutoff
    journal.add(Caffeine(time=local(2026, 11, 17, 8, 0)))
    assert not status_at(
        journal, ROUTINE, local(2026, 11, 17, 9, 0)
    ).caffeine_after_cutoff
    assert not status_at(
        journal, ROUTINE, local(2026, 11, 17, 14, 30)
    ).caffeine_after_cutoff


def test_late_exercise_is_vigorous_within_the_buffer() -> None:
    """Vigorous at 20:00 before a 22:30 bedtime is late; light or 19:00 is not."""
    journal = Journal(BERLIN)
    journal.add(Exercise(time=local(2026, 11, 16, 19, 0)))
    journal.add(Exercise(time=local(2026, 11, 16, 20, 0), intensity=Intensity.LIGHT))
    assert not status_at(journal, ROUTINE, local(2026, 11, 16, 21, 0)).late_exercise
    journal.add(Exercise(time=local(2026, 11, 16, 20, 0)))
    assert status_at(journal, ROUTINE, local(2026, 11, 16, 21, 0)).late_exercise
    assert status_at(journal, ROUTINE, local(2026, 11, 17, 11, 0)).late_exercise
    assert not status_at(journal, ROUTINE, local(2026, 11, 17, 12, 0)).late_exercise


def test_bedtime_after_midnight() -> None:
    """With a 00:30 bedtime, exercise at 22:00 is late and the next bedtime is after midnight."""
    routine = Routine(bedtime=time(0, 30), exercise_buffer=timedelta(hours=3))
    journal = Journal(BERLIN)
    journal.add(Exercise(time=local(2026, 11, 16, 22, 0)))
    status = status_at(journal, routine, local(2026, 11, 16, 23, 0))
    assert status.late_exercise
    assert status.next_bedtime == local(2026, 11, 17, 0, 30)
    journal.add(Exercise(time=local(2026, 11, 17, 21, 0)))
    assert not status_at(journal, routine, local(2026, 11, 17, 21, 15)).late_exercise


@pytest.mark.parametrize(
    ("logged", "after"),
    [
        (local(2026, 11, 16, 14, 0), False),  # exactly at the cutoff is not after it
        (local(2026, 11, 16, 14, 0, 1), True),
        (local(2026, 11, 16, 13, 59, 59), False),
    ],
)
def test_caffeine_counts_only_strictly_after_the_cutoff(
    logged: datetime, after: bool
) -> None:
    """A coffee at exactly 14:00 with a 14:00 cutoff is not after it."""
    journal = Journal(BERLIN, [Caffeine(time=logged)])
    status = status_at(journal, ROUTINE, local(2026, 11, 16, 20, 0))
    assert status.caffeine_after_cutoff is after


@pytest.mark.parametrize(
    ("logged", "late"),
    [
        (local(2026, 11, 16, 19, 30), False),  # exactly one buffer before bedtime
        (local(2026, 11, 16, 19, 30, 1), True),
        (local(2026, 11, 16, 19, 29, 59), False),
    ],
)
def test_exercise_is_late_only_closer_than_the_buffer(
    logged: datetime, late: bool
) -> None:
    """Vigorous exercise exactly 3 hours before a 22:30 bedtime is not late."""
    journal = Journal(BERLIN, [Exercise(time=logged, intensity=Intensity.VIGOROUS)])
    status = status_at(journal, ROUTINE, local(2026, 11, 16, 21, 0))
    assert status.late_exercise is late


def fahrenheit_to_celsius(value: float) -> float:
    """Convert as Home Assistant's TemperatureConverter does."""
    return (value - 32.0) / 1.8


def test_fahrenheit_edges_are_on_target_whatever_the_conversion_leaves() -> None:
    """Every target and tolerance entered in °F: a reading at either edge is on target.

    65 °F ± 1.5 °F: 66.5 °F and 63.5 °F are on target, 66.6 °F and 63.4 °F are not.
    """
    wrong = []
    for target_tenths in range(600, 751, 5):  # 60.0 to 75.0 °F
        for tolerance_tenths in range(1, 101):  # 0.1 to 10.0 °F
            target, tolerance = target_tenths / 10, tolerance_tenths / 10
            routine = Routine(
                target_c=fahrenheit_to_celsius(target), tolerance_c=tolerance / 1.8
            )
            for reading, expected in (
                (target + tolerance, TemperatureStatus.ON_TARGET),
                (target - tolerance, TemperatureStatus.ON_TARGET),
                (target + tolerance + 0.1, TemperatureStatus.TOO_WARM),
                (target - tolerance - 0.1, TemperatureStatus.TOO_COLD),
            ):
                # A sensor reports one decimal.
                celsius = fahrenheit_to_celsius(round(reading, 1))
                found = temperature_status(celsius, routine)
                if found is not expected:
                    wrong.append((target, tolerance, reading, found))
    assert wrong == []
