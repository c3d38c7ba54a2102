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
    # With a sensor on each leg, each leg's count too: "35 (L 20 · R 18)".
    LIMB_MOVEMENTS = "limb_movements"
    PERIODIC_LIMB_MOVEMENTS = "periodic_limb_movements"
    PLM_INDEX = "plm_index"
    PERIODICITY_INDEX = "periodicity_index"
    # Per hour asleep, with the time asleep: "18.2 (6 h 10 min)".
    PLMS_INDEX = "plms_index"


MEASURED_COLUMNS = (
    Column.LIMB_MOVEMENTS,
    Column.PERIODIC_LIMB_MOVEMENTS,
    Column.PLM_INDEX,
    Column.PERIODICITY_INDEX,
)
ASLEEP_COLUMNS = (Column.PLMS_INDEX,)


def columns(*, measured: bool, asleep: bool = False) -> list[Column]:
    """Return the table's columns.

    The leg-movement ones once some night was measured; the PLMS index once some night had
    an asleep sensor. A sensor on each leg adds no column: its counts are in the movements'.
    """
    hidden = {
        *(() if measured else MEASURED_COLUMNS),
        *(() if asleep else ASLEEP_COLUMNS),
    }
    return [column for column in Column if column not in hidden]


def sections(*, notes: bool) -> list[Section]:
    """Return the report's sections: notes only when there are notes the reader may see."""
    return [section for section in Section if notes or section is not Section.NOTES]
