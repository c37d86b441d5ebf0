"""The dependency rule of DESIGN.md §2, checked by a machine (STYLE.md §1)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "puskesos_desktop"
QT_FREE = ("core", "db", "sync", "reports", "services")


def test_import_linter_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout and "KEPT" in done.stdout


def _imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", QT_FREE)
def test_no_qt_below_the_ui(layer):
    """Also inside functions and under TYPE_CHECKING, which a forgetful contract could miss."""
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for module in _imported_modules(path)
        if module == "PySide6" or module.startswith(("PySide6.", "shiboken6"))
    ]
    assert offenders == []


def test_the_qt_free_layers_exist():
    assert all((PACKAGE / layer / "__init__.py").exists() for layer in QT_FREE)
