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
from typing import Any, NotRequired, TypedDict, override

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.json import json_bytes
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import DOMAIN, LOGGER
from .events import Event, event_from_storage, event_to_storage
from .files import (
    MONTH_KEY,
    corrupt_copies,
    files_on_disk,
    remove_durably,
    rename_if_present,
    write_atomically,
)
from .journal import Journal
from .wind_down import DEFAULT_STEPS, Step, steps_from_storage, steps_to_storage

STORAGE_VERSION = 2
STORAGE_MINOR_VERSION = 1
MONTH_VERSION = 1
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


class DurableStore[T: (StoredMain, StoredMonth)](Store[T]):
    """A store read by Home Assistant's `Store` and written durably by the coach.

    `async_write` returns only once the file is on disk and raises `OSError` when it is not.
    """

    async def async_write(self, data: T) -> None:
        """Replace the file atomically and durably; raises OSError on any failure."""
        # As Store.async_save does: Home Assistant's cache of the storage folder, listed at
        # start, must not hide a file written since.
        self._manager.async_invalidate(self.key)
        payload = json_bytes(
            {
                "version": self.version,
                "minor_version": self.minor_version,
                "key": self.key,
                "data": data,
            }
        )
        await self.hass.async_add_executor_job(
            write_atomically, Path(self.path), payload
        )

    async def async_delete(self) -> None:
        """Delete the file durably; raises OSError on any failure."""
        self._manager.async_invalidate(self.key)
        await self.hass.async_add_executor_job(remove_durably, Path(self.path))


class WouldLoseEventsError(HomeAssistantError):
    """A write would replace a month file by one holding fewer events than nobody removed."""


@dataclass(slots=True)
class _Written:
    """What one month file holds: its change count, events and removals when written."""

    changes: int
    events: int
    removed: int


class JournalStore(DurableStore[StoredMain]):
    """The versioned main store of one sleeper; it keeps track of what is on disk."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Create the store for one config entry."""
        super().__init__(
            hass,
            STORAGE_VERSION,
            f"{DOMAIN}.{entry_id}",
            minor_version=STORAGE_MINOR_VERSION,
        )
        self._months: dict[str, DurableStore[StoredMonth]] = {}
        self._written_months: dict[str, _Written] = {}
        self._written_main: dict[str, Any] | None = None
        # The stored form of each event of the months written, by the event object (kept in
        # the tuple, so its id cannot be reused): a press converts one event, not a month.
        self._stored: dict[str, dict[int, tuple[Event, dict[str, Any]]]] = {}
        # One write at a time: a slower earlier write must never replace a later one.
        self._lock = asyncio.Lock()

    @override
    async def _async_migrate_func(
        self, old_major_version: int, old_minor_version: int, old_data: dict[str, Any]
    ) -> StoredMain:
        """Bring layout 1 (all events in this store) or a newer minor layout 2 up to date."""
        if old_major_version not in (1, STORAGE_VERSION):
            raise ValueError(f"unknown journal layout version {old_major_version}")
        if not isinstance(old_data, dict):
            raise TypeError(f"journal data is not an object: {type(old_data).__name__}")
        if old_major_version == 1 and "events" not in old_data:
            raise KeyError("events")
        # Newer minor versions only add optional keys, which this version ignores.
        keys = ("iron_deficiency_diagnosed", "wind_down_steps", "months", "events")
        return {key: old_data[key] for key in keys if key in old_data}  # type: ignore[return-value]

    def month_store(self, month: str) -> DurableStore[StoredMonth]:
        """Return the store of one month of nights."""
        if month not in self._months:
            self._months[month] = DurableStore(
                self.hass, MONTH_VERSION, f"{self.key}.{month}"
            )
        return self._months[month]

    def mark_written(self, record: SleeperRecord, main: StoredMain) -> None:
        """Remember that the months as they are now and `main` are what the files hold.

        A main file that lists too few months is rewritten with the next change.
        """
        journal = record.journal
        self._written_months = {
            month: _written(journal, month) for month in journal.months()
        }
        self._written_main = dict(main)

    async def async_save_record(self, record: SleeperRecord) -> None:
        """Write what changed since the last write; returns once it is on disk.

        Raises OSError when a file cannot be written, and WouldLoseEventsError rather than
        replace a month file by one with fewer events than were removed from it.
        """
        async with self._lock:
            await self._async_save_record(record)

    def _stored_forms(self, month: str, events: list[Event]) -> list[dict[str, Any]]:
        """Return the stored forms of a month's events, converting only the new ones."""
        cache = self._stored.get(month, {})
        forms = [_stored_form(cache, event) for event in events]
        self._stored[month] = {
            id(event): (event, form) for event, form in zip(events, forms, strict=True)
        }
        return forms

    async def _async_save_record(self, record: SleeperRecord) -> None:
        journal = record.journal
        months = journal.months()
        for month in months:
            written = self._written_months.get(month)
            if written is not None and written.changes == journal.month_changes(month):
                continue
            _check_nothing_lost(journal, month, written)
            # What is written is what the journal holds now; changes made while the file is
            # being written are left for the next write.
            written = _written(journal, month)
            events = self._stored_forms(month, journal.in_month(month))
            await self.month_store(month).async_write({"events": events})
            self._written_months[month] = written
        for month in [month for month in self._written_months if month not in months]:
            _check_nothing_lost(journal, month, self._written_months[month])
            await self.month_store(month).async_delete()
            del self._written_months[month]
            self._stored.pop(month, None)
        if (main := _main(record)) != self._written_main:
            await self.async_write(main)  # type: ignore[arg-type]
            self._written_main = main


