"""Tonight's limb movements as the sensors report them, and the nights already filed.

The rules of what counts: a movement is one on→off of a movement sensor lasting at least
0.5 s whose onset is in bed and inside tonight's night; in bed is while the bed sensor is on,
clipped to the night, or bedtime to wake time without one. With a sensor on each leg, each
movement keeps its leg; the scorer takes them in the order of their onsets, so a movement that
ends while the other leg's earlier movement is still under way waits for it. Asleep is while
the asleep sensor is on, clipped to the night. Moments are epoch milliseconds.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from ..nights import first_after_night_start, night_end, night_of, night_start
from ..status import Routine
from .nights import (
    INDEX_DECIMALS,
    MeasuredNight,
    NightFigures,
    Spans,
    span_overlap_ms,
    within,
)
from .scoring import MIN_LM_MS, Leg, Movement, NightScorer, PlmRule


def epoch_ms(moment: datetime) -> int:
    """Return a moment in whole milliseconds since the epoch."""
    return round(moment.timestamp() * 1000)


@dataclass(frozen=True, slots=True)
class LimbFigures:
    """What the limb-movement entities show."""

    tonight: NightFigures
    last_night: NightFigures | None
    # The mean index of the last measured nights (AVERAGE_NIGHTS at most), and their nights.
    average: float | None = None
    average_nights: tuple[date, ...] = ()


# One night varies a lot; sleep studies average several.
AVERAGE_NIGHTS = 5


def averaged(nights: list[NightFigures]) -> tuple[float | None, tuple[date, ...]]:
    """Return the mean index of the last AVERAGE_NIGHTS nights with one, and those nights."""
    last = [night for night in nights if night.index is not None][-AVERAGE_NIGHTS:]
    if not last:
        return None, ()
    mean = sum(night.index or 0.0 for night in last) / len(last)
    return round(mean, INDEX_DECIMALS), tuple(night.night for night in last)


@dataclass(frozen=True, slots=True)
class Measuring:
    """Which sensors measure a sleeper's nights, besides a movement sensor."""

    bed_sensor: bool = False
    bilateral: bool = False
    asleep_sensor: bool = False


