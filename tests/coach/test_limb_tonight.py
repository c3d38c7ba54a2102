"""Tests of what counts as tonight's limb movements, straight from on and off times."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from custom_components.sleep_twitch_coach.coach.limbs.nights import MeasuredNight
from custom_components.sleep_twitch_coach.coach.limbs.scoring import Movement, PlmRule
from custom_components.sleep_twitch_coach.coach.limbs.tonight import (
    LimbNights,
    epoch_ms,
)
from custom_components.sleep_twitch_coach.coach.status import Routine

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 11, 16)
# 23:00 in Berlin, after the default bedtime of 22:30.
LATE = epoch_ms(datetime(2026, 11, 16, 22, 0, tzinfo=UTC))


def nights(*, bed_sensor: bool) -> LimbNights:
    """Return tonight's tracker for NIGHT under WASM 2016."""
    limbs = LimbNights(PlmRule.WASM_2016, Routine(), BERLIN, bed_sensor=bed_sensor)
    limbs.begin(MeasuredNight(NIGHT))
    return limbs


def test_a_movement_counts_from_half_a_second_in_bed() -> None:
    """0.499 s is no movement at all; 0.5 s is one, kept with its onset and length."""
    limbs = nights(bed_sensor=False)
    limbs.movement_started(LATE)
    assert not limbs.movement_ended(LATE + 499)
    limbs.movement_started(LATE + 10_000)
    assert limbs.movement_ended(LATE + 10_500)
    assert limbs.tonight.movements == [Movement(LATE + 10_000, 500)]


def test_without_a_bed_sensor_in_bed_is_bedtime_to_wake_time() -> None:
    """A movement at 22:00 (before the 22:30 bedtime) is not counted; at 23:00 it is."""
    limbs = nights(bed_sensor=False)
    before_bed = LATE - 3_600_000
    limbs.movement_started(before_bed)
    assert not limbs.movement_ended(before_bed + 1_000)
    assert limbs.tonight.movements == []
    limbs.movement_started(LATE)
    assert limbs.movement_ended(LATE + 1_000)
    limbs.file(limbs.tonight)
    # 22:30 to 07:00 in Berlin: 8.5 hours in bed.
    assert limbs.filed[NIGHT].in_bed_ms == 8.5 * 3_600_000


def test_an_off_without_an_on_and_a_lost_sensor_count_nothing() -> None:
    """A sensor that stopped reporting mid-movement leaves that movement out."""
    limbs = nights(bed_sensor=False)
    assert not limbs.movement_ended(LATE)
    limbs.movement_started(LATE)
    limbs.movement_lost()
    assert not limbs.movement_ended(LATE + 1_000)


def test_with_a_bed_sensor_only_movements_in_bed_count() -> None:
    """Out of bed nothing counts; in bed the time is summed, an open span up to now."""
    limbs = nights(bed_sensor=True)
    limbs.movement_started(LATE)
    assert not limbs.movement_ended(LATE + 1_000)
    limbs.bed_entered(LATE + 2_000)
    limbs.movement_started(LATE + 3_000)
    assert limbs.movement_ended(LATE + 4_000)
    assert limbs.bed_left(LATE + 62_000)
    assert not limbs.bed_left(LATE + 63_000)
    limbs.bed_entered(LATE + 70_000)
    assert limbs.so_far(LATE + 80_000).in_bed == [
        (LATE + 2_000, LATE + 62_000),
        (LATE + 70_000, LATE + 80_000),
    ]


def test_a_night_that_ends_in_bed_goes_on_in_the_next_night() -> None:
    """At noon the open span closes at the night's end and the next night starts there."""
    limbs = nights(bed_sensor=True)
    limbs.bed_entered(LATE)
    end_ms = limbs.bounds()[1]
    ended = limbs.end_tonight()
    assert ended.in_bed == [(LATE, end_ms)]
    limbs.begin(MeasuredNight(NIGHT + timedelta(days=1)))
    assert limbs.so_far(end_ms + 1_000).in_bed == [(end_ms, end_ms + 1_000)]


def test_last_night_is_tonight_once_its_wake_time_has_passed() -> None:
    """Before 07:00 last night is the filed one; from 07:00 it is tonight's."""
    limbs = nights(bed_sensor=False)
    wake = datetime(2026, 11, 17, 7, 0, tzinfo=BERLIN)
    before = limbs.figures(wake - timedelta(seconds=1))
    assert before.last_night is None
    after = limbs.figures(wake)
    assert after.last_night is after.tonight
    assert list(limbs.measured(after)) == [NIGHT]
