"""The PDF preview: what reaches the printer (pages, paper), the logged-print callback, saving, refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.referral_model import ReferralDraft
from puskesos_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

from tests.pdf_tools import page_count, page_sizes, pdf_text

A4_POINTS = (595.28, 841.89)
F4_POINTS = (609.45, 935.43)  # 215 × 330 mm


def approved_letter(services, household_id, *, paper: str | None = None) -> tuple[str, bytes]:
    head = services.households.get(household_id).head
    draft = services.referrals.create_draft(ReferralDraft(
        person_id=head.id, service_code="PBI_JK", reason="KIS PBI nonaktif, sakit kronis", documents=("KK",)))
    services.referrals.approve(draft.id)
    out = io.BytesIO()
    services.letters.preview(draft.id, out, paper=paper)
    return draft.id, out.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(w), float(h)) for w, h in page_sizes(path)]


def close_to(size: tuple[float, float], expected: tuple[float, float]) -> bool:
    return abs(size[0] - expected[0]) < 1.5 and abs(size[1] - expected[1]) < 1.5


def open_preview(qtbot, title: str, pdf: bytes, **kwargs) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(title, pdf, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_letter_prints_every_page_on_its_a4_paper(services, household_id, qtbot, tmp_path):
    _rid, pdf = approved_letter(services, household_id)
    (tmp_path / "letter.pdf").write_bytes(pdf)
    dialog = open_preview(qtbot, "Surat rujukan", pdf)
    assert dialog.document.pageCount() == 2 and "2" in dialog.page_label.text()

    assert dialog.output_to(pdf_printer(tmp_path / "printed.pdf")) == 2
    printed = sizes(tmp_path / "printed.pdf")
    assert len(printed) == len(sizes(tmp_path / "letter.pdf")) == 2
    assert all(close_to(size, A4_POINTS) for size in printed), printed


def test_f4_letter_keeps_its_folio_paper(services, household_id, qtbot, tmp_path):
    _rid, pdf = approved_letter(services, household_id, paper="F4")
    (tmp_path / "letter.pdf").write_bytes(pdf)
    assert all(close_to(size, F4_POINTS) for size in sizes(tmp_path / "letter.pdf"))
    dialog = open_preview(qtbot, "Surat rujukan", pdf)

    assert dialog.output_to(pdf_printer(tmp_path / "printed.pdf")) == 2
    printed = sizes(tmp_path / "printed.pdf")
    assert len(printed) == 2 and all(close_to(size, F4_POINTS) for size in printed), printed
    assert not any(close_to(size, (612, 936)) for size in printed), "not US folio (8.5 × 13 in)"


def test_each_print_asks_on_output_once_and_shows_what_was_printed(services, household_id, qtbot, tmp_path):
    rid, preview = approved_letter(services, household_id)
    calls = []

    def print_logged() -> bytes:
        out = io.BytesIO()
        calls.append(services.letters.print_letter(rid, out))
        return out.getvalue()

    dialog = open_preview(qtbot, "Surat rujukan", preview, on_output=print_logged)
    assert dialog.output_to(pdf_printer(tmp_path / "first.pdf")) == 2
    assert [c.print_number for c in calls] == [1]
    assert dialog.output_to(pdf_printer(tmp_path / "second.pdf")) == 2
    assert [c.print_number for c in calls] == [1, 2], "exactly one logged print per print"
    assert services.referrals.get(rid).print_count == 2
    (tmp_path / "shown.pdf").write_bytes(dialog.current_pdf())
    assert "SALINAN" in pdf_text(tmp_path / "shown.pdf", 1), "the view reloaded with the reprint"

    assert dialog.save_to(tmp_path / "saved.pdf")
    assert [c.print_number for c in calls] == [1, 2, 3], "saving through on_output is a print too"
    assert (tmp_path / "saved.pdf").read_bytes()[:5] == b"%PDF-"


def test_an_error_from_on_output_prints_and_saves_nothing(services, household_id, qtbot, tmp_path):
    _rid, pdf = approved_letter(services, household_id)

    def refused() -> bytes:
        raise PuskesosError("Surat rujukan belum dapat dicetak.")

    dialog = open_preview(qtbot, "Surat rujukan", pdf, on_output=refused)
    assert dialog.output_to(pdf_printer(tmp_path / "printed.pdf")) == 0
    assert not (tmp_path / "printed.pdf").exists()
    assert dialog.message.isVisible() and "belum dapat dicetak" in dialog.message.text()
    assert dialog.save_to(tmp_path / "saved.pdf") is False
    assert not (tmp_path / "saved.pdf").exists()
    assert dialog.document.pageCount() == 2, "the preview is still shown"


def test_save_without_on_output_writes_the_previewed_pdf(services, household_id, qtbot, tmp_path):
    _rid, pdf = approved_letter(services, household_id)
    dialog = open_preview(qtbot, "Surat rujukan", pdf)
    assert dialog.save_to(tmp_path / "letter.pdf")
    assert (tmp_path / "letter.pdf").read_bytes() == pdf


def test_a_batch_prints_with_progress_and_can_be_stopped(services, household_id, qtbot, tmp_path):
    from puskesos_desktop.ui.widgets.pdf_preview import print_pdf

    ids = [approved_letter(services, household_id)[0] for _ in range(6)]
    batch = io.BytesIO()
    services.letters.print_letters(ids, batch)
    dialog = open_preview(qtbot, "6 surat", batch.getvalue())
    assert dialog.output_to(pdf_printer(tmp_path / "all.pdf")) == 12, "a batch shows progress and prints every page"
    assert page_count(tmp_path / "all.pdf") == 12

    seen = []
    stopped = print_pdf(batch.getvalue(), pdf_printer(tmp_path / "stopped.pdf"),  # painted, as on Windows
                        lambda done, total: seen.append((done, total)) or done < 3, vector=False)
    assert stopped == 3 and seen[-1] == (3, 12), "Cancel stops before the fourth page"


def test_the_printer_gets_the_letters_text_not_a_picture(services, household_id, qtbot, tmp_path):
    """Issue 9: the print was a 932 KB image of two pages; now the PDF itself goes to a PDF destination."""
    from tests.pdf_tools import tool
    import subprocess

    rid, pdf = approved_letter(services, household_id)
    number = services.referrals.get(rid).letter_number
    dialog = open_preview(qtbot, f"Surat rujukan {number}", pdf)
    assert dialog.output_to(pdf_printer(tmp_path / "printed.pdf")) == 2
    assert number in pdf_text(tmp_path / "printed.pdf", 1), "text a printer (and pdftotext) can read"
    fonts = subprocess.run([tool("pdffonts"), str(tmp_path / "printed.pdf")], capture_output=True, text=True).stdout
    assert len(fonts.splitlines()) > 2, "the letter's fonts travel with it"
    assert (tmp_path / "printed.pdf").stat().st_size < 200_000
    assert dialog.done_label.text() == (
        f"Printed: Surat rujukan {number}, 2 pages, to {tmp_path / 'printed.pdf'}.")


def test_a_cups_queue_gets_the_pdf_itself(tmp_path, monkeypatch):
    from puskesos_desktop.ui.widgets.pdf_preview import send_to_cups

    fake = tmp_path / "bin" / "lp"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\ncat > {tmp_path}/job.pdf\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:/usr/bin:/bin")
    assert send_to_cups(b"%PDF-1.4 surat", "Kantor_Desa", copies=2, title="Surat rujukan",
                        duplex=QPrinter.DuplexMode.DuplexLongSide)
    assert (tmp_path / "job.pdf").read_bytes() == b"%PDF-1.4 surat"
    assert (tmp_path / "args").read_text().split() == [
        "-d", "Kantor_Desa", "-n", "2", "-t", "Surat", "rujukan", "-o", "sides=two-sided-long-edge", "-"]
    fake.write_text("#!/bin/sh\nexit 1\n")
    assert not send_to_cups(b"%PDF", "Tidak_ada"), "a refused job: the caller paints the pages instead"


def test_on_windows_the_pages_go_to_the_gdi_path_with_the_dialogs_choices(services, household_id, qtbot,
                                                                           monkeypatch, tmp_path):
    """Issue 9 on Windows: pdfium draws the pages on the printer's device context (win_print); the
    painted path is not used. Here win_print is replaced: its Windows calls need Windows."""
    from puskesos_desktop.ui.widgets import pdf_preview, win_print

    _rid, pdf = approved_letter(services, household_id)
    sent = []

    def gdi(data, printer_name, **job):
        sent.append((data, printer_name, job))
        return len(job["pages"])

    monkeypatch.setattr(pdf_preview, "_windows_printing", lambda printer: gdi)
    monkeypatch.setattr(pdf_preview, "send_vector", lambda data, printer: pytest.fail("not the Windows path"))
    printer = pdf_printer(tmp_path / "not-written.pdf")
    printer.setCopyCount(2)
    printer.setDocName("Surat rujukan")
    assert pdf_preview.print_pdf(pdf, printer) == 2
    [(data, _name, job)] = sent
    assert data == pdf and job["title"] == "Surat rujukan" and job["copies"] == 2
    assert job["duplex"] == "one-sided" and job["pages"] == [0, 1] and job["progress"] is None  # a PDF printer's
    assert win_print.DUPLEX[pdf_preview._DUPLEX_KEYS[QPrinter.DuplexMode.DuplexLongSide]] == win_print.DMDUP_VERTICAL
    assert not (tmp_path / "not-written.pdf").exists(), "nothing painted besides"

    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert pdf_preview.print_pdf(pdf, printer) == 1 and sent[-1][2]["pages"] == [1], "a page range too"


def test_when_the_gdi_path_fails_the_pages_are_painted_and_the_log_names_no_one(services, household_id, qtbot,
                                                                                monkeypatch, tmp_path, caplog):
    from puskesos_desktop.ui.widgets import pdf_preview
    from puskesos_desktop.ui.widgets.win_print import WinPrintError

    _rid, pdf = approved_letter(services, household_id)
    name = services.households.get(household_id).head.name
    failures = iter([WinPrintError("StartDocW", 1801), RuntimeError(f"font of {name}")])

    def gdi(data, printer_name, **job):
        raise next(failures)

    monkeypatch.setattr(pdf_preview, "_windows_printing", lambda printer: gdi)
    monkeypatch.setattr(pdf_preview, "send_vector", lambda data, printer: False)  # as for a Windows printer
    for attempt in ("first", "second"):
        assert pdf_preview.print_pdf(pdf, pdf_printer(tmp_path / f"{attempt}.pdf")) == 2
        assert page_count(tmp_path / f"{attempt}.pdf") == 2, "painted instead"
        assert not pdf_text(tmp_path / f"{attempt}.pdf", 1).strip(), "the painted path: pictures of pages"
    assert "StartDocW failed (Windows error 1801)" in caplog.text and "RuntimeError" in caplog.text
    assert name not in caplog.text, "an exception's text is not logged"


def test_the_gdi_path_is_only_for_a_windows_system_printer(tmp_path, monkeypatch):
    from puskesos_desktop.ui.widgets import pdf_preview

    assert pdf_preview._windows_printing(pdf_printer(tmp_path / "x.pdf")) is None, "not on Linux"
    monkeypatch.setattr(pdf_preview.sys, "platform", "win32")
    assert pdf_preview._windows_printing(pdf_printer(tmp_path / "x.pdf")) is None, "print to file writes the PDF"


def letter_preview(services, household_id, qtbot, monkeypatch, tmp_path):
    """The letter's preview as the Rujukan page opens it, with the save dialog and the question recorded."""
    from puskesos_desktop.core.letter import letter_file_name
    from puskesos_desktop.ui.widgets import pdf_preview

    rid, pdf = approved_letter(services, household_id)
    referral = services.referrals.get(rid)
    asked = []
    monkeypatch.setattr(pdf_preview.QMessageBox, "question",
                        lambda _parent, title, text, *a: asked.append(("question", text)) or asked_reply[0])
    monkeypatch.setattr(pdf_preview, "save_file",
                        lambda _parent, title, start, filters: asked.append(("save", start)) or str(tmp_path / start))
    asked_reply = [pdf_preview.QMessageBox.StandardButton.Yes]

    def printed() -> bytes:
        out = io.BytesIO()
        services.letters.print_letter(rid, out)
        return out.getvalue()

    dialog = open_preview(qtbot, "Surat rujukan", pdf, on_output=printed,
                          file_name=letter_file_name(referral.letter_number, "Suparman"),
                          will_be_copy=lambda: services.referrals.get(rid).print_count > 0)
    return dialog, rid, asked, asked_reply


