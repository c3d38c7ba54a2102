"""Following a sleeper's leg-movement sensor, and bed sensor, through the night.

A movement is one on→off of the movement sensor, timed by Home Assistant's own state-change
times; it counts when its onset is in bed. Tonight's night is scored as movements arrive and
written at most every five minutes, when the night ends and when Home Assistant stops.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

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
from .coach.limbs.scoring import MIN_LM_MS, Movement, NightScorer, PlmRule
from .coach.nights import first_after_night_start, night_end, night_of, night_start
from .coach.status import Routine
from .const import LOGGER
from .store.movements import MovementStorage

# Tonight's measurements reach the disk at least this often while they change.
WRITE_EVERY = timedelta(minutes=5)
NOT_READINGS = (STATE_UNAVAILABLE, STATE_UNKNOWN)


def epoch_ms(moment: datetime) -> int:
    """Return a moment in whole milliseconds since the epoch."""
    return round(moment.timestamp() * 1000)


@dataclass(frozen=True, slots=True)
class LimbFigures:
    """What the leg-movement entities show."""

    tonight: NightFigures
    last_night: NightFigures | None


class LegMovements:
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
        self.rule = rule
        self._routine = routine
        self._tz = dt_util.get_default_time_zone()
        self.storage = MovementStorage(hass, entry_id)
        self.filed: dict[date, NightFigures] = {}
        self.tonight = MeasuredNight(night_of(dt_util.utcnow(), self._tz))
        self._scorer = NightScorer(rule)
        self._onset_ms: int | None = None
        self._bed_since_ms: int | None = None
        self._unsub_write: CALLBACK_TYPE | None = None
        self._unsub_night_end: CALLBACK_TYPE | None = None
        self._unusable_said = False
        self._on_change: Callable[[], None] = lambda: None

    async def async_load(self) -> None:
        """Read the measured nights; file a night that ended while Home Assistant was off."""
        tonight, filed = await self.storage.async_load()
        # Years of nights are scored in a worker thread, not in the event loop.
        self.filed = await self._hass.async_add_executor_job(self._figures, filed)
        current = night_of(dt_util.utcnow(), self._tz)
        if tonight is not None and tonight.night != current:
            await self._async_file(tonight)
            tonight = None
        self._begin(tonight or MeasuredNight(current))

    def _figures(self, filed: list[StoredNight]) -> dict[date, NightFigures]:
        """Score filed nights under the sleeper's rule."""
        return {
            figures.night: figures
            for figures in (stored_figures(night, self.rule) for night in filed)
        }

    @callback
    def async_follow(self, on_change: Callable[[], None]) -> CALLBACK_TYPE:
        """Follow the sensors; call `on_change` when a figure may have changed."""
        self._on_change = on_change
        now_ms = epoch_ms(dt_util.utcnow())
        if self._bed_sensor and self._is_on(self._hass.states.get(self._bed_sensor)):
            self._bed_since_ms = max(now_ms, self._night_bounds()[0])
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

    def figures(self, now: datetime) -> LimbFigures:
        """Return tonight's figures so far and those of the last night that has ended."""
        now_ms = epoch_ms(now)
        tonight = NightFigures(
            self.tonight.night, self._scorer.score, self._in_bed_ms(now_ms), self.rule
        )
        wake = first_after_night_start(
            self.tonight.night, self._routine.wake_time, self._tz
        )
        last_night = (
            tonight
            if now >= wake
            else self.filed.get(self.tonight.night - timedelta(days=1))
        )
        return LimbFigures(tonight, last_night)

    def measured(self, figures: LimbFigures) -> dict[date, NightFigures]:
        """Return every measured night whose wake time has passed, by night.

        `figures` are tonight's and last night's, from `figures()`.
        """
        nights = dict(self.filed)
        if figures.last_night is figures.tonight:
            nights[figures.tonight.night] = figures.tonight
        return nights

    async def async_flush(self) -> None:
        """Write tonight's measurements now (Home Assistant stops, or the sleeper reloads)."""
        self._cancel_write()
        await self._async_write_tonight()

    async def _async_final_write(self, _event: Event) -> None:
        await self.async_flush()

    def _begin(self, night: MeasuredNight) -> None:
        """Measure `night` from here on, scoring what it already holds."""
        self.tonight = night
        self._scorer = NightScorer(self.rule)
        for movement in night.movements:
            self._scorer.add(movement)
        if self._unsub_night_end:
            self._unsub_night_end()
        self._unsub_night_end = async_track_point_in_utc_time(
            self._hass, self._async_night_ended, night_end(night.night, self._tz)
        )

    def _night_bounds(self) -> tuple[int, int]:
        """Return when tonight's night starts and ends."""
        return (
            epoch_ms(night_start(self.tonight.night, self._tz)),
            epoch_ms(night_end(self.tonight.night, self._tz)),
        )

    def _scheduled_in_bed(self, night: date | None = None) -> tuple[int, int]:
        """Without a bed sensor: bedtime to wake time (of tonight's night by default)."""
        night = night or self.tonight.night
        return (
            epoch_ms(first_after_night_start(night, self._routine.bedtime, self._tz)),
            epoch_ms(first_after_night_start(night, self._routine.wake_time, self._tz)),
        )

    def _in_bed_at(self, moment_ms: int) -> bool:
        if not self._bed_sensor:
            start, end = self._scheduled_in_bed()
            return start <= moment_ms < end
        if self._bed_since_ms is not None and moment_ms >= self._bed_since_ms:
            return True
        return any(start <= moment_ms < end for start, end in self.tonight.in_bed)

    def _in_bed_ms(self, now_ms: int) -> int:
        if not self._bed_sensor:
            start, end = self._scheduled_in_bed()
            return max(0, min(now_ms, end) - start)
        open_span = now_ms - self._bed_since_ms if self._bed_since_ms is not None else 0
        return self.tonight.in_bed_ms + max(0, open_span)

    @callback
    def _async_movement_changed(self, event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        if new is None or new.state in NOT_READINGS:
            self._onset_ms = None
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
            self._onset_ms = moment_ms
            return
        if (onset_ms := self._onset_ms) is None:
            return
        self._onset_ms = None
        if moment_ms - onset_ms < MIN_LM_MS:
            return  # no leg movement at all: not kept either
        night_starts, night_ends = self._night_bounds()
        if not self._in_bed_at(onset_ms) or not night_starts <= onset_ms < night_ends:
            return
        movement = Movement(onset_ms, moment_ms - onset_ms)
        self.tonight.movements.append(movement)
        self._scorer.add(movement)
        self._changed()

    @callback
    def _async_bed_changed(self, event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        moment_ms = epoch_ms(new.last_changed if new else dt_util.utcnow())
        if self._is_on(new):
            if self._bed_since_ms is None:
                self._bed_since_ms = max(moment_ms, self._night_bounds()[0])
            return
        if (since := self._bed_since_ms) is not None:
            self._bed_since_ms = None
            self.tonight.in_bed.append((since, moment_ms))
            self._changed()

    @staticmethod
    def _is_on(state: State | None) -> bool:
        return state is not None and state.state == STATE_ON

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
        night = self.tonight
        if self._bed_since_ms is not None:
            now_ms = epoch_ms(dt_util.utcnow())
            night = MeasuredNight(
                night.night,
                night.movements,
                [*night.in_bed, (self._bed_since_ms, now_ms)],
            )
        try:
            await self.storage.async_save_tonight(night)
        except OSError as err:
            LOGGER.error("Tonight's leg movements could not be written: %s", err)

    async def _async_night_ended(self, now: datetime) -> None:
        """File the night that ended and start the next one."""
        self._unsub_night_end = None
        end_ms = self._night_bounds()[1]
        ended = self.tonight
        if self._bed_since_ms is not None:
            ended.in_bed.append((self._bed_since_ms, end_ms))
            self._bed_since_ms = end_ms
        self._cancel_write()
        self._begin(MeasuredNight(night_of(now, self._tz)))
        await self._async_file(ended)
        self._on_change()

    async def _async_file(self, night: MeasuredNight) -> None:
        if not self._bed_sensor and not night.in_bed:
            night.in_bed.append(self._scheduled_in_bed(night.night))
        self.filed[night.night] = night.figures(self.rule)
        try:
            await self.storage.async_file(night)
        except OSError as err:
            LOGGER.error("The leg movements of %s could not be filed: %s", night, err)
