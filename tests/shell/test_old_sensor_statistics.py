"""The old statistics of twitches tonight after an update: the repair issues and their fix."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.components.recorder import Recorder
from homeassistant.components.recorder.models import StatisticMeanType
from homeassistant.components.recorder.statistics import async_import_statistics
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from .conftest import setup_entry, sleeper_entry

TONIGHT = "sensor.alex_twitches_tonight"


@pytest.fixture
def mock_recorder_before_hass(async_setup_recorder_instance: Any) -> None:
    """Prepare the recorder before Home Assistant (this module's tests use a real one)."""


def sensor_issues(hass: HomeAssistant) -> set[str]:
    """Return the ids of the repair issues the sensor integration raised."""
    return {
        issue_id
        for (domain, issue_id) in ir.async_get(hass).issues
        if domain == "sensor"
    }


async def test_two_issues_that_deleting_the_old_statistics_fixes(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """As docs/statistics.md says: the Statistics page raises two, one deletion ends both."""
    # What an earlier release left: hourly means of a unitless measurement.
    async_import_statistics(
        hass,
        {
            "mean_type": StatisticMeanType.ARITHMETIC,
            "has_sum": False,
            "name": None,
            "source": "recorder",
            "statistic_id": TONIGHT,
            "unit_class": None,
            "unit_of_measurement": None,
        },
        [
            {
                "start": dt_util.utcnow().replace(minute=0, second=0, microsecond=0)
                - timedelta(days=1),
                "mean": 1.0,
            },
        ],
    )
    await async_wait_recording_done(hass)
    await setup_entry(hass, sleeper_entry())
    # The recorder takes in the sensor integration's statistics checks in the background.
    await hass.async_block_till_done(wait_background_tasks=True)
    await async_wait_recording_done(hass)
    client = await hass_ws_client(hass)

    async def open_the_statistics_page() -> None:
        await client.send_json_auto_id({"type": "recorder/update_statistics_issues"})
        assert (await client.receive_json())["success"]

    await open_the_statistics_page()
    assert sensor_issues(hass) == {
        f"state_class_removed_{TONIGHT}",
        f"units_changed_{TONIGHT}",
    }

    await client.send_json_auto_id(
        {"type": "recorder/clear_statistics", "statistic_ids": [TONIGHT]}
    )
    assert (await client.receive_json())["success"]
    await async_wait_recording_done(hass)
    await open_the_statistics_page()
    assert not sensor_issues(hass)
