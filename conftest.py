"""Import the integration before the test plugin mounts its own custom_components package."""

import custom_components.sleep_twitch_coach  # noqa: F401
