"""The consent form a household signs or thumbprints (issue 11 §4, DOMAIN §9): one A4 page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle

from ..core.consent import DEFAULT_SHARING, FORM_VERSION
from ..core.dates import format_long
from ..core.letter import Letterhead
from ..core.model import Household
from .fonts import BOLD, REGULAR, register_fonts
from .layout import GREY, PAGES, styles
from .letter_parts import kop, p

MARGIN = 18 * mm
COLLECTED = ("identitas (NIK, nama, tempat dan tanggal lahir, hubungan dalam keluarga), alamat dan Nomor KK; "
             "keadaan sosial-ekonomi dan tempat tinggal; disabilitas, penyakit kronis dan kategori PPKS bila ada; "
             "kebutuhan, keluhan, rujukan dan hasilnya.")
PURPOSE = ("mendata warga yang membutuhkan layanan sosial, merujuk ke program dan layanan yang sesuai, menindaklanjuti "
           "hasilnya, dan melapor kepada Dinas Sosial.")
RIGHTS = (
    "mendapat salinan cetak semua data tentang dirinya yang disimpan kantor ini;",
    "meminta data yang salah atau tidak lengkap diperbaiki;",
    "menarik persetujuan ini kapan saja; data tidak lagi dibagikan sesudahnya;",
    "meminta data dihapus bila tidak lagi diperlukan, sesuai jadwal retensi kantor;",
    "mengajukan keberatan kepada kantor ini atau Dinas Sosial.",
)


def _choices(names: list[str], style, width: float) -> Table:
    """One empty box to tick per recipient (drawn: not every font has a ballot box)."""
    table = Table([["", p(name, style)] for name in names], colWidths=[6 * mm, width - 6 * mm])
    table.setStyle(TableStyle([("BOX", (0, i), (0, i), 0.6, "black") for i in range(len(names))]
                              + [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    table.hAlign = "LEFT"
    return table


def render_consent_form(head: Letterhead, office_name: str, household: Household, today: dt.date,
                        out: BinaryIO | Path) -> None:
    register_fonts()
    paper = PAGES["A4"]
    width = paper[0] - 2 * MARGIN
    s = styles()
    cell = s.small.clone("cell", textColor="black", fontSize=9, leading=11)
    bold = cell.clone("bold", fontName=BOLD)
    section = s.body.clone("section", fontName=BOLD, spaceBefore=3 * mm, spaceAfter=1 * mm)
    target = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(target, pagesize=paper, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title="Formulir persetujuan", author="Puskesos Desktop",
                          creator="Puskesos Desktop", initialFontName=REGULAR, initialFontSize=10)
    doc.addPageTemplates([PageTemplate("form", [Frame(MARGIN, MARGIN, width, paper[1] - 2 * MARGIN, leftPadding=0,
                                                      rightPadding=0, topPadding=0, bottomPadding=0)])])
    where = ", ".join(x for x in (household.address, f"RT {household.rt}/RW {household.rw}" if household.rt else "",
                                  household.dusun) if x)
    members = [[p("No", bold), p("Nama", bold), p("NIK", bold), p("Hubungan", bold)]]
    members += [[p(str(n), cell), p(m.name, cell), p(m.nik, cell), p(m.relationship, cell)]
                for n, m in enumerate(household.members, 1)]
    table = Table(members, colWidths=[width * w for w in (0.07, 0.43, 0.27, 0.23)], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY), ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    sign = Table([[p("Yang memberi persetujuan,", cell), p("Petugas,", cell)],
                  [p("(tanda tangan atau cap jempol)", cell), ""],
                  [p("Nama: ....................................................", cell),
                   p("Nama: ....................................................", cell)]],
                 colWidths=[width / 2, width / 2], rowHeights=[6 * mm, 28 * mm, 7 * mm])
    sign.setStyle(TableStyle([("BOX", (0, 1), (0, 1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = kop(head, width) + [
        p("FORMULIR PERSETUJUAN PENGUMPULAN DAN PEMBAGIAN DATA PRIBADI", s.title),
        p(f"Versi formulir {FORM_VERSION} · {office_name}", s.kop_small), Spacer(0, 3 * mm),
        p(f"Keluarga dengan Nomor KK {household.no_kk}, {where or '—'}:", s.body), Spacer(0, 1.5 * mm), table,
        p("Data yang dikumpulkan", section), p(COLLECTED, cell),
        p("Untuk apa", section), p(PURPOSE, cell),
        p("Dibagikan kepada (hanya yang dicentang)", section),
        _choices([*DEFAULT_SHARING, "......................................................"], cell, width),
        p("Hak Anda menurut UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi", section),
        *[p(f"{n}. {text}", cell) for n, text in enumerate(RIGHTS, 1)],
        Spacer(0, 3 * mm),
        p("Saya, anggota keluarga di atas, telah dijelaskan isi formulir ini dan menyetujui data keluarga kami "
          "dikumpulkan dan dibagikan seperti di atas.", s.body),
        p(f"............................, {format_long(today)}", s.body), Spacer(0, 2 * mm), sign,
    ]
    doc.build(story)
