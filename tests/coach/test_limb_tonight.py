"""Tests of what counts as tonight's limb movements, straight from on and off times."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from custom_components.sleep_twitch_coach.coach.limbs.nights import MeasuredNight
from custom_components.sleep_twitch_coach.coach.limbs.scoring import (
    Leg,
    Movement,
    PlmRule,
)
from custom_components.sleep_twitch_coach.coach.limbs.tonight import (
    LimbNights,
    Measuring,
    epoch_ms,
)
from custom_components.sleep_twitch_coach.coach.status import Routine

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 11, 16)
# 23:00 in Berlin, after the default bedtime of 22:30.
LATE = epoch_ms(datetime(2026, 11, 16, 22, 0, tzinfo=UTC))


def nights(
    *, bed_sensor: bool, bilateral: bool = False, asleep_sensor: bool = False
) -> LimbNights:
    """Return tonight's tracker for NIGHT under WASM 2016."""
    limbs = LimbNights(
        PlmRule.WASM_2016,
        Routine(),
        BERLIN,
        Measuring(
            bed_sensor=bed_sensor, bilateral=bilateral, asleep_sensor=asleep_sensor
        ),
    )
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


def test_a_movement_waits_for_the_other_legs_earlier_one() -> None:
    """The right leg stops while the left, which started first, still moves: it waits."""
    limbs = nights(bed_sensor=False, bilateral=True)
    limbs.movement_started(LATE, Leg.LEFT)
    limbs.movement_started(LATE + 1_000, Leg.RIGHT)
    assert limbs.movement_ended(LATE + 2_000, Leg.RIGHT)
    # Kept (and written with tonight), but not scored before the left leg's.
    assert limbs.tonight.movements == []
    assert limbs.so_far(LATE + 2_500).movements == [
        Movement(LATE + 1_000, 1_000, Leg.RIGHT)
    ]
    assert limbs.movement_ended(LATE + 3_000, Leg.LEFT)
    assert limbs.tonight.movements == [
        Movement(LATE, 3_000, Leg.LEFT),
        Movement(LATE + 1_000, 1_000, Leg.RIGHT),
    ]
    # One bilateral movement.
    figures = limbs.figures(datetime(2026, 11, 16, 23, 30, tzinfo=BERLIN)).tonight
    assert (figures.score.limb_movements, figures.score.left_leg) == (1, 1)


def test_a_lost_leg_lets_the_other_legs_movements_through() -> None:
    """The left sensor stops reporting mid-movement: the right's waiting one is scored."""
    limbs = nights(bed_sensor=False, bilateral=True)
    limbs.movement_started(LATE, Leg.LEFT)
    limbs.movement_started(LATE + 1_000, Leg.RIGHT)
    limbs.movement_ended(LATE + 2_000, Leg.RIGHT)
    limbs.movement_lost(Leg.LEFT)
    assert limbs.tonight.movements == [Movement(LATE + 1_000, 1_000, Leg.RIGHT)]
    # At the night's end, whatever still waits is scored.
    limbs.movement_started(LATE + 5_000, Leg.LEFT)
    limbs.movement_started(LATE + 6_000, Leg.RIGHT)
    limbs.movement_ended(LATE + 7_000, Leg.RIGHT)
    assert len(limbs.end_tonight().movements) == 2


def test_time_asleep_is_asleep_in_bed_and_flags_each_onset() -> None:
    """Asleep 23:30-02:00 with bedtime at 22:30: 2.5 h; a movement before sleep is awake."""
    limbs = nights(bed_sensor=False, asleep_sensor=True)
    asleep_from = LATE + 30 * 60_000
    limbs.asleep_started(asleep_from)
    assert limbs.asleep_ended(asleep_from + 150 * 60_000)
    assert not limbs.asleep_ended(asleep_from + 151 * 60_000)
    limbs.file(limbs.end_tonight())
    assert limbs.filed[NIGHT].asleep_ms == 150 * 60_000
    measured = MeasuredNight(
        NIGHT,
        [Movement(LATE, 1_000), Movement(asleep_from, 1_000)],
        [(LATE - 60_000, LATE + 9 * 3_600_000)],
        [(asleep_from, asleep_from + 60_000)],
    )
    assert [movement.asleep for movement in measured.scored_movements()] == [
        False,
        True,
    ]
    # Asleep out of bed is not time asleep in bed.
    measured.in_bed = [(asleep_from + 30_000, asleep_from + 10 * 60_000)]
    assert measured.asleep_ms == 30_000


def test_a_night_measured_with_one_sensor_goes_on_with_two() -> None:
    """The options changed mid-night: earlier movements count as the left leg's."""
    limbs = nights(bed_sensor=False, bilateral=True, asleep_sensor=True)
    limbs.begin(MeasuredNight(NIGHT, [Movement(LATE, 1_000)]))
    assert limbs.tonight.movements == [Movement(LATE, 1_000, Leg.LEFT)]
    assert limbs.tonight.bilateral
    assert limbs.tonight.asleep == []
    one = nights(bed_sensor=False)
    one.begin(limbs.tonight)
    assert one.tonight.movements == [Movement(LATE, 1_000)]
    assert one.tonight.asleep is None
