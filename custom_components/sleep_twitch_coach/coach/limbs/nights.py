"""Nights measured by leg-movement sensors: what is kept of them, compactly; plain Python.

A night's movements are kept as two lists of whole milliseconds: onsets (each after the one
before it, the first after the night's base time) and durations; with a sensor on each leg, a
string says which leg each came from ("l" or "r"). 1,000 movements take about 11 kB; one JSON
object per movement would take five times as much. Time in bed and, with an asleep sensor,
time asleep are kept as flat lists of span bounds.

What a night's figures are under both rules is kept apart from its lists (`FiguresRecord`):
years of nights are set up from their figures, without reading or scoring their movements.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import accumulate
from typing import Any, NotRequired, TypedDict

from .scoring import Leg, Movement, NightScore, NightScorer, PlmRule

type Spans = list[tuple[int, int]]

LEG_LETTERS = {Leg.LEFT: "l", Leg.RIGHT: "r"}
LEGS_BY_LETTER = {letter: leg for leg, letter in LEG_LETTERS.items()}


class StoredNight(TypedDict):
    """A measured night as it is written to disk."""

    night: str
    base_ms: int
    onsets: list[int]
    durations: list[int]
    # Time in bed as flat [start, end, start, end, ...], each after the base time.
    in_bed: list[int]
    # With a sensor on each leg: the leg of each movement, "l" or "r".
    legs: NotRequired[str]
    # With an asleep sensor: time asleep as flat bounds, each after the base time.
    asleep: NotRequired[list[int]]


class FiguresRecord(TypedDict):
    """What is kept of a filed night's figures, under every rule, without its movements."""

    in_bed_ms: int
    asleep_ms: int | None
    went_to_bed_ms: int | None
    got_up_ms: int | None
    # NightScore's fields in order, by rule.
    scores: dict[str, list[int | None]]


def span_overlap_ms(spans: Spans, others: Spans) -> int:
    """Return how long two sets of spans (each in order, not overlapping) overlap."""
    total = 0
    for start, end in spans:
        for other_start, other_end in others:
            total += max(0, min(end, other_end) - max(start, other_start))
    return total


def within(spans: Spans, moment_ms: int) -> bool:
    """Return whether a moment lies in one of the spans (in order, not overlapping)."""
    index = bisect_right(spans, moment_ms, key=lambda span: span[0]) - 1
    return index >= 0 and spans[index][0] <= moment_ms < spans[index][1]


@dataclass(slots=True)
class MeasuredNight:
    """The movements (in bed, in the order of their onsets) and the spans of one night.

    Moments are epoch milliseconds. `asleep` is None without an asleep sensor; movements
    have a leg only when `bilateral`.
    """

    night: date
    movements: list[Movement] = field(default_factory=list)
    in_bed: Spans = field(default_factory=list)
    asleep: Spans | None = None
    bilateral: bool = False

    @property
    def in_bed_ms(self) -> int:
        """Return the time in bed recorded so far."""
        return sum(end - start for start, end in self.in_bed)

    @property
    def asleep_ms(self) -> int | None:
        """Return the time asleep in bed, or None without an asleep sensor."""
        if self.asleep is None:
            return None
        return span_overlap_ms(self.in_bed, self.asleep)

    def scored_movements(self) -> Iterable[Movement]:
        """Return the movements as the scorer takes them: asleep or not at their onsets."""
        if not self.asleep:
            return self.movements
        asleep = self.asleep
        return (
            replace(movement, asleep=within(asleep, movement.onset_ms))
            for movement in self.movements
        )

    def score(self, rule: PlmRule) -> NightScore:
        """Score the whole night under `rule`."""
        scorer = NightScorer(rule, bilateral=self.bilateral)
        for movement in self.scored_movements():
            scorer.add(movement)
        return scorer.score

    def figures(self, rule: PlmRule) -> NightFigures:
        """Return the night's figures under `rule`."""
        return figures_from_record(self.night, self.record(rule), rule)

    def record(self, *only: PlmRule) -> FiguresRecord:
        """Return what is kept of the night's figures, under every rule (or `only` these)."""
        return FiguresRecord(
            in_bed_ms=self.in_bed_ms,
            asleep_ms=self.asleep_ms,
            went_to_bed_ms=self.in_bed[0][0] if self.in_bed else None,
            got_up_ms=self.in_bed[-1][1] if self.in_bed else None,
            scores={
                rule.value: list(_score_fields(self.score(rule)))
                for rule in only or PlmRule
            },
        )

    def to_stored(self) -> StoredNight:
        """Return the compact form written to disk."""
        onsets = [movement.onset_ms for movement in self.movements]
        starts = [start for start, _ in [*self.in_bed, *(self.asleep or [])]]
        base_ms = min([*onsets[:1], *starts], default=0)
        stored = StoredNight(
            night=self.night.isoformat(),
            base_ms=base_ms,
            onsets=[
                onset - before
                for onset, before in zip(onsets, [base_ms, *onsets], strict=False)
            ],
            durations=[movement.duration_ms for movement in self.movements],
            in_bed=_flat(self.in_bed, base_ms),
        )
        if self.bilateral:
            stored["legs"] = "".join(
                LEG_LETTERS[movement.leg or Leg.LEFT] for movement in self.movements
            )
        if self.asleep is not None:
            stored["asleep"] = _flat(self.asleep, base_ms)
        return stored

    @classmethod
    def from_stored(cls, stored: StoredNight) -> MeasuredNight:
        """Read the compact form back."""
        base_ms = stored["base_ms"]
        onsets = accumulate(stored["onsets"], initial=base_ms)
        next(onsets)  # the base itself
        legs = stored.get("legs")
        asleep = stored.get("asleep")
        return cls(
            night=date.fromisoformat(stored["night"]),
            movements=[
                Movement(onset, duration, LEGS_BY_LETTER[letter] if legs else None)
                for onset, duration, letter in zip(
                    onsets, stored["durations"], legs or _none(), strict=False
                )
            ],
            in_bed=_spans(stored["in_bed"], base_ms),
            asleep=None if asleep is None else _spans(asleep, base_ms),
            bilateral=legs is not None,
        )


