"""Tests of scoring both legs: joining them at every edge of both rules, and its properties."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from hypothesis import given, settings, strategies as st, target
import pytest

from custom_components.sleep_twitch_coach.coach.limbs.scoring import (
    PLMI_THRESHOLD,
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
HOUR_MS = 3_600_000


def left(onset_s: float, duration_s: float, *, asleep: bool = False) -> Movement:
    """Return a movement of the left leg, from seconds."""
    return Movement(round(onset_s * 1000), round(duration_s * 1000), Leg.LEFT, asleep)


def right(onset_s: float, duration_s: float, *, asleep: bool = False) -> Movement:
    """Return a movement of the right leg, from seconds."""
    return Movement(round(onset_s * 1000), round(duration_s * 1000), Leg.RIGHT, asleep)


def scored(
    movements: list[Movement], rule: PlmRule, *, bilateral: bool = True
) -> NightScore:
    """Score both ways, reading the scorer after every movement; they must always agree."""
    scorer = NightScorer(rule, bilateral=bilateral)
    for count, movement in enumerate(movements, 1):
        scorer.add(movement)
        assert scorer.score == score_night(movements[:count], rule, bilateral=bilateral)
    return scorer.score


def lms(movements: list[Movement], rule: PlmRule) -> tuple[int, int]:
    """Return the LMs (joined) and the candidates among them."""
    score = scored(movements, rule)
    return score.limb_movements, score.candidates


@pytest.mark.parametrize("first", [left, right])
@pytest.mark.parametrize(("gap_s", "joined"), [(0.49, 1), (0.499, 1), (0.5, 2)])
def test_wasm_joins_the_legs_less_than_half_a_second_apart(
    first: Callable[..., Movement], gap_s: float, joined: int
) -> None:
    """From the offset of one leg's LM to the other's onset: under 0.5 s they are one."""
    second = right if first is left else left
    assert lms([first(0, 2), second(2 + gap_s, 1)], WASM) == (joined, joined)


@BOTH
def test_overlapping_legs_are_one_movement(rule: PlmRule) -> None:
    """One leg moving inside the other's movement, or starting at the same moment."""
    assert lms([left(0, 4), right(1, 1)], rule) == (1, 1)
    assert lms([right(0, 1), left(0, 2)], rule) == (1, 1)


def test_aasm_joins_onsets_less_than_five_seconds_apart() -> None:
    """Onsets 4.99 s apart are one LM, 5 s apart two; overlapping legs 5 s apart too."""
    assert lms([left(0, 1), right(4.99, 1)], AASM) == (1, 1)
    assert lms([left(0, 1), right(5, 1)], AASM) == (2, 2)
    assert lms([left(0, 8), right(5, 1)], AASM) == (2, 2)


def test_aasm_a_joined_movement_is_a_candidate_up_to_ten_seconds() -> None:
    """First onset to last offset: 10 s is a candidate, 10.001 s is not."""
    assert lms([left(0, 2), right(4, 6)], AASM) == (1, 1)
    assert lms([left(0, 2), right(4, 6.001)], AASM) == (1, 0)


@pytest.mark.parametrize(("span_s", "candidates"), [(15, 1), (15.001, 0)])
def test_wasm_a_bilateral_movement_is_a_candidate_up_to_fifteen_seconds(
    span_s: float, candidates: int
) -> None:
    """Two LMs of 8 s, overlapping: a candidate while the whole lasts at most 15 s."""
    assert lms([left(0, 8), right(7, span_s - 7)], WASM) == (1, candidates)


def test_wasm_a_bilateral_movement_holds_at_most_four() -> None:
    """Left, right, left, right 0.9 s apart are one candidate; a fifth makes it none."""
    four = [left(0, 1), right(0.9, 1), left(1.9, 1), right(2.9, 1)]
    assert lms(four, WASM) == (1, 1)
    five = scored([*four, left(3.9, 1)], WASM)
    assert (five.limb_movements, five.candidates) == (1, 0)
    assert (five.left_leg, five.right_leg) == (3, 2)


def test_wasm_no_part_of_a_bilateral_movement_over_ten_seconds() -> None:
    """10.001 s on one leg spoils it, even in 15 s; 10 s does not."""
    assert lms([left(0, 10.001), right(1, 1)], WASM) == (1, 0)
    assert lms([left(0, 10), right(9, 5)], WASM) == (1, 1)
    # Alone, a leg movement is a candidate up to 10 s as with one sensor.
    assert lms([left(0, 10), right(60, 10.001)], WASM) == (2, 1)


