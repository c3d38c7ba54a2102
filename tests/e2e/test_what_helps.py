"""What helps in Chromium, against a real Home Assistant: factors, verdicts, an experiment, print."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
import math
import random
import re
from typing import Any

from hass_client import HomeAssistantClient
import pytest

from .browser import PRINT_RECORDER, SCREENSHOTS, logged_in_page, needs_chromium
from .conftest import READER, HassProcess, guest_client
from .sleepers import (
    BERLIN,
    DOMAIN,
    PANEL,
    add_sleeper,
    call_ws,
    remove_sleeper,
    tonight,
)

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

HELPS = "Helps"
BACKFILLED_NIGHTS = 60


def backfill(client: HomeAssistantClient, entry_id: str, last: date) -> None:
    """Log 60 nights before `last` through the actions, as a sleeper back-fills a diary.

    Alcohol goes with twitch nights and relaxation with calm ones; stress comes and goes with
    neither. A twitch-free night gets the morning check-in's "No"; every ninth night nothing
    is logged at all (not recorded).
    """
    pick = random.Random(23)

    def log(service: str, night: date, clock: time, **data: Any) -> None:
        day = night + timedelta(days=1) if clock < time(12) else night
        when = datetime.combine(day, clock, BERLIN).isoformat()
        client.call(
            DOMAIN, service, {"config_entry_id": entry_id, "when": when, **data}
        )

    for back in range(BACKFILLED_NIGHTS, 0, -1):
        night = last - timedelta(days=back)
        alcohol, relaxation, stress = (
            pick.random() < share for share in (0.5, 0.4, 0.3)
        )
        chance = 0.45 + (0.45 if alcohol else 0) - (0.4 if relaxation else 0)
        twitches = pick.random() < chance
        if back % 9 == 4:
            continue
        if stress:
            log(
                "log_factor",
                night,
                time(18),
                factor="stress",
                amount=pick.randint(1, 3),
            )
        if alcohol:
            log(
                "log_factor",
                night,
                time(20),
                factor="alcohol",
                amount=pick.randint(1, 3),
            )
        if relaxation:
            log("log_factor", night, time(21, 30), factor="relaxation")
        if twitches:
            log("log_twitch", night, time(23, 40))
        else:
            log("log_calm_night", night, time(7, 30))


def report(client: HomeAssistantClient, entry_id: str) -> dict[str, Any]:
    """Return the sleeper's report with its comparisons over the panel's default 90 nights."""
    answer = call_ws(
        client, {"type": f"{DOMAIN}/report", "entry_id": entry_id, "nights": 1}
    )
    assert isinstance(answer, dict)
    return answer


def comparison(answer: dict[str, Any], factor: str) -> dict[str, Any]:
    """Return one factor's comparison from a report."""
    (found,) = (item for item in answer["factors"] if item["factor"] == factor)
    return found


def points(value: float) -> str:
    """Return a difference in whole percentage points with its sign, as the panel does."""
    rounded = math.floor(value * 100 + 0.5)
    return f"+{rounded}" if rounded > 0 else str(rounded)


@needs_chromium
def test_a_factor_and_an_experiment_from_the_panel_reach_the_printed_report(
    hass_process: HassProcess,
) -> None:
    """Log factors on Tonight, read the verdicts, start an experiment, print: all are there."""
    client = hass_process.ensure_running()
    entry_id = add_sleeper(client, HELPS)
    try:
        backfill(client, entry_id, tonight())
        check_what_helps(hass_process, entry_id)
    finally:
        remove_sleeper(hass_process.ensure_running(), HELPS)


