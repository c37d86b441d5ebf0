"""Log Audit: only for administrators; newest first; filters by keyboard; more rows as the list scrolls;
the filtered rows exported to Excel in the background; the desas' rows at the kabupaten."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from puskesos_desktop.core.audit import AuditFilter
from puskesos_desktop.ui.main_window import MainWindow
from puskesos_desktop.ui.models.audit_table_model import ACTION, OBJECT, OPERATOR, ORIGIN, WHEN
from puskesos_desktop.ui.pages import audit_page
from puskesos_desktop.ui.pages.audit_page import AuditPage

from tests.conftest import DESA_CODE
from tests.services.helpers import register
from tests.services.test_audit import log


def _cell(page: AuditPage, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def _column(page: AuditPage, column: int) -> list[str]:
    return [_cell(page, row, column) for row in range(page.model.rowCount())]


@pytest.fixture
def logged(services):
    """The set-up's row, 3 prints by rina, 2 exports by admin, then 1 print by admin: 7 rows."""
    log(services, "referral_print", "rina", entity="referral", entity_id="0f3c2a9e-1111-2222", count=3)
    log(services, "sync_export", "admin", detail="12 baris", count=2)
    log(services, "referral_print", "admin", entity="referral", entity_id="77aa0000-3333-4444")
    return services


def test_only_an_administrator_has_the_audit_log_in_the_menu(qtbot, services):
    services.operators.begin_session("admin")
    services.operators.add("rina", "sandi-rina-123", "operator")
    admin_window = MainWindow(services)
    qtbot.addWidget(admin_window)
    assert admin_window.areas[-1] == "Audit log"
    services.operators.begin_session("rina")
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert "Audit log" not in window.areas
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == window.areas


def test_newest_first_with_readable_actions(qtbot, keyboard, logged):
    page = AuditPage(logged.audit, local_origin=DESA_CODE)
    keyboard.show(page, focus=page.operator)
    assert page.model.rowCount() == 7 and page.status.text() == "7 entries."
    assert _column(page, ACTION)[:3] == ["Referral letter printed", "Bundle sent", "Bundle sent"]
    assert _column(page, ACTION)[-1] == "Installation set up"
    assert _column(page, OPERATOR) == ["admin", "admin", "admin", "rina", "rina", "rina", "—"]
    assert _cell(page, 0, WHEN) == "23-11-2026 10:00"  # the fixed clock, local time
    assert _cell(page, 0, OBJECT) == "referral 77aa0000"
    assert _cell(page, 1, OBJECT) == "12 baris"
    assert page.model.data(page.model.index(0, OBJECT), Qt.ItemDataRole.ToolTipRole) == "referral · 77aa0000-3333-4444"
    assert page.table.isColumnHidden(ORIGIN) and not page.origin.isVisible()  # a desa holds only its own rows
    assert page.date_from.date().toPython().isoformat() == "2026-10-25"  # the last 30 days
    assert page.date_to.date().toPython().isoformat() == "2026-11-23"


def test_the_filters_narrow_the_list_by_keyboard(qtbot, keyboard, logged):
    page = AuditPage(logged.audit, local_origin=DESA_CODE)
    keyboard.show(page, focus=page.operator)
    assert [page.operator.itemText(i) for i in range(page.operator.count())] == ["All operators", "admin", "rina"]
    keyboard.type("r")  # the combo jumps to "rina"
    assert _column(page, OPERATOR) == ["rina"] * 3
    keyboard.tab()
    assert page.action.hasFocus()
    keyboard.type("Bundle")
    assert page.action.currentData() == "sync_export" and page.model.rowCount() == 0
    assert page.status.text() == "No entries match."
    page.operator.setCurrentIndex(0)  # all operators again
    assert _column(page, ACTION) == ["Bundle sent", "Bundle sent"]
    keyboard.tab()  # the origin filter is hidden at a desa: the dates come next
    assert page.date_from.hasFocus()
    page.date_to.setFocus()
    keyboard.key(Qt.Key.Key_Down)  # to: yesterday
    assert page.model.rowCount() == 0
    page.date_from.setFocus()
    keyboard.tab(2)
    assert page.table.hasFocus()
    keyboard.tab()
    assert page.export_button.hasFocus()


