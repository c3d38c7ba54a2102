"""The coach's sleepers over Home Assistant's APIs: what the panel's browser tests share."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hass_client import HomeAssistantClient

from .conftest import SLEEPER, ws_commands

DOMAIN = "sleep_twitch_coach"
PANEL = "/sleep-twitch-coach"
BERLIN = ZoneInfo("Europe/Berlin")


def tonight() -> date:
    """Return tonight's night label in the demo's time zone (nights run noon to noon)."""
    return (datetime.now(UTC).astimezone(BERLIN) - timedelta(hours=12)).date()


def sleepers(client: HomeAssistantClient) -> dict[str, str]:
    """Return the sleepers' entry ids by name."""
    return {
        entry["title"]: entry["entry_id"] for entry in client.config_entries(DOMAIN)
    }


def add_sleeper(client: HomeAssistantClient, name: str) -> str:
    """Add a sleeper with the demo's routine and no sensors; return its entry id."""
    settings = {
        key: value for key, value in SLEEPER.items() if not key.endswith("_sensor")
    }
    created = client.add_config_entry(DOMAIN, {**settings, "name": name})
    assert created["type"] == "create_entry", created
    return sleepers(client)[name]


def remove_sleeper(client: HomeAssistantClient, name: str) -> None:
    """Remove a sleeper if it is there (the other tests expect the demo's one sleeper)."""
    if (entry_id := sleepers(client).get(name)) is not None:
        client.request("DELETE", f"/api/config/config_entries/entry/{entry_id}")


def call_ws(client: HomeAssistantClient, message: dict[str, object]) -> object:
    """Return the result of one WebSocket command as the client's user."""
    (result,) = asyncio.run(ws_commands(client.base_url, client.token or "", message))
    return result
