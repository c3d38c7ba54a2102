"""Persistence of a sleeper's journal, switch and wind-down steps in Home Assistant's storage.

Layout 2: a main store (`sleep_twitch_coach.<entry id>`) with the switch, the wind-down steps and
the list of months, and one store per month of nights (`sleep_twitch_coach.<entry id>.2026-11`)
with that month's events. A press writes only its month, so years of history are never rewritten.
Layout 1 kept every event in the main store; it is split into months on load.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
import re
from typing import Any, NamedTuple, NotRequired, TypedDict, override

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER
from .events import Event, event_from_storage, event_to_storage
from .journal import Journal
from .wind_down import DEFAULT_STEPS, Step, steps_from_storage, steps_to_storage

STORAGE_VERSION = 2
STORAGE_MINOR_VERSION = 1
MONTH_VERSION = 1
MONTH_KEY = re.compile(r"^\d{4}-\d{2}$")
# What can go wrong reading a file: Home Assistant's own errors (including an unsupported
# version) and the ones the parsers raise on damaged content.
DAMAGE = (HomeAssistantError, KeyError, TypeError, ValueError)


class StoredMain(TypedDict):
    """The main store: the sleeper's switch, wind-down steps and months of journal."""

    iron_deficiency_diagnosed: NotRequired[bool]
    wind_down_steps: NotRequired[list[dict[str, str]]]
    months: NotRequired[list[str]]
    # Only in a layout-1 file being migrated: every event, before they are split into months.
    events: NotRequired[list[dict[str, Any]]]


class StoredMonth(TypedDict):
    """One month of nights of the journal."""

    events: list[dict[str, Any]]


@dataclass(slots=True)
class SleeperRecord:
    """Everything kept on disk for one sleeper."""

    journal: Journal
    iron_deficiency: bool = False
    wind_down: list[Step] = field(default_factory=lambda: list(DEFAULT_STEPS))


class JournalStore(Store[StoredMain]):
    """The versioned main store of one sleeper; it keeps track of what is on disk."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Create the store for one config entry."""
        super().__init__(
            hass,
            STORAGE_VERSION,
            f"{DOMAIN}.{entry_id}",
            minor_version=STORAGE_MINOR_VERSION,
            serialize_in_event_loop=False,
        )
        self._months: dict[str, Store[StoredMonth]] = {}
        self._written_months: dict[str, int] = {}
        self._written_main: dict[str, Any] | None = None

    @override
    async def _async_migrate_func(
        self, old_major_version: int, old_minor_version: int, old_data: dict[str, Any]
    ) -> StoredMain:
        """Bring layout 1 (all events in this store) or a newer minor layout 2 up to date."""
        if old_major_version not in (1, STORAGE_VERSION):
            raise ValueError(f"unknown journal layout version {old_major_version}")
        if old_major_version == 1 and "events" not in old_data:
            raise KeyError("events")
        # Newer minor versions only add optional keys, which this version ignores.
        keys = ("iron_deficiency_diagnosed", "wind_down_steps", "months", "events")
        return {key: old_data[key] for key in keys if key in old_data}  # type: ignore[return-value]

    def month_store(self, month: str) -> Store[StoredMonth]:
        """Return the store of one month of nights."""
        if month not in self._months:
            self._months[month] = Store(
                self.hass,
                MONTH_VERSION,
                f"{self.key}.{month}",
                serialize_in_event_loop=False,
            )
        return self._months[month]

    def mark_written(self, record: SleeperRecord) -> None:
        """Remember that the record as it is now is what the files hold."""
        journal = record.journal
        self._written_months = {
            month: journal.month_changes(month) for month in journal.months()
        }
        self._written_main = _main(record)

    async def async_save_record(self, record: SleeperRecord) -> None:
        """Write what changed since the last write; returns once it is on disk."""
        journal = record.journal
        months = journal.months()
        for month in months:
            if self._written_months.get(month) != (
                changes := journal.month_changes(month)
            ):
                events = [event_to_storage(event) for event in journal.in_month(month)]
                await self.month_store(month).async_save({"events": events})
                self._written_months[month] = changes
        for month in set(self._written_months) - set(months):
            await self.month_store(month).async_remove()
            del self._written_months[month]
        if (main := _main(record)) != self._written_main:
            await self.async_save(main)  # type: ignore[arg-type]
            self._written_main = main


def _main(record: SleeperRecord) -> dict[str, Any]:
    return {
        "iron_deficiency_diagnosed": record.iron_deficiency,
        "wind_down_steps": steps_to_storage(record.wind_down),
        "months": record.journal.months(),
    }


