"""Constants for Sleep Twitch Coach."""

from __future__ import annotations

import logging
from typing import Final

DOMAIN: Final = "sleep_twitch_coach"
LOGGER = logging.getLogger(__package__)

CONF_TEMPERATURE_SENSOR: Final = "temperature_sensor"
CONF_TARGET_TEMPERATURE: Final = "target_temperature"
CONF_TEMPERATURE_TOLERANCE: Final = "temperature_tolerance"
CONF_BEDTIME: Final = "bedtime"
CONF_WAKE_TIME: Final = "wake_time"
CONF_CAFFEINE_CUTOFF: Final = "caffeine_cutoff"
CONF_EXERCISE_BUFFER: Final = "exercise_buffer"
CONF_RETENTION_NIGHTS: Final = "retention_nights"
CONF_USER: Final = "user"
CONF_MOVEMENT_SENSOR: Final = "movement_sensor"
CONF_LEFT_LEG_SENSOR: Final = "left_leg_sensor"
CONF_RIGHT_LEG_SENSOR: Final = "right_leg_sensor"
CONF_BED_SENSOR: Final = "bed_sensor"
CONF_ASLEEP_SENSOR: Final = "asleep_sensor"
CONF_PLM_RULE: Final = "plm_rule"

ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
ATTR_WHEN: Final = "when"
ATTR_WOKE_UP: Final = "woke_up"
ATTR_BODY_PARTS: Final = "body_parts"
ATTR_NOTE: Final = "note"
ATTR_AMOUNT_MG: Final = "amount_mg"
ATTR_INTENSITY: Final = "intensity"
ATTR_DURATION_MIN: Final = "duration_min"
ATTR_SYMPTOM: Final = "symptom"
ATTR_KIND: Final = "kind"
ATTR_ENTRY: Final = "entry"
ATTR_FACTOR: Final = "factor"
ATTR_AMOUNT: Final = "amount"
ATTR_CHANGE: Final = "change"
ATTR_KEEP: Final = "keep"
ATTR_COMPARE_NIGHTS: Final = "compare_nights"
# The checklist's criteria met, with their evidence (an entity attribute).
ATTR_CRITERIA: Final = "criteria"

# Fired on the bus for every logged event, so automations can react.
EVENT_LOGGED: Final = f"{DOMAIN}_event"
# Sent inside Home Assistant with a sleeper's coordinator whenever its figures change; the
# panel's subscriptions follow it, across reloads of the sleeper.
SIGNAL_UPDATED: Final = f"{DOMAIN}_updated_{{}}"
# Sent when a sleeper is removed, so that open panels stop following them.
SIGNAL_REMOVED: Final = f"{DOMAIN}_removed_{{}}"

CONF_TWITCH_NIGHTS_THRESHOLD: Final = "twitch_nights_threshold"
CONF_WOKE_NIGHTS_THRESHOLD: Final = "woke_nights_threshold"
CONF_DOCTOR_CRITERIA_THRESHOLD: Final = "doctor_criteria_threshold"
CONF_CUSTOM_FACTORS: Final = "custom_factors"
ATTR_NIGHTS: Final = "nights"

# A sleeper's name names the device and every entity: long enough for a person's name.
NAME_MAX_LENGTH = 50
