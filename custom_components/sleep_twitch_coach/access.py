"""Who may do what with a sleeper's journal (the design's permission table, in one place)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import Enum, auto
from typing import TYPE_CHECKING, NamedTuple

from homeassistant.auth.models import User
from homeassistant.auth.permissions.const import POLICY_CONTROL
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import Unauthorized, UnknownUser
from homeassistant.helpers import entity_registry as er

from .coach.events import JournalEvent, logged_at
from .const import CONF_USER, DOMAIN

if TYPE_CHECKING:
    from .coordinator import CoachConfigEntry

# A person who is neither the sleeper nor an administrator may undo only what they logged
# themselves this recently.
UNDO_WINDOW = timedelta(minutes=15)


class Access(Enum):
    """How much of a sleeper's journal a caller may touch and read."""

    # A user without control permission (Home Assistant's read-only group): reads what
    # anyone reads and changes nothing.
    READ_ONLY = auto()
    # Any Home Assistant user: may log; may undo only their own recent events; no notes.
    ANYONE = auto()
    # The sleeper's own user, an administrator, or Home Assistant itself (an automation or
    # script without a user, which an administrator set up).
    FULL = auto()

    @property
    def reads_notes(self) -> bool:
        """Return whether note texts may be shown to this caller."""
        return self is Access.FULL

    @property
    def changes(self) -> bool:
        """Return whether this caller may change the journal at all."""
        return self is not Access.READ_ONLY


class ReadOnlyUser(Unauthorized):
    """A user without control permission tried to change a sleeper's journal."""

    def __init__(self, context: Context, sleeper: str) -> None:
        """Refuse the call, with the translated reason."""
        super().__init__(context=context, perm_category="entities")
        self.translation_domain = DOMAIN
        self.translation_key = "read_only_user"
        self.translation_placeholders = {"name": sleeper}
        self.generate_message = True


async def async_access(
    hass: HomeAssistant, context: Context, entry: CoachConfigEntry
) -> Access:
    """Return what the user behind a call may do with this sleeper's journal."""
    if context.user_id is None:
        return Access.FULL
    user = await hass.auth.async_get_user(context.user_id)
    if user is None:
        raise UnknownUser(context=context)
    if user.is_admin:
        return Access.FULL
    if not _controls(hass, user, entry):
        return Access.READ_ONLY
    if entry.options.get(CONF_USER) == user.id:
        return Access.FULL
    return Access.ANYONE


async def async_check_changes(
    hass: HomeAssistant, context: Context, entry: CoachConfigEntry
) -> Access:
    """Return the caller's access; refuse a caller who may change nothing."""
    if not (access := await async_access(hass, context, entry)).changes:
        raise ReadOnlyUser(context, entry.title)
    return access


def _controls(hass: HomeAssistant, user: User, entry: CoachConfigEntry) -> bool:
    """Return whether a user may control the sleeper's entities, as a button press needs."""
    entities = er.async_entries_for_config_entry(er.async_get(hass), entry.entry_id)
    return any(
        user.permissions.check_entity(entity.entity_id, POLICY_CONTROL)
        for entity in entities
    )


class Removal(NamedTuple):
    """Whether a caller may remove an event now, and until when (None: at any time)."""

    allowed: bool
    until: datetime | None


def removal(
    access: Access, user_id: str | None, now: datetime
) -> Callable[[JournalEvent], Removal]:
    """Return whether and until when this caller may remove each event (undo or Remove).

    The permission table's one rule for taking an entry back.
    """
    if not access.changes:
        return lambda _event: Removal(False, None)
    if access is Access.FULL:
        return lambda _event: Removal(True, None)

    def own_recent(event: JournalEvent) -> Removal:
        if user_id is None or getattr(event, "user", None) != user_id:
            return Removal(False, None)
        until = logged_at(event) + UNDO_WINDOW
        return Removal(now <= until, until)

    return own_recent


def may_remove(
    access: Access, user_id: str | None, now: datetime
) -> Callable[[JournalEvent], bool]:
    """Return which events this caller may remove now (see `removal`)."""
    rule = removal(access, user_id, now)
    return lambda event: rule(event).allowed
