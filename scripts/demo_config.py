"""Prepare a configuration folder for the demo Home Assistant (scripts/develop, the e2e tests).

Usage: demo_config.py CONFIG_DIR PORT

- The files the UI editors write to, if missing.
- The shipped blueprints, copied afresh (Home Assistant's blueprint scan does not enter a
  symlinked folder on Python 3.14).
- The HTTP server on 127.0.0.1 only. Since Home Assistant 2026.10 the HTTP settings live in
  its storage; a YAML `http:` block is migrated once as a *pending trial* that reverts (and
  restarts) after five minutes unless confirmed in the UI. So the demo has no `http:` block and
  writes the storage file itself, in the first storage layout, which Home Assistant migrates
  as its own: stable, no trial, no repair issue.
- Onboarding without the integrations it suggests (Radio Browser, Met.no, Google Translate
  text-to-speech, shopping list): the first three live on the internet, which the demo does not
  reach, and Radio Browser fails with a traceback there. Only the account step is left to do.

Standard library only.
"""

from __future__ import annotations

import json
from pathlib import Path
import shutil
import sys

ROOT = Path(__file__).parents[1]
LOOPBACK = ["127.0.0.1"]


def prepare(config_dir: Path, port: int) -> None:
    """Make `config_dir` ready for the demo on 127.0.0.1:`port`."""
    for name, empty in (("automations.yaml", "[]\n"), ("scripts.yaml", "{}\n")):
        if not (config_dir / name).exists():
            (config_dir / name).write_text(empty)
    blueprints = config_dir / "blueprints" / "automation" / "sleep_twitch_coach"
    if blueprints.is_symlink():
        blueprints.unlink()
    shutil.rmtree(blueprints, ignore_errors=True)
    shutil.copytree(
        ROOT / "blueprints" / "automation" / "sleep_twitch_coach", blueprints
    )
    _serve_on_loopback(config_dir / ".storage" / "http", port)
    _onboard_without_suggestions(config_dir / ".storage" / "onboarding")


def _serve_on_loopback(path: Path, port: int) -> None:
    """Write Home Assistant's HTTP settings unless they already serve 127.0.0.1:`port`."""
    if path.exists():
        stored = json.loads(path.read_text())
        stable = stored.get("data", {}).get("stable") or {}
        if (
            stored.get("version", 0)
            >= 2  # migrated by Home Assistant (3 since 2026.11)
            and stable.get("server_host") == LOOPBACK
            and stable.get("server_port") == port
            and stored["data"].get("pending") is None
        ):
            return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "minor_version": 1,
                "key": "http",
                "data": {"server_host": LOOPBACK, "server_port": port},
            }
        )
    )


def _onboard_without_suggestions(path: Path) -> None:
    """Mark every onboarding step but the account as done, before the first start only."""
    if path.exists():
        return
    path.write_text(
        json.dumps(
            {
                "version": 4,
                "minor_version": 1,
                "key": "onboarding",
                "data": {"done": ["core_config", "analytics", "integration"]},
            }
        )
    )


if __name__ == "__main__":
    prepare(Path(sys.argv[1]), int(sys.argv[2]))
