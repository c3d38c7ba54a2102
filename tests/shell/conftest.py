"""Fixtures for tests of the integration inside Home Assistant."""

from __future__ import annotations

from collections.abc import Generator
from datetime import UTC, datetime
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    MockUser,
    async_capture_events,
    async_fire_time_changed,
    get_test_config_dir,
)

from custom_components.sleep_twitch_coach.const import DOMAIN, EVENT_LOGGED
from homeassistant.const import CONF_NAME
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from .users import async_user

SLEEPER = "Alex"
OPTIONS = {
    "target_temperature": 18.0,
    "temperature_tolerance": 1.0,
    "bedtime": "22:30:00",
    "wake_time": "07:00:00",
    "caffeine_cutoff": "14:00:00",
    "exercise_buffer": 3.0,
    "retention_nights": 730,
    "plm_rule": "wasm_2016",
}
# The options form as the UI submits it for Alex (number selectors give floats).
OPTIONS_FORM = {
    **OPTIONS,
    "retention_nights": 730.0,
    "twitch_nights_threshold": 4.0,
    "woke_nights_threshold": 3.0,
    "doctor_criteria_threshold": 2.0,
}


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Let Home Assistant load the integration under test."""


@pytest.fixture(autouse=True)
def files_on_disk(hass: HomeAssistant, tmp_path: Path) -> Path:
    """Keep every test's files in a temporary config directory; return its storage folder.

    The coach reads and writes its own files, so every test reaches the real disk, and none
    writes into the harness's shared `testing_config`.
    """
    hass.config.config_dir = str(tmp_path)
    (tmp_path / ".storage").mkdir(exist_ok=True)
    return tmp_path / ".storage"


def coach_files(folder: Path) -> dict[str, bytes]:
    """Return the coach's files in a storage folder, by name."""
    return {path.name: path.read_bytes() for path in folder.glob(f"{DOMAIN}.*")}


@pytest.fixture(scope="session", autouse=True)
def nothing_written_into_the_harness_config() -> Generator[None]:
    """After the suite, the test venv's shared `testing_config/.storage` holds no coach file."""
    yield
    shared = Path(get_test_config_dir(".storage"))
    left = sorted(path.name for path in shared.glob(f"{DOMAIN}.*"))
    assert left == [], f"coach files written into {shared}"


@pytest.fixture(autouse=True)
async def time_zone(hass: HomeAssistant) -> None:
    """Run every test in Europe/Berlin, which has daylight saving time."""
    await hass.config.async_set_time_zone("Europe/Berlin")


# When Alex was added: long before the nights the tests log (the report starts there).
ADDED = datetime(2026, 1, 5, 20, tzinfo=UTC)


def sleeper_entry(added: datetime = ADDED, **options: Any) -> MockConfigEntry:
    """Return the config entry of the sleeper Alex, with some options changed."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=SLEEPER,
        unique_id="alex",
        data={CONF_NAME: SLEEPER},
        options={**OPTIONS, **options},
    )
    # Home Assistant sets it when the entry is created; the harness cannot be told.
    object.__setattr__(entry, "created_at", added)
    return entry


@pytest.fixture
def mock_config_entry() -> MockConfigEntry:
    """Return a sleeper's config entry."""
    return sleeper_entry()


def store_file(key: str, data: Any, version: int = 1) -> str:
    """Return a Home Assistant storage file holding `data`."""
    return json.dumps(
        {"version": version, "minor_version": 1, "key": key, "data": data}
    )


def month_file(key: str, events: list[dict[str, Any]]) -> str:
    """Return a month store's file."""
    return store_file(key, {"events": events})


def main_file(key: str, **data: Any) -> str:
    """Return a layout-2 main file."""
    return store_file(key, data, version=2)


def first_layout_file(key: str, events: list[dict[str, Any]]) -> str:
    """Return a layout-1 main file: every event in the one file."""
    return store_file(key, {"events": events})


