"""The names of criteria, symptoms and body parts, in Home Assistant's language."""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import async_get_translations

from .const import DOMAIN

_PREFIX = f"component.{DOMAIN}.selector."


async def async_selector_names(hass: HomeAssistant) -> dict[str, str]:
    """Return the integration's selector option names, keyed "criterion.frequent_twitching".

    The same names the forms show, from the integration's translations.
    """
    translations = await async_get_translations(
        hass, hass.config.language, "selector", [DOMAIN]
    )
    return {
        key.removeprefix(_PREFIX).replace(".options.", "."): text
        for key, text in translations.items()
        if key.startswith(_PREFIX)
    }
