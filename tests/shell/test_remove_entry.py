"""Removing one entry by what it is: `undo_last` with `entry`, and until when it may go."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from hypothesis import HealthCheck, given, settings, strategies as st
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.typing import WebSocketGenerator
import voluptuous as vol

from custom_components.sleep_twitch_coach.service_schemas import journal_entry
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util

from .conftest import act, assert_refused, stored_events
from .test_night_entries import entries
from .test_undo_entry import answer, log
from .test_websocket import token_of
from .users import async_user

TEN_PM = "2026-11-16T22:00:00+01:00"
ALCOHOL = {"kind": "factor", "time": "2026-11-16T21:00:00+00:00", "factor": "alcohol"}
COFFEE = {"kind": "caffeine", "time": "2026-11-16T21:45:00+00:00", "amount_mg": None}


async def remove(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    entry: dict[str, Any],
    user: MockUser | None = None,
) -> dict[str, Any]:
    """Remove exactly `entry` as a user (None: an automation); return what went."""
    removed: dict[str, Any] = (
        await answer(hass, loaded, "undo_last", user, entry=entry)
    )["removed"]
    return removed


def factors_on_disk(folder: Path, loaded: MockConfigEntry) -> list[str]:
    """Return the factors of the journal on disk, in logging order."""
    return [event["factor"] for event in stored_events(folder, loaded)]


async def test_the_entry_named_goes_not_another_at_the_same_time(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    files_on_disk: Path,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Alcohol and stress back-filled for 22:00: removing Alcohol removes Alcohol."""
    await log(hass, loaded, "log_factor", factor="alcohol", amount=2, when=TEN_PM)
    await log(hass, loaded, "log_factor", factor="stress", amount=3, when=TEN_PM)
    client = await hass_ws_client(hass)
    alcohol, stress = await entries(client, loaded)
    assert alcohol["factor"] == "alcohol"

    # As the panel sends it: the entry as listed, `removable` and all.
    assert await remove(hass, loaded, alcohol) == {**ALCOHOL, "amount": 2.0}

    assert factors_on_disk(files_on_disk, loaded) == ["stress"]
    assert await entries(client, loaded) == [stress]
    # `when` is the newest entry of that kind at that time, as its description says.
    await log(hass, loaded, "log_factor", factor="alcohol", amount=2, when=TEN_PM)
    await act(hass, loaded, "undo_last", kind="factor", when=TEN_PM)
    assert factors_on_disk(files_on_disk, loaded) == ["stress"]


