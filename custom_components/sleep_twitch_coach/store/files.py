"""A sleeper's files on disk: a write is either complete and durable, or fails loudly.

Every `OSError` reaches the caller; `envelope.py` puts these under the coach's files.
"""

from __future__ import annotations

from contextlib import suppress
import os
from pathlib import Path
import re
import secrets
from typing import NamedTuple

MONTH_KEY = re.compile(r"^\d{4}-\d{2}$")


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace a file by `payload`: temporary file, flush, fsync, rename, fsync of the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(descriptor, view) :]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        temporary.replace(path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(path.parent)


def remove_durably(path: Path) -> None:
    """Delete a file, if it is there, and make the deletion durable."""
    with suppress(FileNotFoundError):
        path.unlink()
        sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a folder's entries (a rename, a deletion) durable."""
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class FilesOnDisk(NamedTuple):
    """Which of a sleeper's journal files exist before loading."""

    main: bool
    months: list[str]


def files_on_disk(main: Path) -> FilesOnDisk:
    """Return whether the main file exists and the months whose files lie next to it."""
    return FilesOnDisk(main.exists(), sorted(files_named_after(main, MONTH_KEY)))


def files_named_after(main: Path, suffix: re.Pattern[str]) -> dict[str, Path]:
    """Return the files `<main's name>.<suffix>` beside `main`, by suffix."""
    prefix = f"{main.name}."
    return {
        name: path
        for path in main.parent.glob(f"{prefix}*")
        if suffix.fullmatch(name := path.name.removeprefix(prefix))
    }


def rename_if_present(path: Path, kept: Path) -> None:
    """Move a file aside, if it is there."""
    if path.exists():
        path.rename(kept)
