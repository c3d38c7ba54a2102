"""What the doctor report shows, decided once for the Markdown and the printed page.

The report's response carries these keys (`sections`, `columns`); the panel renders exactly
what it is sent, and the texts of every heading are in texts/<language>.json.
"""

from __future__ import annotations

from enum import StrEnum


class Section(StrEnum):
    """A part of the report, in the order it is shown (texts: "report.<value>")."""

    SUMMARY = "summary"
    CRITERIA_MET = "criteria_met"
    NIGHTS = "nights"
    NOTES = "notes"
    FACTORS = "factors"
    EXPERIMENTS = "experiments"


class Column(StrEnum):
    """A column of the nights' table, in the order it is shown (texts: "report.column.<value>")."""

    NIGHT = "night"
    # The count with the local times: "2 (23:40, 01:10)".
    TWITCHES = "twitches"
    WOKE_UP = "woke_up"
    BODY_PARTS = "body_parts"
    # The factors present that night, named.
    FACTORS = "factors"
    BEDROOM = "bedroom"
    SYMPTOMS = "symptoms"
    LIMB_MOVEMENTS = "limb_movements"
    PERIODIC_LIMB_MOVEMENTS = "periodic_limb_movements"
    PLM_INDEX = "plm_index"


MEASURED_COLUMNS = (
    Column.LIMB_MOVEMENTS,
    Column.PERIODIC_LIMB_MOVEMENTS,
    Column.PLM_INDEX,
)


def columns(*, measured: bool) -> list[Column]:
    """Return the table's columns: the leg-movement ones once some night was measured."""
    return [column for column in Column if measured or column not in MEASURED_COLUMNS]


def sections(*, notes: bool) -> list[Section]:
    """Return the report's sections: notes only when there are notes the reader may see."""
    return [section for section in Section if notes or section is not Section.NOTES]
