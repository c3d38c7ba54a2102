"""The report as the action returns it: its data, and its Markdown for a phone or a card.

The panel's printed page renders the same sections and columns from the same texts
(frontend/src/report-model.ts); dates here are `YYYY-MM-DD` and times 24-hour.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
import math
from typing import Any

from ..inert import inert
from .layout import Column, Section
from .model import NightRow, Report
from .texts import ReportTexts, texts_for
from .what_helps import ExperimentRow, FactorRow

DASH = "—"


def report_response(report: Report, texts: ReportTexts | None = None) -> dict[str, Any]:
    """Return the report as the action's response data, with its Markdown rendering."""
    response = asdict(report)
    for row in response["nights"]:
        if row["notes"] is None:
            del row["notes"]
    response["markdown"] = render_markdown(report, texts or texts_for("en"))
    return response


def number(value: float, decimals: int = 1) -> str:
    """Return a figure as the panel shows it: 20 rather than 20.0, 0.6 rather than 0.60."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".")


def _names(kind: str, keys: list[str], texts: ReportTexts) -> str:
    return ", ".join(texts.name(kind, key) for key in keys) or DASH


def _optional(value: float | None, unit: str = "", decimals: int = 1) -> str:
    return DASH if value is None else f"{number(value, decimals)}{unit}"


def limb_movements_cell(row: NightRow, texts: ReportTexts) -> str:
    """Return a night's leg movements, with each leg's own when it had a sensor on each."""
    if row.limb_movements is None or row.left_leg_movements is None:
        return _optional(row.limb_movements)
    return texts.t(
        "report.by_leg",
        count=row.limb_movements,
        left=row.left_leg_movements,
        right=row.right_leg_movements,
    )


def plms_index_cell(row: NightRow, texts: ReportTexts) -> str:
    """Return a night's PLMS index with the time asleep it is per hour of."""
    if row.time_asleep_min is None:
        return DASH
    hours, minutes = divmod(row.time_asleep_min, 60)
    return texts.t(
        "report.asleep",
        index=_optional(row.plms_index),
        hours=hours,
        minutes=minutes,
    )


def points(value: float) -> str:
    """Return a difference of rates in percentage points, signed: "+40", "-12", "0"."""
    # Rounded half up, as the panel's Math.round does.
    rounded = math.floor(value * 100 + 0.5)
    return f"{rounded:+d}" if rounded else "0"


def factor_name(key: str, texts: ReportTexts, custom: Mapping[str, str]) -> str:
    """Return a factor's name: built in from the texts, custom as typed (made inert)."""
    if (name := custom.get(key)) is not None:
        return inert(name)
    return texts.t(f"factor.{key}")


def cell(
    column: Column,
    row: NightRow,
    unit: str,
    texts: ReportTexts,
    custom: Mapping[str, str],
) -> str:
    """Return what one column of the nights' table shows for a night."""
    match column:
        case Column.NIGHT:
            return row.night
        case Column.TWITCHES:
            if not row.recorded:
                return texts.t("report.not_recorded")
            times = ", ".join(row.twitch_times)
            return f"{row.twitches} ({times})" if times else str(row.twitches)
        case Column.WOKE_UP:
            return str(row.woke_up_twitches) if row.recorded else DASH
        case Column.BODY_PARTS:
            return _names("body_part", row.body_parts, texts)
        case Column.FACTORS:
            return (
                ", ".join(factor_name(key, texts, custom) for key in row.factors)
                or DASH
            )
        case Column.BEDROOM:
            return _optional(row.bedroom_temperature_at_bedtime, f" {unit}")
        case Column.SYMPTOMS:
            return _names("symptom", row.symptoms, texts)
        case Column.LIMB_MOVEMENTS:
            return limb_movements_cell(row, texts)
        case Column.PERIODIC_LIMB_MOVEMENTS:
            return _optional(row.periodic_limb_movements)
        case Column.PLM_INDEX:
            return _optional(row.plm_index)
        case Column.PERIODICITY_INDEX:
            return _optional(row.periodicity_index, decimals=2)
        case Column.PLMS_INDEX:
            return plms_index_cell(row, texts)


def _value(key: str, value: object, texts: ReportTexts) -> str:
    if isinstance(value, bool):
        return texts.t("common.yes" if value else "common.no")
    if key == "body_parts" and isinstance(value, list):
        return _names("body_part", value, texts)
    if key == "change" and isinstance(value, str):
        return factor_name(value, texts, {})
    if key == "keep" and isinstance(value, str):
        return texts.t(f"experiment.keep.{value}")
    if isinstance(value, list):
        return ", ".join(map(str, value)) or texts.t("report.none")
    if isinstance(value, float | int):
        return number(value)
    return DASH if value is None else str(value)


def criterion_line(criterion: dict[str, Any], texts: ReportTexts) -> str:
    """Return a met criterion with its evidence: "**Name** (Nights: 2026-11-07)"."""
    details = [
        f"{texts.t(f'evidence.{key}')}: {_value(key, value, texts)}"
        for key, value in criterion.items()
        if key != "criterion"
    ]
    name = f"**{texts.name('criterion', criterion['criterion'])}**"
    return f"{name} ({'; '.join(details)})" if details else name


