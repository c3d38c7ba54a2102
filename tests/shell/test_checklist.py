"""Tests of the doctor checklist entities, the repair issue and the bedtime snapshot."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.sleep_twitch_coach.const import DOMAIN
from custom_components.sleep_twitch_coach.doctor_alert import async_raise_doctor_issue
from custom_components.sleep_twitch_coach.store import envelope as file_owner
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from .conftest import (
    OPTIONS_FORM,
    fire_at,
    setup_entry,
    sleeper_entry,
    stored_events,
    submit_options,
)

SCORE = "sensor.alex_doctor_checklist_score"
RECOMMENDED = "binary_sensor.alex_doctor_visit_recommended"
IRON = "switch.alex_iron_deficiency_diagnosed"


def doctor_issue(hass: HomeAssistant, entry: MockConfigEntry) -> ir.IssueEntry | None:
    """Return the doctor-visit repair issue of a sleeper, if raised."""
    return ir.async_get(hass).async_get_issue(DOMAIN, f"doctor_visit_{entry.entry_id}")


async def log(
    hass: HomeAssistant, entry: MockConfigEntry, service: str, **data: Any
) -> None:
    """Call a logging action for the sleeper."""
    await hass.services.async_call(
        DOMAIN, service, {"config_entry_id": entry.entry_id, **data}, blocking=True
    )
    await hass.async_block_till_done()


@pytest.fixture
def set_up_at() -> str:
    """Set the sleeper up at 20:00 on 16 November 2026."""
    return "2026-11-16T20:00:00+01:00"


async def test_four_nights_and_an_urge_recommend_a_doctor_visit(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Twitches on 4 of 7 nights plus urge_to_move: on, score 2, issue; undo turns it off."""
    for day in (10, 12, 14, 16):
        await log(hass, loaded, "log_twitch", when=f"2026-11-{day}T19:00:00+01:00")
    assert hass.states.get(SCORE).state == "1"
    assert hass.states.get(RECOMMENDED).state == "off"
    assert doctor_issue(hass, loaded) is None

    await log(hass, loaded, "log_symptom", symptom="urge_to_move")
    assert hass.states.get(SCORE).state == "2"
    recommended = hass.states.get(RECOMMENDED)
    assert recommended.state == "on"
    assert [item["criterion"] for item in recommended.attributes["criteria"]] == [
        "frequent_twitching",
        "urge_to_move",
    ]
    assert hass.states.get(SCORE).attributes["criteria"][0]["nights"] == [
        "2026-11-10",
        "2026-11-12",
        "2026-11-14",
        "2026-11-16",
    ]
    issue = doctor_issue(hass, loaded)
    assert issue is not None
    assert issue.severity is ir.IssueSeverity.WARNING
    assert issue.translation_key == "doctor_visit_recommended"
    assert issue.translation_placeholders == {
        "name": "Alex",
        "score": "2",
        "criteria": "- Leg twitching on more than three nights a week\n"
        "- An urge to move the legs at rest",
        "doctor_view": f"/sleep-twitch-coach?sleeper={loaded.entry_id}&view=doctor",
    }

    await hass.services.async_call(
        DOMAIN,
        "undo_last",
        {"config_entry_id": loaded.entry_id, "kind": "twitch"},
        blocking=True,
        return_response=True,
    )
    await hass.async_block_till_done()
    assert hass.states.get(RECOMMENDED).state == "off"
    assert hass.states.get(SCORE).state == "1"
    assert doctor_issue(hass, loaded) is None

    # Met again later: the issue is raised afresh.
    await log(hass, loaded, "log_twitch")
    assert doctor_issue(hass, loaded) is not None