def check_what_helps(hass_process: HassProcess, entry_id: str) -> None:
    """Run the administrator's and the reader's visits (see the test)."""
    from playwright.sync_api import expect  # noqa: PLC0415

    admin = hass_process.client
    night = tonight().isoformat()
    before = report(admin, entry_id)
    alcohol = comparison(before, "alcohol")
    assert alcohol["verdict"] == "linked", alcohol
    assert comparison(before, "relaxation")["verdict"] == "seems_to_help"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    with logged_in_page(admin, f"{PANEL}?sleeper={entry_id}") as page:
        # A chip without an amount logs at once; one with an amount asks how much first.
        chips = page.locator("stc-factor-chips")
        relaxation = chips.locator("button.chip[data-factor=relaxation]")
        expect(relaxation).to_have_attribute("aria-pressed", "false", timeout=60_000)
        expect(relaxation).to_be_enabled()
        relaxation.click()
        expect(relaxation).to_have_attribute("aria-pressed", "true")
        drinks = chips.locator("button.chip[data-factor=alcohol]")
        drinks.click()
        chips.locator('.amounts button.choice[data-amount="2"]').click()
        expect(drinks).to_have_attribute("aria-pressed", "true")
        expect(drinks.locator(".amount")).to_have_text("2 drinks")
        expect(chips.locator(".amounts")).to_have_count(0)

        # Tonight's drinks count in the comparison at once; alcohol still goes with twitches.
        page.locator('#view-tabs [role=tab][data-tab="what_helps"]').click()
        row = page.locator("#view[data-view=what_helps] li.factor[data-factor=alcohol]")
        expect(row).to_have_attribute("data-verdict", "linked", timeout=30_000)
        expect(row.locator(".verdict")).to_have_text("Goes with more twitch nights")
        expect(row.locator("stc-comparison-bars svg g.interval")).to_be_visible()
        expect(row.locator(".interval-text")).to_have_text(
            re.compile(
                r"^Difference: \+\d+ points, 95 % interval [+-]?\d+ to [+-]?\d+$"
            )
        )
        helps = page.locator(
            "#view[data-view=what_helps] li.factor[data-factor=relaxation]"
        )
        expect(helps.locator(".verdict")).to_have_text("Seems to help")
        page.screenshot(path=SCREENSHOTS / "panel-what-helps.png", full_page=True)
        shown = {
            "interval": row.locator(".interval-text").inner_text(),
            "counts": row.locator("svg").get_attribute("aria-label"),
        }

        try_it = row.locator("button.try[data-keep=avoid]")
        expect(try_it).to_have_text("Try avoiding this for 14 nights")
        try_it.click()
        card = page.locator(
            "#view[data-view=what_helps] stc-experiment-card#experiment"
        )
        expect(card.locator("section.running")).to_be_visible()
        expect(card.locator(".change")).to_have_text("Avoid: Alcohol")
        expect(card.locator("#experiment-night")).to_have_text("Night 1 of 14")
        expect(card.locator("#experiment-stop")).to_be_visible()
        # One experiment at a time: no row offers another.
        expect(page.locator("#view[data-view=what_helps] button.try")).to_have_count(0)
        expect(page.locator("#one-at-a-time")).to_be_visible()
        card.screenshot(path=SCREENSHOTS / "panel-experiment-running.png")

        # The printed report has tonight's factors in its row, the comparisons, and the
        # running experiment.
        page.locator('#view-tabs [role=tab][data-tab="doctor"]').click()
        expect(page.locator(f'#report tr[data-night="{night}"]')).to_be_visible(
            timeout=30_000
        )
        page.context.add_init_script(PRINT_RECORDER)
        with page.expect_popup() as popup:
            page.locator("#print").click()
        document = popup.value
        document.wait_for_function("window.printRequests > 0")
        factors = document.locator(
            f'tr[data-night="{night}"] td[data-column="factors"]'
        )
        expect(factors).to_contain_text("Alcohol")
        expect(factors).to_contain_text("Relaxation")
        printed_factors = document.locator("section[data-section=factors]")
        printed_experiments = document.locator("section[data-section=experiments]")
        printed = {
            "factors": " ".join(printed_factors.inner_text().split()),
            "experiments": " ".join(printed_experiments.inner_text().split()),
        }

    after = comparison(report(admin, entry_id), "alcohol")
    # Tonight is one more recorded night with alcohol, and the panel showed its figures.
    assert after["nights_with"] == alcohol["nights_with"] + 1
    assert after["verdict"] == "linked"
    low, high = after["interval"]
    assert shown["interval"] == (
        f"Difference: {points(after['difference'])} points, "
        f"95 % interval {points(low)} to {points(high)}"
    )
    assert shown["counts"] is not None
    assert shown["counts"].startswith(
        f"With: {after['twitch_nights_with']} of {after['nights_with']} nights"
    )
    assert (
        f"Alcohol: {after['twitch_nights_with']} of {after['nights_with']} nights "
        f"with it had twitches, {after['twitch_nights_without']} of "
        f"{after['nights_without']} without ({points(after['difference'])} points, "
        f"95 % interval {points(low)} to {points(high)}): goes with more twitch nights."
    ) in printed["factors"]
    assert "Relaxation: " in printed["factors"]
    assert "seems to help" in printed["factors"]
    assert re.search(
        r"Avoid: Alcohol, since night \d{4}-\d\d-\d\d: \d+ of 14 nights, kept on \d+ of "
        r"\d+ recorded nights\.",
        printed["experiments"],
    ), printed["experiments"]

    check_the_reader(hass_process, entry_id)


def check_the_reader(hass_process: HassProcess, entry_id: str) -> None:
    """Home Assistant's Read Only group sees tonight's factors and the verdicts, and changes nothing."""
    from playwright.sync_api import expect  # noqa: PLC0415

    reader = guest_client(hass_process, READER, "system-read-only")
    with logged_in_page(reader, f"{PANEL}?sleeper={entry_id}", READER) as page:
        expect(page.locator("#read-only")).to_be_visible(timeout=60_000)
        # Tonight's factors show as they were logged, and no chip can be pressed.
        chips = page.locator("stc-factor-chips button.chip")
        expect(chips.and_(page.locator("[aria-pressed=true]"))).to_have_count(2)
        expect(chips.and_(page.locator("[data-factor=alcohol]"))).to_contain_text(
            "2 drinks"
        )
        assert chips.evaluate_all(
            "(chips) => chips.length > 0 && chips.every((chip) => chip.disabled)"
        )
        expect(page.locator("#log-calm-night")).to_be_disabled()
        card = page.locator("stc-experiment-card#experiment")
        expect(card.locator(".change")).to_have_text("Avoid: Alcohol")
        expect(card.locator("#experiment-stop")).to_have_count(0)

        page.locator('#view-tabs [role=tab][data-tab="what_helps"]').click()
        view = page.locator("#view[data-view=what_helps]")
        row = view.locator("li.factor[data-factor=alcohol]")
        expect(row.locator(".verdict")).to_have_text(
            "Goes with more twitch nights", timeout=30_000
        )
        expect(row.locator(".interval-text")).to_be_visible()
        expect(view.locator("stc-experiment-card#experiment .change")).to_have_text(
            "Avoid: Alcohol"
        )
        expect(view.locator("button.try, button.try-change")).to_have_count(0)
        expect(view.locator("#experiment-stop")).to_have_count(0)
        expect(view.locator("#one-at-a-time")).to_have_count(0)
