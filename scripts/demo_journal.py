"""The demo sleeper's nights (scripts/provision-demo): what is logged, and what goes with it.

Sixteen weeks of nights, drawn from a small model with a fixed seed, the same every time. The
model: a night has twitches with a chance of 20 %, plus 45 points after alcohol, 20 in a
bedroom too warm for the 18 °C target, 10 after coffee past the cutoff, and 15 less after
relaxation; every other factor logged (stress, water, magnesium, a warm bath, the custom
"Late screen work", late exercise, the wind-down) changes nothing. What the coach makes of
these nights is its own comparison; nothing here writes a verdict.

- Nights 21 to 8 ago: an experiment, avoiding alcohol for 14 nights (with a slip or two),
  ended by the coach the day after its last night.
- After it: less alcohol and more relaxation, and so few twitches lately, none that woke the
  sleeper, so the demo starts without a doctor-visit alert and a few presses do not reach it.
- A few nights are not recorded: nothing logged at all (a weekend away).

What a person logs goes through the coach's actions (`actions`). What no action can back-fill
is written in the journal's stored form (`stored_events`, by coach/events.py): the bedtime
readings the coach takes itself (on every night, recorded or not), wind-down ticks (the to-do
list has tonight's steps only) and an experiment that began weeks ago (start_experiment starts
now).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
import random
import sys
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).parents[1]))

from custom_components.sleep_twitch_coach.coach.events import (  # noqa: E402
    BedtimeSnapshot,
    Experiment,
    JournalEvent,
    Keep,
    RoutineStep,
    event_to_storage,
)
from custom_components.sleep_twitch_coach.coach.factors import Factor  # noqa: E402
from custom_components.sleep_twitch_coach.coach.nights import night_start  # noqa: E402
from custom_components.sleep_twitch_coach.custom_factors import custom_factor_key  # noqa: E402

# config/configuration.yaml's time zone.
TZ = ZoneInfo("Europe/Berlin")
DEMO_NIGHTS = 16 * 7
SEED = 7
CUSTOM_FACTOR = "Late screen work"
CUSTOM_KEY = custom_factor_key(CUSTOM_FACTOR)
# Nights ago of the experiment's first night; it runs EXPERIMENT_NIGHTS nights.
EXPERIMENT_FIRST = 21
EXPERIMENT_NIGHTS = 14
# Nights ago with nothing logged (one of them during the experiment).
NOT_RECORDED = (15, 38, 39, 64, 90)
# The demo sleeper's target and tolerance (scripts/provision-demo): above this, too warm.
TOO_WARM_ABOVE_C = 19.0

# The chance of alcohol on a night, before, during and after the experiment.
ALCOHOL_CHANCE = {"before": 0.45, "experiment": 0.08, "after": 0.15}
RELAXATION_CHANCE = {"before": 0.3, "experiment": 0.35, "after": 0.55}
# Logged factors without effect: their chance on a night.
NEUTRAL_CHANCES = {
    Factor.STRESS: 0.3,
    Factor.WATER: 0.6,
    Factor.MAGNESIUM: 0.3,
    Factor.WARM_BATH: 0.2,
    CUSTOM_KEY: 0.25,
}
# When each factor is logged, on the night's evening.
FACTOR_TIMES = {
    Factor.STRESS: time(18, 0),
    Factor.ALCOHOL: time(19, 30),
    Factor.WATER: time(21, 0),
    CUSTOM_KEY: time(21, 10),
    Factor.MAGNESIUM: time(21, 30),
    Factor.WARM_BATH: time(21, 45),
    Factor.RELAXATION: time(22, 15),
}


@dataclass(slots=True)
class DemoNight:
    """One night of the demo: what happened and what the sleeper logged."""

    night: date
    back: int
    recorded: bool
    bedroom_c: float
    late_coffee: bool = False
    late_exercise: bool = False
    factors: dict[str, float | None] = field(default_factory=dict)
    wind_down: bool = False
    twitches: int = 0
    woke_up: bool = False
    calm_answer: bool = False

    def at(self, clock: time) -> datetime:
        """Return a local time of this night: evening times on its date, morning ones after."""
        day = self.night if clock.hour >= 12 else self.night + timedelta(days=1)
        return datetime.combine(day, clock, TZ)


def phase(back: int) -> str:
    """Return the part of the demo a night belongs to: before, during or after the experiment."""
    if back > EXPERIMENT_FIRST:
        return "before"
    if back > EXPERIMENT_FIRST - EXPERIMENT_NIGHTS:
        return "experiment"
    return "after"


def twitch_chance(night: DemoNight) -> float:
    """Return the model's chance of a twitch night."""
    chance = (
        0.2
        + 0.45 * (Factor.ALCOHOL in night.factors)
        + 0.2 * (night.bedroom_c > TOO_WARM_ABOVE_C)
        + 0.1 * night.late_coffee
        - 0.15 * (Factor.RELAXATION in night.factors)
    )
    return min(max(chance, 0.05), 0.95)


