"""The next moment the figures change by themselves (noon, bedtime, a cutoff, wake time)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_track_point_in_utc_time

from .coach.status import Status


class NextChange:
    """One timer at the next change the status names; at bedtime it says so."""

    def __init__(
        self,
        hass: HomeAssistant,
        on_change: Callable[[], None],
        on_bedtime: Callable[[datetime], None],
    ) -> None:
        """Call `on_change` at each change, after `on_bedtime` when bedtime has come."""
        self._hass = hass
        self._on_change = on_change
        self._on_bedtime = on_bedtime
        self._unsub: CALLBACK_TYPE | None = None
        self._at: datetime | None = None
        self._bedtime: datetime | None = None

    @callback
    def follow(self, status: Status) -> None:
        """Be due at the status's next change (a timer already set for it is kept)."""
        self._bedtime = status.next_bedtime
        if self._unsub is not None and status.next_change == self._at:
            return
        self.cancel()
        self._unsub = async_track_point_in_utc_time(
            self._hass, self._async_due, status.next_change
        )
        self._at = status.next_change

    @callback
    def cancel(self) -> None:
        """Stop the timer."""
        if self._unsub:
            self._unsub()
            self._unsub = None

    @callback
    def _async_due(self, now: datetime) -> None:
        self._unsub = None
        if (bedtime := self._bedtime) is not None and now >= bedtime:
            self._on_bedtime(bedtime)
        self._on_change()
