"""The Sleep coach panel in Chromium, against a real Home Assistant: guest, admin, print."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
import io
import json
import random
import re

from hass_client import HomeAssistantClient
import pytest

from .browser import (
    PRINT_RECORDER,
    SCREENSHOTS,
    logged_in_page,
    needs_chromium,
    wait_until_launched,
)
from .conftest import ARTIFACTS, GUEST, READER, HassProcess, guest_client
from .report_pages import (
    Headings,
    assert_fits_a4,
    assert_nights_on_one_line,
    check_markdown_card,
)
from .sleepers import BERLIN, DOMAIN, PANEL, add_sleeper, call_ws, sleepers, tonight

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

NOTE = "calf cramp after the long walk"
NOT_MEDICAL_ADVICE = "This report is not medical advice."
# The second sleeper keeps two years of nights: the heat map is measured against it.
ARCHIVE = "Archive"
ARCHIVE_NIGHTS = 730
PAINTED = "sleep-twitch-coach:heatmap-painted"
CONNECTED = "sleep-twitch-coach:panel-connected"
# Archive's experiment: 14 nights without late coffee, the first of them 30 nights ago.
EXPERIMENT_FIRST = 30
EXPERIMENT_NIGHTS = 14
# Archive's weekend away, in nights before tonight: nothing logged.
AWAY = (2, 3)
# What makes a night recorded: an event its sleeper logged (the design's "What helps").
PERSON_LOGGED = {
    "twitch",
    "calm_night",
    "caffeine",
    "exercise",
    "symptom",
    "factor",
    "routine_step",
}


def archive_events(last: date) -> list[dict[str, object]]:
    """Return two years of nights up to `last`: twitches on most, some late coffee.

    The sleeper answered the morning check-in's "No" after most calm nights; the other calm
    nights have only the bedroom's reading at bedtime, which records nothing of the sleeper.
    A month ago they kept off late coffee for 14 nights, and twitched on few of them; on a
    weekend away, two and three nights ago, they logged nothing.
    """
    pick = random.Random(14)
    events: list[dict[str, object]] = []
    for back in range(ARCHIVE_NIGHTS - 1, 0, -1):
        night = last - timedelta(days=back)
        evening = datetime.combine(night, time(22, 30), BERLIN)
        trying = EXPERIMENT_FIRST - EXPERIMENT_NIGHTS < back <= EXPERIMENT_FIRST
        if back == EXPERIMENT_FIRST:
            ended = night + timedelta(days=EXPERIMENT_NIGHTS)
            events.append(
                {
                    "kind": "experiment",
                    "time": datetime.combine(night, time(20), BERLIN).isoformat(),
                    "change": "caffeine_after_cutoff",
                    "keep": "avoid",
                    "nights": EXPERIMENT_NIGHTS,
                    # It ends as the night after its last begins.
                    "ended": datetime.combine(ended, time(12), BERLIN).isoformat(),
                }
            )
        events.append(
            {
                "kind": "bedtime_snapshot",
                "time": evening.isoformat(),
                "temperature_c": round(17 + 3 * pick.random(), 1),
            }
        )
        logged: list[dict[str, object]] = []
        if pick.random() < 0.3 and not trying:
            coffee = datetime.combine(night, time(16), BERLIN)
            logged.append({"kind": "caffeine", "time": coffee.isoformat()})
        twitches = pick.choice((0, 0, 0, 0, 0, 1) if trying else (0, 0, 1, 1, 2, 3))
        logged.extend(
            {
                "kind": "twitch",
                "time": (evening + timedelta(minutes=40 + 90 * number)).isoformat(),
                "woke_up": number == 2,
            }
            for number in range(twitches)
        )
        if not twitches and (trying or pick.random() < 0.7):
            morning = datetime.combine(night + timedelta(days=1), time(7, 30), BERLIN)
            logged.append({"kind": "calm_night", "time": morning.isoformat()})
        if back not in AWAY:
            events.extend(logged)
    return events


def recorded_nights(events: list[dict[str, object]]) -> set[str]:
    """Return the nights with an event a person logged (not the bedroom's reading)."""
    return {
        (datetime.fromisoformat(str(event["time"])) - timedelta(hours=12))
        .date()
        .isoformat()
        for event in events
        if event["kind"] in PERSON_LOGGED
    }


def archive(hass: HassProcess) -> tuple[str, set[str]]:
    """Add the sleeper Archive with two years of nights; return its entry id and recorded nights.

    The journal file is written while Home Assistant is stopped, as a restore from a backup
    would leave it, and read at the next start.
    """
    client = hass.ensure_running()
    entry_id = add_sleeper(client, ARCHIVE)
    assert hass.stop() == 0
    key = f"{DOMAIN}.{entry_id}"
    events = archive_events(tonight())
    (hass.config_dir / ".storage" / key).write_text(
        json.dumps(
            {
                "version": 1,
                "minor_version": 1,
                "key": key,
                "data": {"events": events},
            }
        )
    )
    hass.ensure_running()
    return entry_id, recorded_nights(events)


@needs_chromium
def test_the_panel_as_a_guest_and_as_an_administrator(
    hass_process: HassProcess,
) -> None:
    """A guest sees both sleepers but no note; the admin logs, watches the map, prints."""
    archive_id, archive_recorded = archive(hass_process)
    try:
        check_the_panel(hass_process, archive_id, archive_recorded)
    finally:
        # The other process tests expect the demo's one sleeper (and no alert for Archive).
        client = hass_process.ensure_running()
        if ARCHIVE in sleepers(client):
            client.request("DELETE", f"/api/config/config_entries/entry/{archive_id}")


def check_the_panel(
    hass_process: HassProcess, archive_id: str, archive_recorded: set[str]
) -> None:
    """Run the guest's and the administrator's visits (see the test)."""
    from playwright.sync_api import expect  # noqa: PLC0415
    from pypdf import PdfReader  # noqa: PLC0415

    admin = hass_process.ensure_running()
    logs_before = log_sizes(hass_process)
    demo = sleepers(admin)["Demo"]
    night = tonight().isoformat()
    for sleeper in (demo, archive_id):
        admin.call(DOMAIN, "log_twitch", {"config_entry_id": sleeper, "note": NOTE})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    guest = guest_client(hass_process)
    with logged_in_page(guest, f"{PANEL}?sleeper={demo}&view=doctor", GUEST) as page:
        tabs = page.locator("#sleeper-tabs [role=tab]")
        expect(tabs).to_have_count(2, timeout=60_000)
        expect(tabs.nth(0)).to_have_text(ARCHIVE)
        report = page.locator("#report")
        expect(report.locator(f'tr[data-night="{night}"]')).to_be_visible(
            timeout=30_000
        )
        expect(report).to_contain_text(NOT_MEDICAL_ADVICE)
        expect(report).not_to_contain_text(NOTE)
        page.screenshot(path=SCREENSHOTS / "panel-doctor-guest.png", full_page=True)

    # Home Assistant's Read Only group: the figures, and no control that writes.
    reader = guest_client(hass_process, READER, "system-read-only")
    with logged_in_page(reader, f"{PANEL}?sleeper={demo}", READER) as page:
        expect(page.locator("#read-only")).to_be_visible(timeout=60_000)
        expect(page.locator("#twitches-tonight")).to_have_text(
            str(tonight_count(admin, demo))
        )
        expect(page.locator("#log-twitch")).to_have_count(0)
        expect(
            page.locator("stc-wind-down input[type=checkbox]").first
        ).to_be_disabled()

    # Asked before the browser opens (its driver runs an event loop of its own).
    demo_report = call_ws(
        admin, {"type": f"{DOMAIN}/report", "entry_id": demo, "nights": 1}
    )
    assert isinstance(demo_report, dict)
    with logged_in_page(admin, f"{PANEL}?sleeper={demo}") as page:
        count = page.locator("#twitches-tonight")
        expect(count).to_have_text(
            str(before := tonight_count(admin, demo)), timeout=60_000
        )
        page.locator("#log-twitch").click()
        expect(count).to_have_text(str(before + 1))
        page.screenshot(path=SCREENSHOTS / "panel-tonight.png", full_page=True)

        page.locator('#view-tabs [role=tab][data-tab="nights"]').click()
        cell = page.locator(f'.heatmap [data-night="{night}"]')
        expect(cell).to_have_attribute("data-count", str(before + 1), timeout=30_000)
        # Logged elsewhere (the bedside button, say): the open map follows, no reload.
        admin.call(DOMAIN, "log_twitch", {"config_entry_id": demo, "woke_up": True})
        expect(cell).to_have_attribute("data-count", str(before + 2))
        cell.click()
        expect(page.locator("#night-details")).to_have_attribute("data-night", night)
        expect(cell).to_have_attribute("data-recorded", "true")
        page.screenshot(path=SCREENSHOTS / "panel-nights.png", full_page=True)
        # Demo was added when this run began (with at most a month back-filled since): the
        # map's first night, 26 weeks ago, is before the journal began. It is not recorded,
        # not a calm night: no count, and nothing known when picked.
        first = page.locator(".heatmap [data-night]").first
        expect(first).to_have_attribute("data-recorded", "false")
        expect(first).not_to_have_attribute("data-count", re.compile(".*"))
        expect(first).to_have_attribute("aria-label", re.compile(": not recorded$"))
        first.click()
        details = page.locator("#night-details")
        expect(details).to_have_attribute(
            "data-night", first.get_attribute("data-night") or ""
        )
        expect(details.locator('[data-field="no_data"]')).to_have_text(
            "Not recorded: nothing is known of this night."
        )
        expect(details).not_to_contain_text("twitch", ignore_case=True)
        page.screenshot(path=SCREENSHOTS / "panel-nights-not-recorded.png")

        # Demo's recorded nights have twitches and no factor: every comparison waits for more.
        page.locator('#view-tabs [role=tab][data-tab="what_helps"]').click()
        factors = page.locator("#view[data-view=what_helps] li.factor")
        expect(factors).to_have_count(len(demo_report["factors"]))
        expect(factors.locator(".not-enough")).to_have_count(
            len(demo_report["factors"])
        )
        expect(factors.locator("stc-comparison-bars")).to_have_count(0)

        # The report starts when the journal does: Archive's goes back two years.
        page.locator(f'#sleeper-tabs [role=tab][data-tab="{archive_id}"]').click()
        page.locator('#view-tabs [role=tab][data-tab="doctor"]').click()
        page.locator("#range-30").click()
        report = page.locator("#report")
        expect(report).to_contain_text(NOTE, timeout=30_000)
        page.screenshot(path=SCREENSHOTS / "panel-doctor.png", full_page=True)

        with page.expect_download() as download:
            page.locator("#download-csv").click()
        assert download.value.suggested_filename.endswith(f"-{night}.csv")
        csv_text = download.value.path().read_text()
        assert csv_text.startswith('"night","time","kind",')
        assert NOTE in csv_text

        # Headless Chromium never finishes a page's own print(), and a PDF cannot be made
        # while it runs: every document of this browser records the request instead.
        page.context.add_init_script(PRINT_RECORDER)
        with page.expect_popup() as popup:
            page.locator("#print").click()
        document = popup.value
        document.wait_for_function("window.printRequests > 0")
        pdf = PdfReader(io.BytesIO(document.pdf(format="A4")))
        text = " ".join(sheet.extract_text() for sheet in pdf.pages)
        width, height = pdf.pages[0].mediabox.width, pdf.pages[0].mediabox.height
        # A4 is 595.3 × 841.9 points; Chromium rounds the page to whole pixels.
        assert abs(width - 595.3) < 2
        assert abs(height - 841.9) < 2
        assert NOT_MEDICAL_ADVICE in " ".join(text.split())
        rows = document.locator("tr[data-night]")
        assert [
            rows.nth(index).get_attribute("data-night") for index in range(rows.count())
        ] == [(tonight() - timedelta(days=back)).isoformat() for back in range(30)]
        printed = " ".join(text.split())
        for shown in rows.locator("td:first-child").all_inner_texts():
            assert " ".join(shown.split()) in printed
        assert NOTE in printed
        (ARTIFACTS / "panel-report.pdf").write_bytes(document.pdf(format="A4"))
        # A4 portrait with every column on the page.
        assert_fits_a4(document, SCREENSHOTS / "report-print.png")
        printed = Headings(
            sections=document.locator("h2").all_inner_texts(),
            columns=document.locator("th").all_inner_texts(),
        )

    # The action's Markdown of the same nights, in Home Assistant's Markdown card, has the
    # printed page's sections and columns, with the same headings.
    check_markdown_card(admin, archive_id, printed)

    nights = call_ws(
        admin,
        {
            "type": f"{DOMAIN}/nights",
            "entry_id": archive_id,
            "first_night": (tonight() - timedelta(days=ARCHIVE_NIGHTS - 1)).isoformat(),
            "last_night": night,
        },
    )
    payload = len(json.dumps(nights, separators=(",", ":")).encode())
    assert payload < 100_000
    hass_process.timings["nights_payload_730_bytes"] = payload
    with logged_in_page(admin, f"{PANEL}?sleeper={archive_id}&view=nights") as page:
        for load in ("first", "reload"):
            page.wait_for_function(
                f"performance.getEntriesByName({PAINTED!r}).length > 0", timeout=60_000
            )
            connected, painted = page.evaluate(
                f"[{CONNECTED!r}, {PAINTED!r}].map("
                "(name) => performance.getEntriesByName(name)[0].startTime)"
            )
            hass_process.timings[f"heatmap_{load}_from_navigation_ms"] = round(painted)
            hass_process.timings[f"heatmap_{load}_from_panel_ms"] = round(
                painted - connected
            )
            if load == "first":
                page.reload()
        wait_until_launched(page)
        # A night that woke the sleeper, picked with the keyboard: its row shows below.
        woke = page.locator(".heatmap .woke[data-night]").last
        woke.focus()
        page.keyboard.press("Enter")
        details = page.locator("#night-details")
        expect(details).to_have_attribute(
            "data-night", woke.get_attribute("data-night") or ""
        )
        # The archive's nights have one twitch that woke the sleeper at the most.
        expect(details.locator('[data-field="woke_up_twitches"]')).to_have_text("1")
        expect(details.locator('[data-field="twitches"]')).to_contain_text(
            f"{woke.get_attribute('data-count')} ("
        )
        # Archive's journal begins two years ago, and the map shows as recorded exactly the
        # nights its sleeper logged something in: twitch nights, calm nights, and the hatched
        # rest, where only the bedroom's reading was taken.
        cells = page.locator(".heatmap [data-night]")
        # Whole weeks from Home Assistant's first day of the week (English: Sunday), the last
        # one ending with tonight.
        since_sunday = (tonight().weekday() + 1) % 7
        expect(cells).to_have_count(25 * 7 + since_sunday + 1)
        shown = dict(
            cells.evaluate_all(
                "(cells) => cells.map((cell) =>"
                " [cell.dataset.night, cell.dataset.recorded === 'true'])"
            )
        )
        logged = archive_recorded | {night}
        assert shown == {shown_night: shown_night in logged for shown_night in shown}
        assert 0 < sum(shown.values()) < len(shown)
        expect(page.locator(".heatmap .calm[data-night]").first).to_be_visible()
        page.screenshot(path=SCREENSHOTS / "panel-nights-730.png", full_page=True)
        # Late coffee on a third of the nights: compared with its interval drawn.
        page.locator('#view-tabs [role=tab][data-tab="what_helps"]').click()
        coffee = page.locator(
            "#view[data-view=what_helps] li.factor[data-factor=caffeine_after_cutoff]"
        )
        expect(coffee.locator("stc-comparison-bars svg g.interval")).to_be_visible(
            timeout=30_000
        )
        page.screenshot(path=SCREENSHOTS / "panel-what-helps-730.png", full_page=True)
        # The experiment a month ago: fewer twitch nights than in the nights before it.
        card = page.locator(
            "#view[data-view=what_helps] stc-experiment-card#experiment"
        )
        expect(card.locator("section.finished")).to_be_visible()
        expect(card.locator(".change")).to_have_text("Avoid: Caffeine after the cutoff")
        expect(card.locator("#experiment-verdict")).to_have_text(
            "Fewer twitch nights, it seems to help"
        )
        expect(card.locator("stc-comparison-bars svg g.interval")).to_be_visible()
        expect(card.locator("#experiment-stop")).to_have_count(0)
        card.screenshot(path=SCREENSHOTS / "panel-experiment.png")
        # Two years of frequent twitches meet the checklist.
        page.locator('#view-tabs [role=tab][data-tab="doctor"]').click()
        expect(page.locator("#report")).to_contain_text(
            NOT_MEDICAL_ADVICE, timeout=30_000
        )
        page.screenshot(path=SCREENSHOTS / "panel-doctor-archive.png")
        # On a phone the map keeps cells a finger can tap, scrolled to tonight.
        page.set_viewport_size({"width": 390, "height": 844})
        page.locator('#view-tabs [role=tab][data-tab="nights"]').click()
        tonight_cell = page.locator(f'.heatmap [data-night="{night}"]')
        expect(tonight_cell).to_be_in_viewport()
        # One week a row, under weekday names that stay in view, every night a 24 px target.
        expect(page.locator("#heatmap")).to_have_attribute(
            "data-shape", "weeks-as-rows"
        )
        assert (tonight_cell.bounding_box() or {"width": 0})["width"] >= 24
        for label in page.locator("#heatmap .weekday").all():
            expect(label).to_be_in_viewport()
        page.screenshot(path=SCREENSHOTS / "panel-phone-nights.png")
        page.locator('#view-tabs [role=tab][data-tab="doctor"]').click()
        # On a phone the report's nights are cards: each night on one line, no sideways scroll.
        report = page.locator("#report")
        expect(report.locator('td[data-column="night"]').first).to_be_visible()
        assert_nights_on_one_line(report)
        report.locator("section[data-section=nights]").scroll_into_view_if_needed()
        page.screenshot(path=SCREENSHOTS / "panel-phone-report.png")

        # Removed while its tab is open: the tab goes, the panel shows the other sleeper.
        admin.request("DELETE", f"/api/config/config_entries/entry/{archive_id}")
        tabs = page.locator("#sleeper-tabs [role=tab]")
        expect(tabs).to_have_count(0)
        expect(page.locator("#report")).to_contain_text("Demo")
    with logged_in_page(
        admin, f"{PANEL}?sleeper={demo}", viewport={"width": 390, "height": 844}
    ) as page:
        expect(page.locator("#log-twitch")).to_be_visible(timeout=60_000)
        page.screenshot(path=SCREENSHOTS / "panel-phone.png", full_page=True)

    # Nothing the panel asked for made Home Assistant warn (a deprecated call, say) or fail.
    said = [
        line
        for line in logged_since(hass_process, logs_before)
        if (" WARNING " in line or " ERROR " in line)
        and "sleep_twitch_coach" in line
        and "has not been tested" not in line
    ]
    assert said == []


def log_sizes(hass: HassProcess) -> dict[str, int]:
    """Return how long each of Home Assistant's logs is now."""
    return {log.name: log.stat().st_size for log in hass.config_dir.glob("run-*.log")}


def logged_since(hass: HassProcess, sizes: dict[str, int]) -> list[str]:
    """Return the log lines Home Assistant wrote after `sizes` were taken."""
    lines = []
    for log in sorted(hass.config_dir.glob("run-*.log")):
        with log.open("rb") as file:
            file.seek(sizes.get(log.name, 0))
            lines += file.read().decode().splitlines()
    return lines


def tonight_count(client: HomeAssistantClient, entry_id: str) -> int:
    """Return the sleeper's twitches tonight, as the sensor shows them."""
    name = {v: k for k, v in sleepers(client).items()}[entry_id].lower()
    return int(client.state(f"sensor.{name}_twitches_tonight")["state"])  # type: ignore[index]
