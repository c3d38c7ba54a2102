"""Scoring leg movements with the published rules (AASM 2007, WASM 2016); plain Python.

Times are whole milliseconds, so that every boundary of the rules (0.5 s, 10 s, 5, 10 and 90 s)
is compared exactly. A movement is its onset and its duration, and with two sensors its leg;
movements of one night arrive in the order of their onsets. One leg's movements never overlap;
the two legs' may, and are then joined (`bilateral`) before the series are scored.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from .bilateral import JoinedLm, Joiner, Joining, join_night
from .periodicity import periodic_intervals
from .series import Linking, Tally, series_of

# A movement shorter than this is no leg movement at all, and is skipped when intervals are
# measured.
MIN_LM_MS = 500
# A leg movement up to this long is a candidate for a series; a longer one never is.
MAX_CANDIDATE_MS = 10_000
# The adult threshold: more periodic limb movements per hour in bed than this.
PLMI_THRESHOLD = 15.0
MS_PER_HOUR = 3_600_000


class PlmRule(StrEnum):
    """The scoring rules a sleeper can choose."""

    WASM_2016 = "wasm_2016"
    AASM_2007 = "aasm_2007"


# The rule a sleeper's nights are scored by unless they choose the other.
DEFAULT_PLM_RULE = PlmRule.WASM_2016


class Leg(StrEnum):
    """The leg a movement sensor is worn on, when each leg has its own."""

    LEFT = "left"
    RIGHT = "right"


# The intervals (onset to onset) that link two leg movements into a series, both ends included.
INTERVALS = {
    PlmRule.AASM_2007: Linking(5_000, 90_000, excludes_shorter=False),
    # A candidate whose own interval is under 10 s cannot be part of a series at all.
    PlmRule.WASM_2016: Linking(10_000, 90_000, excludes_shorter=True),
}

# Bilateral scoring: when the two legs' leg movements are one, and when that one is a candidate.
JOININGS = {
    # Onsets less than 5 s apart; a candidate when it lasts 0.5-10 s.
    PlmRule.AASM_2007: Joining(
        by_onsets=True, within_ms=5_000, max_span_ms=MAX_CANDIDATE_MS
    ),
    # Overlapping or less than 0.5 s apart; a candidate when it lasts at most 15 s and holds at
    # most 4 monolateral leg movements, none over 10 s.
    PlmRule.WASM_2016: Joining(
        by_onsets=False,
        within_ms=500,
        max_span_ms=15_000,
        max_parts=4,
        max_part_ms=MAX_CANDIDATE_MS,
    ),
}


@dataclass(frozen=True, slots=True)
class Movement:
    """One on→off of a movement sensor: onset and duration in milliseconds."""

    onset_ms: int
    duration_ms: int
    # None: one sensor (one leg, or both legs combined).
    leg: Leg | None = None
    # The sleeper was asleep at its onset (by an asleep sensor).
    asleep: bool = False


@dataclass(frozen=True, slots=True)
class NightScore:
    """A night's figures under one rule."""

    # Leg movements after joining (a bilateral one counts once).
    limb_movements: int
    candidates: int
    periodic_limb_movements: int
    series: int
    longest_series: int
    # Periodic limb movements whose onset is asleep.
    periodic_asleep: int = 0
    # Intervals between consecutive leg movements, and those periodic by Ferri 2006.
    intervals: int = 0
    periodic_intervals: int = 0
    # Monolateral leg movements of each leg; None when not scored bilaterally.
    left_leg: int | None = None
    right_leg: int | None = None

    def index(self, in_bed_ms: int) -> float | None:
        """Return the periodic limb movements per hour in bed, or None with no time in bed."""
        if in_bed_ms <= 0:
            return None
        return self.periodic_limb_movements * MS_PER_HOUR / in_bed_ms

    def asleep_index(self, asleep_ms: int) -> float | None:
        """Return the PLMS index: periodic limb movements asleep per hour asleep."""
        if asleep_ms <= 0:
            return None
        return self.periodic_asleep * MS_PER_HOUR / asleep_ms

    @property
    def periodicity_index(self) -> float | None:
        """Return the share of the intervals that are periodic, or None with no interval."""
        if not self.intervals:
            return None
        return self.periodic_intervals / self.intervals