def test_save_suggests_the_letters_name_and_says_first_when_it_is_a_copy(services, household_id, qtbot,
                                                                        monkeypatch, tmp_path):
    dialog, rid, asked, reply = letter_preview(services, household_id, qtbot, monkeypatch, tmp_path)
    name = f"Surat_Rujukan_{services.referrals.get(rid).letter_number.replace('/', '-')}_SUPARMAN.pdf"
    dialog.save()                              # the first output: the original, no question
    assert asked == [("save", name)]
    assert (tmp_path / name).exists() and dialog.done_label.text() == f"Saved: {tmp_path / name}"

    asked.clear()
    reply[0] = type(reply[0]).No
    dialog.save()                              # printed before: said before the file dialog, and No stops
    assert [kind for kind, _ in asked] == ["question"] and "SALINAN" in asked[0][1]
    assert services.referrals.get(rid).print_count == 1, "nothing more was logged"

    asked.clear()
    reply[0] = type(reply[0]).Yes
    assert dialog.output_to(pdf_printer(tmp_path / "again.pdf")) == 2
    assert dialog.done_label.text().endswith("(a copy, marked SALINAN)")
    assert "SALINAN" in pdf_text(tmp_path / "again.pdf", 1)


def test_a_title_with_slashes_is_not_cut_to_its_last_part(services, household_id, qtbot, monkeypatch, tmp_path):
    from puskesos_desktop.ui.widgets import pdf_preview

    seen = []
    monkeypatch.setattr(pdf_preview, "save_file", lambda _p, _t, start, _f: seen.append(start) or "")
    _rid, pdf = approved_letter(services, household_id)
    open_preview(qtbot, "Daftar 400.9/001/PUSKESOS/XI/2026", pdf).save()
    assert seen == ["Daftar_400.9-001-PUSKESOS-XI-2026.pdf"]


