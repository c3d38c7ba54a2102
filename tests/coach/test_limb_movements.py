"""Tests of leg-movement scoring at every edge of both rules, and its properties."""

from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from custom_components.sleep_twitch_coach.coach.limbs.scoring import (
    Movement,
    NightScore,
    NightScorer,
    PlmRule,
    score_night,
)

AASM = PlmRule.AASM_2007
WASM = PlmRule.WASM_2016
BOTH = pytest.mark.parametrize("rule", [AASM, WASM])


def night(*steps: tuple[float, float]) -> list[Movement]:
    """Build movements from (seconds since the previous onset, duration in seconds)."""
    movements = []
    onset_ms = 3_600_000
    for interval_s, duration_s in steps:
        onset_ms += round(interval_s * 1000)
        movements.append(Movement(onset_ms, round(duration_s * 1000)))
    return movements


def scored(movements: list[Movement], rule: PlmRule) -> NightScore:
    """Score both ways; they must agree."""
    scorer = NightScorer(rule)
    for movement in movements:
        scorer.add(movement)
    assert scorer.score == score_night(movements, rule)
    return scorer.score


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
    assert scored(night(*periodic(3)), rule) == NightScore(3, 3, 0, 0, 0)
    assert scored(night(*periodic(4)), rule) == NightScore(4, 4, 4, 1, 4)
    assert scored(night(*periodic(7)), rule) == NightScore(7, 7, 7, 1, 7)


@BOTH
def test_a_long_movement_inside_a_run_splits_it(rule: PlmRule) -> None:
    """5 + long + 3: the long LM counts as an LM, breaks the chain, and 3 remain too few."""
    movements = night(*periodic(5), (30, 12), *[(30, 2)] * 3)
    assert scored(movements, rule) == NightScore(9, 8, 5, 1, 5)
    # Its onset still measures the next interval: 4 after it make a second series.
    movements = night(*periodic(4), (30, 12), *[(30, 2)] * 4)
    assert scored(movements, rule) == NightScore(9, 8, 8, 2, 4)


def test_a_short_interval_candidate_that_would_start_a_run() -> None:
    """3 s after the movement before: AASM lets it start a series, WASM 2016 never counts it."""
    movements = night((1000, 2), (3, 2), *[(30, 2)] * 3)
    assert scored(movements, AASM) == NightScore(5, 5, 4, 1, 4)
    assert scored(movements, WASM) == NightScore(5, 5, 0, 0, 0)
    # 7 s links under AASM; under WASM the movement is out, and 3 remain.
    movements = night((1000, 2), (7, 2), *[(30, 2)] * 3)
    assert scored(movements, AASM) == NightScore(5, 5, 5, 1, 5)
    assert scored(movements, WASM) == NightScore(5, 5, 0, 0, 0)
    # Under WASM it also cuts a running series: 4 + (8 s) + 4.
    movements = night(*periodic(4), (8, 2), *[(30, 2)] * 4)
    assert scored(movements, WASM) == NightScore(9, 9, 8, 2, 4)
    assert scored(movements, AASM) == NightScore(9, 9, 9, 1, 9)


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
    assert scored(movements, rule) == NightScore(11, 11, 11, 2, 6)


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
