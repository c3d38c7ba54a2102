"""Property-based tests of the night rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, strategies as st

from custom_components.sleep_twitch_coach.nights import night_end, night_of, night_start

ZONES = [
    ZoneInfo(name)
    for name in ("Europe/Berlin", "America/New_York", "Australia/Lord_Howe")
]
moments = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2099, 12, 31),
    timezones=st.just(UTC),
)


@given(moment=moments, tz=st.sampled_from(ZONES))
def test_every_moment_lies_in_its_night(moment: datetime, tz: ZoneInfo) -> None:
    """A moment is inside the night it belongs to, and nights last 22.5 to 25.5 hours."""
    night = night_of(moment, tz)
    start, end = night_start(night, tz), night_end(night, tz)
    assert start <= moment < end
    assert timedelta(hours=22.5) <= end - start <= timedelta(hours=25.5)
    assert night_start(night + timedelta(days=1), tz) == end
