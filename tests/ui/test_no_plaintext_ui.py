"""No plaintext on disk from the window (issue 10 §4): the letter preview, printing and the batch print
leave nothing in the temporary folder (docs/decisions.md, "No plaintext on disk").

TMPDIR, TEMP and TMP point at a folder of the test, and Python's cached `tempfile.tempdir` is reset,
so both Python and Qt (QDir.tempPath, QTemporaryFile) would write there; after the dialogs close it
is scanned like the command line's folder (tests/plaintext_scan.py).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDir, QEvent, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from puskesos_desktop.core.model import HouseholdDraft, PersonDraft
from puskesos_desktop.core.referral_model import ReferralDraft
from puskesos_desktop.ui.pages import referrals_page
from puskesos_desktop.ui.pages.referrals_page import ReferralsPage
from puskesos_desktop.ui.widgets.pdf_preview import print_pdf

from tests.plaintext_scan import NO_KK, PEOPLE, scan

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def temp_folder(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() caches its first answer
    assert Path(tempfile.gettempdir()) == folder and Path(QDir.tempPath()) == folder
    return folder


@pytest.fixture
def outputs(tmp_path) -> Path:
    """Where the user chose to print or save: not the temporary folder."""
    folder = tmp_path / "documents"
    folder.mkdir()
    return folder


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def dialogs(monkeypatch, qtbot, outputs, temp_folder) -> list[str]:
    """The page's real preview dialog, shown and drawn; for a single letter also printed (to a PDF
    printer, as the PDF and as painted pages) and saved, then closed. Returns the titles seen; the
    temporary folder must stay empty while it is open, not only after."""
    seen: list[str] = []

    class Preview(referrals_page.PdfPreviewDialog):
        def exec(self):
            seen.append(self.windowTitle())
            self.show()
            qtbot.waitExposed(self)
            self.view.grab()  # every visible page rendered
            qtbot.wait(100)
            if self._on_output is not None:
                assert self.output_to(_pdf_printer(outputs / "printed.pdf")) == 2
                assert self.save_to(outputs / "saved.pdf")
                assert print_pdf(self.current_pdf(), _pdf_printer(outputs / "painted.pdf"), vector=False) == 2
            assert _files_in(temp_folder) == [], "while the preview is open"
            self.reject()
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(referrals_page, "PdfPreviewDialog", Preview)
    return seen


def _approved_letters(services, count: int) -> list[str]:
    members = tuple(PersonDraft(nik=nik, name=name, relationship=relationship, sex=sex,
                                birth_date=dt.datetime.strptime(born, "%d-%m-%Y").date())
                    for nik, name, relationship, sex, born in PEOPLE)
    household = services.households.create(HouseholdDraft(no_kk=NO_KK, address="Kp. Cibodas", rt="2", rw="4"),
                                           members)
    person = next(m for m in services.households.get(household.id).members if m.nik == PEOPLE[1][0])
    draft = ReferralDraft(person_id=person.id, service_code="PBI_JK", reason="KIS tidak aktif")
    return [services.referrals.approve(services.referrals.create_draft(draft).id).id for _ in range(count)]


def _page(services, keyboard) -> ReferralsPage:
    page = ReferralsPage(services.referrals, services.letters, services.catalogue, services.households,
                         services.search, services.operators)
    keyboard.show(page, focus=page.table)
    page.focus_list()
    return page


def _closed(page) -> None:
    page.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed dialogs go


def _files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_letter_previewed_printed_and_saved_leaves_nothing_in_the_temp_folder(
        services, keyboard, qtbot, temp_folder, outputs, dialogs):
    [referral] = _approved_letters(services, 1)
    page = _page(services, keyboard)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(dialogs) == 1 and services.referrals.get(referral).print_count == 2  # printed, then saved
    assert {p.name for p in outputs.iterdir()} == {"printed.pdf", "saved.pdf", "painted.pdf"}
    _closed(page)
    assert scan(temp_folder) == [] and _files_in(temp_folder) == []


def test_a_batch_print_leaves_nothing_in_the_temp_folder(services, keyboard, qtbot, temp_folder, dialogs):
    ids = _approved_letters(services, 3)
    page = _page(services, keyboard)
    during: list[list[str]] = []
    progress = page._batch_progress
    page._batch_progress = lambda *args: (during.append(_files_in(temp_folder)), progress(*args))
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.batch_job is None, timeout=60_000)
    assert len(dialogs) == 1 and [services.referrals.get(i).print_count for i in ids] == [1, 1, 1]
    assert during and all(files == [] for files in during), "while the letters are made"
    _closed(page)
    assert scan(temp_folder) == [] and _files_in(temp_folder) == []
