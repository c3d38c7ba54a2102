"""Tests of leg-movement scoring at every edge of both rules, and its properties."""

from __future__ import annotations

from dataclasses import astuple, replace

from hypothesis import given, strategies as st
import pytest

from custom_components.sleep_twitch_coach.coach.limbs.scoring import (
    Leg,
    Movement,
    NightScore,
    NightScorer,
    PlmRule,
    score_night,
)

AASM = PlmRule.AASM_2007
WASM = PlmRule.WASM_2016
BOTH = pytest.mark.parametrize("rule", [AASM, WASM])


def night(*steps: tuple[float, float], asleep: bool = False) -> list[Movement]:
    """Build movements from (seconds since the previous onset, duration in seconds)."""
    movements = []
    onset_ms = 3_600_000
    for interval_s, duration_s in steps:
        onset_ms += round(interval_s * 1000)
        movements.append(Movement(onset_ms, round(duration_s * 1000), asleep=asleep))
    return movements


def scored(movements: list[Movement], rule: PlmRule) -> NightScore:
    """Score both ways, reading the scorer after every movement; they must always agree."""
    scorer = NightScorer(rule)
    for count, movement in enumerate(movements, 1):
        scorer.add(movement)
        assert scorer.score == score_night(movements[:count], rule)
    assert scorer.score == score_night(movements, rule)
    return scorer.score


def figures(score: NightScore) -> tuple[object, ...]:
    """Return the figures of one sensor's night: LMs, candidates, PLMs, series, longest."""
    return astuple(score)[:5]


def periodic(
    count: int, interval_s: float = 30, duration_s: float = 2
) -> list[tuple[float, float]]:
    """Return `count` movements `interval_s` apart (the first one 1000 s after the last)."""
    return [(1000, duration_s)] + [(interval_s, duration_s)] * (count - 1)


@BOTH
@pytest.mark.parametrize(
    ("duration_s", "lms", "candidates", "plms"),
    [(0.499, 0, 0, 0), (0.5, 4, 4, 4), (10, 4, 4, 4), (10.001, 4, 0, 0)],
)
def test_durations_at_half_a_second_and_ten_seconds(
    rule: PlmRule, duration_s: float, lms: int, candidates: int, plms: int
) -> None:
    """Under 0.5 s is no movement; 0.5-10 s is a candidate; longer is an LM, never in a series."""
    score = scored(night(*periodic(4, duration_s=duration_s)), rule)
    assert (score.limb_movements, score.candidates, score.periodic_limb_movements) == (
        lms,
        candidates,
        plms,
    )


@pytest.mark.parametrize(
    ("rule", "interval_s", "plms"),
    [
        (AASM, 4.999, 0),
        (AASM, 5, 4),
        (AASM, 90, 4),
        (AASM, 90.001, 0),
        (WASM, 9.999, 0),
        (WASM, 10, 4),
        (WASM, 90, 4),
        (WASM, 90.001, 0),
    ],
)
def test_intervals_just_inside_and_outside(
    rule: PlmRule, interval_s: float, plms: int
) -> None:
    """5-90 s links under AASM 2007, 10-90 s under WASM 2016, both ends included."""
    score = scored(night(*periodic(4, interval_s=interval_s)), rule)
    assert score.periodic_limb_movements == plms
    assert score.series == (1 if plms else 0)


@BOTH
def test_three_is_no_series_and_four_is(rule: PlmRule) -> None:
    """A chain of exactly 3 scores nothing; of 4, one series of 4."""
    assert figures(scored(night(*periodic(3)), rule)) == (3, 3, 0, 0, 0)
    assert figures(scored(night(*periodic(4)), rule)) == (4, 4, 4, 1, 4)
    assert figures(scored(night(*periodic(7)), rule)) == (7, 7, 7, 1, 7)


@BOTH
def test_a_long_movement_inside_a_run_splits_it(rule: PlmRule) -> None:
    """5 + long + 3: the long LM counts as an LM, breaks the chain, and 3 remain too few."""
    movements = night(*periodic(5), (30, 12), *[(30, 2)] * 3)
    assert figures(scored(movements, rule)) == (9, 8, 5, 1, 5)
    # Its onset still measures the next interval: 4 after it make a second series.
    movements = night(*periodic(4), (30, 12), *[(30, 2)] * 4)
    assert figures(scored(movements, rule)) == (9, 8, 8, 2, 4)


