"""scripts/develop as a person runs it: the ready block last, no zombie, Ctrl+C stops all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
import contextlib
import os
from pathlib import Path
import queue
import shutil
import signal
import subprocess
import threading
import time

from hass_client import DEMO_PASSWORD, DEMO_USER, HomeAssistantClient
import pytest

from .conftest import ROOT, free_port
from .sleepers import DOMAIN, call_ws

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("socket_enabled")]

RULE = "=" * 78
# A safety net for a Home Assistant that never starts, not a measure of anything.
PATIENCE = 300


def session_processes(session: int) -> dict[int, tuple[str, str]]:
    """Return the processes of a session: pid → (state letter, command line)."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue  # Gone meanwhile.
        fields = text[text.rindex(")") + 2 :].split()
        if int(fields[3]) == session:
            found[int(stat.parent.name)] = (fields[0], command.decode().strip())
    return found


def lines_of(develop: subprocess.Popen[str]) -> queue.Queue[str | None]:
    """Return a queue of the lines scripts/develop prints (None once it has closed them)."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert develop.stdout is not None
        for line in develop.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def until_ready(lines: queue.Queue[str | None]) -> Iterator[str]:
    """Yield the lines printed up to the end of the ready block."""
    rules = 0
    while rules < 2:
        line = lines.get(timeout=PATIENCE)
        assert line is not None, "scripts/develop ended before the demo was ready"
        rules += line == RULE
        yield line


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Wait until `condition()` holds."""
    deadline = time.monotonic() + PATIENCE
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


@contextlib.contextmanager
def ctrl_c_heard() -> Iterator[None]:
    """Start children that hear Ctrl+C, as from a terminal.

    A run started in the background (a CI runner's shell, `… &`) ignores SIGINT, children
    inherit that, and bash cannot trap a signal ignored when it starts. A signal this process
    handles is reset to its default in a child when it starts a program.
    """
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def settled(session: int) -> bool:
    """Return whether the provisioning has ended and been reaped: nobody left but two.

    The two are scripts/develop and Home Assistant; a child Home Assistant starts for a
    moment (its command line still empty) is waited out like the provisioning.
    """
    processes = session_processes(session).values()
    return len(processes) == 2 and not any(
        state == "Z" or "provision-demo" in command for state, command in processes
    )


def test_develop_says_ready_last_leaves_no_zombie_and_stops_on_ctrl_c(
    tmp_path: Path,
) -> None:
    """Ready block after quiet start-up, a logbook, a restart, no zombie; Ctrl+C ends all."""
    config = tmp_path / "config"
    config.mkdir()
    shutil.copy(ROOT / "config" / "configuration.yaml", config)
    shutil.copytree(ROOT / "config" / "dashboards", config / "dashboards")
    port = free_port()
    with ctrl_c_heard():
        develop = subprocess.Popen(
            [str(ROOT / "scripts" / "develop")],
            env={
                **os.environ,
                "SLEEP_COACH_CONFIG": str(config),
                "SLEEP_COACH_PORT": str(port),
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            # A terminal of its own: Ctrl+C is SIGINT to its foreground process group.
            start_new_session=True,
        )
    try:
        lines = lines_of(develop)
        printed = list(until_ready(lines))
        block = "\n".join(printed[printed.index(RULE) :])
        url = f"http://127.0.0.1:{port}"
        assert f"{url}/sleep-twitch-coach" in block
        assert f"{DEMO_USER} / {DEMO_PASSWORD}" in block
        assert "Ctrl+C" in block
        # Start-up said only warnings (the expected two) before the block.
        assert not [line for line in printed if " INFO " in line or " DEBUG " in line]

        client = HomeAssistantClient(url)
        client.login()
        assert client.state("sensor.demo_twitches_tonight") is not None
        # The Activity page has its data.
        assert isinstance(client.request("GET", "/api/logbook"), list)
        # The demo account is the Demo sleeper's own user: the panel opens on it.
        answer = call_ws(client, {"type": f"{DOMAIN}/sleepers"})
        assert isinstance(answer, dict)
        assert [s["title"] for s in answer["sleepers"] if s["own"]] == ["Demo"]

        # Provisioning is over and reaped: Home Assistant and the script, no zombie.
        wait_until(lambda: settled(develop.pid), "the provisioning stayed behind")
        running = session_processes(develop.pid)
        (hass_before,) = [pid for pid, (_, cmd) in running.items() if "bin/hass" in cmd]
        assert len(running) == 2, running  # Home Assistant and scripts/develop.

        # Restart from the UI: Home Assistant exits with 100 and scripts/develop starts it.
        # The answer may not make it out before Home Assistant stops.
        with contextlib.suppress(OSError):
            client.call("homeassistant", "restart", {})
        wait_until(
            lambda: any(
                "bin/hass" in command and pid != hass_before
                for pid, (_, command) in session_processes(develop.pid).items()
            ),
            "Home Assistant was not started again",
        )
        client.wait_until_up()
        client.login()
        client.wait_running()
        assert settled(develop.pid)

        os.killpg(develop.pid, signal.SIGINT)
        assert develop.wait(timeout=PATIENCE) == 0
        assert session_processes(develop.pid) == {}
    finally:
        if develop.poll() is None:
            os.killpg(develop.pid, signal.SIGKILL)
            for pid in session_processes(develop.pid):
                os.kill(pid, signal.SIGKILL)