async def test_a_local_time_and_a_number_written_differently_name_the_same_entry(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """An automation may write the time in the home's zone and 2 for 2.0."""
    await log(hass, loaded, "log_factor", factor="alcohol", amount=2, when=TEN_PM)
    removed = await remove(hass, loaded, {**ALCOHOL, "time": TEN_PM, "amount": 2})
    assert removed["factor"] == "alcohol"
    assert len(loaded.runtime_data.journal) == 0


async def test_identical_twins_go_one_at_a_time(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """Two entries alike in every public field: one goes, then the other, then none."""
    first = await log(hass, loaded, "log_twitch", when=TEN_PM)
    second = await log(hass, loaded, "log_twitch", when=TEN_PM)
    assert first == second
    assert await remove(hass, loaded, first) == first
    assert len(stored_events(files_on_disk, loaded)) == 1
    assert await remove(hass, loaded, first) == first
    assert stored_events(files_on_disk, loaded) == []
    with pytest.raises(ServiceValidationError) as err:
        await remove(hass, loaded, first)
    assert err.value.translation_key == "entry_not_found"
    assert "2026-11-16T22:00:00+01:00" in str(err.value)


async def test_a_guest_removes_their_own_twin_not_another_users(
    hass: HomeAssistant, loaded: MockConfigEntry, files_on_disk: Path
) -> None:
    """Twins logged by the guest and then by another user: the guest's own goes."""
    guest = await async_user(hass, "Guest")
    other = await async_user(hass, "Sam")
    own = await log(hass, loaded, "log_caffeine", guest, when=TEN_PM)
    await log(hass, loaded, "log_caffeine", other, when=TEN_PM)

    assert await remove(hass, loaded, own, guest) == own

    assert [event["user"] for event in stored_events(files_on_disk, loaded)] == [
        other.id
    ]
    with pytest.raises(ServiceValidationError) as err:
        await remove(hass, loaded, own, guest)
    assert err.value.translation_key == "entry_not_found_yours"
    assert "15 minutes" in str(err.value)
    assert len(stored_events(files_on_disk, loaded)) == 1


async def test_until_when_an_entry_may_go_comes_from_the_server(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A guest's Undo and Remove end 15 minutes after logging; the sleeper's never."""
    guest = await async_user(hass, "Guest")
    response = await answer(hass, loaded, "log_caffeine", guest, when=TEN_PM)
    deadline = dt_util.utcnow() + timedelta(minutes=15)
    assert response["removable_until"] == deadline.isoformat()
    assert (await answer(hass, loaded, "log_twitch"))["removable_until"] is None

    guest_client = await hass_ws_client(hass, await token_of(hass, guest))
    listed = await entries(guest_client, loaded)
    assert [(item["removable"], item["removable_until"]) for item in listed] == [
        (True, deadline.isoformat()),
        (False, None),
    ]
    admin_client = await hass_ws_client(hass)
    assert [
        item["removable_until"] for item in await entries(admin_client, loaded)
    ] == [
        None,
        None,
    ]
    freezer.tick(15 * 60 + 1)
    assert [item["removable"] for item in await entries(guest_client, loaded)] == [
        False,
        False,
    ]
    with pytest.raises(ServiceValidationError) as err:
        await remove(hass, loaded, listed[0], guest)
    assert err.value.translation_key == "entry_not_found_yours"


@pytest.mark.parametrize(
    ("entry", "translation_key"),
    [
        ("factor", "invalid_entry"),
        ([ALCOHOL], "invalid_entry"),
        (7, "invalid_entry"),
        (None, "invalid_entry"),
        ({}, "invalid_entry"),
        ({**COFFEE, "kind": "bedtime_snapshot"}, "invalid_entry"),
        ({**COFFEE, "kind": "experiment"}, "invalid_entry"),
        ({**COFFEE, "kind": "tea"}, "invalid_entry"),
        ({**COFFEE, "kind": ["caffeine"]}, "invalid_entry"),
        ({"kind": "caffeine", "amount_mg": None}, "invalid_entry"),
        ({**COFFEE, "time": "2026-11-16 22:45"}, "invalid_entry"),
        ({**COFFEE, "time": "yesterday"}, "invalid_entry"),
        ({**COFFEE, "time": "0001-01-01T00:00:00+14:00"}, "invalid_entry"),
        ({**COFFEE, "time": 1763329500}, "invalid_entry"),
        ({**COFFEE, "amount_mg": "95"}, "invalid_entry"),
        ({**COFFEE, "amount_mg": True}, "invalid_entry"),
        ({"kind": "caffeine", "time": COFFEE["time"]}, "invalid_entry"),
        ({**COFFEE, "note": "<b>guess</b>"}, "invalid_entry"),
        ({**COFFEE, "user": "someone"}, "invalid_entry"),
        ({**COFFEE, "logged_at": COFFEE["time"]}, "invalid_entry"),
        ({"kind": "factor", "time": COFFEE["time"], "amount": None}, "invalid_entry"),
        ({"kind": "twitch", "time": COFFEE["time"], "woke_up": 1}, "invalid_entry"),
        (
            {
                "kind": "twitch",
                "time": COFFEE["time"],
                "woke_up": False,
                "body_parts": "legs",
            },
            "invalid_entry",
        ),
        ({**COFFEE, "when": COFFEE["time"]}, "invalid_entry"),
        ({**COFFEE, "amount_mg": 95}, "entry_not_found"),
    ],
)
async def test_a_malformed_entry_is_refused_naming_the_field(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    files_on_disk: Path,
    entry: object,
    translation_key: str,
) -> None:
    """Not an entry a person logs: refused, translated, nothing removed."""
    await assert_refused(
        hass, loaded, files_on_disk, "undo_last", {"entry": entry}, translation_key
    )


@pytest.mark.parametrize("extra", [{"kind": "caffeine"}, {"when": COFFEE["time"]}])
async def test_an_entry_with_kind_or_when_is_refused(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    files_on_disk: Path,
    extra: dict[str, Any],
) -> None:
    """Two ways of naming an entry in one call are one too many."""
    await assert_refused(
        hass,
        loaded,
        files_on_disk,
        "undo_last",
        {"entry": COFFEE, **extra},
        "entry_with_kind_or_when",
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=6,
)
field_names = st.sampled_from(
    [
        *("kind", "time", "woke_up", "body_parts", "amount_mg", "intensity"),
        *("symptom", "factor", "amount", "duration_min", "note", "removable", "other"),
    ]
)
loggable = st.fixed_dictionaries(
    {"kind": st.sampled_from(["twitch", "caffeine", "factor", "calm_night", "x"])},
    optional={"time": st.sampled_from([COFFEE["time"], TEN_PM, "", "24:00"])},
)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    value=json_values
    | st.builds(
        lambda base, more: {**base, **more},
        loggable,
        st.dictionaries(field_names, json_values, max_size=4),
    )
)
def test_any_entry_is_read_as_an_event_or_refused(value: object) -> None:
    """Whatever arrives as `entry`, it is an event a person logs, or vol.Invalid."""
    try:
        event = journal_entry(value)
    except vol.Invalid:
        return
    assert event.kind in {"twitch", "caffeine", "factor", "calm_night"}