async def async_load_record(
    hass: HomeAssistant, store: JournalStore, tz: tzinfo, sleeper: str
) -> SleeperRecord:
    """Load a sleeper's record; a damaged file is kept aside and reported, the rest loads."""
    # One look at the folder rather than one per file: years of journal are dozens of files.
    on_disk = await hass.async_add_executor_job(_files_on_disk, Path(store.path))
    main = await _async_load(hass, store, sleeper, existed=on_disk.main)
    if main is None:
        main = {"months": on_disk.months}
    try:
        record = SleeperRecord(Journal(tz), *_settings(main))
    except DAMAGE as err:
        await _async_keep_aside(hass, store, sleeper, err)
        record = SleeperRecord(Journal(tz))
    months = [month for month in main.get("months", []) if MONTH_KEY.match(str(month))]
    loaded = await asyncio.gather(
        *(
            _async_load_month(
                hass, store.month_store(month), sleeper, existed=month in on_disk.months
            )
            for month in months
        )
    )
    for events in loaded:
        for event in events:
            record.journal.add(event)
    migrated = main.get("events")
    if migrated is None:
        store.mark_written(record)
        return record
    # Layout 1: split its events into months, written before the main store drops them.
    try:
        for event in [event_from_storage(item) for item in migrated]:
            record.journal.add(event)
    except DAMAGE as err:
        await _async_keep_aside(hass, store, sleeper, err)
        record = SleeperRecord(Journal(tz))
    await store.async_save_record(record)
    return record


def _settings(main: StoredMain) -> tuple[bool, list[Step]]:
    """Read the switch and the wind-down steps; raises on anything damaged."""
    iron_deficiency = main.get("iron_deficiency_diagnosed", False)
    if not isinstance(iron_deficiency, bool):
        raise TypeError(f"not a boolean: {iron_deficiency!r}")
    if "wind_down_steps" not in main:
        return iron_deficiency, list(DEFAULT_STEPS)
    return iron_deficiency, steps_from_storage(main["wind_down_steps"])


async def _async_load(
    hass: HomeAssistant, store: JournalStore, sleeper: str, *, existed: bool
) -> StoredMain | None:
    """Load the main store; None when there is none or it was damaged (and kept aside)."""
    try:
        return await _async_read(hass, store, sleeper, existed=existed)
    except DAMAGE as err:
        await _async_keep_aside(hass, store, sleeper, err)
        return None


async def _async_load_month(
    hass: HomeAssistant, store: Store[StoredMonth], sleeper: str, *, existed: bool
) -> list[Event]:
    """Load one month of events; a damaged month is kept aside and the others still load."""
    try:
        stored = await _async_read(hass, store, sleeper, existed=existed)
        return (
            []
            if stored is None
            else [event_from_storage(item) for item in stored["events"]]
        )
    except DAMAGE as err:
        await _async_keep_aside(hass, store, sleeper, err)
        return []


async def _async_read[T: (StoredMain, StoredMonth)](
    hass: HomeAssistant, store: Store[T], sleeper: str, *, existed: bool
) -> T | None:
    """Load a store; report a file that Home Assistant itself found unreadable and moved."""
    path = Path(store.path)
    stored = await store.async_load()
    if stored is None and existed:
        # Home Assistant's own loader moved a file that was not valid JSON aside.
        copies = await hass.async_add_executor_job(_corrupt_copies, path)
        _report_damage(
            hass, store, sleeper, copies[-1] if copies else path, "invalid JSON"
        )
    return stored


async def _async_keep_aside(
    hass: HomeAssistant, store: Store[Any], sleeper: str, err: Exception
) -> None:
    """Rename a damaged file so that no later write overwrites it, and report it."""
    path = Path(store.path)
    kept = path.with_name(f"{path.name}.damaged.{dt_util.utcnow():%Y%m%dT%H%M%S}")
    await hass.async_add_executor_job(_rename_if_present, path, kept)
    _report_damage(hass, store, sleeper, kept, repr(err))


def _rename_if_present(path: Path, kept: Path) -> None:
    if path.exists():
        path.rename(kept)


class FilesOnDisk(NamedTuple):
    """Which of a sleeper's journal files exist before loading."""

    main: bool
    months: list[str]


def _files_on_disk(main: Path) -> FilesOnDisk:
    """Return whether the main file exists and the months whose files lie next to it."""
    prefix = f"{main.name}."
    return FilesOnDisk(
        main.exists(),
        sorted(
            name.removeprefix(prefix)
            for name in (path.name for path in main.parent.glob(f"{prefix}*"))
            if MONTH_KEY.match(name.removeprefix(prefix))
        ),
    )


def _corrupt_copies(path: Path) -> list[Path]:
    """Return the copies Home Assistant kept of a corrupt storage file, oldest first."""
    return sorted(path.parent.glob(f"{path.name}.corrupt.*"))


def _report_damage(
    hass: HomeAssistant, store: Store[Any], sleeper: str, kept: Path, error: str
) -> None:
    """Log and raise a repair issue for a journal file that could not be read."""
    LOGGER.error(
        "A journal file of %s could not be read (%s); it was kept as %s and the coach "
        "goes on without it",
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
