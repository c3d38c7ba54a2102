"""The periodicity index (Ferri 2006): how much of a night's leg movements come in runs; plain Python.

Over the night's leg movements (LMs, both legs joined), every interval from one onset to the
next counts; an interval is periodic when it is over 10 s and at most 90 s, and the periodic
intervals that belong to runs of at least 3 in a row are the night's periodic intervals.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

# A periodic interval is over the first and at most the second (onset to onset, ms).
PERIODIC_OVER_MS = 10_000
PERIODIC_UP_TO_MS = 90_000
# Periodic intervals count only in runs of at least this many in a row.
MIN_RUN = 3


def is_periodic(interval_ms: int) -> bool:
    """Whether an interval between two onsets is periodic."""
    return PERIODIC_OVER_MS < interval_ms <= PERIODIC_UP_TO_MS


def periodic_intervals(intervals_ms: list[int]) -> int:
    """Count the intervals in runs of at least 3 periodic ones, from the whole night's list."""
    runs = [
        len(list(run))
        for periodic, run in groupby(intervals_ms, is_periodic)
        if periodic
    ]
    return sum(length for length in runs if length >= MIN_RUN)


@dataclass(slots=True)
class PeriodicRuns:
    """Counts the periodic intervals as the intervals arrive: what `periodic_intervals` counts."""

    # Periodic intervals in a row, up to the last one.
    run: int = 0
    periodic: int = 0

    def add(self, interval_ms: int) -> None:
        """Count one more interval of the night."""
        if not is_periodic(interval_ms):
            self.run = 0
            return
        self.run += 1
        if self.run == MIN_RUN:
            self.periodic += MIN_RUN
        elif self.run > MIN_RUN:
            self.periodic += 1