def test_scrolling_down_fetches_the_older_pages(qtbot, keyboard, logged):
    log(logged, "nik_view", "rina", entity="person", count=14)
    page = AuditPage(logged.audit, local_origin=DESA_CODE, page_size=5)
    assert page.model.rowCount() == 5 and page.model.canFetchMore()
    assert page.status.text() == "The newest 5 entries; scroll down for older ones."
    keyboard.show(page, focus=page.table)
    page.resize(900, 300)  # a few rows on screen: the rest only as the list scrolls
    assert page.model.rowCount() < 21
    for _ in range(5):  # Ctrl+End: the last row loaded; the view asks for the next page when it gets there
        qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
    qtbot.waitUntil(lambda: page.model.rowCount() == 21)
    assert not page.model.canFetchMore() and page.status.text() == "21 entries."
    rows = [page.model.entry_at(i) for i in range(21)]
    assert [e.id for e in rows] == [e.id for e in logged.audit.entries()]  # in order, none twice


def test_export_writes_the_filtered_rows_in_the_background(qtbot, keyboard, logged, tmp_path, monkeypatch):
    target = tmp_path / "out" / "Log_Audit.xlsx"
    target.parent.mkdir()
    asked = []

    def save_file(parent, title, start, filters):
        asked.append((start, filters))
        return str(target)

    monkeypatch.setattr(audit_page, "save_file", save_file)
    page = AuditPage(logged.audit, local_origin=DESA_CODE)
    keyboard.show(page, focus=page.operator)
    page.operator.setCurrentIndex(page.operator.findData("rina"))
    qtbot.keyClick(page.operator, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.export_job is None)
    assert asked == [("Log_Audit_2026-11-23.xlsx", "Excel workbooks (*.xlsx)")]
    rows = list(load_workbook(target, read_only=True)["Log audit"].iter_rows(values_only=True))[1:]
    assert [(r[2], r[3]) for r in rows] == [("rina", "referral_print")] * 3
    assert page.notice.text() == f"3 entries exported to {target}."
    [export] = logged.audit.entries(AuditFilter(action="audit_export"))
    assert export.detail == "3 baris"
    page.operator.setCurrentIndex(0)
    assert _cell(page, 0, ACTION) == "Audit log exported"  # the list was refreshed after the export


def test_a_cancelled_export_writes_nothing(qtbot, keyboard, logged, tmp_path, monkeypatch):
    target = tmp_path / "Log_Audit.xlsx"
    monkeypatch.setattr(audit_page, "save_file", lambda *a: str(target))
    page = AuditPage(logged.audit, local_origin=DESA_CODE)
    keyboard.show(page, focus=page.export_button)
    monkeypatch.setattr(audit_page, "run_in_background", _cancelled_at_once(audit_page.run_in_background))
    keyboard.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.export_job is None)
    assert not target.exists()
    assert page.notice.text() == "Ekspor dibatalkan; tidak ada berkas yang ditulis."
    assert logged.audit.count(AuditFilter(action="audit_export")) == 0


def _cancelled_at_once(run):
    """run_in_background as if Cancel had been pressed before the job read its first row."""
    def cancelled_run(fn, on_done, on_error, on_progress=None):
        return run(lambda progress, _cancelled: fn(progress, lambda: True), on_done, on_error, on_progress)

    return cancelled_run


def test_the_kabupaten_shows_the_desas_rows_with_their_origin(qtbot, keyboard, installations):
    desa, kab, folder = installations
    register(desa)
    assert kab.sync.import_file(Path(desa.sync.export(folder).path)).status == "applied"
    desa_code = desa.setup.office().region_code
    page = AuditPage(kab.audit, local_origin="3201", origin_names={desa_code: "Bojong Koneng"})
    keyboard.show(page, focus=page.origin)
    assert page.origin.isVisible() and not page.table.isColumnHidden(ORIGIN)
    assert [page.origin.itemText(i) for i in range(page.origin.count())] == [
        "All origins", "This office", "Bojong Koneng"]
    origins = set(_column(page, ORIGIN))
    assert origins == {"This office", "Bojong Koneng"}
    keyboard.key(Qt.Key.Key_Down, 2)
    assert set(_column(page, ORIGIN)) == {"Bojong Koneng"}
    assert page.model.data(page.model.index(0, ORIGIN), Qt.ItemDataRole.ToolTipRole) == desa_code
    assert "Household added" in _column(page, ACTION)
