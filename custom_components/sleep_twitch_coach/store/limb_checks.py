"""Whether what a measured-night file holds is what the coach wrote there."""

from __future__ import annotations

from datetime import date
from typing import TypeIs

from ..coach.limbs.nights import LEGS_BY_LETTER, StoredNight
from ..coach.limbs.tonight import epoch_ms
from ..coach.nights import EARLIEST, LATEST, calendar_holds_night

# The moments a calendar holds, in epoch milliseconds: a night's movements lie within.
EARLIEST_MS = epoch_ms(EARLIEST)
LATEST_MS = epoch_ms(LATEST)


def are_nights(stored: object) -> TypeIs[list[StoredNight]]:
    """Return whether a month's nights are a list of measured nights."""
    return isinstance(stored, list) and all(map(is_night, stored))


def is_night(stored: object) -> TypeIs[StoredNight]:
    """Return whether a stored night has every field, of its type; raises on a bad date.

    A night or a moment no calendar holds (year 9999, milliseconds beyond it) is not one.
    """
    if not isinstance(stored, dict) or not isinstance(stored.get("night"), str):
        return False
    lists = [stored.get(key) for key in ("onsets", "durations", "in_bed")]
    if not (
        calendar_holds_night(date.fromisoformat(stored["night"]))
        and _is_whole(base := stored.get("base_ms"))
        and all(
            isinstance(values, list) and all(map(_is_whole, values)) for values in lists
        )
        and len(stored["onsets"]) == len(stored["durations"])
        and len(stored["in_bed"]) % 2 == 0
    ):
        return False
    legs = stored.get("legs", "")
    asleep = stored.get("asleep", [])
    if not (
        isinstance(legs, str)
        and set(legs) <= set(LEGS_BY_LETTER)
        and (not legs or len(legs) == len(stored["onsets"]))
        and isinstance(asleep, list)
        and all(map(_is_whole, asleep))
        and len(asleep) % 2 == 0
    ):
        return False
    spans = [*stored["in_bed"], *asleep] or [0]
    moments = (
        base,
        base + sum(stored["onsets"]),
        base + min(spans),
        base + max(spans),
    )
    return all(EARLIEST_MS <= moment <= LATEST_MS for moment in moments)


def _is_whole(value: object) -> TypeIs[int]:
    return isinstance(value, int) and not isinstance(value, bool)
