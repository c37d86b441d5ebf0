"""Start-up: set-up wizard or first admin when needed, then sign-in, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from puskesos_desktop import app as app_module
from puskesos_desktop import paths
from puskesos_desktop.core.codes import Mode
from puskesos_desktop.core.model import OfficeDraft
from puskesos_desktop.ui.dialogs.first_admin_dialog import FirstAdminDialog
from puskesos_desktop.db import cipher
from puskesos_desktop.ui.dialogs.login_dialog import LoginDialog
from puskesos_desktop.ui.dialogs.recovery_code_dialog import RecoveryCodeDialog
from puskesos_desktop.ui.dialogs.setup_wizard import SetupWizard
from puskesos_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, DESA_CODE


class KeyboardUser:
    """Stands in for `QDialog.exec`: fills each dialog by keyboard and records which ones appeared."""

    def __init__(self, qtbot, login=("admin", ADMIN_PASSWORD), cancel=()) -> None:
        self.qtbot, self.login, self.cancel, self.seen = qtbot, login, cancel, []
        self.recovery_codes: list[str] = []
        self.printable: list[bool] = []  # whether each recovery code dialog offered its sheet

    def __call__(self, dialog) -> bool:
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.seen.append(type(dialog))
        if type(dialog) in self.cancel:
            self.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        elif isinstance(dialog, FirstAdminDialog):
            self._type(dialog.form.username, "kader")
            self._type(dialog.form.password, "sandi-kader-1")
            self._type(dialog.form.password_again, "sandi-kader-1", enter=True)
        elif isinstance(dialog, RecoveryCodeDialog):
            self.recovery_codes.append(dialog.code.text())
            self.printable.append(dialog.print_button.isVisible())
            self.qtbot.keyClick(dialog.written, Qt.Key.Key_Space)
            self.qtbot.keyClick(dialog, Qt.Key.Key_Return)
        elif isinstance(dialog, LoginDialog):
            self._type(dialog.username, self.login[0])
            self._type(dialog.password, self.login[1], enter=True)
        return dialog.result() == 1

    def _type(self, field, text, enter=False) -> None:
        self.qtbot.keyClicks(field, text)
        if enter:
            self.qtbot.keyClick(field, Qt.Key.Key_Return)


def test_set_up_installation_goes_straight_to_sign_in_and_the_main_window(qtbot, services):
    user = KeyboardUser(qtbot)
    window = app_module.start_session(services, user)
    qtbot.addWidget(window)
    assert user.seen == [LoginDialog]
    assert isinstance(window, MainWindow)
    assert window.areas == ["Home", "Residents", "Needs & complaints", "Referrals", "Outgoing letters", "Send/receive",
                            "Settings", "Audit log"]
    assert "Admin Desa (admin)" in window.operator_label.text()
    assert "Puskesos Bojong Koneng" in window.operator_label.text()


def test_new_installation_opens_the_wizard_and_cancelling_saves_nothing(qtbot, empty_services):
    user = KeyboardUser(qtbot, cancel=(SetupWizard,))
    assert app_module.start_session(empty_services, user) is None
    assert user.seen == [SetupWizard]
    assert not empty_services.setup.is_initialized()


def test_installation_without_operators_asks_for_the_first_admin(qtbot, empty_services):
    empty_services.setup.initialize(OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos Bojong Koneng"))
    user = KeyboardUser(qtbot, login=("kader", "sandi-kader-1"))
    window = app_module.start_session(empty_services, user)
    qtbot.addWidget(window)
    assert user.seen == [FirstAdminDialog, LoginDialog]
    assert empty_services.operators.current.username == "kader"


def test_first_admin_problems_are_inline_and_nothing_is_saved(qtbot, empty_services):
    empty_services.setup.initialize(OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos Bojong Koneng"))
    dialog = FirstAdminDialog(empty_services.operators)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.username, "kader")
    qtbot.keyClicks(dialog.form.password, "sandi-kader-1")
    qtbot.keyClicks(dialog.form.password_again, "sandi-kader-2")
    qtbot.keyClick(dialog.form.password_again, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.form.messages["password_again"].isVisible()
    assert not empty_services.operators.has_operators()


def test_kabupaten_window_has_no_warga_area_yet(qtbot, empty_services):
    empty_services.setup.initialize(
        OfficeDraft(Mode.KABUPATEN, "3201", "Dinas Sosial Kabupaten Bogor"),
        admin_username="admin", admin_password=ADMIN_PASSWORD,
    )
    window = app_module.start_session(empty_services, KeyboardUser(qtbot))
    qtbot.addWidget(window)
    assert window.areas == ["Home", "Desa", "Import", "Incoming referrals", "Residents", "Settings",
                            "Audit log"]


def test_ctrl_numbers_switch_areas(qtbot, services):
    services.operators.login("admin", ADMIN_PASSWORD)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # shortcuts only reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.nav, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "Settings"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "Referrals"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "Home"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "Residents"


@pytest.fixture
def isolated_app(monkeypatch, tmp_path, qapp):
    """run_window without touching the user's log and data folders, excepthook or translator."""
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path)
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    installed = []
    real_install = app_module.install_translator
    monkeypatch.setattr(app_module, "install_translator", lambda a: installed.append(real_install(a)))
    yield installed
    for translator in installed:
        if translator is not None:
            qapp.removeTranslator(translator)
    for handler in list(__import__("logging").getLogger().handlers):
        if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
            __import__("logging").getLogger().removeHandler(handler)
            handler.close()


