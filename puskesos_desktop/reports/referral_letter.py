"""The printed Surat Rujukan with its Lembar Balik, and the "Bawa dokumen berikut" slip, as PDF.

Page 1 is the letter, with a footer carrying the referral id, the verification code and a QR code
(no personal data). The return slip is always page 2, a sheet of its own: the letter fills most
of an A4 page, and even F4 lacks the ~190 mm the slip needs with room to write by hand, so a second
sheet gives the same layout on both papers. It must be printed single-sided (duplex would put the
slip on the back of the letter). The half-page "Bawa dokumen berikut" slip ends with a cut line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from ..core.letter import DocumentsSlipContent, LetterContent, ReturnSlipContent
from .fonts import REGULAR, register_fonts
from .layout import BOTTOM, FOOTER_HEIGHT, GREY, LEFT, PAGES, RIGHT, TOP, draw_copy_mark, draw_qr
from .letter_parts import body, heading, kop, signatures
from .slip_parts import documents_slip, return_slip

FOOTER_QR = 19 * mm


def _footer(c: Canvas, letter: LetterContent, page_width: float) -> None:
    """Referral id, verification code and QR under a thin rule, inside the bottom margin."""
    y = BOTTOM
    c.saveState()
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(LEFT, y + FOOTER_QR + 1 * mm, page_width - RIGHT, y + FOOTER_QR + 1 * mm)
    draw_qr(c, letter.qr_payload, page_width - RIGHT - FOOTER_QR, y, FOOTER_QR)
    c.setFillColor(GREY)
    c.setFont(REGULAR, 8)
    lines = (
        f"ID rujukan: {letter.referral_id}",
        f"Kode verifikasi: {letter.code_display}",
        "Keaslian surat dan hasil rujukan dapat diperiksa di Puskesos dengan kode ini atau kode QR.",
    )
    for i, line in enumerate(lines):
        c.drawString(LEFT, y + 12 * mm - i * 4.2 * mm, line)
    c.restoreState()


def _templates(letter: LetterContent, paper: tuple[float, float], key: str = "") -> list[PageTemplate]:
    """The letter page (with this letter's footer) and its slip page; `key` tells a batch's letters apart."""
    width, height = paper
    frame_width = width - LEFT - RIGHT
    letter_frame = Frame(LEFT, BOTTOM + FOOTER_HEIGHT, frame_width, height - TOP - BOTTOM - FOOTER_HEIGHT,
                         id="letter", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    slip_frame = Frame(LEFT, BOTTOM, frame_width, height - TOP - BOTTOM, id="slip",
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_letter(c: Canvas, _doc) -> None:
        _footer(c, letter, width)
        if letter.copy:
            draw_copy_mark(c, width, height)

    def on_slip(c: Canvas, _doc) -> None:
        if letter.copy:
            draw_copy_mark(c, width, height)

    return [PageTemplate(f"letter{key}", [letter_frame], onPage=on_letter),
            PageTemplate(f"slip{key}", [slip_frame], onPage=on_slip)]


def _document(out: BinaryIO | Path, paper: tuple[float, float], title: str) -> BaseDocTemplate:
    target = str(out) if isinstance(out, Path) else out
    # A canvas otherwise starts in Helvetica, which would land in the PDF as a font not embedded.
    return BaseDocTemplate(target, pagesize=paper, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                           bottomMargin=BOTTOM, title=title, author="Puskesos Desktop",
                           creator="Puskesos Desktop", initialFontName=REGULAR, initialFontSize=10)


def render_referral_letter(content: LetterContent, slip: ReturnSlipContent, out: BinaryIO | Path) -> None:
    """Writes the letter (page 1) and the return slip (page 2) as one PDF to a path or binary stream."""
    # The title is what a PDF viewer shows: the letter number, never the person's name.
    _render([(content, slip)], out, f"Surat Rujukan {content.number}")


def render_referral_letters(
    letters: Sequence[tuple[LetterContent, ReturnSlipContent]], out: BinaryIO | Path,
    progress: Callable[[int], bool] | None = None,
) -> None:
    """A batch in one PDF, two pages a letter, for one print job. All letters must share one paper size.

    `progress(done)` is called after each letter is drawn; when it returns False the build stops with
    `RenderCancelled` (the caller discards what was written).
    """
    if not letters:
        raise ValueError("no letters to render")
    _render(letters, out, f"Surat Rujukan ({len(letters)} surat)", progress)


class RenderCancelled(Exception):
    """The operator cancelled a batch while it was being drawn."""


class _Progress(Flowable):
    """Zero-size marker after each letter: reports progress when the page it sits on is drawn."""

    def __init__(self, done: int, progress: Callable[[int], bool]) -> None:
        super().__init__()
        self.width = self.height = 0
        self._done, self._progress = done, progress

    def wrap(self, *_args) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if not self._progress(self._done):
            raise RenderCancelled


def _render(
    letters: Sequence[tuple[LetterContent, ReturnSlipContent]], out: BinaryIO | Path, title: str,
    progress: Callable[[int], bool] | None = None,
) -> None:
    register_fonts()
    papers = {content.paper for content, _slip in letters}
    if len(papers) != 1:
        raise ValueError("the letters of one PDF must share one paper size")
    paper = PAGES[papers.pop()]
    width = paper[0] - LEFT - RIGHT
    doc = _document(out, paper, title)
    story: list[Flowable] = []
    for i, (content, slip) in enumerate(letters):
        key = str(i) if len(letters) > 1 else ""
        doc.addPageTemplates(_templates(content, paper, key))
        if i:
            story += [NextPageTemplate(f"letter{key}"), PageBreak()]
        story += kop(content.letterhead, width) + heading(content, width) + body(content, width)
        story += [signatures(content, width), NextPageTemplate(f"slip{key}"), PageBreak()]
        story += return_slip(slip, width)
        if progress is not None:
            story.append(_Progress(i + 1, progress))
    doc.build(story)


def render_documents_slip(content: DocumentsSlipContent, out: BinaryIO | Path) -> None:
    """The "Bawa dokumen berikut" slip: the upper half of a page, closed by a cut line."""
    register_fonts()
    paper = PAGES[content.paper]
    doc = _document(out, paper, f"Bawa dokumen berikut: {content.service}")
    frame = Frame(LEFT, BOTTOM, paper[0] - LEFT - RIGHT, paper[1] - TOP - BOTTOM, id="slip",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("slip", [frame])])
    doc.build(documents_slip(content, paper[0] - LEFT - RIGHT))
