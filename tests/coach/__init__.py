"""Tests of the plain-Python domain logic, without Home Assistant."""