def test_a_short_interval_candidate_that_would_start_a_run() -> None:
    """3 s after the movement before: AASM lets it start a series, WASM 2016 never counts it."""
    movements = night((1000, 2), (3, 2), *[(30, 2)] * 3)
    assert figures(scored(movements, AASM)) == (5, 5, 4, 1, 4)
    assert figures(scored(movements, WASM)) == (5, 5, 0, 0, 0)
    # 7 s links under AASM; under WASM the movement is out, and 3 remain.
    movements = night((1000, 2), (7, 2), *[(30, 2)] * 3)
    assert figures(scored(movements, AASM)) == (5, 5, 5, 1, 5)
    assert figures(scored(movements, WASM)) == (5, 5, 0, 0, 0)
    # Under WASM it also cuts a running series: 4 + (8 s) + 4.
    movements = night(*periodic(4), (8, 2), *[(30, 2)] * 4)
    assert figures(scored(movements, WASM)) == (9, 9, 8, 2, 4)
    assert figures(scored(movements, AASM)) == (9, 9, 9, 1, 9)


@BOTH
def test_movements_under_half_a_second_are_skipped(rule: PlmRule) -> None:
    """Twitches under 0.5 s between others neither count nor shorten the intervals."""
    with_blips = night(
        (1000, 2), (10, 0.3), (20, 2), (29, 0.2), (1, 2), (30, 2), (15, 0.4), (15, 2)
    )
    assert scored(with_blips, rule) == scored(night(*periodic(5)), rule)


@BOTH
def test_two_series_far_apart(rule: PlmRule) -> None:
    """A gap over 90 s ends a series; the longest is the longer one."""
    movements = night(*periodic(6), (600, 2), *[(25, 3)] * 4)
    assert figures(scored(movements, rule)) == (11, 11, 11, 2, 6)


def every(*intervals_s: float) -> list[Movement]:
    """Return movements of 2 s whose onsets are `intervals_s` apart."""
    return night((1000, 2), *[(interval_s, 2) for interval_s in intervals_s])


@BOTH
@pytest.mark.parametrize(
    ("intervals_s", "periodic"),
    [
        # 3 periodic in a row, then a short one, then a run of only 2.
        ((30, 30, 30, 5, 30, 30), 3),
        ((30, 30, 30, 100, 30, 30, 30, 30), 7),
        ((30, 30), 0),
        # Over 10 s and at most 90 s: 10 s is not periodic, 90 s is.
        ((10, 10, 10), 0),
        ((10.001, 10.001, 10.001), 3),
        ((90, 90, 90), 3),
        ((90.001, 90.001, 90.001), 0),
        # One movement: no interval to measure.
        ((), 0),
    ],
)
def test_the_periodicity_index_counts_runs_of_three_periodic_intervals(
    rule: PlmRule, intervals_s: tuple[float, ...], periodic: int
) -> None:
    """Ferri 2006: intervals in runs of at least 3 periodic ones, over all intervals."""
    score = scored(every(*intervals_s), rule)
    assert (score.intervals, score.periodic_intervals) == (len(intervals_s), periodic)
    assert score.periodicity_index == (
        periodic / len(intervals_s) if intervals_s else None
    )


@BOTH
def test_the_periodicity_index_counts_every_movement(rule: PlmRule) -> None:
    """Long movements are in no series, but their intervals are periodic; blips are skipped."""
    long_ones = scored(night(*periodic(4, duration_s=12)), rule)
    assert (long_ones.periodic_limb_movements, long_ones.periodicity_index) == (0, 1.0)
    with_blips = night((1000, 2), (15, 0.3), (15, 2), (30, 2), (1, 0.1), (29, 2))
    assert scored(with_blips, rule).periodicity_index == 1.0


@BOTH
def test_the_plms_index_counts_series_movements_that_start_asleep(
    rule: PlmRule,
) -> None:
    """Of a series of 6, the 2 asleep count; an asleep movement in no series does not."""
    movements = [
        replace(movement, asleep=index >= 4)
        for index, movement in enumerate(night(*periodic(6), (4000, 2)))
    ]
    score = scored(movements, rule)
    assert (score.periodic_limb_movements, score.periodic_asleep) == (6, 2)
    # Half an hour asleep: 4 per hour asleep; without time asleep, no index.
    assert score.asleep_index(1_800_000) == 4.0
    assert score.asleep_index(0) is None


