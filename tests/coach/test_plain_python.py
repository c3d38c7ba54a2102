"""The coach's rules are plain Python: Home Assistant is only the shell around them."""

from __future__ import annotations

import ast
from pathlib import Path
import sys

import pytest

COACH = Path(__file__).parents[2] / "custom_components" / "sleep_twitch_coach" / "coach"
MODULES = sorted(COACH.rglob("*.py"))


def imported(path: Path) -> list[tuple[int, str]]:
    """Return what a module imports: (level, name), level 1 for `from .x import`."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [(0, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.level, node.module or ""))
    return found


def test_the_package_holds_the_rules() -> None:
    """The walk below finds the modules (an empty walk would check nothing)."""
    names = {path.relative_to(COACH).as_posix() for path in MODULES}
    assert {
        "journal.py",
        "checklist.py",
        "limbs/scoring.py",
        "report/model.py",
    } <= names


@pytest.mark.parametrize(
    "path", MODULES, ids=lambda path: path.relative_to(COACH).as_posix()
)
def test_a_rule_module_imports_only_the_standard_library_and_the_package(
    path: Path,
) -> None:
    """No Home Assistant, no third-party package, nothing of the shell above `coach/`."""
    depth = len(path.relative_to(COACH).parts) - 1
    for level, name in imported(path):
        if level:
            assert level <= depth + 1, f"{path.name} imports {'.' * level}{name}"
        else:
            root = name.split(".")[0]
            assert root == "__future__" or root in sys.stdlib_module_names, (
                f"{path.name} imports {name}"
            )
