"""The doctor report in Chromium: the printed page on A4, the panel's on a phone, the Markdown."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from hass_client import HomeAssistantClient

from .browser import SCREENSHOTS, logged_in_page
from .conftest import ws_commands

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

# A4 is 210 mm wide; the page's style sheet leaves 15 mm each side (96 CSS pixels an inch).
A4_PRINTABLE_PX = (210 - 2 * 15) / 25.4 * 96
MARKDOWN_DASHBOARD = "report-markdown"
NIGHTS = 30
NOT_MEDICAL_ADVICE = "This report is not medical advice."


class Headings(NamedTuple):
    """A report's section headings and column headings, as a page shows them."""

    sections: list[str]
    columns: list[str]


def assert_fits_a4(document: Page, screenshot: Path) -> None:
    """Lay the print window out as it prints, as wide as A4 prints: nothing sticks out.

    No cell reaches past the page's printable width, and no cell's content is wider than
    the cell (it would run into its neighbour, or off the page).
    """
    document.emulate_media(media="print")
    document.set_viewport_size({"width": int(A4_PRINTABLE_PX), "height": 1100})
    widest, overflowing = document.evaluate(
        """() => {
             const cells = [...document.querySelectorAll("th, td")];
             return [
               Math.max(document.documentElement.scrollWidth,
                        ...cells.map((cell) => cell.getBoundingClientRect().right)),
               cells.filter((cell) => cell.scrollWidth > cell.clientWidth)
                    .map((cell) => cell.textContent),
             ];
           }"""
    )
    assert widest <= A4_PRINTABLE_PX + 0.5, widest
    assert overflowing == []
    document.screenshot(path=screenshot, full_page=True)


def assert_nights_on_one_line(report: Locator) -> None:
    """Each night of the panel's report is one line, and nothing scrolls sideways."""
    lines = report.locator('td[data-column="night"]').evaluate_all(
        """(cells) => cells.map((cell) => {
             const range = document.createRange();
             range.selectNodeContents(cell);
             return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
           })"""
    )
    assert lines
    assert max(lines) == 1, lines
    assert report.locator(".table-wrap").evaluate(
        "(wrap) => wrap.scrollWidth <= wrap.clientWidth"
    )


def check_markdown_card(
    client: HomeAssistantClient, entry_id: str, printed: Headings
) -> None:
    """Show the report's Markdown in a Markdown card: the printed page's headings."""
    from playwright.sync_api import expect  # noqa: PLC0415

    (answer,) = asyncio.run(
        ws_commands(
            client.base_url,
            client.token or "",
            {
                "type": "sleep_twitch_coach/report",
                "entry_id": entry_id,
                "nights": NIGHTS,
            },
        )
    )
    with logged_in_page(client, show_markdown(client, answer["markdown"])) as page:
        card = page.locator("hui-markdown-card")
        expect(card).to_contain_text(NOT_MEDICAL_ADVICE, timeout=60_000)
        expect(card.locator("tbody tr")).to_have_count(NIGHTS)
        shown = Headings(
            sections=card.locator("h3").all_inner_texts(),
            columns=card.locator("th").all_inner_texts(),
        )
        assert shown == printed
        card.screenshot(path=SCREENSHOTS / "report-markdown.png")


def show_markdown(client: HomeAssistantClient, markdown: str) -> str:
    """Put the Markdown in a Markdown card on a dashboard of its own; return its path."""
    asyncio.run(
        ws_commands(
            client.base_url,
            client.token or "",
            {
                "type": "lovelace/dashboards/create",
                "url_path": MARKDOWN_DASHBOARD,
                "title": "Report (Markdown)",
                "mode": "storage",
            },
            {
                "type": "lovelace/config/save",
                "url_path": MARKDOWN_DASHBOARD,
                "config": {
                    "views": [
                        {
                            "title": "Report",
                            "type": "panel",
                            "cards": [{"type": "markdown", "content": markdown}],
                        }
                    ]
                },
            },
        )
    )
    return f"/{MARKDOWN_DASHBOARD}/0"
