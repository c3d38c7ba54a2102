"""Tonight's limb movements as the sensors report them, and the nights already filed.

The rules of what counts: a movement is one on→off of the movement sensor lasting at least
0.5 s whose onset is in bed and inside tonight's night; in bed is while the bed sensor is on,
clipped to the night, or bedtime to wake time without one. Moments are epoch milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from ..nights import first_after_night_start, night_end, night_of, night_start
from ..status import Routine
from .nights import MeasuredNight, NightFigures
from .scoring import MIN_LM_MS, Movement, NightScorer, PlmRule


def epoch_ms(moment: datetime) -> int:
    """Return a moment in whole milliseconds since the epoch."""
    return round(moment.timestamp() * 1000)


@dataclass(frozen=True, slots=True)
class LimbFigures:
    """What the limb-movement entities show."""

    tonight: NightFigures
    last_night: NightFigures | None


class LimbNights:
    """One sleeper's measured nights: tonight's as it comes in, and those filed."""

    def __init__(
        self, rule: PlmRule, routine: Routine, tz: tzinfo, *, bed_sensor: bool
    ) -> None:
        """Measure under `rule`; in bed by a bed sensor, or else by bedtime and wake time."""
        self.rule = rule
        self._routine = routine
        self._tz = tz
        self._bed_sensor = bed_sensor
        self.filed: dict[date, NightFigures] = {}
        self.tonight = MeasuredNight(date.min)
        self._scorer = NightScorer(rule)
        self._onset_ms: int | None = None
        self._bed_since_ms: int | None = None

    def begin(self, night: MeasuredNight) -> None:
        """Measure `night` from here on, scoring what it already holds."""
        self.tonight = night
        self._scorer = NightScorer(self.rule)
        for movement in night.movements:
            self._scorer.add(movement)

    def night_of(self, moment: datetime) -> date:
        """Return the night a moment belongs to."""
        return night_of(moment, self._tz)

    def ends_at(self) -> datetime:
        """Return when tonight's night ends."""
        return night_end(self.tonight.night, self._tz)

    def bounds(self) -> tuple[int, int]:
        """Return when tonight's night starts and ends."""
        night = self.tonight.night
        return epoch_ms(night_start(night, self._tz)), epoch_ms(
            night_end(night, self._tz)
        )

    def scheduled_in_bed(self, night: date) -> tuple[int, int]:
        """Without a bed sensor: bedtime to wake time of `night`."""
        routine = self._routine
        return (
            epoch_ms(first_after_night_start(night, routine.bedtime, self._tz)),
            epoch_ms(first_after_night_start(night, routine.wake_time, self._tz)),
        )

    def movement_started(self, moment_ms: int) -> None:
        """Start a movement: the movement sensor turned on."""
        self._onset_ms = moment_ms

    def movement_lost(self) -> None:
        """Forget a movement under way: the movement sensor stopped reporting."""
        self._onset_ms = None

    def movement_ended(self, moment_ms: int) -> bool:
        """End a movement (the sensor turned off); return whether tonight gained it."""
        if (onset_ms := self._onset_ms) is None:
            return False
        self._onset_ms = None
        if moment_ms - onset_ms < MIN_LM_MS:
            return False  # no limb movement at all: not kept either
        starts, ends = self.bounds()
        if not self._in_bed_at(onset_ms) or not starts <= onset_ms < ends:
            return False
        movement = Movement(onset_ms, moment_ms - onset_ms)
        self.tonight.movements.append(movement)
        self._scorer.add(movement)
        return True

    def bed_entered(self, moment_ms: int) -> None:
        """Count time in bed from now: the bed sensor turned on (or was on at the start)."""
        if self._bed_since_ms is None:
            self._bed_since_ms = max(moment_ms, self.bounds()[0])

    def bed_left(self, moment_ms: int) -> bool:
        """Stop counting time in bed; return whether tonight's time in bed grew."""
        if (since := self._bed_since_ms) is None:
            return False
        self._bed_since_ms = None
        self.tonight.in_bed.append((since, moment_ms))
        return True

    def figures(self, now: datetime) -> LimbFigures:
        """Return tonight's figures so far and those of the last night that has ended."""
        night = self.tonight.night
        tonight = NightFigures(
            night, self._scorer.score, self._in_bed_ms(epoch_ms(now)), self.rule
        )
        wake = first_after_night_start(night, self._routine.wake_time, self._tz)
        if now >= wake:
            return LimbFigures(tonight, tonight)
        return LimbFigures(tonight, self.filed.get(night - timedelta(days=1)))

    def measured(self, figures: LimbFigures) -> dict[date, NightFigures]:
        """Return every measured night whose wake time has passed, by night."""
        nights = dict(self.filed)
        if figures.last_night is figures.tonight:
            nights[figures.tonight.night] = figures.tonight
        return nights

    def so_far(self, now_ms: int) -> MeasuredNight:
        """Return tonight as it stands, with the time in bed up to now."""
        night = self.tonight
        if self._bed_since_ms is None:
            return night
        return MeasuredNight(
            night.night, night.movements, [*night.in_bed, (self._bed_since_ms, now_ms)]
        )

    def end_tonight(self) -> MeasuredNight:
        """Return tonight, ended at its night's end (in bed until then if still in bed).

        Whoever is still in bed is in bed from the next night's start.
        """
        ended = self.tonight
        if self._bed_since_ms is not None:
            end_ms = self.bounds()[1]
            ended.in_bed.append((self._bed_since_ms, end_ms))
            self._bed_since_ms = end_ms
        return ended

    def file(self, night: MeasuredNight) -> None:
        """Keep the figures of a night that is over."""
        if not self._bed_sensor and not night.in_bed:
            night.in_bed.append(self.scheduled_in_bed(night.night))
        self.filed[night.night] = night.figures(self.rule)

    def _in_bed_at(self, moment_ms: int) -> bool:
        if not self._bed_sensor:
            start, end = self.scheduled_in_bed(self.tonight.night)
            return start <= moment_ms < end
        if self._bed_since_ms is not None and moment_ms >= self._bed_since_ms:
            return True
        return any(start <= moment_ms < end for start, end in self.tonight.in_bed)

    def _in_bed_ms(self, now_ms: int) -> int:
        if not self._bed_sensor:
            start, end = self.scheduled_in_bed(self.tonight.night)
            return max(0, min(now_ms, end) - start)
        open_span = now_ms - self._bed_since_ms if self._bed_since_ms is not None else 0
        return self.tonight.in_bed_ms + max(0, open_span)
