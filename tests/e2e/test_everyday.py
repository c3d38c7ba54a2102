"""Everyday use in German with the dark theme, on a phone and a desktop: a mistake undone."""

from __future__ import annotations

from collections.abc import Callable
import json
import time
from typing import TYPE_CHECKING

from hass_client import HomeAssistantClient
import pytest

from .browser import DESKTOP, PHONE, SCREENSHOTS, logged_in_page, needs_chromium
from .conftest import ROOT, HassProcess
from .sleepers import DOMAIN, PANEL, call_ws, sleepers, tonight
from .test_panel import tonight_count
from .visible_words import english_words_shown

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

VIEWS = ("tonight", "nights", "what_helps", "doctor")
LOADING = json.loads((ROOT / "frontend/src/translations/de.json").read_text())[
    "panel.loading"
]


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
    """Wait until Home Assistant's answers meet a condition (asked again each 0.2 s)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"still not {what} after {timeout} s"
        time.sleep(0.2)


def entries(client: HomeAssistantClient, entry_id: str, kind: str) -> list[str]:
    """Return the times of tonight's entries of a kind, as the panel's list has them."""
    answer = call_ws(
        client,
        {
            "type": f"{DOMAIN}/night_entries",
            "entry_id": entry_id,
            "night": tonight().isoformat(),
        },
    )
    assert isinstance(answer, dict)
    return [entry["time"] for entry in answer["entries"] if entry["kind"] == kind]


def assert_all_german(page: Page, where: str) -> None:
    """Check that no visible text of the page holds an English word."""
    shown = english_words_shown(page)
    assert shown == [], f"English on {where}: {shown}"


@needs_chromium
def test_a_mistake_undone_and_an_entry_removed_in_german_dark(
    hass_process: HassProcess,
) -> None:
    """In German and dark, at 390 and 1280 px: undo a mistaken symptom, remove a twitch."""
    admin = hass_process.ensure_running()
    demo = sleepers(admin)["Demo"]
    call_ws(admin, {"type": "config/core/update", "language": "de"})
    try:
        for viewport, size in ((PHONE, "phone"), (DESKTOP, "desktop")):
            check_everyday_use(admin, demo, viewport, size)
    finally:
        call_ws(admin, {"type": "config/core/update", "language": "en"})


def check_everyday_use(
    admin: HomeAssistantClient, demo: str, viewport: dict[str, int], size: str
) -> None:
    """Run the visit of the test at one viewport size."""
    from playwright.sync_api import expect  # noqa: PLC0415

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    symptoms = entries(admin, demo, "symptom")
    with logged_in_page(
        admin, f"{PANEL}?sleeper={demo}", viewport=viewport, language="de", dark=True
    ) as page:
        expect(page.locator("#log-twitch")).to_be_visible(timeout=60_000)
        assert page.evaluate(
            "document.querySelector('home-assistant').hass.themes.darkMode"
        )
        assert_all_german(page, f"Tonight ({size})")

        # The intensity chosen on the dashboard is the panel's too, and the other way round.
        intensity = "select.demo_exercise_intensity"
        admin.call(
            "select", "select_option", {"entity_id": intensity, "option": "light"}
        )
        expect(page.locator("#log-exercise")).to_contain_text("Leicht")
        page.locator("#exercise-intensity").select_option("vigorous")
        wait_until(
            lambda: (admin.state(intensity) or {}).get("state") == "vigorous",
            "chosen in the panel",
        )

        # A symptom logged by mistake, and taken back where it was tapped.
        listed = page.locator("#tonight-entries stc-night-entries li.entry")
        symptoms_listed = listed.locator("xpath=self::*[@data-kind='symptom']")
        expect(symptoms_listed).to_have_count(len(symptoms))
        page.locator("#log-symptom").click()
        page.locator("#log-symptom-urge_to_move").click()
        undo = page.locator("stc-log-buttons #undo-log")
        expect(undo).to_be_visible()
        expect(symptoms_listed).to_have_count(len(symptoms) + 1)
        assert_all_german(page, f"Tonight after a log ({size})")
        page.screenshot(path=SCREENSHOTS / f"panel-undo-{size}.png")
        undo.click()
        expect(undo).to_have_count(0)
        expect(symptoms_listed).to_have_count(len(symptoms))
        assert_all_german(page, f"Tonight after undo ({size})")

        # A twitch from the bedside, removed from the night's details after a confirmation.
        before = tonight_count(admin, demo)
        logged = admin.call_for_response(
            DOMAIN, "log_twitch", {"config_entry_id": demo}
        )["logged"]["time"]
        page.locator('#view-tabs [role=tab][data-tab="nights"]').click()
        page.locator(f'.heatmap [data-night="{tonight().isoformat()}"]').click()
        details = page.locator("#night-details")
        entry = details.locator(
            f'stc-night-entries li.entry[data-kind="twitch"][data-time="{logged}"]'
        )
        entry.locator(".remove-entry").click()
        confirm = details.locator("#confirm-remove")
        expect(confirm).to_be_visible()
        assert_all_german(page, f"the confirmation ({size})")
        page.screenshot(path=SCREENSHOTS / f"panel-remove-{size}.png")
        confirm.click()
        expect(entry).to_have_count(0)
        wait_until(lambda: tonight_count(admin, demo) == before, "removed")
        page.screenshot(path=SCREENSHOTS / f"panel-calendar-{size}.png")

        for view in VIEWS:
            # Another view opens at its top, wherever the last one was scrolled to.
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.locator(f'#view-tabs [role=tab][data-tab="{view}"]').click()
            page.wait_for_function("window.scrollY === 0")
            expect(page.locator(f"#view[data-view={view}]")).to_be_visible()
            expect(page.locator("#view")).not_to_contain_text(LOADING)
            assert_all_german(page, f"{view} ({size})")
    # Asked once the browser is closed (its driver runs an event loop of its own).
    assert entries(admin, demo, "symptom") == symptoms
    assert logged not in entries(admin, demo, "twitch")
