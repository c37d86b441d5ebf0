"""A PDF on screen before it goes to paper: the preview dialog, and printing a PDF on a system printer."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, QSaveFile, QSize, QSizeF, Qt,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QProgressDialog, QPushButton, QVBoxLayout,
    QWidget,
)

from ...core.errors import PuskesosError
from ...core.letter import pdf_file_name
from .file_dialogs import save_file
from .form import FieldMessage
from .screen_fit import resize_within_screen

POINTS_PER_INCH = 72.0
MM_PER_POINT = 25.4 / POINTS_PER_INCH
# A page is rasterised for the printer at its resolution, but never finer than this: a 1200 dpi
# A4 page would be a 550 MB image, and 300 dpi is already sharper than a village office printer.
MAX_RENDER_DPI = 300
ZOOM_STEP = 1.25
PROGRESS_FROM_PAGES = 10  # longer jobs (batches) show a progress dialog with Cancel
F4_MM = (215.0, 330.0)

log = logging.getLogger(__name__)


def load_pdf(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A document read from memory; the buffer must live as long as the document does."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def page_size_of(document: QPdfDocument, page: int = 0) -> QPageSize:
    """The paper of a PDF page (always given upright): A4 is recognised as A4, F4 stays 215 × 330 mm."""
    points = document.pagePointSize(page)
    width = round(min(points.width(), points.height()) * MM_PER_POINT, 1)
    height = round(max(points.width(), points.height()) * MM_PER_POINT, 1)
    # Exact, not fuzzy: a fuzzy match turns F4 into US Folio (8.5 × 13 in).
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "F4" if (width, height) == F4_MM else "",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def print_pdf(data: bytes, printer: QPrinter, progress: Callable[[int, int], bool] | None = None, *,
              vector: bool = True) -> int:
    """Prints the PDF on `printer`; returns pages printed. On a Windows printer pdfium draws each page on
    the printer's device context as vector output (`win_print`); the PDF itself (text and lines) goes
    where the destination takes a PDF (`send_vector`); elsewhere, for a page range outside Windows, or
    when the Windows path fails, each page is painted as an image at the printer's resolution, on the
    PDF's own paper and orientation.

    `progress(done, total)` is called before each page; when it returns False the job is aborted."""
    document, _buffer = load_pdf(data)
    count = document.pageCount() if document.status() == QPdfDocument.Status.Ready else 0
    if count == 0:
        return 0
    windows = _windows_printing(printer) if vector else None
    if windows is not None:
        try:
            return windows(data, printer.printerName(), title=printer.docName(), copies=printer.copyCount(),
                           duplex=_DUPLEX_KEYS.get(printer.duplex()), pages=_pages_to_print(printer, count),
                           progress=progress)
        except Exception as exc:  # noqa: BLE001 - any failure of the vector path: paint the pages instead
            log.warning("Vector printing (GDI) failed, the pages are printed as images: %s", _reason(exc))
    if vector and _pages_to_print(printer, count) == list(range(count)) and send_vector(data, printer):
        return count
    first = document.pagePointSize(0)
    orientation = (QPageLayout.Orientation.Landscape if first.width() > first.height()
                   else QPageLayout.Orientation.Portrait)
    printer.setPageLayout(QPageLayout(page_size_of(document), orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)  # the PDF brings its own margins
    pages = _pages_to_print(printer, count)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for i, page in enumerate(pages):
            if progress is not None and not progress(i, len(pages)):
                printer.abort()
                return i
            if i:
                printer.newPage()
            _paint_page(painter, printer, document, page, dpi)
    finally:
        painter.end()
    return len(pages)


def send_vector(data: bytes, printer: QPrinter) -> bool:
    """The PDF as it is, when the destination takes one: a PDF file (print to file), or a CUPS queue
    (Linux, macOS: CUPS turns a PDF into the printer's own language, text stays text). False: the
    caller paints it (the Windows spooler takes no PDF: `win_print` draws it there). docs/decisions.md,
    "Printing"."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        file = QSaveFile(printer.outputFileName())
        return bool(printer.outputFileName()) and file.open(QIODevice.OpenModeFlag.WriteOnly) and (
            file.write(QByteArray(data)) == len(data)) and file.commit()
    return sys.platform != "win32" and bool(printer.printerName()) and send_to_cups(
        data, printer.printerName(), copies=printer.copyCount(), title=printer.docName(), duplex=printer.duplex())


def _windows_printing(printer: QPrinter) -> Callable[..., int] | None:
    """`win_print.print_pdf_gdi` for a system printer on Windows (imported there only), else None."""
    if sys.platform != "win32" or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat \
            or not printer.printerName():
        return None
    from .win_print import print_pdf_gdi
    return print_pdf_gdi


def _reason(exc: Exception) -> str:
    """What to log of a failed print: the step and Windows error code, or only the exception's type
    (an exception's text could name the document)."""
    from .win_print import WinPrintError
    return str(exc) if isinstance(exc, WinPrintError) else type(exc).__name__


_DUPLEX_KEYS = {QPrinter.DuplexMode.DuplexNone: "one-sided", QPrinter.DuplexMode.DuplexLongSide: "long-edge",
                QPrinter.DuplexMode.DuplexShortSide: "short-edge"}
_SIDES = {QPrinter.DuplexMode.DuplexNone: "one-sided", QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
          QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge"}


def send_to_cups(data: bytes, queue: str, *, copies: int = 1, title: str = "",
                 duplex: QPrinter.DuplexMode = QPrinter.DuplexMode.DuplexAuto) -> bool:
    """`lp -d QUEUE` with the PDF on its input; True when CUPS took the job."""
    lp = shutil.which("lp")
    if lp is None:
        return False
    command = [lp, "-d", queue, "-n", str(max(copies, 1)), "-t", title or "Puskesos"]
    if duplex in _SIDES:
        command += ["-o", f"sides={_SIDES[duplex]}"]
    try:
        done = subprocess.run([*command, "-"], input=data, capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """All pages, or the range the operator chose in the print dialog (0-based)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return list(range(printer.fromPage() - 1, min(printer.toPage() or count, count)))
    return list(range(count))


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int, dpi: int) -> None:
    points = document.pagePointSize(page)
    image = document.render(page, QSize(round(points.width() / POINTS_PER_INCH * dpi),
                                        round(points.height() / POINTS_PER_INCH * dpi)))
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / points.width(), paper.height() / points.height())  # keep the aspect ratio
    width, height = points.width() * scale, points.height() * scale
    target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)


class PdfPreviewDialog(QDialog):
    """Shows a PDF; Print (Ctrl+P) and Save give `on_output()`'s bytes when given (e.g. a logged print), else the PDF.

    `file_name`: the name Save suggests (in Documents); `will_be_copy()`: True when the next output is a
    reprint (SALINAN), which Save says before it asks where; every output is confirmed under the page.
    `allow_save=False`: paper only, for a PDF that must not become a file (the recovery code sheet):
    no Save button, and the print dialog offers no "print to file". `on_done(how, pages)`: after a
    print (`"print"`, the pages sent) or a save (`"pdf"`), e.g. to write it to the audit log."""

    def __init__(self, title: str, pdf: bytes, *, on_output: Callable[[], bytes] | None = None,
                 file_name: str = "", will_be_copy: Callable[[], bool] | None = None,
                 allow_save: bool = True, on_done: Callable[[str, int], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.allow_save = allow_save
        self._on_done = on_done
        self._on_output = on_output
        self._file_name = file_name or pdf_file_name(title)
        self._will_be_copy = will_be_copy or (lambda: False)
        self._pdf = pdf
        self._buffer: QBuffer | None = None
        self.setWindowTitle(title)
        # The view before the document: children are deleted in the order they were made, so the view
        # (and the page renderer it owns) is gone before the document it draws, and the buffers last.
        self.view = QPdfView(self)
        self.document = QPdfDocument(self)
        self._build()
        self.set_pdf(pdf)
        resize_within_screen(self, 820, 900)  # the page scrolls; the buttons stay on screen
        self.view.setFocus()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.page_label = QLabel()
        self.zoom_in_button = QPushButton(self.tr("Zoom &in (Ctrl++)"))
        self.zoom_out_button = QPushButton(self.tr("Zoom &out (Ctrl+-)"))
        self.fit_button = QPushButton(self.tr("&Fit width"))
        top = QHBoxLayout()
        top.addWidget(self.page_label, 1)
        for button, slot in ((self.zoom_out_button, self.zoom_out), (self.zoom_in_button, self.zoom_in),
                             (self.fit_button, self.fit_width)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            top.addWidget(button)
        self.message = FieldMessage()
        self.done_label = QLabel()  # what was printed or saved, and where
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("&Print… (Ctrl+P)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(self.tr("Close (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.setVisible(self.allow_save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.done_label)
        layout.addWidget(buttons)
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_), (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           (QKeySequence("Ctrl+="), self.zoom_in), (QKeySequence.StandardKey.ZoomOut, self.zoom_out)):
            QShortcut(keys, self).activated.connect(slot)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._show_page_count())

    def set_pdf(self, pdf: bytes) -> None:
        """Shows `pdf` (again, after a print whose bytes differ from the preview, e.g. a SALINAN)."""
        old = self._buffer
        self._pdf = pdf
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.view.pageNavigator().jump(0, QPointF())
        self._show_page_count()

    def current_pdf(self) -> bytes:
        """The PDF on screen: the preview, or what was last printed or saved."""
        return self._pdf

    def _show_page_count(self) -> None:
        count = self.document.pageCount()
        current = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(self.tr("Page {current} of {count}").format(current=min(current, count), count=count))

    # ---- zoom ----------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self._zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.view.zoomFactor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            factor = self._fitted_factor() * (ZOOM_STEP if factor > self.view.zoomFactor() else 1 / ZOOM_STEP)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(factor, 8.0)))

    def _fitted_factor(self) -> float:
        """The zoom factor fit-to-width shows now, so the first zoom step starts from what is seen."""
        points = self.document.pagePointSize(0)
        pixels = points.width() / POINTS_PER_INCH * self.logicalDpiX()
        return self.view.viewport().width() / pixels if pixels else 1.0

    # ---- output --------------------------------------------------------------------------------
    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.print_dialog(printer).exec() == QDialog.DialogCode.Accepted:
            self.output_to(printer)

    def print_dialog(self, printer: QPrinter) -> QPrintDialog:
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, self.allow_save)
        return dialog

    def output_to(self, printer: QPrinter) -> int:
        """What happens once the print dialog is accepted: the bytes to print, printed; returns pages printed."""
        if not self.allow_save and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            self.message.show_error(self.tr("This document is printed on paper only, never to a file."))
            return 0
        copy = self._will_be_copy()
        data = self._output()
        if data is None:
            return 0
        printer.setDocName(self._title)
        document, _buffer = load_pdf(data)  # the buffer must outlive the document that reads it
        total = document.pageCount()
        progress = None
        if total > PROGRESS_FROM_PAGES:  # a batch: show how far the printer got, with Cancel
            progress = QProgressDialog(self.tr("Sending pages to the printer…"), self.tr("Cancel"), 0, total, self)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
        pages = print_pdf(data, printer, None if progress is None else
                          lambda done, count: (progress.setValue(done), not progress.wasCanceled())[1])
        if progress is not None:
            progress.close()
        if pages:
            self._done("print", pages)
        if pages == total:
            self.message.clear_message()
            self._confirm(self.tr("Printed: {title}, {pages} pages, to {printer}.").format(
                title=self._title, pages=pages, printer=_destination(printer)), copy)
        elif pages:
            self.message.show_error(self.tr("Printing stopped after {pages} of {total} pages.").format(
                pages=pages, total=total))
        else:
            self.message.show_error(self.tr("Nothing was printed: the printer could not be opened."))
        return pages

    def save(self) -> None:
        """Says first when the file will be a copy (SALINAN), then asks where, starting in Documents."""
        if not self.allow_save:
            return
        if self._will_be_copy() and QMessageBox.question(
                self, self.tr("Save a copy"), self.copy_warning()) != QMessageBox.StandardButton.Yes:
            return
        name = save_file(self, self.tr("Save PDF"), self._file_name, self.tr("PDF files (*.pdf)"))
        if name:
            self.save_to(Path(name if name.lower().endswith(".pdf") else f"{name}.pdf"))

    def copy_warning(self) -> str:
        return self.tr("This letter was printed before. The PDF will be a copy, marked SALINAN on the letter, "
                       "and it is counted as another print.\n\nSave the copy?")

    def save_to(self, path: Path) -> bool:
        """Writes the bytes to `path` whole or not at all; False (with the reason shown) when nothing was written."""
        if not self.allow_save:
            return False
        copy = self._will_be_copy()
        data = self._output()
        if data is None:
            return False
        file = QSaveFile(str(path))
        if not (file.open(QIODevice.OpenModeFlag.WriteOnly) and file.write(QByteArray(data)) == len(data)
                and file.commit()):
            file.cancelWriting()
            self.message.show_error(self.tr("The PDF could not be saved: {reason}").format(reason=file.errorString()))
            return False
        self.message.clear_message()
        self._confirm(self.tr("Saved: {path}").format(path=str(path)), copy)
        self._done("pdf", self.document.pageCount())
        return True

    def _done(self, how: str, pages: int) -> None:
        if self._on_done is None:
            return
        try:
            self._on_done(how, pages)
        except PuskesosError as exc:  # it was printed or saved all the same; say the log missed it
            self.message.show_error(str(exc))

    def _confirm(self, text: str, copy: bool) -> None:
        self.done_label.setText(text + (" " + self.tr("(a copy, marked SALINAN)") if copy else ""))

    def _output(self) -> bytes | None:
        """`on_output()` (shown from then on, as it may differ from the preview) or the PDF; None after an error."""
        if self._on_output is None:
            return self._pdf
        try:
            data = self._on_output()
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            return None
        self.set_pdf(data)
        return data


def _destination(printer: QPrinter) -> str:
    """The printer's name, or the file a PDF printer wrote."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return printer.outputFileName()
    return printer.printerName() or QCoreApplication.translate("PdfPreviewDialog", "the default printer")
