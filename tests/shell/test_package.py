"""Tests that the packaging, translations and action descriptions agree with the code."""

from __future__ import annotations

import ast
import json
from pathlib import Path
import re
from typing import Any

from PIL import Image
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import yaml

from custom_components.sleep_twitch_coach import PLATFORMS
from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.core import HomeAssistant

from .conftest import setup_entry

PACKAGE = Path(__file__).parents[2] / "custom_components" / DOMAIN
STRINGS = json.loads((PACKAGE / "strings.json").read_text())


def test_english_translation_is_strings_json() -> None:
    """translations/en.json is identical to strings.json."""
    assert (PACKAGE / "translations" / "en.json").read_text() == (
        PACKAGE / "strings.json"
    ).read_text()


LANGUAGES = ("de", "es", "fr", "it", "nl")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def leaves(texts: dict[str, Any], path: str = "") -> dict[str, str]:
    """Return every text of a translation by its dotted key."""
    found: dict[str, str] = {}
    for key, value in texts.items():
        if isinstance(value, dict):
            found.update(leaves(value, f"{path}{key}."))
        else:
            found[f"{path}{key}"] = value
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_text_and_placeholder(language: str) -> None:
    """Each language has exactly the English keys, each text translated, same placeholders."""
    english = leaves(STRINGS)
    translated = leaves(
        json.loads((PACKAGE / "translations" / f"{language}.json").read_text())
    )
    assert translated.keys() == english.keys()
    for key, text in english.items():
        assert sorted(PLACEHOLDER.findall(translated[key])) == sorted(
            PLACEHOLDER.findall(text)
        ), key
        assert translated[key].strip(), key
    # Not English left behind: most texts differ from the English ones.
    same = [key for key in english if translated[key] == english[key]]
    assert len(same) < len(english) // 10, same


def test_every_form_field_is_named_and_described() -> None:
    """Each field of each step has a name and a data_description."""
    steps = [*STRINGS["config"]["step"].values(), *STRINGS["options"]["step"].values()]
    for step in steps:
        assert step["data"].keys() == step["data_description"].keys()


def test_manifest_keys_follow_hassfest_order() -> None:
    """Domain and name first, then the rest sorted."""
    manifest = json.loads((PACKAGE / "manifest.json").read_text())
    keys = list(manifest)
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:])
    assert manifest["integration_type"] == "service"
    assert manifest["iot_class"] == "calculated"


async def test_actions_entities_and_icons_are_all_described(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Registered actions match services.yaml, strings and icons; entities have names."""
    await setup_entry(hass, mock_config_entry)
    services_yaml = yaml.safe_load((PACKAGE / "services.yaml").read_text())
    icons = json.loads((PACKAGE / "icons.json").read_text())
    registered = set(hass.services.async_services_for_domain(DOMAIN))
    assert (
        registered
        == set(services_yaml)
        == set(STRINGS["services"])
        == set(icons["services"])
    )
    for name, description in services_yaml.items():
        assert set(description["fields"]) == set(STRINGS["services"][name]["fields"])
    for platform in PLATFORMS:
        for key in STRINGS["entity"][platform]:
            assert key in icons["entity"][platform]
    names = {
        state.entity_id: state.attributes.get("friendly_name")
        for state in hass.states.async_all()
    }
    assert names["sensor.alex_twitch_nights_7d"] == "Alex Twitch nights (7d)"
    assert all(name and not name.endswith("None") for name in names.values())


def test_brand_icons_exist_in_both_sizes() -> None:
    """The brand folder has light and dark icons at 256 and 512 pixels."""
    for prefix in ("", "dark_"):
        with Image.open(PACKAGE / "brand" / f"{prefix}icon.png") as icon:
            assert icon.size == (256, 256)
        with Image.open(PACKAGE / "brand" / f"{prefix}icon@2x.png") as icon:
            assert icon.size == (512, 512)


def test_hacs_minimum_is_the_oldest_tested_home_assistant() -> None:
    """hacs.json names the Home Assistant that requirements_floor.txt tests against."""
    root = PACKAGE.parents[1]
    hacs = json.loads((root / "hacs.json").read_text())
    assert set(hacs) <= {
        "name",
        "homeassistant",
        "render_readme",
        "hide_default_branch",
        "country",
        "filename",
        "content_in_root",
        "zip_release",
        "persistent_directory",
    }
    assert hacs["homeassistant"] == "2026.3.1"
    assert (
        "pytest-homeassistant-custom-component==0.13.317"
        in (root / "requirements_floor.txt").read_text()
    )


def test_exception_messages_do_not_end_with_a_period() -> None:
    """Home Assistant strips a final period; the strings should not rely on it."""
    for key, value in STRINGS["exceptions"].items():
        assert not value["message"].endswith("."), key


# Modules that reach the network, in the standard library, the dependencies and Home Assistant.
NETWORK_MODULES = (
    "aiohttp",
    "asyncio.streams",
    "ftplib",
    "http",
    "httpx",
    "requests",
    "smtplib",
    "socket",
    "ssl",
    "urllib",
    "homeassistant.components.http",
    "homeassistant.helpers.aiohttp_client",
    "homeassistant.helpers.httpx_client",
    "homeassistant.helpers.network",
)


# Home Assistant's own web server serves the panel's module from the integration's folder;
# nothing else of it is used.
SERVES_THE_PANEL = {
    "panel.py": {
        "homeassistant.components.http",
        "homeassistant.components.http.StaticPathConfig",
    }
}


def imported_modules(source: str) -> set[str]:
    """Return every module a Python source imports (relative imports are the package's own)."""
    modules: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def reaches_network(module: str) -> bool:
    """Return whether a module is, or is inside, one that reaches the network."""
    return any(
        module == network or module.startswith(f"{network}.")
        for network in NETWORK_MODULES
    )


def test_nothing_reaches_the_network() -> None:
    """No module imports a network client and the manifest installs nothing: data stays local."""
    found = imported_modules(
        "import urllib.request\nfrom homeassistant.helpers import network"
    )
    # The check itself: both imports are caught, the package they come from is not.
    assert {module for module in found if reaches_network(module)} == {
        "urllib.request",
        "homeassistant.helpers.network",
    }
    for file in PACKAGE.glob("*.py"):
        for module in imported_modules(file.read_text()) - SERVES_THE_PANEL.get(
            file.name, set()
        ):
            assert not reaches_network(module), f"{file.name} imports {module}"
    manifest = json.loads((PACKAGE / "manifest.json").read_text())
    assert manifest["requirements"] == []
    # Only Home Assistant's own parts that show the panel and answer its requests.
    assert manifest["dependencies"] == [
        "frontend",
        "http",
        "panel_custom",
        "websocket_api",
    ]
