"""Where measured nights are kept: tonight's in a small file of its own, past ones by month.

Tonight's file is rewritten at most every five minutes while movements come in (a crash may
lose those five minutes of measurements, never a logged event), so it stays small; when the
night is over it moves into its month's file, which is written once a night, and its figures
into its year's figures file (`limb_figures.py`), which is what setting up reads. Neither is
the journal's month file, which is rewritten at every logged event and must stay small too.

The files have the journal's owner (`CoachFile`), and so its promise: a write returns once it
is on disk and raises `OSError` when it is not. Nobody waits on these writes (they come from a
timer, the night's end or Home Assistant stopping), so a failure is logged by the caller and
shown as a repair issue until a later write succeeds; a delayed `Store` would lose the error.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, TypedDict

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from ..coach.inert import inert
from ..coach.limbs.nights import FiguresRecord, MeasuredNight, StoredNight
from ..const import DOMAIN, LOGGER
from .damage import DAMAGE, async_keep_aside
from .envelope import CoachFile
from .files import files_on_disk
from .limb_checks import are_nights
from .limb_figures import FiguresFiles, changed_ns, records_of
from .limb_tonight import TonightFiles
from .months import night_month

VERSION = 1
NOT_WRITTEN = "movements_not_written"


class StoredLimbMonth(TypedDict):
    """One month of nights measured by a leg-movement sensor."""

    nights: list[StoredNight]


class LimbStorage:
    """One sleeper's measured nights on disk."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Find the files of one config entry."""
        self._hass = hass
        self._entry_id = entry_id
        self._key = f"{DOMAIN}.{entry_id}.movements"
        self._tonight = TonightFiles(hass, self._key)
        self._figures = FiguresFiles(hass, self._key)
        # Bytes written, for the benchmark of what a night costs an SD card.
        self.bytes_written = 0

    def _month(self, month: str) -> CoachFile[StoredLimbMonth]:
        return CoachFile(self._hass, f"{self._key}.{month}", VERSION)

    def _sleeper(self) -> str:
        entry = self._hass.config_entries.async_get_entry(self._entry_id)
        return entry.title if entry else self._entry_id

    async def async_load(
        self,
    ) -> tuple[MeasuredNight | None, list[tuple[str, FiguresRecord]]]:
        """Return tonight's night (if one was being measured) and every filed night's figures.

        A damaged file is kept aside and reported; the other nights still load. Months
        whose figures are not kept yet are read and scored once, and their figures written.
        """
        on_disk = await self._hass.async_add_executor_job(
            files_on_disk, self._tonight.file.path
        )
        tonight = None
        try:
            tonight = await self._tonight.async_read(self._async_keep_aside)
        except DAMAGE as err:
            await self._async_keep_aside(self._tonight.file, err)
        figures = self._figures
        await figures.async_load()
        months = [self._month(month) for month in on_disk.months]
        changed = await self._hass.async_add_executor_job(
            changed_ns, [file.path for file in months]
        )
        years = set()
        for month, file, changed_at in zip(
            on_disk.months, months, changed, strict=True
        ):
            if figures.covered(month, changed_at):
                continue
            stored = await self._async_read_month(file)
            records = await self._hass.async_add_executor_job(records_of, stored)
            years.add(figures.add(month, records))
        for year in sorted(years):
            try:
                self.bytes_written += await self._async_write_figures(year)
            except OSError as err:
                # Made again at the next start; the nights themselves are on disk.
                LOGGER.error("The figures of nights in %s not written: %s", year, err)
        return tonight, list(figures.records())

    async def _async_keep_aside(self, file: CoachFile[Any], err: Exception) -> None:
        await async_keep_aside(self._hass, file, self._sleeper(), err)

    async def _async_read_month(
        self, file: CoachFile[StoredLimbMonth]
    ) -> list[StoredNight]:
        """Return a month's nights; a damaged month file is kept aside and reported."""
        try:
            if (loaded := await file.async_read()) is None:
                return []
            nights = loaded.data["nights"]
            # Years of nights are checked in a worker thread, not in the event loop.
            if not await self._hass.async_add_executor_job(are_nights, nights):
                raise TypeError("a month's nights are not a list of measured nights")
        except DAMAGE as err:
            await async_keep_aside(self._hass, file, self._sleeper(), err)
            return []
        return nights

    async def async_save_tonight(self, night: MeasuredNight, settled: int) -> None:
        """Write tonight's measurements durably; raises OSError when they are not on disk.

        The order of the first `settled` movements will not change (`limb_tonight.py`).
        """
        self.bytes_written += await self._async_writing(
            self._tonight.async_write(night, settled)
        )

    async def async_file(self, night: MeasuredNight) -> None:
        """Move a night that is over into its month's file, then forget tonight's file.

        Raises OSError when either is not on disk.
        """
        file = self._month(night_month(night.night))
        nights = [
            stored
            for stored in await self._async_read_month(file)
            if stored["night"] != night.night.isoformat()
        ]
        nights.append(night.to_stored())
        nights.sort(key=lambda n: n["night"])
        self.bytes_written += await self._async_write(
            file, StoredLimbMonth(nights=nights)
        )
        year = self._figures.add(
            night_month(night.night), [(night.night.isoformat(), night.record())]
        )
        self.bytes_written += await self._async_write_figures(year)
        try:
            await self._tonight.async_delete()
        except OSError as err:
            self._not_written(err)
            raise

    async def _async_write_figures(self, year: str) -> int:
        """Write a year's figures; a failure raises and is shown as a repair issue."""
        return await self._async_writing(self._figures.async_write(year))

    async def _async_write(
        self, file: CoachFile[StoredLimbMonth], data: StoredLimbMonth
    ) -> int:
        """Write a file; a failure raises and is shown as a repair issue until one works."""
        return await self._async_writing(file.async_write(data))

    async def _async_writing(self, write: Coroutine[Any, Any, int]) -> int:
        """Await a write; a failure raises and is shown as a repair issue until one works."""
        try:
            written = await write
        except OSError as err:
            self._not_written(err)
            raise
        delete_not_written_issue(self._hass, self._entry_id)
        return written

    def _not_written(self, err: OSError) -> None:
        ir.async_create_issue(
            self._hass,
            DOMAIN,
            _not_written_id(self._entry_id),
            is_fixable=False,
            severity=ir.IssueSeverity.ERROR,
            translation_key=NOT_WRITTEN,
            translation_placeholders={
                "name": inert(self._sleeper()),
                "error": inert(err.strerror or str(err)),
            },
        )


def _not_written_id(entry_id: str) -> str:
    return f"{NOT_WRITTEN}_{entry_id}"


def delete_not_written_issue(hass: HomeAssistant, entry_id: str) -> None:
    """Remove the issue of measurements that could not be written (written now, or removed)."""
    ir.async_delete_issue(hass, DOMAIN, _not_written_id(entry_id))
