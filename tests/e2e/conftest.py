"""A real Home Assistant process with the shipped demo configuration, on a free loopback port."""

from __future__ import annotations

import asyncio
from collections.abc import Generator
import json
import os
from pathlib import Path
import shutil
import signal
import socket
import subprocess
import sys
import time
from typing import Any
from urllib.error import HTTPError

import aiohttp
import pytest
import pytest_socket

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import demo_config  # noqa: E402
from hass_client import HomeAssistantClient  # noqa: E402

ARTIFACTS = ROOT / ".artifacts"
# Home Assistant runs as users run it: the newest release, in a venv of its own.
RUNTIME_PYTHON = ROOT / ".venv-run" / "bin" / "python"
SLEEPER = {
    "name": "Demo",
    "temperature_sensor": "sensor.bedroom_temperature",
    "target_temperature": 18,
    "temperature_tolerance": 1,
    "bedtime": "22:30:00",
    "wake_time": "07:00:00",
    "caffeine_cutoff": "14:00:00",
    "exercise_buffer": 3,
    "left_leg_sensor": "binary_sensor.left_ankle",
    "right_leg_sensor": "binary_sensor.right_ankle",
    "bed_sensor": "binary_sensor.bed_occupied",
    "asleep_sensor": "binary_sensor.asleep",
}


# A Home Assistant user who is neither an administrator nor a sleeper.
GUEST = ("guest", "guest-password")
# A user of Home Assistant's Read Only group.
READER = ("reader", "reader-password")


def free_port() -> int:
    """Return a loopback port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class HassProcess:
    """Home Assistant started as `python -m homeassistant` from a config directory."""

    def __init__(self, config_dir: Path, port: int) -> None:
        """Prepare a process for a config directory served on `port`."""
        self.config_dir = config_dir
        self.client = HomeAssistantClient(f"http://127.0.0.1:{port}")
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.timings: dict[str, float] = {}

    def start(self) -> None:
        """Start Home Assistant and wait until it answers HTTP."""
        self.starts += 1
        log = (self.config_dir / f"run-{self.starts}.log").open("wb")
        self.process = subprocess.Popen(
            [
                str(RUNTIME_PYTHON),
                "-m",
                "homeassistant",
                "--config",
                str(self.config_dir),
            ],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.client.token = None
        self.client.wait_until_up()

    def wait_for(self, entity_id: str, timeout: float = 300) -> dict[str, object]:
        """Wait until an entity has a state and return it."""
        deadline = time.monotonic() + timeout
        while (state := self.client.state(entity_id)) is None:
            assert time.monotonic() < deadline, f"{entity_id} never appeared"
            time.sleep(0.1)
        return state

    def wait_running(self, timeout: float = 300) -> None:
        """Wait until Home Assistant has finished starting."""
        deadline = time.monotonic() + timeout
        while self.client.request("GET", "/api/config")["state"] != "RUNNING":
            assert time.monotonic() < deadline, "Home Assistant never finished starting"
            time.sleep(0.2)

    def ensure_running(self) -> HomeAssistantClient:
        """Return the logged-in admin client of a Home Assistant that has finished starting.

        Started again if a test left it stopped or killed; until it has started, Home
        Assistant does not stop gracefully on SIGTERM.
        """
        if self.process is None or self.process.poll() is not None:
            self.start()
        if self.client.token is None:
            self.client.login()
        self.wait_for("sensor.demo_twitches_tonight")
        self.wait_running()
        return self.client

    def run_evening_routine(self) -> None:
        """Create the evening routine for the demo (no phone; Home Assistant's bell) and run it.

        As a newcomer would from the Blueprints page; running it by hand takes the bedtime
        path: dim the bedroom light, show the stretching reminder.
        """
        # The sleeper picker gives the sleeper's device.
        sleeper = self.client.request(
            "POST",
            "/api/template",
            {"template": "{{ device_id('sensor.demo_next_bedtime') | to_json }}"},
        )
        self.client.request(
            "POST",
            "/api/config/automation/config/demo_evening_routine",
            {
                "alias": "Demo evening routine",
                "use_blueprint": {
                    "path": "sleep_twitch_coach/evening_routine.yaml",
                    "input": {
                        "sleeper": sleeper,
                        "lights": {"entity_id": "light.bedroom_light"},
                        "brightness_pct": 30,
                        "home_assistant_notification": True,
                    },
                },
            },
        )
        self.wait_for("automation.demo_evening_routine")
        self.client.call(
            "automation", "trigger", {"entity_id": "automation.demo_evening_routine"}
        )

    def stop(self) -> int:
        """Stop Home Assistant the way a service manager does, and return its exit code."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=120)

    def kill(self) -> None:
        """Kill Home Assistant without warning, as a power cut would."""
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=30)


async def ws_commands(
    base_url: str, token: str, *messages: dict[str, Any]
) -> list[Any]:
    """Send commands over the WebSocket API as a user; return their results."""
    results = []
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"{base_url}/api/websocket") as socket,
    ):
        await socket.receive_json()
        await socket.send_json({"type": "auth", "access_token": token})
        await socket.receive_json()
        for number, message in enumerate(messages, start=1):
            await socket.send_json({"id": number, **message})
            answer = await socket.receive_json()
            assert answer["success"], answer
            results.append(answer["result"])
    return results


def guest_client(
    hass: HassProcess,
    login: tuple[str, str] = GUEST,
    group: str = "system-users",
) -> HomeAssistantClient:
    """Create (once) a non-admin user in `group` and return a client logged in as them."""
    admin = hass.client
    guest = HomeAssistantClient(admin.base_url)
    try:
        guest.login(*login)
    except HTTPError, KeyError:
        (created,) = asyncio.run(
            ws_commands(
                admin.base_url,
                admin.token or "",
                {
                    "type": "config/auth/create",
                    "name": login[0].capitalize(),
                    "group_ids": [group],
                },
            )
        )
        asyncio.run(
            ws_commands(
                admin.base_url,
                admin.token or "",
                {
                    "type": "config/auth_provider/homeassistant/create",
                    "user_id": created["user"]["id"],
                    "username": login[0],
                    "password": login[1],
                },
            )
        )
        guest.login(*login)
    return guest


@pytest.fixture(scope="session")
def hass_process(tmp_path_factory: pytest.TempPathFactory) -> Generator[HassProcess]:
    """Start the demo configuration on a free port, onboarded and with one sleeper."""
    # These tests talk to Home Assistant over loopback; the test harness blocks sockets.
    pytest_socket.enable_socket()
    config_dir = tmp_path_factory.mktemp("hass-config")
    port = free_port()
    shutil.copy(ROOT / "config" / "configuration.yaml", config_dir)
    shutil.copytree(ROOT / "config" / "dashboards", config_dir / "dashboards")
    # As scripts/develop prepares the demo, on a port of its own.
    demo_config.prepare(config_dir, port)
    hass = HassProcess(config_dir, port)
    started = time.monotonic()
    hass.start()
    hass.client.onboard()
    result = hass.client.add_config_entry("sleep_twitch_coach", SLEEPER)
    assert result["type"] == "create_entry"
    hass.wait_for("button.demo_log_twitch")
    hass.wait_running()
    hass.timings["first_start_to_sleeper_loaded_s"] = round(
        time.monotonic() - started, 2
    )
    yield hass
    if hass.process and hass.process.poll() is None:
        hass.stop()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "e2e-timings.json").write_text(
        json.dumps(hass.timings, indent=2) + "\n"
    )
    for log in config_dir.glob("run-*.log"):
        shutil.copy(log, ARTIFACTS / f"e2e-{log.name}")
