"""The report to show a doctor: one row per night, a summary and trigger insights."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from .checklist import Checklist
from .events import BedtimeSnapshot, EventKind, SymptomReport
from .journal import Journal
from .nights import recent_nights
from .status import (
    Routine,
    TemperatureStatus,
    had_caffeine_after_cutoff,
    had_late_exercise,
    temperature_status,
)
from .wind_down import wind_down_skipped

DEFAULT_REPORT_NIGHTS = 14
MAX_REPORT_NIGHTS = 90
# Trigger insights compare nights with and without each trigger over this many nights.
INSIGHT_NIGHTS = 28
# ... and says "not enough nights yet" with fewer than this many nights on either side.
MIN_COMPARISON_NIGHTS = 3
NOT_MEDICAL_ADVICE = "Not medical advice: this report helps you talk to a doctor; it does not diagnose anything."


class Trigger(StrEnum):
    """A likely trigger of night-time twitches."""

    CAFFEINE_AFTER_CUTOFF = "caffeine_after_cutoff"
    LATE_EXERCISE = "late_exercise"
    BEDROOM_TOO_WARM = "bedroom_too_warm"
    WIND_DOWN_SKIPPED = "wind_down_skipped"


TRIGGER_TEXT = {
    Trigger.CAFFEINE_AFTER_CUTOFF: "caffeine after the cutoff",
    Trigger.LATE_EXERCISE: "late vigorous exercise",
    Trigger.BEDROOM_TOO_WARM: "a bedroom too warm at bedtime",
    Trigger.WIND_DOWN_SKIPPED: "no wind-down step done",
}


@dataclass(frozen=True, slots=True)
class NightRow:
    """What one night of the journal holds."""

    night: str
    twitches: int
    # Local times of the twitches ("23:40"), in the order of the night.
    twitch_times: list[str]
    woke_up_twitches: int
    body_parts: list[str]
    caffeine_after_cutoff: bool
    late_vigorous_exercise: bool
    bedroom_temperature_at_bedtime: float | None
    symptoms: list[str]


def bedtime_celsius(journal: Journal, night: date) -> float | None:
    """Return the bedroom temperature recorded at a night's bedtime, if any."""
    snapshots = journal.in_night(night, EventKind.BEDTIME_SNAPSHOT)
    last = snapshots[-1] if snapshots else None
    return last.temperature_c if isinstance(last, BedtimeSnapshot) else None


def night_row(
    journal: Journal, routine: Routine, night: date, shown: Callable[[float], float]
) -> NightRow:
    """Summarise one night; temperatures are converted for display by `shown`."""
    twitches = journal.twitches(night)
    celsius = bedtime_celsius(journal, night)
    return NightRow(
        night=night.isoformat(),
        twitches=len(twitches),
        twitch_times=[
            f"{moment.astimezone(journal.tz):%H:%M}"
            for moment in sorted(twitch.time for twitch in twitches)
        ],
        woke_up_twitches=sum(twitch.woke_up for twitch in twitches),
        body_parts=sorted(
            {part.value for twitch in twitches for part in twitch.body_parts}
        ),
        caffeine_after_cutoff=had_caffeine_after_cutoff(night, journal, routine),
        late_vigorous_exercise=had_late_exercise(night, journal, routine),
        bedroom_temperature_at_bedtime=None
        if celsius is None
        else round(shown(celsius), 1),
        symptoms=sorted(
            {
                event.symptom.value
                for event in journal.in_night(night, EventKind.SYMPTOM)
                if isinstance(event, SymptomReport)
            }
        ),
    )


def notes_of(journal: Journal, night: date) -> list[str]:
    """Return the notes of a night's twitches, in logging order."""
    return [twitch.note for twitch in journal.twitches(night) if twitch.note]


def _has_trigger(
    trigger: Trigger, journal: Journal, routine: Routine, night: date
) -> bool | None:
    """Return whether a night had a trigger; None when it cannot be known."""
    match trigger:
        case Trigger.CAFFEINE_AFTER_CUTOFF:
            return had_caffeine_after_cutoff(night, journal, routine)
        case Trigger.LATE_EXERCISE:
            return had_late_exercise(night, journal, routine)
        case Trigger.BEDROOM_TOO_WARM:
            celsius = bedtime_celsius(journal, night)
            if celsius is None:
                return None
            return temperature_status(celsius, routine) is TemperatureStatus.TOO_WARM
        case Trigger.WIND_DOWN_SKIPPED:
            return wind_down_skipped(journal, night)


def trigger_insights(
    journal: Journal, routine: Routine, tonight: date
) -> list[dict[str, Any]]:
    """Compare the twitch rate on nights with and without each trigger.

    Only nights from the journal's first night on count, and a comparison needs at least
    `MIN_COMPARISON_NIGHTS` nights on each side (`enough_nights`).
    """
    logged = journal.nights()
    nights = [
        night
        for night in recent_nights(tonight, INSIGHT_NIGHTS)
        if logged and night >= logged[0]
    ]
    insights = []
    for trigger in Trigger:
        counts = {"nights_with": 0, "twitch_nights_with": 0}
        counts |= {"nights_without": 0, "twitch_nights_without": 0}
        for night in nights:
            present = _has_trigger(trigger, journal, routine, night)
            if present is None:
                continue
            side = "with" if present else "without"
            counts[f"nights_{side}"] += 1
            counts[f"twitch_nights_{side}"] += bool(journal.twitches(night))
        enough = min(counts["nights_with"], counts["nights_without"])
        insights.append(
            {
                "trigger": trigger.value,
                **counts,
                "enough_nights": enough >= MIN_COMPARISON_NIGHTS,
            }
        )
    return insights


