"""Nights measured by a leg-movement sensor: what is kept of them, compactly; plain Python.

A night's movements are kept as two lists of whole milliseconds: onsets (each after the one
before it, the first after the night's base time) and durations. 1,000 movements take about
11 kB; one JSON object per movement would take five times as much.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate
from typing import Any, TypedDict

from .scoring import Movement, NightScore, NightScorer, PlmRule, score_night


class StoredNight(TypedDict):
    """A measured night as it is written to disk."""

    night: str
    base_ms: int
    onsets: list[int]
    durations: list[int]
    # Time in bed as flat [start, end, start, end, ...], each after the base time.
    in_bed: list[int]


@dataclass(slots=True)
class MeasuredNight:
    """The movements (in bed) and the time in bed of one night, in epoch milliseconds."""

    night: date
    movements: list[Movement] = field(default_factory=list)
    in_bed: list[tuple[int, int]] = field(default_factory=list)

    @property
    def in_bed_ms(self) -> int:
        """Return the time in bed recorded so far."""
        return sum(end - start for start, end in self.in_bed)

    def figures(self, rule: PlmRule) -> NightFigures:
        """Score the whole night under `rule`."""
        return NightFigures(
            self.night, score_night(self.movements, rule), self.in_bed_ms, rule
        )

    def to_stored(self) -> StoredNight:
        """Return the compact form written to disk."""
        starts = [start for start, _ in self.in_bed]
        onsets = [movement.onset_ms for movement in self.movements]
        base_ms = min([*onsets[:1], *starts[:1]], default=0)
        return StoredNight(
            night=self.night.isoformat(),
            base_ms=base_ms,
            onsets=[
                onset - before
                for onset, before in zip(onsets, [base_ms, *onsets], strict=False)
            ],
            durations=[movement.duration_ms for movement in self.movements],
            in_bed=[moment - base_ms for span in self.in_bed for moment in span],
        )

    @classmethod
    def from_stored(cls, stored: StoredNight) -> MeasuredNight:
        """Read the compact form back."""
        base_ms = stored["base_ms"]
        onsets = accumulate(stored["onsets"], initial=base_ms)
        next(onsets)  # the base itself
        bounds = [base_ms + moment for moment in stored["in_bed"]]
        return cls(
            night=date.fromisoformat(stored["night"]),
            movements=[
                Movement(onset, duration)
                for onset, duration in zip(onsets, stored["durations"], strict=True)
            ],
            in_bed=list(zip(bounds[::2], bounds[1::2], strict=True)),
        )


def stored_figures(stored: StoredNight, rule: PlmRule) -> NightFigures:
    """Score a stored night straight from its lists: years of nights load quickly."""
    scorer = NightScorer(rule)
    # Onsets after the base time: only the intervals between them matter.
    for onset, duration in zip(
        accumulate(stored["onsets"]), stored["durations"], strict=True
    ):
        scorer.add_ms(onset, duration)
    bounds = stored["in_bed"]
    return NightFigures(
        date.fromisoformat(stored["night"]),
        scorer.score,
        sum(bounds[1::2]) - sum(bounds[::2]),
        rule,
    )


# The index is shown to a tenth (16.4 per hour); the checklist compares the exact figure.
INDEX_DECIMALS = 1


@dataclass(frozen=True, slots=True)
class NightFigures:
    """What the entities, the checklist and the report need of a measured night."""

    night: date
    score: NightScore
    in_bed_ms: int
    rule: PlmRule

    @property
    def index(self) -> float | None:
        """Return the periodic limb movements per hour in bed."""
        return self.score.index(self.in_bed_ms)

    @property
    def rounded_index(self) -> float | None:
        """Return the index as entities, the report and the panel show it: one decimal."""
        index = self.index
        return None if index is None else round(index, INDEX_DECIMALS)

    def attributes(self) -> dict[str, Any]:
        """Return the figures an entity shows beside the index."""
        return {
            "night": self.night.isoformat(),
            "time_in_bed_min": round(self.in_bed_ms / 60_000),
            "limb_movements": self.score.limb_movements,
            "periodic_limb_movements": self.score.periodic_limb_movements,
            "series": self.score.series,
            "longest_series": self.score.longest_series,
            "rule": self.rule.value,
        }