def _sheet() -> bytes:
    import datetime as dt

    from puskesos_desktop.reports.recovery_sheet import render_recovery_sheet

    out = io.BytesIO()
    render_recovery_sheet("K7MQ-4TZP-AB3C-DEFG-HJKM-NPQR-STU7", "Puskesos Bojong Koneng", "Desa Bojong Koneng",
                          dt.date(2026, 11, 23), out)
    return out.getvalue()


def test_a_preview_for_paper_only_offers_no_save_and_no_print_to_file(qtbot, tmp_path):
    dialog = open_preview(qtbot, "Kode pemulihan", _sheet(), allow_save=False)
    assert dialog.document.pageCount() == 1
    assert not dialog.save_button.isVisible() and dialog.print_button.isVisible()
    printer = QPrinter()
    assert not dialog.print_dialog(printer).testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    assert dialog.output_to(pdf_printer(tmp_path / "printed.pdf")) == 0  # a PDF printer is a file too
    assert not (tmp_path / "printed.pdf").exists() and "paper only" in dialog.message.text()
    dialog.save()  # nothing to ask, nothing written
    assert dialog.save_to(tmp_path / "saved.pdf") is False and list(tmp_path.iterdir()) == []


def test_an_ordinary_preview_keeps_save_and_print_to_file(qtbot):
    dialog = open_preview(qtbot, "Kode pemulihan", _sheet())
    assert dialog.save_button.isVisible()
    assert dialog.print_dialog(QPrinter()).testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