async def test_arms_and_iron_deficiency(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Iron alone gives score 1 and no alert; an arms twitch makes it 2."""
    await hass.services.async_call(
        "switch", "turn_on", {"entity_id": IRON}, blocking=True
    )
    await hass.async_block_till_done()
    assert hass.states.get(IRON).state == "on"
    assert hass.states.get(SCORE).state == "1"
    assert hass.states.get(RECOMMENDED).state == "off"
    assert doctor_issue(hass, loaded) is None

    await log(hass, loaded, "log_twitch", body_parts=["arms"])
    assert hass.states.get(SCORE).state == "2"
    assert hass.states.get(RECOMMENDED).state == "on"
    assert doctor_issue(hass, loaded).translation_placeholders["criteria"] == (
        "- Twitching spreads to the arms or trunk\n"
        "- Diagnosed iron deficiency or anaemia"
    )

    # The switch is kept with the journal across a restart.
    assert await hass.config_entries.async_reload(loaded.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get(IRON).state == "on"
    await hass.services.async_call(
        "switch", "turn_off", {"entity_id": IRON}, blocking=True
    )
    await hass.async_block_till_done()
    assert hass.states.get(SCORE).state == "1"
    assert doctor_issue(hass, loaded) is None


async def test_persistent_two_weeks_over_three_weeks(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Moving through three weeks: on once both 7-night windows have 3 twitch nights, then off."""
    freezer.move_to("2026-11-01T20:00:00+01:00")
    await setup_entry(hass, mock_config_entry)
    days_with_twitches = {1, 3, 5, 8, 10, 12}

    def persistent() -> bool:
        criteria = hass.states.get(SCORE).attributes["criteria"]
        return any(item["criterion"] == "persistent_two_weeks" for item in criteria)

    seen: dict[int, bool] = {}
    for day in range(1, 22):
        await fire_at(hass, freezer, f"2026-11-{day:02d}T20:00:00+01:00")
        if day in days_with_twitches:
            await log(hass, mock_config_entry, "log_twitch")
        seen[day] = persistent()
    # On the 12th the current week (6 to 12) holds 8, 10, 12 and the week before
    # (-1 to 5) holds 1, 3, 5. On the 15th night 8 leaves the current week (9 to 15),
    # which then holds only 10 and 12.
    assert [day for day, met in seen.items() if met] == [12, 13, 14]


async def test_bedtime_snapshot_records_the_bedroom_temperature(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, files_on_disk: Path
) -> None:
    """At bedtime the temperature goes into the journal; a non-numeric one does not."""
    freezer.move_to("2026-11-16T22:00:00+01:00")
    hass.states.async_set("sensor.bedroom", "19.26", {"unit_of_measurement": "°C"})
    entry = sleeper_entry(temperature_sensor="sensor.bedroom")
    await setup_entry(hass, entry)
    await fire_at(hass, freezer, "2026-11-16T22:30:01+01:00")
    events = stored_events(files_on_disk, entry)
    assert events == [
        {
            "kind": "bedtime_snapshot",
            "time": "2026-11-16T21:30:00+00:00",
            "temperature_c": 19.26,
        }
    ]
    hass.states.async_set("sensor.bedroom", "unavailable")
    await fire_at(hass, freezer, "2026-11-17T22:30:01+01:00")
    assert len(stored_events(files_on_disk, entry)) == 1


async def test_a_bedtime_snapshot_that_cannot_be_written_is_logged_not_raised(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Nobody waits for the snapshot: a failed write is an error in the log, nothing more."""
    freezer.move_to("2026-11-16T22:00:00+01:00")
    hass.states.async_set("sensor.bedroom", "19.26", {"unit_of_measurement": "°C"})
    entry = sleeper_entry(temperature_sensor="sensor.bedroom")
    await setup_entry(hass, entry)
    with patch.object(file_owner, "write_atomically", side_effect=OSError(28, "full")):
        await fire_at(hass, freezer, "2026-11-16T22:30:01+01:00")
    assert "The journal of Alex could not be written" in caplog.text
    assert "Error doing job" not in caplog.text
    assert len(entry.runtime_data.journal) == 0


async def test_the_doctor_issue_goes_when_a_threshold_ends_its_reason(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Raising the criteria threshold above the score (a reload) removes the issue at once."""
    await log(hass, loaded, "log_twitch", body_parts=["arms"])
    await log(hass, loaded, "log_symptom", symptom="urge_to_move")
    assert doctor_issue(hass, loaded) is not None
    await submit_options(
        hass, loaded, {**OPTIONS_FORM, "doctor_criteria_threshold": 3.0}
    )
    assert hass.states.get(RECOMMENDED).state == "off"
    assert doctor_issue(hass, loaded) is None


async def test_removing_the_sleeper_removes_their_doctor_issue(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """A removed sleeper leaves no repair issue behind that nobody could act on."""
    await log(hass, loaded, "log_twitch", body_parts=["arms"])
    await log(hass, loaded, "log_symptom", symptom="urge_to_move")
    assert doctor_issue(hass, loaded) is not None
    assert await hass.config_entries.async_remove(loaded.entry_id)
    await hass.async_block_till_done()
    assert doctor_issue(hass, loaded) is None


async def test_an_issue_raised_and_taken_back_at_once_does_not_stay(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Met and unmet before the issue's wording is looked up: no issue is left behind."""
    await log(hass, loaded, "log_twitch", body_parts=["arms"])
    await hass.services.async_call(
        "switch", "turn_on", {"entity_id": IRON}, blocking=True
    )
    await hass.services.async_call(
        "switch", "turn_off", {"entity_id": IRON}, blocking=True
    )
    await hass.async_block_till_done()
    assert hass.states.get(RECOMMENDED).state == "off"
    assert doctor_issue(hass, loaded) is None


async def test_a_raise_whose_figures_moved_on_is_dropped(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """When the checklist changed while the issue's wording was looked up, nothing is raised."""
    checklist = loaded.runtime_data.data.checklist
    await async_raise_doctor_issue(
        hass, loaded.entry_id, "Alex", checklist, still_due=lambda: False
    )
    assert doctor_issue(hass, loaded) is None


async def test_the_issue_shows_a_typed_name_as_text(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """A name with HTML, a link or a template is inert in the issue's Markdown."""
    hass.config_entries.async_update_entry(
        loaded, title="<img src=x> [Al](https://example.invalid) {{ 1 }}"
    )
    for day in (10, 12, 14, 16):
        await log(hass, loaded, "log_twitch", when=f"2026-11-{day}T19:00:00+01:00")
    await log(hass, loaded, "log_symptom", symptom="urge_to_move")
    issue = doctor_issue(hass, loaded)
    assert issue is not None
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["name"] == (
        "&lt;img src\\=x&gt; \\[Al\\]\\(https\\:\\/\\/example\\.invalid\\) "
        "\\{\\{ 1 \\}\\}"
    )
