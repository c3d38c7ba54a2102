"""Removing one entry by its time: the log actions' answers and `undo_last` with `when`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
)

from custom_components.sleep_twitch_coach.const import DOMAIN, EVENT_LOGGED
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError, Unauthorized

from .conftest import act, assert_refused, stored_events
from .users import async_user

TWITCHES = "sensor.alex_twitches_tonight"
LAST_NIGHT = "2026-11-15T23:40:00+01:00"


async def answer(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    service: str,
    user: MockUser | None = None,
    /,
    **data: Any,
) -> dict[str, Any]:
    """Call an action as a user (None: an automation); return its response.

    Positional only: an action's own field may be called `entry`.
    """
    response = await hass.services.async_call(
        DOMAIN,
        service,
        {"config_entry_id": entry.entry_id, **data},
        blocking=True,
        return_response=True,
        context=Context(user_id=user.id if user else None),
    )
    assert response is not None
    return dict(response)


async def log(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    service: str,
    user: MockUser | None = None,
    **data: Any,
) -> dict[str, Any]:
    """Log through an action as a user (None: an automation); return what it logged."""
    logged: dict[str, Any] = (await answer(hass, entry, service, user, **data))[
        "logged"
    ]
    return logged


async def remove(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    logged: dict[str, Any],
    user: MockUser | None = None,
) -> Any:
    """Remove exactly one logged entry, by its kind and time, as a user."""
    return await act(
        hass,
        entry,
        "undo_last",
        Context(user_id=user.id if user else None),
        kind=logged["kind"],
        when=logged["time"],
    )


async def test_each_log_action_answers_with_what_it_logged(
    hass: HomeAssistant, loaded: MockConfigEntry, freezer: FrozenDateTimeFactory
) -> None:
    """The answer names the entry: its kind, its exact time and its public fields."""
    freezer.move_to("2026-11-16T22:45:00.123456+01:00")
    assert await log(
        hass, loaded, "log_twitch", woke_up=True, note="my private words"
    ) == {
        "kind": "twitch",
        "time": "2026-11-16T21:45:00.123456+00:00",
        "woke_up": True,
        "body_parts": ["legs"],
    }
    assert await log(hass, loaded, "log_caffeine", amount_mg=80) == {
        "kind": "caffeine",
        "time": "2026-11-16T21:45:00.123456+00:00",
        "amount_mg": 80.0,
    }
    assert await log(hass, loaded, "log_exercise", intensity="light") == {
        "kind": "exercise",
        "time": "2026-11-16T21:45:00.123456+00:00",
        "intensity": "light",
        "duration_min": None,
    }
    assert await log(hass, loaded, "log_symptom", symptom="urge_to_move") == {
        "kind": "symptom",
        "time": "2026-11-16T21:45:00.123456+00:00",
        "symptom": "urge_to_move",
    }
    assert await log(hass, loaded, "log_factor", factor="water", amount=0.5) == {
        "kind": "factor",
        "time": "2026-11-16T21:45:00.123456+00:00",
        "factor": "water",
        "amount": 0.5,
    }
    assert await log(hass, loaded, "log_calm_night", when=LAST_NIGHT) == {
        "kind": "calm_night",
        "time": "2026-11-15T22:40:00+00:00",
    }
    # An automation that wants no answer logs as before.
    await act(hass, loaded, "log_twitch")
    assert hass.states.get(TWITCHES).state == "2"


async def test_when_removes_exactly_that_entry_not_the_newest(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Of three twitches, the one logged for 22:10 goes; written before the answer."""
    freezer.move_to("2026-11-16T22:45:00.654321+01:00")
    await log(hass, loaded, "log_twitch", when="2026-11-16T21:50:00+01:00")
    middle = await log(hass, loaded, "log_twitch", when="2026-11-16T22:10:00+01:00")
    newest = await log(hass, loaded, "log_twitch", woke_up=True)
    await log(hass, loaded, "log_caffeine")
    events = async_capture_events(hass, EVENT_LOGGED)

    response = await remove(hass, loaded, middle)

    assert response == {"removed": middle}
    assert [event["time"] for event in stored_events(files_on_disk, loaded)] == [
        "2026-11-16T20:50:00+00:00",
        "2026-11-16T21:45:00.654321+00:00",
        "2026-11-16T21:45:00.654321+00:00",
    ]
    assert hass.states.get(TWITCHES).state == "2"
    # Removing is no logging: nothing is announced, as for today's undo.
    assert events == []
    # The live entry's time has microseconds; the time rounded to seconds is another time.
    with pytest.raises(ServiceValidationError) as err:
        await remove(hass, loaded, {**newest, "time": "2026-11-16T21:45:00+00:00"})
    assert err.value.translation_key == "no_such_entry"
    assert (await remove(hass, loaded, newest))["removed"]["woke_up"] is True
    assert hass.states.get(TWITCHES).state == "1"