def test_the_index_is_per_hour_in_bed() -> None:
    """PLMs per hour in bed; no time in bed, no index."""
    score = NightScore(100, 90, 60, 5, 20)
    assert score.index(4 * 3_600_000) == 15.0
    assert score.index(0) is None


movement_steps = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=200_000),
        st.integers(min_value=0, max_value=20_000),
    ),
    max_size=60,
)


def from_steps(steps: list[tuple[int, int]], start_ms: int = 0) -> list[Movement]:
    """Build non-overlapping movements: each starts `gap` ms after the previous one ended."""
    movements = []
    onset_ms = start_ms
    for gap_ms, duration_ms in steps:
        movements.append(Movement(onset_ms, duration_ms))
        onset_ms += duration_ms + gap_ms
    return movements


@given(steps=movement_steps, rule=st.sampled_from(PlmRule))
def test_incremental_equals_batch_and_series_have_four(
    steps: list[tuple[int, int]], rule: PlmRule
) -> None:
    """Movement by movement equals a full rescore; PLMs ≤ LMs; every series has ≥ 4."""
    score = scored(from_steps(steps), rule)
    assert score.periodic_limb_movements <= score.candidates <= score.limb_movements
    assert score.periodic_limb_movements >= 4 * score.series
    assert (score.longest_series >= 4) == (score.series > 0)
    assert score.longest_series <= score.periodic_limb_movements


@given(
    steps=movement_steps,
    rule=st.sampled_from(PlmRule),
    shift_ms=st.integers(min_value=-(10**12), max_value=10**12),
)
def test_shifting_every_onset_changes_nothing(
    steps: list[tuple[int, int]], rule: PlmRule, shift_ms: int
) -> None:
    """Only intervals and durations matter, not the clock time."""
    assert scored(from_steps(steps), rule) == scored(
        from_steps(steps, start_ms=shift_ms), rule
    )


@given(
    steps=st.lists(
        st.tuples(
            st.integers(min_value=1_000, max_value=200_000),
            st.integers(min_value=0, max_value=20_000),
        ),
        max_size=60,
    ),
    rule=st.sampled_from(PlmRule),
    where=st.integers(min_value=0),
    blip_ms=st.integers(min_value=1, max_value=499),
)
def test_a_movement_under_half_a_second_changes_nothing(
    steps: list[tuple[int, int]], rule: PlmRule, where: int, blip_ms: int
) -> None:
    """Slipping a sub-0.5 s movement into a gap (of at least 1 s) changes no figure."""
    movements = from_steps(steps)
    position = where % (len(movements) + 1)
    onset_ms = (
        movements[position - 1].onset_ms + movements[position - 1].duration_ms + 1
        if position
        else -1_000
    )
    blip = Movement(onset_ms, min(blip_ms, 998))
    with_blip = [*movements[:position], blip, *movements[position:]]
    assert scored(with_blip, rule) == scored(movements, rule)


@given(
    steps=movement_steps,
    flags=st.lists(
        st.tuples(st.booleans(), st.sampled_from([None, *Leg])),
        min_size=60,
        max_size=60,
    ),
    rule=st.sampled_from(PlmRule),
)
def test_asleep_flags_count_only_in_series_and_legs_are_ignored(
    steps: list[tuple[int, int]], flags: list[tuple[bool, Leg | None]], rule: PlmRule
) -> None:
    """With asleep flags both ways agree; one sensor's legs change nothing and are not counted."""
    movements = [
        replace(movement, asleep=asleep, leg=leg)
        for movement, (asleep, leg) in zip(from_steps(steps), flags, strict=False)
    ]
    score = scored(movements, rule)
    assert score == scored([replace(m, leg=None) for m in movements], rule)
    assert (score.left_leg, score.right_leg) == (None, None)
    assert figures(score) == figures(scored(from_steps(steps), rule))
    assert score.periodic_asleep <= score.periodic_limb_movements
    assert (
        score.periodic_intervals <= score.intervals == max(score.limb_movements - 1, 0)
    )