def factor_line(row: FactorRow, texts: ReportTexts, custom: Mapping[str, str]) -> str:
    """Return one factor's comparison in words, or that it has not enough nights yet."""
    values: dict[str, object] = {
        "factor": factor_name(row.factor, texts, custom),
        "verdict": texts.t(f"verdict.{row.verdict}"),
        "nights_with": row.nights_with,
        "twitch_nights_with": row.twitch_nights_with,
        "nights_without": row.nights_without,
        "twitch_nights_without": row.twitch_nights_without,
    }
    if row.difference is None or row.interval is None:
        return texts.t("report.factor_not_enough", **values)
    return texts.t(
        "report.factor_line",
        **values,
        difference=points(row.difference),
        low=points(row.interval[0]),
        high=points(row.interval[1]),
    )


def experiment_lines(
    row: ExperimentRow, texts: ReportTexts, custom: Mapping[str, str]
) -> list[str]:
    """Return an experiment in words: how far it is, or how it ended."""
    values: dict[str, object] = {
        "change": texts.t(
            f"experiment.{row.keep}", factor=factor_name(row.change, texts, custom)
        ),
        "started": row.started,
        "ended": row.ended,
        "nights_done": row.nights_done,
        "nights_planned": row.nights_planned,
        "nights_kept": row.nights_kept,
        "nights_recorded": row.nights_recorded,
        "nights_during": row.during.nights,
        "twitch_nights_during": row.during.twitch_nights,
        "verdict": texts.t(f"experiment.verdict.{row.verdict}"),
    }
    if row.running:
        return [texts.t("report.experiment_running", **values)]
    if row.baseline is None or row.difference is None or row.interval is None:
        line = texts.t("report.experiment_no_baseline", **values)
    else:
        line = texts.t(
            "report.experiment_result",
            **values,
            nights_before=row.baseline.nights,
            twitch_nights_before=row.baseline.twitch_nights,
            difference=points(row.difference),
            low=points(row.interval[0]),
            high=points(row.interval[1]),
        )
    if row.low_adherence:
        return [line, texts.t("report.experiment_low_adherence")]
    return [line]


def custom_names(report: Report) -> dict[str, str]:
    """Return the names of the report's custom factors, by key."""
    return {row.factor: row.name for row in report.factors if row.name is not None}


def _section(section: Section, report: Report, texts: ReportTexts) -> list[str]:
    """Return the lines of one section, below its heading."""
    summary = report.summary
    custom = custom_names(report)
    match section:
        case Section.SUMMARY:
            items = {
                "report.recorded_nights": texts.t(
                    "report.count_of",
                    count=summary.recorded_nights,
                    total=summary.nights,
                ),
                "report.twitch_nights": texts.t(
                    "report.count_of", count=summary.twitch_nights, total=summary.nights
                ),
                "report.twitches": str(summary.twitches),
                "report.woke_up": str(summary.woke_up_twitches),
                "report.checklist_score": str(summary.checklist_score),
                "report.visit_recommended": _value(
                    "", summary.doctor_visit_recommended, texts
                ),
            }
            return [f"- **{texts.t(key)}:** {value}" for key, value in items.items()]
        case Section.CRITERIA_MET:
            met = [criterion_line(item, texts) for item in summary.criteria_met]
            return [f"- {line}" for line in met or [texts.t("report.none")]]
        case Section.NIGHTS:
            columns = [Column(column) for column in report.columns]
            return [
                f"| {' | '.join(texts.t(f'report.column.{c}') for c in columns)} |",
                "|" + " --- |" * len(columns),
                *(
                    "| "
                    + " | ".join(
                        cell(column, row, report.temperature_unit, texts, custom)
                        for column in columns
                    )
                    + " |"
                    for row in report.nights
                ),
            ]
        case Section.NOTES:
            # Typed by a person: shown as text, one line each (`inert`).
            return [
                f"- {row.night}: {inert(note)}"
                for row in report.nights
                for note in row.notes or ()
            ]
        case Section.FACTORS:
            return [f"- {factor_line(row, texts, custom)}" for row in report.factors]
        case Section.EXPERIMENTS:
            experiments = report.experiments
            rows = [
                *([experiments.running] if experiments.running else []),
                *experiments.finished,
            ]
            lines = [
                line for row in rows for line in experiment_lines(row, texts, custom)
            ]
            return [f"- {line}" for line in lines or [texts.t("report.none")]]


def render_markdown(report: Report, texts: ReportTexts) -> str:
    """Render a report for a phone notification or a Markdown card, in `texts`' language."""
    summary = report.summary
    lines = [
        f"## {texts.t('report.title', sleeper=inert(report.sleeper))}",
        texts.t(
            "report.range",
            first=report.first_night,
            last=report.last_night,
            count=summary.nights,
        ),
    ]
    for section in map(Section, report.sections):
        heading = texts.t(f"report.{section}", count=summary.compare_nights)
        lines += ["", f"### {heading}", *_section(section, report, texts)]
    lines += ["", f"_{texts.t('report.disclaimer')}_"]
    return "\n".join(lines)