async def test_a_local_time_without_zone_names_the_entry(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """The UI's date-time picker gives the home's local time, as when logging."""
    await act(hass, loaded, "log_caffeine", when="2026-11-16 15:00:00")
    response = await act(
        hass, loaded, "undo_last", kind="caffeine", when="2026-11-16 15:00:00"
    )
    assert response["removed"]["time"] == "2026-11-16T14:00:00+00:00"


async def test_the_kind_must_match_too(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """A twitch at the time of a coffee is not the coffee."""
    await assert_refused(
        hass,
        loaded,
        files_on_disk,
        "undo_last",
        {"kind": "twitch", "when": "2026-11-16T21:45:00+00:00"},
        "no_such_entry",
    )


@pytest.mark.parametrize(
    ("data", "translation_key"),
    [
        ({"when": "2026-11-16T21:45:00+00:00"}, "when_without_kind"),
        ({"when": "yesterday", "kind": "twitch"}, "invalid_when"),
        ({"when": ["2026-11-16T21:45:00+00:00"], "kind": "twitch"}, "invalid_when"),
        ({"when": "0001-01-01T00:00:00+14:00", "kind": "twitch"}, "invalid_when"),
        ({"when": "2026-11-16T21:45:00+00:00", "kind": "snapshot"}, "invalid_kind"),
    ],
)
async def test_bad_input_is_refused_naming_the_field(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    files_on_disk: Path,
    data: dict[str, Any],
    translation_key: str,
) -> None:
    """A when without kind, or no calendar's: refused, translated, nothing removed."""
    await assert_refused(
        hass, loaded, files_on_disk, "undo_last", data, translation_key
    )


async def test_anyone_removes_only_what_they_logged_in_the_last_15_minutes(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    guest: MockUser,
    sleeper: MockUser,
    freezer: FrozenDateTimeFactory,
) -> None:
    """The guest's own fresh entry goes; a button press, the sleeper's or an old one do not."""
    pressed = await log(hass, loaded, "log_twitch")
    sleepers = await log(hass, loaded, "log_twitch", sleeper, when=LAST_NIGHT)
    own = await log(hass, loaded, "log_symptom", guest, symptom="urge_to_move")
    for other in (pressed, sleepers):
        with pytest.raises(ServiceValidationError) as err:
            await remove(hass, loaded, other, guest)
        assert err.value.translation_key == "no_such_entry_yours"
        assert "15 minutes" in str(err.value)
    assert len(loaded.runtime_data.journal) == 3

    freezer.tick(14 * 60)
    assert (await remove(hass, loaded, own, guest))["removed"] == own

    late = await log(hass, loaded, "log_caffeine", guest)
    freezer.tick(16 * 60)
    with pytest.raises(ServiceValidationError) as err:
        await remove(hass, loaded, late, guest)
    assert err.value.translation_key == "no_such_entry_yours"
    assert len(loaded.runtime_data.journal) == 3


@pytest.mark.parametrize("who", ["sleeper", "admin", "automation"])
async def test_the_sleeper_and_administrators_remove_any_entry(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    guest: MockUser,
    sleeper: MockUser,
    hass_admin_user: MockUser,
    freezer: FrozenDateTimeFactory,
    who: str,
) -> None:
    """Anyone's entry, however old, by its time; what is gone cannot go twice."""
    guests = await log(hass, loaded, "log_factor", guest, factor="stress", amount=2)
    old = await log(hass, loaded, "log_twitch", None, when=LAST_NIGHT)
    freezer.tick(3 * 60 * 60)
    user = {"sleeper": sleeper, "admin": hass_admin_user, "automation": None}[who]
    assert (await remove(hass, loaded, guests, user))["removed"] == guests
    assert (await remove(hass, loaded, old, user))["removed"] == old
    with pytest.raises(ServiceValidationError) as err:
        await remove(hass, loaded, old, user)
    assert err.value.translation_key == "no_such_entry"
    assert len(loaded.runtime_data.journal) == 0


async def test_a_read_only_user_removes_nothing(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """Refused as every change is for them, translated; the entry stays."""
    reader = await async_user(hass, "Reader", read_only=True)
    logged = await log(hass, loaded, "log_twitch")
    before = stored_events(files_on_disk, loaded)
    with pytest.raises(Unauthorized) as err:
        await remove(hass, loaded, logged, reader)
    assert err.value.translation_key == "read_only_user"
    assert stored_events(files_on_disk, loaded) == before
    assert hass.states.get(TWITCHES).state == "1"


async def test_what_the_coach_recorded_itself_is_never_removed(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """A wind-down tick at the very time of a twitch stays when the twitch goes."""
    await hass.services.async_call(
        "todo",
        "update_item",
        {
            "entity_id": "todo.alex_wind_down",
            "item": "Stretch hamstrings, calves and quadriceps",
            "status": "completed",
        },
        blocking=True,
    )
    tick = loaded.runtime_data.journal.events[0]
    logged = await log(hass, loaded, "log_twitch", when=tick.time.isoformat())
    assert (await remove(hass, loaded, logged))["removed"]["kind"] == "twitch"
    assert list(loaded.runtime_data.journal.events) == [tick]
    with pytest.raises(ServiceValidationError):
        await act(
            hass, loaded, "undo_last", kind="routine_step", when=tick.time.isoformat()
        )
    assert list(loaded.runtime_data.journal.events) == [tick]
