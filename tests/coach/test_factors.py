"""Tests of the factors of a night: derived, logged, water, custom, and recorded nights."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.sleep_twitch_coach.coach.events import (
    BedtimeSnapshot,
    Caffeine,
    CalmNight,
    Exercise,
    Experiment,
    FactorReport,
    Intensity,
    JournalEvent,
    Keep,
    RoutineStep,
    Symptom,
    SymptomReport,
    Twitch,
)
from custom_components.sleep_twitch_coach.coach.factors import (
    DERIVED_FACTORS,
    LOGGED_FACTORS,
    Factor,
    NightContext,
    is_recorded,
    logged_amounts,
    night_factors,
)
from custom_components.sleep_twitch_coach.coach.journal import Journal
from custom_components.sleep_twitch_coach.coach.status import Routine

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 11, 16)
CONTEXT = NightContext(Routine())
# Berlin's clocks go forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October 2026.
SPRING_NIGHT = date(2026, 3, 28)
AUTUMN_NIGHT = date(2026, 10, 24)


def at(day: date, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    """Return a local wall-clock time in Berlin."""
    return datetime(
        day.year, day.month, day.day, hour, minute, tzinfo=BERLIN, fold=fold
    )


def morning(night: date, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    """Return a time in the small hours after a night's evening."""
    return at(night + timedelta(days=1), hour, minute, fold)


def factors(
    *events: JournalEvent, night: date = NIGHT, context: NightContext = CONTEXT
) -> dict[str, bool]:
    """Return the factors known on a night of a journal holding `events`."""
    return night_factors(Journal(BERLIN, events), night, context)


def logged(factor: str, when: datetime, amount: float | None = None) -> FactorReport:
    """Return a logged factor."""
    return FactorReport(time=when, factor=factor, amount=amount)


# Derived factors


@pytest.mark.parametrize(
    ("when", "present"),
    [
        (at(NIGHT, 13, 59), False),
        # A coffee at exactly the cutoff is not after it.
        (at(NIGHT, 14), False),
        (at(NIGHT, 14, 1), True),
        (at(NIGHT, 21), True),
        # After midnight, before the wake time: still that night's late caffeine.
        (morning(NIGHT, 1, 30), True),
        # After the wake time, before noon: the night's, but not after its cutoff.
        (morning(NIGHT, 8), False),
    ],
)
def test_caffeine_after_the_cutoff(when: datetime, present: bool) -> None:
    """Caffeine strictly after 14:00 and before the wake time is present on that night."""
    assert factors(Caffeine(time=when))[Factor.CAFFEINE_AFTER_CUTOFF] is present


@pytest.mark.parametrize(
    ("when", "intensity", "present"),
    [
        (at(NIGHT, 19), Intensity.VIGOROUS, False),
        # Exactly the 3-hour buffer before the 22:30 bedtime is not late.
        (at(NIGHT, 19, 30), Intensity.VIGOROUS, False),
        (at(NIGHT, 19, 31), Intensity.VIGOROUS, True),
        (at(NIGHT, 21), Intensity.MODERATE, False),
        (at(NIGHT, 21), Intensity.LIGHT, False),
        (morning(NIGHT, 0, 30), Intensity.VIGOROUS, True),
    ],
)
def test_late_vigorous_exercise(
    when: datetime, intensity: Intensity, present: bool
) -> None:
    """Only vigorous exercise inside the buffer before bedtime is present."""
    event = Exercise(time=when, intensity=intensity)
    assert factors(event)[Factor.LATE_VIGOROUS_EXERCISE] is present


@pytest.mark.parametrize(
    ("celsius", "present"),
    [(21.0, True), (19.1, True), (19.0, False), (18.0, False), (15.0, False)],
)
def test_bedroom_too_warm_from_the_bedtime_snapshot(
    celsius: float, present: bool
) -> None:
    """Above 18 °C plus the 1 °C tolerance at bedtime is too warm; too cold is not."""
    snapshot = BedtimeSnapshot(time=at(NIGHT, 22, 30), temperature_c=celsius)
    assert factors(snapshot)[Factor.BEDROOM_TOO_WARM] is present


