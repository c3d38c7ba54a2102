"""Scoring leg movements with the published rules (AASM 2007, WASM 2016); plain Python.

Times are whole milliseconds, so that every boundary of the rules (0.5 s, 10 s, 5, 10 and 90 s)
is compared exactly. A movement is its onset and its duration; movements of one night arrive in
the order of their onsets and never overlap (one sensor, on while a leg moves).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# A movement shorter than this is no leg movement at all, and is skipped when intervals are
# measured.
MIN_LM_MS = 500
# A leg movement up to this long is a candidate for a series; a longer one never is.
MAX_CANDIDATE_MS = 10_000
# A series has at least this many linked leg movements.
MIN_SERIES = 4
# The adult threshold: more periodic limb movements per hour in bed than this.
PLMI_THRESHOLD = 15.0
MS_PER_HOUR = 3_600_000


class PlmRule(StrEnum):
    """The scoring rules a sleeper can choose."""

    WASM_2016 = "wasm_2016"
    AASM_2007 = "aasm_2007"


# The rule a sleeper's nights are scored by unless they choose the other.
DEFAULT_PLM_RULE = PlmRule.WASM_2016


@dataclass(frozen=True, slots=True)
class _Intervals:
    """The inter-movement intervals (onset to onset) that link two leg movements, inclusive."""

    shortest_ms: int
    longest_ms: int
    # WASM 2016: a candidate whose own interval is shorter cannot be part of a series at all.
    excludes_shorter: bool


INTERVALS = {
    PlmRule.AASM_2007: _Intervals(5_000, 90_000, excludes_shorter=False),
    PlmRule.WASM_2016: _Intervals(10_000, 90_000, excludes_shorter=True),
}


@dataclass(frozen=True, slots=True)
class Movement:
    """One on→off of the movement sensor: onset and duration in milliseconds."""

    onset_ms: int
    duration_ms: int


@dataclass(frozen=True, slots=True)
class NightScore:
    """A night's figures under one rule."""

    limb_movements: int
    candidates: int
    periodic_limb_movements: int
    series: int
    longest_series: int

    def index(self, in_bed_ms: int) -> float | None:
        """Return the periodic limb movements per hour in bed, or None with no time in bed."""
        if in_bed_ms <= 0:
            return None
        return self.periodic_limb_movements * MS_PER_HOUR / in_bed_ms


class NightScorer:
    """Scores a night as its movements arrive: constant work per movement.

    Gives exactly what `score_night` gives for the same movements (tested).
    """

    def __init__(self, rule: PlmRule) -> None:
        """Start an empty night under `rule`."""
        self._intervals = INTERVALS[rule]
        self._last_onset_ms: int | None = None
        # Leg movements in the chain of links that ends with the last leg movement; 0 when
        # the last one cannot be linked to the next (not a candidate, or excluded).
        self._chain = 0
        self._lms = 0
        self._candidates = 0
        self._plms = 0
        self._series = 0
        self._longest = 0

    def add(self, movement: Movement) -> None:
        """Score one more movement of the night (after every earlier one)."""
        self.add_ms(movement.onset_ms, movement.duration_ms)

    def add_ms(self, onset_ms: int, duration_ms: int) -> None:
        """Score one more movement given as its onset and duration."""
        if duration_ms < MIN_LM_MS:
            return
        interval = (
            None if self._last_onset_ms is None else onset_ms - self._last_onset_ms
        )
        self._last_onset_ms = onset_ms
        self._lms += 1
        if duration_ms > MAX_CANDIDATE_MS:
            self._chain = 0
            return
        self._candidates += 1
        rule = self._intervals
        if (
            interval is not None
            and interval < rule.shortest_ms
            and rule.excludes_shorter
        ):
            self._chain = 0
            return
        linked = (
            self._chain > 0
            and interval is not None
            and rule.shortest_ms <= interval <= rule.longest_ms
        )
        self._chain = self._chain + 1 if linked else 1
        if self._chain == MIN_SERIES:
            self._series += 1
            self._plms += MIN_SERIES
        elif self._chain > MIN_SERIES:
            self._plms += 1
        if self._chain >= MIN_SERIES:
            self._longest = max(self._longest, self._chain)

    @property
    def score(self) -> NightScore:
        """Return the night's figures so far."""
        return NightScore(
            limb_movements=self._lms,
            candidates=self._candidates,
            periodic_limb_movements=self._plms,
            series=self._series,
            longest_series=self._longest,
        )


def score_night(movements: list[Movement], rule: PlmRule) -> NightScore:
    """Score a whole night at once, straight from the rules' wording."""
    lms = [movement for movement in movements if movement.duration_ms >= MIN_LM_MS]
    intervals = INTERVALS[rule]

    def eligible(index: int) -> bool:
        """Whether a leg movement may belong to a series at all."""
        if lms[index].duration_ms > MAX_CANDIDATE_MS:
            return False
        if index == 0 or not intervals.excludes_shorter:
            return True
        return lms[index].onset_ms - lms[index - 1].onset_ms >= intervals.shortest_ms

    def linked(index: int) -> bool:
        """Whether a leg movement is linked to the one before it."""
        interval = lms[index].onset_ms - lms[index - 1].onset_ms
        return (
            eligible(index - 1)
            and eligible(index)
            and intervals.shortest_ms <= interval <= intervals.longest_ms
        )

    chains: list[int] = []
    for index in range(len(lms)):
        if index > 0 and linked(index):
            chains[-1] += 1
        else:
            chains.append(1)
    series = [length for length in chains if length >= MIN_SERIES]
    return NightScore(
        limb_movements=len(lms),
        candidates=sum(
            1 for movement in lms if movement.duration_ms <= MAX_CANDIDATE_MS
        ),
        periodic_limb_movements=sum(series),
        series=len(series),
        longest_series=max(series, default=0),
    )
