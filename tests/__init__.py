"""Tests of Sleep Twitch Coach."""
