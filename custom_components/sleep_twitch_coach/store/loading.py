"""Loading a sleeper's journal: every month found, damaged files kept aside and reported."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import tzinfo

from homeassistant.core import HomeAssistant

from ..coach.events import JournalEvent, event_from_storage
from ..coach.journal import Journal
from ..coach.wind_down import DEFAULT_STEPS, Step, steps_from_storage
from ..const import LOGGER
from .damage import DAMAGE, async_keep_aside
from .envelope import CoachFile
from .files import MONTH_KEY, files_on_disk
from .journal import JournalStore, SleeperRecord, StoredMain, StoredMonth
from .months import month_of


async def async_load_record(
    hass: HomeAssistant, store: JournalStore, tz: tzinfo, sleeper: str
) -> SleeperRecord:
    """Load a sleeper's record; a damaged file is kept aside and reported, the rest loads.

    A new sleeper's wind-down steps are the defaults, shown in Home Assistant's language.

    The month files on disk are the truth about which months exist: the months the main file
    names and the month files found next to it are all loaded. An event found outside the
    month of its time in UTC (months of nights, before 2.3) is moved into it, and a main file
    another release wrote is rewritten in this layout, durably, before the record is
    returned; raises OSError when such a write fails.
    """
    # One look at the folder rather than one per file: years of journal are dozens of files.
    on_disk = await hass.async_add_executor_job(files_on_disk, store.main.path)
    main: StoredMain = {}
    current = True
    defaults = list(DEFAULT_STEPS)
    record = SleeperRecord(Journal(tz), wind_down=defaults)
    try:
        if (loaded := await store.main.async_read()) is not None:
            main = _checked_main(loaded.data)
            record = SleeperRecord(Journal(tz), *_settings(main, defaults))
            current = loaded.current
        elif on_disk.main:
            LOGGER.warning(
                "A journal file of %s held no data: %s", sleeper, store.main.path
            )
    except DAMAGE as err:
        await async_keep_aside(hass, store.main, sleeper, err)
        main = {}
    months = sorted({*main.get("months", ()), *on_disk.months})
    loaded_months = await asyncio.gather(
        *(
            _async_load_month(
                hass, store.month_file(month), sleeper, month in on_disk.months
            )
            for month in months
        )
    )
    held = dict(zip(months, loaded_months, strict=True))
    # From here on the record is kept by the store: it follows every change of the journal.
    store.follow(record.journal)
    for event in _each_once(held):
        record.journal.add(event)
    migrated = main.get("events")
    if migrated is not None:
        # Layout 1: its events go into months, written before the main file drops them. A
        # split cut short (a full disk, a crash) left some of them in month files as well:
        # what both hold counts once.
        try:
            legacy = [event_from_storage(item) for item in migrated]
        except DAMAGE as err:
            await async_keep_aside(hass, store.main, sleeper, err)
            legacy = []
        in_months = Counter(record.journal.events)
        for event in legacy:
            if in_months[event]:
                in_months[event] -= 1
            else:
                record.journal.add(event)
    # A main file of another layout is written again in this one, after its months.
    await store.async_file_again(
        record, held, main if current and migrated is None else None
    )
    return record


def _each_once(held: dict[str, list[JournalEvent]]) -> list[JournalEvent]:
    """Return the events the month files hold, a copy of one outside its month left out.

    An event outside its month (in a month of nights of layout 2.2 or earlier, or in a file
    a crash stopped it from leaving) is moved on load. When its month's file holds the same
    event too, that was written by a move cut short, or by an earlier release after a time
    zone change (it kept months of nights): the two are one event.
    """
    away = [
        (month, event)
        for month, events in held.items()
        for event in events
        if month_of(event.time) != month
    ]
    if not away:
        return [event for events in held.values() for event in events]
    at_home = {
        home: Counter(event for event in held[home] if month_of(event.time) == home)
        for home in {month_of(event.time) for _, event in away}
        if home in held
    }
    copies: set[int] = set()
    for _month, event in away:
        if (home := at_home.get(month_of(event.time))) is not None and home[event]:
            home[event] -= 1
            copies.add(id(event))
    return [
        event for events in held.values() for event in events if id(event) not in copies
    ]


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
    hass: HomeAssistant, file: CoachFile[StoredMonth], sleeper: str, existed: bool
) -> list[JournalEvent]:
    """Load one month of events; a damaged month is kept aside and the others still load."""
    try:
        if (loaded := await file.async_read()) is None:
            if existed:
                LOGGER.warning(
                    "A journal file of %s held no data: %s", sleeper, file.path
                )
            return []
        stored = loaded.data
        if not isinstance(stored, dict) or not isinstance(stored["events"], list):
            raise TypeError("a month's data is not an object with a list of events")
        return [event_from_storage(item) for item in stored["events"]]
    except DAMAGE as err:
        await async_keep_aside(hass, file, sleeper, err)
        return []
