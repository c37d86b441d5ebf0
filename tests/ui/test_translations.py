"""The shipped Bahasa Indonesia translation is complete, current and actually used."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from puskesos_desktop import paths
from puskesos_desktop.ui.i18n import TsTranslator, read_ts, ts_path

SOURCES = [Path(paths.__file__).parent / "ui", Path(paths.__file__).parent / "app.py"]
_LITERAL = r"""("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
# tr("…") and translate("Context", "…") with a one-piece literal, wherever it stands (even in an f-string).
_CALLS = (re.compile(r"\btr\(\s*" + _LITERAL + r"\s*[,)]"),
          re.compile(r"\btranslate\(\s*" + _LITERAL + r"\s*,\s*" + _LITERAL + r"\s*[,)]"))


def _unfinished(path: Path) -> list[str]:
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            text = (translation.text or "").strip() if translation is not None else ""
            if kind in {"unfinished", "obsolete", "vanished", "missing"} or not text:
                problems.append(f"{name}: {message.findtext('source')!r} ({kind or 'empty'})")
    return problems


def _lupdate(ts_file: Path) -> None:
    """Runs the PySide6 lupdate (the pyside6-lupdate tool) over the ui sources into `ts_file`."""
    code = "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())"
    args = ["-extensions", "py", "-locations", "none", *map(str, SOURCES), "-ts", str(ts_file)]
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)


def test_every_entry_of_the_shipped_file_is_translated():
    assert _unfinished(ts_path()) == []


def test_every_tr_string_in_the_sources_has_a_finished_translation(tmp_path):
    fresh = tmp_path / "puskesos_id.ts"
    shutil.copy(ts_path(), fresh)
    _lupdate(fresh)
    assert _unfinished(fresh) == [], "run pyside6-lupdate (see docs/decisions.md) and translate the new strings"


def test_no_translation_is_kept_for_a_string_the_sources_no_longer_have(tmp_path):
    fresh = tmp_path / "puskesos_id.ts"
    shutil.copy(ts_path(), fresh)
    _lupdate(fresh)
    current = {k for k in read_ts(fresh)}
    shipped = set(read_ts(ts_path()))
    assert shipped - current == set()


def _literal_calls() -> list[tuple[str, str]]:
    files = [f for src in SOURCES for f in ([src] if src.is_file() else sorted(src.rglob("*.py")))]
    found = []
    for file in files:
        text = file.read_text(encoding="utf-8")
        for pattern in _CALLS:
            for match in pattern.finditer(text):
                found.append((file.name, ast.literal_eval(match.group(match.lastindex))))
    return found


def test_no_tr_call_is_hidden_from_lupdate():
    """lupdate does not look inside f-strings; a tr() there would stay English."""
    calls = _literal_calls()
    assert len(calls) > 100
    translated = {source for _, source in read_ts(ts_path())}
    assert [(f, s) for f, s in calls if s not in translated] == []


@pytest.fixture
def indonesian(qapp: QApplication):
    translator = TsTranslator(read_ts(ts_path()))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_windows_speak_indonesian(qtbot, indonesian, services):
    from puskesos_desktop.ui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(services.operators)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Masuk"
    assert dialog.sign_in_button.text() == "Masuk"


def test_a_string_defined_in_a_base_class_is_translated_in_the_subclass(qtbot, indonesian, services):
    from puskesos_desktop.ui.dialogs.operator_dialog import OperatorDialog

    dialog = OperatorDialog(services.operators)
    qtbot.addWidget(dialog)
    assert dialog.save_button.text() == "Simpan"
