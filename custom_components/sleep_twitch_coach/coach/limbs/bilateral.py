"""Both legs: joining the two legs' leg movements into one sequence; plain Python.

Leg movements (LMs, each at least 0.5 s) of the two legs that are near enough each other are one
bilateral LM, from the first onset to the last offset. Only LMs of different legs join directly,
but joins are transitive: left, right, left, each near the next, are one LM. The rules'
numbers are in `scoring.JOININGS`; here is how they are applied, once for a whole night
(`join_night`, literally) and once as the LMs arrive (`Joiner`, in constant work per LM).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol


class Part(Protocol):
    """A monolateral LM: what `join_night` reads of a movement."""

    @property
    def onset_ms(self) -> int:
        """Return when it started."""

    @property
    def duration_ms(self) -> int:
        """Return how long it lasted."""

    @property
    def leg(self) -> Hashable:
        """Return the leg it was measured on."""

    @property
    def asleep(self) -> bool:
        """Return whether the sleeper was asleep at its onset."""


class JoinedLm(NamedTuple):
    """One LM of the combined sequence, as the series are scored from it."""

    onset_ms: int
    candidate: bool
    # Of the earliest onset (when LMs of both legs start at once: asleep if either says so).
    asleep: bool


@dataclass(frozen=True, slots=True)
class Joining:
    """When a rule joins LMs of the two legs, and which joined LMs are candidates."""

    # True: when their onsets are less than `within_ms` apart (AASM 2007); False: when they
    # overlap or the offset of one is less than `within_ms` before the onset of the other.
    by_onsets: bool
    within_ms: int
    # A joined LM is a candidate when it lasts (first onset to last offset) at most this, ...
    max_span_ms: int
    # ... holds at most this many monolateral LMs, and none of them lasts longer than this.
    max_parts: int | None = None
    max_part_ms: int | None = None

    def joins(self, first: Part, second: Part) -> bool:
        """Whether two LMs of different legs are one, straight from the rule's wording."""
        if self.by_onsets:
            return abs(first.onset_ms - second.onset_ms) < self.within_ms
        # From the offset of one to the onset of the other; negative when they overlap.
        gap_ms = max(
            second.onset_ms - (first.onset_ms + first.duration_ms),
            first.onset_ms - (second.onset_ms + second.duration_ms),
        )
        return gap_ms < self.within_ms

    def reach_ms(self, onset_ms: int, offset_ms: int) -> int:
        """Return the time before which an onset of the other leg joins this LM."""
        return (onset_ms if self.by_onsets else offset_ms) + self.within_ms

    def candidate(self, span_ms: int, parts: int, longest_part_ms: int) -> bool:
        """Whether a joined LM (or a single one: one part) is a candidate for a series."""
        return (
            span_ms <= self.max_span_ms
            and (self.max_parts is None or parts <= self.max_parts)
            and (self.max_part_ms is None or longest_part_ms <= self.max_part_ms)
        )


def join_night(lms: Sequence[Part], joining: Joining) -> list[JoinedLm]:
    """Join a whole night's LMs of both legs: every joined pair, transitively, by onset."""
    ordered = sorted(lms, key=lambda lm: lm.onset_ms)
    parents = list(range(len(ordered)))

    def root(index: int) -> int:
        """Return the first LM of the group an LM is in so far."""
        while parents[index] != index:
            index = parents[index]
        return index

    for first_index, first in enumerate(ordered):
        for second_index in range(first_index + 1, len(ordered)):
            second = ordered[second_index]
            if second.onset_ms > first.onset_ms + first.duration_ms + joining.within_ms:
                break  # no rule joins `first` to this one, or to any later one
            if first.leg != second.leg and joining.joins(first, second):
                parents[root(second_index)] = root(first_index)
    groups: dict[int, list[Part]] = {}
    for index, lm in enumerate(ordered):
        groups.setdefault(root(index), []).append(lm)
    joined = []
    for parts in groups.values():
        onset_ms = min(part.onset_ms for part in parts)
        offset_ms = max(part.onset_ms + part.duration_ms for part in parts)
        longest_ms = max(part.duration_ms for part in parts)
        joined.append(
            JoinedLm(
                onset_ms,
                joining.candidate(offset_ms - onset_ms, len(parts), longest_ms),
                any(part.asleep for part in parts if part.onset_ms == onset_ms),
            )
        )
    return sorted(joined, key=lambda lm: lm.onset_ms)


@dataclass(slots=True)
class _Group:
    """LMs joined so far (maybe one), which a later LM may still join."""

    onset_ms: int
    offset_ms: int
    parts: int
    longest_part_ms: int
    asleep: bool
    # Per leg: before when an onset of the other leg joins one of its LMs here.
    reach_ms: dict[Hashable, int]

    def absorb(self, later: _Group) -> None:
        """Take in a group that starts no earlier than this one."""
        if later.onset_ms == self.onset_ms:
            self.asleep = self.asleep or later.asleep
        self.offset_ms = max(self.offset_ms, later.offset_ms)
        self.parts += later.parts
        self.longest_part_ms = max(self.longest_part_ms, later.longest_part_ms)
        for leg, reach_ms in later.reach_ms.items():
            self.reach_ms[leg] = max(self.reach_ms.get(leg, reach_ms), reach_ms)


class Joiner:
    """Joins LMs as they arrive (in the order of their onsets), keeping only open groups."""

    def __init__(self, joining: Joining) -> None:
        """Start with no LM."""
        self._joining = joining
        # Not yet handed on, in the order of their first onsets.
        self._groups: list[_Group] = []

    def add(
        self, onset_ms: int, duration_ms: int, leg: Hashable, asleep: bool
    ) -> list[JoinedLm]:
        """Take one more LM; return the joined LMs that no later one can change, in order."""
        offset_ms = onset_ms + duration_ms
        lm = _Group(
            onset_ms,
            offset_ms,
            1,
            duration_ms,
            asleep,
            {leg: self._joining.reach_ms(onset_ms, offset_ms)},
        )
        joined: _Group | None = None
        kept: list[_Group] = []
        for group in self._groups:
            if any(
                other != leg and reach_ms > onset_ms
                for other, reach_ms in group.reach_ms.items()
            ):
                if joined is not None:
                    joined.absorb(group)  # `lm` joins two groups: they are one now
                    continue
                joined = group
            kept.append(group)
        if joined is None:
            kept.append(lm)
        else:
            joined.absorb(lm)
        # Onsets only grow: a group none of whose reaches is beyond this one is complete.
        closed = []
        while kept and max(kept[0].reach_ms.values()) <= onset_ms:
            closed.append(self._joined(kept.pop(0)))
        self._groups = kept
        return closed

    def pending(self) -> list[JoinedLm]:
        """Return the groups still open, as they would be if the night ended now."""
        return [self._joined(group) for group in self._groups]

    def _joined(self, group: _Group) -> JoinedLm:
        """Return a group as one LM of the combined sequence."""
        return JoinedLm(
            group.onset_ms,
            self._joining.candidate(
                group.offset_ms - group.onset_ms, group.parts, group.longest_part_ms
            ),
            group.asleep,
        )
