"""Twitch history in Home Assistant's long-term statistics: one external statistic a sleeper.

Each hour with twitches gets a row: `state` the twitches in that hour, `sum` every twitch up
to its end. The statistics graph card then shows twitches per day, week or month over years,
long after the recorder has purged the states.

How a change is written, and why so: the recorder gives a period's "change" (what the statistics
graph card shows) as its last row's `sum` minus the `sum` of the newest row before the period
(0 when there is none). So every row's `sum` must be the count of all twitches up to
its hour, and a twitch back-filled at hour h moves the `sum` of every row after h: no base or
relative sum avoids that in one statistic (a base kept fixed at some later hour moves the
rows before h instead, and the oldest row's change would read as its negative sum). What can
be avoided is rows that carry nothing: rows exist only for hours that had twitches (an hour
emptied by an undo keeps its row, with 0), and a change writes the row of the hour it touched
and shifts the `sum` of the rows after it with the recorder's own adjustment (one UPDATE of
the rows that exist, as core's "adjust sum" does), instead of writing a row for every hour
since (700 nights back, 16,800 rows).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from homeassistant.components.recorder import get_instance
from homeassistant.components.recorder.models import (
    StatisticData,
    StatisticMeanType,
    StatisticMetaData,
)
from homeassistant.components.recorder.statistics import (
    async_add_external_statistics,
    get_last_statistics,
)
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_call_later
from homeassistant.util import dt as dt_util

from .coach.events import EventKind
from .coach.journal import Journal
from .const import DOMAIN

HOUR = timedelta(hours=1)


def statistic_id(entry_id: str) -> str:
    """Return the statistic of a sleeper (statistic ids allow only lower case)."""
    return f"{DOMAIN}:twitches_{entry_id.lower()}"


def hour_of(moment: datetime) -> datetime:
    """Return the start of the hour a moment falls in, in UTC."""
    return dt_util.as_utc(moment).replace(minute=0, second=0, microsecond=0)


def hourly_rows(
    twitches: Iterable[datetime], before: int, hours: Iterable[datetime] | None = None
) -> list[StatisticData]:
    """Return the rows of `hours`, by default of every hour with twitches.

    `before` counts twitches older than the journal; each row's `sum` counts every twitch up
    to its hour's end.
    """
    counts = Counter(hour_of(moment) for moment in twitches)
    ordered = sorted(counts.items())
    total, counted = before, 0
    rows = []
    for hour in sorted(counts if hours is None else set(hours)):
        while counted < len(ordered) and ordered[counted][0] <= hour:
            total += ordered[counted][1]
            counted += 1
        rows.append(StatisticData(start=hour, state=counts[hour], sum=total))
    return rows


@callback
def async_clear_history(hass: HomeAssistant, entry_id: str) -> None:
    """Remove a sleeper's statistic, if Home Assistant records."""
    if "recorder" in hass.config.components:
        get_instance(hass).async_clear_statistics([statistic_id(entry_id)])


# Changes within this long are written to the statistics together: the recorder imports them
# in its own thread, which presses in quick succession would otherwise wait for.
WRITE_DELAY = timedelta(seconds=10)


class TwitchHistory:
    """Writes one sleeper's twitches into the long-term statistics, when there is a recorder."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        sleeper: str,
        source: Callable[[], tuple[Journal, int]],
    ) -> None:
        """Name the statistic after the sleeper; `source` gives the journal and the count before it."""
        self._hass = hass
        self._source = source
        self._entry_id = entry_id
        self.statistic_id = statistic_id(entry_id)
        self._metadata = StatisticMetaData(
            source=DOMAIN,
            statistic_id=self.statistic_id,
            name=f"{sleeper} twitches",
            unit_of_measurement=None,
            unit_class=None,
            has_sum=True,
            mean_type=StatisticMeanType.NONE,
        )
        # Twitches added (+1) or removed (-1) since the last write, by hour.
        self._pending: Counter[datetime] = Counter()
        self._unsub_write: CALLBACK_TYPE | None = None

    @property
    def _recording(self) -> bool:
        return "recorder" in self._hass.config.components

    async def async_start(self) -> None:
        """Write the whole journal once, for a sleeper whose statistic has no rows yet."""
        if not self._recording:
            return
        last = await get_instance(self._hass).async_add_executor_job(
            get_last_statistics, self._hass, 1, self.statistic_id, False, {"sum"}
        )
        if not last:
            journal, before = self._source()
            self._write(hourly_rows(_twitch_times(journal), before))

    @callback
    def async_follow(self) -> CALLBACK_TYPE:
        """Write what is pending when Home Assistant stops; return how to stop following."""
        unsub_stop = self._hass.bus.async_listen(
            EVENT_HOMEASSISTANT_STOP, lambda _event: self.flush()
        )

        @callback
        def stop() -> None:
            unsub_stop()
            self.flush()

        return stop

    @callback
    def update(self, moment: datetime, added: int) -> None:
        """Count a twitch added (1) or removed (-1) at `moment`; write within WRITE_DELAY."""
        if not self._recording:
            return
        self._pending[hour_of(moment)] += added
        if self._unsub_write is None:
            self._unsub_write = async_call_later(
                self._hass, WRITE_DELAY, lambda _now: self.flush()
            )

    @callback
    def flush(self) -> None:
        """Write the pending changes now: the hours changed, and the sums after them."""
        self._cancel_write()
        changed = {hour: added for hour, added in self._pending.items() if added}
        self._pending.clear()
        if not changed:
            return
        recorder = get_instance(self._hass)
        now = hour_of(dt_util.utcnow())
        # First the shifts, then the changed hours' rows with their own sums: the recorder
        # runs its tasks in order, so a shift never moves a row written here.
        for hour, added in changed.items():
            if hour < now:
                # The statistic has no unit: core's adjust command takes None for that too.
                recorder.async_adjust_statistics(
                    self.statistic_id,
                    hour + HOUR,
                    added,
                    None,  # type: ignore[arg-type]
                )
        journal, before = self._source()
        self._write(hourly_rows(_twitch_times(journal), before, changed))

    @callback
    def clear(self) -> None:
        """Remove the statistic (the sleeper is removed, or the journal cleared)."""
        self._cancel_write()
        self._pending.clear()
        async_clear_history(self._hass, self._entry_id)

    def _cancel_write(self) -> None:
        """Forget the write that was due (done now, or not needed any more)."""
        if self._unsub_write:
            self._unsub_write()
            self._unsub_write = None

    def _write(self, rows: list[StatisticData]) -> None:
        if rows:
            async_add_external_statistics(self._hass, self._metadata, rows)


def _twitch_times(journal: Journal) -> list[datetime]:
    return [event.time for event in journal.of_kind(EventKind.TWITCH)]
