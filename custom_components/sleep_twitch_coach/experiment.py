"""An experiment in Home Assistant: its end when its nights are over, its sensor and event."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from contextlib import suppress
from dataclasses import asdict
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError

from .coach.events import Experiment
from .coach.experiments import ExperimentVerdict, Outcome
from .coach.nights import night_start
from .coach.report.what_helps import experiment_row
from .figures import CoachData

if TYPE_CHECKING:
    from homeassistant.config_entries import ConfigEntry


RUNNING = "running"
# The kind of the bus event that announces an experiment's end.
EXPERIMENT_ENDED = "experiment_ended"
# What the experiment sensor shows: running, or how the last one ended.
EXPERIMENT_STATES = [RUNNING, *(verdict.value for verdict in ExperimentVerdict)]


def experiment_state(data: CoachData) -> str | None:
    """Return "running", the last experiment's verdict, or None before any experiment."""
    if (item := data.experiment) is None:
        return None
    if item.verdict is None:
        return RUNNING
    return item.verdict.value


def experiment_attributes(data: CoachData, _unit: str) -> dict[str, Any]:
    """Return the change, its nights, adherence, baseline and result."""
    if (item := data.experiment) is None or data.context is None:
        return {}
    return asdict(experiment_row(item, data.context.custom))


def experiment_ended(
    finished: Experiment, item: Outcome | None, custom: Mapping[str, str]
) -> dict[str, Any]:
    """Return what the bus event announcing an experiment's end carries."""
    verdict = None if item is None or item.verdict is None else item.verdict.value
    return {
        "kind": EXPERIMENT_ENDED,
        "change": finished.change,
        # The name a sleeper gave their own factor; None for a built-in one.
        "name": custom.get(finished.change),
        "keep": finished.keep.value,
        "nights_planned": finished.nights,
        "nights_done": None if item is None else item.nights_done,
        "adherence": None
        if item is None or item.adherence is None
        else round(item.adherence, 2),
        "verdict": verdict,
        "low_adherence": None if item is None else item.low_adherence,
    }


class ExperimentEnd:
    """Ends the running experiment once its last night is over, as the next night begins."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry[Any],
        end: Callable[[datetime], Awaitable[bool]],
    ) -> None:
        """End experiments of `entry` with `end(when)` (the coordinator's change)."""
        self._hass = hass
        self._entry = entry
        self._end = end
        # Set while an end is being written, so that a recompute meanwhile starts no other.
        self._ending = False

    @callback
    def follow(self, data: CoachData, tz: tzinfo) -> None:
        """End the experiment if the figures say its last night has passed."""
        if data.experiment_due and not self._ending:
            self._ending = True
            self._entry.async_create_task(
                self._hass, self._async_end(night_start(data.status.tonight, tz))
            )

    async def _async_end(self, when: datetime) -> None:
        try:
            # Nobody waits for this write: a failure is logged (by the coordinator's
            # change) and the end tried again at the next recompute.
            with suppress(HomeAssistantError):
                await self._end(when)
        finally:
            self._ending = False
