"""Letter register page: this year by default, another year by keyboard, and the printable register."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.ui.pages import letter_register_page
from puskesos_desktop.ui.pages.letter_register_page import (
    ADDRESSEE, DATE, NUMBER, SERIAL, SUBJECT, LetterRegisterPage,
)

from tests.services.test_referrals import approved, household_and_head


@pytest.fixture
def previews(monkeypatch) -> list[dict]:
    seen: list[dict] = []

    class Preview(letter_register_page.PdfPreviewDialog):
        def __init__(self, title, pdf, *, on_output=None, parent=None, **options):
            super().__init__(title, pdf, on_output=on_output, parent=parent, **options)
            seen.append({"title": title, "pdf": pdf, "on_output": on_output, "dialog": self})

        def exec(self):
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(letter_register_page, "PdfPreviewDialog", Preview)
    return seen


def _text(page, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def test_this_year_by_default_then_another_year_by_keyboard(services, keyboard, qtbot, today):
    _, pid = household_and_head(services)
    this_year = today.year
    first = approved(services, pid, dt.date(this_year, 1, 2))
    approved(services, pid, dt.date(this_year, 1, 3))
    old = approved(services, pid, dt.date(2024, 5, 6))
    page = LetterRegisterPage(services.referrals, services.letters)
    keyboard.show(page, focus=page.year)
    assert page.year.value() == this_year
    assert page.model.rowCount() == 2 and page.status.text() == f"2 letters issued in {this_year}"
    assert [_text(page, 0, c) for c in (SERIAL, DATE, NUMBER, ADDRESSEE)] == [
        "1", f"02-01-{this_year}", first.letter_number, "Kepala Dinas Sosial"]
    assert "PBI-JK" in _text(page, 0, SUBJECT)
    page.year.selectAll()
    keyboard.type("2024")
    assert page.model.rowCount() == 1 and _text(page, 0, NUMBER) == old.letter_number
    keyboard.key(Qt.Key.Key_Down)  # one year back: nothing issued in 2023
    assert page.model.rowCount() == 0 and page.status.text() == "No letters issued in 2023."


def test_print_register_previews_the_pdf(services, keyboard, qtbot, previews, today):
    _, pid = household_and_head(services)
    approved(services, pid, today)
    page = LetterRegisterPage(services.referrals, services.letters)
    keyboard.show(page, focus=page.year)
    qtbot.keyClick(page.year, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [preview] = previews
    assert preview["pdf"].startswith(b"%PDF") and preview["on_output"] is None
    assert str(today.year) in preview["title"]


def test_a_failed_register_is_told_not_raised(services, keyboard, qtbot, previews, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))

    def broken(year, out):
        raise PuskesosError("Kantor belum disiapkan.")

    monkeypatch.setattr(services.letters, "register_pdf", broken)
    page = LetterRegisterPage(services.referrals, services.letters)
    keyboard.show(page, focus=page.year)
    page.print_button.click()
    assert said == ["Kantor belum disiapkan."] and previews == []


def test_printing_or_saving_the_register_is_logged(services, keyboard, qtbot, previews, today, tmp_path):
    from sqlalchemy import text

    from tests.ui.test_pdf_preview import pdf_printer

    _, pid = household_and_head(services)
    approved(services, pid, today)
    page = LetterRegisterPage(services.referrals, services.letters)
    keyboard.show(page, focus=page.year)
    qtbot.keyClick(page.year, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = previews[0]["dialog"]
    assert dialog.output_to(pdf_printer(tmp_path / "printed.pdf")) >= 1
    assert dialog.save_to(tmp_path / "agenda.pdf")
    with services.engine.connect() as conn:
        rows = conn.execute(text("SELECT action, entity, entity_id, detail FROM audit_log "
                                 "WHERE action LIKE 'document_%' ORDER BY chain_seq")).all()
    pages = dialog.document.pageCount()
    assert [tuple(r) for r in rows] == [("document_print", "register", str(today.year), f"{pages} halaman"),
                                        ("document_save", "register", str(today.year), f"{pages} halaman")]
