"""Limb movements measured by a sensor: the published scoring rules and measured nights."""
