"""Unexpected errors: logged without personal data, and shown once with a copyable report."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from puskesos_desktop import app as app_module
from puskesos_desktop import paths
from puskesos_desktop.ui.dialogs.crash_dialog import CrashDialog

from tests.plaintext_scan import PEOPLE, leaks_in

NIK = "3201051204850001"
# What SQLAlchemy puts in an IntegrityError: the statement's parameters, i.e. typed personal data.
MESSAGE = "(sqlite3.IntegrityError) UNIQUE failed [parameters: ('" + NIK + "', 'SITI AMINAH')] nik " + NIK


@pytest.fixture
def log_file(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path)
    path = app_module._setup_logging()
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


def _raise_with_personal_data():
    raise RuntimeError(MESSAGE)


def _caught() -> tuple:
    try:
        _raise_with_personal_data()
    except RuntimeError:
        return sys.exc_info()


def test_hook_logs_the_traceback_without_personal_data_and_shows_it(log_file):
    shown = []
    hook = app_module.make_excepthook(log_file, show=lambda report, path: shown.append((report, path)))
    hook(*_caught())
    logged = log_file.read_text(encoding="utf-8")
    assert "_raise_with_personal_data" in logged and "builtins.RuntimeError" in logged
    assert NIK not in logged and "SITI AMINAH" not in logged
    assert len(shown) == 1 and NIK not in shown[0][0] and shown[0][1] == log_file


def test_an_error_while_showing_the_report_does_not_open_another(log_file):
    shown = []
    hook = None

    def show(report, path):
        shown.append(report)
        hook(*_caught())  # the crash dialog itself fails

    hook = app_module.make_excepthook(log_file, show=show)
    hook(*_caught())
    assert len(shown) == 1
    assert log_file.read_text(encoding="utf-8").count("Unexpected error") == 2


def test_crash_dialog_copies_the_report_with_enter(qtbot):
    dialog = CrashDialog("Traceback (most recent call last):\nValueError: boom\n", "/tmp/puskesos.log")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.report.isReadOnly()
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "Traceback (most recent call last):\nValueError: boom\n"
    assert dialog.isVisible() and dialog.copy_button.text() == "Copied"
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Escape)


# ---- issue 10 §4: names too, wherever Python puts the value it choked on -------------------------
def _fails(kind: str) -> None:
    nik, name = PEOPLE[1][0], PEOPLE[1][1]  # locals: a traceback's frames never show their values
    households = {nik: name}
    if kind == "key":
        raise KeyError(name)
    if kind == "literal":
        int(name)  # ValueError: invalid literal for int() with base 10: '<the name>'
    if kind == "word":
        raise LookupError(f"no household for {name.split()[0].upper()!r}")
    raise RuntimeError(f"{households!r} changed")  # "{'<the NIK>': '<the name>'} changed"


@pytest.mark.parametrize("kind", ["key", "literal", "word", "dict"])
def test_a_name_or_a_nik_in_the_message_or_the_locals_never_reaches_the_log(log_file, kind):
    try:
        _fails(kind)
    except Exception:  # noqa: BLE001
        caught = sys.exc_info()
    shown = []
    app_module.make_excepthook(log_file, show=lambda report, path: shown.append(report))(*caught)
    logged = log_file.read_text(encoding="utf-8")
    assert "_fails" in logged and caught[0].__qualname__ in logged
    assert leaks_in(logged.encode()) == [] and leaks_in(shown[0].encode()) == []


def test_code_quoted_in_a_message_stays_readable():
    report = app_module.crash_report(*_caught_from(AttributeError("'NoneType' object has no attribute 'members'")))
    assert "'NoneType' object has no attribute 'members'" in report
    assert app_module.scrub("unknown code 'PBI_JK' in 'person.nik'") == "unknown code 'PBI_JK' in 'person.nik'"


def _caught_from(exc: BaseException) -> tuple:
    try:
        raise exc
    except BaseException:  # noqa: BLE001
        return sys.exc_info()


def test_a_database_that_cannot_be_opened_is_logged_scrubbed(log_file, monkeypatch):
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda *args: None)
    try:
        raise RuntimeError(MESSAGE)
    except RuntimeError:
        app_module._cannot_open()
    logged = log_file.read_text(encoding="utf-8")
    assert "The database could not be opened" in logged and "builtins.RuntimeError" in logged
    assert NIK not in logged and "SITI AMINAH" not in logged
