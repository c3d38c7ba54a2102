"""The Sleep coach panel in the sidebar, while at least one sleeper is loaded.

Its sidebar title is in Home Assistant's language (texts/<language>.json, "panel.title"),
and follows when that changes. Home Assistant has one title per panel for every user: its
frontend translates only the titles of its own panels, so a custom panel's title cannot
follow each user's profile language.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from homeassistant.components import frontend, panel_custom
from homeassistant.components.http import StaticPathConfig
from homeassistant.core import HomeAssistant, callback
from homeassistant.util.hass_dict import HassKey

from .coach.report.texts import texts_for
from .const import DOMAIN
from .language import async_follow_language

PANEL_URL_PATH = "sleep-twitch-coach"
PANEL_ELEMENT = "sleep-twitch-coach-panel"
PANEL_ICON = "mdi:sleep"
# The built panel, kept in the integration's folder: HACS installs it as it is.
BUNDLE = Path(__file__).parent / "frontend" / f"{PANEL_ELEMENT}.js"
STATIC_URL = f"/{DOMAIN}_static"


class SidebarPanel:
    """The panel of every sleeper: its module, and whether the sidebar shows it."""

    def __init__(self, hass: HomeAssistant, module_url: str) -> None:
        """Register nothing yet: the first loaded sleeper shows the panel."""
        self.hass = hass
        self.module_url = module_url
        self.shown = False

    async def async_show(self) -> None:
        """Add the panel to the sidebar of every user, unless it is there already."""
        if self.shown:
            return
        self.shown = True
        await self._async_register()

    @callback
    def hide(self) -> None:
        """Remove the panel from the sidebar."""
        self.shown = False
        frontend.async_remove_panel(self.hass, PANEL_URL_PATH, warn_if_unknown=False)

    @callback
    def retitle(self) -> None:
        """Register the shown panel again, titled in Home Assistant's new language."""
        if self.shown:
            self.hass.async_create_task(self._async_register_again(), eager_start=True)

    async def _async_register_again(self) -> None:
        if not self.shown:
            return
        frontend.async_remove_panel(self.hass, PANEL_URL_PATH)
        # Nothing is awaited between the removal and the registration inside.
        await self._async_register()

    async def _async_register(self) -> None:
        """Add the panel to the sidebar, titled in Home Assistant's language."""
        await panel_custom.async_register_panel(
            self.hass,
            frontend_url_path=PANEL_URL_PATH,
            webcomponent_name=PANEL_ELEMENT,
            sidebar_title=sidebar_title(self.hass.config.language),
            sidebar_icon=PANEL_ICON,
            module_url=self.module_url,
            require_admin=False,
        )


DATA_PANEL: HassKey[SidebarPanel] = HassKey(f"{DOMAIN}_panel")


async def async_serve_panel(hass: HomeAssistant) -> None:
    """Serve the panel's folder (once per run of Home Assistant); browsers may cache it.

    From then on the sidebar title follows Home Assistant's language.
    """
    await hass.http.async_register_static_paths(
        [StaticPathConfig(STATIC_URL, str(BUNDLE.parent), cache_headers=True)]
    )
    version = await hass.async_add_executor_job(bundle_version)
    panel = hass.data[DATA_PANEL] = SidebarPanel(
        hass, f"{STATIC_URL}/{BUNDLE.name}?v={version}"
    )
    async_follow_language(hass, panel.retitle)


def sidebar_title(language: str) -> str:
    """Return the panel's title in a language (English for one the coach does not speak)."""
    return texts_for(language).t("panel.title")


def bundle_version() -> str:
    """Return a short hash of the panel's module, so a new version is fetched anew."""
    return hashlib.sha256(BUNDLE.read_bytes()).hexdigest()[:16]


async def async_show_panel(hass: HomeAssistant) -> None:
    """Add the panel to the sidebar of every user, unless another sleeper did already."""
    await hass.data[DATA_PANEL].async_show()


@callback
def async_hide_panel_unless_used(hass: HomeAssistant, leaving_entry_id: str) -> None:
    """Remove the panel when the last loaded sleeper goes."""
    if not any(
        entry.entry_id != leaving_entry_id
        for entry in hass.config_entries.async_loaded_entries(DOMAIN)
    ):
        hass.data[DATA_PANEL].hide()
