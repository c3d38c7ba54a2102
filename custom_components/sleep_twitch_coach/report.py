"""The doctor report of one sleeper, in Home Assistant's language and units."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from .coach.comparisons import DEFAULT_COMPARE_NIGHTS
from .coach.report.markdown import report_response
from .coach.report.model import build_report
from .coach.report.texts import texts_for
from .selector_names import async_selector_names
from .temperature import to_display_unit

if TYPE_CHECKING:
    from .coordinator import CoachCoordinator


async def async_doctor_report(
    coordinator: CoachCoordinator,
    nights: int,
    *,
    with_notes: bool,
    compare_nights: int = DEFAULT_COMPARE_NIGHTS,
) -> dict[str, Any]:
    """Return the report for the last `nights` nights, with notes or without.

    Factors are compared over the last `compare_nights` nights.
    """
    hass = coordinator.hass
    names = await async_selector_names(hass)
    return report_response(
        build_report(
            coordinator.journal,
            coordinator.night_context(),
            coordinator.data.checklist,
            coordinator.data.status.tonight,
            nights,
            sleeper=coordinator.config_entry.title,
            unit=hass.config.units.temperature_unit,
            to_display_unit=partial(to_display_unit, hass),
            with_notes=with_notes,
            measured=coordinator.measured(),
            begins=coordinator.first_night(),
            compare_nights=compare_nights,
        ),
        texts_for(hass.config.language, names),
    )
