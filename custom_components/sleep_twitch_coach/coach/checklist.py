"""The doctor-visit checklist: which criteria the journal meets, and the evidence for each."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from .events import LEGS_ONLY, EventKind, Symptom, SymptomReport
from .experiments import ADHERENCE_TARGET, ExperimentVerdict, Outcome
from .journal import Journal
from .limbs.scoring import PLMI_THRESHOLD
from .nights import WEEK_NIGHTS, night_of, recent_nights

# "Leg twitching on more than three nights per week."
DEFAULT_TWITCH_NIGHTS_THRESHOLD = 4
# "Twitches or jerks wake you up regularly."
DEFAULT_WOKE_NIGHTS_THRESHOLD = 3
# "Meeting two or more criteria warrants seeing a neurologist or sleep specialist."
DEFAULT_DOCTOR_CRITERIA_THRESHOLD = 2
# Symptoms and spreading count when logged within this many nights.
SYMPTOM_WINDOW_NIGHTS = 14
# "Twitches that persist for more than two weeks": at least this many nights in each week.
PERSISTENT_NIGHTS_PER_WEEK = 3
# "Twitches that begin after starting a new medication": at least this many nights after it.
AFTER_MEDICATION_NIGHTS = 3
# ... when the medication was logged within this many nights.
MEDICATION_WINDOW_NIGHTS = 28
# A PLM index above the adult threshold on at least this many of the last 7 measured nights.
PLM_NIGHTS = 3
# "Twitches that do not get better following appropriate lifestyle changes": an experiment of
# at least this many nights, ended within the window, kept, that did not help while twitches
# stayed on at least 3 nights a week.
NO_BETTER_MIN_NIGHTS = 14
NO_BETTER_WINDOW_NIGHTS = 28


class Criterion(StrEnum):
    """A reason to consider talking to a doctor."""

    FREQUENT_TWITCHING = "frequent_twitching"
    WAKES_REGULARLY = "wakes_regularly"
    URGE_TO_MOVE = "urge_to_move"
    PARTNER_REPORTS_KICKING = "partner_reports_kicking"
    SPREADS_BEYOND_LEGS = "spreads_beyond_legs"
    WEAKNESS_OR_NUMBNESS = "weakness_or_numbness"
    IRON_DEFICIENCY = "iron_deficiency"
    PERSISTENT_TWO_WEEKS = "persistent_two_weeks"
    AFTER_NEW_MEDICATION = "after_new_medication"
    PERIODIC_LIMB_MOVEMENTS = "periodic_limb_movements"
    NO_BETTER_AFTER_CHANGES = "no_better_after_changes"


@dataclass(frozen=True, slots=True, kw_only=True)
class Thresholds:
    """The checklist thresholds a sleeper can change in the options."""

    twitch_nights: int = DEFAULT_TWITCH_NIGHTS_THRESHOLD
    woke_nights: int = DEFAULT_WOKE_NIGHTS_THRESHOLD
    doctor_criteria: int = DEFAULT_DOCTOR_CRITERIA_THRESHOLD


@dataclass(frozen=True, slots=True)
class Finding:
    """Whether one criterion is met, and the nights and counts that make it so."""

    criterion: Criterion
    met: bool
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Checklist:
    """Every criterion's finding and what they add up to."""

    findings: tuple[Finding, ...]
    threshold: int

    @property
    def met(self) -> list[Finding]:
        """Return the findings that are met."""
        return [finding for finding in self.findings if finding.met]

    @property
    def score(self) -> int:
        """Return how many criteria are met."""
        return len(self.met)

    @property
    def recommended(self) -> bool:
        """Return whether enough criteria are met to consider seeing a doctor."""
        return self.score >= self.threshold

    def as_dicts(self) -> list[dict[str, Any]]:
        """Return the met criteria with their evidence, ready for attributes and reports."""
        return [
            {"criterion": item.criterion.value, **item.evidence} for item in self.met
        ]