@BOTH
def test_joins_are_transitive_but_one_leg_never_joins_itself(rule: PlmRule) -> None:
    """Left, right, left each near the next are one LM; two of one leg alone stay two."""
    chain = {WASM: 1.3, AASM: 4}[rule]
    assert lms([left(0, 1), right(chain, 1), left(2 * chain, 1)], rule) == (1, 1)
    assert lms([left(0, 1), left(1.3, 1)], rule) == (2, 2)


@BOTH
def test_a_movement_of_one_leg_joins_two_of_the_other(rule: PlmRule) -> None:
    """Two left LMs, each near a right one that starts after both: all three are one."""
    score = scored([left(0, 1), left(1.2, 0.8), right(1.3, 0.5)], rule)
    assert (score.limb_movements, score.left_leg, score.right_leg) == (1, 2, 1)


@BOTH
def test_each_leg_counts_its_own_movements_over_half_a_second(rule: PlmRule) -> None:
    """Per leg, every LM of 0.5 s or more, joined or not; blips neither count nor join."""
    movements = [left(0, 2), right(1, 2), right(10, 0.4), left(10.2, 0.3), left(30, 1)]
    score = scored(movements, rule)
    assert (score.limb_movements, score.left_leg, score.right_leg) == (2, 2, 1)


@BOTH
def test_legs_below_the_threshold_each_but_above_it_together(rule: PlmRule) -> None:
    """Each leg every 100 s (no series), 50 s apart: together a series all night long."""
    lefts = [left(100 * step, 2) for step in range(36)]
    rights = [right(100 * step + 50, 2) for step in range(36)]
    both = sorted([*lefts, *rights], key=lambda movement: movement.onset_ms)
    for one_leg in (lefts, rights):
        assert scored(one_leg, rule, bilateral=False).index(HOUR_MS) == 0
    score = scored(both, rule)
    assert score.index(HOUR_MS) == 72 > PLMI_THRESHOLD
    assert (score.left_leg, score.right_leg, score.periodicity_index) == (36, 36, 1)


def test_intervals_run_over_both_legs() -> None:
    """A right LM 5 s after a left one in a run: WASM leaves it out, AASM links through it."""
    movements = [left(0, 2), left(30, 2), left(60, 2), right(65, 2), left(90, 2)]
    movements.append(left(120, 2))
    assert scored(movements, WASM).periodic_limb_movements == 0
    assert scored(movements, AASM).periodic_limb_movements == 6


