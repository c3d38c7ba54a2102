"""The demo sleeper's measured nights (scripts/provision-demo): both legs, in bed and asleep.

The demo's sleeper wears a movement sensor on each ankle and a sleep tracker, and has done so
for the last two weeks. Each night is drawn with a fixed seed, the same every time: in bed from
about 22:45 to 07:00 (some nights with a trip to the bathroom), asleep a little later to a
little earlier (with a wake-up in the night), a few isolated leg movements, and series of leg
movements 18 to 38 s apart while asleep, mostly of the right leg: one leg alone would miss most
of them, as on the study night the design cites. How many movements are in series is set per
night (`PLM_INDEX`), so that the demo's figures read like a real sleeper's: an index of about
5 to 14 an hour, with a few nights above the adult threshold of 15, never three of the last
seven (the doctor checklist's criterion stays off, as the demo starts without an alert). What
the coach makes of these nights is its own scoring; nothing here writes a figure.

The nights are written as the coach files a night that is over: in the month files
`.storage/sleep_twitch_coach.<entry_id>.movements.<YYYY-MM>`, in its stored form
(`MeasuredNight.to_stored`). The coach keeps their figures in the year's figures file, which it
makes itself when the sleeper is set up again.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
import json
from pathlib import Path
import random
import sys
from typing import Any

sys.path.insert(0, str(Path(__file__).parents[1]))

from demo_journal import TZ  # noqa: E402

from custom_components.sleep_twitch_coach.coach.limbs.nights import MeasuredNight  # noqa: E402
from custom_components.sleep_twitch_coach.coach.limbs.scoring import Leg, Movement  # noqa: E402

DOMAIN = "sleep_twitch_coach"
SEED = 24
# The periodic limb movements an hour in bed the demo aims at, by nights ago (the scoring
# decides the exact figure): the last seven nights have one above 15.
PLM_INDEX = {
    1: 12,
    2: 7,
    3: 9,
    4: 18,
    5: 6,
    6: 11,
    7: 8,
    8: 14,
    9: 5,
    10: 21,
    11: 9,
    12: 7,
    13: 17,
    14: 10,
}
MEASURED_NIGHTS = len(PLM_INDEX)
# Which leg a movement in a series is on: mostly the right one, sometimes both at once.
RIGHT, LEFT = 0.7, 0.15  # and both legs: the rest
# A series' movements are this many seconds apart (onset to onset), and this many long.
SERIES_INTERVAL_S = (18, 38)
SERIES_LENGTH = (10, 40)
DURATION_S = (0.7, 4.0)
# Isolated movements: one every so many minutes in bed, kept this far from any series so that
# they never join one.
ISOLATED_EVERY_MIN = (6, 22)
CLEAR_OF_SERIES_S = 120


def _ms(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def _at(night: date, clock: time) -> datetime:
    """Return a local time of a night: evening times on its date, morning ones after."""
    day = night if clock.hour >= 12 else night + timedelta(days=1)
    return datetime.combine(day, clock, TZ)


def measured_night(night: date, back: int) -> MeasuredNight:
    """Return one of the demo's measured nights, drawn with the night's own seed."""
    pick = random.Random(SEED * 1000 + back)
    went_to_bed = _at(night, time(22, 35)) + timedelta(minutes=pick.uniform(0, 35))
    got_up = _at(night, time(6, 40)) + timedelta(minutes=pick.uniform(0, 30))
    awake_from = _at(night, time(2, 0)) + timedelta(minutes=pick.uniform(0, 150))
    awake_until = awake_from + timedelta(minutes=pick.uniform(10, 25))
    in_bed = [(_ms(went_to_bed), _ms(got_up))]
    if pick.random() < 0.4:  # a trip to the bathroom while awake
        left = awake_from + timedelta(minutes=3)
        back_in = left + timedelta(minutes=pick.uniform(4, 7))
        in_bed = [(_ms(went_to_bed), _ms(left)), (_ms(back_in), _ms(got_up))]
    asleep = [
        (
            _ms(went_to_bed + timedelta(minutes=pick.uniform(10, 30))),
            _ms(awake_from),
        ),
        (_ms(awake_until), _ms(got_up - timedelta(minutes=pick.uniform(5, 15)))),
    ]
    in_bed_h = sum(end - start for start, end in in_bed) / 3_600_000
    windows = _series_windows(pick, asleep, round(PLM_INDEX[back] * in_bed_h))
    movements = [
        movement
        for start_ms, count in windows
        for movement in _series(pick, start_ms, count)
    ]
    movements += _isolated(pick, in_bed, windows)
    movements.sort(key=lambda movement: movement.onset_ms)
    return MeasuredNight(night, movements, in_bed, asleep, bilateral=True)


def _series_windows(
    pick: random.Random, asleep: list[tuple[int, int]], periodic: int
) -> list[tuple[int, int]]:
    """Return where the series begin and how many movements each has: `periodic` in all."""
    lengths = []
    while periodic >= SERIES_LENGTH[0]:
        length = min(pick.randint(*SERIES_LENGTH), periodic)
        lengths.append(length)
        periodic -= length
    if lengths and periodic:
        lengths[-1] += periodic
    windows: list[tuple[int, int]] = []
    for length in lengths:
        span_ms = length * SERIES_INTERVAL_S[1] * 1000
        for _ in range(200):
            start, end = pick.choice(asleep)
            if end - start <= span_ms:
                continue
            begin = pick.randint(start, end - span_ms)
            if all(
                begin + span_ms + CLEAR_OF_SERIES_S * 1000 < other
                or begin > other + count * SERIES_INTERVAL_S[1] * 1000 + 120_000
                for other, count in windows
            ):
                windows.append((begin, length))
                break
    return sorted(windows)


def _duration_ms(pick: random.Random) -> int:
    return round(pick.uniform(*DURATION_S) * 1000)


def _series(pick: random.Random, start_ms: int, count: int) -> list[Movement]:
    """Return a series of `count` leg movements from `start_ms`, one leg or both at a time."""
    movements = []
    onset = start_ms
    for _ in range(count):
        draw = pick.random()
        if draw < RIGHT:
            movements.append(Movement(onset, _duration_ms(pick), Leg.RIGHT))
        elif draw < RIGHT + LEFT:
            movements.append(Movement(onset, _duration_ms(pick), Leg.LEFT))
        else:  # both legs, the left one a moment later: one bilateral leg movement
            movements.append(Movement(onset, _duration_ms(pick), Leg.RIGHT))
            movements.append(
                Movement(onset + pick.randint(50, 400), _duration_ms(pick), Leg.LEFT)
            )
        onset += round(pick.uniform(*SERIES_INTERVAL_S) * 1000)
    return movements


def _isolated(
    pick: random.Random, in_bed: list[tuple[int, int]], windows: list[tuple[int, int]]
) -> list[Movement]:
    """Return leg movements now and then in bed, on either leg, away from every series."""
    clear_ms = CLEAR_OF_SERIES_S * 1000
    busy = [
        (start - clear_ms, start + count * SERIES_INTERVAL_S[1] * 1000 + clear_ms)
        for start, count in windows
    ]
    movements = []
    for start, end in in_bed:
        onset = start + round(pick.uniform(1, 5) * 60_000)
        while onset < end - 60_000:
            if not any(low <= onset <= high for low, high in busy):
                leg = Leg.RIGHT if pick.random() < 0.5 else Leg.LEFT
                movements.append(Movement(onset, _duration_ms(pick), leg))
            onset += round(pick.uniform(*ISOLATED_EVERY_MIN) * 60_000)
    return movements


def measured_nights(tonight: date) -> list[MeasuredNight]:
    """Return the demo's measured nights before `tonight`, oldest first."""
    return [
        measured_night(tonight - timedelta(days=back), back)
        for back in range(MEASURED_NIGHTS, 0, -1)
    ]


def month_files(
    entry_id: str, nights: list[MeasuredNight]
) -> dict[str, dict[str, Any]]:
    """Return the month files of measured nights, by storage key, as the coach files them."""
    months: dict[str, list[Any]] = {}
    for night in nights:
        months.setdefault(night.night.isoformat()[:7], []).append(night.to_stored())
    files = {}
    for month, stored in months.items():
        key = f"{DOMAIN}.{entry_id}.movements.{month}"
        files[key] = {
            "version": 1,
            "minor_version": 1,
            "key": key,
            "data": {"nights": stored},
        }
    return files


def write_measured_nights(
    storage: Path, entry_id: str, nights: list[MeasuredNight]
) -> int:
    """Write a new sleeper's measured nights into its month files; return how many files.

    Atomically, though nothing reads them until the sleeper is set up again.
    """
    files = month_files(entry_id, nights)
    for key, content in files.items():
        path = storage / key
        if path.exists():
            raise RuntimeError(f"the new sleeper has measured nights already: {path}")
        temporary = path.with_name(f"{key}.demo")
        temporary.write_text(json.dumps(content))
        temporary.replace(path)
    return len(files)
