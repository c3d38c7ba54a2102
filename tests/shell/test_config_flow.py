"""Tests of the config, options and reconfigure flows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from custom_components.sleep_twitch_coach.coach.events import EventKind, FactorReport
from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.config_entries import SOURCE_USER
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.util.unit_system import US_CUSTOMARY_SYSTEM

from .conftest import OPTIONS, OPTIONS_FORM, setup_entry, sleeper_entry, submit_options

TRANSLATIONS = Path(__file__).parents[2] / "custom_components" / DOMAIN / "translations"
FORM = {
    "target_temperature": 18.5,
    "temperature_tolerance": 1.5,
    "bedtime": "23:00:00",
    "wake_time": "06:30:00",
    "caffeine_cutoff": "13:00:00",
    "exercise_buffer": 2.5,
    "plm_rule": "aasm_2007",
}


def suggested(result: Any, key: str) -> Any:
    """Return the value a form suggests for a field."""
    for marker in result["data_schema"].schema:
        if marker == key:
            return marker.description["suggested_value"]
    raise KeyError(key)


async def test_user_step_creates_a_sleeper(hass: HomeAssistant) -> None:
    """The user step creates an entry titled by the name, with settings in the options."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert suggested(result, "target_temperature") == 18.0
    assert suggested(result, "bedtime") == "22:30:00"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            CONF_NAME: " Alex ",
            "temperature_sensor": "sensor.bedroom",
            "movement_sensor": "binary_sensor.left_ankle",
            "bed_sensor": "binary_sensor.bed",
            **FORM,
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Alex"
    assert result["data"] == {CONF_NAME: "Alex"}
    assert result["options"] == {
        "temperature_sensor": "sensor.bedroom",
        "movement_sensor": "binary_sensor.left_ankle",
        "bed_sensor": "binary_sensor.bed",
        **FORM,
        "retention_nights": 730,
        "twitch_nights_threshold": 4,
        "woke_nights_threshold": 3,
        "doctor_criteria_threshold": 2,
    }
    assert result["result"].unique_id == "alex"


async def test_user_step_refuses_wake_time_equal_to_bedtime(
    hass: HomeAssistant,
) -> None:
    """The same wake time and bedtime is an error on the form, then fixable."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Alex", **FORM, "wake_time": "23:00:00"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"wake_time": "wake_time_equals_bedtime"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Alex", **FORM}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_a_duplicate_name_is_a_field_error_that_keeps_the_form(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """A second sleeper with the same name (any case): the name is marked, the rest kept."""
    mock_config_entry.add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "ALEX", **FORM}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_NAME: "name_exists"}
    assert suggested(result, "bedtime") == FORM["bedtime"]
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Sam", **FORM}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_a_name_of_spaces_is_refused(hass: HomeAssistant) -> None:
    """A name with nothing but spaces would name no device: a field error."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "   ", **FORM}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_NAME: "name_empty"}


