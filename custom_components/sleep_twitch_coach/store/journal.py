"""A sleeper's journal, switch and wind-down steps in files of Home Assistant's storage folder.

Layout 2: a main file (`.storage/sleep_twitch_coach.<entry id>`) with the switch, the wind-down
steps and the list of months, and one file per month (`….<entry id>.2026-11`) with the events
whose time, in UTC, is in that month (`months.py`). A press writes only its month, so years of
history are never rewritten. Layout 1 kept every event in the main file; it is split into
months on load (`loading.py`), and so are layout 2's months before 2.3, which were months of
nights and so moved with the time zone.
Every write, a migration's included, is atomic and durable, and a failed write raises
(`envelope.py`); one lock orders them all.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from ..coach.events import JournalEvent, event_to_storage
from ..coach.journal import Journal
from ..coach.wind_down import DEFAULT_STEPS, Step, steps_to_storage
from ..const import DOMAIN
from .envelope import CoachFile, DamagedFileError
from .months import MonthIndex, month_of

STORAGE_VERSION = 2
# 2: the count of twitches older than the journal, for the long-term statistics.
# 3: months of the events' time in UTC, not of their nights (which move with the time zone).
STORAGE_MINOR_VERSION = 3
MONTH_VERSION = 1


class StoredMain(TypedDict):
    """The main file: the sleeper's switch, wind-down steps and months of journal."""

    iron_deficiency_diagnosed: NotRequired[bool]
    # Twitches of nights the retention window has dropped: the history's sums start there.
    twitches_before_journal: NotRequired[int]
    wind_down_steps: NotRequired[list[dict[str, str | bool]]]
    months: NotRequired[list[str]]
    # Only in a layout-1 file being migrated: every event, before they are split into months.
    events: NotRequired[list[dict[str, Any]]]


class StoredMonth(TypedDict):
    """One month of the journal: the events whose time, in UTC, is in that month."""

    events: list[dict[str, Any]]


@dataclass(slots=True)
class SleeperRecord:
    """Everything kept on disk for one sleeper."""

    journal: Journal
    iron_deficiency: bool = False
    wind_down: list[Step] = field(default_factory=lambda: list(DEFAULT_STEPS))
    twitches_before_journal: int = 0


class WouldLoseEventsError(HomeAssistantError):
    """A write would replace a month file by one with fewer events, though none were removed."""


@dataclass(slots=True)
class _Written:
    """What one month file holds: its change count, events and removals when written."""

    changes: int
    events: int
    removed: int


