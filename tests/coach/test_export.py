"""Tests of the CSV export: whatever separator a spreadsheet splits at, no cell is a formula."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
import io
import re
from zoneinfo import ZoneInfo

import pytest

from custom_components.sleep_twitch_coach.coach.events import (
    BedtimeSnapshot,
    CalmNight,
    Experiment,
    FactorReport,
    Keep,
    Twitch,
)
from custom_components.sleep_twitch_coach.coach.journal import Journal
from custom_components.sleep_twitch_coach.coach.report.export import export_csv

# What people have typed into notes to attack the spreadsheet that opens the export.
HOSTILE_NOTES = [
    "=1+1",
    "x;=cmd|' /C calc'!A0",
    "x,=cmd|' /C calc'!A0",
    'x\t=HYPERLINK("http://example.invalid")',
    'x;"=1+1',
    "x\n@SUM(A1)",
    "+1;-1;@A1;\r=2",
]
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def journal_with(notes: list[str]) -> Journal:
    """Return a journal with one twitch per note and a cold bedtime reading."""
    journal = Journal(ZoneInfo("Europe/Berlin"))
    for minute, note in enumerate(notes):
        moment = datetime(2026, 11, 16, 22, minute, tzinfo=UTC)
        journal.add(Twitch(time=moment, note=note))
    journal.add(
        BedtimeSnapshot(
            time=datetime(2026, 11, 16, 21, 30, tzinfo=UTC), temperature_c=-2.5
        )
    )
    return journal


def formulas(cells: list[str]) -> list[str]:
    """Return the cells a spreadsheet would run: text starting with a formula character."""
    return [
        cell
        for cell in cells
        if (text := cell.strip('"'))
        and text[0] in "=+-@\t\r"
        and not NUMBER.fullmatch(text)
    ]


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_no_cell_is_a_formula_whatever_the_separator(separator: str) -> None:
    """Split at `separator` and line breaks, quotes ignored: no piece starts a formula.

    That is what a spreadsheet splitting at another separator than the file's sees at worst.
    """
    content = export_csv(journal_with(HOSTILE_NOTES), with_notes=True)
    rows = list(csv.reader(io.StringIO(content, newline="")))
    assert formulas([cell for row in rows for cell in row]) == []
    pieces = re.split(f"[{re.escape(separator)}\r\n]", content)
    assert formulas(pieces) == []


def test_a_note_reads_back_with_apostrophes_only_before_formulas() -> None:
    """With the file's own separator every note is one cell; ordinary text is untouched."""
    notes = [*HOSTILE_NOTES, "left calf - twice, then again", "ok"]
    content = export_csv(journal_with(notes), with_notes=True)
    assert content.startswith('"night","time","kind",')
    read = [row["note"] for row in csv.DictReader(io.StringIO(content))]
    assert read == [
        "",
        "'=1+1",
        "x;'=cmd|' /C calc'!A0",
        "x,'=cmd|' /C calc'!A0",
        'x\t\'=HYPERLINK("http://example.invalid")',
        "x;\"'=1+1",
        "x\n'@SUM(A1)",
        "'+1;'-1;'@A1;'\r'=2",
        "left calf - twice, then again",
        "ok",
    ]


def test_times_are_whole_seconds_live_or_back_filled() -> None:
    """A press carries microseconds, a back-fill none: the export writes both alike."""
    journal = Journal(ZoneInfo("Europe/Berlin"))
    journal.add(Twitch(time=datetime(2026, 11, 16, 22, 0, 5, 123456, tzinfo=UTC)))
    journal.add(Twitch(time=datetime(2026, 11, 16, 23, 0, tzinfo=UTC)))
    rows = list(csv.DictReader(io.StringIO(export_csv(journal, with_notes=False))))
    assert [row["time"] for row in rows] == [
        "2026-11-16T23:00:05+01:00",
        "2026-11-17T00:00:00+01:00",
    ]


def test_factors_calm_nights_and_experiments_have_their_columns() -> None:
    """Every kind of event exports, each field in its own column, times in whole seconds."""
    journal = Journal(ZoneInfo("Europe/Berlin"))
    start = datetime(2026, 11, 2, 19, 0, 0, 250000, tzinfo=UTC)
    journal.add(FactorReport(time=start, factor="water", amount=1.5))
    journal.add(CalmNight(time=datetime(2026, 11, 3, 7, tzinfo=UTC)))
    journal.add(
        Experiment(
            time=start,
            change="custom_late_screen_work",
            keep=Keep.AVOID,
            nights=14,
            ended=datetime(2026, 11, 16, 11, 0, 0, 5, tzinfo=UTC),
        )
    )
    rows = list(csv.DictReader(io.StringIO(export_csv(journal, with_notes=False))))
    assert [{key: value for key, value in row.items() if value} for row in rows] == [
        {
            "night": "2026-11-02",
            "time": "2026-11-02T20:00:00+01:00",
            "kind": "factor",
            "factor": "water",
            "amount": "1.5",
        },
        {
            "night": "2026-11-02",
            "time": "2026-11-02T20:00:00+01:00",
            "kind": "experiment",
            "change": "custom_late_screen_work",
            "keep": "avoid",
            "nights": "14",
            "ended": "2026-11-16T12:00:00+01:00",
        },
        {
            "night": "2026-11-02",
            "time": "2026-11-03T08:00:00+01:00",
            "kind": "calm_night",
        },
    ]
