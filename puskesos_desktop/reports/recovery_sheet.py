"""The printed "Kode Pemulihan" sheet: the office's recovery code on paper, for the office safe.

One page in Bahasa Indonesia: the office, the code large in a monospace face in its groups of 4,
the day it was made, what to do with the sheet, and lines for whoever keeps it. No QR code: a
phone photographing the sheet would carry the key to every record out of the office.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, ListFlowable, ListItem, PageTemplate, Paragraph, Spacer

from ..core.dates import format_long
from .fonts import BOLD, MONO_BOLD, REGULAR, register_mono_font
from .layout import GREY, PAGES, FillLine, styles

MARGIN = 20 * mm
CODE_SIZE = 21  # points: 34 characters of DejaVu Sans Mono fit 170 mm with room on A4 and F4
TITLE = "Kode Pemulihan"  # what a PDF viewer shows; never the code itself

INSTRUCTIONS = (
    "Simpan lembar ini di <b>brankas kantor</b>. Jangan menyimpan kode ini di laptop atau ponsel, "
    "dan jangan memotretnya.",
    "<b>Siapa pun yang memegang kode ini dapat membuka seluruh data</b> warga di laptop Puskesos, tanpa "
    "kata sandi. Jangan memperlihatkannya kepada orang lain.",
    "Pakai kode ini hanya bila semua kata sandi terlupa atau berkas kunci rusak: di jendela masuk, pilih "
    "<b>Pakai kode pemulihan…</b> lalu ketik kodenya (huruf besar atau kecil sama saja).",
    "<b>Jika lembar ini hilang</b> atau kodenya mungkin diketahui orang lain, buat kode baru di "
    "<b>Pengaturan</b> (tombol <b>Buat kode pemulihan baru…</b>) dan cetak lembar yang baru. "
    "<b>Kode lama tidak berlaku lagi</b>; musnahkan lembar yang lama.",
)


class _CodeBox(Flowable):
    """The code in one line, large and monospaced, inside a double frame."""

    def __init__(self, code: str, width: float) -> None:
        super().__init__()
        self.code, self.width, self.height = code, width, 22 * mm

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(black)
        c.setLineWidth(1.6)
        c.rect(0, 0, self.width, self.height)
        c.setLineWidth(0.5)
        c.rect(1.6 * mm, 1.6 * mm, self.width - 3.2 * mm, self.height - 3.2 * mm)
        c.setFont(MONO_BOLD, CODE_SIZE)
        c.drawCentredString(self.width / 2, self.height / 2 - CODE_SIZE * 0.36, self.code)


def render_recovery_sheet(code: str, office_name: str, region: str, made_on: dt.date, out: BinaryIO | Path, *,
                          paper: str = "A4") -> None:
    """Writes the sheet to a path or a binary stream. `code` as the key file gives it (groups of 4
    joined by "-"); `region` one line ("Desa …, Kecamatan …, Kabupaten …, Provinsi")."""
    if paper not in PAGES:
        raise ValueError(f"unknown paper {paper!r} (A4 or F4)")
    register_mono_font()
    page = PAGES[paper]
    width = page[0] - 2 * MARGIN
    s = styles()
    title = s.title.clone("sheet_title", fontSize=22, leading=26)
    office = s.title.clone("sheet_office", fontSize=13, leading=16)
    centred = s.kop_small.clone("sheet_centred", fontSize=10, leading=13)
    note = s.small.clone("sheet_note", alignment=1)
    body = s.body.clone("sheet_body", fontSize=10.5, leading=14, spaceAfter=2.5 * mm)
    heading = s.body.clone("sheet_heading", fontName=BOLD, fontSize=11, leading=14)

    def on_page(c: Canvas, _doc) -> None:
        c.saveState()
        c.setFont(BOLD, 10)
        c.setLineWidth(1)
        label = "RAHASIA"
        w = c.stringWidth(label, BOLD, 10) + 6 * mm
        c.rect(page[0] - MARGIN - w, page[1] - 14 * mm, w, 6.5 * mm)
        c.drawCentredString(page[0] - MARGIN - w / 2, page[1] - 14 * mm + 2.1 * mm, label)
        c.setFont(REGULAR, 8)
        c.setFillColor(GREY)
        c.drawString(MARGIN, 10 * mm, "Puskesos Desktop · Kode Pemulihan · simpan di brankas kantor")
        c.restoreState()

    target = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(target, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title=TITLE, author="Puskesos Desktop", creator="Puskesos Desktop",
                          initialFontName=REGULAR, initialFontSize=10)
    frame = Frame(MARGIN, MARGIN, width, page[1] - 2 * MARGIN, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    doc.addPageTemplates([PageTemplate("sheet", [frame], onPage=on_page)])
    steps = ListFlowable([ListItem(Paragraph(text, body), leftIndent=7 * mm, value=i)
                          for i, text in enumerate(INSTRUCTIONS, 1)],
                         bulletType="1", bulletFontName=BOLD, bulletFontSize=10.5, leftIndent=7 * mm)
    story: list[Flowable] = [
        Spacer(1, 8 * mm),
        Paragraph("KODE PEMULIHAN", title),
        Paragraph("Kunci cadangan untuk membuka data Puskesos Desktop", centred),
        Spacer(1, 8 * mm),
        Paragraph(escape(office_name), office),
        Paragraph(escape(region), centred),
        Spacer(1, 10 * mm),
        _CodeBox(code, width),
        Spacer(1, 2.5 * mm),
        Paragraph("7 kelompok berisi 4 huruf/angka. Tidak ada angka 0 dan 1, tidak ada huruf I, L dan O.", note),
        Spacer(1, 6 * mm),
        Paragraph(f"Dibuat: <b>{escape(format_long(made_on))}</b>", s.body.clone("sheet_made", fontSize=11,
                                                                               alignment=1)),
        Spacer(1, 10 * mm),
        Paragraph("Petunjuk", heading),
        Spacer(1, 2 * mm),
        steps,
        Spacer(1, 12 * mm),
        Paragraph("Disimpan oleh", heading),
        Spacer(1, 2 * mm),
        *(FillLine(width, label, 38 * mm) for label in ("Nama", "Jabatan", "Tanggal disimpan")),
        Spacer(1, 10 * mm),  # room to sign
        FillLine(width, "Tanda tangan", 38 * mm),
    ]
    doc.build(story)