class JournalStore:
    """The files of one sleeper's journal; it keeps track of what is on disk."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Name the files of one config entry."""
        self._hass = hass
        self.main = CoachFile[StoredMain](
            hass,
            f"{DOMAIN}.{entry_id}",
            STORAGE_VERSION,
            minor_version=STORAGE_MINOR_VERSION,
            migrate=_migrate_main,
        )
        self._month_files: dict[str, CoachFile[StoredMonth]] = {}
        self._written_months: dict[str, _Written] = {}
        self._written_main: dict[str, Any] | None = None
        self.months = MonthIndex()
        # The stored forms of the month written last, in order: a press converts one event.
        # Only one month is kept, so memory does not grow with years of journal.
        self._forms: dict[str, list[dict[str, Any]]] = {}
        # One write at a time: a slower earlier write must never replace a later one.
        self._lock = asyncio.Lock()

    def month_file(self, month: str) -> CoachFile[StoredMonth]:
        """Return the file of one month of the journal."""
        if month not in self._month_files:
            self._month_files[month] = CoachFile(
                self._hass, f"{self.main.key}.{month}", MONTH_VERSION
            )
        return self._month_files[month]

    def follow(self, journal: Journal) -> None:
        """Keep this journal: index its events by month and follow its changes."""
        self.months = MonthIndex()
        self.months.follow(journal)

    def mark_written(self, main: StoredMain | None) -> None:
        """Remember that the months as they are now and `main` are what the files hold.

        A main file that lists too few months is rewritten with the next change, and so is
        one of another layout (`None`).
        """
        index = self.months
        self._written_months = {
            month: _written(index, month) for month in index.months()
        }
        self._written_main = None if main is None else dict(main)

    async def async_file_again(
        self,
        record: SleeperRecord,
        held: dict[str, list[JournalEvent]],
        main: StoredMain | None,
    ) -> None:
        """After loading, make each month file hold exactly its month's events; then the main.

        `held` is what each month file held when read; `main` is the main file as read, or
        None when it is of another layout and is written again, last. An event in a file
        that is not its month's is first written into its month, next to what that file
        holds, and only then taken out of the file it was in: a crash in between leaves it
        in both, and the next load counts it once. Raises OSError when a file cannot be
        written.
        """
        async with self._lock:
            index = self.months
            holds = {month: list(events) for month, events in held.items()}
            for month in index.months():
                here = holds.get(month, [])
                kept = {id(event) for event in here}
                if gained := [e for e in index.events(month) if id(e) not in kept]:
                    await self._async_write_month(month, [*here, *gained])
                    holds[month] = [*here, *gained]
            kept_ids = {id(event) for event in record.journal.events}
            for month, events in holds.items():
                if sorted(map(id, events)) == sorted(map(id, index.events(month))):
                    continue
                _check_moved(index, [e for e in events if id(e) not in kept_ids])
                if index.size(month):
                    await self._async_write_month(month, index.events(month))
                else:
                    await self.month_file(month).async_delete()
            self._forms = {}
            self.mark_written(main)
            if main is None:
                await self._async_save_record(record)

    async def _async_write_month(self, month: str, events: list[JournalEvent]) -> None:
        await self.month_file(month).async_write(
            {"events": [event_to_storage(event) for event in events]}
        )

    async def async_save_record(self, record: SleeperRecord) -> None:
        """Write what changed since the last write; returns once it is on disk.

        Raises OSError when a file cannot be written, and WouldLoseEventsError rather than
        replace a month file by one with fewer events than were removed from it.
        """
        async with self._lock:
            await self._async_save_record(record)

    def _stored_forms(
        self, month: str, written: _Written | None
    ) -> list[dict[str, Any]]:
        """Return the stored forms of a month's events, converting only those added.

        The journal only appends to a month until something is removed from it, so with no
        removal since the last write the forms written then are still the month's first ones.
        """
        events = self.months.events(month)
        forms = self._forms.get(month)
        if (
            forms is None
            or written is None
            or len(forms) != written.events
            or self.months.removals(month) != written.removed
        ):
            forms = []
        self._forms = {month: forms}
        forms.extend(event_to_storage(event) for event in events[len(forms) :])
        return forms

    async def _async_save_record(self, record: SleeperRecord) -> None:
        index = self.months
        months = index.months()
        for month in months:
            written = self._written_months.get(month)
            if written is not None and written.changes == index.changes(month):
                continue
            _check_nothing_lost(index, month, written)
            events = self._stored_forms(month, written)
            # What is written is what the journal holds now; changes made while the file is
            # being written are left for the next write.
            written = _written(index, month)
            await self.month_file(month).async_write({"events": events})
            self._written_months[month] = written
        present = set(months)
        for month in [month for month in self._written_months if month not in present]:
            _check_nothing_lost(index, month, self._written_months[month])
            await self.month_file(month).async_delete()
            del self._written_months[month]
            self._forms.pop(month, None)
        if (main := _main(record, months)) != self._written_main:
            await self.main.async_write(main)  # type: ignore[arg-type]
            self._written_main = main


def _migrate_main(old_major: int, _old_minor: int, old_data: Any) -> StoredMain:
    """Bring layout 1 (every event in the main file) or another minor layout 2 up to date.

    Minor versions only add optional keys: those this release does not know are dropped.
    """
    if old_major not in (1, STORAGE_VERSION):
        raise DamagedFileError(f"unknown journal layout version {old_major}")
    if not isinstance(old_data, dict):
        raise DamagedFileError(
            f"journal data is not an object: {type(old_data).__name__}"
        )
    if old_major == 1 and "events" not in old_data:
        raise DamagedFileError("a first-layout journal without events")
    keys = (
        "iron_deficiency_diagnosed",
        "wind_down_steps",
        "months",
        "events",
        "twitches_before_journal",
    )
    return {key: old_data[key] for key in keys if key in old_data}  # type: ignore[return-value]


def _written(index: MonthIndex, month: str) -> _Written:
    return _Written(index.changes(month), index.size(month), index.removals(month))


def _check_nothing_lost(
    index: MonthIndex, month: str, written: _Written | None
) -> None:
    """Refuse to write a month with fewer events than its file holds, less those removed."""
    if written is None:
        return
    removed = index.removals(month) - written.removed
    if (now := index.size(month)) < written.events - removed:
        raise WouldLoseEventsError(
            f"{month} would go from {written.events} events to {now} with {removed} removed"
        )


def _check_moved(index: MonthIndex, left_out: list[JournalEvent]) -> None:
    """Refuse to take out of a file an event the journal left out, unless it is a copy.

    A copy is an event its own month holds too (`loading.py` counts such events once).
    """
    for event in left_out:
        if event not in index.events(month := month_of(event.time)):
            raise WouldLoseEventsError(f"an event of {month} is in no other file")


def _main(record: SleeperRecord, months: list[str]) -> dict[str, Any]:
    return {
        "iron_deficiency_diagnosed": record.iron_deficiency,
        "wind_down_steps": steps_to_storage(record.wind_down),
        "months": months,
        "twitches_before_journal": record.twitches_before_journal,
    }
