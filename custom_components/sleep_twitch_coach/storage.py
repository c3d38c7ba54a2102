"""Persistence of a sleeper's journal, switch and wind-down steps in Home Assistant's storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any, NotRequired, TypedDict, override

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER
from .events import event_from_storage, event_to_storage
from .journal import Journal
from .wind_down import DEFAULT_STEPS, Step, steps_from_storage, steps_to_storage

STORAGE_VERSION = 1
STORAGE_MINOR_VERSION = 1


class StoredJournal(TypedDict):
    """The journal as written to disk, with the sleeper's switch and wind-down steps."""

    events: list[dict[str, Any]]
    iron_deficiency_diagnosed: NotRequired[bool]
    wind_down_steps: NotRequired[list[dict[str, str]]]


@dataclass(slots=True)
class SleeperRecord:
    """Everything kept on disk for one sleeper."""

    journal: Journal
    iron_deficiency: bool = False
    wind_down: list[Step] = field(default_factory=lambda: list(DEFAULT_STEPS))


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
        stored: StoredJournal = {"events": old_data["events"]}
        if "iron_deficiency_diagnosed" in old_data:
            stored["iron_deficiency_diagnosed"] = old_data["iron_deficiency_diagnosed"]
        if "wind_down_steps" in old_data:
            stored["wind_down_steps"] = old_data["wind_down_steps"]
        return stored

    async def async_save_record(self, record: SleeperRecord) -> None:
        """Write the whole record now; returns once it is on disk."""
        await self.async_save(
            {
                "events": [event_to_storage(event) for event in record.journal.events],
                "iron_deficiency_diagnosed": record.iron_deficiency,
                "wind_down_steps": steps_to_storage(record.wind_down),
            }
        )


async def async_load_record(
    hass: HomeAssistant, store: JournalStore, tz: tzinfo, sleeper: str
) -> SleeperRecord:
    """Load a sleeper's record; a damaged file is kept aside and the record starts empty."""
    path = Path(store.path)
    existed = await hass.async_add_executor_job(path.exists)
    try:
        stored = await store.async_load()
        record = _parse(stored, tz)
    except (HomeAssistantError, KeyError, TypeError, ValueError) as err:
        kept = path.with_name(f"{path.name}.damaged.{dt_util.utcnow():%Y%m%dT%H%M%S}")
        await hass.async_add_executor_job(_keep_aside, path, kept)
        _report_damage(hass, store, sleeper, kept, repr(err))
        return SleeperRecord(Journal(tz))
    if stored is None and existed:
        # Home Assistant's own loader moved a file that was not valid JSON aside.
        kept_files = await hass.async_add_executor_job(_corrupt_copies, path)
        _report_damage(
            hass, store, sleeper, kept_files[-1] if kept_files else path, "invalid JSON"
        )
    return record


def _parse(stored: StoredJournal | None, tz: tzinfo) -> SleeperRecord:
    """Read a stored record; raises on anything damaged."""
    if stored is None:
        return SleeperRecord(Journal(tz))
    iron_deficiency = stored.get("iron_deficiency_diagnosed", False)
    if not isinstance(iron_deficiency, bool):
        raise TypeError(f"not a boolean: {iron_deficiency!r}")
    journal = Journal(tz, [event_from_storage(item) for item in stored["events"]])
    if "wind_down_steps" not in stored:
        return SleeperRecord(journal, iron_deficiency)
    steps = steps_from_storage(stored["wind_down_steps"])
    return SleeperRecord(journal, iron_deficiency, steps)


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
