"""A printed list on landscape paper: the outgoing-letter register, the overdue referrals."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from ..core.dates import format_long
from ..core.letter import TableReport
from .fonts import BOLD, REGULAR, register_fonts
from .layout import GREY, PAGES, styles

MARGIN = 12 * mm


def render_table_report(report: TableReport, out: BinaryIO | Path) -> None:
    register_fonts()
    paper = landscape(PAGES[report.paper])
    width = paper[0] - 2 * MARGIN
    s = styles()

    def footer(c: Canvas, doc) -> None:
        c.saveState()
        c.setFont(REGULAR, 8)
        c.setFillColor(GREY)
        c.drawString(MARGIN, MARGIN / 2, f"{report.office_name} · {report.title} · dicetak {format_long(report.printed_on)}")
        c.drawRightString(paper[0] - MARGIN, MARGIN / 2, f"Halaman {doc.page}")
        c.restoreState()

    target = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(target, pagesize=paper, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title=report.title, author="Puskesos Desktop",
                          creator="Puskesos Desktop", initialFontName=REGULAR, initialFontSize=9)
    frame = Frame(MARGIN, MARGIN, width, paper[1] - 2 * MARGIN, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("list", [frame], onPage=footer)])
    story = [Paragraph(escape(report.office_name.upper()), s.title), Paragraph(escape(report.title.upper()), s.title)]
    if report.subtitle:
        story.append(Paragraph(escape(report.subtitle), s.kop_small))
    story.append(Spacer(1, 5 * mm))
    total = sum(w for _h, w in report.columns)
    widths = [width * w / total for _h, w in report.columns]
    cell = s.small.clone("cell", textColor="black", fontSize=8.5, leading=10.5)
    head = s.small.clone("head", textColor="black", fontName=BOLD, fontSize=8.5, leading=10.5)
    data = [[Paragraph(escape(h), head) for h, _w in report.columns]]
    data += [[Paragraph(escape(v), cell) for v in row] for row in report.rows]
    if not report.rows:
        data.append([Paragraph(escape(report.empty_text), cell)] + [""] * (len(report.columns) - 1))
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GREY),
        ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if not report.rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    story.append(table)
    doc.build(story)
