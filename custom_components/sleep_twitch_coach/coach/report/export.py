"""The journal as a file to download: CSV for a spreadsheet, JSON for another program."""

from __future__ import annotations

import csv
from datetime import datetime
import io
import json
import re
from typing import Any

from ..events import Experiment, JournalEvent, event_fields
from ..journal import Journal
from ..nights import night_of

# The CSV's columns: when, then every kind's own fields (empty where a kind has none).
CSV_COLUMNS = (
    "night",
    "time",
    "kind",
    "woke_up",
    "body_parts",
    "note",
    "amount_mg",
    "intensity",
    "duration_min",
    "symptom",
    "temperature_c",
    "step",
    "factor",
    "amount",
    "change",
    "keep",
    "nights",
    "ended",
)
# A spreadsheet runs a cell that starts with one of these as a formula; notes are typed by
# people, so such text gets an apostrophe before it (OWASP's advice on CSV injection). A
# spreadsheet may split lines at ";" or a tab instead of "," (Excel does in many languages)
# and then starts a cell inside the text: the apostrophe goes wherever a separator, a line
# break or a quote comes before one of these. Every cell is quoted as well.
FORMULA_START = re.compile(r'(?:^|(?<=[,;\t\r\n"]))(?=[=+\-@\t\r])')


def exported_events(journal: Journal, *, with_notes: bool) -> list[dict[str, Any]]:
    """Return every event in time order, with its night and local time.

    Notes only `with_notes` (for the sleeper and administrators).
    """
    rows = []
    for event in sorted(journal.events, key=lambda item: item.time):
        row = {
            "night": night_of(event.time, journal.tz).isoformat(),
            **event_fields(event),
            # Whole seconds for every event, live (with microseconds) or back-filled alike.
            "time": _local(event.time, journal),
        }
        if isinstance(event, Experiment) and event.ended is not None:
            row["ended"] = _local(event.ended, journal)
        if with_notes and (note := _note(event)):
            row["note"] = note
        rows.append(row)
    return rows


def _local(moment: datetime, journal: Journal) -> str:
    return moment.astimezone(journal.tz).isoformat(timespec="seconds")


def _note(event: JournalEvent) -> str | None:
    return getattr(event, "note", None)


def export_json(sleeper: str, journal: Journal, *, with_notes: bool) -> str:
    """Return the journal as JSON: the sleeper's name and the events."""
    return json.dumps(
        {
            "sleeper": sleeper,
            "events": exported_events(journal, with_notes=with_notes),
        },
        ensure_ascii=False,
        indent=1,
    )


def export_csv(journal: Journal, *, with_notes: bool) -> str:
    """Return the journal as CSV, one event per line, the columns in `CSV_COLUMNS`."""
    output = io.StringIO()
    writer = csv.DictWriter(
        output, CSV_COLUMNS, lineterminator="\r\n", quoting=csv.QUOTE_ALL
    )
    writer.writeheader()
    for row in exported_events(journal, with_notes=with_notes):
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return output.getvalue()


def _cell(value: object) -> object:
    """Return a value as a spreadsheet should read it: lists joined, formulas defused."""
    if isinstance(value, list):
        return " ".join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return FORMULA_START.sub("'", value)
    return value
