"""Persistence of a sleeper's journal in Home Assistant's storage."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import Any, NotRequired, TypedDict, override

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER
from .events import Event, event_from_storage, event_to_storage
from .journal import Journal

STORAGE_VERSION = 1
STORAGE_MINOR_VERSION = 1


class StoredJournal(TypedDict):
    """The journal as written to disk, with the sleeper's own switches."""

    events: list[dict[str, Any]]
    iron_deficiency_diagnosed: NotRequired[bool]


class JournalStore(Store[StoredJournal]):
    """The versioned store of one sleeper's journal."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Create the store for one config entry."""
        super().__init__(
            hass,
            STORAGE_VERSION,
            f"{DOMAIN}.{entry_id}",
            minor_version=STORAGE_MINOR_VERSION,
            serialize_in_event_loop=False,
        )

    @override
    async def _async_migrate_func(
        self, old_major_version: int, old_minor_version: int, old_data: dict[str, Any]
    ) -> StoredJournal:
        """Bring an older layout up to date; the first layout is version 1.1."""
        if old_major_version != STORAGE_VERSION:
            raise ValueError(f"unknown journal layout version {old_major_version}")
        # Newer minor versions only add optional fields, which this version ignores.
        return {
            "events": list(old_data["events"]),
            "iron_deficiency_diagnosed": bool(
                old_data.get("iron_deficiency_diagnosed")
            ),
        }

    async def async_save_journal(
        self, journal: Journal, *, iron_deficiency: bool
    ) -> None:
        """Write the whole journal now; returns once it is on disk."""
        await self.async_save(
            {
                "events": [event_to_storage(event) for event in journal.events],
                "iron_deficiency_diagnosed": iron_deficiency,
            }
        )


async def async_load_journal(
    hass: HomeAssistant, store: JournalStore, tz: tzinfo, sleeper: str
) -> tuple[Journal, bool]:
    """Load a journal and the iron switch; a damaged file is kept aside, starting empty."""
    path = Path(store.path)
    existed = await hass.async_add_executor_job(path.exists)
    try:
        stored = await store.async_load()
        events, iron_deficiency = _parse(stored)
    except (HomeAssistantError, KeyError, TypeError, ValueError) as err:
        kept = path.with_name(f"{path.name}.damaged.{dt_util.utcnow():%Y%m%dT%H%M%S}")
        await hass.async_add_executor_job(_keep_aside, path, kept)
        _report_damage(hass, store, sleeper, kept, repr(err))
        return Journal(tz), False
    if stored is None and existed:
        # Home Assistant's own loader moved a file that was not valid JSON aside.
        kept_files = await hass.async_add_executor_job(_corrupt_copies, path)
        _report_damage(
            hass, store, sleeper, kept_files[-1] if kept_files else path, "invalid JSON"
        )
    return Journal(tz, events), iron_deficiency


def _parse(stored: StoredJournal | None) -> tuple[list[Event], bool]:
    """Read the events and the iron switch; raises on anything damaged."""
    if stored is None:
        return [], False
    iron_deficiency = stored.get("iron_deficiency_diagnosed", False)
    if not isinstance(iron_deficiency, bool):
        raise TypeError(f"not a boolean: {iron_deficiency!r}")
    return [event_from_storage(item) for item in stored["events"]], iron_deficiency


def _keep_aside(path: Path, kept: Path) -> None:
    """Rename a damaged file so the next write cannot overwrite it."""
    if path.exists():
        path.rename(kept)


def _corrupt_copies(path: Path) -> list[Path]:
    """Return the copies Home Assistant kept of a corrupt storage file, oldest first."""
    return sorted(path.parent.glob(f"{path.name}.corrupt.*"))


def _report_damage(
    hass: HomeAssistant, store: JournalStore, sleeper: str, kept: Path, error: str
) -> None:
    """Log and raise a repair issue for a journal that could not be read."""
    LOGGER.error(
        "The journal of %s could not be read (%s); it was kept as %s and the coach "
        "started with an empty journal",
        sleeper,
        error,
        kept,
    )
    ir.async_create_issue(
        hass,
        DOMAIN,
        f"journal_damaged_{store.key}",
        is_fixable=True,
        is_persistent=True,
        severity=ir.IssueSeverity.ERROR,
        translation_key="journal_damaged",
        translation_placeholders={"name": sleeper, "path": str(kept), "error": error},
    )
