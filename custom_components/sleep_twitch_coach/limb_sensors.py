"""Following a sleeper's limb-movement sensor, and bed sensor, through the night.

The shell around `coach.limbs.tonight`: it turns the sensors' state changes into on and off
times (Home Assistant's own state-change times), writes tonight at most every five minutes,
when the night ends and when Home Assistant stops, and files the night that ended.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from homeassistant.const import (
    EVENT_HOMEASSISTANT_FINAL_WRITE,
    STATE_ON,
    STATE_UNAVAILABLE,
    STATE_UNKNOWN,
)
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    State,
    callback,
)
from homeassistant.helpers.event import (
    async_call_later,
    async_track_point_in_utc_time,
    async_track_state_change_event,
)
from homeassistant.util import dt as dt_util

from .coach.limbs.nights import MeasuredNight, NightFigures, StoredNight, stored_figures
from .coach.limbs.scoring import PlmRule
from .coach.limbs.tonight import LimbNights, epoch_ms
from .coach.status import Routine
from .const import CONF_BED_SENSOR, CONF_MOVEMENT_SENSOR, LOGGER
from .settings import plm_rule_from_options
from .store.limbs import LimbStorage

# Tonight's measurements reach the disk at least this often while they change.
WRITE_EVERY = timedelta(minutes=5)
NOT_READINGS = (STATE_UNAVAILABLE, STATE_UNKNOWN)


class LimbSensors:
    """Measures one sleeper's nights with a movement sensor and an optional bed sensor."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        sensors: tuple[str, str | None],
        rule: PlmRule,
        routine: Routine,
    ) -> None:
        """Measure with (movement sensor, bed sensor or None) under `rule`."""
        self._hass = hass
        self._movement_sensor, self._bed_sensor = sensors
        self.nights = LimbNights(
            rule,
            routine,
            dt_util.get_default_time_zone(),
            bed_sensor=self._bed_sensor is not None,
        )
        self.storage = LimbStorage(hass, entry_id)
        self._unsub_write: CALLBACK_TYPE | None = None
        self._unsub_night_end: CALLBACK_TYPE | None = None
        self._unusable_said = False
        self._on_change: Callable[[], None] = lambda: None
        # Until the measured nights are read, tonight is an empty stand-in that must never
        # be written over the night on disk (a set-up that failed before reading them).
        self._loaded = False

    @property
    def has_bed_sensor(self) -> bool:
        """Return whether an in-bed sensor says when the sleeper is in bed."""
        return self._bed_sensor is not None

    async def async_load(self) -> None:
        """Read the measured nights; file a night that ended while Home Assistant was off."""
        tonight, filed = await self.storage.async_load()
        # Years of nights are scored in a worker thread, not in the event loop; what it
        # finds is kept here, in the event loop.
        self.nights.filed = await self._hass.async_add_executor_job(
            _scored, filed, self.nights.rule
        )
        current = self.nights.night_of(dt_util.utcnow())
        if tonight is not None and tonight.night != current:
            await self._async_file(tonight)
            tonight = None
        self._begin(tonight or MeasuredNight(current))
        self._loaded = True

    @callback
    def async_follow(self, on_change: Callable[[], None]) -> CALLBACK_TYPE:
        """Follow the sensors; call `on_change` when a figure may have changed."""
        self._on_change = on_change
        if self._bed_sensor and _is_on(self._hass.states.get(self._bed_sensor)):
            self.nights.bed_entered(epoch_ms(dt_util.utcnow()))
        unsubscribes = [
            async_track_state_change_event(
                self._hass, self._movement_sensor, self._async_movement_changed
            )
        ]
        if self._bed_sensor:
            unsubscribes.append(
                async_track_state_change_event(
                    self._hass, self._bed_sensor, self._async_bed_changed
                )
            )
        # Home Assistant does not unload config entries when it stops; it has a last
        # moment for writes, as its own Store uses.
        unsubscribes.append(
            self._hass.bus.async_listen(
                EVENT_HOMEASSISTANT_FINAL_WRITE, self._async_final_write
            )
        )

        @callback
        def unsubscribe() -> None:
            for undo in unsubscribes:
                undo()
            self._cancel_write()
            if self._unsub_night_end:
                self._unsub_night_end()
                self._unsub_night_end = None

        return unsubscribe

    async def async_flush(self) -> None:
        """Write tonight's measurements now (Home Assistant stops, or the sleeper reloads)."""
        self._cancel_write()
        if self._loaded:
            await self._async_write_tonight()

    async def _async_final_write(self, _event: Event) -> None:
        await self.async_flush()

    def _begin(self, night: MeasuredNight) -> None:
        """Measure `night` from here on, until its night ends."""
        self.nights.begin(night)
        if self._unsub_night_end:
            self._unsub_night_end()
        self._unsub_night_end = async_track_point_in_utc_time(
            self._hass, self._async_night_ended, self.nights.ends_at()
        )

    @callback
    def _async_movement_changed(self, event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        if new is None or new.state in NOT_READINGS:
            self.nights.movement_lost()
            if not self._unusable_said:
                self._unusable_said = True
                LOGGER.info(
                    "Leg movement sensor %s is %s; movements are not measured until it "
                    "reports again",
                    self._movement_sensor,
                    new.state if new else "removed",
                )
            return
        if self._unusable_said:
            self._unusable_said = False
            LOGGER.info("Leg movement sensor %s reports again", self._movement_sensor)
        moment_ms = epoch_ms(new.last_changed)
        if new.state == STATE_ON:
            self.nights.movement_started(moment_ms)
        elif self.nights.movement_ended(moment_ms):
            self._changed()

    @callback
    def _async_bed_changed(self, event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        moment_ms = epoch_ms(new.last_changed if new else dt_util.utcnow())
        if _is_on(new):
            self.nights.bed_entered(moment_ms)
        elif self.nights.bed_left(moment_ms):
            self._changed()

    def _changed(self) -> None:
        """Show the change now; write it within five minutes."""
        if self._unsub_write is None:
            self._unsub_write = async_call_later(
                self._hass, WRITE_EVERY, self._async_write_due
            )
        self._on_change()

    def _cancel_write(self) -> None:
        """Forget the write that was due (done now, or not needed any more)."""
        if self._unsub_write:
            self._unsub_write()
            self._unsub_write = None

    async def _async_write_due(self, _now: datetime) -> None:
        self._unsub_write = None
        await self._async_write_tonight()

    async def _async_write_tonight(self) -> None:
        """Write tonight as it stands, with the time in bed up to now."""
        night = self.nights.so_far(epoch_ms(dt_util.utcnow()))
        try:
            await self.storage.async_save_tonight(night)
        except OSError as err:
            LOGGER.error("Tonight's leg movements could not be written: %s", err)

    async def _async_night_ended(self, now: datetime) -> None:
        """File the night that ended and start the next one."""
        self._unsub_night_end = None
        self._cancel_write()
        ended = self.nights.end_tonight()
        self._begin(MeasuredNight(self.nights.night_of(now)))
        await self._async_file(ended)
        self._on_change()

    async def _async_file(self, night: MeasuredNight) -> None:
        self.nights.file(night)
        try:
            await self.storage.async_file(night)
        except OSError as err:
            LOGGER.error("The leg movements of %s could not be filed: %s", night, err)


def limb_sensors_from_options(
    hass: HomeAssistant, entry_id: str, options: Mapping[str, Any], routine: Routine
) -> LimbSensors | None:
    """Return the limb sensors a sleeper's options name, or None without a movement sensor."""
    if not (movement_sensor := options.get(CONF_MOVEMENT_SENSOR)):
        return None
    return LimbSensors(
        hass,
        entry_id,
        (movement_sensor, options.get(CONF_BED_SENSOR)),
        plm_rule_from_options(options),
        routine,
    )


def _scored(filed: list[StoredNight], rule: PlmRule) -> dict[date, NightFigures]:
    """Return the figures of filed nights under `rule`, by night (in a worker thread)."""
    return {
        figures.night: figures
        for figures in (stored_figures(night, rule) for night in filed)
    }


def _is_on(state: State | None) -> bool:
    return state is not None and state.state == STATE_ON
