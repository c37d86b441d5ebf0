"""Kebutuhan & Keluhan page: the lists, the overdue filter and marking, need status moves, keyboard shortcuts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from puskesos_desktop.core import clock
from puskesos_desktop.core.referral_model import ComplaintDraft, NeedDraft
from puskesos_desktop.core.referrals import ComplaintKind, ComplaintStatus, NeedStatus
from puskesos_desktop.ui.dialogs.complaint_action_dialog import ComplaintActionDialog
from puskesos_desktop.ui.dialogs.complaint_dialog import ComplaintDialog
from puskesos_desktop.ui.models import complaints_table_model as cm
from puskesos_desktop.ui.models import needs_table_model as nm
from puskesos_desktop.ui.pages.needs_complaints_page import OVERDUE, NeedsComplaintsPage


def complaint(services, reporter: str, days_ago: int) -> str:
    draft = ComplaintDraft(kind=ComplaintKind.PENGADUAN, category="bansos", description="BPNT belum cair",
                           reporter_name=reporter, reporter_relationship="anak",
                           received_on=clock.today() - dt.timedelta(days=days_ago))
    return services.complaints.record(draft).id


def make_page(services) -> NeedsComplaintsPage:
    return NeedsComplaintsPage(services.needs, services.complaints, services.catalogue, services.households,
                               services.search, overdue_days=14)


def text(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def test_overdue_filter_shows_the_old_complaint_marked(services, qtbot):
    old = complaint(services, "Ratna", 30)
    complaint(services, "Asep", 2)
    page = make_page(services)
    qtbot.addWidget(page)
    model = page.complaints_model
    assert model.rowCount() == 2 and text(model, 0, cm.REPORTER) == "ASEP (anak)"  # newest first
    assert text(model, 1, cm.DAYS_OPEN) == "30" and text(model, 1, cm.LATE) == "Overdue 16 days"
    assert model.data(model.index(1, cm.RECEIVED), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, cm.RECEIVED), Qt.ItemDataRole.BackgroundRole) is None
    assert text(model, 0, cm.PERSON) == "not registered"

    page.complaint_filter.setCurrentIndex(page.complaint_filter.findData(OVERDUE))
    assert model.rowCount() == 1 and model.row_at(0).id == old
    assert "1 overdue" in page.complaints_count.text()
    page.complaint_filter.setCurrentIndex(page.complaint_filter.findData(ComplaintStatus.SELESAI))
    assert model.rowCount() == 0


def test_needs_list_and_only_allowed_status_moves(services, household_id, qtbot):
    need = services.needs.record(NeedDraft(household_id=household_id, service_code="PBI_JK",
                                           description="KIS nonaktif"))
    page = make_page(services)
    qtbot.addWidget(page)
    model = page.needs_model
    assert (text(model, 0, nm.HEAD), text(model, 0, nm.PERSON), text(model, 0, nm.STATUS)) == (
        "SUPARMAN", "Whole household", "Terbuka")
    assert [a.text() for a in page.need_status_menu.actions()] == ["Dirujuk", "Terpenuhi", "Ditutup"]

    page.need_status_menu.actions()[1].trigger()   # terpenuhi
    assert services.needs.get(need.id).status is NeedStatus.TERPENUHI
    assert text(model, 0, nm.STATUS) == "Terpenuhi"
    assert page.need_status_menu.actions() == [] and not page.need_status_button.isEnabled()
    page.need_filter.setCurrentIndex(page.need_filter.findData(NeedStatus.TERBUKA))
    assert model.rowCount() == 0


def test_ctrl_n_and_enter_open_the_dialogs(services, qtbot, keyboard, monkeypatch):
    cid = complaint(services, "Ratna", 1)
    opened = []
    monkeypatch.setattr(ComplaintDialog, "exec", lambda self: opened.append(type(self)) or QDialog.DialogCode.Rejected)
    monkeypatch.setattr(ComplaintActionDialog, "exec",
                        lambda self: opened.append(self.complaint.id) or QDialog.DialogCode.Rejected)
    page = make_page(services)
    page.tabs.setCurrentIndex(1)
    keyboard.show(page, focus=page.complaints_table)
    keyboard.key(Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [cid, ComplaintDialog]


def test_refresh_shows_a_complaint_recorded_elsewhere(services, qtbot):
    page = make_page(services)
    qtbot.addWidget(page)
    assert page.complaints_model.rowCount() == 0
    complaint(services, "Ratna", 0)
    page.refresh()
    assert page.complaints_model.rowCount() == 1


def test_an_open_need_or_complaint_is_referred_with_ctrl_r(services, household_id, qtbot, keyboard):
    need = services.needs.record(NeedDraft(household_id=household_id, service_code="PBI_JK",
                                           description="KIS nonaktif"))
    complaint(services, "Ratna", 3)
    asked = []

    def refer(need_arg, complaint_arg) -> bool:
        asked.append((need_arg, complaint_arg))
        return True

    page = NeedsComplaintsPage(services.needs, services.complaints, services.catalogue, services.households,
                               services.search, refer=refer)
    keyboard.show(page, focus=page.needs_table)
    assert page.refer_need_button.isEnabled()
    qtbot.keyClick(page.needs_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert asked[-1][0].id == need.id and asked[-1][1] is None

    page.tabs.setCurrentIndex(1)
    page.complaints_table.setFocus()
    qtbot.keyClick(page.complaints_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert asked[-1][0] is None and asked[-1][1].reporter_name == "RATNA"

    services.needs.set_status(need.id, NeedStatus.DITUTUP)
    page.load_needs()
    assert not page.refer_need_button.isEnabled(), "a closed need is not referred"


def test_without_refer_there_is_no_refer_button(services, qtbot):
    page = make_page(services)
    qtbot.addWidget(page)
    assert page.refer_need_button.isHidden() and page.refer_complaint_button.isHidden()