def _stored_form(
    cache: dict[int, tuple[Event, dict[str, Any]]], event: Event
) -> dict[str, Any]:
    """Return an event's stored form, from the cache when it holds this very event."""
    cached = cache.get(id(event))
    if cached is not None and cached[0] is event:
        return cached[1]
    return event_to_storage(event)


def _written(journal: Journal, month: str) -> _Written:
    return _Written(
        journal.month_changes(month),
        journal.month_size(month),
        journal.month_removals(month),
    )


def _check_nothing_lost(journal: Journal, month: str, written: _Written | None) -> None:
    """Refuse to write a month with fewer events than its file holds, less those removed."""
    if written is None:
        return
    removed = journal.month_removals(month) - written.removed
    if (now := journal.month_size(month)) < written.events - removed:
        raise WouldLoseEventsError(
            f"{month} would go from {written.events} events to {now} with {removed} removed"
        )


def _main(record: SleeperRecord) -> dict[str, Any]:
    return {
        "iron_deficiency_diagnosed": record.iron_deficiency,
        "wind_down_steps": steps_to_storage(record.wind_down),
        "months": record.journal.months(),
    }


async def async_load_record(
    hass: HomeAssistant, store: JournalStore, tz: tzinfo, sleeper: str
) -> SleeperRecord:
    """Load a sleeper's record; a damaged file is kept aside and reported, the rest loads.

    The month files on disk are the truth about which months exist: the months the main file
    names and the month files found next to it are all loaded.
    """
    # One look at the folder rather than one per file: years of journal are dozens of files.
    on_disk = await hass.async_add_executor_job(files_on_disk, Path(store.path))
    main: StoredMain = {}
    record = SleeperRecord(Journal(tz))
    try:
        if (
            stored := await _async_read(hass, store, sleeper, on_disk.main)
        ) is not None:
            main = _checked_main(stored)
            record = SleeperRecord(Journal(tz), *_settings(main))
    except DAMAGE as err:
        await _async_keep_aside(hass, store, sleeper, err)
        main = {}
    months = sorted({*main.get("months", ()), *on_disk.months})
    loaded = await asyncio.gather(
        *(
            _async_load_month(
                hass, store.month_store(month), sleeper, month in on_disk.months
            )
            for month in months
        )
    )
    for events in loaded:
        for event in events:
            record.journal.add(event)
    migrated = main.get("events")
    if migrated is None:
        store.mark_written(record, main)
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


def _checked_main(stored: object) -> StoredMain:
    """Return the main store's data if every field has its shape; raises TypeError if not."""
    if not isinstance(stored, dict):
        raise TypeError(f"journal data is not an object: {type(stored).__name__}")
    months = stored.get("months", [])
    if not isinstance(months, list) or not all(
        isinstance(month, str) and MONTH_KEY.match(month) for month in months
    ):
        raise TypeError(f"months is not a list of months: {months!r}")
    if not isinstance(stored.get("events", []), list):
        raise TypeError("events is not a list")
    if not isinstance(stored.get("wind_down_steps", []), list):
        raise TypeError("wind_down_steps is not a list")
    return stored  # type: ignore[return-value]


def _settings(main: StoredMain) -> tuple[bool, list[Step]]:
    """Read the switch and the wind-down steps; raises on anything damaged."""
    iron_deficiency = main.get("iron_deficiency_diagnosed", False)
    if not isinstance(iron_deficiency, bool):
        raise TypeError(f"not a boolean: {iron_deficiency!r}")
    if "wind_down_steps" not in main:
        return iron_deficiency, list(DEFAULT_STEPS)
    return iron_deficiency, steps_from_storage(main["wind_down_steps"])


async def _async_load_month(
    hass: HomeAssistant, store: Store[StoredMonth], sleeper: str, existed: bool
) -> list[Event]:
    """Load one month of events; a damaged month is kept aside and the others still load."""
    try:
        if (stored := await _async_read(hass, store, sleeper, existed)) is None:
            return []
        if not isinstance(stored, dict) or not isinstance(stored["events"], list):
            raise TypeError("a month's data is not an object with a list of events")
        return [event_from_storage(item) for item in stored["events"]]
    except DAMAGE as err:
        await _async_keep_aside(hass, store, sleeper, err)
        return []


async def _async_read[T: (StoredMain, StoredMonth)](
    hass: HomeAssistant, store: Store[T], sleeper: str, existed: bool
) -> T | None:
    """Load a store; a file that Home Assistant itself found unreadable was moved aside.

    Home Assistant raises its own repair issue for such a file; the coach only logs it.
    """
    stored = await store.async_load()
    if stored is None and existed:
        copies = await hass.async_add_executor_job(corrupt_copies, Path(store.path))
        LOGGER.error(
            "A journal file of %s was not valid JSON; Home Assistant kept it as %s and "
            "the coach goes on without it",
            sleeper,
            copies[-1] if copies else store.path,
        )
    return stored


async def _async_keep_aside(
    hass: HomeAssistant, store: Store[Any], sleeper: str, err: Exception
) -> None:
    """Rename a damaged file so that no later write overwrites it, and report it."""
    path = Path(store.path)
    kept = path.with_name(f"{path.name}.damaged.{dt_util.utcnow():%Y%m%dT%H%M%S}")
    await hass.async_add_executor_job(rename_if_present, path, kept)
    _report_damage(hass, store, sleeper, kept, repr(err))


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
