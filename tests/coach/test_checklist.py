"""Tests of the doctor-visit checklist rules."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from custom_components.sleep_twitch_coach.coach.checklist import (
    Criterion,
    Finding,
    Thresholds,
    evaluate,
)
from custom_components.sleep_twitch_coach.coach.events import (
    BodyPart,
    Symptom,
    SymptomReport,
    Twitch,
)
from custom_components.sleep_twitch_coach.coach.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
TONIGHT = date(2026, 11, 16)
DEFAULTS = Thresholds()


AFTER_MEDICATION = Criterion.AFTER_NEW_MEDICATION


def evening(night: date, **fields: object) -> Twitch:
    """Return a twitch at 23:00 on a night."""
    moment = datetime(night.year, night.month, night.day, 23, tzinfo=BERLIN)
    return Twitch(time=moment, **fields)  # type: ignore[arg-type]


def symptom(night: date, what: Symptom) -> SymptomReport:
    """Return a symptom logged at 21:00 on a night."""
    moment = datetime(night.year, night.month, night.day, 21, tzinfo=BERLIN)
    return SymptomReport(time=moment, symptom=what)


def ago(nights: int) -> date:
    """Return the night `nights` before tonight."""
    return TONIGHT - timedelta(days=nights)


def findings(journal: Journal, *, iron: bool = False) -> dict[Criterion, bool]:
    """Return whether each criterion is met tonight."""
    checklist = evaluate(journal, TONIGHT, DEFAULTS, iron_deficiency=iron)
    return {finding.criterion: finding.met for finding in checklist.findings}


def test_an_empty_journal_meets_nothing() -> None:
    """No events, no criteria, no recommendation."""
    checklist = evaluate(Journal(BERLIN), TONIGHT, DEFAULTS, iron_deficiency=False)
    assert checklist.score == 0
    assert not checklist.recommended
    assert len(checklist.findings) == len(Criterion)


def test_frequent_twitching_needs_more_than_three_of_seven_nights() -> None:
    """Three nights are not enough; four are, with the nights as evidence."""
    journal = Journal(BERLIN, [evening(ago(n)) for n in (0, 2, 6)])
    journal.add(evening(ago(7)))  # outside the last 7 nights
    assert not findings(journal)[Criterion.FREQUENT_TWITCHING]
    journal.add(evening(ago(3)))
    checklist = evaluate(journal, TONIGHT, DEFAULTS, iron_deficiency=False)
    assert checklist.findings[0].met
    assert checklist.findings[0].evidence == {
        "nights": ["2026-11-10", "2026-11-13", "2026-11-14", "2026-11-16"],
        "count": 4,
        "threshold": 4,
    }


def test_wakes_regularly_counts_nights_with_a_woke_up_twitch() -> None:
    """Three nights with a twitch that woke the sleeper meet the criterion."""
    journal = Journal(BERLIN, [evening(ago(n), woke_up=True) for n in (1, 4)])
    journal.add(evening(ago(2)))
    assert not findings(journal)[Criterion.WAKES_REGULARLY]
    journal.add(evening(ago(5), woke_up=True))
    assert findings(journal)[Criterion.WAKES_REGULARLY]


def test_symptoms_count_for_fourteen_nights() -> None:
    """A symptom 13 nights ago counts; 14 nights ago does not."""
    journal = Journal(BERLIN, [symptom(ago(14), Symptom.URGE_TO_MOVE)])
    assert not findings(journal)[Criterion.URGE_TO_MOVE]
    journal.add(symptom(ago(13), Symptom.URGE_TO_MOVE))
    journal.add(symptom(ago(1), Symptom.PARTNER_REPORTS_KICKING))
    journal.add(symptom(ago(2), Symptom.WEAKNESS_OR_NUMBNESS))
    journal.add(symptom(ago(0), Symptom.DAYTIME_SLEEPINESS))
    met = findings(journal)
    assert met[Criterion.URGE_TO_MOVE]
    assert met[Criterion.PARTNER_REPORTS_KICKING]
    assert met[Criterion.WEAKNESS_OR_NUMBNESS]
    assert sum(met.values()) == 3


def test_spreading_to_arms_or_trunk() -> None:
    """A twitch in the arms meets the criterion, with the body part as evidence."""
    journal = Journal(BERLIN, [evening(ago(3))])
    assert not findings(journal)[Criterion.SPREADS_BEYOND_LEGS]
    journal.add(evening(ago(3), body_parts=frozenset({BodyPart.LEGS, BodyPart.ARMS})))
    checklist = evaluate(journal, TONIGHT, DEFAULTS, iron_deficiency=False)
    spread = next(
        f for f in checklist.findings if f.criterion is Criterion.SPREADS_BEYOND_LEGS
    )
    assert spread.met
    assert spread.evidence == {"nights": ["2026-11-13"], "body_parts": ["arms"]}


def test_iron_deficiency_alone_is_one_criterion() -> None:
    """The switch meets one criterion, which is below the threshold of two."""
    checklist = evaluate(Journal(BERLIN), TONIGHT, DEFAULTS, iron_deficiency=True)
    assert checklist.score == 1
    assert not checklist.recommended
    assert checklist.as_dicts() == [{"criterion": "iron_deficiency", "diagnosed": True}]


def test_persistent_two_weeks_needs_three_nights_in_each_week() -> None:
    """Three twitch nights in this week and in the week before."""
    journal = Journal(BERLIN, [evening(ago(n)) for n in (0, 3, 5, 8, 12)])
    assert not findings(journal)[Criterion.PERSISTENT_TWO_WEEKS]
    journal.add(evening(ago(13)))
    assert findings(journal)[Criterion.PERSISTENT_TWO_WEEKS]


def test_after_new_medication_counts_twitch_nights_after_it() -> None:
    """Three twitch nights after the latest new medication meet the criterion."""
    journal = Journal(BERLIN, [evening(ago(10)), evening(ago(9)), evening(ago(8))])
    assert not findings(journal)[Criterion.AFTER_NEW_MEDICATION]
    journal.add(symptom(ago(5), Symptom.NEW_MEDICATION))
    journal.add(evening(ago(4)))
    journal.add(evening(ago(2)))
    assert not findings(journal)[Criterion.AFTER_NEW_MEDICATION]
    journal.add(evening(ago(1)))
    checklist = evaluate(journal, TONIGHT, DEFAULTS, iron_deficiency=False)
    (after,) = [f for f in checklist.findings if f.criterion is AFTER_MEDICATION]
    assert after.met
    assert after.evidence["nights"] == ["2026-11-12", "2026-11-14", "2026-11-15"]
    assert after.evidence["since"] == "2026-11-11T21:00:00+01:00"


def test_thresholds_come_from_the_options() -> None:
    """A lower criteria threshold recommends a visit on one criterion."""
    strict = Thresholds(twitch_nights=2, doctor_criteria=1)
    journal = Journal(BERLIN, [evening(ago(0)), evening(ago(1))])
    checklist = evaluate(journal, TONIGHT, strict, iron_deficiency=False)
    assert checklist.score == 1
    assert checklist.recommended


def test_a_second_new_medication_does_not_erase_the_first_ones_evidence() -> None:
    """Three twitch nights after the first medication still count after a second one."""
    journal = Journal(BERLIN, [symptom(ago(10), Symptom.NEW_MEDICATION)])
    for nights in (9, 8, 7):
        journal.add(evening(ago(nights)))
    journal.add(symptom(ago(3), Symptom.NEW_MEDICATION))
    checklist = evaluate(journal, TONIGHT, DEFAULTS, iron_deficiency=False)
    (after,) = [f for f in checklist.findings if f.criterion is AFTER_MEDICATION]
    assert after.met
    assert after.evidence["since"] == "2026-11-06T21:00:00+01:00"
    assert after.evidence["count"] == 3


def test_a_new_medication_counts_for_28_nights() -> None:
    """A medication logged 28 nights ago counts; 29 nights ago it no longer does."""
    for nights, met in ((27, True), (28, False)):
        journal = Journal(BERLIN, [symptom(ago(nights), Symptom.NEW_MEDICATION)])
        for after in (1, 2, 3):
            journal.add(evening(ago(nights - after)))
        assert findings(journal)[Criterion.AFTER_NEW_MEDICATION] is met


def plm_finding(indexes: dict[int, float]) -> Finding:
    """Evaluate with PLM indexes for nights so many nights ago."""
    checklist = evaluate(
        Journal(BERLIN),
        TONIGHT,
        DEFAULTS,
        iron_deficiency=False,
        plm_indexes={ago(back): index for back, index in indexes.items()},
    )
    (finding,) = [
        f
        for f in checklist.findings
        if f.criterion is Criterion.PERIODIC_LIMB_MOVEMENTS
    ]
    return finding


def test_periodic_limb_movements_on_three_of_the_last_seven_measured_nights() -> None:
    """Above 15 per hour (not at 15) on 3 of the last 7 measured nights, however far apart."""
    assert not plm_finding({}).met
    assert plm_finding({}).evidence == {}
    assert not plm_finding({1: 16.0, 2: 15.0, 3: 30.0}).met
    finding = plm_finding({1: 16.0, 2: 15.1, 3: 30.0, 4: 2.0})
    assert finding.met
    assert finding.evidence == {
        "nights": [ago(3).isoformat(), ago(2).isoformat(), ago(1).isoformat()],
        "plm_index": [30.0, 15.1, 16.0],
        "count": 3,
        "measured_nights": 4,
        "threshold": 3,
    }
    # Measured nights, not calendar nights: a fortnight away does not empty the window.
    assert plm_finding({20: 16.0, 21: 17.0, 30: 18.0}).met
    # Only the last 7 measured nights count.
    older_above = dict.fromkeys((10, 11, 12), 20.0)
    recent_below = dict.fromkeys(range(1, 8), 1.0)
    assert not plm_finding({**older_above, **recent_below}).met
