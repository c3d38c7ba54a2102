"""A sleeper's settings, read from the config entry's options."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time, timedelta
from typing import Any

from .checklist import Thresholds
from .const import (
    CONF_BEDTIME,
    CONF_CAFFEINE_CUTOFF,
    CONF_DOCTOR_CRITERIA_THRESHOLD,
    CONF_EXERCISE_BUFFER,
    CONF_RETENTION_NIGHTS,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_TOLERANCE,
    CONF_TWITCH_NIGHTS_THRESHOLD,
    CONF_WAKE_TIME,
    CONF_WOKE_NIGHTS_THRESHOLD,
)
from .status import Routine


def routine_from_options(options: Mapping[str, Any]) -> Routine:
    """Build the routine from options; missing keys take the defaults."""
    defaults = Routine()
    return Routine(
        bedtime=_clock(options, CONF_BEDTIME, defaults.bedtime),
        wake_time=_clock(options, CONF_WAKE_TIME, defaults.wake_time),
        caffeine_cutoff=_clock(options, CONF_CAFFEINE_CUTOFF, defaults.caffeine_cutoff),
        exercise_buffer=timedelta(hours=options[CONF_EXERCISE_BUFFER])
        if CONF_EXERCISE_BUFFER in options
        else defaults.exercise_buffer,
        target_c=options.get(CONF_TARGET_TEMPERATURE, defaults.target_c),
        tolerance_c=options.get(CONF_TEMPERATURE_TOLERANCE, defaults.tolerance_c),
        retention_nights=int(
            options.get(CONF_RETENTION_NIGHTS, defaults.retention_nights)
        ),
    )


def thresholds_from_options(options: Mapping[str, Any]) -> Thresholds:
    """Build the checklist thresholds from options; missing keys take the defaults."""
    defaults = Thresholds()
    return Thresholds(
        twitch_nights=int(
            options.get(CONF_TWITCH_NIGHTS_THRESHOLD, defaults.twitch_nights)
        ),
        woke_nights=int(options.get(CONF_WOKE_NIGHTS_THRESHOLD, defaults.woke_nights)),
        doctor_criteria=int(
            options.get(CONF_DOCTOR_CRITERIA_THRESHOLD, defaults.doctor_criteria)
        ),
    )


def _clock(options: Mapping[str, Any], key: str, default: time) -> time:
    return time.fromisoformat(options[key]) if key in options else default
