"""The report as the action returns it: its data, and its Markdown for a phone or a card."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .model import (
    INSIGHT_NIGHTS,
    MIN_COMPARISON_NIGHTS,
    NightRow,
    Report,
    TriggerInsight,
)
from .texts import TEXTS, ReportTexts


def report_response(report: Report, texts: ReportTexts | None = None) -> dict[str, Any]:
    """Return the report as the action's response data, with its Markdown rendering."""
    response = asdict(report)
    for row in response["nights"]:
        if row["notes"] is None:
            del row["notes"]
    response["markdown"] = render_markdown(report, texts or TEXTS["en"])
    return response


def _count_and_times(row: NightRow) -> str:
    """Return a night's twitch count, with their local times when there are any."""
    times = row.twitch_times
    return f"{row.twitches} ({', '.join(times)})" if times else str(row.twitches)


def _yes(value: bool, texts: ReportTexts) -> str:
    return texts.yes if value else "—"


def _value(key: str, value: object, texts: ReportTexts) -> str:
    if isinstance(value, bool):
        return _yes(value, texts)
    if key == "body_parts" and isinstance(value, list):
        return ", ".join(texts.name("body_part", part) for part in value)
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _criterion_line(criterion: dict[str, Any], texts: ReportTexts) -> str:
    details = [
        f"{texts.evidence.get(key, key.replace('_', ' '))}: {_value(key, value, texts)}"
        for key, value in criterion.items()
        if key != "criterion" and value not in ([], None)
    ]
    name = texts.name("criterion", criterion["criterion"])
    return f"- **{name}** — {'; '.join(details)}"


def _insight_line(item: TriggerInsight, texts: ReportTexts) -> str:
    values = {
        "trigger": texts.triggers[item.trigger],
        "with_it": item.nights_with,
        "without": item.nights_without,
        "twitched_with": item.twitch_nights_with,
        "twitched_without": item.twitch_nights_without,
        "needed": MIN_COMPARISON_NIGHTS,
    }
    return "- " + (texts.insight if item.enough_nights else texts.not_enough).format(
        **values
    )


def _measured_cells(row: NightRow) -> str:
    if row.limb_movements is None:
        return " — | — | — |"
    index = "—" if row.plm_index is None else row.plm_index
    return f" {row.limb_movements} | {row.periodic_limb_movements} | {index} |"


def _row(row: NightRow, unit: str, texts: ReportTexts, measured: bool) -> str:
    temperature = row.bedroom_temperature_at_bedtime
    cells = [
        row.night,
        _count_and_times(row),
        str(row.woke_up_twitches),
        ", ".join(texts.name("body_part", part) for part in row.body_parts) or "—",
        _yes(row.caffeine_after_cutoff, texts),
        _yes(row.late_vigorous_exercise, texts),
        "—" if temperature is None else f"{temperature} {unit}",
        ", ".join(texts.name("symptom", symptom) for symptom in row.symptoms) or "—",
    ]
    return f"| {' | '.join(cells)} |" + (_measured_cells(row) if measured else "")


def render_markdown(report: Report, texts: ReportTexts) -> str:
    """Render a report for a phone notification or a Markdown card, in `texts`' language."""
    summary = report.summary
    score = summary.checklist_score
    # Leg-movement columns only for a sleeper whose sensor measured some of these nights.
    measured = any(row.limb_movements is not None for row in report.nights)
    columns = [*texts.columns, *(texts.leg_columns if measured else ())]
    met = texts.criteria_met_one if score == 1 else texts.criteria_met_many
    lines = [
        texts.title.format(sleeper=report.sleeper),
        texts.range.format(
            first=report.first_night, last=report.last_night, count=summary.nights
        ),
        "",
        (
            f"**{texts.twitch_nights}:** "
            f"{texts.count_of.format(count=summary.twitch_nights, total=summary.nights)} · "
            f"**{texts.twitches}:** {summary.twitches} "
            f"({texts.woke_you_up.format(count=summary.woke_up_twitches)})"
        ),
        "",
        f"**{texts.checklist}:** {met.format(count=score)}"
        + (f" — {texts.consider_doctor}." if summary.doctor_visit_recommended else "."),
        "",
        f"### {texts.criteria_heading}",
        *(
            [_criterion_line(item, texts) for item in summary.criteria_met]
            or [f"- {texts.none}"]
        ),
        "",
        f"### {texts.nights_heading}",
        f"| {' | '.join(columns)} |",
        "|" + " --- |" * len(columns),
        *(_row(row, report.temperature_unit, texts, measured) for row in report.nights),
    ]
    # One line each: a note's own line breaks would end the list.
    if notes := [
        f"- {row.night}: {' '.join(note.split())}"
        for row in report.nights
        for note in row.notes or ()
    ]:
        lines += ["", f"### {texts.notes_heading}", *notes]
    lines += ["", f"### {texts.triggers_heading.format(count=INSIGHT_NIGHTS)}"]
    lines += [_insight_line(item, texts) for item in report.trigger_insights]
    lines += ["", f"_{texts.not_medical_advice}_"]
    return "\n".join(lines)