def _isoformat(nights: Iterable[date]) -> list[str]:
    return [night.isoformat() for night in sorted(nights)]


def _count_finding(criterion: Criterion, nights: list[date], threshold: int) -> Finding:
    return Finding(
        criterion,
        len(nights) >= threshold,
        {"nights": _isoformat(nights), "count": len(nights), "threshold": threshold},
    )


def _symptom_finding(
    criterion: Criterion, symptom: Symptom, reported: dict[Symptom, set[date]]
) -> Finding:
    nights = reported.get(symptom, set())
    return Finding(criterion, bool(nights), {"nights": _isoformat(nights)})


def _symptoms_reported(
    journal: Journal, window: list[date]
) -> dict[Symptom, set[date]]:
    """Return the nights of a window on which each symptom was reported."""
    reported: dict[Symptom, set[date]] = {}
    for night in window:
        for event in journal.in_night(night, EventKind.SYMPTOM):
            if isinstance(event, SymptomReport):
                reported.setdefault(event.symptom, set()).add(night)
    return reported


def evaluate(
    journal: Journal,
    tonight: date,
    thresholds: Thresholds,
    *,
    iron_deficiency: bool,
    plm_indexes: Mapping[date, float] | None = None,
    experiments: Sequence[Outcome] = (),
) -> Checklist:
    """Evaluate every criterion for the night `tonight`.

    `plm_indexes` are the PLM indexes of the nights a movement sensor measured (and whose
    wake time has passed); `experiments` the outcomes of the experiments that ended.
    """
    week = list(recent_nights(tonight, WEEK_NIGHTS))
    fortnight = list(recent_nights(tonight, SYMPTOM_WINDOW_NIGHTS))
    previous_week = [night - timedelta(days=WEEK_NIGHTS) for night in week]
    # Each night's twitches are looked up once: the checklist is evaluated on every change.
    twitches = {
        night: journal.twitches(night) for night in {*fortnight, *previous_week}
    }
    twitch_nights = [night for night in week if twitches[night]]
    woke_nights = [
        night for night in week if any(twitch.woke_up for twitch in twitches[night])
    ]
    spread = {
        night: sorted(
            {part for twitch in twitches[night] for part in twitch.body_parts}
            - LEGS_ONLY
        )
        for night in fortnight
    }
    spread = {night: parts for night, parts in spread.items() if parts}
    previous_twitch_nights = [night for night in previous_week if twitches[night]]
    reported = _symptoms_reported(journal, fortnight)
    return Checklist(
        findings=(
            _count_finding(
                Criterion.FREQUENT_TWITCHING, twitch_nights, thresholds.twitch_nights
            ),
            _count_finding(
                Criterion.WAKES_REGULARLY, woke_nights, thresholds.woke_nights
            ),
            _symptom_finding(Criterion.URGE_TO_MOVE, Symptom.URGE_TO_MOVE, reported),
            _symptom_finding(
                Criterion.PARTNER_REPORTS_KICKING,
                Symptom.PARTNER_REPORTS_KICKING,
                reported,
            ),
            Finding(
                Criterion.SPREADS_BEYOND_LEGS,
                bool(spread),
                {
                    "nights": _isoformat(spread),
                    "body_parts": sorted(
                        {part.value for parts in spread.values() for part in parts}
                    ),
                },
            ),
            _symptom_finding(
                Criterion.WEAKNESS_OR_NUMBNESS, Symptom.WEAKNESS_OR_NUMBNESS, reported
            ),
            Finding(
                Criterion.IRON_DEFICIENCY,
                iron_deficiency,
                {"diagnosed": iron_deficiency},
            ),
            Finding(
                Criterion.PERSISTENT_TWO_WEEKS,
                len(twitch_nights) >= PERSISTENT_NIGHTS_PER_WEEK
                and len(previous_twitch_nights) >= PERSISTENT_NIGHTS_PER_WEEK,
                {
                    "this_week": len(twitch_nights),
                    "previous_week": len(previous_twitch_nights),
                    "threshold": PERSISTENT_NIGHTS_PER_WEEK,
                },
            ),
            _after_new_medication(journal, tonight),
            _periodic_limb_movements(plm_indexes or {}, tonight),
            _no_better_after_changes(experiments, tonight),
        ),
        threshold=thresholds.doctor_criteria,
    )


