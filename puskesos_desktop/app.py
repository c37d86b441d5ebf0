"""Composition root of the window: settings → Qt → services → set-up / sign-in → main window.

A session is sign-in, then the main window until it closes; logging out ("Keluar akun / Ganti
operator") closes the window the same way quitting does and signs in again. Teardown order
(docs/decisions.md, "Quitting"): background jobs finished, the window deleted while Qt is still
there, the operator logged out; the database is closed last.
"""

from __future__ import annotations

import gc
import logging
import re
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from . import paths
from .cli import build_parser
from .services.container import Services, build_services
from .settings import Settings
from .ui import background
from .ui.dialogs.crash_dialog import CrashDialog
from .ui.dialogs.first_admin_dialog import FirstAdminDialog
from .ui.dialogs.help_dialog import install_help_key
from .ui.dialogs.login_dialog import LoginDialog
from .ui.dialogs.setup_wizard import SetupWizard
from .ui.i18n import install_translator
from .ui.main_window import MainWindow

log = logging.getLogger("puskesos")
# Exception texts can carry SQL parameters or typed input (a NIK, a name): never into the log.
_SQL_PARAMETERS = re.compile(r"\[parameters:.*?\]", re.DOTALL)
_LONG_NUMBER = re.compile(r"\d{6,}")


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback with the exception text scrubbed of SQL parameters and long numbers."""
    message = _LONG_NUMBER.sub("…", _SQL_PARAMETERS.sub("[parameters: …]", str(exc)))
    frames = "".join(traceback.format_tb(tb))
    return f"Traceback (most recent call last):\n{frames}{exc_type.__module__}.{exc_type.__qualname__}: {message}\n"


def _show_crash(report: str, log_file: Path) -> None:
    if QApplication.instance() is not None:
        CrashDialog(report, str(log_file), QApplication.activeWindow()).exec()


def make_excepthook(log_file: Path, show: Callable[[str, Path], None] = _show_crash):
    """One hook for every unexpected error: log it, then show the copyable report."""
    showing = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal showing
        report = crash_report(exc_type, exc, tb)
        log.error("Unexpected error\n%s", report)
        if showing:  # an error inside the crash dialog must not open another one
            return
        showing = True
        try:
            show(report, log_file)
        finally:
            showing = False

    return hook


def _setup_logging() -> Path:
    log_file = paths.log_dir() / "puskesos.log"
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(log_file) for h in root.handlers):
        return log_file
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def open_services(settings: Settings) -> Services | None:
    try:
        return build_services(settings)
    except Exception:  # noqa: BLE001 - any failure here means there is no database to work on
        log.exception("The database could not be opened")
        QMessageBox.critical(None, QCoreApplication.translate("App", "Puskesos Desktop"), QCoreApplication.translate(
            "App", "The database cannot be opened. Check that the disk is not full and that the file is "
            "not opened by another program, then start the application again."))
        return None


def _exec(dialog: QDialog) -> bool:
    return bool(dialog.exec())


def start_session(services: Services, exec_dialog: Callable[[QDialog], bool] | None = None) -> MainWindow | None:
    """Set-up when needed, the first administrator when missing, sign-in; None when the user cancels."""
    exec_dialog = exec_dialog or _exec
    if not services.setup.is_initialized() and not exec_dialog(SetupWizard(services.setup, services.operators, sync=services.sync)):
        return None
    if not services.operators.has_operators() and not exec_dialog(FirstAdminDialog(services.operators)):
        return None
    office = services.setup.office()
    if not exec_dialog(LoginDialog(services.operators, office.name if office else "")):
        return None
    return MainWindow(services)


def run_window(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings.from_args(args.db, args.db_url)
    log_file = _setup_logging()
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(paths.APP_NAME)
    install_translator(app)
    install_help_key(app)  # F1 in every window, from the set-up wizard on
    sys.excepthook = make_excepthook(log_file)
    services = open_services(settings)
    if services is None:
        return 1
    try:
        return run_sessions(app, services)
    finally:
        background.finish_all()
        services.close()


def run_sessions(app: QApplication, services: Services, exec_dialog: Callable[[QDialog], bool] | None = None) -> int:
    """Sign-in and the main window, again after each log-out; the exit code of the last event loop
    (0 when sign-in is cancelled)."""
    while True:
        window = start_session(services, exec_dialog)
        if window is None:
            return 0
        window.remember_geometry(QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat))
        # After the modal sign-in closes, some systems leave no window focused: keys would go nowhere.
        window.raise_()
        window.activateWindow()
        code = app.exec()
        logged_out = window.logged_out
        end_session(services, window)
        if not logged_out:
            return code


def end_session(services: Services, window: MainWindow) -> None:
    """The window, its pages, models, dialogs and PDF documents are deleted now, while the
    QApplication and the database are still there, not by the interpreter's last collection."""
    window.close()  # a no-op after Ctrl+Q, the close button or a log-out
    background.finish_all()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # Python-owned Qt objects in reference cycles (parentless timers, jobs) go now too
    services.operators.logout()
