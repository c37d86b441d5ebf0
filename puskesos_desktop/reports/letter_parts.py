"""The flowables of page 1, the Surat Rujukan: kop, heading, body, identity block, signatures."""

from __future__ import annotations

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..core.letter import LetterContent, Letterhead, Signatory
from .fonts import REGULAR
from .layout import DoubleRule, styles

LOGO_SIZE = 24 * mm
SIGNATURE_SPACE = 24 * mm  # room for a signature and the stamp over it
_PLAIN = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the default, Helvetica, would not be embedded
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
])


def p(text: str, style=None) -> Paragraph:
    """A paragraph of plain text (escaped: names like "A & B" must not break the markup)."""
    return Paragraph(escape(text), style or styles().body)


def plain_table(rows, widths) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(_PLAIN)
    return table


def kop(head: Letterhead, width: float) -> list:
    """Logo at the left, the bold lines centred over the whole width, then the double rule."""
    s = styles()
    lines = [p(line, s.kop) for line in head.lines[:-1]]
    if head.lines:
        lines.append(p(head.lines[-1], s.kop_big))
    lines += [p(head.address, s.kop_small)] + ([p(head.contact, s.kop_small)] if head.contact else [])
    logo = Image(BytesIO(head.logo_png), LOGO_SIZE, LOGO_SIZE, kind="proportional") if head.logo_png else ""
    # Equal side columns keep the text centred on the page, not on what is left beside the logo.
    side = LOGO_SIZE + 2 * mm
    table = plain_table([[logo, lines, ""]], [side, width - 2 * side, side])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [table, Spacer(0, 1.5 * mm), DoubleRule(width), Spacer(0, 4 * mm)]


def heading(letter: LetterContent, width: float) -> list:
    """Nomor / Sifat / Lampiran / Hal at the left; place and date, then Kepada Yth. / di – at the right."""
    s = styles()
    left_w, right_w = width * 0.58, width * 0.42
    rows = [("Nomor", letter.number), ("Sifat", letter.nature), ("Lampiran", letter.attachments),
            ("Hal", letter.subject)]
    numbers = plain_table([[p(label), p(":"), p(value)] for label, value in rows],
                          [19 * mm, 3.5 * mm, left_w - 26 * mm])
    addressee = plain_table([
        [p("Yth."), p(letter.addressee_position)],
        [p("di –"), ""],
        ["", p(letter.addressee_place)],
    ], [10 * mm, right_w - 12 * mm])
    right = [p(letter.place_and_date), Spacer(0, 5 * mm), p("Kepada"), addressee]
    block = plain_table([[numbers, right]], [left_w, right_w])
    # The date line sits one line above the Nomor line, as in a tata naskah dinas letter.
    return [block, Spacer(0, 5 * mm)]


def identity(letter: LetterContent, width: float) -> Table:
    """The identity block as an aligned two-column table, indented under the opening; name in bold."""
    indent, label = 10 * mm, 36 * mm
    rows = []
    for name, value in letter.person.rows():
        shown = Paragraph(f"<b>{escape(value)}</b>", styles().body) if name == "Nama" else p(value)
        rows.append(["", p(name), p(":"), shown])
    return plain_table(rows, [indent, label, 4 * mm, width - indent - label - 4 * mm])


def body(letter: LetterContent, width: float) -> list:
    s = styles()
    parts = [Paragraph(escape(letter.opening_text), s.justified), Spacer(0, 2 * mm),
             identity(letter, width), Spacer(0, 3 * mm)]
    parts.append(Paragraph(f"Kebutuhan/keluhan yang bersangkutan: {escape(letter.need)}", s.justified))
    parts.append(Paragraph(f"Layanan yang dimohon: <b>{escape(letter.service)}</b>.", s.justified))
    if letter.documents:
        parts += [Spacer(0, 1 * mm), Paragraph("Bersama ini kami lampirkan:", s.justified)]
        numbered = [["", p(f"{i}."), p(doc)] for i, doc in enumerate(letter.documents, 1)]
        parts.append(plain_table(numbered, [10 * mm, 7 * mm, width - 17 * mm]))
    parts += [Spacer(0, 2 * mm), Paragraph(escape(letter.closing_text), s.justified), Spacer(0, 6 * mm)]
    return parts


def _signature_cell(lead: str, who: Signatory) -> list:
    s = styles()
    cell = [p(lead) if lead else Spacer(0, s.body.leading), p(f"{who.position},"),
            Spacer(0, SIGNATURE_SPACE), Paragraph(f"<b><u>{escape(who.name.upper())}</u></b>", s.body)]
    if who.nip:
        cell.append(p(f"NIP. {who.nip}"))
    return cell


def signatures(letter: LetterContent, width: float) -> KeepTogether:
    """The signatory at the right; the optional "Mengetahui" (Kepala Desa) at the left, names level."""
    right = _signature_cell("", letter.signatory)
    left = _signature_cell("Mengetahui,", letter.acknowledger) if letter.acknowledger else ""
    return KeepTogether([plain_table([[left, "", right]], [width * 0.45, width * 0.05, width * 0.5])])
