"""The runtime of one sleeper: journal, schedule and the figures the entities show."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection
from contextlib import suppress
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial
from itertools import count
from typing import Any, Concatenate, override

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import UnitOfTemperature
from homeassistant.core import Context, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed
from homeassistant.util import dt as dt_util

from . import changes
from .coach.events import (
    BedtimeSnapshot,
    EventKind,
    Experiment,
    Intensity,
    JournalEvent,
    event_fields,
)
from .coach.factors import NightContext
from .coach.journal import Journal, journal_begins
from .coach.limbs.nights import NightFigures
from .coach.nights import night_of
from .const import CONF_TEMPERATURE_SENSOR, EVENT_LOGGED, LOGGER, SIGNAL_UPDATED
from .custom_factors import custom_factors_from_options
from .doctor_alert import DoctorIssue
from .experiment import ExperimentEnd, experiment_ended
from .figures import CoachData, coach_data, night_context
from .history import TwitchHistory
from .language import async_follow_language
from .limb_sensors import limb_sensors_from_options
from .schedule import NextChange
from .settings import routine_from_options, thresholds_from_options
from .store.journal import JournalStore, SleeperRecord
from .store.loading import async_load_record
from .temperature import BedroomReader
from .validation import save_failed

type CoachConfigEntry = ConfigEntry[CoachCoordinator]
# One sequence for every sleeper's coordinator: a reloaded sleeper never repeats a revision.
REVISIONS = count(1)

CELSIUS = UnitOfTemperature.CELSIUS


class CoachCoordinator(DataUpdateCoordinator[CoachData]):
    """Keeps one sleeper's journal and recomputes the figures when they change."""

    config_entry: CoachConfigEntry

    def __init__(self, hass: HomeAssistant, entry: CoachConfigEntry) -> None:
        """Prepare the coach of one config entry; the journal loads on first refresh."""
        super().__init__(hass, LOGGER, config_entry=entry, name=entry.title)
        self.routine = routine_from_options(entry.options)
        self.thresholds = thresholds_from_options(entry.options)
        self.custom_factors = custom_factors_from_options(entry.options)
        self.bedroom = BedroomReader(
            hass, entry.options.get(CONF_TEMPERATURE_SENSOR), entry.title
        )
        self.store = JournalStore(hass, entry.entry_id)
        self.history = TwitchHistory(
            hass,
            entry.entry_id,
            entry.title,
            lambda: (self.journal, self.record.twitches_before_journal),
        )
        self.limb_sensors = limb_sensors_from_options(
            hass, entry.entry_id, entry.options, self.routine
        )
        self.record = SleeperRecord(Journal(dt_util.get_default_time_zone()))
        self._next_change = NextChange(hass, self._publish, self._bedtime_came)
        self.doctor_issue = DoctorIssue(hass, entry)
        # What the exercise button logs: the select's choice, vigorous as the design says.
        self._exercise_intensity = Intensity.VIGOROUS
        self._changing = asyncio.Lock()
        # Changes whenever the nights' rows may have (a journal change, a measured night
        # more), so that an open panel knows when to fetch them again.
        self.revision = next(REVISIONS)
        self._measured_nights = 0
        self._experiment_end = ExperimentEnd(hass, entry, self.async_end_experiment)

    @override
    async def _async_setup(self) -> None:
        """Load the journal, prune it to the retention window and follow the bedroom sensor."""
        # The measured nights are read while the journal is.
        limbs = self.limb_sensors
        reading = self.hass.async_create_task(limbs.async_read()) if limbs else None
        try:
            self.record = await async_load_record(
                self.hass,
                self.store,
                dt_util.get_default_time_zone(),
                self.config_entry.title,
            )
            if changes.prune(self.record, self.oldest_night_kept()):
                await self.store.async_save_record(self.record)
            if limbs and reading:
                await limbs.async_load(await reading)
            await self.history.async_start()
        except (HomeAssistantError, OSError) as err:
            # A journal that cannot be written (while splitting an old layout, or pruning)
            # is retried later, never half-loaded.
            raise save_failed(UpdateFailed, err) from err
        finally:
            if reading:
                # Not left running (or failed unseen) when the journal's reading failed.
                await asyncio.gather(reading, return_exceptions=True)
        # Last, with nothing awaited after it: the first figures are computed before any
        # bedroom or movement change can arrive.
        if self.limb_sensors:
            self.config_entry.async_on_unload(
                self.limb_sensors.async_follow(self._async_legs_changed)
            )
        self.config_entry.async_on_unload(self.history.async_follow())
        self.config_entry.async_on_unload(
            self.bedroom.async_follow(self._async_bedroom_changed)
        )
        self.config_entry.async_on_unload(
            async_follow_language(self.hass, self._language_changed)
        )

    @override
    async def _async_update_data(self) -> CoachData:
        """Compute the figures for now."""
        return self._compute()

    @override
    async def async_shutdown(self) -> None:
        """Cancel the scheduled recompute; write tonight's leg movements."""
        await super().async_shutdown()
        if self.limb_sensors:
            await self.limb_sensors.async_flush()
        self._next_change.cancel()

    @property
    def journal(self) -> Journal:
        """Return the sleeper's journal."""
        return self.record.journal

    @property
    def iron_deficiency(self) -> bool:
        """Return whether iron deficiency or anaemia was diagnosed (criterion 7)."""
        return self.record.iron_deficiency

    @property
    def exercise_intensity(self) -> Intensity:
        """Return the intensity the exercise button logs."""
        return self._exercise_intensity

    @callback
    def choose_exercise_intensity(self, intensity: Intensity) -> None:
        """Have the exercise button log this intensity from now on, and show the choice."""
        if intensity is self._exercise_intensity:
            return
        self._exercise_intensity = intensity
        # The entities only: no figure depends on it, and the panel keeps its own choice.
        super().async_update_listeners()

    def measured(self) -> dict[date, NightFigures]:
        """Return the nights a leg-movement sensor measured, by night."""
        if self.limb_sensors is None or self.data.limbs is None:
            return {}
        return self.limb_sensors.nights.measured(self.data.limbs)

    def night_context(
        self, measured: dict[date, NightFigures] | None = None
    ) -> NightContext:
        """Return what the factors are about beyond the journal: routine, sensors, custom."""
        return night_context(
            self.routine,
            self.custom_factors,
            self.measured() if measured is None else measured,
            in_bed=self.limb_sensors is not None and self.limb_sensors.has_bed_sensor,
        )

    def first_night(self) -> date:
        """Return the night the journal begins (`journal_begins`).

        Tonight, measured or not, is never before the night the sleeper was added: the
        filed nights are the measured ones that count.
        """
        return journal_begins(
            night_of(self.config_entry.created_at, self.journal.tz),
            self.journal.nights(),
            self.limb_sensors.nights.filed if self.limb_sensors else (),
        )

    def oldest_night_kept(self) -> date:
        """Return the oldest night inside the retention window."""
        tonight = night_of(dt_util.utcnow(), self.journal.tz)
        return tonight - timedelta(days=self.routine.retention_nights - 1)

    async def async_log(
        self, event: JournalEvent, context: Context | None = None
    ) -> None:
        """Add an event and write it to disk, then announce it on the bus (without a note)."""
        await self.async_change(partial(changes.add_event, self.record, event))
        if event.kind is EventKind.TWITCH:
            self.history.update(event.time, 1)
        self._announce(event_fields(event), context)

    async def async_start_experiment(
        self, experiment: Experiment, context: Context | None = None
    ) -> None:
        """Start an experiment (ExperimentRunsError while one runs) and announce it."""
        await self.async_apply(changes.start_experiment, experiment)
        self._announce(event_fields(experiment), context)

    async def async_end_experiment(
        self, ended: datetime, context: Context | None = None
    ) -> bool:
        """End the running experiment and announce its verdict; False when none ran."""
        done: list[Experiment] = []
        await self.async_apply(changes.end_experiment, ended, done)
        if not done:
            return False
        self._announce(
            experiment_ended(done[0], self.data.experiment, self.custom_factors),
            context,
        )
        return True

    def _announce(self, fields: dict[str, Any], context: Context | None) -> None:
        self.hass.bus.async_fire(
            EVENT_LOGGED,
            {"config_entry_id": self.config_entry.entry_id, **fields},
            context=context,
        )

    async def async_undo(
        self, kinds: Collection[EventKind], accept: Callable[[JournalEvent], bool]
    ) -> JournalEvent | None:
        """Remove the newest logged event of these kinds that `accept` allows; return it."""
        removed: list[JournalEvent] = []
        await self.async_apply(changes.remove_last, kinds, accept, removed)
        if removed and removed[0].kind is EventKind.TWITCH:
            self.history.update(removed[0].time, -1)
        return removed[0] if removed else None

    async def async_clear(self) -> None:
        """Delete every event of this sleeper."""
        await self.async_change(partial(changes.clear, self.record))
        self.history.clear()

    async def async_read[T](self, read: Callable[[], T]) -> T:
        """Return what `read` finds, run in a worker thread while no change runs."""
        async with self._changing:
            return await self.hass.async_add_executor_job(read)

    async def async_apply[**P](
        self,
        change: Callable[Concatenate[SleeperRecord, P], changes.Revert | None],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> None:
        """Apply one of the record's changes (see `changes`) as `async_change` does."""
        await self.async_change(partial(change, self.record, *args, **kwargs))

    async def async_change(self, change: changes.Change) -> None:
        """Make a change and write it, then show it; if the write fails, revert and say so.

        `change` applies the change and returns what reverts it (None: nothing changed);
        both run while no other change runs, so what the entities show is always on disk
        and a refused change is never shown. The caller returns once the change is on disk
        and shown.
        """
        async with self._changing:
            if (revert := change()) is None:
                return
            try:
                await self.store.async_save_record(self.record)
            # Whatever went wrong (the disk, or data that cannot be written), memory must
            # not keep a change that is not on disk.
            except Exception as err:
                revert()
                LOGGER.error(
                    "The journal of %s could not be written: %s", self.name, err
                )
                # A change that spans files (a new month, clearing) may have written some
                # of them: write the reverted journal back, as far as the disk allows.
                with suppress(Exception):
                    await self.store.async_save_record(self.record)
                raise save_failed(HomeAssistantError, err) from err
            self.revision = next(REVISIONS)
            self._publish()

    def _compute(self) -> CoachData:
        """Compute the figures for now; follow their next change and the doctor issue."""
        now = dt_util.utcnow()
        limbs = self.limb_sensors.nights.figures(now) if self.limb_sensors else None
        measured = (
            self.limb_sensors.nights.measured(limbs)
            if self.limb_sensors and limbs
            else {}
        )
        if len(measured) != self._measured_nights:
            self._measured_nights = len(measured)
            self.revision = next(REVISIONS)
        data = coach_data(
            self.record,
            self.night_context(measured),
            self.thresholds,
            now,
            bedroom_c=self.bedroom.read(),
            limbs=limbs,
            measured=measured,
            language=self.hass.config.language,
        )
        self._next_change.follow(data.status)
        self.doctor_issue.update(data.checklist)
        self._experiment_end.follow(data, self.journal.tz)
        return data

    @callback
    def _language_changed(self) -> None:
        """Name the wind-down steps and the doctor issue's criteria in the new language."""
        self.doctor_issue.name_again()
        self._publish()

    @callback
    def _publish(self) -> None:
        self.async_set_updated_data(self._compute())

    @override
    @callback
    def async_update_listeners(self) -> None:
        """Tell the entities of new figures, and the open panels (which outlive a reload)."""
        super().async_update_listeners()
        async_dispatcher_send(
            self.hass, SIGNAL_UPDATED.format(self.config_entry.entry_id), self
        )

    @callback
    def _bedtime_came(self, bedtime: datetime) -> None:
        self.config_entry.async_create_task(
            self.hass, self._async_bedtime_snapshot(bedtime)
        )

    async def _async_bedtime_snapshot(self, bedtime: datetime) -> None:
        """Keep the bedroom temperature at bedtime in the journal, beyond the recorder."""
        if (celsius := self.bedroom.read()) is not None:
            # Nobody waits for this write: a failure is logged (by async_change), not raised.
            with suppress(HomeAssistantError):
                await self.async_log(
                    BedtimeSnapshot(time=bedtime, temperature_c=round(celsius, 2))
                )

    @callback
    def _async_legs_changed(self) -> None:
        """Show new leg-movement figures.

        Until tonight reaches its wake time (and last night's figures stay those filed), a
        movement changes tonight's figures only: nothing else is computed anew for it.
        """
        assert self.limb_sensors is not None
        limbs = self.limb_sensors.nights.figures(dt_util.utcnow())
        published = self.data.limbs
        if (
            published is None
            or limbs.last_night is limbs.tonight
            or limbs.last_night is not published.last_night
        ):
            self._publish()
            return
        self.async_set_updated_data(replace(self.data, limbs=limbs))

    @callback
    def _async_bedroom_changed(self) -> None:
        """Show the new bedroom reading; nothing else depends on it."""
        self.async_set_updated_data(replace(self.data, bedroom_c=self.bedroom.read()))
