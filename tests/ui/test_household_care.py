"""The Warga panel's care buttons: they open the right dialog for the chosen member, and the
household's timeline shows what was recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from puskesos_desktop.core.referral_model import NeedDraft
from puskesos_desktop.ui.pages.warga_page import WargaPage
from puskesos_desktop.ui.widgets import household_care


class _Recorder:
    """Stands in for a dialog class: remembers how it was opened and records a need as if saved."""

    opened: list = []

    def __init__(self, *args, **kwargs) -> None:
        _Recorder.opened.append((args, kwargs))

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted


def test_buttons_follow_the_selected_household_and_member(services, household_id, qtbot, keyboard, monkeypatch):
    page = WargaPage(services.households, services.search, services.importer, services=services)
    keyboard.show(page, focus=page.table)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.care.household is not None)
    assert page.care.need_button.isEnabled() and page.care.refer_button.isEnabled()
    assert page.care.timeline.model.rowCount() == 0

    _Recorder.opened = []
    monkeypatch.setattr(household_care, "ReferralDialog", _Recorder)
    page.detail.table.setFocus()
    qtbot.keyClick(page.detail.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    [(args, kwargs)] = _Recorder.opened
    assert kwargs["person"].name == "SUPARMAN", "the member chosen in the list is the one referred"

    services.needs.record(NeedDraft(household_id=household_id, service_code="PBI_JK", description="KIS tidak aktif"))
    monkeypatch.setattr(household_care, "NeedDialog", _Recorder)
    qtbot.keyClick(page.detail.table, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(_Recorder.opened) == 2
    qtbot.waitUntil(lambda: page.care.timeline.model.rowCount() == 1)  # reloaded after the dialog


def test_without_services_the_page_has_no_care_panel(services, qtbot):
    page = WargaPage(services.households, services.search, services.importer)
    qtbot.addWidget(page)
    assert page.care is None
