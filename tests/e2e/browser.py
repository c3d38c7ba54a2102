"""Chromium, logged in to the demo Home Assistant: what the browser tests share."""

from __future__ import annotations

from collections.abc import Iterator
import contextlib
import shutil
from typing import TYPE_CHECKING

from hass_client import DEMO_PASSWORD, DEMO_USER, HomeAssistantClient
import pytest

from .conftest import ARTIFACTS

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = shutil.which("chromium")
SCREENSHOTS = ARTIFACTS / "screenshots"
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
DESKTOP = {"width": 1280, "height": 1100}
PHONE = {"width": 390, "height": 844}
# The login form's labels (username, password, button) in the languages the tests use.
LOGIN_LABELS = {
    "en": ("Username", "Password", "Log in"),
    "de": ("Benutzername", "Passwort", "Anmelden"),
}
# Stands in for window.print in every document before its own scripts run: headless Chromium
# never finishes a page's own print(), and a PDF cannot be made while it runs.
PRINT_RECORDER = (
    "window.printRequests = 0;window.print = () => { window.printRequests += 1; };"
)

# Home Assistant's launch screen covers a page until its frontend has started, then fades out
# and is removed.
LAUNCHED = "!document.getElementById('ha-launch-screen')"

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (scripts/setup needs apt-get as root); "
    "browser check skipped",
)


@contextlib.contextmanager
def logged_in_page(
    client: HomeAssistantClient,
    path: str,
    user: tuple[str, str] = (DEMO_USER, DEMO_PASSWORD),
    viewport: dict[str, int] | None = None,
    language: str = "en",
    dark: bool = False,
) -> Iterator[Page]:
    """Open `path` in Chromium as a user (the demo user unless told).

    The browser's language is Home Assistant's frontend language for a user who chose none,
    and its colour scheme picks the default theme's light or dark mode.
    """
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        # A user in the demo's time zone, so that times read as the demo's clock.
        page = browser.new_page(
            viewport=viewport or DESKTOP,
            accept_downloads=True,
            timezone_id="Europe/Berlin",
            locale=language,
            color_scheme="dark" if dark else "light",
        )
        username, password, log_in = LOGIN_LABELS[language]
        page.goto(f"{client.base_url}{path}")
        page.get_by_label(username).fill(user[0])
        page.get_by_label(password, exact=True).fill(user[1])
        page.get_by_role("button", name=log_in).click()
        wait_until_launched(page)
        yield page
        browser.close()


def wait_until_launched(page: Page) -> None:
    """Wait until a page of Home Assistant's frontend is past its login and launch screen."""
    page.wait_for_url(lambda url: "/auth/" not in url, timeout=60_000)
    page.wait_for_function(LAUNCHED, timeout=60_000)
