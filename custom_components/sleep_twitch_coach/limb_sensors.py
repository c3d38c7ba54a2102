"""Following a sleeper's limb-movement sensors, bed sensor and asleep sensor through the night.

The shell around `coach.limbs.tonight`: it turns the sensors' state changes into on and off
times (Home Assistant's own state-change times), writes tonight at most every five minutes,
when the night ends and when Home Assistant stops, and files the night that ended.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
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

from .coach.limbs.nights import (
    FiguresRecord,
    MeasuredNight,
    NightFigures,
    figures_from_record,
)
from .coach.limbs.scoring import Leg, PlmRule
from .coach.limbs.tonight import LimbNights, Measuring, epoch_ms
from .coach.status import Routine
from .const import (
    CONF_ASLEEP_SENSOR,
    CONF_BED_SENSOR,
    CONF_LEFT_LEG_SENSOR,
    CONF_MOVEMENT_SENSOR,
    CONF_RIGHT_LEG_SENSOR,
    LOGGER,
)
from .settings import plm_rule_from_options
from .store.limbs import LimbStorage

# Tonight's measurements reach the disk at least this often while they change.
WRITE_EVERY = timedelta(minutes=5)
NOT_READINGS = (STATE_UNAVAILABLE, STATE_UNKNOWN)


@dataclass(frozen=True, slots=True)
class SensorIds:
    """The entities a sleeper's nights are measured by."""

    # Each movement sensor with its leg: one sensor (no leg), or one on each leg.
    movement: tuple[tuple[str, Leg | None], ...]
    bed: str | None = None
    asleep: str | None = None

    @property
    def measuring(self) -> Measuring:
        """Return what the coach's rules need to know of these sensors."""
        return Measuring(
            bed_sensor=self.bed is not None,
            bilateral=len(self.movement) == 2,
            asleep_sensor=self.asleep is not None,
        )


class LimbSensors:
    """Measures one sleeper's nights with movement sensors and optional bed and asleep ones."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        sensors: SensorIds,
        rule: PlmRule,
        routine: Routine,
    ) -> None:
        """Measure with `sensors` under `rule`."""
        self._hass = hass
        self._sensors = sensors
        self.nights = LimbNights(
            rule, routine, dt_util.get_default_time_zone(), sensors.measuring
        )
        self.storage = LimbStorage(hass, entry_id)
        self._unsub_write: CALLBACK_TYPE | None = None
        self._unsub_night_end: CALLBACK_TYPE | None = None
        self._unusable_said: set[str] = set()
        self._on_change: Callable[[], None] = lambda: None
        # Until the measured nights are read, tonight is an empty stand-in that must never
        # be written over the night on disk (a set-up that failed before reading them).
        self._loaded = False

    @property
    def has_bed_sensor(self) -> bool:
        """Return whether an in-bed sensor says when the sleeper is in bed."""
        return self._sensors.bed is not None

    async def async_read(self) -> MeasuredNight | None:
        """Read the measured nights (beside the journal's reading); return tonight's."""
        tonight, filed = await self.storage.async_load()
        self.nights.filed = _figures(filed, self.nights.rule)
        return tonight

    async def async_load(self, tonight: MeasuredNight | None) -> None:
        """Go on from what was read; file a night that ended while Home Assistant was off."""
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
        sensors = self._sensors
        now_ms = epoch_ms(dt_util.utcnow())
        if sensors.bed and _is_on(self._hass.states.get(sensors.bed)):
            self.nights.bed_entered(now_ms)
        if sensors.asleep and _is_on(self._hass.states.get(sensors.asleep)):
            self.nights.asleep_started(now_ms)
        unsubscribes = [
            async_track_state_change_event(
                self._hass, entity_id, self._movement_listener(entity_id, leg)
            )
            for entity_id, leg in sensors.movement
        ]
        if sensors.bed:
            unsubscribes.append(
                async_track_state_change_event(
                    self._hass, sensors.bed, self._async_bed_changed
                )
            )
        if sensors.asleep:
            unsubscribes.append(
                async_track_state_change_event(
                    self._hass, sensors.asleep, self._async_asleep_changed
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

    def _movement_listener(
        self, entity_id: str, leg: Leg | None
    ) -> Callable[[Event[EventStateChangedData]], None]:
        """Return the listener of one movement sensor, on `leg`."""

        @callback
        def movement_changed(event: Event[EventStateChangedData]) -> None:
            new = event.data["new_state"]
            if new is None or new.state in NOT_READINGS:
                self.nights.movement_lost(leg)
                if entity_id not in self._unusable_said:
                    self._unusable_said.add(entity_id)
                    LOGGER.info(
                        "Leg movement sensor %s is %s; movements are not measured until "
                        "it reports again",
                        entity_id,
                        new.state if new else "removed",
                    )
                return
            if entity_id in self._unusable_said:
                self._unusable_said.discard(entity_id)
                LOGGER.info("Leg movement sensor %s reports again", entity_id)
            moment_ms = epoch_ms(new.last_changed)
            if new.state == STATE_ON:
                self.nights.movement_started(moment_ms, leg)
            elif self.nights.movement_ended(moment_ms, leg):
                self._changed()

        return movement_changed

    @callback
    def _async_asleep_changed(self, event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        moment_ms = epoch_ms(new.last_changed if new else dt_util.utcnow())
        if _is_on(new):
            self.nights.asleep_started(moment_ms)
        elif self.nights.asleep_ended(moment_ms):
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
            await self.storage.async_save_tonight(night, self.nights.settled)
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
    """Return the limb sensors a sleeper's options name, or None without movement sensors."""
    if movement_sensor := options.get(CONF_MOVEMENT_SENSOR):
        movement: tuple[tuple[str, Leg | None], ...] = ((movement_sensor, None),)
    elif (left := options.get(CONF_LEFT_LEG_SENSOR)) and (
        right := options.get(CONF_RIGHT_LEG_SENSOR)
    ):
        movement = ((left, Leg.LEFT), (right, Leg.RIGHT))
    else:
        return None
    return LimbSensors(
        hass,
        entry_id,
        SensorIds(
            movement, options.get(CONF_BED_SENSOR), options.get(CONF_ASLEEP_SENSOR)
        ),
        plm_rule_from_options(options),
        routine,
    )


def _figures(
    filed: list[tuple[str, FiguresRecord]], rule: PlmRule
) -> dict[date, NightFigures]:
    """Return the figures of filed nights under `rule`, by night."""
    return {
        night: figures_from_record(night, record, rule)
        for night, record in (
            (date.fromisoformat(iso), record) for iso, record in filed
        )
    }


def _is_on(state: State | None) -> bool:
    return state is not None and state.state == STATE_ON
