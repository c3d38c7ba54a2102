"""The repair issue that suggests talking to a doctor when the checklist says so."""

from __future__ import annotations

from collections.abc import Callable

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from .coach.checklist import Checklist, Criterion
from .coach.inert import inert
from .const import DOMAIN
from .panel import PANEL_URL_PATH
from .selector_names import async_selector_names


def doctor_issue_id(entry_id: str) -> str:
    """Return the id of a sleeper's doctor-visit issue."""
    return f"doctor_visit_{entry_id}"


def doctor_view_path(entry_id: str) -> str:
    """Return the address of a sleeper's Doctor view in the Sleep coach panel."""
    return f"/{PANEL_URL_PATH}?sleeper={entry_id}&view=doctor"


async def async_raise_doctor_issue(
    hass: HomeAssistant,
    entry_id: str,
    sleeper: str,
    checklist: Checklist,
    *,
    still_due: Callable[[], bool],
) -> None:
    """Raise (or update) the issue, naming the criteria met in Home Assistant's language.

    Home Assistant shows placeholders as they are: the criteria are named here, and again
    when the language changes. Unless, by the time the names are looked up, the figures
    or the language have moved on (`still_due`).
    The issue links to the sleeper's Doctor view, where the report is.
    """
    names = await async_selector_names(hass)
    if not still_due():
        return
    criteria = [
        names.get(f"criterion.{finding.criterion.value}", finding.criterion.value)
        for finding in checklist.met
    ]
    doctor_view = doctor_view_path(entry_id)
    ir.async_create_issue(
        hass,
        DOMAIN,
        doctor_issue_id(entry_id),
        is_fixable=False,
        # Home Assistant opens a homeassistant:// address inside its own frontend.
        learn_more_url=f"homeassistant:/{doctor_view}",
        severity=ir.IssueSeverity.WARNING,
        translation_key="doctor_visit_recommended",
        translation_placeholders={
            # Shown as Markdown: the name a person typed stays text.
            "name": inert(sleeper),
            "score": str(checklist.score),
            "criteria": "\n".join(f"- {criterion}" for criterion in criteria),
            "doctor_view": doctor_view,
        },
    )


def delete_doctor_issue(hass: HomeAssistant, entry_id: str) -> None:
    """Remove the issue, so that it is raised afresh if the checklist is met again."""
    ir.async_delete_issue(hass, DOMAIN, doctor_issue_id(entry_id))


class DoctorIssue:
    """The doctor-visit issue of one sleeper, raised and removed as the checklist changes."""

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Follow the issue of one sleeper."""
        self.hass = hass
        self.entry = entry
        # The criteria the issue was last raised for; None until the first figures, which
        # always set the issue right (one may be left from before a reload).
        self._alerted: tuple[Criterion, ...] | None = None
        # Counts the raises: only the newest one's names are shown.
        self._raises = 0

    @callback
    def update(self, checklist: Checklist) -> None:
        """Raise the issue when a visit is recommended, and remove it when not."""
        alerted = (
            tuple(finding.criterion for finding in checklist.met)
            if checklist.recommended
            else ()
        )
        if alerted == self._alerted:
            return
        self._alerted = alerted
        entry = self.entry
        if alerted:
            self._raises += 1
            raised = self._raises
            entry.async_create_task(
                self.hass,
                async_raise_doctor_issue(
                    self.hass,
                    entry.entry_id,
                    entry.title,
                    checklist,
                    still_due=lambda: (
                        self._raises == raised and self._alerted == alerted
                    ),
                ),
            )
        else:
            delete_doctor_issue(self.hass, entry.entry_id)

    @callback
    def name_again(self) -> None:
        """Have the next figures raise the issue again: the language changed."""
        self._alerted = None
