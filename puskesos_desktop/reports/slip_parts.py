"""The flowables of the Lembar Balik (return slip) and of the "Bawa dokumen berikut" slip."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from ..core.dates import format_long
from ..core.letter import OUTCOME_BOXES, DocumentsSlipContent, ReturnSlipContent
from .layout import CheckLine, CutLine, FillLine, QrFlowable, styles
from .letter_parts import SIGNATURE_SPACE, p, plain_table

QR_SIZE = 26 * mm
QR_COLUMN = 34 * mm
FILL_LABEL = 46 * mm


def _slip_header(slip: ReturnSlipContent, width: float) -> list:
    s = styles()
    title = [
        p("LEMBAR BALIK RUJUKAN", s.title),
        p(f"Diisi oleh lembaga penerima layanan, lalu dikembalikan kepada {slip.office_name} "
          "(diantar, difoto, atau sebutkan kode verifikasinya lewat telepon).", s.small),
    ]
    qr = [QrFlowable(slip.qr_payload, QR_SIZE), p(f"Kode: {slip.code_display}", s.body)]
    return [plain_table([[title, qr]], [width - QR_COLUMN, QR_COLUMN])]


def _slip_facts(slip: ReturnSlipContent, width: float) -> list:
    rows = [("Nomor surat rujukan", slip.number), ("ID rujukan", slip.referral_id),
            ("Nama", slip.name), ("NIK", slip.nik_masked), ("Layanan yang dimohon", slip.service),
            ("Dirujuk kepada", slip.addressee)]
    cells = [[p(label), p(":"), p(value)] for label, value in rows]
    cells[2][2] = Paragraph(f"<b>{escape(slip.name)}</b>", styles().body)
    return [plain_table(cells, [FILL_LABEL, 3 * mm, width - FILL_LABEL - 3 * mm])]


def _slip_outcome(width: float) -> list:
    parts = [FillLine(width, label, FILL_LABEL)
             for label in ("Tanggal diterima", "Petugas penerima", "Unit / lembaga")]
    parts += [Spacer(0, 2 * mm), p("Hasil layanan (centang satu kotak):")]
    parts += [CheckLine(width, label, label.endswith(":")) for label in OUTCOME_BOXES]
    parts += [Spacer(0, 1 * mm), FillLine(width, "Catatan", FILL_LABEL), FillLine(width, "", FILL_LABEL),
              FillLine(width, "Kunjungan berikutnya", FILL_LABEL)]
    return parts


def _slip_signature(width: float) -> list:
    left = [p("Cap lembaga:", styles().small)]
    right = [p("……………………, ……………………"), p("Petugas penerima,"), Spacer(0, SIGNATURE_SPACE),
             p("(………………………………………)")]
    return [plain_table([[left, right]], [width * 0.5, width * 0.5])]


def return_slip(slip: ReturnSlipContent, width: float) -> list:
    """Page 2, a sheet of its own: detached from the letter, filled in, and sent back."""
    parts = _slip_header(slip, width) + [Spacer(0, 2 * mm)] + _slip_facts(slip, width)
    parts += [Spacer(0, 3 * mm)] + _slip_outcome(width) + [Spacer(0, 3 * mm)] + _slip_signature(width)
    return [KeepTogether(parts)]


def documents_slip(slip: DocumentsSlipContent, width: float) -> list:
    """A half page for the citizen: which documents to bring for the chosen service."""
    s = styles()
    parts = [
        p(slip.office_name.upper(), s.title), p("BAWA DOKUMEN BERIKUT", s.title), Spacer(0, 4 * mm),
        plain_table([[p("Nama"), p(":"), Paragraph(f"<b>{escape(slip.name.upper())}</b>", s.body)],
                     [p("Layanan"), p(":"), p(slip.service)]], [22 * mm, 4 * mm, width - 26 * mm]),
        Spacer(0, 3 * mm),
        p("Bawa dokumen asli dan fotokopinya:"),
    ]
    parts += [CheckLine(width, f"{i}. {doc}", False) for i, doc in enumerate(slip.documents, 1)]
    if slip.notes:
        parts += [Spacer(0, 2 * mm), p(f"Catatan: {slip.notes}")]
    parts += [Spacer(0, 3 * mm), p(f"{slip.place}, {format_long(slip.date)}", s.right), Spacer(0, 4 * mm),
              CutLine(width)]
    return parts
