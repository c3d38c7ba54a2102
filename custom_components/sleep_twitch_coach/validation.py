"""Strict validators for the actions' fields: a value is what the field holds, or refused.

Home Assistant's own validators are lenient where a health journal must not be: `cv.boolean`
takes 2 as true, `vol.Coerce(float)` takes true as 1.0 and "NaN" as a number, `vol.Coerce(int)`
cuts 1.9 to 1 and `cv.string` turns a dict into text.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import date, datetime
import math
import re
from typing import Any, TypeIs

import voluptuous as vol

from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util

from .const import DOMAIN

BOOLEAN_WORDS = {"true": True, "false": False, "on": True, "off": False}
BOOLEAN_WORDS |= {"yes": True, "no": False}
NIGHT_LABEL = re.compile(r"\d{4}-\d{2}-\d{2}")


def validated(
    schema: vol.Schema, data: Mapping[str, Any], fields: Collection[str], whole: str
) -> dict[str, Any]:
    """Return the data as `schema` reads it, or refuse it with a translated error.

    Each of `fields` has its own message (`invalid_<field>`); any other key gets one naming
    it, and an error that names no key (data that is not a mapping) is laid on `whole`.
    """
    try:
        result: dict[str, Any] = schema(dict(data))
    except vol.Invalid as err:
        field = str(err.path[0]) if err.path else whole
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=f"invalid_{field}" if field in fields else "invalid_field",
            translation_placeholders={"field": field},
        ) from err
    return result


def night_label(value: object) -> date:
    """Accept a night's label, the evening's date as YYYY-MM-DD."""
    if not isinstance(value, str) or not NIGHT_LABEL.fullmatch(value):
        raise vol.Invalid("not a night label")
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise vol.Invalid("not a date a calendar holds") from err


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


def save_failed[E: HomeAssistantError](error: type[E], err: Exception) -> E:
    """Return the translated "could not be written" error, saying why in words.

    An OSError's strerror, without its path.
    """
    reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
    return error(
        translation_domain=DOMAIN,
        translation_key="save_failed",
        translation_placeholders={"error": reason},
    )
