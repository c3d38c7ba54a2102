"""Home Assistant users as the UI creates them: in a real group, with its permissions."""

from __future__ import annotations

from pytest_homeassistant_custom_component.common import MockUser

from homeassistant.auth.const import GROUP_ID_READ_ONLY, GROUP_ID_USER
from homeassistant.core import HomeAssistant


async def async_user(
    hass: HomeAssistant, name: str, *, read_only: bool = False
) -> MockUser:
    """Add a non-admin user in the Users group, or in the Read Only group."""
    group = await hass.auth.async_get_group(
        GROUP_ID_READ_ONLY if read_only else GROUP_ID_USER
    )
    assert group is not None
    return MockUser(name=name, groups=[group]).add_to_hass(hass)
