"""The report as the action returns it: its data, and its Markdown for a phone or a card."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .report import (
    INSIGHT_NIGHTS,
    MIN_COMPARISON_NIGHTS,
    NightRow,
    Report,
    Trigger,
    TriggerInsight,
)

NOT_MEDICAL_ADVICE = "Not medical advice: this report helps you talk to a doctor; it does not diagnose anything."

TRIGGER_TEXT = {
    Trigger.CAFFEINE_AFTER_CUTOFF: "caffeine after the cutoff",
    Trigger.LATE_EXERCISE: "late vigorous exercise",
    Trigger.BEDROOM_TOO_WARM: "a bedroom too warm at bedtime",
    Trigger.WIND_DOWN_SKIPPED: "no wind-down step done",
}


def report_response(report: Report) -> dict[str, Any]:
    """Return the report as the action's response data, with its Markdown rendering."""
    response = asdict(report)
    for row in response["nights"]:
        if row["notes"] is None:
            del row["notes"]
    response["markdown"] = render_markdown(report)
    return response


def _count_and_times(row: NightRow) -> str:
    """Return a night's twitch count, with their local times when there are any."""
    times = row.twitch_times
    return f"{row.twitches} ({', '.join(times)})" if times else str(row.twitches)


def _yes(value: bool) -> str:
    return "yes" if value else "—"


def _criterion_line(criterion: dict[str, Any]) -> str:
    details = [
        f"{key.replace('_', ' ')}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
        for key, value in criterion.items()
        if key != "criterion" and value not in ([], None)
    ]
    return f"- **{criterion['criterion'].replace('_', ' ').capitalize()}** — {'; '.join(details)}"


def _insight_line(item: TriggerInsight) -> str:
    text = TRIGGER_TEXT[item.trigger]
    if not item.enough_nights:
        return (
            f"- Nights with {text}: not enough nights yet ({item.nights_with} with, "
            f"{item.nights_without} without; {MIN_COMPARISON_NIGHTS} of each are needed)."
        )
    return (
        f"- Nights with {text}: {item.twitch_nights_with} of {item.nights_with} had "
        f"twitches; without: {item.twitch_nights_without} of {item.nights_without}."
    )


def _measured_cells(row: NightRow) -> str:
    if row.limb_movements is None:
        return " — | — | — |"
    index = "—" if row.plm_index is None else row.plm_index
    return f" {row.limb_movements} | {row.periodic_limb_movements} | {index} |"


def render_markdown(report: Report) -> str:
    """Render a report for a phone notification or a Markdown card."""
    summary = report.summary
    unit = report.temperature_unit
    score = summary.checklist_score
    # Leg-movement columns only for a sleeper whose sensor measured some of these nights.
    measured = any(row.limb_movements is not None for row in report.nights)
    lines = [
        f"## Sleep report for {report.sleeper}",
        f"Nights {report.first_night} to {report.last_night} ({summary.nights} nights)",
        "",
        (
            f"**Twitch nights:** {summary.twitch_nights} of {summary.nights} · "
            f"**Twitches:** {summary.twitches} ({summary.woke_up_twitches} woke you up)"
        ),
        "",
        f"**Doctor checklist:** {score} {'criterion' if score == 1 else 'criteria'} met"
        + (
            " — consider talking to a doctor."
            if summary.doctor_visit_recommended
            else "."
        ),
        "",
        "### Criteria met",
        *([_criterion_line(item) for item in summary.criteria_met] or ["- none"]),
        "",
        "### Nights",
        (
            "| Night | Twitches | Woke you | Body parts | Caffeine late | Late exercise "
            "| Bedroom at bedtime | Symptoms |"
            + (" Leg movements | PLMs | PLM index |" if measured else "")
        ),
        "| --- | --- | --- | --- | --- | --- | --- | --- |"
        + (" --- | --- | --- |" if measured else ""),
    ]
    for row in report.nights:
        temperature = row.bedroom_temperature_at_bedtime
        lines.append(
            f"| {row.night} | {_count_and_times(row)} | {row.woke_up_twitches} "
            f"| {', '.join(row.body_parts) or '—'} | {_yes(row.caffeine_after_cutoff)} "
            f"| {_yes(row.late_vigorous_exercise)} "
            f"| {'—' if temperature is None else f'{temperature} {unit}'} "
            f"| {', '.join(row.symptoms).replace('_', ' ') or '—'} |"
            + (_measured_cells(row) if measured else "")
        )
    # One line each: a note's own line breaks would end the list.
    if notes := [
        f"- {row.night}: {' '.join(note.split())}"
        for row in report.nights
        for note in row.notes or ()
    ]:
        lines += ["", "### Notes", *notes]
    lines += ["", f"### Triggers (last {INSIGHT_NIGHTS} nights)"]
    lines += [_insight_line(item) for item in report.trigger_insights]
    lines += ["", f"_{NOT_MEDICAL_ADVICE}_"]
    return "\n".join(lines)
