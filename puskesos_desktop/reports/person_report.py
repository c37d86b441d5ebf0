"""The printed answer to a person's request for their data (issue 11 §6): one A4 portrait PDF."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle

from ..core import clock
from ..core.dates import format_long
from ..core.person_report import PersonReport
from .fonts import BOLD, REGULAR, register_fonts
from .layout import GREY, PAGES, styles
from .letter_parts import kop, p

MARGIN = 18 * mm
_GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])


def _day(value) -> str:
    return format_long(value) if value else "—"


def render_person_report(report: PersonReport, out: BinaryIO | Path) -> None:
    register_fonts()
    paper = PAGES["A4"]
    width = paper[0] - 2 * MARGIN
    s = styles()
    cell = s.small.clone("cell", textColor="black", fontSize=9, leading=11)
    head = s.small.clone("head", textColor="black", fontName=BOLD, fontSize=9, leading=11)
    section = s.body.clone("section", fontName=BOLD, spaceBefore=4 * mm, spaceAfter=1.5 * mm)

    def footer(c: Canvas, doc) -> None:
        c.saveState()
        c.setFont(REGULAR, 8)
        c.setFillColor(GREY)
        c.drawString(MARGIN, MARGIN / 2, f"Data pribadi {report.person.name} · dicetak {format_long(report.printed_on)}"
                                         " · RAHASIA: hanya untuk yang bersangkutan")
        c.drawRightString(paper[0] - MARGIN, MARGIN / 2, f"Halaman {doc.page}")
        c.restoreState()

    def grid(rows: list[list[str]], widths: list[float], empty: str) -> Table:
        data = [[p(h, head) for h in rows[0]]]
        data += [[p(v, cell) for v in row] for row in rows[1:]]
        if len(rows) == 1:
            data.append([p(empty, cell)] + [""] * (len(widths) - 1))
        table = Table(data, colWidths=[width * w for w in widths], repeatRows=1)
        table.setStyle(_GRID)
        if len(rows) == 1:
            table.setStyle(TableStyle([("SPAN", (0, 1), (-1, 1))]))
        return table

    person, household = report.person, report.household
    target = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(target, pagesize=paper, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title="Data pribadi", author="Puskesos Desktop",
                          creator="Puskesos Desktop", initialFontName=REGULAR, initialFontSize=10)
    doc.addPageTemplates([PageTemplate("report", [Frame(MARGIN, MARGIN, width, paper[1] - 2 * MARGIN,
                                                        leftPadding=0, rightPadding=0, topPadding=0,
                                                        bottomPadding=0)], onPage=footer)])
    story = kop(report.letterhead, width)
    story += [p("DATA PRIBADI YANG DISIMPAN", s.title),
              p(f"Atas permintaan yang bersangkutan (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi). "
                f"Dicetak oleh {report.office_name} pada {format_long(report.printed_on)}.", s.kop_small),
              Spacer(0, 3 * mm)]
    fields = [
        ("Nama", person.name), ("NIK", person.nik), ("Jenis kelamin", person.sex),
        ("Tempat, tanggal lahir", f"{person.birth_place or '—'}, {_day(person.birth_date)}"),
        ("Hubungan dalam keluarga", person.relationship), ("Status perkawinan", person.marital_status or "—"),
        ("Agama", person.religion or "—"), ("Pendidikan", person.education or "—"),
        ("Pekerjaan", person.occupation or "—"), ("Nama ibu kandung", person.mother_name or "—"),
        ("Telepon", person.phone or "—"), ("Disabilitas", ", ".join(person.disabilities) or "—"),
        ("Penyakit kronis", person.chronic_illness or "—"), ("Kategori PPKS", ", ".join(person.ppks) or "—"),
        ("Status", person.life_status),
    ]
    story += [p("1. Identitas", section), grid([["Data", "Isi"], *[[a, b] for a, b in fields]], [0.35, 0.65], "")]
    where = ", ".join(x for x in (household.address, f"RT {household.rt}/RW {household.rw}" if household.rt else "",
                                  household.dusun) if x)
    members = [[m.name, m.relationship] for m in household.members if m.id != person.id]
    story += [p("2. Keluarga", section),
              grid([["Data", "Isi"], ["Nomor KK", household.no_kk], ["Alamat", where or "—"],
                    ["Status DTSEN", household.dtsen_status or "—"],
                    ["Program bantuan", ", ".join(household.programs) or "—"]], [0.35, 0.65], ""),
              Spacer(0, 2 * mm),
              grid([["Anggota keluarga lain", "Hubungan"], *members], [0.65, 0.35], "Tidak ada anggota lain.")]
    consent = (f"Ya, sejak {_day(household.consent_date)}" if household.consent else "Belum tercatat")
    story += [p("3. Persetujuan pengumpulan data", section),
              grid([["Data", "Isi"], ["Persetujuan keluarga", consent]], [0.35, 0.65], "")]
    events = [[_day(e.on), e.title, e.detail] for e in report.entries]
    story += [p("4. Kebutuhan, keluhan, rujukan dan hasilnya", section),
              grid([["Tanggal", "Peristiwa", "Keterangan"], *events], [0.18, 0.37, 0.45], "Tidak ada.")]
    access = [[f"{clock.local_time(a.at):%d-%m-%Y %H:%M}", a.operator or "—", a.action] for a in report.access]
    story += [p("5. Siapa yang membuka, mengubah atau mencetak data ini (log audit)", section),
              grid([["Waktu", "Operator", "Tindakan"], *access], [0.22, 0.23, 0.55], "Tidak ada catatan.")]
    story += [Spacer(0, 4 * mm), p(
        "Yang bersangkutan berhak meminta data yang salah diperbaiki, dan menarik persetujuan berbagi data, "
        "dengan menghubungi kantor di atas.", s.kop_small)]
    doc.build(story)
