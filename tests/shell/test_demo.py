"""The demo (config/, scripts/provision-demo): its dashboard's entities and its measured nights."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader
import json
from pathlib import Path
import sys
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import yaml

from custom_components.sleep_twitch_coach.coach.limbs.scoring import DEFAULT_PLM_RULE
from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component

from .conftest import setup_entry

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import demo_movements  # noqa: E402

# Provisioning in the evening: last night is the demo's most recent measured night.
EVENING = "2026-12-02T20:00:00+01:00"
TONIGHT = date(2026, 12, 2)


class _Loader(yaml.SafeLoader):
    """Reads configuration.yaml; the files it includes are the UI editors' (not in the demo)."""


_Loader.add_constructor("!include", lambda _loader, _node: None)


def _provision_demo() -> Any:
    """Return scripts/provision-demo as a module (it has no .py suffix)."""
    loader = SourceFileLoader(
        "provision_demo", str(ROOT / "scripts" / "provision-demo")
    )
    spec = spec_from_loader("provision_demo", loader)
    assert spec is not None
    module = module_from_spec(spec)
    loader.exec_module(module)
    return module


def _entity_ids(card: Any) -> Iterator[str]:
    """Return every entity id a dashboard names, in cards, rows and action targets."""
    if isinstance(card, dict):
        for key, value in card.items():
            if key in ("entity", "entity_id") and isinstance(value, str):
                yield value
            else:
                yield from _entity_ids(value)
    elif isinstance(card, list):
        for item in card:
            yield from _entity_ids(item)


async def _demo_home(hass: HomeAssistant) -> MockConfigEntry:
    """Set up the demo's helpers and template entities, and return the demo sleeper."""
    configuration = yaml.load(
        (ROOT / "config" / "configuration.yaml").read_text(),
        Loader=_Loader,  # noqa: S506 - a SafeLoader that ignores !include
    )
    for domain in ("input_boolean", "input_number", "input_button", "template"):
        assert await async_setup_component(
            hass, domain, {domain: configuration[domain]}
        )
    await hass.async_block_till_done()
    settings = dict(_provision_demo().DEMO_SLEEPER)
    name = settings.pop(CONF_NAME)
    return MockConfigEntry(
        domain=DOMAIN,
        title=name,
        unique_id=name.lower(),
        data={CONF_NAME: name},
        options=settings,
    )


@pytest.fixture
async def demo(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, files_on_disk: Path
) -> MockConfigEntry:
    """Provision the demo sleeper with its measured nights, in the evening."""
    freezer.move_to(EVENING)
    entry = await _demo_home(hass)
    nights = demo_movements.measured_nights(TONIGHT)
    demo_movements.write_measured_nights(files_on_disk, entry.entry_id, nights)
    return await setup_entry(hass, entry)


def _state(hass: HomeAssistant, entity_id: str) -> Any:
    state = hass.states.get(entity_id)
    assert state is not None, entity_id
    return state


async def test_every_entity_of_the_dashboard_is_there(
    hass: HomeAssistant, demo: MockConfigEntry
) -> None:
    """Each entity the Bedside dashboard names exists in the demo, with the sleeper's sensors."""
    named = set(_entity_ids(_dashboard()))
    assert {
        "input_boolean.left_leg_moving",
        "input_boolean.right_leg_moving",
        "input_boolean.asleep",
        "sensor.demo_plm_index_average",
        "sensor.demo_went_to_bed",
        "select.demo_exercise_intensity",
    } <= named
    missing = sorted(entity for entity in named if hass.states.get(entity) is None)
    assert missing == []


def _dashboard() -> Any:
    return yaml.safe_load(
        (ROOT / "config" / "dashboards" / "sleep_coach.yaml").read_text()
    )


def _written(card: Any, path: str = "") -> Iterator[str]:
    """Return where a dashboard shows text of its own: a name, title or heading as written."""
    if isinstance(card, dict):
        for key, value in card.items():
            if key in ("name", "title", "heading") and isinstance(value, str):
                yield f"{path}.{key}: {value}"
            else:
                yield from _written(value, f"{path}.{key}")
    elif isinstance(card, list):
        for index, item in enumerate(card):
            yield from _written(item, f"{path}[{index}]")


def test_the_dashboard_writes_no_words_of_its_own() -> None:
    """Its labels are the entities' translated names; only its title is written out."""
    assert list(_written(_dashboard())) == [".title: Bedside"]


