"""The Sleep coach panel: in the sidebar while a sleeper is loaded, served from our folder."""

from __future__ import annotations

import hashlib

from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.sleep_twitch_coach.const import DOMAIN
from custom_components.sleep_twitch_coach.panel import BUNDLE
from homeassistant.components import frontend
from homeassistant.const import EVENT_PANELS_UPDATED
from homeassistant.core import HomeAssistant

from .conftest import setup_entry

URL_PATH = "sleep-twitch-coach"


def panel(hass: HomeAssistant) -> frontend.Panel | None:
    """Return the coach's panel, if it is registered."""
    return hass.data.get(frontend.DATA_PANELS, {}).get(URL_PATH)


async def test_the_panel_comes_with_the_first_sleeper_and_goes_with_the_last(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    """Every user sees the panel while at least one sleeper is loaded."""
    shown = panel(hass)
    assert shown is not None
    assert shown.sidebar_title == "Sleep coach"
    assert shown.require_admin is False
    custom = shown.config["_panel_custom"]
    assert custom["name"] == "sleep-twitch-coach-panel"
    version = hashlib.sha256(BUNDLE.read_bytes()).hexdigest()[:16]
    assert custom["module_url"] == (
        f"/{DOMAIN}_static/sleep-twitch-coach-panel.js?v={version}"
    )
    bea = await setup_entry(
        hass,
        MockConfigEntry(
            domain=DOMAIN,
            title="Bea",
            unique_id="bea",
            options=init_integration.options,
        ),
    )
    assert await hass.config_entries.async_unload(init_integration.entry_id)
    assert panel(hass) is shown
    assert await hass.config_entries.async_unload(bea.entry_id)
    assert panel(hass) is None
    assert await hass.config_entries.async_setup(bea.entry_id)
    assert panel(hass) is not None


async def test_the_module_is_served_from_the_integrations_folder(
    hass: HomeAssistant,
    init_integration: MockConfigEntry,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """The browser loads the built module itself, cacheable because its URL has its hash."""
    assert panel(hass) is not None
    client = await hass_client_no_auth()
    response = await client.get(panel(hass).config["_panel_custom"]["module_url"])
    assert response.status == 200
    assert await response.read() == BUNDLE.read_bytes()
    assert "max-age" in response.headers["Cache-Control"]


async def test_the_sidebar_title_is_in_home_assistants_language(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """A French Home Assistant shows "Coach du sommeil"; a language the coach lacks, English."""
    hass.config.language = "fr"
    await setup_entry(hass, mock_config_entry)
    shown = panel(hass)
    assert shown is not None
    assert shown.sidebar_title == "Coach du sommeil"
    await hass.config.async_update(language="pt-BR")
    await hass.async_block_till_done()
    assert panel(hass) is not None
    assert panel(hass).sidebar_title == "Sleep coach"


async def test_the_sidebar_title_follows_a_change_of_language(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    """Changing Home Assistant's language retitles the panel at once, the same module kept."""
    before = panel(hass)
    assert before is not None
    assert before.sidebar_title == "Sleep coach"
    await hass.config.async_update(language="de")
    await hass.async_block_till_done()
    after = panel(hass)
    assert after is not None
    assert after.sidebar_title == "Schlafcoach"
    assert after.config == before.config
    assert after.require_admin is False
    # Other settings change: the title stays.
    await hass.config.async_update(time_zone="Europe/Amsterdam")
    await hass.async_block_till_done()
    assert panel(hass) is after


async def test_a_change_of_language_without_a_sleeper_adds_no_panel(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    """With the last sleeper unloaded, a new language brings no panel back."""
    assert await hass.config_entries.async_unload(init_integration.entry_id)
    await hass.config.async_update(language="nl")
    await hass.async_block_till_done()
    assert panel(hass) is None
    assert await hass.config_entries.async_setup(init_integration.entry_id)
    assert panel(hass) is not None
    assert panel(hass).sidebar_title == "Slaapcoach"


async def test_saving_settings_in_the_same_language_leaves_the_panel_alone(
    hass: HomeAssistant, init_integration: MockConfigEntry
) -> None:
    """The General settings page sends the language with every save: only a new one counts.

    Registering the panel again makes every open browser fetch the panels anew.
    """
    shown = panel(hass)
    updated = async_capture_events(hass, EVENT_PANELS_UPDATED)
    await hass.config.async_update(language="en", location_name="Home")
    await hass.async_block_till_done()
    assert panel(hass) is shown
    assert not updated

    await hass.config.async_update(language="it", location_name="Home")
    await hass.async_block_till_done()
    assert panel(hass).sidebar_title == "Coach del sonno"
    assert updated
    updated.clear()
    await hass.config.async_update(language="it", location_name="Casa")
    await hass.async_block_till_done()
    assert not updated
