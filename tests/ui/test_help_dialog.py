"""F1: the operator guide opens inside the application at the section of the page or dialog in use."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from puskesos_desktop import paths
from puskesos_desktop.core.codes import Mode
from puskesos_desktop.core.model import OfficeDraft
from puskesos_desktop.ui.dialogs import help_dialog as guide
from puskesos_desktop.ui.dialogs.crash_dialog import CrashDialog
from puskesos_desktop.ui.dialogs.help_dialog import HelpDialog, install_help_key
from puskesos_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
DESA_AREAS = {
    "Home": guide.HOME, "Residents": guide.RESIDENTS, "Needs & complaints": guide.NEEDS,
    "Referrals": guide.REFERRALS, "Outgoing letters": guide.LETTERS, "Send/receive": guide.SYNC_DESA,
    "Settings": guide.SETTINGS, "Audit log": guide.AUDIT,
}


@pytest.fixture
def help_key(qapp):
    return install_help_key(qapp)  # as app.run_window does


def _active(qtbot, window) -> None:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _press_f1(qtbot) -> HelpDialog:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), Qt.Key.Key_F1)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()]
    assert len(shown) == 1, "F1 shows exactly one guide window"
    return shown[0]


def test_the_guide_is_found_through_paths_and_shipped_in_the_wheel():
    assert paths.operator_guide() == ROOT / "docs" / "panduan-operator.md"
    assert paths.operator_guide().read_text(encoding="utf-8").startswith("# Panduan Operator")
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = wheel["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    # An installed wheel has no docs/ beside the package: paths falls back to puskesos_desktop/_docs/.
    assert shipped["docs/panduan-operator.md"] == "puskesos_desktop/_docs/panduan-operator.md"


def test_every_section_the_application_points_at_is_a_heading_of_the_guide(qtbot):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    titles = {guide.heading_title(b.text()) for b in dialog.headings()}
    wanted = set(DESA_AREAS.values()) | set(guide.DIALOG_SECTIONS.values()) | {guide.SYNC_KABUPATEN}
    assert wanted <= titles, wanted - titles
    assert dialog.contents.count() == len(dialog.headings()) >= 15


def test_f1_on_each_desa_page_opens_the_guide_at_its_heading(qtbot, services, help_key):
    services.operators.login("admin", ADMIN_PASSWORD)
    window = MainWindow(services)
    _active(qtbot, window)
    for index, area in enumerate(window.areas):
        window.show_area(index)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.stack.currentWidget().setFocus()
        dialog = _press_f1(qtbot)
        assert dialog.parent() is window
        assert dialog.heading_at_top() == DESA_AREAS[area], area
        assert guide.heading_title(dialog.browser.textCursor().block().text()) == DESA_AREAS[area]
        qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), "Escape closes the guide"
        window.activateWindow()


def test_f1_in_the_kabupaten_window_opens_the_kabupaten_section(qtbot, empty_services, help_key):
    empty_services.setup.initialize(OfficeDraft(Mode.KABUPATEN, "3201", "Dinas Sosial Kabupaten Bogor"),
                                    admin_username="admin", admin_password=ADMIN_PASSWORD)
    empty_services.operators.login("admin", ADMIN_PASSWORD)
    window = MainWindow(empty_services)
    _active(qtbot, window)
    window.show_area(window.areas.index("Desa"))
    assert _press_f1(qtbot).heading_at_top() == guide.SYNC_KABUPATEN


def test_f1_in_a_modal_dialog_opens_its_section_above_it(qtbot, services, help_key):
    from PySide6.QtCore import QTimer

    from puskesos_desktop.ui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(services.operators)
    qtbot.addWidget(dialog)
    seen = []

    def press() -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        help_window = _press_f1(qtbot)
        seen.append((help_window.parent() is dialog, help_window.heading_at_top()))
        help_window.close()
        dialog.reject()

    QTimer.singleShot(0, press)
    dialog.exec()
    assert seen == [(True, guide.START)]


def test_ctrl_f_finds_words_in_the_guide_and_wraps_around(qtbot):
    dialog = HelpDialog()
    _active(qtbot, dialog)
    qtbot.keyClick(dialog.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.find_box.hasFocus()
    qtbot.keyClicks(dialog.find_box, "lembar balik")
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
    first = dialog.browser.textCursor().position()
    assert dialog.browser.textCursor().selectedText().lower() == "lembar balik"
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
    assert dialog.browser.textCursor().position() > first
    assert dialog.isVisible(), "Enter in the find box finds, it does not close the guide"
    for _ in range(40):  # past the last match it starts from the top again
        qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
    assert dialog.find_message.text() == ""
    dialog.find_box.setText("tidak-ada-kata-ini")
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
    assert dialog.find_message.text() == "Not found"


def test_the_guide_fits_a_1366_by_768_screen(qtbot):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= min(1366, room.width()) and dialog.height() <= min(768, room.height())


def test_every_window_of_the_application_has_its_section_of_the_guide(qtbot, installations):
    from tests.ui.every_window import every_window

    desa, kab, folder = installations
    missing = []
    for name, window in every_window(desa, kab, folder=folder):
        qtbot.addWidget(window)
        if not isinstance(window, (HelpDialog, CrashDialog)) and not guide.section_for(window):
            missing.append(f"{name} ({type(window).__name__})")
        window.close()
    assert missing == [], "add them to help_dialog.DIALOG_SECTIONS"
