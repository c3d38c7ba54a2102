"""What "logged" means, against a real Home Assistant process and real files.

A write the file system refuses, a main file listing too few months, a non-admin user over REST
and WebSocket, and SIGKILL in the middle of a storm of logs and undos.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator
import contextlib
import json
import os
from pathlib import Path
import random
import subprocess
import threading
import time
from typing import Any
from urllib.error import HTTPError, URLError

import aiohttp
from hass_client import HomeAssistantClient
import pytest

from .conftest import HassProcess, guest_client

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

DOMAIN = "sleep_twitch_coach"
TWITCHES = "sensor.demo_twitches_tonight"
PRESS = ("button", "press", {"entity_id": "button.demo_log_twitch"})


def entry_id(client: HomeAssistantClient) -> str:
    """Return the demo sleeper's config entry id."""
    return str(client.config_entries(DOMAIN)[0]["entry_id"])


def month_files(hass: HassProcess, entry: str) -> list[Path]:
    """Return the sleeper's month files."""
    storage = hass.config_dir / ".storage"
    return sorted(storage.glob(f"{DOMAIN}.{entry}.????-??"))


def twitches_on_disk(hass: HassProcess, entry: str) -> int:
    """Count the twitches the month files hold."""
    return sum(
        event["kind"] == "twitch"
        for path in month_files(hass, entry)
        for event in json.loads(path.read_text())["data"]["events"]
    )


def tonight(client: HomeAssistantClient) -> int:
    """Return tonight's twitch count as the entity shows it."""
    return int(client.state(TWITCHES)["state"])  # type: ignore[index]


@contextlib.contextmanager
def immutable(path: Path) -> Generator[None]:
    """Make a file immutable with chattr +i for the duration (root only)."""
    made = (
        os.geteuid() == 0
        and subprocess.run(["chattr", "+i", str(path)], check=False).returncode == 0
    )
    if not made:
        pytest.skip("chattr +i needs root and a file system that supports it")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def refused(call: Any, *args: Any) -> HTTPError:
    """Make a call that must be refused; return the HTTP error."""
    with pytest.raises(HTTPError) as err:
        call(*args)
    return err.value


def test_a_refused_write_is_never_acknowledged(hass_process: HassProcess) -> None:
    """With the month file immutable every log fails; nothing shows, and a restart agrees."""
    client = hass_process.ensure_running()
    entry = entry_id(client)
    client.call(*PRESS)
    before = tonight(client)
    on_disk = twitches_on_disk(hass_process, entry)
    month = max(month_files(hass_process, entry), key=lambda path: path.stat().st_mtime)
    content = month.read_bytes()

    answers: list[tuple[int, float]] = []
    with immutable(month):
        for attempt in range(8):
            started = time.monotonic()
            if attempt % 2:
                error = refused(client.call, *PRESS)
            else:
                error = refused(
                    client.call, DOMAIN, "log_twitch", {"config_entry_id": entry}
                )
            answers.append((error.code, time.monotonic() - started))
            assert "could not be written" in error.read().decode()
        assert tonight(client) == before
        assert month.read_bytes() == content

    assert {code for code, _ in answers} == {500}
    assert hass_process.stop() == 0
    hass_process.ensure_running()
    assert tonight(client) == before
    assert twitches_on_disk(hass_process, entry) == on_disk
    hass_process.timings["refused_write_answer_ms_max"] = round(
        max(seconds for _, seconds in answers) * 1000, 1
    )


@pytest.mark.parametrize("months", [[], None, ["2020-01"]])
def test_a_main_file_with_too_few_months_loses_nothing(
    hass_process: HassProcess, months: list[str] | None
) -> None:
    """An empty, missing or stale month list (an old backup): every month still loads."""
    client = hass_process.ensure_running()
    entry = entry_id(client)
    client.call(*PRESS)
    on_disk = twitches_on_disk(hass_process, entry)
    assert hass_process.stop() == 0
    main = hass_process.config_dir / ".storage" / f"{DOMAIN}.{entry}"
    document = json.loads(main.read_text())
    if months is None:
        document["data"].pop("months", None)
    else:
        document["data"]["months"] = months
    main.write_text(json.dumps(document))

    hass_process.ensure_running()
    client.call(*PRESS)
    assert twitches_on_disk(hass_process, entry) == on_disk + 1


async def _ws_call_service(
    base_url: str, token: str, service: str, data: dict[str, Any]
) -> dict[str, Any]:
    """Call an action over the WebSocket API with a user's token; return the result."""
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"{base_url}/api/websocket") as socket,
    ):
        await socket.receive_json()
        await socket.send_json({"type": "auth", "access_token": token})
        assert (await socket.receive_json())["type"] == "auth_ok"
        await socket.send_json(
            {
                "id": 1,
                "type": "call_service",
                "domain": DOMAIN,
                "service": service,
                "service_data": data,
                "return_response": service == "undo_last",
            }
        )
        return await socket.receive_json()  # type: ignore[no-any-return]