def _score(tally: Tally, legs: dict[Leg, int] | None) -> NightScore:
    """Return a tally's figures, with the leg movements of each leg when bilateral."""
    return NightScore(
        limb_movements=tally.lms,
        candidates=tally.candidates,
        periodic_limb_movements=tally.plms,
        series=tally.series,
        longest_series=tally.longest,
        periodic_asleep=tally.plms_asleep,
        intervals=max(tally.lms - 1, 0),
        periodic_intervals=tally.runs.periodic,
        left_leg=None if legs is None else legs[Leg.LEFT],
        right_leg=None if legs is None else legs[Leg.RIGHT],
    )


class NightScorer:
    """Scores a night as its movements arrive: constant work per movement.

    Gives exactly what `score_night` gives for the same movements (tested).
    """

    def __init__(self, rule: PlmRule, *, bilateral: bool = False) -> None:
        """Start an empty night under `rule`; `bilateral`: each movement has its leg."""
        self._tally = Tally(INTERVALS[rule])
        self._joiner = Joiner(JOININGS[rule]) if bilateral else None
        self._legs = dict.fromkeys(Leg, 0)

    def add(self, movement: Movement) -> None:
        """Score one more movement of the night (after every earlier one)."""
        self.add_ms(
            movement.onset_ms, movement.duration_ms, movement.leg, movement.asleep
        )

    def add_ms(
        self,
        onset_ms: int,
        duration_ms: int,
        leg: Leg | None = None,
        asleep: bool = False,
    ) -> None:
        """Score one more movement given as its onset, duration, leg and sleep."""
        if duration_ms < MIN_LM_MS:
            return
        if self._joiner is None:
            self._tally.add(onset_ms, duration_ms <= MAX_CANDIDATE_MS, asleep)
            return
        if leg is None:
            raise ValueError("bilateral scoring needs the leg of every movement")
        self._legs[leg] += 1
        for lm in self._joiner.add(onset_ms, duration_ms, leg, asleep):
            self._tally.add(*lm)

    @property
    def score(self) -> NightScore:
        """Return the night's figures as if it ended now (the scorer goes on unchanged)."""
        if self._joiner is None:
            return _score(self._tally, None)
        tally = self._tally
        if pending := self._joiner.pending():
            tally = tally.copy()
            for lm in pending:
                tally.add(*lm)
        return _score(tally, self._legs)


def score_night(
    movements: list[Movement], rule: PlmRule, *, bilateral: bool = False
) -> NightScore:
    """Score a whole night at once, straight from the rules' wording."""
    monolateral = [
        movement for movement in movements if movement.duration_ms >= MIN_LM_MS
    ]
    if bilateral and any(movement.leg is None for movement in monolateral):
        raise ValueError("bilateral scoring needs the leg of every movement")
    lms = (
        join_night(monolateral, JOININGS[rule])
        if bilateral
        else [
            JoinedLm(lm.onset_ms, lm.duration_ms <= MAX_CANDIDATE_MS, lm.asleep)
            for lm in monolateral
        ]
    )
    series = series_of(lms, INTERVALS[rule])
    return NightScore(
        limb_movements=len(lms),
        candidates=sum(lm.candidate for lm in lms),
        periodic_limb_movements=sum(len(chain) for chain in series),
        series=len(series),
        longest_series=max((len(chain) for chain in series), default=0),
        periodic_asleep=sum(lm.asleep for chain in series for lm in chain),
        intervals=max(len(lms) - 1, 0),
        periodic_intervals=periodic_intervals(
            [later.onset_ms - lm.onset_ms for lm, later in pairwise(lms)]
        ),
        left_leg=sum(lm.leg is Leg.LEFT for lm in monolateral) if bilateral else None,
        right_leg=sum(lm.leg is Leg.RIGHT for lm in monolateral) if bilateral else None,
    )