def _after_new_medication(journal: Journal, tonight: date) -> Finding:
    """Count the twitch nights after each new medication of the last 28 nights.

    The medication followed by the most twitch nights is the evidence, so a later second
    medication does not erase what followed the first.
    """
    first_night = tonight - timedelta(days=MEDICATION_WINDOW_NIGHTS - 1)
    started = sorted(
        event.time
        for event in journal.of_kind(EventKind.SYMPTOM)
        if isinstance(event, SymptomReport)
        and event.symptom is Symptom.NEW_MEDICATION
        and night_of(event.time, journal.tz) >= first_night
    )
    if not started:
        return Finding(Criterion.AFTER_NEW_MEDICATION, False, {})
    nights = journal.nights()
    since, after = max(
        (
            (
                moment,
                [
                    night
                    for night in nights[
                        bisect_left(nights, night_of(moment, journal.tz)) :
                    ]
                    if any(twitch.time > moment for twitch in journal.twitches(night))
                ],
            )
            for moment in started
        ),
        # The most nights; of equals, the earliest medication.
        key=lambda item: (len(item[1]), -item[0].timestamp()),
    )
    return Finding(
        Criterion.AFTER_NEW_MEDICATION,
        len(after) >= AFTER_MEDICATION_NIGHTS,
        {
            "since": since.isoformat(),
            "nights": _isoformat(after),
            "count": len(after),
            "threshold": AFTER_MEDICATION_NIGHTS,
        },
    )


def _periodic_limb_movements(
    plm_indexes: Mapping[date, float], tonight: date
) -> Finding:
    """Count the last 7 measured nights with a PLM index above the adult threshold."""
    measured = sorted(night for night in plm_indexes if night <= tonight)[-WEEK_NIGHTS:]
    above = [night for night in measured if plm_indexes[night] > PLMI_THRESHOLD]
    if not measured:
        return Finding(Criterion.PERIODIC_LIMB_MOVEMENTS, False, {})
    return Finding(
        Criterion.PERIODIC_LIMB_MOVEMENTS,
        len(above) >= PLM_NIGHTS,
        {
            "nights": _isoformat(above),
            "plm_index": [round(plm_indexes[night], 1) for night in above],
            "count": len(above),
            "measured_nights": len(measured),
            "threshold": PLM_NIGHTS,
        },
    )


def _no_better_after_changes(experiments: Sequence[Outcome], tonight: date) -> Finding:
    """Find a kept change of at least 14 nights, ended lately, that did not help."""
    window_start = tonight - timedelta(days=NO_BETTER_WINDOW_NIGHTS - 1)
    for item in experiments:
        if (
            item.verdict is not None
            and item.verdict is not ExperimentVerdict.HELPED
            and item.nights_done >= NO_BETTER_MIN_NIGHTS
            and item.last_night >= window_start
            and (item.adherence or 0.0) >= ADHERENCE_TARGET
            and item.during.twitch_nights * WEEK_NIGHTS
            >= PERSISTENT_NIGHTS_PER_WEEK * item.nights_done
        ):
            return Finding(
                Criterion.NO_BETTER_AFTER_CHANGES,
                True,
                {
                    "change": item.experiment.change,
                    "keep": item.experiment.keep.value,
                    "first_night": item.first_night.isoformat(),
                    "last_night": item.last_night.isoformat(),
                    "nights_done": item.nights_done,
                    "twitch_nights": item.during.twitch_nights,
                    "adherence": round(100 * (item.adherence or 0.0)),
                },
            )
    return Finding(Criterion.NO_BETTER_AFTER_CHANGES, False, {})
