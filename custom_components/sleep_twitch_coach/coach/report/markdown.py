"""The report as the action returns it: its data, and its Markdown for a phone or a card.

The panel's printed page renders the same sections and columns from the same texts
(frontend/src/report-model.ts); dates here are `YYYY-MM-DD` and times 24-hour.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..inert import inert
from .layout import Column, Section
from .model import NightRow, Report, TriggerInsight
from .texts import ReportTexts, texts_for

DASH = "—"


def report_response(report: Report, texts: ReportTexts | None = None) -> dict[str, Any]:
    """Return the report as the action's response data, with its Markdown rendering."""
    response = asdict(report)
    for row in response["nights"]:
        if row["notes"] is None:
            del row["notes"]
    response["markdown"] = render_markdown(report, texts or texts_for("en"))
    return response


def number(value: float) -> str:
    """Return a figure as the panel shows it: 20 rather than 20.0, else one decimal."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _names(kind: str, keys: list[str], texts: ReportTexts) -> str:
    return ", ".join(texts.name(kind, key) for key in keys) or DASH


def _optional(value: float | None, unit: str = "") -> str:
    return DASH if value is None else f"{number(value)}{unit}"


def cell(column: Column, row: NightRow, unit: str, texts: ReportTexts) -> str:
    """Return what one column of the nights' table shows for a night."""
    match column:
        case Column.NIGHT:
            return row.night
        case Column.TWITCHES:
            times = ", ".join(row.twitch_times)
            return f"{row.twitches} ({times})" if times else str(row.twitches)
        case Column.WOKE_UP:
            return str(row.woke_up_twitches)
        case Column.BODY_PARTS:
            return _names("body_part", row.body_parts, texts)
        case Column.TRIGGERS:
            present = {
                "caffeine_after_cutoff": row.caffeine_after_cutoff,
                "late_exercise": row.late_vigorous_exercise,
            }
            return _names("trigger", [key for key, on in present.items() if on], texts)
        case Column.BEDROOM:
            return _optional(row.bedroom_temperature_at_bedtime, f" {unit}")
        case Column.SYMPTOMS:
            return _names("symptom", row.symptoms, texts)
        case Column.LIMB_MOVEMENTS:
            return _optional(row.limb_movements)
        case Column.PERIODIC_LIMB_MOVEMENTS:
            return _optional(row.periodic_limb_movements)
        case Column.PLM_INDEX:
            return _optional(row.plm_index)


def _value(key: str, value: object, texts: ReportTexts) -> str:
    if isinstance(value, bool):
        return texts.t("common.yes" if value else "common.no")
    if key == "body_parts" and isinstance(value, list):
        return _names("body_part", value, texts)
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


def insight_line(item: TriggerInsight, texts: ReportTexts) -> str:
    """Return one trigger's comparison, or that it has not enough nights yet."""
    return texts.t(
        "report.insight" if item.enough_nights else "report.insight_not_enough",
        trigger=texts.name("trigger", item.trigger),
        nights_with=item.nights_with,
        twitch_nights_with=item.twitch_nights_with,
        nights_without=item.nights_without,
        twitch_nights_without=item.twitch_nights_without,
    )


def _section(section: Section, report: Report, texts: ReportTexts) -> list[str]:
    """Return the lines of one section, below its heading."""
    summary = report.summary
    match section:
        case Section.SUMMARY:
            items = {
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
                        cell(column, row, report.temperature_unit, texts)
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
        case Section.TRIGGERS:
            return [
                f"- {insight_line(item, texts)}" for item in report.trigger_insights
            ]


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
        heading = texts.t(f"report.{section}", count=summary.insight_nights)
        lines += ["", f"### {heading}", *_section(section, report, texts)]
    lines += ["", f"_{texts.t('report.disclaimer')}_"]
    return "\n".join(lines)
