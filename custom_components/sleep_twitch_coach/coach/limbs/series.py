"""Series of periodic limb movements in a night's sequence of leg movements; plain Python.

The sequence is the night's leg movements (LMs) in the order of their onsets, the two legs'
already joined; each is a candidate for a series or not. The interval (IMI) of an LM runs from
the onset of the LM before it, of any kind, to its own onset. Two consecutive candidates are
linked when the later one's IMI is within the rule's bounds; a series is a maximal chain of at
least 4 linked LMs, and its LMs are the periodic limb movements (PLMs). Once for a whole night
(`series_of`, literally) and once as the LMs arrive (`Tally`, in constant work per LM).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .bilateral import JoinedLm
from .periodicity import PeriodicRuns

# A series has at least this many linked leg movements.
MIN_SERIES = 4


@dataclass(frozen=True, slots=True)
class Linking:
    """The inter-movement intervals (onset to onset) that link two leg movements, inclusive."""

    shortest_ms: int
    longest_ms: int
    # WASM 2016: a candidate whose own interval is shorter cannot be part of a series at all.
    excludes_shorter: bool


def series_of(lms: list[JoinedLm], linking: Linking) -> list[list[JoinedLm]]:
    """Return a whole night's series, straight from the rules' wording."""

    def eligible(index: int) -> bool:
        """Whether a leg movement may belong to a series at all."""
        if not lms[index].candidate:
            return False
        if index == 0 or not linking.excludes_shorter:
            return True
        return lms[index].onset_ms - lms[index - 1].onset_ms >= linking.shortest_ms

    def linked(index: int) -> bool:
        """Whether a leg movement is linked to the one before it."""
        interval = lms[index].onset_ms - lms[index - 1].onset_ms
        return (
            eligible(index - 1)
            and eligible(index)
            and linking.shortest_ms <= interval <= linking.longest_ms
        )

    chains: list[list[JoinedLm]] = []
    for index, lm in enumerate(lms):
        if index > 0 and linked(index):
            chains[-1].append(lm)
        else:
            chains.append([lm])
    return [chain for chain in chains if len(chain) >= MIN_SERIES]


@dataclass(slots=True)
class Tally:
    """The figures of a night's sequence of leg movements, fed one at a time by onset."""

    linking: Linking
    last_onset_ms: int | None = None
    # Leg movements in the chain of links that ends with the last one, and those asleep; 0 when
    # the last one cannot be linked to the next (not a candidate, or excluded).
    chain: int = 0
    chain_asleep: int = 0
    lms: int = 0
    candidates: int = 0
    plms: int = 0
    plms_asleep: int = 0
    series: int = 0
    longest: int = 0
    runs: PeriodicRuns = field(default_factory=PeriodicRuns)

    def copy(self) -> Tally:
        """Return a copy to go on with, leaving this one as it is."""
        return replace(self, runs=replace(self.runs))

    def add(self, onset_ms: int, candidate: bool, asleep: bool) -> None:
        """Score one more leg movement."""
        interval = None if self.last_onset_ms is None else onset_ms - self.last_onset_ms
        self.last_onset_ms = onset_ms
        self.lms += 1
        if interval is not None:
            self.runs.add(interval)
        if not candidate:
            self.chain = 0
            return
        self.candidates += 1
        linking = self.linking
        if (
            interval is not None
            and interval < linking.shortest_ms
            and linking.excludes_shorter
        ):
            self.chain = 0
            return
        if (
            self.chain > 0
            and interval is not None
            and linking.shortest_ms <= interval <= linking.longest_ms
        ):
            self.chain += 1
            self.chain_asleep += asleep
        else:
            self.chain, self.chain_asleep = 1, int(asleep)
        if self.chain == MIN_SERIES:
            self.series += 1
            self.plms += MIN_SERIES
            self.plms_asleep += self.chain_asleep
        elif self.chain > MIN_SERIES:
            self.plms += 1
            self.plms_asleep += asleep
        if self.chain >= MIN_SERIES:
            self.longest = max(self.longest, self.chain)
