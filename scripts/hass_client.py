"""A small client for a Home Assistant on this machine: onboarding, login, REST and flows.

Used by scripts/provision-demo and by the end-to-end tests; standard library only.
"""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

DEMO_USER = "demo"
DEMO_PASSWORD = "demo-password"  # noqa: S105 - a local demo on 127.0.0.1 only


class HomeAssistantClient:
    """Talks to one Home Assistant over HTTP as one user."""

    def __init__(self, base_url: str) -> None:
        """Talk to the Home Assistant at `base_url` (http://127.0.0.1:PORT)."""
        self.base_url = base_url.rstrip("/")
        self.client_id = f"{self.base_url}/"
        self.token: str | None = None

    def request(
        self, method: str, path: str, data: Any = None, *, form: bool = False
    ) -> Any:
        """Send a request and return the decoded JSON answer (None when empty)."""
        body = None
        headers = {}
        if data is not None:
            body = urlencode(data).encode() if form else json.dumps(data).encode()
            headers["Content-Type"] = (
                "application/x-www-form-urlencoded" if form else "application/json"
            )
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = Request(f"{self.base_url}{path}", body, headers, method=method)
        with urlopen(request, timeout=30) as response:  # noqa: S310 - loopback only
            raw = response.read()
        return json.loads(raw) if raw else None

    def wait_until_up(self, timeout: float = 300) -> float:
        """Wait until the HTTP server answers; return the seconds waited."""
        start = time.monotonic()
        while True:
            try:
                self.request("GET", "/api/onboarding")
            except HTTPError:
                break  # It answers, even if with an error status.
            except URLError, ConnectionError, TimeoutError:
                if time.monotonic() - start > timeout:
                    raise
                time.sleep(0.2)
            else:
                break
        return time.monotonic() - start

    def wait_running(self, timeout: float = 300) -> None:
        """Wait until Home Assistant has finished starting (its state is RUNNING)."""
        start = time.monotonic()
        while self.request("GET", "/api/config")["state"] != "RUNNING":
            if time.monotonic() - start > timeout:
                raise TimeoutError("Home Assistant never finished starting")
            time.sleep(0.2)

    def onboarded(self) -> bool:
        """Return whether the owner account exists."""
        try:
            steps = self.request("GET", "/api/onboarding")
        except HTTPError as err:
            # Once onboarding is finished, Home Assistant removes the onboarding API.
            if err.code == 404:
                return True
            raise
        return any(step["step"] == "user" and step["done"] for step in steps)

    def onboard(self, username: str = DEMO_USER, password: str = DEMO_PASSWORD) -> None:
        """Create the owner account, finish the onboarding steps left, and log in as it."""
        left = [
            step["step"]
            for step in self.request("GET", "/api/onboarding")
            if not step["done"]
        ]
        answer = self.request(
            "POST",
            "/api/onboarding/users",
            {
                "client_id": self.client_id,
                "name": username.capitalize(),
                "username": username,
                "password": password,
                "language": "en",
            },
        )
        self._token_from_code(answer["auth_code"])
        for step in left:
            if step == "core_config":
                self.request("POST", "/api/onboarding/core_config", {})
            elif step == "analytics":
                self.request("POST", "/api/onboarding/analytics", {})
            elif step == "integration":
                self.request(
                    "POST",
                    "/api/onboarding/integration",
                    {"client_id": self.client_id, "redirect_uri": self.client_id},
                )

    def login(self, username: str = DEMO_USER, password: str = DEMO_PASSWORD) -> None:
        """Log in with a username and password."""
        flow = self.request(
            "POST",
            "/auth/login_flow",
            {
                "client_id": self.client_id,
                "handler": ["homeassistant", None],
                "redirect_uri": self.client_id,
            },
        )
        answer = self.request(
            "POST",
            f"/auth/login_flow/{flow['flow_id']}",
            {"client_id": self.client_id, "username": username, "password": password},
        )
        self._token_from_code(answer["result"])

    def _token_from_code(self, code: str) -> None:
        self.token = None
        tokens = self.request(
            "POST",
            "/auth/token",
            {
                "grant_type": "authorization_code",
                "code": code,
                "client_id": self.client_id,
            },
            form=True,
        )
        self.token = tokens["access_token"]

    def config_entries(self, domain: str) -> list[dict[str, Any]]:
        """Return the config entries of an integration."""
        entries = self.request("GET", "/api/config/config_entries/entry")
        return [entry for entry in entries if entry["domain"] == domain]

    def add_config_entry(
        self, domain: str, user_input: dict[str, Any]
    ) -> dict[str, Any]:
        """Run an integration's config flow with one form and return the result."""
        flow = self.request(
            "POST", "/api/config/config_entries/flow", {"handler": domain}
        )
        return self.request(  # type: ignore[no-any-return]
            "POST", f"/api/config/config_entries/flow/{flow['flow_id']}", user_input
        )

    def set_options(self, entry_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Run a config entry's options flow: its form's values, with `changes` over them."""
        flow = self.request(
            "POST", "/api/config/config_entries/options/flow", {"handler": entry_id}
        )
        form = {
            field["name"]: field["description"]["suggested_value"]
            for field in flow["data_schema"]
            if "suggested_value" in field.get("description", {})
        }
        return self.request(  # type: ignore[no-any-return]
            "POST",
            f"/api/config/config_entries/options/flow/{flow['flow_id']}",
            form | changes,
        )

    def user_choices(self, entry_id: str) -> dict[str, str]:
        """Return the users a sleeper's options offer to link, by name: their ids."""
        flow = self.request(
            "POST", "/api/config/config_entries/options/flow", {"handler": entry_id}
        )
        self.request(
            "DELETE", f"/api/config/config_entries/options/flow/{flow['flow_id']}"
        )
        (field,) = (field for field in flow["data_schema"] if field["name"] == "user")
        return {
            option["label"]: option["value"]
            for option in field["selector"]["select"]["options"]
        }

    def reload(self, entry_id: str) -> None:
        """Reload a config entry; returns once it is set up again."""
        self.request("POST", f"/api/config/config_entries/entry/{entry_id}/reload")

    def config_dir(self) -> str:
        """Return Home Assistant's configuration folder."""
        return self.request("GET", "/api/config")["config_dir"]  # type: ignore[no-any-return]

    def state(self, entity_id: str) -> dict[str, Any] | None:
        """Return an entity's state, or None when it does not exist (yet)."""
        try:
            return self.request("GET", f"/api/states/{entity_id}")  # type: ignore[no-any-return]
        except HTTPError as err:
            if err.code == 404:
                return None
            raise

    def call(self, domain: str, service: str, data: dict[str, Any]) -> Any:
        """Call an action; returns once Home Assistant has run it."""
        return self.request("POST", f"/api/services/{domain}/{service}", data)

    def call_for_response(
        self, domain: str, service: str, data: dict[str, Any]
    ) -> dict[str, Any]:
        """Call an action that answers (such as get_report) and return its answer."""
        answer = self.request(
            "POST", f"/api/services/{domain}/{service}?return_response", data
        )
        return answer["service_response"]  # type: ignore[no-any-return]
