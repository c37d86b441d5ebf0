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
