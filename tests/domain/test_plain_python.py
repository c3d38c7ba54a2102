"""The domain modules are plain Python: Home Assistant is only the shell around them."""

from __future__ import annotations

import ast
from pathlib import Path
import sys

import pytest

PACKAGE = Path(__file__).parents[2] / "custom_components" / "sleep_twitch_coach"
# The rules of the articles and the journal, tested directly and fast.
DOMAIN_MODULES = (
    "checklist",
    "events",
    "export",
    "files",
    "journal",
    "languages",
    "limb_movements",
    "measured_nights",
    "months",
    "nights",
    "report",
    "report_output",
    "report_texts",
    "status",
    "wind_down",
)


def imported(module: str) -> list[tuple[int, str]]:
    """Return what a module imports: (level, name), level 1 for `from .x import`."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text())
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(0, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.level, node.module or ""))
    return found


@pytest.mark.parametrize("module", DOMAIN_MODULES)
def test_a_domain_module_imports_only_the_standard_library_and_the_domain(
    module: str,
) -> None:
    """No Home Assistant, no third-party package; only other domain modules of the coach."""
    for level, name in imported(module):
        if level:
            assert name in DOMAIN_MODULES, f"{module} imports .{name}"
        else:
            root = name.split(".")[0]
            assert root == "__future__" or root in sys.stdlib_module_names, (
                f"{module} imports {name}"
            )
