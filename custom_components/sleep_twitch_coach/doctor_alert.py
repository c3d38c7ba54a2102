"""The repair issue that suggests talking to a doctor when the checklist says so."""

from __future__ import annotations

from collections.abc import Callable

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.translation import async_get_translations

from .checklist import Checklist
from .const import DOMAIN


def doctor_issue_id(entry_id: str) -> str:
    """Return the id of a sleeper's doctor-visit issue."""
    return f"doctor_visit_{entry_id}"


async def async_raise_doctor_issue(
    hass: HomeAssistant,
    entry_id: str,
    sleeper: str,
    checklist: Checklist,
    *,
    still_due: Callable[[], bool],
) -> None:
    """Raise (or update) the issue, naming the criteria met in the user's language.

    Unless, by the time the names are looked up, the figures have moved on (`still_due`).
    """
    names = await async_get_translations(
        hass, hass.config.language, "selector", [DOMAIN]
    )
    if not still_due():
        return
    prefix = f"component.{DOMAIN}.selector.criterion.options."
    criteria = [
        names.get(prefix + finding.criterion.value, finding.criterion.value)
        for finding in checklist.met
    ]
    ir.async_create_issue(
        hass,
        DOMAIN,
        doctor_issue_id(entry_id),
        is_fixable=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key="doctor_visit_recommended",
        translation_placeholders={
            "name": sleeper,
            "score": str(checklist.score),
            "criteria": "; ".join(criteria),
        },
    )


def delete_doctor_issue(hass: HomeAssistant, entry_id: str) -> None:
    """Remove the issue, so that it is raised afresh if the checklist is met again."""
    ir.async_delete_issue(hass, DOMAIN, doctor_issue_id(entry_id))