def test_bedroom_too_warm_is_the_last_snapshot_of_the_night() -> None:
    """Two readings in one night: the later one counts."""
    found = factors(
        BedtimeSnapshot(time=at(NIGHT, 22, 30), temperature_c=22.0),
        BedtimeSnapshot(time=at(NIGHT, 23), temperature_c=18.0),
    )
    assert found[Factor.BEDROOM_TOO_WARM] is False


def test_bedroom_too_warm_is_unknown_without_a_snapshot() -> None:
    """No bedtime reading that night (one the night before): the factor is left out."""
    before = BedtimeSnapshot(
        time=at(NIGHT - timedelta(days=1), 22, 30), temperature_c=25
    )
    assert Factor.BEDROOM_TOO_WARM not in factors(before, Twitch(time=at(NIGHT, 23)))


def test_bedroom_too_warm_follows_the_sleepers_target() -> None:
    """20 °C is too warm for the default 18 °C target but on target for 20 °C."""
    snapshot = BedtimeSnapshot(time=at(NIGHT, 22, 30), temperature_c=20.0)
    warm_sleeper = NightContext(Routine(target_c=20.0))
    assert factors(snapshot)[Factor.BEDROOM_TOO_WARM] is True
    assert factors(snapshot, context=warm_sleeper)[Factor.BEDROOM_TOO_WARM] is False


def test_wind_down_skipped_without_a_step_done() -> None:
    """No wind-down step that night is skipped; one step done is not."""
    assert factors()[Factor.WIND_DOWN_SKIPPED] is True
    step = RoutineStep(time=at(NIGHT, 21, 45), step="stretch")
    assert factors(step)[Factor.WIND_DOWN_SKIPPED] is False
    yesterday = RoutineStep(time=at(NIGHT - timedelta(days=1), 21), step="stretch")
    assert factors(yesterday)[Factor.WIND_DOWN_SKIPPED] is True


@pytest.mark.parametrize(
    ("hours", "present"), [(4.0, True), (6.99, True), (7.0, False), (9.5, False)]
)
def test_short_sleep_is_under_seven_hours_in_bed_the_night_before(
    hours: float, present: bool
) -> None:
    """The hours in bed of the night before decide; the night's own hours do not."""
    context = NightContext(
        Routine(),
        in_bed_hours={NIGHT - timedelta(days=1): hours, NIGHT: 3.0},
    )
    assert factors(context=context)[Factor.SHORT_SLEEP] is present


def test_short_sleep_is_unknown_without_the_night_befores_hours() -> None:
    """Without a bed sensor, or without a figure for the night before, it is left out."""
    assert Factor.SHORT_SLEEP not in factors()
    only_tonight = NightContext(Routine(), in_bed_hours={NIGHT: 4.0})
    assert Factor.SHORT_SLEEP not in factors(context=only_tonight)


# Logged factors


def test_logged_factors_are_present_on_their_night_and_absent_otherwise() -> None:
    """Alcohol and stress logged: present; every other logged factor known and absent."""
    found = factors(
        logged(Factor.ALCOHOL, at(NIGHT, 20), 2),
        logged(Factor.STRESS, at(NIGHT, 18), 3),
        logged(Factor.MAGNESIUM, at(NIGHT - timedelta(days=1), 20)),
    )
    present = {key for key in LOGGED_FACTORS if found.get(key)}
    assert present == {Factor.ALCOHOL, Factor.STRESS}
    absent = {key for key in LOGGED_FACTORS if found.get(key) is False}
    assert absent == set(LOGGED_FACTORS) - {Factor.ALCOHOL, Factor.STRESS, Factor.WATER}


def test_every_built_in_factor_is_compared_derived_first() -> None:
    """The context's keys: the derived factors, then the logged ones, then custom ones."""
    context = NightContext(Routine(), custom={"custom_sauna": "Sauna"})
    assert context.keys == (*DERIVED_FACTORS, *LOGGED_FACTORS, "custom_sauna")
    assert len(LOGGED_FACTORS) == 10


