"""A damaged file of a sleeper: kept aside where no write replaces it, and explained once."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from ..coach.inert import inert
from ..const import DOMAIN, LOGGER
from .envelope import CoachFile, DamagedFileError

# What reading a file can raise when its content is damaged: the envelope's checks, and the
# parsers of the coach's shapes on data of the wrong kind or a value no calendar holds.
DAMAGE = (DamagedFileError, KeyError, TypeError, ValueError, OverflowError)


async def async_keep_aside(
    hass: HomeAssistant, file: CoachFile[Any], sleeper: str, err: Exception
) -> None:
    """Rename a damaged file so that no later write overwrites it, and report it.

    Raises OSError when the file cannot be renamed: then nothing may be written over it.
    """
    kept = await file.async_keep_aside(dt_util.utcnow())
    error = repr(err)
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
        f"journal_damaged_{file.key}",
        is_fixable=True,
        is_persistent=True,
        severity=ir.IssueSeverity.ERROR,
        translation_key="journal_damaged",
        # Shown as Markdown: a name a person typed, or a damaged file's content, stays text.
        translation_placeholders={
            "name": inert(sleeper),
            "path": str(kept),
            "error": inert(error),
        },
    )
