"""The figures of filed nights, kept apart from their movements: one small file a year.

Setting up a sleeper reads these, not years of movement lists. A year's file says which
months' nights it holds in full; a month file it does not cover is read and scored once, and
its figures are written. Not covered are a month filed before figures were kept, one whose
year's figures file was damaged or lost, and one whose file changed after its year's figures
were written (a night was filed, and writing its figures failed). The figures are derived from
the month files, so a damaged figures file is not kept aside or reported: it is logged and
made again.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
import re
from typing import TypedDict, TypeIs

from homeassistant.core import HomeAssistant

from ..coach.limbs.nights import FiguresRecord, MeasuredNight, StoredNight
from ..coach.limbs.scoring import PlmRule
from ..const import LOGGER
from .damage import DAMAGE
from .envelope import CoachFile
from .files import files_named_after

VERSION = 1
YEAR_KEY = re.compile(r"^\d{4}$")
SCORE_FIELDS = 10


class StoredFigures(TypedDict):
    """One year of filed nights' figures."""

    # The months ("2026-11") whose every filed night is here.
    months: list[str]
    nights: dict[str, FiguresRecord]


class FiguresFiles:
    """A sleeper's figures files, `<movements key>.figures.<year>`, and what they hold."""

    def __init__(self, hass: HomeAssistant, movements_key: str) -> None:
        """Name the files after the sleeper's movement files."""
        self._hass = hass
        self._key = f"{movements_key}.figures"
        self.years: dict[str, StoredFigures] = {}
        # When each year's file was last written, as read (nanoseconds since the epoch).
        self._written_ns: dict[str, int] = {}

    def _file(self, year: str) -> CoachFile[StoredFigures]:
        return CoachFile(self._hass, f"{self._key}.{year}", VERSION)

    async def async_load(self) -> None:
        """Read every year's figures; a damaged year is left out, to be made again."""
        folder = Path(self._hass.config.path(".storage"))
        years = await self._hass.async_add_executor_job(
            _years_on_disk, folder, self._key
        )
        for year, written_ns in years.items():
            file = self._file(year)
            try:
                loaded = await file.async_read()
                if loaded is not None and not _are_figures(loaded.data):
                    raise TypeError("not a year of figures")
            except DAMAGE as err:
                LOGGER.warning("Figures %s are made again: %r", file.path, err)
                continue
            if loaded is not None:
                self.years[year] = loaded.data
                self._written_ns[year] = written_ns

    def covered(self, month: str, changed_ns: int) -> bool:
        """Return whether a month's nights, its file as changed then, all have figures here."""
        year = self.years.get(month[:4])
        return (
            year is not None
            and month in year["months"]
            and changed_ns <= self._written_ns.get(month[:4], 0)
        )

    def records(self) -> Iterable[tuple[str, FiguresRecord]]:
        """Return every filed night's figures, by night ("2026-11-16")."""
        for year in self.years.values():
            yield from year["nights"].items()

    def add(self, month: str, records: Iterable[tuple[str, FiguresRecord]]) -> str:
        """Keep the figures of nights of `month` (all of them so far); return the year."""
        year = self.years.setdefault(month[:4], StoredFigures(months=[], nights={}))
        year["nights"].update(records)
        if month not in year["months"]:
            year["months"] = sorted([*year["months"], month])
        return month[:4]

    async def async_write(self, year: str) -> int:
        """Write a year's figures; raises OSError when they are not on disk."""
        return await self._file(year).async_write(self.years[year])


def records_of(stored: list[StoredNight]) -> list[tuple[str, FiguresRecord]]:
    """Score a month's stored nights under every rule (in a worker thread: they are long)."""
    return [
        (night["night"], MeasuredNight.from_stored(night).record()) for night in stored
    ]


def _years_on_disk(folder: Path, key: str) -> dict[str, int]:
    """Return the years that have a figures file, with when each was last written."""
    return {
        year: path.stat().st_mtime_ns
        for year, path in sorted(files_named_after(folder / key, YEAR_KEY).items())
    }


def changed_ns(paths: list[Path]) -> list[int]:
    """Return when each file last changed (nanoseconds since the epoch), in a worker thread."""
    return [path.stat().st_mtime_ns for path in paths]


def _are_figures(data: object) -> TypeIs[StoredFigures]:
    if not isinstance(data, dict):
        return False
    months, nights = data.get("months"), data.get("nights")
    return (
        isinstance(months, list)
        and all(isinstance(month, str) for month in months)
        and isinstance(nights, dict)
        and all(_is_record(record) for record in nights.values())
    )


# Whole numbers and nothing (`bool` is not `int` by type): what every figure is.
WHOLE_OR_NONE = frozenset({int, type(None)})
RULES = tuple(rule.value for rule in PlmRule)


def _is_record(record: object) -> TypeIs[FiguresRecord]:
    """Return whether a night's figures are what the coach writes (checked by type, quickly)."""
    if type(record) is not dict or type(record.get("in_bed_ms")) is not int:
        return False
    scores = record.get("scores")
    if type(scores) is not dict:
        return False
    lists = [scores.get(rule) for rule in RULES]
    return (
        all(type(values) is list and len(values) == SCORE_FIELDS for values in lists)
        and all(
            type(value) in WHOLE_OR_NONE
            for values in lists
            for value in values  # type: ignore[union-attr]
        )
        and all(
            type(record.get(key)) in WHOLE_OR_NONE
            for key in ("asleep_ms", "went_to_bed_ms", "got_up_ms")
        )
    )
