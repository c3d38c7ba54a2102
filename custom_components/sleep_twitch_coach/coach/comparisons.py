"""Honest comparisons: twitch nights with and without each factor, on recorded nights only.

Each factor gets an exact test (Fisher's), a 95 % interval for the difference of the two rates,
and a verdict after the Benjamini-Hochberg correction across the factors compared, so that
twenty factors tested do not turn up one "link" by chance. Words say "goes with", never
"causes".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .factors import FactorsOf, NightContext, factors_finder, is_recorded
from .journal import Journal
from .stats import benjamini_hochberg, difference_interval, fisher_exact

DEFAULT_COMPARE_NIGHTS = 90
MIN_COMPARE_NIGHTS = 28
MAX_COMPARE_NIGHTS = 365
# Fewer recorded nights than this on either side: "not enough nights yet".
MIN_NIGHTS_A_SIDE = 3
# The false discovery rate the Benjamini-Hochberg correction keeps to.
FALSE_DISCOVERY_RATE = 0.1


class Verdict(StrEnum):
    """What a comparison says, in words a sleeper reads."""

    LINKED = "linked"
    SEEMS_TO_HELP = "seems_to_help"
    NO_CLEAR_LINK = "no_clear_link"
    NOT_ENOUGH_NIGHTS = "not_enough_nights"


@dataclass(frozen=True, slots=True)
class Comparison:
    """Recorded nights with and without one factor, and how sure the difference is."""

    factor: str
    nights_with: int
    twitch_nights_with: int
    nights_without: int
    twitch_nights_without: int
    verdict: Verdict
    p_value: float | None = None
    q_value: float | None = None
    # 95 % interval of rate_with - rate_without.
    interval: tuple[float, float] | None = None

    @property
    def rate_with(self) -> float | None:
        """Return the share of twitch nights among the nights with the factor."""
        return _rate(self.twitch_nights_with, self.nights_with)

    @property
    def rate_without(self) -> float | None:
        """Return the share of twitch nights among the nights without it."""
        return _rate(self.twitch_nights_without, self.nights_without)

    @property
    def difference(self) -> float | None:
        """Return rate_with - rate_without, when both sides have nights."""
        if (with_it := self.rate_with) is None or (
            without := self.rate_without
        ) is None:
            return None
        return with_it - without


def _rate(twitch_nights: int, nights: int) -> float | None:
    return twitch_nights / nights if nights else None


@dataclass(slots=True)
class _Counts:
    nights_with: int = 0
    twitch_nights_with: int = 0
    nights_without: int = 0
    twitch_nights_without: int = 0


def compare_factors(
    journal: Journal,
    context: NightContext,
    nights: Iterable[date],
    factors_of: FactorsOf | None = None,
) -> list[Comparison]:
    """Compare every factor of the context over the recorded ones of `nights`, strongest first.

    `factors_of` finds a night's factors (one shared with the report's rows finds each once).
    """
    factors_of = factors_of or factors_finder(journal, context)
    keys = context.keys
    counts = {key: _Counts() for key in keys}
    for night in nights:
        if not is_recorded(journal, night, context.measured):
            continue
        twitched = bool(journal.twitches(night))
        for key, present in factors_of(night).items():
            tally = counts[key]
            if present:
                tally.nights_with += 1
                tally.twitch_nights_with += twitched
            else:
                tally.nights_without += 1
                tally.twitch_nights_without += twitched
    enough = [
        key
        for key in keys
        if min(counts[key].nights_with, counts[key].nights_without) >= MIN_NIGHTS_A_SIDE
    ]
    p_values = [_p_value(counts[key]) for key in enough]
    q_values = dict(zip(enough, benjamini_hochberg(p_values), strict=True))
    results = [
        _comparison(key, counts[key], p_value, q_values[key])
        for key, p_value in zip(enough, p_values, strict=True)
    ] + [
        _result(key, counts[key], Verdict.NOT_ENOUGH_NIGHTS)
        for key in keys
        if key not in q_values
    ]
    return sorted(results, key=_strength)


def _result(
    key: str,
    counts: _Counts,
    verdict: Verdict,
    p_value: float | None = None,
    q_value: float | None = None,
) -> Comparison:
    return Comparison(
        factor=key,
        nights_with=counts.nights_with,
        twitch_nights_with=counts.twitch_nights_with,
        nights_without=counts.nights_without,
        twitch_nights_without=counts.twitch_nights_without,
        verdict=verdict,
        p_value=p_value,
        q_value=q_value,
        interval=None
        if p_value is None
        else difference_interval(
            counts.twitch_nights_with,
            counts.nights_with,
            counts.twitch_nights_without,
            counts.nights_without,
        ),
    )


def _p_value(counts: _Counts) -> float:
    return fisher_exact(
        counts.twitch_nights_with,
        counts.nights_with - counts.twitch_nights_with,
        counts.twitch_nights_without,
        counts.nights_without - counts.twitch_nights_without,
    )


def _comparison(
    key: str, counts: _Counts, p_value: float, q_value: float
) -> Comparison:
    more = (
        counts.twitch_nights_with * counts.nights_without
        > counts.twitch_nights_without * counts.nights_with
    )
    fewer = (
        counts.twitch_nights_with * counts.nights_without
        < counts.twitch_nights_without * counts.nights_with
    )
    if q_value < FALSE_DISCOVERY_RATE and more:
        verdict = Verdict.LINKED
    elif q_value < FALSE_DISCOVERY_RATE and fewer:
        verdict = Verdict.SEEMS_TO_HELP
    else:
        verdict = Verdict.NO_CLEAR_LINK
    return _result(key, counts, verdict, p_value, q_value)


_ORDER = {
    Verdict.LINKED: 0,
    Verdict.SEEMS_TO_HELP: 0,
    Verdict.NO_CLEAR_LINK: 1,
    Verdict.NOT_ENOUGH_NIGHTS: 2,
}


def _strength(comparison: Comparison) -> tuple[int, float, float]:
    """Sort key: verdicts first, then the surest, then the largest difference."""
    return (
        _ORDER[comparison.verdict],
        1.0 if comparison.q_value is None else comparison.q_value,
        -abs(comparison.difference or 0.0),
    )
