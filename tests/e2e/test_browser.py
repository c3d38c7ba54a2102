"""The dashboard in a real browser: log in, press the twitch button, see tonight's count."""

from __future__ import annotations

import contextlib
from pathlib import Path
import shutil

from hass_client import DEMO_PASSWORD, DEMO_USER
import pytest

from .conftest import ARTIFACTS, HassProcess

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

CHROMIUM = shutil.which("chromium")
SCREENSHOT = ARTIFACTS / "screenshots" / "dashboard.png"
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


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (scripts/setup needs apt-get as root); "
    "browser check skipped",
)
def test_dashboard_twitch_button(hass_process: HassProcess) -> None:
    """Log in, open the Sleep coach dashboard, click the twitch button, see the count go up."""
    from playwright.sync_api import (  # noqa: PLC0415
        TimeoutError as PlaywrightTimeoutError,
        expect,
        sync_playwright,
    )

    client = hass_process.client
    before = int(client.state("sensor.demo_twitches_tonight")["state"])  # type: ignore[index]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1280, "height": 1100})
        page.goto(f"{client.base_url}/sleep-coach/tonight")
        page.get_by_label("Username").fill(DEMO_USER)
        page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Log in").click()

        # A new Home Assistant asks to confirm the HTTP settings it started with.
        confirm = page.get_by_role("button", name="Confirm")
        with contextlib.suppress(PlaywrightTimeoutError):
            confirm.click(timeout=15_000)

        count = page.locator("hui-generic-entity-row", has_text="Twitches tonight")
        expect(count).to_contain_text(str(before), timeout=60_000)
        page.locator("hui-button-card", has_text="I twitched").click()
        expect(count).to_contain_text(str(before + 1))
        assert client.state("sensor.demo_twitches_tonight")["state"] == str(before + 1)  # type: ignore[index]

        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=Path(SCREENSHOT), full_page=True)
        browser.close()
    assert SCREENSHOT.stat().st_size > 0
