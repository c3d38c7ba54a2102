"""The factors a sleeper names in the options: up to 10, each logged like a built-in one."""

from __future__ import annotations

from collections.abc import Mapping
from hashlib import sha256
from typing import Any

import voluptuous as vol

from homeassistant.helpers.selector import TextSelector, TextSelectorConfig
from homeassistant.util import slugify

from .coach.factors import CUSTOM_NAME_MAX_LENGTH, CUSTOM_PREFIX, MAX_CUSTOM_FACTORS
from .const import CONF_CUSTOM_FACTORS


def custom_factor_key(name: str) -> str:
    """Return the key a custom factor is logged under, from its name."""
    # A name of letters no slug holds (emoji, some scripts) still gets a key of its own.
    slug = slugify(name) or sha256(name.encode()).hexdigest()[:12]
    return f"{CUSTOM_PREFIX}{slug}"


def custom_factors_from_options(options: Mapping[str, Any]) -> dict[str, str]:
    """Return the sleeper's custom factors: names by key, in the order they were given."""
    return {
        custom_factor_key(name): name for name in options.get(CONF_CUSTOM_FACTORS, [])
    }


def custom_factors_field() -> dict[vol.Marker, Any]:
    """Return the options form's field: a list of names."""
    return {
        vol.Optional(CONF_CUSTOM_FACTORS, default=[]): TextSelector(
            TextSelectorConfig(multiple=True)
        )
    }


def custom_factor_errors(user_input: Mapping[str, Any]) -> dict[str, str]:
    """Refuse more than 10 names, a name over 40 characters, or two names with one key."""
    names = [name.strip() for name in user_input.get(CONF_CUSTOM_FACTORS, [])]
    if len(names) > MAX_CUSTOM_FACTORS:
        return {CONF_CUSTOM_FACTORS: "too_many_custom_factors"}
    if any(len(name) > CUSTOM_NAME_MAX_LENGTH for name in names):
        return {CONF_CUSTOM_FACTORS: "custom_factor_too_long"}
    keys = [custom_factor_key(name) for name in names if name]
    if len(set(keys)) != len(keys):
        return {CONF_CUSTOM_FACTORS: "custom_factor_twice"}
    return {}


def cleaned_custom_factors(user_input: Mapping[str, Any]) -> dict[str, Any]:
    """Return the form's input with the names trimmed and empty ones dropped."""
    if CONF_CUSTOM_FACTORS not in user_input:
        return dict(user_input)
    names = [name.strip() for name in user_input[CONF_CUSTOM_FACTORS]]
    return {**user_input, CONF_CUSTOM_FACTORS: [name for name in names if name]}
