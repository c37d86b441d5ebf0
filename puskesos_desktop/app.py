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
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from . import paths
from .cli import build_parser
from .core.errors import PuskesosError
from .services.access import Access, State
from .services.container import Services, build_services
from .services.recovery_sheet import write_recovery_sheet
from .services.restore import OpenedBackup, Restore
from .settings import Settings
from .ui import background
from .ui.dialogs.crash_dialog import CrashDialog
from .ui.dialogs.first_admin_dialog import FirstAdminDialog
from .ui.dialogs.help_dialog import install_help_key
from .ui.dialogs.login_dialog import LoginDialog
from .ui.dialogs.recovery_code_dialog import RecoveryCodeDialog
from .ui.dialogs.setup_wizard import SetupWizard
from .ui.i18n import install_translator
from .ui.main_window import MainWindow

log = logging.getLogger("puskesos")
# Exception texts can carry SQL parameters or typed input (a NIK, a name): never into the log.
_SQL_PARAMETERS = re.compile(r"\[parameters:.*?\]", re.DOTALL)
_LONG_NUMBER = re.compile(r"\d{6,}")
# Python quotes the value it could not use: KeyError('Zulaikha Prameswari'), "invalid literal for
# int() with base 10: 'ZULAIKHA'". A quoted identifier ('NoneType', 'members', 'PBI_JK') is code and
# stays; anything else quoted, or a single capitalised or upper-case word (a name), goes.
_QUOTED = re.compile(r"""(['"])(.*?)\1""", re.DOTALL)
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*", re.ASCII)
_NAME_LIKE = re.compile(r"[A-Z][a-z]*|[A-Z]+")


def _scrub_quoted(match: re.Match) -> str:
    text = match.group(2)
    if _IDENTIFIER.fullmatch(text) and not _NAME_LIKE.fullmatch(text):
        return match.group(0)
    return f"{match.group(1)}…{match.group(1)}"


