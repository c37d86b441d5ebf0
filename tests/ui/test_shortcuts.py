"""A page's keys work wherever the focus is in the main window (after a click on the left menu too),
and only while that page is shown; Ctrl+K and Ctrl+F work on every area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from puskesos_desktop.core.referral_model import ReferralDraft, ReferralStatus
from puskesos_desktop.ui.main_window import MainWindow

from tests.conftest import ADMIN_PASSWORD
from tests.ui.every_window import DAY, seed

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The dialogs the window opens (modal or not) and the questions it asks, by name; none is shown."""
    names: list[str] = []

    def record(dialog, *_args) -> int:
        names.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    def ask(*_args, **_kwargs):
        names.append("question")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QDialog, "exec", record)
    monkeypatch.setattr(QDialog, "open", record)
    monkeypatch.setattr(QMessageBox, "question", ask)
    return names


@pytest.fixture
def window(services, keyboard) -> MainWindow:
    services.operators.login("admin", ADMIN_PASSWORD)
    data = seed(services)
    head = services.households.get(data.household_id).head
    services.referrals.create_draft(ReferralDraft(person_id=head.id, service_code="PKH", reason="Belum terdaftar"),
                                    today=DAY)
    return keyboard.show(MainWindow(services))


def click_menu(qtbot, window: MainWindow, area: str):
    """A mouse click on the area in the left menu, which then has the focus; returns the area's page."""
    item = window.nav.item(window.areas.index(area))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=window.nav.visualItemRect(item).center())
    assert window.current_area() == area
    qtbot.waitUntil(window.nav.hasFocus)
    return window.stack.currentWidget()


def press(qtbot, key: Qt.Key, modifiers=CTRL) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def select_household(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.household is not None)


def select_referral(qtbot, page, status: ReferralStatus) -> None:
    qtbot.waitUntil(lambda: page.model.rowCount() > 1)
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        if page.current_row().status is status:
            return
    raise AssertionError(f"no {status} referral listed")


@pytest.mark.parametrize(("key", "modifiers", "dialog"), [
    (Qt.Key.Key_N, CTRL, "HouseholdDialog"),
    (Qt.Key.Key_N, CTRL_SHIFT, "PersonDialog"),
    (Qt.Key.Key_K, CTRL_SHIFT, "NeedDialog"),
    (Qt.Key.Key_R, CTRL, "ReferralDialog"),
    (Qt.Key.Key_K, CTRL, "FindReferralDialog"),
], ids=["Ctrl+N", "Ctrl+Shift+N", "Ctrl+Shift+K", "Ctrl+R", "Ctrl+K"])
def test_residents_keys_work_after_a_click_on_the_menu(qtbot, window, opened, key, modifiers, dialog):
    page = click_menu(qtbot, window, "Residents")
    select_household(qtbot, page)
    click_menu(qtbot, window, "Residents")  # the list took the focus; give it back to the menu
    press(qtbot, key, modifiers)
    assert opened == [dialog]


def test_referrals_keys_work_after_a_click_on_the_menu(qtbot, window, opened, services):
    page = click_menu(qtbot, window, "Referrals")
    press(qtbot, Qt.Key.Key_N)
    assert opened == ["ReferralDialog"]
    select_referral(qtbot, page, ReferralStatus.DRAF)
    click_menu(qtbot, window, "Referrals")
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)
    assert opened[-1] == "question"  # "Approve the referral of …?"
    select_referral(qtbot, page, ReferralStatus.DISETUJUI)
    click_menu(qtbot, window, "Referrals")
    press(qtbot, Qt.Key.Key_P)
    assert opened[-1] == "PdfPreviewDialog"


def test_a_new_complaint_and_the_register_print_after_a_click_on_the_menu(qtbot, window, opened):
    page = click_menu(qtbot, window, "Needs & complaints")
    page.tabs.setCurrentIndex(1)  # Keluhan
    click_menu(qtbot, window, "Needs & complaints")
    press(qtbot, Qt.Key.Key_N)
    assert opened == ["ComplaintDialog"]
    click_menu(qtbot, window, "Outgoing letters")
    press(qtbot, Qt.Key.Key_P)
    assert opened == ["ComplaintDialog", "PdfPreviewDialog"]


def test_ctrl_k_finds_a_referral_on_home_too(qtbot, window, opened):
    click_menu(qtbot, window, "Referrals")
    click_menu(qtbot, window, "Home")
    press(qtbot, Qt.Key.Key_K)
    assert opened == ["FindReferralDialog"]


def test_ctrl_f_goes_to_the_residents_search_from_the_menu(qtbot, window):
    page = click_menu(qtbot, window, "Outgoing letters")
    press(qtbot, Qt.Key.Key_F)
    assert window.current_area() == "Residents"
    page = window.stack.currentWidget()
    qtbot.waitUntil(page.search_box.hasFocus)


def test_a_catalogue_entry_is_added_with_ctrl_n_from_the_menu(qtbot, window, opened):
    page = click_menu(qtbot, window, "Settings")
    page.tabs.setCurrentIndex(1)  # Katalog layanan
    click_menu(qtbot, window, "Settings")
    press(qtbot, Qt.Key.Key_N)
    assert opened == ["ServiceDialog"]


@pytest.mark.parametrize(("area", "key", "modifiers"), [
    ("Home", Qt.Key.Key_N, CTRL),
    ("Home", Qt.Key.Key_R, CTRL),
    ("Outgoing letters", Qt.Key.Key_A, CTRL_SHIFT),
    ("Residents", Qt.Key.Key_P, CTRL),
    ("Needs & complaints", Qt.Key.Key_N, CTRL),  # the Kebutuhan tab is shown: a new complaint is on the other
], ids=["Home Ctrl+N", "Home Ctrl+R", "letters Ctrl+Shift+A", "Residents Ctrl+P", "needs tab Ctrl+N"])
def test_a_page_key_does_nothing_on_another_page(qtbot, window, opened, area, key, modifiers):
    for other in window.areas:  # every page built, so each one's shortcuts exist
        click_menu(qtbot, window, other)
    click_menu(qtbot, window, area)
    press(qtbot, key, modifiers)
    assert opened == []
