"""The runtime of one sleeper: journal, schedule and the figures the entities show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any, override

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import (
    CALLBACK_TYPE,
    Context,
    Event as HassEvent,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import (
    async_track_point_in_utc_time,
    async_track_state_change_event,
)
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator
from homeassistant.util import dt as dt_util

from .const import (
    CONF_BEDTIME,
    CONF_CAFFEINE_CUTOFF,
    CONF_EXERCISE_BUFFER,
    CONF_RETENTION_NIGHTS,
    CONF_TARGET_TEMPERATURE,
    CONF_TEMPERATURE_SENSOR,
    CONF_TEMPERATURE_TOLERANCE,
    CONF_WAKE_TIME,
    DOMAIN,
    EVENT_LOGGED,
    LOGGER,
)
from .events import Event, EventKind, event_fields
from .journal import Journal
from .nights import night_of
from .status import Routine, Status, status_at
from .storage import JournalStore, async_load_journal
from .temperature import bedroom_celsius

type CoachConfigEntry = ConfigEntry[CoachCoordinator]


@dataclass(frozen=True, slots=True)
class CoachData:
    """Everything the entities of one sleeper show."""

    status: Status
    routine: Routine
    bedroom_c: float | None


def routine_from_options(options: dict[str, Any]) -> Routine:
    """Build the routine from a config entry's options; missing keys take the defaults."""
    defaults = Routine()
    return Routine(
        bedtime=_clock(options, CONF_BEDTIME, defaults.bedtime),
        wake_time=_clock(options, CONF_WAKE_TIME, defaults.wake_time),
        caffeine_cutoff=_clock(options, CONF_CAFFEINE_CUTOFF, defaults.caffeine_cutoff),
        exercise_buffer=timedelta(
            hours=options.get(
                CONF_EXERCISE_BUFFER, defaults.exercise_buffer.total_seconds() / 3600
            )
        ),
        target_c=options.get(CONF_TARGET_TEMPERATURE, defaults.target_c),
        tolerance_c=options.get(CONF_TEMPERATURE_TOLERANCE, defaults.tolerance_c),
        retention_nights=int(
            options.get(CONF_RETENTION_NIGHTS, defaults.retention_nights)
        ),
    )


def _clock(options: dict[str, Any], key: str, default: time) -> time:
    return time.fromisoformat(options[key]) if key in options else default


class CoachCoordinator(DataUpdateCoordinator[CoachData]):
    """Keeps one sleeper's journal and recomputes the figures when they change."""

    config_entry: CoachConfigEntry

    def __init__(self, hass: HomeAssistant, entry: CoachConfigEntry) -> None:
        """Prepare the coach of one config entry; the journal loads on first refresh."""
        super().__init__(hass, LOGGER, config_entry=entry, name=entry.title)
        self.routine = routine_from_options(dict(entry.options))
        self.temperature_sensor: str | None = entry.options.get(CONF_TEMPERATURE_SENSOR)
        self.store = JournalStore(hass, entry.entry_id)
        self.journal = Journal(dt_util.get_default_time_zone())
        self._unsub_next_change: CALLBACK_TYPE | None = None
        self._bedroom_readable = True

    @override
    async def _async_setup(self) -> None:
        """Load the journal, prune it to the retention window and follow the bedroom sensor."""
        self.journal = await async_load_journal(
            self.hass,
            self.store,
            dt_util.get_default_time_zone(),
            self.config_entry.title,
        )
        if self.journal.prune(self.oldest_night_kept()):
            await self.store.async_save_journal(self.journal)
        if self.temperature_sensor:
            self.config_entry.async_on_unload(
                async_track_state_change_event(
                    self.hass, self.temperature_sensor, self._async_bedroom_changed
                )
            )

    @override
    async def _async_update_data(self) -> CoachData:
        """Compute the figures for now."""
        return self._compute()

    @override
    async def async_shutdown(self) -> None:
        """Cancel the scheduled recompute."""
        await super().async_shutdown()
        if self._unsub_next_change:
            self._unsub_next_change()
            self._unsub_next_change = None

    def oldest_night_kept(self) -> date:
        """Return the oldest night inside the retention window."""
        tonight = night_of(dt_util.utcnow(), self.journal.tz)
        return tonight - timedelta(days=self.routine.retention_nights - 1)

    async def async_log(self, event: Event, context: Context | None = None) -> None:
        """Add an event, write it to disk, then announce it on the bus."""
        self.journal.add(event)
        await self._async_save(partial(self.journal.discard, event))
        self.hass.bus.async_fire(
            EVENT_LOGGED,
            {"config_entry_id": self.config_entry.entry_id, **event_fields(event)},
            context=context,
        )
        self._publish()

    async def async_undo(self, kind: EventKind | None) -> Event | None:
        """Remove the most recently logged event (of a kind) and write the journal."""
        event = self.journal.remove_last(kind)
        if event is not None:
            await self._async_save(partial(self.journal.add, event))
            self._publish()
        return event

    async def async_clear(self) -> None:
        """Delete every event of this sleeper."""
        events = list(self.journal.events)
        self.journal.clear()
        await self._async_save(lambda: [self.journal.add(event) for event in events])
        self._publish()

    async def _async_save(self, revert: Callable[[], object]) -> None:
        """Write the journal; on failure revert the change in memory and say so."""
        try:
            await self.store.async_save_journal(self.journal)
        except (HomeAssistantError, OSError) as err:
            revert()
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="save_failed",
                translation_placeholders={"error": str(err)},
            ) from err

    def _compute(self) -> CoachData:
        """Compute the figures for now and schedule the next time-based change."""
        status = status_at(self.journal, self.routine, dt_util.utcnow())
        if self._unsub_next_change:
            self._unsub_next_change()
        self._unsub_next_change = async_track_point_in_utc_time(
            self.hass, self._async_next_change, status.next_change
        )
        return CoachData(
            status=status, routine=self.routine, bedroom_c=self._read_bedroom()
        )

    @callback
    def _publish(self) -> None:
        self.async_set_updated_data(self._compute())

    @callback
    def _async_next_change(self, _now: datetime) -> None:
        self._unsub_next_change = None
        self._publish()

    @callback
    def _async_bedroom_changed(self, _event: HassEvent[EventStateChangedData]) -> None:
        self._publish()

    def _read_bedroom(self) -> float | None:
        """Read the bedroom sensor in °C; log once when it stops and once when it recovers."""
        if not self.temperature_sensor:
            return None
        state = self.hass.states.get(self.temperature_sensor)
        value = bedroom_celsius(state)
        if (value is not None) != self._bedroom_readable:
            self._bedroom_readable = value is not None
            if value is None:
                LOGGER.warning(
                    "Bedroom temperature from %s is not usable (%s); the temperature "
                    "entities of %s are unavailable until it is",
                    self.temperature_sensor,
                    state.state if state else "missing",
                    self.config_entry.title,
                )
            else:
                LOGGER.info(
                    "Bedroom temperature from %s is usable again",
                    self.temperature_sensor,
                )
        return value
