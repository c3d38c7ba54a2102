"""Loading a sleeper's journal: every month found, damaged files kept aside and reported."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import tzinfo
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from ..coach.events import Event, event_from_storage
from ..coach.journal import Journal
from ..coach.wind_down import Step, default_steps, steps_from_storage
from ..const import DOMAIN, LOGGER
from .files import MONTH_KEY, corrupt_copies, files_on_disk, rename_if_present
from .journal import JournalStore, SleeperRecord, StoredMain, StoredMonth

# What can go wrong reading a file: Home Assistant's own errors (including an unsupported
# version) and the ones the parsers raise on damaged content.
DAMAGE = (HomeAssistantError, KeyError, TypeError, ValueError)


async def async_load_record(
    hass: HomeAssistant, store: JournalStore, tz: tzinfo, sleeper: str
) -> SleeperRecord:
    """Load a sleeper's record; a damaged file is kept aside and reported, the rest loads.

    A new sleeper's wind-down steps are the defaults in Home Assistant's language.

    The month files on disk are the truth about which months exist: the months the main file
    names and the month files found next to it are all loaded.
    """
    # One look at the folder rather than one per file: years of journal are dozens of files.
    on_disk = await hass.async_add_executor_job(files_on_disk, Path(store.path))
    main: StoredMain = {}
    defaults = default_steps(hass.config.language)
    record = SleeperRecord(Journal(tz), wind_down=defaults)
    try:
        if (
            stored := await _async_read(hass, store, sleeper, on_disk.main)
        ) is not None:
            main = _checked_main(stored)
            record = SleeperRecord(Journal(tz), *_settings(main, defaults))
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
    # From here on the record is kept by the store: it follows every change of the journal.
    store.follow(record.journal)
    for events in loaded:
        for event in events:
            record.journal.add(event)
    migrated = main.get("events")
    if migrated is None:
        store.mark_written(main)
        return record
    # Layout 1: split its events into months, written before the main store drops them. A
    # split cut short (a full disk, a crash) left some of them in month files as well: what
    # both hold counts once.
    try:
        legacy = [event_from_storage(item) for item in migrated]
    except DAMAGE as err:
        await _async_keep_aside(hass, store, sleeper, err)
        legacy = []
    in_months = Counter(record.journal.events)
    for event in legacy:
        if in_months[event]:
            in_months[event] -= 1
        else:
            record.journal.add(event)
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


def _settings(main: StoredMain, defaults: list[Step]) -> tuple[bool, list[Step], int]:
    """Read the switch, the wind-down steps and the twitches before the journal.

    Raises on anything damaged.
    """
    iron_deficiency = main.get("iron_deficiency_diagnosed", False)
    if not isinstance(iron_deficiency, bool):
        raise TypeError(f"not a boolean: {iron_deficiency!r}")
    before = main.get("twitches_before_journal", 0)
    if not isinstance(before, int) or isinstance(before, bool) or before < 0:
        raise TypeError(f"not a count: {before!r}")
    if "wind_down_steps" not in main:
        return iron_deficiency, defaults, before
    return iron_deficiency, steps_from_storage(main["wind_down_steps"]), before


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
        if copies := await hass.async_add_executor_job(
            corrupt_copies, Path(store.path)
        ):
            LOGGER.error(
                "A journal file of %s was not valid JSON; Home Assistant kept it as %s "
                "and the coach goes on without it",
                sleeper,
                copies[-1],
            )
        else:
            LOGGER.warning("A journal file of %s held no data: %s", sleeper, store.path)
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