async def test_the_dashboard_reads_german_once_home_assistant_does(
    hass: HomeAssistant, demo: MockConfigEntry
) -> None:
    """Each of the sleeper's entities it shows is named in German after a restart in German.

    Its entity ids stay those of the English set-up the dashboard names.
    """
    await hass.config.async_update(language="de")
    assert await hass.config_entries.async_reload(demo.entry_id)
    await hass.async_block_till_done()
    registry = er.async_get(hass)
    english = json.loads(
        (ROOT / "custom_components" / DOMAIN / "translations" / "en.json").read_text()
    )["entity"]
    shown = [
        found
        for entity_id in _entity_ids(_dashboard())
        if (found := registry.async_get(entity_id)) and found.platform == DOMAIN
    ]
    assert len({found.entity_id for found in shown}) == 25
    for found in shown:
        assert found.translation_key is not None
        name = english[found.domain][found.translation_key]["name"]
        assert found.original_name not in (None, name), found.entity_id
        assert _state(hass, found.entity_id).name == f"Demo {found.original_name}"
    assert _state(hass, "select.demo_exercise_intensity").name == (
        "Demo Trainingsintensität"
    )


def test_the_intensity_is_chosen_beside_the_exercise_button() -> None:
    """The select sits next to the button it sets, with its options on the card."""
    (section,) = [
        section
        for section in _dashboard()["views"][0]["sections"]
        if "button.demo_log_exercise" in set(_entity_ids(section))
    ]
    entities = [card.get("entity") for card in section["cards"]]
    button = entities.index("button.demo_log_exercise")
    chooser = section["cards"][button + 1]
    assert chooser["entity"] == "select.demo_exercise_intensity"
    assert chooser["features"] == [{"type": "select-options"}]


async def test_the_demo_sleeper_is_measured_on_both_legs_and_asleep(
    hass: HomeAssistant, demo: MockConfigEntry
) -> None:
    """The demo's ankles and asleep sensor follow their switches into tonight's figures."""
    options = demo.options
    assert options["left_leg_sensor"] == "binary_sensor.left_ankle"
    assert options["right_leg_sensor"] == "binary_sensor.right_ankle"
    assert options["asleep_sensor"] == "binary_sensor.asleep"
    assert "movement_sensor" not in options
    for switch, sensor in (
        ("left_leg_moving", "binary_sensor.left_ankle"),
        ("right_leg_moving", "binary_sensor.right_ankle"),
        ("asleep", "binary_sensor.asleep"),
        ("in_bed", "binary_sensor.bed_occupied"),
    ):
        await hass.services.async_call(
            "input_boolean", "turn_on", {"entity_id": f"input_boolean.{switch}"}
        )
        await hass.async_block_till_done()
        assert _state(hass, sensor).state == "on", sensor


async def test_last_night_shows_bilateral_figures(
    hass: HomeAssistant, demo: MockConfigEntry, files_on_disk: Path
) -> None:
    """The seeded nights give last night both legs, sleep, and an average of five nights."""
    last = _state(hass, "sensor.demo_plm_index_last_night")
    attributes = last.attributes
    assert attributes["night"] == "2026-12-01"
    # Aimed at 12 an hour; the coach's own scoring says exactly.
    assert 10 <= float(last.state) <= 14
    # Most of the series are on the right leg: the left one alone would miss them.
    assert attributes["right_leg_movements"] > 1.4 * attributes["left_leg_movements"]
    # Fewer hours asleep than in bed, and the series are asleep.
    assert attributes["plms_index"] > float(last.state)
    assert 0.5 < attributes["periodicity_index"] < 1
    assert 0 < attributes["time_asleep_min"] < attributes["time_in_bed_min"]
    average = _state(hass, "sensor.demo_plm_index_average")
    assert len(average.attributes["nights"]) == 5
    assert 5 < float(average.state) < 15
    assert float(_state(hass, "sensor.demo_time_in_bed_last_night").state) > 7
    went, got = (
        _state(hass, f"sensor.demo_{name}").state for name in ("went_to_bed", "got_up")
    )
    assert "2026-12-01T21" in went or "2026-12-01T22" in went  # UTC
    assert got.startswith("2026-12-02T0")
    # The first set-up kept the seeded nights' figures in the year's figures file.
    assert (files_on_disk / f"{DOMAIN}.{demo.entry_id}.movements.figures.2026").exists()


async def test_the_demo_starts_without_the_leg_movement_criterion(
    hass: HomeAssistant, demo: MockConfigEntry
) -> None:
    """Some nights are above 15 an hour, never three of the last seven."""
    criteria = _state(hass, "sensor.demo_doctor_checklist_score").attributes["criteria"]
    assert "periodic_limb_movements" not in {item["criterion"] for item in criteria}
    above = [
        night
        for night in demo_movements.measured_nights(TONIGHT)
        if (night.figures(DEFAULT_PLM_RULE).index or 0) > 15
    ]
    assert 2 <= len(above) <= 4


def test_the_measured_nights_are_the_same_every_time() -> None:
    """A fixed seed: provisioning twice writes the same nights."""
    first, again = (
        demo_movements.month_files("entry", demo_movements.measured_nights(TONIGHT))
        for _ in range(2)
    )
    assert first == again
    assert sorted(first) == [
        "sleep_twitch_coach.entry.movements.2026-11",
        "sleep_twitch_coach.entry.movements.2026-12",
    ]
