"""End-to-end checks against Home Assistant running as a separate process."""
