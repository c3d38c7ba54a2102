"""Blueprints that ask for the sleeper's device, in the newest Home Assistant."""

from __future__ import annotations

import time

import pytest

from .conftest import HassProcess
from .sleepers import call_ws, sleepers
from .test_panel import log_sizes, logged_since, tonight_count

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

PRESS = "sleep_twitch_coach_test_bedside_press"


def test_bedside_button_logs_for_the_picked_sleeper(hass_process: HassProcess) -> None:
    """A bedside button for the Demo device logs; the editor lists its device automations.

    Nothing warns on the way (no deprecated call, from the coach or its blueprints).
    """
    client = hass_process.ensure_running()
    demo = sleepers(client)["Demo"]
    logs_before = log_sizes(hass_process)
    device = client.request(
        "POST",
        "/api/template",
        {"template": "{{ device_id('sensor.demo_next_bedtime') | to_json }}"},
    )
    client.request(
        "POST",
        "/api/config/automation/config/demo_bedside_button",
        {
            "alias": "Demo bedside button",
            "use_blueprint": {
                "path": "sleep_twitch_coach/bedside_button.yaml",
                "input": {
                    "sleeper": device,
                    "twitch": [{"trigger": "event", "event_type": PRESS}],
                },
            },
        },
    )
    hass_process.wait_for("automation.demo_bedside_button")
    before = tonight_count(client, demo)
    client.request("POST", f"/api/events/{PRESS}", {})
    # A safety net for a press that never logs, not a measure of anything.
    deadline = time.monotonic() + 60
    while tonight_count(client, demo) != before + 1:
        assert time.monotonic() < deadline, "the press logged no twitch"
        time.sleep(0.2)
    client.request("DELETE", "/api/config/automation/config/demo_bedside_button")
    # What the automation editor lists for the device: the coach's own among them.
    for kind, coach_type in (
        ("trigger", "twitch_logged"),
        ("condition", "twitches_tonight_above"),
        ("action", "log_twitch"),
    ):
        listed = call_ws(
            client, {"type": f"device_automation/{kind}/list", "device_id": device}
        )
        assert isinstance(listed, list)
        assert coach_type in {item["type"] for item in listed}
    said = [
        line
        for line in logged_since(hass_process, logs_before)
        if (" WARNING " in line or " ERROR " in line)
        and ("sleep_twitch_coach" in line or "deprecated" in line)
    ]
    assert said == []
