"""Tests of the get_report action."""

from __future__ import annotations

from datetime import date, datetime
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from custom_components.sleep_twitch_coach.coach.limbs.nights import MeasuredNight
from custom_components.sleep_twitch_coach.coach.limbs.scoring import Leg, Movement
from custom_components.sleep_twitch_coach.const import DOMAIN
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from .conftest import setup_entry, sleeper_entry
from .users import async_user

# The expected report, checked by hand against JOURNAL. The plain JSON file is read the
# same way by every supported Home Assistant test harness.
SNAPSHOT = Path(__file__).parent / "snapshots" / "report_14_nights.json"
# The same journal with nights measured by leg sensors; the panel's parity test reads both.
MEASURED_SNAPSHOT = Path(__file__).parent / "snapshots" / "report_measured_nights.json"
TRANSLATIONS = Path(__file__).parents[2] / "custom_components" / DOMAIN / "translations"


def at(day: int, clock: str) -> str:
    """Return a Berlin time in November 2026."""
    return f"2026-11-{day:02d}T{clock}:00+01:00"


# Two weeks ending on the night of 16 November 2026, and some older nights for the insights.
JOURNAL: list[dict[str, Any]] = [
    {"kind": "twitch", "time": at(1, "23:00")},
    {"kind": "caffeine", "time": at(1, "17:00")},
    {"kind": "caffeine", "time": at(2, "16:00")},
    {"kind": "twitch", "time": at(3, "23:40"), "woke_up": True},
    {"kind": "bedtime_snapshot", "time": at(3, "22:30"), "temperature_c": 21.5},
    {"kind": "twitch", "time": at(5, "01:10")},
    {"kind": "caffeine", "time": at(4, "15:30"), "amount_mg": 95},
    {"kind": "exercise", "time": at(6, "20:00")},
    {"kind": "twitch", "time": at(6, "23:15"), "body_parts": ["arms", "legs"]},
    {"kind": "bedtime_snapshot", "time": at(6, "22:30"), "temperature_c": 18.2},
    {"kind": "symptom", "time": at(7, "21:00"), "symptom": "urge_to_move"},
    {"kind": "exercise", "time": at(8, "18:00"), "intensity": "light"},
    {"kind": "twitch", "time": at(10, "02:00"), "woke_up": True},
    {"kind": "caffeine", "time": at(10, "09:00")},
    {"kind": "bedtime_snapshot", "time": at(12, "22:30"), "temperature_c": 19.6},
    {"kind": "twitch", "time": at(12, "23:30")},
    {"kind": "twitch", "time": at(13, "03:30"), "woke_up": True},
    {"kind": "caffeine", "time": at(14, "18:00")},
    {"kind": "twitch", "time": at(14, "23:00"), "note": "calf"},
    {"kind": "symptom", "time": at(15, "08:00"), "symptom": "daytime_sleepiness"},
    {"kind": "twitch", "time": at(16, "21:00")},
]


@pytest.fixture
async def loaded(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    files_on_disk: Path,
    freezer: FrozenDateTimeFactory,
) -> MockConfigEntry:
    """Set up a sleeper with a prepared journal at 22:00 on 16 November 2026."""
    freezer.move_to("2026-11-16T22:00:00+01:00")
    key = f"{DOMAIN}.{mock_config_entry.entry_id}"
    (files_on_disk / key).write_text(
        json.dumps(
            {
                "version": 1,
                "minor_version": 1,
                "key": key,
                "data": {"events": JOURNAL},
            }
        )
    )
    return await setup_entry(hass, mock_config_entry)


def epoch_ms(moment: str) -> int:
    """Return a Berlin time in November 2026 ("15T01:00") as epoch milliseconds."""
    day, clock = moment.split("T")
    return round(datetime.fromisoformat(at(int(day), clock)).timestamp() * 1000)


