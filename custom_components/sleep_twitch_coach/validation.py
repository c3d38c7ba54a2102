"""Strict validators for the actions' fields: a value is what the field holds, or refused.

Home Assistant's own validators are lenient where a health journal must not be: `cv.boolean`
takes 2 as true, `vol.Coerce(float)` takes true as 1.0 and "NaN" as a number, `vol.Coerce(int)`
cuts 1.9 to 1 and `cv.string` turns a dict into text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
import math
from typing import TypeIs

import voluptuous as vol

from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util

BOOLEAN_WORDS = {"true": True, "false": False, "on": True, "off": False}
BOOLEAN_WORDS |= {"yes": True, "no": False}


def strict_boolean(value: object) -> bool:
    """Accept true or false (or their usual words, as a template renders them), never 1 or 2."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and (word := value.strip().lower()) in BOOLEAN_WORDS:
        return BOOLEAN_WORDS[word]
    raise vol.Invalid("not a boolean")


def _finite(value: object) -> float:
    """Return a number given as a number or as text; never a boolean, NaN or infinity."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise vol.Invalid("not a number")
    try:
        result = float(value)
    except (ValueError, OverflowError) as err:
        raise vol.Invalid("not a number") from err
    if not math.isfinite(result):
        raise vol.Invalid("not a finite number")
    return result


def number(low: float, high: float) -> Callable[[object], float]:
    """Return a validator of a finite number from `low` to `high`."""

    def validate(value: object) -> float:
        if not low <= (result := _finite(value)) <= high:
            raise vol.Invalid("out of range")
        return result

    return validate


def whole_number(low: int, high: int) -> Callable[[object], int]:
    """Return a validator of a whole number from `low` to `high`; 1.9 is not 1."""

    def validate(value: object) -> int:
        if not (result := _finite(value)).is_integer() or not low <= result <= high:
            raise vol.Invalid("not a whole number in range")
        return int(result)

    return validate


def is_text(value: object) -> TypeIs[str]:
    """Return whether a value is text that can be written to disk (no lone surrogate)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True


def text(max_length: int) -> Callable[[object], str]:
    """Return a validator of text of at most `max_length` characters; a list is not text."""

    def validate(value: object) -> str:
        if not is_text(value) or len(value) > max_length:
            raise vol.Invalid("not text of the allowed length")
        return value

    return validate


def moment(value: object) -> datetime:
    """Accept a date and time that can be shown in UTC and in the local time zone."""
    # Home Assistant's date parser (ciso8601) crashes the whole process on a lone surrogate,
    # which YAML and templates can produce: such text is refused before it gets there.
    if isinstance(value, str) and not is_text(value):
        raise vol.Invalid("not a date and time")
    when = cv.datetime(value)
    try:
        dt_util.as_local(dt_util.as_utc(when))
    except (OverflowError, ValueError) as err:
        raise vol.Invalid("a date and time outside what a calendar can hold") from err
    return when
