"""Who may do what with a sleeper's journal (the design's permission table, in one place)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import Enum, auto
from typing import TYPE_CHECKING

from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import UnknownUser

from .coach.events import Event, logged_at
from .const import CONF_USER

if TYPE_CHECKING:
    from .coordinator import CoachConfigEntry

# A person who is neither the sleeper nor an administrator may undo only what they logged
# themselves this recently.
UNDO_WINDOW = timedelta(minutes=15)


class Access(Enum):
    """How much of a sleeper's journal a caller may touch and read."""

    # Any Home Assistant user: may log; may undo only their own recent events; no notes.
    ANYONE = auto()
    # The sleeper's own user, an administrator, or Home Assistant itself (an automation or
    # script without a user, which an administrator set up).
    FULL = auto()

    @property
    def reads_notes(self) -> bool:
        """Return whether note texts may be shown to this caller."""
        return self is Access.FULL


async def async_access(
    hass: HomeAssistant, context: Context, entry: CoachConfigEntry
) -> Access:
    """Return what the user behind a call may do with this sleeper's journal."""
    if context.user_id is None:
        return Access.FULL
    user = await hass.auth.async_get_user(context.user_id)
    if user is None:
        raise UnknownUser(context=context)
    if user.is_admin or entry.options.get(CONF_USER) == user.id:
        return Access.FULL
    return Access.ANYONE


def may_undo(
    access: Access, user_id: str | None, now: datetime
) -> Callable[[Event], bool]:
    """Return which events this caller may undo."""
    if access is Access.FULL:
        return lambda _event: True
    return lambda event: (
        getattr(event, "user", None) == user_id
        and user_id is not None
        and now - logged_at(event) <= UNDO_WINDOW
    )
