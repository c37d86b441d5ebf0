"""The shipped Bahasa Indonesia translation is complete, current and actually used."""

from __future__ import annotations

import ast
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QApplication

from puskesos_desktop import paths
from puskesos_desktop.ui.i18n import TsTranslator, load_translator, qt_ts_path, read_ts, ts_path

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


# ---- Qt's own texts (qt_id.ts, kept by hand: Qt ships no Indonesian qtbase) ----------------------

def _qm_messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message of a compiled Qt catalogue (.qm), read without lconvert."""
    data = path.read_bytes()
    blocks, pos = {}, 16  # after the magic number: tagged blocks (tag byte, 4-byte length)
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        blocks[tag], pos = data[pos + 5:pos + 5 + length], pos + 5 + length
    found, message, blob, pos = set(), {}, blocks[0x69], 0  # 0x69: the messages
    while pos < len(blob):
        tag, pos = blob[pos], pos + 1
        if tag == 1:  # end of a message
            found.add((message.get(7, b"").decode(), message.get(6, b"").decode()))
            message = {}
        elif tag in (2, 5):  # obsolete / hash: four bytes
            pos += 4
        else:  # translation (3), source (6), context (7), comment (8): length-prefixed
            length = struct.unpack(">I", blob[pos:pos + 4])[0]
            length = 0 if length == 0xFFFFFFFF else length
            message[tag], pos = blob[pos + 4:pos + 4 + length], pos + 4 + length
    return found


def test_every_qt_text_we_translate_is_finished():
    assert _unfinished(qt_ts_path()) == []


def test_qt_contexts_we_translate_match_the_installed_qt():
    """Each Qt context in qt_id.ts holds exactly the texts of this Qt version (German is the catalogue
    Qt ships complete): a Qt upgrade that adds, changes or drops a text fails here."""
    catalogue = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    qt = _qm_messages(catalogue)
    ours = set(read_ts(qt_ts_path()))
    contexts = {context for context, _ in ours}
    assert len(contexts) > 30
    assert sorted(k for k in qt if k[0] in contexts and k not in ours) == [], "add these to qt_id.ts"
    assert sorted(ours - qt) == [], "Qt no longer has these: drop them from qt_id.ts"


def test_our_own_file_holds_no_qt_context():
    """A Qt context in puskesos_id.ts would be shadowed by qt_id.ts (and lupdate never writes one)."""
    assert [c for c, _ in read_ts(ts_path()) if re.match(r"Q[A-Z]", c)] == []


def test_translating_does_not_use_up_none(qapp: QApplication):
    """PySide 6.12.0 passes a null disambiguation to a Python translate() as an unowned None: None's
    references run out (Python 3.11) and the application dies, at the latest when it quits."""
    translator = load_translator()
    qapp.installTranslator(translator)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            QCoreApplication.translate("QFileDialog", "&Open")
            QCoreApplication.translate("LoginDialog", "no such text")
        after = sys.getrefcount(None)
    finally:
        qapp.removeTranslator(translator)
    assert after >= before - 50  # a few are taken or given back by other code meanwhile
