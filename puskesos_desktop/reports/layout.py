"""Shared page geometry, paragraph styles and small drawn pieces (rules, boxes, QR, SALINAN)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .fonts import BOLD, REGULAR

F4 = (215 * mm, 330 * mm)
PAGES = {"A4": A4, "F4": F4}
# Tata naskah dinas margins: wider at the left for binding.
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 14 * mm, 10 * mm
FOOTER_HEIGHT = 22 * mm  # QR and referral id; the letter's frame stops above it
GREY = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    justified: ParagraphStyle
    right: ParagraphStyle
    kop: ParagraphStyle
    kop_big: ParagraphStyle
    kop_small: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.2)
    return Styles(
        body=body,
        justified=ParagraphStyle("justified", body, alignment=TA_JUSTIFY, firstLineIndent=10 * mm),
        right=ParagraphStyle("right", body, alignment=TA_RIGHT),
        kop=ParagraphStyle("kop", body, fontName=BOLD, fontSize=12, leading=14.5, alignment=TA_CENTER),
        kop_big=ParagraphStyle("kop_big", body, fontName=BOLD, fontSize=13, leading=15.5, alignment=TA_CENTER),
        kop_small=ParagraphStyle("kop_small", body, fontSize=8, leading=10, alignment=TA_CENTER),
        small=ParagraphStyle("small", body, fontSize=8, leading=10, textColor=GREY),
        title=ParagraphStyle("title", body, fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER),
    )


class DoubleRule(Flowable):
    """The kop surat's rule: a thick line with a thin one under it."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 3.2

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(1.8)
        c.line(0, 3.2, self.width, 3.2)
        c.setLineWidth(0.6)
        c.line(0, 0.6, self.width, 0.6)


class CutLine(Flowable):
    """A dashed line with "potong di sini" in its middle: where the return slip is cut off."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 4 * mm

    def draw(self) -> None:
        c, mid, label = self.canv, self.height / 2, "potong di sini"
        text_w = c.stringWidth(label, REGULAR, 7.5) + 6 * mm
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        c.line(0, mid, (self.width - text_w) / 2, mid)
        c.line((self.width + text_w) / 2, mid, self.width, mid)
        c.setDash()
        c.setFont(REGULAR, 7.5)
        c.drawCentredString(self.width / 2, mid - 2.5, label)


class CheckLine(Flowable):
    """An empty tick box, its label and, when the outcome needs details, a dotted line to fill in."""

    def __init__(self, width: float, label: str, fill_in: bool) -> None:
        super().__init__()
        self.width, self.height, self.label, self.fill_in = width, 7 * mm, label, fill_in

    def draw(self) -> None:
        c, box = self.canv, 3.8 * mm
        c.setLineWidth(0.8)
        c.rect(0, 1.2 * mm, box, box)
        c.setFont(REGULAR, 10)
        c.drawString(box + 2.5 * mm, 1.9 * mm, self.label)
        if self.fill_in:
            start = box + 4 * mm + c.stringWidth(self.label, REGULAR, 10)
            dotted_line(c, start, 1.6 * mm, self.width)


class FillLine(Flowable):
    """`Label : ..........` for the receiving office to write on."""

    def __init__(self, width: float, label: str, label_width: float) -> None:
        super().__init__()
        self.width, self.height, self.label, self.label_width = width, 7.5 * mm, label, label_width

    def draw(self) -> None:
        c = self.canv
        c.setFont(REGULAR, 10)
        c.drawString(0, 1.9 * mm, self.label)
        if self.label:
            c.drawString(self.label_width, 1.9 * mm, ":")
        dotted_line(c, self.label_width + 3 * mm, 1.6 * mm, self.width)


def dotted_line(c: Canvas, x0: float, y: float, x1: float) -> None:
    c.saveState()
    c.setDash(0.8, 1.6)
    c.setLineWidth(0.6)
    c.line(x0, y, x1, y)
    c.restoreState()


QR_BORDER = 4  # modules of quiet zone, as the QR standard asks


@lru_cache(maxsize=64)
def qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The module count and the dark runs (row, first column, length) of a QR code, level M.

    Encoded once per payload (the footer and the slip share it) and drawn as one path: the
    widget in reportlab.graphics builds a shape object per run and encodes twice, ~25 ms a code.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    runs = []
    for row, modules in enumerate(code.modules):
        column = 0
        for dark, group in itertools.groupby(bool(m) for m in modules):
            length = len(list(group))
            if dark:
                runs.append((row, column, length))
            column += length
    return code.getModuleCount(), tuple(runs)


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code of `size` × `size` (quiet zone included) with its lower left corner at x, y."""
    count, runs = qr_runs(payload)
    box = size / (count + 2 * QR_BORDER)
    path = c.beginPath()
    for row, column, length in runs:
        path.rect(x + (column + QR_BORDER) * box, y + size - (row + QR_BORDER + 1) * box, length * box, box)
    c.saveState()
    c.setFillColor(black)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


class QrFlowable(Flowable):
    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload, self.width, self.height = payload, size, size

    def draw(self) -> None:
        draw_qr(self.canv, self.payload, 0, 0, self.width)


def draw_copy_mark(c: Canvas, page_width: float, page_height: float) -> None:
    """A reprint: a boxed SALINAN at the top right and a faint diagonal one across the page."""
    c.saveState()
    c.setFont(BOLD, 12)
    c.setStrokeColor(black)
    c.setLineWidth(1.2)
    w = c.stringWidth("SALINAN", BOLD, 12) + 6 * mm
    x, y = page_width - RIGHT - w, page_height - 11 * mm
    c.rect(x, y, w, 6.5 * mm)
    c.drawCentredString(x + w / 2, y + 2 * mm, "SALINAN")
    c.setFillColor(Color(0, 0, 0, alpha=0.07))
    c.setFont(BOLD, 96)
    c.translate(page_width / 2, page_height / 2)
    c.rotate(50)
    c.drawCentredString(0, -30, "SALINAN")
    c.restoreState()
