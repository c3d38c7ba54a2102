"""A night measured on both legs, in the demo's real Home Assistant: in bed, asleep, up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time as clock, timedelta
import time
from typing import Any

from hass_client import HomeAssistantClient
import pytest

from .conftest import HassProcess
from .sleepers import BERLIN, sleepers, tonight

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

LMS = "sensor.demo_leg_movements_tonight"
PLMS = "sensor.demo_periodic_leg_movements_tonight"
PLMI = "sensor.demo_plm_index_last_night"
GOT_UP = "sensor.demo_got_up"
# The night ends (its wake time) this long after the test starts.
NIGHT_LENGTH = timedelta(seconds=90)


def switch(client: HomeAssistantClient, name: str, on: bool) -> None:
    """Turn one of the demo's input_booleans on or off."""
    client.call(
        "input_boolean",
        "turn_on" if on else "turn_off",
        {"entity_id": f"input_boolean.{name}"},
    )


def wait_until(what: str, check: Callable[[], bool], timeout: float = 60) -> None:
    """Wait until `check` holds."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"{what} never happened"
        time.sleep(0.2)


def state(client: HomeAssistantClient, entity_id: str) -> dict[str, Any]:
    """Return an entity's state object."""
    current = client.state(entity_id)
    assert current is not None, entity_id
    return current


def counting(client: HomeAssistantClient) -> bool:
    """Return whether tonight's leg movements are counted (not unavailable)."""
    return str(state(client, LMS)["state"]).isdigit()


def a_short_night(client: HomeAssistantClient, entry_id: str) -> datetime:
    """Set the demo's wake time a little ahead; return that moment.

    Nights run noon to noon: a wake time just past noon would be the next night's.
    """
    now = datetime.now(UTC).astimezone(BERLIN)
    if clock(11, 50) <= now.time() <= clock(12, 5):
        time.sleep((now.replace(hour=12, minute=5, second=1) - now).total_seconds())
        now = datetime.now(UTC).astimezone(BERLIN)
    wake = (now + NIGHT_LENGTH).replace(microsecond=0)
    result = client.set_options(entry_id, {"wake_time": wake.time().isoformat()})
    assert result["type"] == "create_entry", result
    return wake


def test_a_night_on_both_legs(hass_process: HassProcess) -> None:
    """Four movements of both legs at once count four times, not eight, and form a series.

    The sleeper goes to bed, falls asleep, moves both legs (the right starting 0.3 s after the
    left, overlapping it) every 11 s, gets up, and after the wake time last night's figures
    show each leg's count, the periodicity and the time asleep; a restart keeps them.
    """
    client = hass_process.ensure_running()
    entry_id = sleepers(client)["Demo"]
    for name in ("left_leg_moving", "right_leg_moving", "in_bed", "asleep"):
        switch(client, name, False)
    wake = a_short_night(client, entry_id)
    try:
        # The new wake time reloaded the sleeper.
        wait_until("the sleeper set up again", lambda: counting(client))
        # Other tests may have moved the left leg tonight already.
        before = int(state(client, LMS)["state"])
        periodic_before = int(state(client, PLMS)["state"])
        switch(client, "in_bed", True)
        switch(client, "asleep", True)
        start = time.monotonic()
        for index in range(4):
            time.sleep(max(0.0, start + index * 11 - time.monotonic()))
            switch(client, "left_leg_moving", True)
            time.sleep(0.3)
            switch(client, "right_leg_moving", True)
            time.sleep(0.6)
            switch(client, "left_leg_moving", False)
            time.sleep(0.3)
            switch(client, "right_leg_moving", False)
        wait_until(
            "four movements of both legs",
            lambda: state(client, LMS)["state"] == str(before + 4),
        )
        # Eight on→offs, four movements: a series of its own (the earlier ones are far).
        assert state(client, PLMS)["state"] == str(periodic_before + 4)
        switch(client, "asleep", False)
        switch(client, "in_bed", False)
        up = datetime.now(UTC)
        time.sleep(max(0.0, (wake - datetime.now(UTC)).total_seconds()))
        night = tonight().isoformat()
        wait_until(
            "last night's figures",
            lambda: state(client, PLMI)["attributes"].get("night") == night,
        )
        figures = state(client, PLMI)["attributes"]
        assert figures["limb_movements"] == before + 4
        assert figures["right_leg_movements"] == 4
        assert figures["left_leg_movements"] == before + 4
        assert figures["periodic_limb_movements"] == periodic_before + 4
        # Three intervals of 11 s in a row are periodic.
        assert figures["periodicity_index"] > 0
        # Asleep for about 40 s: the four periodic movements began asleep.
        assert figures["time_asleep_min"] in (0, 1)
        assert figures["plms_index"] > 0
        got_up = datetime.fromisoformat(state(client, GOT_UP)["state"])
        assert abs((got_up - up).total_seconds()) < 5

        assert hass_process.stop() == 0
        hass_process.start()
        client.login()
        hass_process.wait_for(PLMI)
        wait_until(
            "last night's figures after a restart",
            lambda: state(client, PLMI)["attributes"] == figures,
        )
    finally:
        hass_process.ensure_running()
        client.set_options(entry_id, {"wake_time": "07:00:00"})
