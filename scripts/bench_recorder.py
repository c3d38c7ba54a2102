"""What the coach costs Home Assistant's recorder in a typical night; run by scripts/bench.

A sleeper with three weeks of journal (so that checklist criteria are met and carry evidence)
logs a typical night: 2 caffeine, 1 exercise, 3 twitches (one woke them), 3 wind-down steps.
The rows the recorder adds for the coach's entities and the bytes of their states and of the
attribute sets it stores are counted, with the checklist evidence recorded (as before it was
kept out) and kept out (`_unrecorded_attributes`).
"""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
from typing import Any
from unittest.mock import patch

from pytest_homeassistant_custom_component.common import MockConfigEntry
from sqlalchemy import text

from custom_components.sleep_twitch_coach.binary_sensor import CoachBinarySensor
from custom_components.sleep_twitch_coach.const import DOMAIN
from custom_components.sleep_twitch_coach.sensor import CoachSensor
from homeassistant.components.recorder import get_instance
from homeassistant.components.recorder.util import session_scope
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

NIGHT = (
    ("log_caffeine", {}),
    ("log_caffeine", {}),
    ("log_exercise", {}),
    ("log_twitch", {}),
    ("log_twitch", {"woke_up": True}),
    ("log_twitch", {}),
)
STEPS = ("stretch", "relax", "screens_off")


def three_weeks(until: Any) -> list[dict[str, Any]]:
    """Return three weeks with twitches most nights and a reported urge to move."""
    events = [
        {
            "kind": "twitch",
            "time": (until - timedelta(days=back, hours=hours)).isoformat(),
        }
        for back in range(1, 22)
        for hours in ((0, 2) if back % 4 else (0,))
    ]
    events.append(
        {
            "kind": "symptom",
            "symptom": "urge_to_move",
            "time": (until - timedelta(days=2)).isoformat(),
        }
    )
    return events


# The coach's state rows after a state id: every entity of a sleeper has its name after the
# domain ("sensor.fpafter_twitches_tonight").
NIGHT_ROWS = (
    "FROM states s JOIN states_meta m ON s.metadata_id = m.metadata_id "
    "WHERE m.entity_id LIKE :entities AND s.state_id > :after"
)


def _count(hass: HomeAssistant, prefix: str, after: int) -> dict[str, int]:
    """Count the coach's state rows after `after`, their bytes and their attribute sets."""
    bound = {"entities": f"%.{prefix}_%", "after": after}
    with session_scope(hass=hass, read_only=True) as session:
        rows, state_bytes = session.execute(
            text("SELECT COUNT(*), COALESCE(SUM(LENGTH(s.state)), 0) " + NIGHT_ROWS),
            bound,
        ).one()
        attribute_sets, attribute_bytes = session.execute(
            text(
                # Constant text only: the values are bound parameters.
                "SELECT COUNT(*), COALESCE(SUM(LENGTH(a.shared_attrs)), 0) FROM "  # noqa: S608
                "state_attributes a WHERE a.attributes_id IN (SELECT s.attributes_id "
                + NIGHT_ROWS
                + ")"
            ),
            bound,
        ).one()
        (last,) = session.execute(
            text("SELECT COALESCE(MAX(state_id), 0) FROM states")
        ).one()
    return {
        "state_rows": rows,
        "state_bytes": state_bytes,
        "attribute_sets": attribute_sets,
        "attribute_bytes": attribute_bytes,
        "last_state_id": last,
    }


async def night_footprint(
    hass: HomeAssistant, name: str, *, evidence_recorded: bool
) -> dict[str, int]:
    """Set up a sleeper, log a typical night, and count what the recorder stored for it."""
    entry = MockConfigEntry(
        domain=DOMAIN, title=name, unique_id=name, options={"retention_nights": 3660}
    )
    key = f"{DOMAIN}.{entry.entry_id}"
    events = three_weeks(dt_util.utcnow())
    Path(hass.config.path(".storage", key)).write_text(
        json.dumps(
            {"version": 1, "minor_version": 1, "key": key, "data": {"events": events}}
        )
    )
    entry.add_to_hass(hass)
    # Home Assistant combines an entity class's unrecorded attributes when the class is
    # made; "before" takes the coach's out of that combination again.
    combined = "_Entity__combined_unrecorded_attributes"
    with (
        patch.object(
            CoachSensor,
            combined,
            getattr(CoachSensor, combined) - CoachSensor._unrecorded_attributes  # noqa: SLF001
            if evidence_recorded
            else getattr(CoachSensor, combined),
        ),
        patch.object(
            CoachBinarySensor,
            combined,
            getattr(CoachBinarySensor, combined)
            - CoachBinarySensor._unrecorded_attributes  # noqa: SLF001
            if evidence_recorded
            else getattr(CoachBinarySensor, combined),
        ),
    ):
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    recorder = get_instance(hass)
    await recorder.async_block_till_done()
    before = await recorder.async_add_executor_job(_count, hass, name, 0)
    for service, data in NIGHT:
        await hass.services.async_call(
            DOMAIN, service, {"config_entry_id": entry.entry_id, **data}, blocking=True
        )
    for step in STEPS:
        await hass.services.async_call(
            "todo",
            "update_item",
            {
                "entity_id": f"todo.{name}_wind_down",
                "item": step,
                "status": "completed",
            },
            blocking=True,
        )
    await hass.async_block_till_done()
    await recorder.async_block_till_done()
    night = await recorder.async_add_executor_job(
        _count, hass, name, before["last_state_id"]
    )
    await hass.config_entries.async_unload(entry.entry_id)
    del night["last_state_id"]
    return night


async def run(hass: HomeAssistant) -> dict[str, Any]:
    """Count a typical night with the checklist evidence recorded, and kept out."""
    return {
        "evidence_recorded": await night_footprint(
            hass, "fpbefore", evidence_recorded=True
        ),
        "evidence_kept_out": await night_footprint(
            hass, "fpafter", evidence_recorded=False
        ),
    }


def report(results: dict[str, Any]) -> None:
    """Print the recorder rows."""
    for name, row in results.items():
        print(
            f"recorder per typical night, {name.replace('_', ' ')}: {row['state_rows']} state "
            f"rows ({row['state_bytes']} B of states), {row['attribute_sets']} "
            f"attribute sets ({row['attribute_bytes']} B)"
        )