def test_amounts_are_summed_over_the_night() -> None:
    """Two drinks and one more after midnight make three; without an amount, none is known."""
    journal = Journal(
        BERLIN,
        [
            logged(Factor.ALCOHOL, at(NIGHT, 19), 2),
            logged(Factor.ALCOHOL, morning(NIGHT, 0, 30), 1),
            logged(Factor.SCREENS_IN_BED, at(NIGHT, 23)),
            logged(Factor.ALCOHOL, morning(NIGHT, 12), 5),
        ],
    )
    assert logged_amounts(journal, NIGHT) == {
        Factor.ALCOHOL: 3.0,
        Factor.SCREENS_IN_BED: None,
    }


@pytest.mark.parametrize(
    ("litres", "present"),
    [((1.0,), True), ((1.0, 0.9), True), ((1.5, 0.5), False), ((2.5,), False)],
)
def test_too_little_water_is_under_two_litres_summed_over_the_night(
    litres: tuple[float, ...], present: bool
) -> None:
    """Water logged in several glasses is summed; under 2 litres is "too little"."""
    events = [
        logged(Factor.WATER, at(NIGHT, 13 + index), amount)
        for index, amount in enumerate(litres)
    ]
    assert factors(*events)[Factor.WATER] is present


def test_water_is_unknown_on_a_night_without_water_logged() -> None:
    """A recorded night with no water logged is left out of water's comparison."""
    found = factors(
        Twitch(time=at(NIGHT, 23)),
        logged(Factor.WATER, at(NIGHT - timedelta(days=1), 20), 3),
    )
    assert Factor.WATER not in found
    assert found[Factor.ALCOHOL] is False


def test_custom_factors_are_logged_like_built_in_ones() -> None:
    """A custom factor logged is present; the other custom factor is known and absent."""
    context = NightContext(
        Routine(), custom={"custom_sauna": "Sauna", "custom_late_call": "Late call"}
    )
    found = factors(logged("custom_sauna", at(NIGHT, 19)), context=context)
    assert found["custom_sauna"] is True
    assert found["custom_late_call"] is False


def test_a_factor_the_sleeper_no_longer_has_is_not_compared() -> None:
    """A custom factor removed from the options: its old entries count for nothing."""
    found = factors(logged("custom_sauna", at(NIGHT, 19)))
    assert "custom_sauna" not in found


def test_night_factors_can_ask_for_some_keys_only() -> None:
    """Asking for alcohol and water on a night with neither logged gives alcohol only."""
    journal = Journal(BERLIN, [Twitch(time=at(NIGHT, 23))])
    found = night_factors(journal, NIGHT, CONTEXT, (Factor.ALCOHOL, Factor.WATER))
    assert found == {Factor.ALCOHOL: False}


# Recorded nights


@pytest.mark.parametrize(
    "event",
    [
        Twitch(time=at(NIGHT, 23)),
        CalmNight(time=morning(NIGHT, 7, 30)),
        Caffeine(time=at(NIGHT, 13)),
        Exercise(time=at(NIGHT, 18), intensity=Intensity.LIGHT),
        SymptomReport(time=at(NIGHT, 22), symptom=Symptom.DAYTIME_SLEEPINESS),
        logged(Factor.RELAXATION, at(NIGHT, 22)),
        RoutineStep(time=at(NIGHT, 21), step="bath"),
    ],
    ids=lambda event: event.kind.value,
)
def test_each_person_logged_kind_makes_a_night_recorded(event: JournalEvent) -> None:
    """Any event a person logs in a night makes it recorded; the nights around are not."""
    journal = Journal(BERLIN, [event])
    assert is_recorded(journal, NIGHT, ())
    assert not is_recorded(journal, NIGHT - timedelta(days=1), ())
    assert not is_recorded(journal, NIGHT + timedelta(days=1), ())


def test_what_the_coach_records_itself_does_not_make_a_night_recorded() -> None:
    """A bedtime snapshot or an experiment's start alone says nothing of the night."""
    journal = Journal(
        BERLIN,
        [
            BedtimeSnapshot(time=at(NIGHT, 22, 30), temperature_c=18.0),
            Experiment(
                time=at(NIGHT, 20), change="alcohol", keep=Keep.AVOID, nights=14
            ),
        ],
    )
    assert not is_recorded(journal, NIGHT, ())


