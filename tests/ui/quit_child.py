"""The child process of tests/ui/test_quit.py: the real `app.run_window`, its real event loop and the
interpreter's own exit, so a crash on quitting shows as the exit status (a segfault or an abort at
exit is nothing pytest could catch in its own process).

    python -m tests.ui.quit_child PLAN.json

PLAN: {"db": path, "folder": path, "seeded": {Seeded fields}, "logins": [[user, password], ...],
       "quit": "keys" | "close", "rounds": times the areas are visited (1)}

Each sign-in takes the next login (none left: sign-in is cancelled, which quits). The first session
visits every area with Ctrl+1…9, searches, opens every dialog of tests/ui/every_window.py parented
to the window, the window's own dialogs (overdue list and its printout, find by code, a letter
preview, a referral), starts background jobs, then logs out with Ctrl+Shift+L while they run. The
next session visits the areas as the other operator and quits with Ctrl+Q (or the window's close).
Prints one JSON line on stdout; any Python error is printed on stderr and makes the exit status 1.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from puskesos_desktop import app as app_module
from puskesos_desktop import paths
from puskesos_desktop.ui import background
from puskesos_desktop.ui.dialogs.login_dialog import LoginDialog
from puskesos_desktop.ui.main_window import MainWindow

from tests.ui.every_window import WINDOWS, Installations, Seeded

errors: list[str] = []
sessions: list[dict] = []


def _hook(exc_type, exc, tb) -> None:
    errors.append("".join(traceback.format_exception(exc_type, exc, tb)))
    sys.stderr.write(errors[-1])


def _later(ms: int, fn) -> None:
    QTimer.singleShot(ms, fn)


def _close_modal_soon() -> None:
    """The dialog about to be exec()'d is dismissed as soon as it is up."""
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            _later(50, close)

    _later(100, close)


def _keys(window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    if QApplication.activeWindow() is not window:  # offscreen loses it when a page builds a menu
        _activate(window)
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)
    QTest.qWait(30)


def _wait_for(condition, ms: int) -> bool:
    deadline = time.monotonic() + ms / 1000
    while not condition() and time.monotonic() < deadline:
        QTest.qWait(10)
    return bool(condition())


def _activate(window: MainWindow) -> bool:
    window.raise_()
    window.activateWindow()
    return _wait_for(lambda: QApplication.activeWindow() is window, 3000)


def _visit_areas(window: MainWindow, record: dict) -> None:
    for index in range(len(window.areas)):
        _keys(window, Qt.Key(Qt.Key.Key_1 + index))
        if window.nav.currentRow() != index:  # the shortcut did not arrive (no active window)
            record["missed_keys"] += 1
            window.show_area(index)
        QTest.qWait(20)
        record["areas"].append(window.current_area())


def _every_dialog(window: MainWindow, bundle: Installations, record: dict) -> None:
    for name, factory in WINDOWS:
        if name.startswith("main window"):
            continue
        try:
            dialog = factory(bundle)
        except ImportError:  # an older tree without that dialog (a before-and-after comparison)
            continue
        dialog.setParent(window, dialog.windowFlags())  # as the application opens them: owned by the window
        dialog.show()
        QTest.qWait(15)
        dialog.close()
        record["dialogs"].append(name)


def _busy(progress, _cancelled) -> int:
    """Python at work on a pool thread for 0.3 s, not cancellable (as writing a bundle is)."""
    deadline, n = time.monotonic() + 0.3, 0
    while time.monotonic() < deadline:
        n += sum(range(500))
        progress(n % 100, 100)
    return n


