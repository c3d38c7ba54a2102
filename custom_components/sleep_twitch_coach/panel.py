"""The Sleep coach panel in the sidebar, while at least one sleeper is loaded."""

from __future__ import annotations

import hashlib
from pathlib import Path

from homeassistant.components import frontend, panel_custom
from homeassistant.components.http import StaticPathConfig
from homeassistant.core import HomeAssistant, callback

from .const import DOMAIN

PANEL_URL_PATH = "sleep-twitch-coach"
PANEL_ELEMENT = "sleep-twitch-coach-panel"
PANEL_TITLE = "Sleep coach"
PANEL_ICON = "mdi:sleep"
# The built panel, kept in the integration's folder: HACS installs it as it is.
BUNDLE = Path(__file__).parent / "frontend" / f"{PANEL_ELEMENT}.js"
STATIC_URL = f"/{DOMAIN}_static"


async def async_serve_panel(hass: HomeAssistant) -> None:
    """Serve the panel's folder (once per run of Home Assistant); browsers may cache it."""
    await hass.http.async_register_static_paths(
        [StaticPathConfig(STATIC_URL, str(BUNDLE.parent), cache_headers=True)]
    )


def bundle_version() -> str:
    """Return a short hash of the panel's module, so a new version is fetched anew."""
    return hashlib.sha256(BUNDLE.read_bytes()).hexdigest()[:16]


async def async_show_panel(hass: HomeAssistant) -> None:
    """Add the panel to the sidebar of every user, unless another sleeper did already."""
    version = await hass.async_add_executor_job(bundle_version)
    if PANEL_URL_PATH in hass.data.get(frontend.DATA_PANELS, {}):
        return
    # Nothing is awaited between the check above and the registration inside.
    await panel_custom.async_register_panel(
        hass,
        frontend_url_path=PANEL_URL_PATH,
        webcomponent_name=PANEL_ELEMENT,
        sidebar_title=PANEL_TITLE,
        sidebar_icon=PANEL_ICON,
        module_url=f"{STATIC_URL}/{BUNDLE.name}?v={version}",
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
