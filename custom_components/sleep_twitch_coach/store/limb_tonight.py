"""Tonight's measurements on disk: sealed parts written once, and the rest every five minutes.

Rewriting the whole night every five minutes would cost an SD card more than a megabyte on a
night of 2,000 movements. So every PART_MOVEMENTS movements whose order is settled go into a
part file of their own (`<key>.tonight.<n>`), written once; tonight's file (`<key>`) holds the
movements since, the time in bed and asleep, and how many parts come before it. A part is
written before the tonight's file that counts it, so a crash between the two leaves a part
nobody counts (written over later) and tonight's file as it was.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
import re
from typing import NotRequired

from homeassistant.core import HomeAssistant

from ..coach.limbs.nights import MeasuredNight, StoredNight
from .damage import DAMAGE
from .envelope import CoachFile
from .files import files_named_after, remove_durably
from .limb_checks import is_night

VERSION = 1
# A part's name after tonight's: "tonight.0", "tonight.1", ...
PART_KEY = re.compile(r"tonight\.\d+")
# The movements in a part: about 2 kB each.
PART_MOVEMENTS = 200
# More parts than a night can have (a movement every second for a day).
MOST_PARTS = 86_400 // PART_MOVEMENTS


class StoredTonight(StoredNight):
    """Tonight's file: the night's movements after its parts, and how many parts there are."""

    parts: NotRequired[int]


type KeepAside = Callable[[CoachFile[StoredNight], Exception], Awaitable[None]]


class TonightFiles:
    """The files of the night being measured."""

    def __init__(self, hass: HomeAssistant, key: str) -> None:
        """Name the files after the sleeper's movements key."""
        self._hass = hass
        self._key = key
        self.file = CoachFile[StoredTonight](hass, key, VERSION)
        # The night whose parts are on disk, and how many.
        self._night = ""
        self._parts = 0

    def _part(self, index: int) -> CoachFile[StoredNight]:
        return CoachFile(self._hass, f"{self._key}.tonight.{index}", VERSION)

    async def async_read(self, keep_aside: KeepAside) -> MeasuredNight | None:
        """Return the night being measured, its parts first; None when there is none.

        Raises what reading a damaged tonight's file raises. A damaged part is kept aside
        (its movements are lost; the others are not).
        """
        if (loaded := await self.file.async_read()) is None:
            return None
        stored = loaded.data
        parts = stored.get("parts", 0)
        if not is_night(stored) or not (
            isinstance(parts, int) and 0 <= parts <= MOST_PARTS
        ):
            raise TypeError("tonight's file holds no measured night")
        night = MeasuredNight.from_stored(stored)
        earlier = []
        for index in range(parts):
            part = self._part(index)
            try:
                read = await part.async_read()
                if read is None or not is_night(read.data):
                    raise TypeError(f"part {index} of tonight is missing")
                if read.data["night"] != stored["night"]:
                    raise TypeError(f"part {index} is of another night")
            except DAMAGE as err:
                await keep_aside(part, err)
                continue
            earlier += MeasuredNight.from_stored(read.data).movements
        night.movements = earlier + night.movements
        self._night, self._parts = stored["night"], parts
        return night

    async def async_write(self, night: MeasuredNight, settled: int) -> int:
        """Write tonight: new parts of its first `settled` movements, then the rest.

        Returns the bytes written; raises OSError when they are not on disk.
        """
        label = night.night.isoformat()
        if label != self._night:
            self._night, self._parts = label, 0
        written = 0
        while (self._parts + 1) * PART_MOVEMENTS <= settled:
            start = self._parts * PART_MOVEMENTS
            part = MeasuredNight(
                night.night,
                night.movements[start : start + PART_MOVEMENTS],
                bilateral=night.bilateral,
            )
            written += await self._part(self._parts).async_write(part.to_stored())
            self._parts += 1
        rest = MeasuredNight(
            night.night,
            night.movements[self._parts * PART_MOVEMENTS :],
            night.in_bed,
            night.asleep,
            night.bilateral,
        )
        stored = StoredTonight(**rest.to_stored(), parts=self._parts)
        return written + await self.file.async_write(stored)

    async def async_delete(self) -> None:
        """Delete tonight's file, then its parts; raises OSError on any failure."""
        await self.file.async_delete()
        self._parts = 0
        await self._hass.async_add_executor_job(_remove_parts, self.file.path)


def _remove_parts(tonight: Path) -> None:
    """Remove the parts (not a part kept aside as damaged)."""
    for part in files_named_after(tonight, PART_KEY).values():
        remove_durably(part)
