"""The PDF preview: what reaches the printer (pages, paper), the logged-print callback, saving, refusals."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

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
    stopped = print_pdf(batch.getvalue(), pdf_printer(tmp_path / "stopped.pdf"),
                        lambda done, total: seen.append((done, total)) or done < 3)
    assert stopped == 3 and seen[-1] == (3, 12), "Cancel stops before the fourth page"
