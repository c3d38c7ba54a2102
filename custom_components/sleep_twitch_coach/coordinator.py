"""The runtime of one sleeper: journal, schedule and the figures the entities show."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import partial
from itertools import count
from typing import Any, override

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import UnitOfTemperature
from homeassistant.core import (
    CALLBACK_TYPE,
    Context,
    Event as HassEvent,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.event import (
    async_track_point_in_utc_time,
    async_track_state_change_event,
)
from homeassistant.helpers.start import async_at_started
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed
from homeassistant.util import dt as dt_util
from homeassistant.util.unit_conversion import TemperatureConverter

from .coach.checklist import Checklist, evaluate
from .coach.events import BedtimeSnapshot, Event, EventKind, RoutineStep, event_fields
from .coach.journal import Journal, journal_begins
from .coach.limbs.nights import NightFigures
from .coach.nights import night_of
from .coach.report.markdown import report_response
from .coach.report.model import build_report
from .coach.report.texts import texts_for
from .coach.status import Routine, Status, status_at
from .coach.wind_down import Step, StepTonight, steps_tonight
from .const import (
    CONF_BED_SENSOR,
    CONF_MOVEMENT_SENSOR,
    CONF_TEMPERATURE_SENSOR,
    DOMAIN,
    EVENT_LOGGED,
    LOGGER,
    SIGNAL_UPDATED,
)
from .doctor_alert import DoctorIssue
from .history import TwitchHistory
from .leg_movements import LegMovements, LimbFigures
from .selector_names import async_selector_names
from .settings import (
    plm_rule_from_options,
    routine_from_options,
    thresholds_from_options,
)
from .store.journal import JournalStore, SleeperRecord
from .store.loading import async_load_record
from .temperature import BedroomReader

type CoachConfigEntry = ConfigEntry[CoachCoordinator]
# What undoes a change in memory, should writing it fail.
type Revert = Callable[[], object]
# One sequence for every sleeper's coordinator: a reloaded sleeper never repeats a revision.
REVISIONS = count(1)

CELSIUS = UnitOfTemperature.CELSIUS


def _save_failed[E: HomeAssistantError](error: type[E], err: Exception) -> E:
    """Return the translated "could not be written" error, saying why in words.

    An OSError's strerror, without its path.
    """
    reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
    return error(
        translation_domain=DOMAIN,
        translation_key="save_failed",
        translation_placeholders={"error": reason},
    )


@dataclass(frozen=True, slots=True)
class CoachData:
    """Everything the entities of one sleeper show."""

    status: Status
    routine: Routine
    bedroom_c: float | None
    checklist: Checklist
    wind_down: tuple[StepTonight, ...]
    limbs: LimbFigures | None = None


class CoachCoordinator(DataUpdateCoordinator[CoachData]):
    """Keeps one sleeper's journal and recomputes the figures when they change."""

    config_entry: CoachConfigEntry

    def __init__(self, hass: HomeAssistant, entry: CoachConfigEntry) -> None:
        """Prepare the coach of one config entry; the journal loads on first refresh."""
        super().__init__(hass, LOGGER, config_entry=entry, name=entry.title)
        self.routine = routine_from_options(entry.options)
        self.thresholds = thresholds_from_options(entry.options)
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
        self.legs = (
            LegMovements(
                hass,
                entry.entry_id,
                (movement_sensor, entry.options.get(CONF_BED_SENSOR)),
                plm_rule_from_options(entry.options),
                self.routine,
            )
            if (movement_sensor := entry.options.get(CONF_MOVEMENT_SENSOR))
            else None
        )
        self.record = SleeperRecord(Journal(dt_util.get_default_time_zone()))
        self._unsub_next_change: CALLBACK_TYPE | None = None
        self._next_change: datetime | None = None
        self._bedtime_due: datetime | None = None
        self.doctor_issue = DoctorIssue(hass, entry)
        self._changing = asyncio.Lock()
        # Changes whenever the nights' rows may have (a journal change, a measured night
        # more), so that an open panel knows when to fetch them again.
        self.revision = next(REVISIONS)
        self._measured_nights = 0

    @override
    async def _async_setup(self) -> None:
        """Load the journal, prune it to the retention window and follow the bedroom sensor."""
        try:
            self.record = await async_load_record(
                self.hass,
                self.store,
                dt_util.get_default_time_zone(),
                self.config_entry.title,
            )
            oldest = self.oldest_night_kept()
            dropped_twitches = sum(
                len(self.journal.twitches(night))
                for night in self.journal.nights()
                if night < oldest
            )
            if self.journal.prune(oldest):
                self.record.twitches_before_journal += dropped_twitches
                await self.store.async_save_record(self.record)
            if self.legs:
                await self.legs.async_load()
            await self.history.async_start()
        except (HomeAssistantError, OSError) as err:
            # A journal that cannot be written (while splitting an old layout, or pruning)
            # is retried later, never half-loaded.
            raise _save_failed(UpdateFailed, err) from err
        # Last, with nothing awaited after it: the first figures are computed before any
        # bedroom or movement change can arrive.
        if self.legs:
            self.config_entry.async_on_unload(
                self.legs.async_follow(self._async_legs_changed)
            )
        self.config_entry.async_on_unload(self.history.async_follow())
        if self.bedroom.entity_id:
            self.config_entry.async_on_unload(
                async_track_state_change_event(
                    self.hass, self.bedroom.entity_id, self._async_bedroom_changed
                )
            )
            if not self.hass.is_running:
                # Until then a missing reading is not worth a warning (BedroomReader).
                self.config_entry.async_on_unload(
                    async_at_started(self.hass, self._async_started)
                )

    @override
    async def _async_update_data(self) -> CoachData:
        """Compute the figures for now."""
        return self._compute()

    @override
    async def async_shutdown(self) -> None:
        """Cancel the scheduled recompute; write tonight's leg movements."""
        await super().async_shutdown()
        if self.legs:
            await self.legs.async_flush()
        if self._unsub_next_change:
            self._unsub_next_change()
            self._unsub_next_change = None

    @property
    def journal(self) -> Journal:
        """Return the sleeper's journal."""
        return self.record.journal

    @property
    def iron_deficiency(self) -> bool:
        """Return whether iron deficiency or anaemia was diagnosed (criterion 7)."""
        return self.record.iron_deficiency

    def shown(self, celsius: float) -> float:
        """Return a temperature in °C in the unit Home Assistant shows."""
        return TemperatureConverter.convert(
            celsius, CELSIUS, self.hass.config.units.temperature_unit
        )

    def measured(self) -> dict[date, NightFigures]:
        """Return the nights a leg-movement sensor measured, by night."""
        if self.legs is None or self.data.limbs is None:
            return {}
        return self.legs.measured(self.data.limbs)

    def kept_since(self) -> date:
        """Return the night the journal begins (`journal_begins`).

        Tonight, measured or not, is never before the night the sleeper was added: the
        filed nights are the measured ones that count.
        """
        return journal_begins(
            night_of(self.config_entry.created_at, self.journal.tz),
            self.journal.nights(),
            self.legs.filed if self.legs else (),
        )

    def oldest_night_kept(self) -> date:
        """Return the oldest night inside the retention window."""
        tonight = night_of(dt_util.utcnow(), self.journal.tz)
        return tonight - timedelta(days=self.routine.retention_nights - 1)

    async def async_log(self, event: Event, context: Context | None = None) -> None:
        """Add an event and write it to disk, then announce it on the bus (without a note)."""

        def log() -> Revert:
            self.journal.add(event)
            return partial(self.journal.discard, event)

        await self.async_change(log)
        if event.kind is EventKind.TWITCH:
            self.history.update(event.time)
        self.hass.bus.async_fire(
            EVENT_LOGGED,
            {"config_entry_id": self.config_entry.entry_id, **event_fields(event)},
            context=context,
        )

    async def async_undo(
        self, kinds: Collection[EventKind], accept: Callable[[Event], bool]
    ) -> Event | None:
        """Remove the newest logged event of these kinds that `accept` allows; return it."""
        removed: list[Event] = []

        def undo() -> Revert | None:
            if (event := self.journal.last_logged(kinds, accept)) is None:
                return None
            removed.append(event)
            return partial(self.journal.add, event, self.journal.discard(event))

        await self.async_change(undo)
        if removed and removed[0].kind is EventKind.TWITCH:
            self.history.update(removed[0].time)
        return removed[0] if removed else None

    async def async_clear(self) -> None:
        """Delete every event of this sleeper."""

        def clear() -> Revert:
            events = list(self.journal.events)
            before = self.record.twitches_before_journal
            self.journal.clear()
            self.record.twitches_before_journal = 0

            def revert() -> None:
                for event in events:
                    self.journal.add(event)
                self.record.twitches_before_journal = before

            return revert

        await self.async_change(clear)
        self.history.clear()

    async def async_unmark_step(self, uid: str) -> None:
        """Take back tonight's "done" of a wind-down step, as after a mistaken tap."""

        def unmark() -> Revert:
            marks = [
                (event, self.journal.discard(event))
                for event in self.journal.in_night(
                    self.data.status.tonight, EventKind.ROUTINE_STEP
                )
                if isinstance(event, RoutineStep) and event.step == uid
            ]
            return lambda: [
                self.journal.add(event, position) for event, position in reversed(marks)
            ]

        await self.async_change(unmark)

    async def async_arrange_steps(
        self, arrange: Callable[[list[Step]], list[Step]]
    ) -> None:
        """Change the wind-down steps (add, rename, remove, move) and write them."""

        def rearrange() -> Revert:
            before = self.record.wind_down
            self.record.wind_down = arrange(before)
            return partial(setattr, self.record, "wind_down", before)

        await self.async_change(rearrange)

    async def async_set_iron_deficiency(self, diagnosed: bool) -> None:
        """Record whether iron deficiency or anaemia was diagnosed (checklist criterion 7)."""

        def switch() -> Revert:
            previous = self.record.iron_deficiency
            self.record.iron_deficiency = diagnosed
            return partial(setattr, self.record, "iron_deficiency", previous)

        await self.async_change(switch)

    async def async_change(self, change: Callable[[], Revert | None]) -> None:
        """Make a change and write it, then show it; if the write fails, revert and say so.

        `change` applies the change and returns what reverts it (None: nothing changed);
        both run while no other change runs, so what the entities show is always on disk
        and a refused change is never shown. The caller returns once the change is on disk
        and shown.
        """
        async with self._changing:
            if (revert := change()) is None:
                return
            await self._async_save(revert)
            self.revision = next(REVISIONS)
            self._publish()

    async def async_report(self, nights: int, *, with_notes: bool) -> dict[str, Any]:
        """Return the doctor report for the last `nights` nights, with notes or without.

        Its Markdown is in Home Assistant's language.
        """
        names = await async_selector_names(self.hass)
        return report_response(
            build_report(
                self.journal,
                self.routine,
                self.data.checklist,
                self.data.status.tonight,
                nights,
                sleeper=self.config_entry.title,
                unit=self.hass.config.units.temperature_unit,
                shown=self.shown,
                with_notes=with_notes,
                measured=self.measured(),
                kept_since=self.kept_since(),
            ),
            texts_for(self.hass.config.language, names),
        )

    async def _async_save(self, revert: Callable[[], object]) -> None:
        """Write the journal; on failure revert the change, on disk too, and say so."""
        try:
            await self.store.async_save_record(self.record)
        # Whatever went wrong (the disk, or data that cannot be written), memory must not
        # keep a change that is not on disk.
        except Exception as err:
            revert()
            LOGGER.error("The journal of %s could not be written: %s", self.name, err)
            # A change that spans files (a new month, clearing) may have written some of
            # them: write the reverted journal back over those, as far as the disk allows.
            with suppress(Exception):
                await self.store.async_save_record(self.record)
            raise _save_failed(HomeAssistantError, err) from err

    def _compute(self) -> CoachData:
        """Compute the figures for now and schedule the next time-based change."""
        now = dt_util.utcnow()
        status = status_at(self.journal, self.routine, now)
        if self._unsub_next_change is None or status.next_change != self._next_change:
            if self._unsub_next_change:
                self._unsub_next_change()
            self._unsub_next_change = async_track_point_in_utc_time(
                self.hass, self._async_next_change, status.next_change
            )
            self._next_change = status.next_change
        self._bedtime_due = status.next_bedtime
        limbs = self.legs.figures(now) if self.legs else None
        measured = self.legs.measured(limbs) if self.legs and limbs else {}
        if len(measured) != self._measured_nights:
            self._measured_nights = len(measured)
            self.revision = next(REVISIONS)
        checklist = evaluate(
            self.journal,
            status.tonight,
            self.thresholds,
            iron_deficiency=self.iron_deficiency,
            plm_indexes={
                night: figures.index
                for night, figures in measured.items()
                if figures.index is not None
            },
        )
        self.doctor_issue.update(checklist)
        return CoachData(
            status=status,
            routine=self.routine,
            bedroom_c=self.bedroom.read(),
            checklist=checklist,
            wind_down=steps_tonight(
                self.record.wind_down, self.journal, status.tonight
            ),
            limbs=limbs,
        )

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
    def _async_next_change(self, now: datetime) -> None:
        self._unsub_next_change = None
        if (bedtime := self._bedtime_due) is not None and now >= bedtime:
            self.config_entry.async_create_task(
                self.hass, self._async_bedtime_snapshot(bedtime)
            )
        self._publish()

    async def _async_bedtime_snapshot(self, bedtime: datetime) -> None:
        """Keep the bedroom temperature at bedtime in the journal, beyond the recorder."""
        if (celsius := self.bedroom.read()) is not None:
            # Nobody waits for this write: a failure is logged (by _async_save), not raised.
            with suppress(HomeAssistantError):
                await self.async_log(
                    BedtimeSnapshot(time=bedtime, temperature_c=round(celsius, 2))
                )

    @callback
    def _async_started(self, _hass: HomeAssistant) -> None:
        """Read the bedroom again once every integration has had its chance to start."""
        self._async_bedroom_changed(None)

    @callback
    def _async_legs_changed(self) -> None:
        """Show new leg-movement figures.

        Until tonight reaches its wake time (and last night's figures stay those filed), a
        movement changes tonight's figures only: nothing else is computed anew for it.
        """
        assert self.legs is not None
        limbs = self.legs.figures(dt_util.utcnow())
        shown = self.data.limbs
        if (
            shown is None
            or limbs.last_night is limbs.tonight
            or limbs.last_night is not shown.last_night
        ):
            self._publish()
            return
        self.async_set_updated_data(replace(self.data, limbs=limbs))

    @callback
    def _async_bedroom_changed(
        self, _event: HassEvent[EventStateChangedData] | None
    ) -> None:
        """Show the new bedroom reading; nothing else depends on it."""
        self.async_set_updated_data(replace(self.data, bedroom_c=self.bedroom.read()))
