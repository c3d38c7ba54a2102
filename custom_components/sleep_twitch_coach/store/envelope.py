"""One versioned JSON file of the coach in Home Assistant's storage folder, and its only owner.

The file is what Home Assistant's `Store` reads and writes (`.storage/<key>`, holding
`{"version", "minor_version", "key", "data"}`), so every file an earlier release wrote loads
and an earlier release can read what this one writes. The coach reads it off the event loop,
checks the envelope, migrates with its own code and writes it atomically and durably: a write
returns once the file is on disk and raises `OSError` when it is not. `Store` cannot be the
owner: its `async_save` logs a failed write and returns as if it had worked, and it writes a
migration later, when a newer write of the coach may already be on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeIs

from homeassistant.core import HomeAssistant
from homeassistant.helpers.json import json_bytes
from homeassistant.util.json import json_loads

from .files import remove_durably, rename_if_present, write_atomically


class DamagedFileError(Exception):
    """A file is there but does not hold what the coach wrote: kept aside and reported."""


# The coach's code turning `data` of (version, minor version) into this release's shape.
type Migration = Callable[[int, int, Any], Any]


@dataclass(frozen=True, slots=True)
class Loaded[T]:
    """What a file held, in this release's shape.

    `current` is false when it was written in another version and migrated on reading.
    """

    data: T
    current: bool


def same_major(version: int) -> Migration:
    """Return the migration of a file whose layout only ever gains optional keys.

    A newer minor version is read as it is (the keys it added are ignored); another major
    version is damage.
    """

    def migrate(old_major: int, _old_minor: int, data: Any) -> Any:
        if old_major != version:
            raise DamagedFileError(f"unknown version {old_major}")
        return data

    return migrate


class CoachFile[T]:
    """A versioned JSON file under `<config>/.storage/` that only the coach reads and writes."""

    def __init__(
        self,
        hass: HomeAssistant,
        key: str,
        version: int,
        *,
        minor_version: int = 1,
        migrate: Migration | None = None,
    ) -> None:
        """Name the file and the version this release writes."""
        self.hass = hass
        self.key = key
        self.version = version
        self.minor_version = minor_version
        self._migrate = migrate or same_major(version)
        self.path = Path(hass.config.path(".storage", key))

    async def async_read(self) -> Loaded[T] | None:
        """Return the file's data, migrated; None when there is no file or it holds `{}`.

        Raises DamagedFileError when the file is there but cannot be what the coach wrote.
        """
        document = await self.hass.async_add_executor_job(_read, self.path)
        if document is None or document == {}:
            return None
        version, minor, data = _opened(document)
        current = (version, minor) == (self.version, self.minor_version)
        if not current:
            data = self._migrate(version, minor, data)
        return Loaded(data, current=current)

    async def async_write(self, data: T) -> int:
        """Replace the file atomically and durably; return the bytes written.

        Raises OSError on any failure, and leaves the file as it was.
        """
        payload = json_bytes(
            {
                "version": self.version,
                "minor_version": self.minor_version,
                "key": self.key,
                "data": data,
            }
        )
        await self.hass.async_add_executor_job(write_atomically, self.path, payload)
        return len(payload)

    async def async_delete(self) -> None:
        """Delete the file durably; raises OSError on any failure."""
        await self.hass.async_add_executor_job(remove_durably, self.path)

    async def async_keep_aside(self, now: datetime) -> Path:
        """Rename the file `<key>.damaged.<time>`, so that no write replaces it; return that."""
        kept = self.path.with_name(f"{self.path.name}.damaged.{now:%Y%m%dT%H%M%S}")
        await self.hass.async_add_executor_job(rename_if_present, self.path, kept)
        return kept


def _read(path: Path) -> object:
    """Return a file's JSON, or None when there is no file (in a worker thread)."""
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise DamagedFileError(f"unreadable: {err.strerror or err}") from err
    try:
        return json_loads(content)
    except ValueError as err:
        raise DamagedFileError(f"not valid JSON: {err}") from err


def _opened(document: object) -> tuple[int, int, Any]:
    """Return (version, minor version, data) of a stored file; raises if it has none."""
    if not isinstance(document, dict):
        raise DamagedFileError(f"not a storage file: {type(document).__name__}")
    version = document.get("version")
    # Home Assistant's `Store` wrote no minor version before 2022.
    minor = document.get("minor_version", 1)
    if not _is_version(version) or not _is_version(minor):
        raise DamagedFileError(f"no version: {version!r}.{minor!r}")
    # The key is not compared: a file restored from a backup under its own name belongs where
    # it lies, as it does for `Store`.
    if not isinstance(document.get("key", ""), str):
        raise DamagedFileError(f"key is not text: {document['key']!r}")
    if "data" not in document:
        raise DamagedFileError("no data")
    return version, minor, document["data"]


def _is_version(value: object) -> TypeIs[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1
