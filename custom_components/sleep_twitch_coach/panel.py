"""The Sleep coach panel in the sidebar, while at least one sleeper is loaded.

Its sidebar title is in Home Assistant's language (texts/<language>.json, "panel.title"),
and follows when that changes. Home Assistant has one title per panel for every user: its
frontend translates only the titles of its own panels, so a custom panel's title cannot
follow each user's profile language.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from homeassistant.components import frontend, panel_custom
from homeassistant.components.http import StaticPathConfig
from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import Event, HomeAssistant, callback

from .coach.report.texts import texts_for
from .const import DOMAIN

PANEL_URL_PATH = "sleep-twitch-coach"
PANEL_ELEMENT = "sleep-twitch-coach-panel"
PANEL_ICON = "mdi:sleep"
# The built panel, kept in the integration's folder: HACS installs it as it is.
BUNDLE = Path(__file__).parent / "frontend" / f"{PANEL_ELEMENT}.js"
STATIC_URL = f"/{DOMAIN}_static"


async def async_serve_panel(hass: HomeAssistant) -> None:
    """Serve the panel's folder (once per run of Home Assistant); browsers may cache it.

    From then on the sidebar title follows Home Assistant's language.
    """
    await hass.http.async_register_static_paths(
        [StaticPathConfig(STATIC_URL, str(BUNDLE.parent), cache_headers=True)]
    )

    @callback
    def language_changed(event_data: dict[str, Any]) -> bool:
        """Return whether Home Assistant's language is among the settings changed."""
        return "language" in event_data

    async def retitle(_: Event[dict[str, Any]]) -> None:
        """Register the shown panel again, titled in the new language."""
        shown = hass.data.get(frontend.DATA_PANELS, {}).get(PANEL_URL_PATH)
        if shown is None or shown.config is None:
            return
        module_url: str = shown.config["_panel_custom"]["module_url"]
        frontend.async_remove_panel(hass, PANEL_URL_PATH)
        # Nothing is awaited between the removal and the registration inside.
        await _async_register_panel(hass, module_url)

    hass.bus.async_listen(
        EVENT_CORE_CONFIG_UPDATE, retitle, event_filter=language_changed
    )


def sidebar_title(language: str) -> str:
    """Return the panel's title in a language (English for one the coach does not speak)."""
    return texts_for(language).t("panel.title")


def bundle_version() -> str:
    """Return a short hash of the panel's module, so a new version is fetched anew."""
    return hashlib.sha256(BUNDLE.read_bytes()).hexdigest()[:16]


async def async_show_panel(hass: HomeAssistant) -> None:
    """Add the panel to the sidebar of every user, unless another sleeper did already."""
    version = await hass.async_add_executor_job(bundle_version)
    if PANEL_URL_PATH in hass.data.get(frontend.DATA_PANELS, {}):
        return
    # Nothing is awaited between the check above and the registration inside.
    await _async_register_panel(hass, f"{STATIC_URL}/{BUNDLE.name}?v={version}")


async def _async_register_panel(hass: HomeAssistant, module_url: str) -> None:
    """Add the panel to the sidebar, titled in Home Assistant's language."""
    await panel_custom.async_register_panel(
        hass,
        frontend_url_path=PANEL_URL_PATH,
        webcomponent_name=PANEL_ELEMENT,
        sidebar_title=sidebar_title(hass.config.language),
        sidebar_icon=PANEL_ICON,
        module_url=module_url,
        require_admin=False,
    )


@callback
def async_hide_panel_unless_used(hass: HomeAssistant, leaving_entry_id: str) -> None:
    """Remove the panel when the last loaded sleeper goes."""
    if not any(
        entry.entry_id != leaving_entry_id
        for entry in hass.config_entries.async_loaded_entries(DOMAIN)
    ):
        frontend.async_remove_panel(hass, PANEL_URL_PATH, warn_if_unknown=False)