async def test_a_name_longer_than_50_characters_is_refused(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """51 characters name no sleeper, neither when added nor when reconfigured."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["description_placeholders"] == {"max": "50"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "S" * 51, **FORM}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_NAME: "name_too_long"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "S" * 50, **FORM}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY

    await setup_entry(hass, mock_config_entry)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "A" * 51, **FORM}
    )
    assert result["errors"] == {CONF_NAME: "name_too_long"}
    assert mock_config_entry.title == "Alex"


async def test_a_form_error_does_not_hold_the_name(hass: HomeAssistant) -> None:
    """After a form error, the same name can be added in another flow at once."""
    first = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    first = await hass.config_entries.flow.async_configure(
        first["flow_id"], {CONF_NAME: "Alex", **FORM, "wake_time": "23:00:00"}
    )
    assert first["errors"] == {"wake_time": "wake_time_equals_bedtime"}
    second = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    second = await hass.config_entries.flow.async_configure(
        second["flow_id"], {CONF_NAME: "Alex", **FORM}
    )
    assert second["type"] is FlowResultType.CREATE_ENTRY


async def test_the_options_say_whose_they_are_and_count_nights(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """The options dialog names the sleeper; the journal is kept for a number of nights.

    The field's label says nights, in every language: a selector's unit is not translated.
    """
    await setup_entry(hass, mock_config_entry)
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert result["description_placeholders"] == {"name": "Alex"}
    for marker, selector in result["data_schema"].schema.items():
        if marker == "retention_nights":
            assert "unit_of_measurement" not in selector.config
    labels = {
        language: json.loads((TRANSLATIONS / f"{language}.json").read_text())[
            "options"
        ]["step"]["init"]["data"]["retention_nights"]
        for language in ("en", "de", "es", "fr", "it", "nl")
    }
    assert labels == {
        "en": "Nights of journal to keep",
        "de": "Nächte im Tagebuch aufbewahren",
        "es": "Noches de diario que se conservan",
        "fr": "Nuits de journal à conserver",
        "it": "Notti di diario da conservare",
        "nl": "Aantal nachten in het dagboek bewaren",
    }


async def test_imperial_systems_default_to_65_fahrenheit(hass: HomeAssistant) -> None:
    """In °F the form shows 65 °F and 1.8 °F, and stores °C."""
    hass.config.units = US_CUSTOMARY_SYSTEM
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert suggested(result, "target_temperature") == 65.0
    assert suggested(result, "temperature_tolerance") == 1.8
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            CONF_NAME: "Sam",
            **FORM,
            "target_temperature": 68.0,
            "temperature_tolerance": 3.6,
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["options"]["target_temperature"] == pytest.approx(20.0)
    assert result["options"]["temperature_tolerance"] == pytest.approx(2.0)


async def test_options_flow_changes_everything_but_the_name(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """The options flow shows the stored settings and reloads with the new ones."""
    await setup_entry(hass, mock_config_entry)
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    assert suggested(result, "retention_nights") == 730
    # Entries without thresholds suggest the checklist's defaults.
    assert suggested(result, "twitch_nights_threshold") == 4
    assert CONF_NAME not in result["data_schema"].schema
    options = {
        **FORM,
        "retention_nights": 365.0,
        "twitch_nights_threshold": 5.0,
        "woke_nights_threshold": 2.0,
        "doctor_criteria_threshold": 3.0,
    }
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**options, "wake_time": "23:00:00"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"wake_time": "wake_time_equals_bedtime"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], options
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert mock_config_entry.options == {
        **FORM,
        "retention_nights": 365,
        "twitch_nights_threshold": 5,
        "woke_nights_threshold": 2,
        "doctor_criteria_threshold": 3,
        "custom_factors": [],
    }
    coordinator = mock_config_entry.runtime_data
    assert coordinator.routine.retention_nights == 365
    assert coordinator.thresholds.doctor_criteria == 3
    state = hass.states.get("sensor.alex_next_bedtime")
    assert state is not None
    assert state.state.endswith("T22:00:00+00:00")


async def test_reconfigure_renames_and_changes_the_routine(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Reconfigure changes the name (title and unique id) and the routine, keeping retention."""
    await setup_entry(hass, mock_config_entry)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.FORM
    assert suggested(result, CONF_NAME) == "Alex"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Alexandra", **FORM}
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    assert mock_config_entry.title == "Alexandra"
    assert mock_config_entry.unique_id == "alexandra"
    assert mock_config_entry.options == {
        **FORM,
        "retention_nights": OPTIONS["retention_nights"],
    }


async def test_reconfigure_refuses_a_taken_name_and_bad_times(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Another sleeper's name and equal wake time and bedtime are form errors."""
    MockConfigEntry(
        domain=DOMAIN, title="Sam", unique_id="sam", data={CONF_NAME: "Sam"}
    ).add_to_hass(hass)
    await setup_entry(hass, mock_config_entry)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "sam", **FORM}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_NAME: "name_exists"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Alex", **FORM, "wake_time": "23:00:00"}
    )
    assert result["errors"] == {"wake_time": "wake_time_equals_bedtime"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Alex", **FORM}
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.ABORT
    assert mock_config_entry.title == "Alex"


def user_choices(result: Any) -> dict[str, str]:
    """Return the users the form's user field offers, by id."""
    for marker, selector in result["data_schema"].schema.items():
        if marker == "user":
            return {
                option["value"]: option["label"]
                for option in selector.config["options"]
            }
    raise KeyError("user")


async def test_a_sleeper_can_be_linked_to_their_user(
    hass: HomeAssistant, hass_admin_user: MockUser
) -> None:
    """The user field offers the people (not system users) and stores the chosen id."""
    sam = MockUser(name="Sam").add_to_hass(hass)
    MockUser(name="Supervisor", system_generated=True).add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    choices = user_choices(result)
    assert choices[sam.id] == "Sam"
    assert choices[hass_admin_user.id] == hass_admin_user.name
    assert "Supervisor" not in choices.values()
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Sam", **FORM, "user": sam.id}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["options"]["user"] == sam.id


async def test_options_link_and_unlink_the_user(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Options set the linked user; submitting without one removes the link."""
    alex = MockUser(name="Alex").add_to_hass(hass)
    await setup_entry(hass, mock_config_entry)
    for user in (alex.id, None):
        result = await hass.config_entries.options.async_init(
            mock_config_entry.entry_id
        )
        assert alex.id in user_choices(result)
        await hass.config_entries.options.async_configure(
            result["flow_id"],
            {**OPTIONS_FORM, **FORM, **({"user": user} if user else {})},
        )
        await hass.async_block_till_done()
        assert mock_config_entry.options.get("user") == user


async def test_reconfigure_keeps_what_its_form_does_not_show(
    hass: HomeAssistant,
) -> None:
    """Thresholds set in Configure survive a Reconfigure, even one with no change."""
    alex = MockUser(name="Alex").add_to_hass(hass)
    entry = sleeper_entry(
        twitch_nights_threshold=6,
        doctor_criteria_threshold=3,
        user=alex.id,
        temperature_sensor="sensor.bedroom",
    )
    await setup_entry(hass, entry)
    result = await entry.start_reconfigure_flow(hass)
    assert suggested(result, "user") == alex.id
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Alex", **FORM, "user": alex.id}
    )
    await hass.async_block_till_done()
    assert result["reason"] == "reconfigure_successful"
    assert entry.options["twitch_nights_threshold"] == 6
    assert entry.options["doctor_criteria_threshold"] == 3
    assert entry.options["user"] == alex.id
    # The bedroom sensor is on the form and was left empty: it is removed.
    assert "temperature_sensor" not in entry.options


async def test_options_keep_what_their_form_does_not_show(
    hass: HomeAssistant,
) -> None:
    """A setting the options form does not show (one of a later version) survives it."""
    entry = sleeper_entry(later_setting="kept")
    await setup_entry(hass, entry)
    await submit_options(hass, entry, {**OPTIONS_FORM, **FORM})
    assert entry.options["later_setting"] == "kept"
    assert entry.options["bedtime"] == FORM["bedtime"]


async def test_own_factors_are_named_in_the_options(hass: HomeAssistant) -> None:
    """Up to 10 names of at most 40 characters, no two alike; each can then be logged."""
    entry = sleeper_entry()
    await setup_entry(hass, entry)
    for names, error in (
        ([f"Factor {number}" for number in range(11)], "too_many_custom_factors"),
        (["x" * 41], "custom_factor_too_long"),
        (["Late screen work", "late screen  work "], "custom_factor_twice"),
    ):
        result = await submit_options(
            hass, entry, {**OPTIONS_FORM, "custom_factors": names}
        )
        assert result["type"] is FlowResultType.FORM
        assert result["errors"] == {"custom_factors": error}
        assert "custom_factors" not in entry.options
    result = await submit_options(
        hass,
        entry,
        {**OPTIONS_FORM, "custom_factors": [" Late screen work ", "", "x" * 40]},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert entry.options["custom_factors"] == ["Late screen work", "x" * 40]
    assert entry.runtime_data.custom_factors == {
        "custom_late_screen_work": "Late screen work",
        f"custom_{'x' * 40}": "x" * 40,
    }
    await hass.services.async_call(
        DOMAIN,
        "log_factor",
        {"config_entry_id": entry.entry_id, "factor": "custom_late_screen_work"},
        blocking=True,
    )
    factors = entry.runtime_data.journal.of_kind(EventKind.FACTOR)
    assert [event.factor for event in factors if isinstance(event, FactorReport)] == [
        "custom_late_screen_work"
    ]


LEGS = {
    "left_leg_sensor": "binary_sensor.left_ankle",
    "right_leg_sensor": "binary_sensor.right_ankle",
}


@pytest.mark.parametrize(
    ("sensors", "errors"),
    [
        (
            {**LEGS, "movement_sensor": "binary_sensor.ankles"},
            {"movement_sensor": "one_sensor_or_one_per_leg"},
        ),
        (
            {"left_leg_sensor": "binary_sensor.left_ankle"},
            {"right_leg_sensor": "other_leg_missing"},
        ),
        (
            {"right_leg_sensor": "binary_sensor.right_ankle"},
            {"left_leg_sensor": "other_leg_missing"},
        ),
        (
            {
                "left_leg_sensor": "binary_sensor.ankles",
                "right_leg_sensor": "binary_sensor.ankles",
            },
            {"right_leg_sensor": "same_sensor_on_both_legs"},
        ),
    ],
)
async def test_legs_are_one_sensor_or_one_sensor_each(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    sensors: dict[str, str],
    errors: dict[str, str],
) -> None:
    """Every form refuses a leg sensor without the other, or beside the one sensor."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Alex", **FORM, **sensors}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == errors

    await setup_entry(hass, mock_config_entry)
    before = dict(mock_config_entry.options)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Alex", **FORM, **sensors}
    )
    assert result["errors"] == errors
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**OPTIONS_FORM, **sensors}
    )
    assert result["errors"] == errors
    assert dict(mock_config_entry.options) == before


async def test_a_sensor_on_each_leg_and_an_asleep_sensor(hass: HomeAssistant) -> None:
    """Two leg sensors and an asleep sensor are kept as chosen."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_NAME: "Alex", **FORM, **LEGS, "asleep_sensor": "binary_sensor.asleep"},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["options"]["left_leg_sensor"] == "binary_sensor.left_ankle"
    assert result["options"]["right_leg_sensor"] == "binary_sensor.right_ankle"
    assert result["options"]["asleep_sensor"] == "binary_sensor.asleep"