def _window_dialogs(window: MainWindow, record: dict) -> None:
    window.show_area(0)
    home = window.home_page
    home.open_overdue()  # non-modal, kept by the page
    QTest.qWait(50)
    _close_modal_soon()
    window.print_overdue()  # the PDF preview of the list, exec()'d
    home.overdue_dialog.close()
    home.open_find_referral()
    QTest.qWait(50)
    home.find_dialog.close()
    referrals = window.areas.index(window.tr("Referrals"))
    window.show_area(referrals)
    page = window.page(referrals)
    page.table.setCurrentIndex(page.model.index(0, 0))
    _close_modal_soon()
    page.show_letter()  # the letter preview (QPdfDocument), exec()'d
    _close_modal_soon()
    window.refer()  # the referral dialog, exec()'d
    record["dialogs"] += ["overdue", "overdue printout", "find by code", "letter preview", "referral"]
    # Work still running when the session ends: the batch print, cancelled with Esc on its progress
    # dialog a moment before (it may not have stopped yet), and a job that cannot be cancelled.
    page.print_all_approved()
    if page.progress is not None:
        QTest.keyClick(page.progress, Qt.Key.Key_Escape)
    background.run_in_background(_busy, lambda _r: None, lambda _e: None, lambda _done, _total: None)
    record["jobs_at_end"] = getattr(background, "running", lambda: None)()


def _end(window: MainWindow, record: dict, keys: tuple, fallback) -> None:
    if keys:
        _keys(window, *keys)
        if window.isVisible():
            record["missed_keys"] += 1
            record["blocked_by"] = type(QApplication.activeModalWidget()).__name__
    if window.isVisible():
        fallback()


def _drive(window: MainWindow, bundle: Installations, plan: dict) -> None:
    record = {"areas": [], "dialogs": [], "missed_keys": 0}
    sessions.append(record)
    try:
        who = window._services.operators.current
        record.update(user=who.username, role=str(who.role), active=_activate(window))
        for _round in range(plan.get("rounds", 1)):
            _visit_areas(window, record)
        if len(sessions) == 1:
            _keys(window, Qt.Key.Key_F)  # the Warga search
            QTest.keyClicks(QApplication.focusWidget() or window, "siti")
            QTest.qWait(400)
            _every_dialog(window, bundle, record)
            _window_dialogs(window, record)
            _activate(window)
            record["ended"] = "log out"
            ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            _end(window, record, (Qt.Key.Key_L, ctrl_shift), getattr(window, "log_out", window.close))
        elif plan["quit"] == "keys":
            record["ended"] = "ctrl+q"
            _end(window, record, (Qt.Key.Key_Q,), window.close)
        else:
            record["ended"] = "close"
            _end(window, record, (), window.close)
    except Exception:  # noqa: BLE001 - reported, and the window still closes so the process ends
        _hook(*sys.exc_info())
        window.close()


def main(plan_file: str) -> int:
    plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    folder = Path(plan["folder"])
    paths.data_dir = lambda: folder  # window.ini
    paths.log_dir = lambda: folder
    app_module.make_excepthook = lambda _log_file: _hook  # no crash dialog: it would wait for a person
    logins = list(plan["logins"])

    def exec_dialog(dialog: QDialog) -> bool:
        if not isinstance(dialog, LoginDialog):
            errors.append(f"unexpected {type(dialog).__name__}")
            return False
        if not logins:
            return False  # cancelled: the application quits
        user, password = logins.pop(0)
        dialog.show()
        QTest.keyClicks(dialog.username, user)
        QTest.keyClicks(dialog.password, password)
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)
        if dialog.result() != QDialog.DialogCode.Accepted:
            errors.append(f"sign-in as {user} failed: {dialog.message.text()}")
            return False
        _later(0, lambda: _start_driving(plan, folder))
        return True

    app_module._exec = exec_dialog
    code = app_module.run_window(["--db", plan["db"]])
    print(json.dumps({"code": code, "sessions": sessions, "errors": errors}), flush=True)
    return 1 if errors else code


def _start_driving(plan: dict, folder: Path) -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    bundle = Installations(window._services, None, folder, Seeded(**plan["seeded"]))
    _drive(window, bundle, plan)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