def stored(folder: Path, key: str) -> dict[str, Any]:
    """Return a storage file of the coach, as it is on disk."""
    document: dict[str, Any] = json.loads((folder / key).read_text())
    return document


def stored_events(folder: Path, entry: MockConfigEntry) -> list[dict[str, Any]]:
    """Return the journal events on disk, month by month."""
    key = f"{DOMAIN}.{entry.entry_id}"
    if not (folder / key).exists():
        return []
    return [
        event
        for month in stored(folder, key)["data"]["months"]
        for event in stored(folder, f"{key}.{month}")["data"]["events"]
    ]


async def setup_entry(hass: HomeAssistant, entry: MockConfigEntry) -> MockConfigEntry:
    """Add and set up a config entry."""
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


@pytest.fixture
async def init_integration(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> MockConfigEntry:
    """Set up the integration with one sleeper."""
    return await setup_entry(hass, mock_config_entry)


@pytest.fixture
def set_up_at() -> str:
    """Return the local time at which `loaded` sets up the sleeper; a module may override it."""
    return "2026-11-16T22:45:00+01:00"


@pytest.fixture
async def loaded(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    set_up_at: str,
) -> MockConfigEntry:
    """Set up the sleeper with the clock at `set_up_at`."""
    freezer.move_to(set_up_at)
    return await setup_entry(hass, mock_config_entry)


@pytest.fixture
async def guest(hass: HomeAssistant) -> MockUser:
    """Return a non-admin user who is not the sleeper."""
    return await async_user(hass, "Guest")


@pytest.fixture
async def sleeper(hass: HomeAssistant, loaded: MockConfigEntry) -> MockUser:
    """Return the non-admin user linked to Alex with the `user` setting."""
    user = await async_user(hass, "Alex")
    hass.config_entries.async_update_entry(
        loaded, options={**loaded.options, "user": user.id}
    )
    return user


async def fire_at(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, when: str
) -> None:
    """Move the clock to a local time and run what is due."""
    moment = datetime.fromisoformat(when)
    freezer.move_to(moment)
    async_fire_time_changed(hass, moment)
    await hass.async_block_till_done()


async def act(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    service: str,
    context: Context | None = None,
    /,
    **data: Any,
) -> Any:
    """Call an action of the coach for a sleeper; return its response where it has one."""
    return await hass.services.async_call(
        DOMAIN,
        service,
        {"config_entry_id": entry.entry_id, **data},
        blocking=True,
        return_response=service in ("undo_last", "get_report"),
        context=context,
    )


async def submit_options(
    hass: HomeAssistant, entry: MockConfigEntry, form: dict[str, Any]
) -> Any:
    """Open a sleeper's options, submit `form` and wait for the reload; return the result."""
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(result["flow_id"], form)
    await hass.async_block_till_done()
    return result


async def press(hass: HomeAssistant, button: str = "log_twitch") -> None:
    """Press one of Alex's buttons and wait until the action returns."""
    await hass.services.async_call(
        "button", "press", {"entity_id": f"button.alex_{button}"}, blocking=True
    )


async def assert_refused(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    folder: Path,
    service: str,
    data: dict[str, Any],
    translation_key: str,
) -> None:
    """Call an action after one logged coffee; it is refused and changes nothing.

    The refusal is a translated validation error whose message is filled in (no placeholder
    left); nothing is written and nothing announced.
    """
    await act(hass, entry, "log_caffeine")
    before = stored_events(folder, entry)
    events = async_capture_events(hass, EVENT_LOGGED)
    with pytest.raises(ServiceValidationError) as err:
        await act(hass, entry, service, **data)
    assert err.value.translation_domain == DOMAIN
    assert err.value.translation_key == translation_key
    assert str(err.value)
    assert "{" not in str(err.value)
    assert stored_events(folder, entry) == before
    assert len(entry.runtime_data.journal) == 1
    assert events == []