def test_a_night_the_sensor_measured_is_recorded() -> None:
    """A measured night with nothing logged is recorded; the other nights are not."""
    journal = Journal(BERLIN)
    assert is_recorded(journal, NIGHT, {NIGHT})
    assert not is_recorded(journal, NIGHT - timedelta(days=1), {NIGHT})


# The night rule


@pytest.mark.parametrize(
    ("when", "night"),
    [
        (at(NIGHT, 12), NIGHT),
        (morning(NIGHT, 1, 30), NIGHT),
        (morning(NIGHT, 11, 59), NIGHT),
        (morning(NIGHT, 12), NIGHT + timedelta(days=1)),
        (at(NIGHT, 11, 59), NIGHT - timedelta(days=1)),
    ],
)
def test_a_factor_belongs_to_the_night_it_was_logged_in(
    when: datetime, night: date
) -> None:
    """Alcohol at 01:30 is the evening before's; the night turns at noon."""
    journal = Journal(BERLIN, [logged(Factor.ALCOHOL, when)])
    for candidate in (night - timedelta(days=1), night, night + timedelta(days=1)):
        present = night_factors(journal, candidate, CONTEXT)[Factor.ALCOHOL]
        assert present is (candidate == night)
    assert is_recorded(journal, night, ())


@pytest.mark.parametrize("night", [SPRING_NIGHT, AUTUMN_NIGHT])
def test_factors_on_a_night_the_clocks_change(night: date) -> None:
    """On the 23- and 25-hour nights the small hours still belong to the evening before."""
    journal = Journal(
        BERLIN,
        [
            logged(Factor.WATER, at(night, 20), 1.0),
            # 01:30 exists on both nights; 03:30 on the spring night is an hour after 01:30.
            logged(Factor.WATER, morning(night, 1, 30), 0.5),
            logged(Factor.WATER, morning(night, 3, 30), 0.25),
            logged(Factor.ALCOHOL, morning(night, 11, 30), 1),
            Caffeine(time=morning(night, 3, 30)),
            Exercise(time=morning(night, 0, 15)),
        ],
    )
    found = night_factors(journal, night, CONTEXT)
    assert logged_amounts(journal, night)[Factor.WATER] == 1.75
    assert found[Factor.WATER] is True
    assert found[Factor.ALCOHOL] is True
    assert found[Factor.CAFFEINE_AFTER_CUTOFF] is True
    assert found[Factor.LATE_VIGOROUS_EXERCISE] is True
    after = night_factors(journal, night + timedelta(days=1), CONTEXT)
    assert Factor.WATER not in after
    assert after[Factor.ALCOHOL] is False
    assert after[Factor.CAFFEINE_AFTER_CUTOFF] is False


def test_the_repeated_hour_of_the_autumn_night_belongs_to_it() -> None:
    """02:30 happens twice on 25 October; both times are the night of 24 October."""
    first = morning(AUTUMN_NIGHT, 2, 30, fold=0)
    second = morning(AUTUMN_NIGHT, 2, 30, fold=1)
    # Aware times of one zone subtract as wall clocks: the hour between shows in UTC.
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    journal = Journal(
        BERLIN,
        [logged(Factor.WATER, first, 1.0), logged(Factor.WATER, second, 1.0)],
    )
    assert night_factors(journal, AUTUMN_NIGHT, CONTEXT)[Factor.WATER] is False
    assert logged_amounts(journal, AUTUMN_NIGHT) == {Factor.WATER: 2.0}


def test_water_logged_without_an_amount_says_nothing_of_how_much() -> None:
    """A glass without litres does not make "too little water"; with 2.5 L beside it, enough."""
    assert Factor.WATER not in factors(logged(Factor.WATER, at(NIGHT, 19)))
    enough = factors(
        logged(Factor.WATER, at(NIGHT, 19)), logged(Factor.WATER, at(NIGHT, 20), 2.5)
    )
    assert enough[Factor.WATER] is False
