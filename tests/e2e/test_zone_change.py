"""Home Assistant moved to another time zone: every twitch stays on disk exactly once.

A real Home Assistant process, its configuration edited while it is stopped, as a person moving
from Berlin to New York would; the twitch logged at 13:00 on the 1st in Berlin belongs to the
night before in New York.
"""

from __future__ import annotations

from collections.abc import Generator
import contextlib
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from .conftest import HassProcess
from .test_trust import DOMAIN, entry_id, twitches_on_disk

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"


def first_of_month(months_back: int) -> date:
    """Return the first day of a month before this one."""
    day = date.today().replace(day=1)
    for _ in range(months_back):
        day = (day - timedelta(days=1)).replace(day=1)
    return day


def at(day: date, clock: time, zone: str) -> str:
    """Return a local time in a zone, as the actions take it."""
    return datetime.combine(day, clock, tzinfo=ZoneInfo(zone)).isoformat()


def set_zone(hass: HassProcess, zone: str) -> None:
    """Stop Home Assistant and set its time zone in configuration.yaml."""
    assert hass.stop() == 0
    configuration = hass.config_dir / "configuration.yaml"
    lines = configuration.read_text().splitlines()
    configuration.write_text(
        "\n".join(
            f"  time_zone: {zone}" if line.startswith("  time_zone:") else line
            for line in lines
        )
        + "\n"
    )


@contextlib.contextmanager
def moved_to(hass: HassProcess, zone: str) -> Generator[None]:
    """Run Home Assistant in another zone; back in Berlin afterwards (started by the next)."""
    set_zone(hass, zone)
    try:
        hass.ensure_running()
        assert hass.client.request("GET", "/api/config")["time_zone"] == zone
        yield
    finally:
        if hass.process and hass.process.poll() is None:
            set_zone(hass, BERLIN)


def restart(hass: HassProcess) -> None:
    """Stop Home Assistant gracefully and start it again."""
    assert hass.stop() == 0
    hass.ensure_running()


@pytest.mark.parametrize(
    "back_fill",
    [
        # The month the twitch was kept in, whose night moved out of it.
        pytest.param((1, 10), id="into_the_twitchs_old_month"),
        # The month the twitch's night moved into.
        pytest.param((2, 20), id="into_the_month_before"),
        pytest.param((3, 20), id="into_an_older_month"),
    ],
)
def test_a_zone_change_never_loses_or_doubles_a_twitch(
    hass_process: HassProcess, back_fill: tuple[int, int]
) -> None:
    """Logged in Berlin, back-filled in New York, restarted twice: each twitch once on disk."""
    client = hass_process.ensure_running()
    entry = entry_id(client)
    before = twitches_on_disk(hass_process, entry)
    month_before = first_of_month(1)

    def log(when: str) -> None:
        client.call(DOMAIN, "log_twitch", {"config_entry_id": entry, "when": when})

    log(at(month_before, time(13), BERLIN))
    log(at(month_before.replace(day=15), time(23), BERLIN))
    months_back, day = back_fill
    into = first_of_month(months_back).replace(day=day)
    with moved_to(hass_process, NEW_YORK):
        log(at(into, time(23), NEW_YORK))
        assert twitches_on_disk(hass_process, entry) == before + 3
        restart(hass_process)
        assert twitches_on_disk(hass_process, entry) == before + 3
        # Each restart and write again: still each twitch once.
        log(at(into, time(22), NEW_YORK))
        restart(hass_process)
        assert twitches_on_disk(hass_process, entry) == before + 4
    hass_process.ensure_running()
    assert twitches_on_disk(hass_process, entry) == before + 4
