"""Where measured nights are kept: tonight's in a small file of its own, past ones by month.

Tonight's file is rewritten at most every five minutes while movements come in (a crash may
lose those five minutes of measurements, never a logged event), so it stays small; when the
night is over it moves into its month's file, which is written once a night. Neither is the
journal's month file, which is rewritten at every logged event and must stay small too.
"""

from __future__ import annotations

from pathlib import Path

from homeassistant.core import HomeAssistant

from ..coach.limbs.nights import MeasuredNight, StoredNight
from ..const import DOMAIN
from .files import files_on_disk
from .journal import DurableStore, StoredMovementMonth
from .months import month_of

VERSION = 1


class MovementStorage:
    """One sleeper's measured nights on disk."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Find the files of one config entry."""
        self._hass = hass
        self._key = f"{DOMAIN}.{entry_id}.movements"
        self._tonight = DurableStore[StoredNight](hass, VERSION, self._key)
        # Bytes written, for the benchmark of what a night costs an SD card.
        self.bytes_written = 0

    def _month(self, month: str) -> DurableStore[StoredMovementMonth]:
        return DurableStore[StoredMovementMonth](
            self._hass, VERSION, f"{self._key}.{month}"
        )

    async def async_load(self) -> tuple[MeasuredNight | None, list[StoredNight]]:
        """Return tonight's night (if one was being measured) and every filed night."""
        on_disk = await self._hass.async_add_executor_job(
            files_on_disk, Path(self._tonight.path)
        )
        tonight = None
        if stored := await self._tonight.async_load():
            tonight = MeasuredNight.from_stored(stored)
        filed = []
        for month in on_disk.months:
            if stored_month := await self._month(month).async_load():
                filed += stored_month["nights"]
        return tonight, filed

    async def async_save_tonight(self, night: MeasuredNight) -> None:
        """Write tonight's measurements durably."""
        self.bytes_written += await self._tonight.async_write(night.to_stored())

    async def async_file(self, night: MeasuredNight) -> None:
        """Move a night that is over into its month's file, then forget tonight's file."""
        store = self._month(month_of(night.night))
        stored = await store.async_load() or StoredMovementMonth(nights=[])
        nights = [n for n in stored["nights"] if n["night"] != night.night.isoformat()]
        nights.append(night.to_stored())
        nights.sort(key=lambda n: n["night"])
        self.bytes_written += await store.async_write(
            StoredMovementMonth(nights=nights)
        )
        await self._tonight.async_delete()
