"""The demo in a real browser: the dashboard, the blueprints, a reminder, the history graph."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from time import monotonic, sleep
from zoneinfo import ZoneInfo

import pytest

from .browser import SCREENSHOTS, logged_in_page, needs_chromium
from .conftest import HassProcess, ws_commands

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

SCREENSHOT = SCREENSHOTS / "dashboard.png"


@needs_chromium
def test_blueprints_and_a_reminder_in_the_demo(hass_process: HassProcess) -> None:
    """The Blueprints page lists the coach's seven; the evening routine's reminder is in the bell."""
    from playwright.sync_api import expect  # noqa: PLC0415

    client = hass_process.ensure_running()
    hass_process.run_evening_routine()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with logged_in_page(client, "/config/blueprint/dashboard") as page:
        for name in (
            "bedroom temperature",
            "bedside button",
            "doctor-visit alert",
            "evening routine",
            "morning check-in",
            "log by voice",
            "experiment ended",
        ):
            expect(page.get_by_text(f"Sleep Twitch Coach – {name}")).to_be_visible(
                timeout=60_000
            )
        page.screenshot(path=SCREENSHOTS / "blueprints.png")

        page.get_by_text("Notifications", exact=True).click()
        reminder = page.locator("notification-item", has_text="Time to wind down")
        expect(reminder).to_contain_text("hamstrings", timeout=30_000)
        # Wholly on screen: the drawer has finished sliding in.
        expect(reminder).to_be_in_viewport(ratio=1)
        page.screenshot(path=SCREENSHOTS / "notification.png")


@needs_chromium
def test_dashboard_twitch_button(hass_process: HassProcess) -> None:
    """Log in, open the Bedside dashboard, click the twitch button, see the count go up."""
    from playwright.sync_api import expect  # noqa: PLC0415

    client = hass_process.ensure_running()
    before = int(client.state("sensor.demo_twitches_tonight")["state"])  # type: ignore[index]
    with logged_in_page(client, "/sleep-coach/tonight") as page:
        count = page.locator("hui-generic-entity-row", has_text="Twitches tonight")
        expect(count).to_contain_text(str(before), timeout=60_000)
        page.locator("hui-button-card", has_text="Log twitch").click()
        expect(count).to_contain_text(str(before + 1))
        assert client.state("sensor.demo_twitches_tonight")["state"] == str(before + 1)  # type: ignore[index]

        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOT, full_page=True)
    assert SCREENSHOT.stat().st_size > 0


# A month of back-filled twitches: 0, 1 or 2 on each of the last 30 nights, at 23:10 and 02:10.
BACKFILLED_NIGHTS = 30


@needs_chromium
def test_twitch_history_in_a_statistics_graph(hass_process: HassProcess) -> None:
    """A back-filled month appears in the long-term statistics and in a statistics graph."""
    from playwright.sync_api import expect  # noqa: PLC0415

    client = hass_process.ensure_running()
    (entry,) = client.config_entries("sleep_twitch_coach")
    statistic = f"sleep_twitch_coach:twitches_{entry['entry_id'].lower()}"
    berlin = ZoneInfo("Europe/Berlin")
    today = datetime.now(UTC).astimezone(berlin).date()
    expected: dict[str, int] = {}
    for back in range(1, BACKFILLED_NIGHTS + 1):
        night = today - timedelta(days=back)
        for hour in ("23:10", "02:10")[: back % 3]:
            day = night if hour == "23:10" else night + timedelta(days=1)
            client.call(
                "sleep_twitch_coach",
                "log_twitch",
                {
                    "config_entry_id": entry["entry_id"],
                    "when": f"{day}T{hour}:00+01:00",
                },
            )
            expected[str(day)] = expected.get(str(day), 0) + 1
    # Statistics days are local days: up to today's midnight, before today's own twitches.
    start = datetime.combine(today - timedelta(days=BACKFILLED_NIGHTS), time(), berlin)
    end = datetime.combine(today, time(), berlin)
    query = {
        "type": "recorder/statistics_during_period",
        "start_time": start.isoformat(),
        "end_time": end.isoformat(),
        "statistic_ids": [statistic],
        "period": "day",
        "types": ["change"],
        "units": {},
    }
    # The recorder imports statistics from its queue: wait until it has done them all.
    deadline = monotonic() + 60
    while True:
        (days,) = asyncio.run(ws_commands(client.base_url, client.token or "", query))
        # The answer also has the day that starts at the end: today, with its own twitches.
        counted = sum(
            row["change"] or 0
            for row in days.get(statistic, [])
            if row["start"] < end.timestamp() * 1000
        )
        if counted == sum(expected.values()) or monotonic() > deadline:
            break
        sleep(0.5)
    assert counted == sum(expected.values())
    asyncio.run(
        ws_commands(
            client.base_url,
            client.token or "",
            {
                "type": "lovelace/dashboards/create",
                "url_path": "twitch-history",
                "title": "Twitch history",
                "mode": "storage",
                # Opened by its address: the sidebar of the other browser tests stays as
                # the demo's (the German one finds no English there).
                "show_in_sidebar": False,
            },
            {
                "type": "lovelace/config/save",
                "url_path": "twitch-history",
                "config": {
                    "views": [
                        {
                            "title": "History",
                            "cards": [
                                {
                                    "type": "statistics-graph",
                                    "title": "Twitches per night (back-filled month)",
                                    "entities": [
                                        {"entity": statistic, "name": "Twitches"}
                                    ],
                                    "period": "day",
                                    "chart_type": "bar",
                                    "stat_types": ["change"],
                                    "days_to_show": BACKFILLED_NIGHTS + 2,
                                }
                            ],
                        }
                    ]
                },
            },
        )
    )
    with logged_in_page(client, "/twitch-history/0") as page:
        chart = page.locator("hui-statistics-graph-card")
        expect(chart).to_be_visible(timeout=60_000)
        expect(chart).not_to_contain_text("No statistics found")
        expect(chart.locator("canvas, svg").first).to_be_visible(timeout=30_000)
        # The bars grow in: the screenshot is taken once two in a row are alike.
        shots = [chart.screenshot(), chart.screenshot()]
        deadline = monotonic() + 30
        while shots[-1] != shots[-2]:
            assert monotonic() < deadline, "the chart never stopped moving"
            shots.append(chart.screenshot())
        (SCREENSHOTS / "statistics.png").write_bytes(shots[-1])

    # Clearing the journal takes the month (and the doctor-visit alert it raised) away again,
    # and the statistic with it.
    client.call(
        "sleep_twitch_coach", "clear_history", {"config_entry_id": entry["entry_id"]}
    )
    deadline = monotonic() + 60
    while (
        asyncio.run(ws_commands(client.base_url, client.token or "", query))[0]
        and monotonic() < deadline
    ):
        sleep(0.5)
    assert asyncio.run(ws_commands(client.base_url, client.token or "", query)) == [{}]
