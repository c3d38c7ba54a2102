"""Tests of setting up, unloading and restarting a sleeper."""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_test_home_assistant,
)

from custom_components.sleep_twitch_coach.const import DOMAIN
from custom_components.sleep_twitch_coach.entity import CoachEntity
from custom_components.sleep_twitch_coach.store.envelope import CoachFile
from homeassistant import loader
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity import EntityDescription
from homeassistant.util import dt as dt_util

from .conftest import press, setup_entry, stored, stored_events


async def test_setup_creates_the_entities_of_one_device(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    """Without a temperature sensor there are no bedroom entities."""
    assert init_integration.state is ConfigEntryState.LOADED
    assert sorted(hass.states.async_entity_ids()) == [
        "binary_sensor.alex_caffeine_after_cutoff",
        "binary_sensor.alex_doctor_visit_recommended",
        "binary_sensor.alex_late_exercise",
        "button.alex_log_caffeine",
        "button.alex_log_calm_night",
        "button.alex_log_exercise",
        "button.alex_log_twitch",
        "event.alex_journal",
        "select.alex_exercise_intensity",
        "sensor.alex_doctor_checklist_score",
        "sensor.alex_experiment",
        "sensor.alex_last_caffeine",
        "sensor.alex_last_exercise",
        "sensor.alex_next_bedtime",
        "sensor.alex_next_caffeine_cutoff",
        "sensor.alex_twitch_nights_7d",
        "sensor.alex_twitches_tonight",
        "switch.alex_iron_deficiency_diagnosed",
        "todo.alex_wind_down",
    ]


async def test_unload_leaves_no_listener_behind(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Unloading removes the state listener and the scheduled recompute."""
    hass.states.async_set("sensor.bedroom", "19", {"unit_of_measurement": "°C"})
    # A first cycle sets up the platforms, whose own listeners stay for good.
    await setup_entry(hass, mock_config_entry)
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    before = hass.bus.async_listeners()
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Alex",
        unique_id="alex_2",
        data={"name": "Alex"},
        options={**mock_config_entry.options, "temperature_sensor": "sensor.bedroom"},
    )
    await setup_entry(hass, entry)
    coordinator = entry.runtime_data
    assert hass.bus.async_listeners() != before
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED
    assert hass.bus.async_listeners() == before
    # No recompute is left scheduled: a day later nothing is published.
    with patch.object(coordinator, "async_set_updated_data") as publish:
        async_fire_time_changed(hass, dt_util.utcnow() + timedelta(days=1))
        await hass.async_block_till_done()
    publish.assert_not_called()
    assert hass.services.has_service(DOMAIN, "log_twitch")


async def test_a_press_survives_a_restart(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """The twitch count and last caffeine come back from storage after a restart."""
    freezer.move_to("2026-11-16T22:45:00+01:00")
    await setup_entry(hass, mock_config_entry)
    await press(hass)
    await hass.services.async_call(
        DOMAIN,
        "log_caffeine",
        {
            "config_entry_id": mock_config_entry.entry_id,
            "when": "2026-11-16T15:30:00+01:00",
        },
        blocking=True,
    )
    # The press is on disk the moment the action returns.
    assert [
        event["kind"] for event in stored_events(files_on_disk, mock_config_entry)
    ] == [
        "twitch",
        "caffeine",
    ]
    main = stored(files_on_disk, f"{DOMAIN}.{mock_config_entry.entry_id}")
    assert main["version"] == 2
    assert main["data"]["months"] == ["2026-11"]

    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get("sensor.alex_twitches_tonight").state == "unavailable"
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()

    assert hass.states.get("sensor.alex_twitches_tonight").state == "1"
    assert (
        hass.states.get("sensor.alex_last_caffeine").state
        == "2026-11-16T14:30:00+00:00"
    )
    assert hass.states.get("binary_sensor.alex_caffeine_after_cutoff").state == "on"


async def test_a_press_survives_stopping_home_assistant(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """A second Home Assistant started from the same storage shows the same figures."""
    freezer.move_to("2026-11-16T22:45:00+01:00")
    await setup_entry(hass, mock_config_entry)
    for button in ("log_twitch", "log_twitch", "log_caffeine"):
        await hass.services.async_call(
            "button", "press", {"entity_id": f"button.alex_{button}"}, blocking=True
        )
    await hass.async_stop()

    async with async_test_home_assistant() as restarted:
        restarted.data.pop(loader.DATA_CUSTOM_COMPONENTS)
        await restarted.config.async_set_time_zone("Europe/Berlin")
        restarted.config.config_dir = hass.config.config_dir
        entry = MockConfigEntry(
            domain=DOMAIN,
            entry_id=mock_config_entry.entry_id,
            title="Alex",
            unique_id="alex",
            data=dict(mock_config_entry.data),
            options=dict(mock_config_entry.options),
        )
        await setup_entry(restarted, entry)
        assert restarted.states.get("sensor.alex_twitches_tonight").state == "2"
        assert (
            restarted.states.get("sensor.alex_last_caffeine").state
            == "2026-11-16T21:45:00+00:00"
        )
        # Unload as the test harness does for `hass`, so nothing lingers.
        assert await restarted.config_entries.async_unload(entry.entry_id)
        await restarted.async_stop()


async def test_old_events_are_pruned_on_load(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Events older than the retention window are dropped when the coach starts."""
    freezer.move_to("2026-11-16T20:00:00+01:00")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text(
        json.dumps(
            {
                "version": 1,
                "minor_version": 1,
                "key": key,
                "data": {
                    "events": [
                        {"kind": "twitch", "time": "2024-10-16T23:00:00+02:00"},
                        {"kind": "twitch", "time": "2024-11-16T23:00:00+01:00"},
                        {"kind": "twitch", "time": "2024-11-17T23:00:00+01:00"},
                        {"kind": "caffeine", "time": "2026-11-16T09:00:00+01:00"},
                    ]
                },
            }
        )
    )
    await setup_entry(hass, mock_config_entry)
    # 730 nights ending with tonight's start on the night of 2024-11-17.
    assert [
        event["time"] for event in stored_events(files_on_disk, mock_config_entry)
    ] == [
        "2024-11-17T23:00:00+01:00",
        "2026-11-16T09:00:00+01:00",
    ]
    assert len(mock_config_entry.runtime_data.journal) == 2
    # Layout 1 was split into months; the main store no longer holds events.
    assert stored(files_on_disk, key)["data"]["months"] == ["2024-11", "2026-11"]
    assert "events" not in stored(files_on_disk, key)["data"]


async def test_a_newer_minor_version_is_read(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
) -> None:
    """A layout 1.2 (minor versions only add keys) is read through the migration hook."""
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text(
        json.dumps(
            {
                "version": 1,
                "minor_version": 2,
                "key": key,
                "data": {
                    "events": [{"kind": "twitch", "time": "2026-11-16T23:00:00+01:00"}],
                    "iron_deficiency_diagnosed": True,
                    "wind_down_steps": [{"uid": "tea", "summary": "Chamomile tea"}],
                    "added_later": True,
                },
            }
        )
    )
    await setup_entry(hass, mock_config_entry)
    coordinator = mock_config_entry.runtime_data
    assert len(coordinator.journal) == 1
    assert coordinator.iron_deficiency
    assert [step.summary for step in coordinator.record.wind_down] == ["Chamomile tea"]
    assert stored(files_on_disk, key)["version"] == 2
    assert "added_later" not in stored(files_on_disk, key)["data"]
    assert stored_events(files_on_disk, mock_config_entry) == [
        {"kind": "twitch", "time": "2026-11-16T23:00:00+01:00"}
    ]


async def test_a_press_writes_only_its_month(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> None:
    """Logging tonight rewrites tonight's month, not years of history, nor the main store."""
    freezer.move_to("2026-11-16T22:00:00+01:00")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    years = [
        {"kind": "twitch", "time": f"{year}-{month:02d}-10T23:00:00+01:00"}
        for year in (2025, 2026)
        for month in range(1, 12)
    ]
    (files_on_disk / key).write_text(
        json.dumps(
            {
                "version": 1,
                "minor_version": 1,
                "key": key,
                "data": {"events": years},
            }
        )
    )
    await setup_entry(hass, mock_config_entry)
    written: list[str] = []
    original = CoachFile.async_write

    async def recorded(file: CoachFile[Any], data: Any) -> int:
        written.append(file.key)
        return await original(file, data)

    with patch.object(CoachFile, "async_write", recorded):
        await press(hass)
        assert written == [f"{key}.2026-11"]
        # A new month is written with the main store, which lists the months.
        await hass.services.async_call(
            DOMAIN,
            "log_caffeine",
            {
                "config_entry_id": mock_config_entry.entry_id,
                "when": "2024-12-01T13:00:00+01:00",
            },
            blocking=True,
        )
    assert written[1:] == [f"{key}.2024-12", key]
    assert stored(files_on_disk, key)["data"]["months"][0] == "2024-12"


async def test_an_entity_that_does_not_say_what_it_shows_is_always_written(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """The write-skipping is opt-in: a new entity that forgets it still updates."""

    class Plain(CoachEntity):
        """An entity that does not override _fingerprint."""

    entity = Plain(loaded.runtime_data, EntityDescription(key="plain"))
    with patch.object(Plain, "async_write_ha_state") as write:
        entity._handle_coordinator_update()  # noqa: SLF001
        entity._handle_coordinator_update()  # noqa: SLF001
    assert write.call_count == 2