def test_a_non_admin_cannot_empty_the_journal(hass_process: HassProcess) -> None:
    """Over REST and WebSocket a guest logs, undoes only their own, never clears."""
    admin = hass_process.ensure_running()
    entry = entry_id(admin)
    guest = guest_client(hass_process)
    for _ in range(3):
        admin.call(*PRESS)
    guest.call(DOMAIN, "log_twitch", {"config_entry_id": entry, "note": "guest words"})
    before = tonight(admin)

    undone = guest.request(
        "POST",
        f"/api/services/{DOMAIN}/undo_last?return_response",
        {"config_entry_id": entry},
    )
    assert "guest words" not in json.dumps(undone)
    errors = [
        refused(
            guest.request,
            "POST",
            f"/api/services/{DOMAIN}/undo_last?return_response",
            {"config_entry_id": entry},
        )
        for _ in range(10)
    ]
    assert {error.code for error in errors} == {400}
    assert "in the last 15 minutes" in errors[0].read().decode()
    assert (
        refused(guest.call, DOMAIN, "clear_history", {"config_entry_id": entry}).code
        == 401
    )
    answer = asyncio.run(
        _ws_call_service(
            admin.base_url, guest.token or "", "undo_last", {"config_entry_id": entry}
        )
    )
    assert not answer["success"]
    assert answer["error"]["translation_key"] == "nothing_to_undo_yours"
    assert tonight(admin) == before - 1


class Storm:
    """Workers that log a twitch and undo it, over and over, until the process dies."""

    def __init__(self, client: HomeAssistantClient, entry: str) -> None:
        """Prepare a storm against one sleeper."""
        self.client = client
        self.entry = entry
        self.acknowledged = 0  # net change of the answered calls
        self.answered = 0
        self.unanswered_logs = 0  # calls cut off by the kill: either outcome is fine
        self.unanswered_undos = 0
        self.refusals: list[str] = []
        self._lock = threading.Lock()

    def worker(self) -> None:
        """Log, then undo (the newest twitch), until a call gets no answer."""
        undo = False
        while True:
            try:
                if undo:
                    self.client.request(
                        "POST",
                        f"/api/services/{DOMAIN}/undo_last?return_response",
                        {"config_entry_id": self.entry, "kind": "twitch"},
                    )
                else:
                    self.client.call(
                        DOMAIN, "log_twitch", {"config_entry_id": self.entry}
                    )
            except HTTPError as err:
                # A refusal changes nothing, and none is expected here.
                self.refusals.append(f"{err.code} {err.read().decode()}")
                return
            except URLError, ConnectionError, TimeoutError:
                with self._lock:
                    if undo:
                        self.unanswered_undos += 1
                    else:
                        self.unanswered_logs += 1
                return
            with self._lock:
                self.acknowledged += -1 if undo else 1
                self.answered += 1
            undo = not undo


def test_sigkill_in_a_storm_of_logs_and_undos_loses_nothing(
    hass_process: HassProcess,
) -> None:
    """Three rounds: workers log and undo, the process is killed; disk = what was acknowledged."""
    rounds = []
    for _ in range(3):
        client = hass_process.ensure_running()
        entry = entry_id(client)
        for _ in range(5):
            client.call(*PRESS)
        base = twitches_on_disk(hass_process, entry)
        storm = Storm(client, entry)
        workers = [threading.Thread(target=storm.worker) for _ in range(4)]
        for thread in workers:
            thread.start()
        time.sleep(random.uniform(1.0, 3.0))
        hass_process.kill()
        for thread in workers:
            thread.join(timeout=60)
        found = twitches_on_disk(hass_process, entry) - base
        rounds.append(
            {
                "answered_calls": storm.answered,
                "acknowledged_net": storm.acknowledged,
                "unanswered": storm.unanswered_logs + storm.unanswered_undos,
                "on_disk_net": found,
            }
        )
        assert not storm.refusals
        # Nothing acknowledged is lost, nothing undone comes back.
        low = storm.acknowledged - storm.unanswered_undos
        high = storm.acknowledged + storm.unanswered_logs
        assert low <= found <= high, rounds
    hass_process.ensure_running()
    hass_process.timings["sigkill_storm_rounds"] = rounds  # type: ignore[assignment]


def test_a_read_only_user_changes_nothing(hass_process: HassProcess) -> None:
    """Home Assistant's Read Only group: 401 for the coach's actions, as for a press."""
    admin = hass_process.ensure_running()
    entry = entry_id(admin)
    reader = guest_client(
        hass_process, ("reader", "reader-password"), "system-read-only"
    )
    admin.call(DOMAIN, "log_twitch", {"config_entry_id": entry})
    before = tonight(admin)
    assert refused(reader.call, *PRESS).code == 401
    for service, data in (
        ("log_twitch", {}),
        ("log_caffeine", {}),
        ("log_symptom", {"symptom": "urge_to_move"}),
        ("undo_last", {}),
    ):
        error = refused(
            reader.call, DOMAIN, service, {"config_entry_id": entry, **data}
        )
        assert error.code == 401, service
    answer = asyncio.run(
        _ws_call_service(
            admin.base_url, reader.token or "", "log_twitch", {"config_entry_id": entry}
        )
    )
    assert answer["error"]["translation_key"] == "read_only_user"
    # Reading stays allowed.
    report = reader.request(
        "POST",
        f"/api/services/{DOMAIN}/get_report?return_response",
        {"config_entry_id": entry},
    )
    assert report["service_response"]["summary"]["twitches"] >= 1
    assert tonight(admin) == before
    on_disk = twitches_on_disk(hass_process, entry)
    assert hass_process.stop() == 0
    admin = hass_process.ensure_running()
    assert tonight(admin) == before
    assert twitches_on_disk(hass_process, entry) == on_disk
