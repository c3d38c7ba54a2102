"""Twitch history in Home Assistant's long-term statistics: one external statistic a sleeper.

Each hour with twitches gets a row: `state` the twitches in that hour, `sum` every twitch up
to its end. The statistics graph card then shows twitches per day, week or month over years,
long after the recorder has purged the states. A change rewrites the rows from the hour it
touched to now (a back-filled or undone twitch moves every later sum).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
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
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .const import DOMAIN
from .events import EventKind
from .journal import Journal

HOUR = timedelta(hours=1)


def statistic_id(entry_id: str) -> str:
    """Return the statistic of a sleeper (statistic ids allow only lower case)."""
    return f"{DOMAIN}:twitches_{entry_id.lower()}"


def hour_of(moment: datetime) -> datetime:
    """Return the start of the hour a moment falls in, in UTC."""
    return dt_util.as_utc(moment).replace(minute=0, second=0, microsecond=0)


def hourly_rows(
    twitches: Iterable[datetime],
    before: int,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[StatisticData]:
    """Return the hourly rows: every hour from `since` to `until`, or those with twitches.

    `before` counts twitches older than the journal. With `since`, hours without twitches get
    a row too (state 0), so that an hour emptied by an undo no longer shows its old count.
    """
    counts = Counter(hour_of(moment) for moment in twitches)
    total = before + sum(
        count for hour, count in counts.items() if since and hour < since
    )
    if since is None:
        hours = sorted(counts)
    else:
        last = max([since, *counts, *([hour_of(until)] if until else [])])
        hours = [since + HOUR * step for step in range(int((last - since) / HOUR) + 1)]
    rows = []
    for hour in hours:
        total += counts[hour]
        rows.append(StatisticData(start=hour, state=counts[hour], sum=total))
    return rows


class TwitchHistory:
    """Writes one sleeper's twitches into the long-term statistics, when there is a recorder."""

    def __init__(self, hass: HomeAssistant, entry_id: str, sleeper: str) -> None:
        """Name the statistic after the sleeper."""
        self._hass = hass
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

    @property
    def _recording(self) -> bool:
        return "recorder" in self._hass.config.components

    async def async_start(self, journal: Journal, before: int) -> None:
        """Write the whole journal once, for a sleeper whose statistic has no rows yet."""
        if not self._recording:
            return
        last = await get_instance(self._hass).async_add_executor_job(
            get_last_statistics, self._hass, 1, self.statistic_id, False, {"sum"}
        )
        if not last:
            self._write(hourly_rows(_twitch_times(journal), before))

    def update(self, journal: Journal, before: int, since: datetime) -> None:
        """Rewrite the rows from the hour of `since` to now."""
        if self._recording:
            self._write(
                hourly_rows(
                    _twitch_times(journal), before, hour_of(since), dt_util.utcnow()
                )
            )

    def clear(self) -> None:
        """Remove the statistic (the sleeper is removed, or the journal cleared)."""
        if self._recording:
            get_instance(self._hass).async_clear_statistics([self.statistic_id])

    def _write(self, rows: list[StatisticData]) -> None:
        if rows:
            async_add_external_statistics(self._hass, self._metadata, rows)


def _twitch_times(journal: Journal) -> list[datetime]:
    return [event.time for event in journal.of_kind(EventKind.TWITCH)]
