"""Property-based tests of the actions: random input is accepted, or refused and changes nothing."""

from __future__ import annotations

import contextlib
import copy
import math
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings, strategies as st
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_capture_events,
)
import voluptuous as vol

from custom_components.sleep_twitch_coach.const import DOMAIN, EVENT_LOGGED
from custom_components.sleep_twitch_coach.service_schemas import SCHEMAS
from homeassistant.core import HomeAssistant, SupportsResponse
from homeassistant.exceptions import ServiceValidationError

from .conftest import coach_files

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=300),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=8,
)
fields = st.sampled_from(
    [
        "config_entry_id",
        "when",
        "woke_up",
        "body_parts",
        "note",
        "amount_mg",
        "intensity",
        "duration_min",
        "symptom",
        "kind",
        "entry",
        "nights",
        "other",
    ]
)


@pytest.mark.parametrize("service", sorted(SCHEMAS))
@settings(max_examples=300, deadline=None)
@given(data=st.dictionaries(fields, json_values, max_size=6))
def test_schemas_only_ever_refuse_with_invalid(
    service: str, data: dict[str, object]
) -> None:
    """Whatever arrives, an action's schema accepts it or raises vol.Invalid, nothing else."""
    with contextlib.suppress(vol.Invalid):
        SCHEMAS[service](data)


# Values that some field accepts, so that random calls mix refusals with accepted ones.
plausible = st.sampled_from(
    [
        "legs",
        "arms",
        "vigorous",
        "light",
        "urge_to_move",
        "twitch",
        "caffeine",
        "2026-11-16T23:00:00+01:00",
        "2026-11-17T08:00:00+01:00",
        "2020-01-01T00:00:00+00:00",
        "yesterday",
        ["legs", "trunk"],
        [],
        0,
        7,
        95.5,
        -1,
        91,
        True,
        "x" * 201,
        # Outside what a calendar or a field can hold (each once answered 500 or was taken).
        "0001-01-01T00:00:00",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00",
        2,
        1.9,
        "NaN",
        float("inf"),
        {"text": "x"},
        "bedtime_snapshot",
        "routine_step",
    ]
)

OUT_OF_CALENDAR = {
    "0001-01-01T00:00:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
}


def must_refuse(field: str, value: object) -> bool:
    """Return whether a value is one the action must refuse for that field, whatever else."""
    number_field = field in ("amount_mg", "duration_min", "nights")
    return (
        (field == "woke_up" and not isinstance(value, bool | str))
        or (number_field and isinstance(value, bool))
        or (
            number_field
            and isinstance(value, float)
            and not (math.isfinite(value) and (field != "nights" or value.is_integer()))
        )
        or (number_field and value == "NaN")
        or (field == "note" and not isinstance(value, str))
        or (field == "kind" and value in ("bedtime_snapshot", "routine_step"))
        or (field == "when" and value in OUT_OF_CALENDAR)
    )


call_data = st.dictionaries(fields, json_values | plausible, max_size=5)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    service=st.sampled_from(sorted(SCHEMAS)),
    data=call_data,
    aimed=st.booleans(),
)
async def test_refused_calls_change_nothing(
    hass: HomeAssistant,
    init_integration: MockConfigEntry,
    files_on_disk: Path,
    hass_storage: dict[str, Any],
    service: str,
    data: dict[str, Any],
    aimed: bool,
) -> None:
    """A random call is accepted, or refused with a translated error that changes nothing."""
    journal = init_integration.runtime_data.journal
    if aimed:  # most calls name the sleeper, so that the fields themselves are judged
        data = {"config_entry_id": init_integration.entry_id, **data}
    before = (
        list(journal.events),
        coach_files(files_on_disk),
        copy.deepcopy(hass_storage),
    )
    logged = async_capture_events(hass, EVENT_LOGGED)
    refusal: ServiceValidationError | None = None
    try:
        await hass.services.async_call(
            DOMAIN,
            service,
            data,
            blocking=True,
            return_response=hass.services.supports_response(DOMAIN, service)
            is SupportsResponse.ONLY,
        )
    except ServiceValidationError as err:
        refusal = err
    event("accepted" if refusal is None else "refused")
    if refusal is None:
        # Accepted: the journal may change, but no field held what must be refused.
        known = SCHEMAS[service].schema
        assert not [
            key
            for key, value in data.items()
            if key in known and must_refuse(key, value)
        ]
        return
    assert refusal.translation_key
    assert str(refusal)  # the translated message is filled in
    assert len(journal.events) == len(before[0])
    assert all(
        after is event for after, event in zip(journal.events, before[0], strict=True)
    )
    assert coach_files(files_on_disk) == before[1]
    assert hass_storage == before[2]
    assert logged == []