def _none() -> Iterable[str]:
    while True:
        yield ""


def _flat(spans: Spans, base_ms: int) -> list[int]:
    return [moment - base_ms for span in spans for moment in span]


def _spans(flat: list[int], base_ms: int) -> Spans:
    bounds = [base_ms + moment for moment in flat]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


_SCORE_FIELDS = (
    "limb_movements",
    "candidates",
    "periodic_limb_movements",
    "series",
    "longest_series",
    "periodic_asleep",
    "intervals",
    "periodic_intervals",
    "left_leg",
    "right_leg",
)


def _score_fields(score: NightScore) -> Iterable[int | None]:
    return (getattr(score, name) for name in _SCORE_FIELDS)


def figures_from_record(
    night: date, record: FiguresRecord, rule: PlmRule
) -> NightFigures:
    """Return a filed night's figures under `rule` from what is kept of them."""
    values = record["scores"][rule.value]
    score = NightScore(**dict(zip(_SCORE_FIELDS, values, strict=True)))  # type: ignore[arg-type]
    return NightFigures(
        night,
        score,
        record["in_bed_ms"],
        rule,
        asleep_ms=record["asleep_ms"],
        went_to_bed_ms=record["went_to_bed_ms"],
        got_up_ms=record["got_up_ms"],
    )


# The index is shown to a tenth (16.4 per hour); the checklist compares the exact figure.
INDEX_DECIMALS = 1
# The periodicity index, a share between 0 and 1, to a hundredth.
PERIODICITY_DECIMALS = 2


def _rounded(value: float | None, decimals: int) -> float | None:
    return None if value is None else round(value, decimals)


@dataclass(frozen=True, slots=True)
class NightFigures:
    """What the entities, the checklist and the report need of a measured night."""

    night: date
    score: NightScore
    in_bed_ms: int
    rule: PlmRule
    # Time asleep in bed; None without an asleep sensor.
    asleep_ms: int | None = None
    # The first moment in bed and the last, epoch milliseconds; None without time in bed.
    went_to_bed_ms: int | None = None
    got_up_ms: int | None = None

    @property
    def index(self) -> float | None:
        """Return the periodic limb movements per hour in bed."""
        return self.score.index(self.in_bed_ms)

    @property
    def rounded_index(self) -> float | None:
        """Return the index as entities, the report and the panel show it: one decimal."""
        return _rounded(self.index, INDEX_DECIMALS)

    @property
    def asleep_index(self) -> float | None:
        """Return the PLMS index: periodic movements asleep per hour asleep, one decimal."""
        if self.asleep_ms is None:
            return None
        return _rounded(self.score.asleep_index(self.asleep_ms), INDEX_DECIMALS)

    @property
    def periodicity_index(self) -> float | None:
        """Return the periodicity index (0-1, two decimals), or None with under two LMs."""
        return _rounded(self.score.periodicity_index, PERIODICITY_DECIMALS)

    def attributes(self) -> dict[str, Any]:
        """Return the figures an entity shows beside the index."""
        score = self.score
        attributes: dict[str, Any] = {
            "night": self.night.isoformat(),
            "time_in_bed_min": round(self.in_bed_ms / 60_000),
            "limb_movements": score.limb_movements,
            "periodic_limb_movements": score.periodic_limb_movements,
            "series": score.series,
            "longest_series": score.longest_series,
            "periodicity_index": self.periodicity_index,
            "rule": self.rule.value,
        }
        if score.left_leg is not None:
            attributes["left_leg_movements"] = score.left_leg
            attributes["right_leg_movements"] = score.right_leg
        if self.asleep_ms is not None:
            attributes["time_asleep_min"] = round(self.asleep_ms / 60_000)
            attributes["plms_index"] = self.asleep_index
        return attributes
