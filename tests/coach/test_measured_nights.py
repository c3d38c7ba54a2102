"""Tests of how measured nights are kept: compact, and read back exactly."""

from __future__ import annotations

from datetime import date
import json

from hypothesis import given, strategies as st

from custom_components.sleep_twitch_coach.coach.limbs.nights import (
    MeasuredNight,
    figures_from_record,
)
from custom_components.sleep_twitch_coach.coach.limbs.scoring import (
    Leg,
    Movement,
    PlmRule,
)

NIGHT = date(2026, 11, 16)
START_MS = 1_763_316_000_000  # 2026-11-16T18:00:00Z


@given(
    gaps=st.lists(
        st.tuples(
            st.integers(0, 600_000),
            st.integers(1, 60_000),
            st.sampled_from([Leg.LEFT, Leg.RIGHT]),
        ),
        max_size=50,
    ),
    spans=st.lists(st.integers(1, 10_000_000), max_size=6),
    asleep=st.one_of(st.none(), st.lists(st.integers(1, 10_000_000), max_size=6)),
    bilateral=st.booleans(),
)
def test_a_night_reads_back_as_it_was_written(
    gaps: list[tuple[int, int, Leg]],
    spans: list[int],
    asleep: list[int] | None,
    bilateral: bool,
) -> None:
    """Movements, their legs, time in bed and asleep survive the compact form and JSON."""
    movements = []
    onset = START_MS
    for gap, duration, leg in gaps:
        # Each leg's movements never overlap; two legs' may.
        onset += gap
        movements.append(Movement(onset, duration, leg if bilateral else None))
        if not bilateral:
            onset += duration
    if bilateral:
        movements = one_leg_at_a_time(movements)

    def spans_of(lengths: list[int]) -> list[tuple[int, int]]:
        bounds = [START_MS + sum(lengths[: index + 1]) for index in range(len(lengths))]
        return list(zip(bounds[::2], bounds[1::2], strict=False))

    measured = MeasuredNight(
        NIGHT,
        movements,
        spans_of(spans),
        None if asleep is None else spans_of(asleep),
        bilateral,
    )
    stored = json.loads(json.dumps(measured.to_stored()))
    assert MeasuredNight.from_stored(stored) == measured
    # What is kept of its figures gives the figures of its movements.
    record = json.loads(json.dumps(MeasuredNight.from_stored(stored).record()))
    for rule in PlmRule:
        assert figures_from_record(NIGHT, record, rule) == measured.figures(rule)


def one_leg_at_a_time(movements: list[Movement]) -> list[Movement]:
    """Drop each movement that overlaps the one before it on its leg."""
    ends: dict[Leg | None, int] = {}
    kept = []
    for movement in movements:
        if movement.onset_ms >= ends.get(movement.leg, 0):
            kept.append(movement)
            ends[movement.leg] = movement.onset_ms + movement.duration_ms
    return kept


def test_a_busy_night_is_small() -> None:
    """1,000 movements about 30 s apart take under 12 kB as JSON."""
    movements = [
        Movement(START_MS + index * 31_234, 1_500 + index % 7 * 311)
        for index in range(1_000)
    ]
    measured = MeasuredNight(NIGHT, movements, [(START_MS, START_MS + 8 * 3_600_000)])
    assert len(json.dumps(measured.to_stored(), separators=(",", ":"))) < 12_000


def test_figures_of_a_night() -> None:
    """Eight hours in bed with a series of 60: 7.5 per hour, and the attributes say so."""
    movements = [Movement(START_MS + index * 30_000, 2_000) for index in range(60)]
    measured = MeasuredNight(NIGHT, movements, [(START_MS, START_MS + 8 * 3_600_000)])
    figures = measured.figures(PlmRule.WASM_2016)
    assert figures.index == 7.5
    assert figures.attributes() == {
        "night": "2026-11-16",
        "time_in_bed_min": 480,
        "limb_movements": 60,
        "periodic_limb_movements": 60,
        "series": 1,
        "longest_series": 60,
        "periodicity_index": 1.0,
        "rule": "wasm_2016",
    }
