"""Import the integration before the test plugin mounts its own custom_components package."""

import logging

import custom_components.sleep_twitch_coach  # noqa: F401

# The test plugin turns on SQLAlchemy's statement log for every test; the recorder's thread
# then prints each INSERT outside any test's captured output.
logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
