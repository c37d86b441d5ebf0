"""The consent dialog and the Warga list's filter (issue 11 §4)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from puskesos_desktop.core import clock
from puskesos_desktop.core.consent import ConsentDraft

from puskesos_desktop.ui.dialogs.consent_dialog import ConsentDialog
from puskesos_desktop.ui.pages.warga_page import WargaPage
from puskesos_desktop.ui.widgets import pdf_preview
from tests.services.helpers import register


def test_record_print_and_withdraw_a_consent(qtbot, services, monkeypatch, tmp_path):
    household_id = register(services)
    dialog = ConsentDialog(services.consent, services.households.get(household_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.withdraw_button.isEnabled() and "No consent" in dialog.state.text()
    dialog.save_button.click()
    assert services.consent.current(household_id).active and dialog.withdraw_button.isEnabled()
    shown = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    dialog.form_button.click()
    assert shown == ["Consent form"]
    dialog.grab().save(str(tmp_path / "persetujuan.png"))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("pindah kerja", True)))
    dialog.withdraw_button.click()
    assert not services.consent.current(household_id).active and "WITHDRAWN" in dialog.state.text()


def test_the_warga_list_shows_only_households_without_consent_when_asked(qtbot, services):
    with_consent = register(services)
    without = register(services, "3201051511200002", ())
    head = services.households.get(with_consent).head
    services.consent.record(ConsentDraft(household_id=with_consent, given_by_id=head.id, given_on=clock.today()))
    page = WargaPage(services.households, services.search, services.importer, services=services)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    page.without_consent.setChecked(True)
    assert page.model.rowCount() == 1 and page.model.row_at(0).id == without
    assert "without consent" in page.status.text()


def test_the_retention_dialog_saves_the_schedule_and_purges_after_asking(qtbot, services, monkeypatch):
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from puskesos_desktop.ui.dialogs.retention_dialog import RetentionDialog

    with clock.fixed(dt.datetime(2012, 5, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))):
        register(services, "3201051511200001", ())
    dialog = RetentionDialog(services.retention)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.purge_button.isEnabled() and "1 households" in dialog.due.text()
    dialog.household_years.setValue(20)
    dialog.save_button.click()
    assert services.retention.schedule().household_years == 20 and not dialog.purge_button.isEnabled()
    dialog.household_years.setValue(10)
    dialog.save_button.click()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog.purge_button.click()
    assert "Purged: 0 people, 1 households" in dialog.message.text() and services.households.count() == 0