class LimbNights:
    """One sleeper's measured nights: tonight's as it comes in, and those filed."""

    def __init__(
        self, rule: PlmRule, routine: Routine, tz: tzinfo, measuring: Measuring
    ) -> None:
        """Measure under `rule`; in bed by a bed sensor, or else by bedtime and wake time."""
        self.rule = rule
        self._routine = routine
        self._tz = tz
        self._measuring = measuring
        self.filed: dict[date, NightFigures] = {}
        # The last filed nights with an index, found again when a night is filed.
        self._recent: list[NightFigures] | None = None
        self.tonight = MeasuredNight(date.min)
        self._scorer = NightScorer(rule, bilateral=measuring.bilateral)
        # Movements under way, by leg (None with one sensor): their onsets.
        self._onsets: dict[Leg | None, int] = {}
        # Ended movements waiting for an earlier one still under way on the other leg.
        self._waiting: list[Movement] = []
        self._bed_since_ms: int | None = None
        self._asleep_since_ms: int | None = None

    def begin(self, night: MeasuredNight) -> None:
        """Measure `night` from here on, scoring what it already holds.

        A night measured so far with other sensors goes on with these: with one sensor the
        legs are forgotten; with two, the movements of one sensor count as the left leg's.
        """
        measuring = self._measuring
        if night.bilateral != measuring.bilateral:
            night.movements = [
                replace(movement, leg=Leg.LEFT if measuring.bilateral else None)
                for movement in night.movements
            ]
            night.bilateral = measuring.bilateral
        if (night.asleep is None) == measuring.asleep_sensor:
            night.asleep = [] if measuring.asleep_sensor else None
        self.tonight = night
        self._recent = None
        self._waiting = []
        self._scorer = NightScorer(self.rule, bilateral=measuring.bilateral)
        for movement in night.scored_movements():
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

    def movement_started(self, moment_ms: int, leg: Leg | None = None) -> None:
        """Start a movement: a movement sensor turned on."""
        self._onsets[leg] = moment_ms

    def movement_lost(self, leg: Leg | None = None) -> None:
        """Forget a movement under way: a movement sensor stopped reporting."""
        self._onsets.pop(leg, None)
        self._score_waiting()

    def movement_ended(self, moment_ms: int, leg: Leg | None = None) -> bool:
        """End a movement (its sensor turned off); return whether tonight gained it."""
        if (onset_ms := self._onsets.pop(leg, None)) is None:
            return False
        starts, ends = self.bounds()
        gained = (
            moment_ms - onset_ms >= MIN_LM_MS  # else no limb movement at all
            and self._in_bed_at(onset_ms)
            and starts <= onset_ms < ends
        )
        if gained:
            insort(
                self._waiting,
                Movement(onset_ms, moment_ms - onset_ms, leg),
                key=lambda movement: movement.onset_ms,
            )
        self._score_waiting()
        return gained

    def _score_waiting(self, *, all_of_them: bool = False) -> None:
        """Score the movements no movement under way began before."""
        under_way = None if all_of_them else min(self._onsets.values(), default=None)
        waiting = self._waiting
        while waiting and (under_way is None or waiting[0].onset_ms <= under_way):
            movement = waiting.pop(0)
            self.tonight.movements.append(movement)
            self._scorer.add(
                replace(movement, asleep=self._asleep_at(movement.onset_ms))
            )

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

    def asleep_started(self, moment_ms: int) -> None:
        """Count time asleep from now: the asleep sensor turned on (or was on at the start)."""
        if self._asleep_since_ms is None and self.tonight.asleep is not None:
            self._asleep_since_ms = max(moment_ms, self.bounds()[0])

    def asleep_ended(self, moment_ms: int) -> bool:
        """Stop counting time asleep; return whether tonight's time asleep grew."""
        if (since := self._asleep_since_ms) is None or self.tonight.asleep is None:
            return False
        self._asleep_since_ms = None
        self.tonight.asleep.append((since, moment_ms))
        return True

    def figures(self, now: datetime) -> LimbFigures:
        """Return tonight's figures so far and those of the last night that has ended."""
        night = self.tonight.night
        now_ms = epoch_ms(now)
        in_bed = (
            _up_to(self.tonight.in_bed, self._bed_since_ms, now_ms)
            if self._measuring.bed_sensor
            else [self._scheduled_so_far(now_ms)]
        )
        asleep = self.tonight.asleep
        tonight = NightFigures(
            night,
            self._scorer.score,
            sum(end - start for start, end in in_bed),
            self.rule,
            asleep_ms=None
            if asleep is None
            else span_overlap_ms(in_bed, _up_to(asleep, self._asleep_since_ms, now_ms)),
            went_to_bed_ms=in_bed[0][0] if in_bed else None,
            # Not up yet while still in bed.
            got_up_ms=self.tonight.in_bed[-1][1]
            if self.tonight.in_bed and self._bed_since_ms is None
            else None,
        )
        wake = first_after_night_start(night, self._routine.wake_time, self._tz)
        recent = self._recent_filed()
        if now >= wake:
            return LimbFigures(tonight, tonight, *averaged([*recent, tonight]))
        return LimbFigures(
            tonight, self.filed.get(night - timedelta(days=1)), *averaged(recent)
        )

    def _recent_filed(self) -> list[NightFigures]:
        """Return the last filed nights before tonight that have an index, oldest first."""
        if self._recent is None:
            before = sorted(night for night in self.filed if night < self.tonight.night)
            with_index = [self.filed[night] for night in before]
            self._recent = [
                figures for figures in with_index if figures.index is not None
            ][-AVERAGE_NIGHTS:]
        return self._recent

    def measured(self, figures: LimbFigures) -> dict[date, NightFigures]:
        """Return every measured night whose wake time has passed, by night."""
        nights = dict(self.filed)
        if figures.last_night is figures.tonight:
            nights[figures.tonight.night] = figures.tonight
        return nights

    @property
    def settled(self) -> int:
        """Return how many of tonight's movements are in their final order (scored ones)."""
        return len(self.tonight.movements)

    def so_far(self, now_ms: int) -> MeasuredNight:
        """Return tonight as it stands, with the open spans up to now."""
        night = self.tonight
        movements = sorted(
            [*night.movements, *self._waiting], key=lambda movement: movement.onset_ms
        )
        return MeasuredNight(
            night.night,
            movements,
            _up_to(night.in_bed, self._bed_since_ms, now_ms),
            None
            if night.asleep is None
            else _up_to(night.asleep, self._asleep_since_ms, now_ms),
            night.bilateral,
        )

    def end_tonight(self) -> MeasuredNight:
        """Return tonight, ended at its night's end (in bed until then if still in bed).

        Whoever is still in bed, or asleep, is so from the next night's start.
        """
        self._score_waiting(all_of_them=True)
        ended = self.tonight
        end_ms = self.bounds()[1]
        if self._bed_since_ms is not None:
            ended.in_bed.append((self._bed_since_ms, end_ms))
            self._bed_since_ms = end_ms
        if self._asleep_since_ms is not None and ended.asleep is not None:
            ended.asleep.append((self._asleep_since_ms, end_ms))
            self._asleep_since_ms = end_ms
        return ended

    def file(self, night: MeasuredNight) -> None:
        """Keep the figures of a night that is over."""
        if not self._measuring.bed_sensor and not night.in_bed:
            night.in_bed.append(self.scheduled_in_bed(night.night))
        self.filed[night.night] = night.figures(self.rule)
        self._recent = None

    def _scheduled_so_far(self, now_ms: int) -> tuple[int, int]:
        start, end = self.scheduled_in_bed(self.tonight.night)
        return start, max(start, min(now_ms, end))

    def _in_bed_at(self, moment_ms: int) -> bool:
        if not self._measuring.bed_sensor:
            start, end = self.scheduled_in_bed(self.tonight.night)
            return start <= moment_ms < end
        if self._bed_since_ms is not None and moment_ms >= self._bed_since_ms:
            return True
        return within(self.tonight.in_bed, moment_ms)

    def _asleep_at(self, moment_ms: int) -> bool:
        if self._asleep_since_ms is not None and moment_ms >= self._asleep_since_ms:
            return True
        return within(self.tonight.asleep or [], moment_ms)


def _up_to(spans: Spans, since_ms: int | None, now_ms: int) -> Spans:
    """Return spans with the one still open (since `since_ms`) closed now."""
    if since_ms is None:
        return list(spans)
    return [*spans, (since_ms, max(since_ms, now_ms))]