def test_run_window_opens_the_window_on_the_given_database(qtbot, services, isolated_app, monkeypatch):
    database = services.engine.url.database
    user = KeyboardUser(qtbot)
    monkeypatch.setattr(app_module, "_exec", user)
    shown = []

    def event_loop():  # stands in for QApplication.exec: the window is up, the user closes it
        shown.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    assert cipher.file_state(Path(database)) is cipher.FileState.PLAINTEXT  # made before encryption existed
    services.use_lock.release()  # the fixture's services stand for no other program (db/inuse.py)
    assert app_module.run_window(["--db", database]) == 0
    # The first start encrypts it: an admin signs in and sees the recovery code once.
    assert user.seen == [LoginDialog, RecoveryCodeDialog] and len(user.recovery_codes[0]) == 34
    assert user.printable == [True]
    assert cipher.file_state(Path(database)) is cipher.FileState.ENCRYPTED
    assert shown == ["Puskesos Desktop — Puskesos Bojong Koneng"]
    user.seen.clear()
    assert app_module.run_window(["--db", database]) == 0  # from now on: one sign-in unlocks it
    assert user.seen == [LoginDialog]
    assert shown == ["Puskesos Desktop — Puskesos Bojong Koneng"] * 2
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]  # deleted, not left to exit
    assert isolated_app and isolated_app[0] is not None  # Indonesian is installed by default
    assert sys.excepthook is not sys.__excepthook__


def test_run_window_says_so_when_the_database_cannot_be_opened(tmp_path, isolated_app, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert app_module.run_window(["--db", str(Path(not_a_folder) / "db.sqlite3")]) == 1
    assert said and said[0].startswith("Basis data tidak dapat dibuka")
    assert "could not be opened" in (tmp_path / "puskesos.log").read_text(encoding="utf-8")


def test_the_window_comes_back_where_it_was_closed(qtbot, services, tmp_path):
    from PySide6.QtCore import QSettings

    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    services.operators.login("admin", ADMIN_PASSWORD)
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.remember_geometry(store)  # nothing saved yet: maximised
    first.showNormal()
    first.setGeometry(40, 50, 1000, 640)
    left_at = first.geometry()  # as the platform placed it (a small offscreen screen may clamp it)
    first.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.remember_geometry(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    # Qt fits a restored window onto the screen (the offscreen one is small): the height shows it came back.
    assert again.height() == left_at.height() == 640 and not again.isMaximized()