def scrub(text: str) -> str:
    """An exception's text without SQL parameters, long numbers (NIK, No KK) or quoted values."""
    return _QUOTED.sub(_scrub_quoted, _LONG_NUMBER.sub("…", _SQL_PARAMETERS.sub("[parameters: …]", text)))


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback (file, line and code of each frame; never the values of variables) with the
    exception text scrubbed. A chained exception's text is left out the same way: only the last one
    is reported."""
    message = scrub(str(exc))
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
        _cannot_open()
        return None


class CannotOpen(Exception):
    """The database could not be opened; the user was told."""


def _cannot_open() -> None:
    caught = sys.exc_info()
    log.error("The database could not be opened\n%s", crash_report(*caught) if caught[0] else "")
    QMessageBox.critical(None, QCoreApplication.translate("App", "Puskesos Desktop"), QCoreApplication.translate(
        "App", "The database cannot be opened. Check that the disk is not full and that the file is "
        "not opened by another program, then start the application again."))


def open_installation(access: Access, exec_dialog: Callable[[QDialog], bool] | None = None) -> Services | None:
    """The database to work on: a new encrypted one for the set-up, else unlocked by signing in
    (the operator is then signed in); a plaintext one from before encryption is converted first.
    None when the user cancels; CannotOpen (after saying so) when there is no database to work on."""
    exec_dialog = exec_dialog or _exec
    try:
        state = access.state()
        if state is State.NEW:
            return access.create()
        if state is State.SERVER:
            return build_services(access.settings)
    except Exception as exc:  # noqa: BLE001 - any failure here means there is no database to work on
        _cannot_open()
        raise CannotOpen from exc
    if state is State.PLAINTEXT:
        return _encrypt(access, exec_dialog)
    dialog = LoginDialog(access.sign_in, access.office_name(), recovery=access.sign_in_with_recovery)
    return dialog.signed_in if exec_dialog(dialog) else None


def _encrypt(access: Access, exec_dialog: Callable[[QDialog], bool]) -> Services | None:
    """The first start after the upgrade: an admin signs in, sees the recovery code, the file is converted."""
    dialog = LoginDialog(access.prepare_upgrade, note=QCoreApplication.translate(
        "App", "This version encrypts the data on this laptop. An administrator signs in once; the conversion "
        "takes a moment and nothing is lost if it is interrupted."))
    if not exec_dialog(dialog):
        return None
    plan = dialog.signed_in
    if code := plan.recovery_code:
        exec_dialog(RecoveryCodeDialog(code, sheet=lambda out: write_recovery_sheet(code, plan.office, out)))
    progress, step = _modal_progress(QCoreApplication.translate("App", "Encrypting the database…"),
                                     QCoreApplication.translate("App", "Cancel"), 300)
    try:
        return access.convert(plan, step)
    except PuskesosError as exc:  # cancelled, or the copy failed its check: the plaintext file is untouched
        QMessageBox.warning(None, QCoreApplication.translate("App", "Puskesos Desktop"), str(exc))
        return None
    finally:
        progress.close()


def _modal_progress(label: str, cancel: str | None, shown_after_ms: int) -> tuple[QProgressDialog, Callable]:
    """A progress dialog over everything, for work done on the GUI thread before or after the window
    (no window is there to be modal to), and its `progress(fraction) -> go on?` callback."""
    progress = QProgressDialog(label, cancel or "", 0, 100)
    if cancel is None:
        progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(shown_after_ms)

    def step(fraction: float) -> bool:
        progress.setValue(int(fraction * 100))
        QCoreApplication.processEvents()
        return not progress.wasCanceled()

    return progress, step


def _exec(dialog: QDialog) -> bool:
    return bool(dialog.exec())


class RestoreRequested(Exception):
    """The set-up wizard or Pengaturan chose a backup to restore (verified and unlocked): the window
    and the database close, app.py restores it, and the installation is opened again."""

    def __init__(self, opened: OpenedBackup) -> None:
        super().__init__("restore requested")
        self.opened = opened


def start_session(services: Services, exec_dialog: Callable[[QDialog], bool] | None = None) -> MainWindow | None:
    """Set-up when needed, the first administrator when missing, sign-in; None when the user cancels.
    RestoreRequested when the set-up wizard chose "Pulihkan dari cadangan" instead."""
    exec_dialog = exec_dialog or _exec
    if not services.setup.is_initialized():
        restore = Restore(services.backups.settings) if services.backups.available else None
        wizard = SetupWizard(services.setup, services.operators, sync=services.sync, restore=restore)
        if not exec_dialog(wizard):
            if wizard.restore_request is not None:
                raise RestoreRequested(wizard.restore_request)
            return None
    if not services.operators.has_operators() and not exec_dialog(FirstAdminDialog(services.operators)):
        return None
    if services.keyring is not None and (code := services.keyring.take_recovery_code()):
        # A new installation: the code is shown once, now.
        exec_dialog(RecoveryCodeDialog(code, sheet=lambda out: services.setup.recovery_sheet(code, out)))
    office = services.setup.office()
    if services.operators.current is None and not exec_dialog(LoginDialog(services.operators, office.name if office else "")):
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
    access = Access(settings)
    while True:
        try:
            services = open_installation(access)
        except CannotOpen:
            return 1
        if services is None:
            return 0
        keyring = services.keyring
        current_key = keyring.data_key if keyring is not None and not keyring.setting_up else None
        try:
            return run_sessions(app, services)
        except RestoreRequested as request:
            opened = request.opened
        finally:
            background.finish_all()
            services.close()
            access.discard_if_unfinished(services)
        restore_backup(access, opened, current_key)  # then the installation opens again: sign in


def restore_backup(access: Access, opened: OpenedBackup, current_key: bytes | None) -> bool:
    """The chosen backup replaces the database (the window and the services are closed), with progress."""
    title = QCoreApplication.translate("App", "Puskesos Desktop")
    # No Cancel: from the swap on it must run to its end, and before it, it is quick.
    progress, step = _modal_progress(QCoreApplication.translate("App", "Restoring the database…"), None, 0)
    try:
        done = Restore(access.settings).restore(opened, current_key=current_key, progress=step)
    except PuskesosError as exc:
        log.warning("Restore refused: %s", type(exc).__name__)
        QMessageBox.warning(None, title, str(exc))
        return False
    finally:
        progress.close()
    QMessageBox.information(None, title, QCoreApplication.translate(
        "App", "The database was restored from %1. Sign in with the password you had when the backup was made "
        "(or the recovery code of that time).").replace("%1", done.backup.file))
    return True


def back_up_on_closing(services: Services) -> None:
    """The daily backup (issue 11 §1): on closing the window, at most once a day, with progress."""
    if not services.backups.available or not services.setup.is_initialized():
        return
    progress, step = _modal_progress(QCoreApplication.translate("App", "Making today's backup…"),
                                     QCoreApplication.translate("App", "Skip"), 400)
    try:
        services.backups.daily_if_due(step)
    except (PuskesosError, OSError) as exc:  # skipped (made at the next close), or the disk is full: quit anyway
        if not progress.wasCanceled():
            log.warning("Daily backup failed: %s", type(exc).__name__)
            reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
            QMessageBox.warning(None, QCoreApplication.translate("App", "Puskesos Desktop"), QCoreApplication.translate(
                "App", "Today's backup could not be made: %1").replace("%1", reason))
    finally:
        progress.close()


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
        logged_out, restore_request = window.logged_out, window.restore_request
        end_session(services, window)
        if restore_request is not None:
            raise RestoreRequested(restore_request)
        back_up_on_closing(services)
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