def demo_nights(tonight: date) -> list[DemoNight]:
    """Return the nights before `tonight`, oldest first."""
    pick = random.Random(SEED)
    nights = []
    for back in range(DEMO_NIGHTS, 0, -1):
        part = phase(back)
        warm = pick.random() < 0.3
        night = DemoNight(
            night=tonight - timedelta(days=back),
            back=back,
            recorded=back not in NOT_RECORDED,
            bedroom_c=round(
                pick.uniform(19.5, 22.0) if warm else pick.uniform(16.8, 19.0), 1
            ),
        )
        night.late_coffee = pick.random() < 0.35
        night.late_exercise = pick.random() < 0.25
        night.wind_down = pick.random() < 0.5
        if pick.random() < ALCOHOL_CHANCE[part]:
            night.factors[Factor.ALCOHOL] = pick.randint(
                1, 4 if part == "before" else 2
            )
        if pick.random() < RELAXATION_CHANCE[part]:
            night.factors[Factor.RELAXATION] = None
        for factor, chance in NEUTRAL_CHANCES.items():
            if pick.random() < chance:
                night.factors[factor] = _amount(factor, pick)
        if pick.random() < twitch_chance(night):
            night.twitches = pick.choice((1, 1, 2, 3))
            night.woke_up = (
                part == "before" and night.twitches > 1 and pick.random() < 0.5
            )
        # The morning check-in's "No": answered on most calm nights, and on every calm night
        # with nothing else logged (or it would not be recorded).
        night.calm_answer = not night.twitches and (
            pick.random() < 0.6
            or not (night.factors or night.late_coffee or night.late_exercise)
        )
        if not night.recorded:
            night = DemoNight(night.night, back, False, night.bedroom_c)
        nights.append(night)
    return nights


def _amount(factor: str, pick: random.Random) -> float | None:
    if factor == Factor.STRESS:
        return pick.randint(1, 3)
    if factor == Factor.WATER:
        return round(pick.uniform(1.0, 2.8), 1)
    return None


def actions(nights: list[DemoNight]) -> list[tuple[str, dict[str, Any]]]:
    """Return what the sleeper logged, as the coach's actions and their data, oldest first."""
    logged: list[tuple[datetime, str, dict[str, Any]]] = []
    for night in nights:
        if not night.recorded:
            continue
        if night.late_coffee:
            logged.append((night.at(time(16, 30)), "log_caffeine", {"amount_mg": 95}))
        if night.late_exercise:
            logged.append(
                (night.at(time(20, 45)), "log_exercise", {"duration_min": 40})
            )
        for factor, amount in night.factors.items():
            data: dict[str, Any] = {"factor": str(factor)}
            if amount is not None:
                data["amount"] = amount
            logged.append((night.at(FACTOR_TIMES[factor]), "log_factor", data))
        logged.extend(
            (
                night.at(time(23, 10) if number == 0 else time(2, 10 + 7 * number)),
                "log_twitch",
                {"woke_up": night.woke_up and number == 1},
            )
            for number in range(night.twitches)
        )
        if night.calm_answer:
            logged.append((night.at(time(7, 30)), "log_calm_night", {}))
    logged.sort(key=lambda item: item[0])
    return [
        (action, {"when": when.isoformat(), **data}) for when, action, data in logged
    ]


def stored_events(nights: list[DemoNight]) -> list[dict[str, Any]]:
    """Return what no action back-fills, in the journal's stored form, oldest first."""
    events: list[JournalEvent] = []
    for night in nights:
        events.append(
            BedtimeSnapshot(time=night.at(time(22, 30)), temperature_c=night.bedroom_c)
        )
        if night.recorded and night.wind_down:
            events.extend(
                RoutineStep(time=night.at(time(22, minute)), step=step)
                for minute, step in ((0, "stretch"), (5, "screens_off"))
            )
    first = next(night for night in nights if night.back == EXPERIMENT_FIRST)
    events.append(
        Experiment(
            time=first.at(time(20, 0)),
            change=Factor.ALCOHOL.value,
            keep=Keep.AVOID,
            nights=EXPERIMENT_NIGHTS,
            # The coach ends an experiment when the night after its last one starts.
            ended=night_start(first.night + timedelta(days=EXPERIMENT_NIGHTS), TZ),
        )
    )
    events.sort(key=lambda event: event.time)
    return [event_to_storage(event) for event in events]