def measured_night(
    night: str,
    series: list[tuple[Leg | None, str, int]],
    asleep: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """Return a filed night, in bed from 23:00 to 07:00 (8 hours).

    Each series is a leg (None: one sensor), its first onset and how many 2-second
    movements follow every 30 s; `asleep` the span an asleep sensor was on.
    """
    day = date.fromisoformat(night).day
    movements = sorted(
        (
            Movement(epoch_ms(start) + index * 30_000, 2_000, leg)
            for leg, start, count in series
            for index in range(count)
        ),
        key=lambda movement: movement.onset_ms,
    )
    measured = MeasuredNight(
        date.fromisoformat(night),
        movements,
        [(epoch_ms(f"{day}T23:00"), epoch_ms(f"{day + 1}T07:00"))],
        asleep=None if asleep is None else [(epoch_ms(asleep[0]), epoch_ms(asleep[1]))],
        bilateral=any(leg is not None for leg, _, _ in series),
    )
    return dict(measured.to_stored())


# The series of each leg are hours apart: no two movements of the two legs are joined, and
# each series is one run of 30-second intervals (periodic under every rule).
MEASURED_NIGHTS = [
    # Both legs and asleep from midnight to 06:00: 22 + 18 PLMs in 8 hours in bed (5.0
    # per hour), all asleep (40 in 6 hours: 6.7); 38 of 39 intervals periodic (0.97),
    # the one between the legs' series not.
    measured_night(
        "2026-11-15",
        [(Leg.LEFT, "16T01:00", 22), (Leg.RIGHT, "16T03:00", 18)],
        asleep=("16T00:00", "16T06:00"),
    ),
    # Both legs: 12 + 12 PLMs (3.0 per hour); 22 of 23 intervals periodic (0.96).
    measured_night(
        "2026-11-14", [(Leg.LEFT, "15T01:00", 12), (Leg.RIGHT, "15T04:00", 12)]
    ),
    # One sensor, asleep 6 hours: 24 PLMs (3.0 per hour in bed, 4.0 asleep).
    measured_night(
        "2026-11-13", [(None, "14T02:00", 24)], asleep=("13T23:30", "14T05:30")
    ),
    # One sensor: 8 PLMs (1.0 per hour).
    measured_night("2026-11-12", [(None, "13T02:00", 8)]),
]


async def setup_measured(
    hass: HomeAssistant, files_on_disk: Path, freezer: FrozenDateTimeFactory
) -> MockConfigEntry:
    """Set up Alex with JOURNAL and MEASURED_NIGHTS, a sensor on each leg and asleep."""
    freezer.move_to("2026-11-16T22:00:00+01:00")
    entry = sleeper_entry(
        left_leg_sensor="binary_sensor.left_ankle",
        right_leg_sensor="binary_sensor.right_ankle",
        asleep_sensor="binary_sensor.asleep",
    )
    key = f"{DOMAIN}.{entry.entry_id}"
    for name, data in (
        (key, {"events": JOURNAL}),
        (f"{key}.movements.2026-11", {"nights": MEASURED_NIGHTS}),
    ):
        (files_on_disk / name).write_text(
            json.dumps({"version": 1, "minor_version": 1, "key": name, "data": data})
        )
    return await setup_entry(hass, entry)


@pytest.fixture
async def measured(
    hass: HomeAssistant, files_on_disk: Path, freezer: FrozenDateTimeFactory
) -> MockConfigEntry:
    """Alex with measured nights, at 22:00 on 16 November 2026."""
    return await setup_measured(hass, files_on_disk, freezer)


async def report(hass: HomeAssistant, entry: MockConfigEntry, **data: Any) -> Any:
    """Call get_report and return its response."""
    return await hass.services.async_call(
        DOMAIN,
        "get_report",
        {"config_entry_id": entry.entry_id, **data},
        blocking=True,
        return_response=True,
    )


async def test_report_of_two_weeks(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """Rows, summary and trigger counts of 14 nights are exactly as expected."""
    response = await report(hass, loaded)
    assert response == json.loads(SNAPSHOT.read_text())
    assert len(response["nights"]) == 14
    assert response["first_night"] == "2026-11-03"
    assert response["last_night"] == "2026-11-16"
    caffeine = next(
        item
        for item in response["factors"]
        if item["factor"] == "caffeine_after_cutoff"
    )
    # Only the 11 recorded nights count (1-4, 6-9, 12, 14, 16 November): the others,
    # bedtime readings or nothing at all, are not calm nights. Coffee after 14:00 on the
    # nights of 1, 2, 4 and 14 November, three of them twitch nights; 5 of the other 7.
    assert caffeine == {
        "factor": "caffeine_after_cutoff",
        "name": None,
        "nights_with": 4,
        "twitch_nights_with": 3,
        "nights_without": 7,
        "twitch_nights_without": 5,
        "rate_with": 0.75,
        "rate_without": 0.7143,
        "difference": 0.0357,
        "interval": caffeine["interval"],
        "p_value": 1.0,
        "q_value": 1.0,
        "verdict": "no_clear_link",
    }
    assert caffeine["interval"][0] < 0 < caffeine["interval"][1]


async def test_report_markdown_has_every_section(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """The Markdown has the summary, criteria, nights, factors, experiments and disclaimer."""
    markdown = (await report(hass, loaded, nights=7))["markdown"]
    assert markdown.startswith(
        "## Sleep report for Alex\nNights 2026-11-10 to 2026-11-16"
    )
    # The same sections, headings and columns as the panel's printed page, in this order.
    assert [line for line in markdown.splitlines() if line.startswith("### ")] == [
        "### Summary",
        "### Criteria met",
        "### Nights",
        "### Notes",
        "### What goes with twitch nights (last 90 nights, recorded nights only)",
        "### Experiments",
    ]
    for line in (
        # Four of the nights recorded nothing: they are no calm nights.
        "- **Recorded nights:** 3 of 7",
        "- **Twitch nights:** 3 of 7",
        "- **Twitches:** 4",
        "- **Twitches that woke you:** 1",
        "- **Checklist criteria met:** 3",
        "- **Doctor visit suggested by the checklist:** Yes",
        (
            "| Night | Twitches | Woke you | Body parts | Factors | Bedroom at bedtime "
            "| Symptoms |"
        ),
        # Criteria, body parts and symptoms by the names the UI shows.
        "- **An urge to move the legs at rest** (Nights: 2026-11-07)",
        (
            "| 2026-11-12 | 2 (23:30, 03:30) | 1 | Legs | Bedroom too warm at bedtime, "
            "No wind-down step done | 19.6 °C | — |"
        ),
        (
            "| 2026-11-14 | 1 (23:00) | 0 | Legs | Caffeine after the cutoff, No "
            "wind-down step done | — | Daytime sleepiness |"
        ),
        "| 2026-11-15 | not recorded | — | — | — | — | — |",
        (
            "- Caffeine after the cutoff: 3 of 4 nights with it had twitches, 5 of 7 "
            "without (+4 points, 95 % interval -46 to +45): no clear link yet."
        ),
        "- Late vigorous exercise: not enough nights yet (1 with, 10 without).",
        "- Too little water (under 2 litres): not enough nights yet (0 with, 0 without).",
    ):
        assert line in markdown.splitlines(), line
    assert markdown.endswith(
        "_This report is not medical advice. It is a record to discuss with your "
        "doctor._"
    )
    assert "### Notes\n- 2026-11-14: calf\n" in markdown
    assert "### Experiments\n- None\n" in markdown
    # 7 rows, 6 summary items, 3 criteria, 1 note, 15 factors, 1 experiment line, and 18
    # lines of title, range, headings, the table's head, spacing and the disclaimer.
    assert len(markdown.splitlines()) == 51


@pytest.mark.parametrize(
    ("who", "sees_notes"),
    [("other", False), ("sleeper", True), ("admin", True), ("automation", True)],
)
async def test_notes_only_for_the_sleeper_and_administrators(
    hass: HomeAssistant,
    loaded: MockConfigEntry,
    hass_read_only_user: MockUser,
    hass_admin_user: MockUser,
    who: str,
    sees_notes: bool,
) -> None:
    """Anyone may read the report; note texts only the sleeper, admins and automations."""
    sleeper = await async_user(hass, "Alex")
    hass.config_entries.async_update_entry(
        loaded, options={**loaded.options, "user": sleeper.id}
    )
    user_id = {
        "other": hass_read_only_user.id,
        "sleeper": sleeper.id,
        "admin": hass_admin_user.id,
        "automation": None,
    }[who]
    response = await hass.services.async_call(
        DOMAIN,
        "get_report",
        {"config_entry_id": loaded.entry_id},
        blocking=True,
        return_response=True,
        context=Context(user_id=user_id),
    )
    assert ("calf" in json.dumps(response)) is sees_notes
    assert response["summary"]["twitches"] == 8


@pytest.mark.parametrize("nights", [0, 91, "many"])
async def test_report_length_is_checked(
    hass: HomeAssistant, loaded: MockConfigEntry, nights: Any
) -> None:
    """More than 90 nights, fewer than 1, or not a number: a translated error."""
    with pytest.raises(ServiceValidationError) as err:
        await report(hass, loaded, nights=nights)
    assert err.value.translation_key == "invalid_nights"


async def test_ninety_nights_are_allowed(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """The longest report has 90 rows."""
    assert len((await report(hass, loaded, nights=90))["nights"]) == 90


async def test_the_markdown_speaks_home_assistants_language(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """With Home Assistant in German, the report's Markdown is German, names included."""
    await hass.config.async_update(language="de")
    markdown = (await report(hass, loaded, nights=7))["markdown"]
    assert markdown.startswith(
        "## Schlafbericht für Alex\nNächte von 2026-11-10 bis 2026-11-16"
    )
    for text in (
        "- **Erfasste Nächte:** 3 von 7",
        "- **Nächte mit Zuckungen:** 3 von 7",
        "- **Arztbesuch laut Checkliste empfohlen:** Ja",
        "| Nacht | Zuckungen | Geweckt | Körperteile | Faktoren |",
        (
            "| 2026-11-14 | 1 (23:00) | 0 | Beine | Koffein nach dem Koffein-Stopp, Kein "
            "Schritt der Abendroutine erledigt |"
        ),
        "| 2026-11-15 | nicht erfasst | — | — | — |",
        (
            "- Koffein nach dem Koffein-Stopp: Zuckungen in 3 von 4 Nächten damit, in 5 "
            "von 7 ohne (+4 Punkte, 95-%-Intervall -46 bis +45): "
        ),
        "_Dieser Bericht ist keine medizinische Beratung.",
    ):
        assert text in markdown, text
    german = json.loads((TRANSLATIONS / "de.json").read_text())
    urge = german["selector"]["criterion"]["options"]["urge_to_move"]
    assert f"- **{urge}** (Nächte: 2026-11-07)" in markdown


async def test_the_report_starts_when_the_journal_does(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Nights before the sleeper was added are not nights without twitches: they are left out.

    A twitch back-filled to an older night takes the report back to it.
    """
    freezer.move_to(at(16, "22:45"))
    entry = await setup_entry(
        hass, sleeper_entry(added=datetime.fromisoformat(at(13, "20:00")))
    )
    nights = (await report(hass, entry, nights=14))["nights"]
    assert [night["night"] for night in nights] == [
        "2026-11-16",
        "2026-11-15",
        "2026-11-14",
        "2026-11-13",
    ]
    await hass.services.async_call(
        DOMAIN,
        "log_twitch",
        {"config_entry_id": entry.entry_id, "when": at(8, "23:30")},
        blocking=True,
    )
    answer = await report(hass, entry, nights=14)
    assert len(answer["nights"]) == 9
    assert answer["summary"]["nights"] == 9
    assert answer["summary"]["twitch_nights"] == 1
    assert answer["first_night"] == "2026-11-08"
    # However young the journal, tonight is in the report.
    young = MockConfigEntry(
        domain=DOMAIN, title="Bea", unique_id="bea", options=entry.options
    )
    object.__setattr__(young, "created_at", datetime.fromisoformat(at(16, "22:40")))
    await setup_entry(hass, young)
    assert [night["night"] for night in (await report(hass, young))["nights"]] == [
        "2026-11-16"
    ]


async def test_only_recorded_nights_are_compared(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Alex, added 3 nights ago, nothing logged: no night compared.

    A twitch back-filled 8 nights ago and a calm night answered for last night: those two
    nights, and none of the six between, which recorded nothing.
    """
    freezer.move_to(at(16, "22:45"))
    entry = await setup_entry(
        hass, sleeper_entry(added=datetime.fromisoformat(at(13, "20:00")))
    )

    async def compared() -> set[tuple[int, int]]:
        return {
            (
                item["nights_with"] + item["nights_without"],
                item["twitch_nights_with"] + item["twitch_nights_without"],
            )
            for item in (await report(hass, entry))["factors"]
            if item["factor"] in ("caffeine_after_cutoff", "wind_down_skipped")
        }

    assert await compared() == {(0, 0)}
    for service, when in (
        ("log_twitch", at(8, "23:30")),
        ("log_calm_night", at(16, "08:00")),
    ):
        await hass.services.async_call(
            DOMAIN,
            service,
            {"config_entry_id": entry.entry_id, "when": when},
            blocking=True,
        )
    assert await compared() == {(2, 1)}


async def test_typed_text_is_inert_in_the_markdown(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """A note or a name with HTML, a link or a template shows as text in a Markdown card."""
    hass.config_entries.async_update_entry(loaded, title="<b>Al</b>")
    note = (
        '<img src="https://example.invalid/x.png"> [a](https://example.invalid) {{ 1 }}'
    )
    await hass.services.async_call(
        DOMAIN,
        "log_twitch",
        {"config_entry_id": loaded.entry_id, "note": note},
        blocking=True,
    )
    markdown = (await report(hass, loaded))["markdown"]
    for unsafe in ("<img", "<b>", "](", "{{", "https://"):
        assert unsafe not in markdown
    assert markdown.startswith("## Sleep report for &lt;b&gt;Al&lt;\\/b&gt;\n")
    assert (
        '- 2026-11-16: &lt;img src\\=\\"https\\:\\/\\/example\\.invalid\\/x\\.png\\"&gt; '
        "\\[a\\]\\(https\\:\\/\\/example\\.invalid\\) \\{\\{ 1 \\}\\}"
    ) in markdown.splitlines()


async def test_measured_nights_in_the_rows(
    hass: HomeAssistant, measured: MockConfigEntry
) -> None:
    """Each leg's movements, periodicity, time asleep and PLMS index; null when absent."""
    response = await report(hass, measured, nights=7)
    assert response == json.loads(MEASURED_SNAPSHOT.read_text())
    fields = (
        "limb_movements",
        "periodic_limb_movements",
        "plm_index",
        "periodicity_index",
        "left_leg_movements",
        "right_leg_movements",
        "time_asleep_min",
        "plms_index",
    )
    rows = {
        row["night"]: tuple(row[field] for field in fields)
        for row in response["nights"]
    }
    assert rows["2026-11-15"] == (40, 40, 5.0, 0.97, 22, 18, 360, 6.7)
    assert rows["2026-11-14"] == (24, 24, 3.0, 0.96, 12, 12, None, None)
    assert rows["2026-11-13"] == (24, 24, 3.0, 1.0, None, None, 360, 4.0)
    assert rows["2026-11-12"] == (8, 8, 1.0, 1.0, None, None, None, None)
    assert rows["2026-11-11"] == (None,) * len(fields)
    assert response["columns"][-5:] == [
        "limb_movements",
        "periodic_limb_movements",
        "plm_index",
        "periodicity_index",
        "plms_index",
    ]


async def test_measured_nights_in_the_markdown(
    hass: HomeAssistant, measured: MockConfigEntry
) -> None:
    """Each leg's count in the movements' cell, the time asleep beside the PLMS index."""
    lines = (await report(hass, measured, nights=7))["markdown"].splitlines()
    head = next(line for line in lines if line.startswith("| Night |"))
    assert head.endswith(
        "| Leg movements | PLMs | PLM index | Periodicity index "
        "| PLMS index (time asleep) |"
    )
    measured_cells = {
        line[2:12]: line.split(" | ")[-5:]
        for line in lines
        if line.startswith("| 2026-")
    }
    assert measured_cells == {
        "2026-11-16": ["—", "—", "—", "—", "— |"],
        "2026-11-15": ["40 (L 22 · R 18)", "40", "5", "0.97", "6.7 (6 h 0 min) |"],
        "2026-11-14": ["24 (L 12 · R 12)", "24", "3", "0.96", "— |"],
        "2026-11-13": ["24", "24", "3", "1", "4 (6 h 0 min) |"],
        "2026-11-12": ["8", "8", "1", "1", "— |"],
        "2026-11-11": ["—", "—", "—", "—", "— |"],
        "2026-11-10": ["—", "—", "—", "—", "— |"],
    }


async def test_measured_nights_in_german(
    hass: HomeAssistant, measured: MockConfigEntry
) -> None:
    """The legs, the columns and the time asleep in the Markdown's language."""
    await hass.config.async_update(language="de")
    markdown = (await report(hass, measured, nights=7))["markdown"]
    assert (
        "| Beinbewegungen | PLMs | PLM-Index | Periodizitätsindex "
        "| PLMS-Index (Schlafdauer) |"
    ) in markdown
    assert "| 40 (L 22 · R 18) | 40 | 5 | 0.97 | 6.7 (6 Std. 0 Min.) |" in markdown


async def test_no_asleep_column_without_an_asleep_sensor(
    hass: HomeAssistant, loaded: MockConfigEntry
) -> None:
    """A journal without measurements has no leg-movement columns; its rows hold nulls."""
    response = await report(hass, loaded, nights=7)
    assert "plm_index" not in response["columns"]
    assert "plms_index" not in response["columns"]
    assert all(row["time_asleep_min"] is None for row in response["nights"])