@BOTH
@pytest.mark.parametrize(
    ("left_asleep", "right_asleep", "periodic_asleep"),
    [(False, True, 0), (True, False, 4)],
)
def test_a_joined_movement_is_asleep_when_its_first_onset_is(
    rule: PlmRule, left_asleep: bool, right_asleep: bool, periodic_asleep: int
) -> None:
    """Four joined LMs in a series, the left leg first: the left leg's flag counts."""
    movements = [
        movement
        for step in range(4)
        for movement in (
            left(30 * step, 2, asleep=left_asleep),
            right(30 * step + 1, 2, asleep=right_asleep),
        )
    ]
    score = scored(movements, rule)
    assert (score.periodic_limb_movements, score.periodic_asleep) == (
        4,
        periodic_asleep,
    )
    assert score.asleep_index(HOUR_MS // 2) == 2 * periodic_asleep


@BOTH
@pytest.mark.parametrize("first", [left, right])
@pytest.mark.parametrize("asleep_first", [True, False])
def test_legs_starting_at_once_are_asleep_if_either_says_so(
    rule: PlmRule, first: Callable[..., Movement], asleep_first: bool
) -> None:
    """Equal onsets have no first: asleep if either is, whichever arrives first."""
    second = right if first is left else left
    movements = [
        movement
        for step in range(4)
        for movement in (
            first(30 * step, 2, asleep=asleep_first),
            second(30 * step, 1, asleep=not asleep_first),
        )
    ]
    assert scored(movements, rule).periodic_asleep == 4


@BOTH
def test_bilateral_scoring_needs_every_leg(rule: PlmRule) -> None:
    """A movement without a leg cannot be joined with the other leg's."""
    with pytest.raises(ValueError, match="leg"):
        NightScorer(rule, bilateral=True).add(Movement(0, 1_000))
    with pytest.raises(ValueError, match="leg"):
        score_night([Movement(0, 1_000)], rule, bilateral=True)


# Near the edges: 0.5 s and 5 s (joining), 10, 15 and 90 s (candidates, intervals).
EDGES_MS = [0, 1, 499, 500, 501, 4_999, 5_000, 5_001, 9_999, 10_000, 10_001]
offsets = st.one_of(
    st.sampled_from([*EDGES_MS, 15_000, 30_000, 90_000, 90_001]),
    st.integers(min_value=0, max_value=120_000),
)
durations = st.one_of(
    st.sampled_from([1, 300, 499, 500, 501, 1_000, 9_999, 10_000, 10_001, 15_001]),
    st.integers(min_value=500, max_value=3_000),
    st.integers(min_value=0, max_value=20_000),
)
steps = st.lists(
    st.tuples(st.sampled_from(Leg), st.booleans(), offsets, durations, st.booleans()),
    max_size=40,
)


def from_steps(steps: list[tuple[Leg, bool, int, int, bool]]) -> list[Movement]:
    """Build a night: each movement `offset` ms after the last onset or the other leg's offset.

    Never before the last onset, nor before its own leg's last offset: onsets in order, one
    leg's movements apart.
    """
    movements = []
    last_onset_ms = 0
    offset_ms = dict.fromkeys(Leg, 0)
    for leg, after_other, offset, duration_ms, asleep in steps:
        other = Leg.RIGHT if leg is Leg.LEFT else Leg.LEFT
        anchor_ms = offset_ms[other] if after_other else last_onset_ms
        onset_ms = max(anchor_ms + offset, last_onset_ms, offset_ms[leg])
        movements.append(Movement(onset_ms, duration_ms, leg, asleep))
        last_onset_ms, offset_ms[leg] = onset_ms, onset_ms + duration_ms
    return movements


@settings(max_examples=400)
@given(steps=steps, rule=st.sampled_from(PlmRule), bilateral=st.booleans())
def test_incremental_equals_batch_at_every_movement(
    steps: list[tuple[Leg, bool, int, int, bool]], rule: PlmRule, bilateral: bool
) -> None:
    """Movement by movement, read or not, equals a full rescore; the figures are bounded."""
    movements = from_steps(steps)
    unread = NightScorer(rule, bilateral=bilateral)
    for movement in movements:
        unread.add(movement)
    score = scored(movements, rule, bilateral=bilateral)
    assert unread.score == score
    assert score.periodic_asleep <= score.periodic_limb_movements <= score.candidates
    assert (
        score.periodic_intervals <= score.intervals == max(score.limb_movements - 1, 0)
    )
    if bilateral:
        assert score.left_leg is not None and score.right_leg is not None
        assert score.limb_movements <= score.left_leg + score.right_leg
        # Seek nights where many movements join, and series with movements asleep.
        target(score.left_leg + score.right_leg - score.limb_movements, label="joined")
        target(score.periodic_asleep, label="asleep")


@given(steps=steps, rule=st.sampled_from(PlmRule))
def test_swapping_the_legs_swaps_only_their_counts(
    steps: list[tuple[Leg, bool, int, int, bool]], rule: PlmRule
) -> None:
    """Joining does not depend on which leg is which."""
    movements = from_steps(steps)
    swapped = [
        replace(m, leg=Leg.RIGHT if m.leg is Leg.LEFT else Leg.LEFT) for m in movements
    ]
    score = scored(movements, rule)
    assert scored(swapped, rule) == replace(
        score, left_leg=score.right_leg, right_leg=score.left_leg
    )


@given(steps=steps, rule=st.sampled_from(PlmRule))
def test_one_leg_alone_scores_as_one_sensor(
    steps: list[tuple[Leg, bool, int, int, bool]], rule: PlmRule
) -> None:
    """Nothing to join: the same figures as one sensor, all of them on the left leg."""
    movements = [m for m in from_steps(steps) if m.leg is Leg.LEFT]
    one_sensor = scored(movements, rule, bilateral=False)
    assert scored(movements, rule) == replace(
        one_sensor, left_leg=one_sensor.limb_movements, right_leg=0
    )
