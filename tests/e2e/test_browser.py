"""The dashboard in a real browser: log in, press the twitch button, see tonight's count."""

from __future__ import annotations

from collections.abc import Iterator
import contextlib
import shutil
from typing import TYPE_CHECKING

from hass_client import DEMO_PASSWORD, DEMO_USER, HomeAssistantClient
import pytest

from .conftest import ARTIFACTS, HassProcess

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

CHROMIUM = shutil.which("chromium")
SCREENSHOTS = ARTIFACTS / "screenshots"
SCREENSHOT = SCREENSHOTS / "dashboard.png"
# Chromium as a well-behaved guest on a machine with no network but loopback.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (scripts/setup needs apt-get as root); "
    "browser check skipped",
)


@contextlib.contextmanager
def logged_in_page(client: HomeAssistantClient, path: str) -> Iterator[Page]:
    """Open `path` in Chromium as the demo user."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1280, "height": 1100})
        page.goto(f"{client.base_url}{path}")
        page.get_by_label("Username").fill(DEMO_USER)
        page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Log in").click()
        yield page
        browser.close()


@needs_chromium
def test_blueprints_and_a_reminder_in_the_demo(hass_process: HassProcess) -> None:
    """The Blueprints page lists the coach's six; the evening routine's reminder is in the bell."""
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
    """Log in, open the Sleep coach dashboard, click the twitch button, see the count go up."""
    from playwright.sync_api import expect  # noqa: PLC0415

    client = hass_process.ensure_running()
    before = int(client.state("sensor.demo_twitches_tonight")["state"])  # type: ignore[index]
    with logged_in_page(client, "/sleep-coach/tonight") as page:
        count = page.locator("hui-generic-entity-row", has_text="Twitches tonight")
        expect(count).to_contain_text(str(before), timeout=60_000)
        page.locator("hui-button-card", has_text="I twitched").click()
        expect(count).to_contain_text(str(before + 1))
        assert client.state("sensor.demo_twitches_tonight")["state"] == str(before + 1)  # type: ignore[index]

        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOT, full_page=True)
    assert SCREENSHOT.stat().st_size > 0
