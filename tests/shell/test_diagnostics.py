"""Tests of the diagnostics download."""

from __future__ import annotations

from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from .conftest import OPTIONS, press, setup_entry


async def test_diagnostics_never_contain_notes(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    hass_client: ClientSessionGenerator,
) -> None:
    """Counts and recent events are there; the note text is not."""
    assert await async_setup_component(hass, "diagnostics", {})
    await setup_entry(hass, mock_config_entry)
    await hass.services.async_call(
        DOMAIN,
        "log_twitch",
        {"config_entry_id": mock_config_entry.entry_id, "note": "private words"},
        blocking=True,
    )
    await press(hass, "log_caffeine")
    result = await get_diagnostics_for_config_entry(
        hass, hass_client, mock_config_entry
    )
    assert "private words" not in str(result)
    assert result["options"] == OPTIONS
    journal = result["journal"]
    assert journal["events"] == 2
    assert journal["nights"] == 1
    assert journal["by_kind"] == {"twitch": 1, "caffeine": 1}
    assert "note" not in journal["recent"][0]
    assert journal["recent"][0]["kind"] == "twitch"
    assert result["status"]["twitches_tonight"] == 1
    assert result["bedroom_c"] is None
