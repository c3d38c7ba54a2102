"""Property-based tests of the action schemas: random input is accepted or refused, nothing else."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings, strategies as st
import pytest
import voluptuous as vol

from custom_components.sleep_twitch_coach.services import SCHEMAS

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
