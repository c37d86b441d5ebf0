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


# The clock: one place reads it (core/clock.py), so tests can fix it and every layer agrees on
# "today" (issue 9: a timeline that mixed the real clock with a test's date broke on 27 November).
_CLOCK_READS = ("date.today", "datetime.now", "datetime.utcnow", "datetime.today", "QDate.currentDate",
                "QDateTime.currentDateTime", "time.localtime", "time.strftime")


def _clock_reads(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Attribute):
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if f"{name}.{node.attr}" in _CLOCK_READS:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}.{node.attr}")
    return found


def test_only_the_clock_module_reads_the_clock():
    offenders = [hit for path in sorted(PACKAGE.rglob("*.py")) if path != PACKAGE / "core" / "clock.py"
                 for hit in _clock_reads(path)]
    assert offenders == [], "use puskesos_desktop.core.clock (today, now, now_utc, local_date)"


def test_tests_do_not_read_the_real_clock_either():
    """A test works with the fixed clock (`today` fixture, `clock.today()`), never the day it runs on."""
    allowed = {ROOT / "tests" / "core" / "test_dates_ids.py"}  # UUIDv7 ids carry the real time by design
    offenders = [hit for path in sorted((ROOT / "tests").rglob("*.py")) if path not in allowed
                 for hit in _clock_reads(path)]
    assert offenders == []
