"""The coach's rules in plain Python: no Home Assistant import (a test checks every module)."""
