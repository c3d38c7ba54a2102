"""Following Home Assistant's language, for the texts the coach names things in itself."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback


@callback
def async_follow_language(
    hass: HomeAssistant, action: Callable[[], None]
) -> CALLBACK_TYPE:
    """Call `action` whenever Home Assistant's language changes; return the unsubscribe.

    Entity names and the forms follow by themselves; what the coach fills in (the
    wind-down steps, the doctor issue's criteria, the sidebar title) is named again.
    """
    last = hass.config.language

    @callback
    def _is_new_language(data: Mapping[str, Any]) -> bool:
        # The General settings page sends the language with every save, changed or not;
        # core's translation cache compares it the same way.
        nonlocal last
        if "language" not in data or hass.config.language == last:
            return False
        last = hass.config.language
        return True

    @callback
    def _changed(_event: Event[Mapping[str, Any]]) -> None:
        action()

    return hass.bus.async_listen(
        EVENT_CORE_CONFIG_UPDATE, _changed, event_filter=_is_new_language
    )