def build_report(
    journal: Journal,
    routine: Routine,
    checklist: Checklist,
    tonight: date,
    nights: int,
    *,
    sleeper: str,
    unit: str,
    shown: Callable[[float], float],
    with_notes: bool = False,
) -> dict[str, Any]:
    """Build the report for the `nights` nights ending tonight, newest first.

    Note texts are in it only `with_notes` (for the sleeper and administrators).
    """
    rows = [
        night_row(journal, routine, night, shown)
        for night in recent_nights(tonight, nights)
    ]
    night_rows = [asdict(row) for row in rows]
    if with_notes:
        for row in night_rows:
            row["notes"] = notes_of(journal, date.fromisoformat(row["night"]))
    report: dict[str, Any] = {
        "sleeper": sleeper,
        "first_night": rows[-1].night,
        "last_night": rows[0].night,
        "temperature_unit": unit,
        "nights": night_rows,
        "summary": {
            "nights": len(rows),
            "twitch_nights": sum(row.twitches > 0 for row in rows),
            "twitches": sum(row.twitches for row in rows),
            "woke_up_twitches": sum(row.woke_up_twitches for row in rows),
            "checklist_score": checklist.score,
            "doctor_visit_recommended": checklist.recommended,
            "criteria_met": checklist.as_dicts(),
        },
        "trigger_insights": trigger_insights(journal, routine, tonight),
    }
    report["markdown"] = render_markdown(report)
    return report


def _count_and_times(row: dict[str, Any]) -> str:
    """Return a night's twitch count, with their local times when there are any."""
    times = row["twitch_times"]
    return f"{row['twitches']} ({', '.join(times)})" if times else str(row["twitches"])


def _yes(value: bool) -> str:
    return "yes" if value else "—"


def _criterion_line(criterion: dict[str, Any]) -> str:
    details = [
        f"{key.replace('_', ' ')}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
        for key, value in criterion.items()
        if key != "criterion" and value not in ([], None)
    ]
    return f"- **{criterion['criterion'].replace('_', ' ').capitalize()}** — {'; '.join(details)}"


def render_markdown(report: dict[str, Any]) -> str:
    """Render a report for a phone notification or a Markdown card."""
    summary = report["summary"]
    unit = report["temperature_unit"]
    lines = [
        f"## Sleep report for {report['sleeper']}",
        f"Nights {report['first_night']} to {report['last_night']} ({summary['nights']} nights)",
        "",
        (
            f"**Twitch nights:** {summary['twitch_nights']} of {summary['nights']} · "
            f"**Twitches:** {summary['twitches']} ({summary['woke_up_twitches']} woke you up)"
        ),
        "",
        f"**Doctor checklist:** {summary['checklist_score']} "
        f"{'criterion' if summary['checklist_score'] == 1 else 'criteria'} met"
        + (
            " — consider talking to a doctor."
            if summary["doctor_visit_recommended"]
            else "."
        ),
        "",
        "### Criteria met",
        *([_criterion_line(item) for item in summary["criteria_met"]] or ["- none"]),
        "",
        "### Nights",
        (
            "| Night | Twitches | Woke you | Body parts | Caffeine late | Late exercise "
            "| Bedroom at bedtime | Symptoms |"
        ),
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in report["nights"]:
        temperature = row["bedroom_temperature_at_bedtime"]
        lines.append(
            f"| {row['night']} | {_count_and_times(row)} | {row['woke_up_twitches']} "
            f"| {', '.join(row['body_parts']) or '—'} | {_yes(row['caffeine_after_cutoff'])} "
            f"| {_yes(row['late_vigorous_exercise'])} "
            f"| {'—' if temperature is None else f'{temperature} {unit}'} "
            f"| {', '.join(row['symptoms']).replace('_', ' ') or '—'} |"
        )
    # One line each: a note's own line breaks would end the list.
    if notes := [
        f"- {row['night']}: {' '.join(note.split())}"
        for row in report["nights"]
        for note in row.get("notes", ())
    ]:
        lines += ["", "### Notes", *notes]
    lines += ["", f"### Triggers (last {INSIGHT_NIGHTS} nights)"]
    for item in report["trigger_insights"]:
        text = TRIGGER_TEXT[Trigger(item["trigger"])]
        lines.append(
            f"- Nights with {text}: {item['twitch_nights_with']} of {item['nights_with']} "
            f"had twitches; without: {item['twitch_nights_without']} of {item['nights_without']}."
            if item["enough_nights"]
            else f"- Nights with {text}: not enough nights yet ({item['nights_with']} with, "
            f"{item['nights_without']} without; {MIN_COMPARISON_NIGHTS} of each are needed)."
        )
    lines += ["", f"_{NOT_MEDICAL_ADVICE}_"]
    return "\n".join(lines)
