"""Printing a PDF on Windows as vector output: pdfium draws each page on the printer's device context.

`FPDF_RenderPage` (pdfium's Windows-only GDI renderer, through pypdfium2) turns the page's text and
lines into GDI drawing commands on the printer's DC, so the spooler gets paths (glyphs as filled
outlines, not characters) that the driver draws at the printer's own resolution, instead of a 300 dpi
picture of the page. The printer is opened here with the Win32 API (ctypes): Qt gives no handle to
the DC of its own print engine. Checked under Wine by tools/wine_print_check.sh.

Windows only; importing this module is safe anywhere (the Windows libraries are loaded when printing).
docs/decisions.md, "Printing"."""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable, Sequence

# GetDeviceCaps indexes
HORZRES, VERTRES = 8, 10
PHYSICALWIDTH, PHYSICALHEIGHT, PHYSICALOFFSETX, PHYSICALOFFSETY = 110, 111, 112, 113
# DEVMODEW: fields and their byte offsets (wingdi.h, the printer part of the union)
DM_ORIENTATION, DM_PAPERSIZE, DM_PAPERLENGTH, DM_PAPERWIDTH = 0x1, 0x2, 0x4, 0x8
DM_COPIES, DM_DUPLEX, DM_COLLATE = 0x100, 0x1000, 0x8000
DM_OUT_BUFFER, DM_IN_BUFFER = 2, 8
OFFSET_FIELDS, OFFSET_ORIENTATION, OFFSET_PAPER_SIZE = 72, 76, 78
OFFSET_PAPER_LENGTH, OFFSET_PAPER_WIDTH, OFFSET_COPIES = 80, 82, 86
OFFSET_DUPLEX, OFFSET_COLLATE = 94, 100
DEVMODE_MIN_SIZE = 102
DMORIENT_PORTRAIT, DMORIENT_LANDSCAPE = 1, 2
DMPAPER_A4 = 9
DMDUP_SIMPLEX, DMDUP_VERTICAL, DMDUP_HORIZONTAL = 1, 2, 3  # vertical: bound on the long edge
DUPLEX = {"one-sided": DMDUP_SIMPLEX, "long-edge": DMDUP_VERTICAL, "short-edge": DMDUP_HORIZONTAL}
A4_MM = (210.0, 297.0)
MM_PER_POINT = 25.4 / 72.0


class WinPrintError(Exception):
    """The GDI path could not print; `stage` names the step (no document or person data in it)."""

    def __init__(self, stage: str, code: int = 0) -> None:
        super().__init__(f"{stage} failed" + (f" (Windows error {code})" if code else ""))
        self.stage = stage
        self.code = code


class _DOCINFOW(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_int), ("lpszDocName", ctypes.c_wchar_p), ("lpszOutput", ctypes.c_wchar_p),
                ("lpszDatatype", ctypes.c_wchar_p), ("fwType", ctypes.c_uint32)]


def print_pdf_gdi(data: bytes, printer_name: str, *, title: str = "", copies: int = 1, duplex: str | None = None,
                  pages: Sequence[int] | None = None, progress: Callable[[int, int], bool] | None = None) -> int:
    """Prints `pages` (0-based; all when None) of the PDF on the Windows printer `printer_name`, one job
    named `title`; returns the pages printed. `progress(done, total)` is called before each page; False
    aborts the job (AbortDoc: the spooler drops it) and the pages sent before are returned.
    `duplex`: a key of DUPLEX, or None for the printer's default. Raises WinPrintError (or OSError) when
    the printer or the PDF cannot be opened or a page cannot be sent; the job is aborted then."""
    import pypdfium2  # noqa: F401 - importing the package initialises the pdfium library
    import pypdfium2.raw as pdfium

    gdi = _Gdi()
    buffer = (ctypes.c_char * len(data)).from_buffer_copy(data)  # pdfium reads it until the document closes
    document = pdfium.FPDF_LoadMemDocument64(buffer, len(data), None)
    if not document:
        raise WinPrintError("FPDF_LoadMemDocument64", pdfium.FPDF_GetLastError())
    try:
        count = pdfium.FPDF_GetPageCount(document)
        wanted = [p for p in (range(count) if pages is None else pages) if 0 <= p < count]
        if not wanted:
            return 0
        width, height = ctypes.c_double(), ctypes.c_double()
        if not pdfium.FPDF_GetPageSizeByIndex(document, wanted[0], ctypes.byref(width), ctypes.byref(height)):
            raise WinPrintError("FPDF_GetPageSizeByIndex", pdfium.FPDF_GetLastError())
        width_mm, height_mm = round(width.value * MM_PER_POINT, 1), round(height.value * MM_PER_POINT, 1)
        devmode, driver_copies = gdi.devmode(printer_name, copies=max(copies, 1), duplex=duplex,
                                             paper_mm=(min(width_mm, height_mm), max(width_mm, height_mm)),
                                             landscape=width_mm > height_mm)
        sequence = wanted * (1 if driver_copies else max(copies, 1))  # the driver's copies, or ours
        pdfium.FPDF_SetPrintMode(pdfium.FPDF_PRINTMODE_EMF)
        hdc = gdi.create_dc(printer_name, devmode)
        try:
            return _print_pages(gdi, pdfium, hdc, document, sequence, len(wanted), title, progress)
        finally:
            gdi.delete_dc(hdc)
    finally:
        pdfium.FPDF_CloseDocument(document)


def _print_pages(gdi: _Gdi, pdfium, hdc, document, sequence: list[int], distinct: int, title: str,
                 progress: Callable[[int, int], bool] | None) -> int:
    gdi.start_doc(hdc, title or "Puskesos")
    done = 0
    try:
        for done, index in enumerate(sequence):
            if progress is not None and not progress(done, len(sequence)):
                gdi.abort_doc(hdc)
                return min(done, distinct)
            page = pdfium.FPDF_LoadPage(document, index)
            if not page:
                raise WinPrintError("FPDF_LoadPage", pdfium.FPDF_GetLastError())
            try:
                gdi.start_page(hdc)
                x, y, width, height = _placement(gdi.caps(hdc), pdfium.FPDF_GetPageWidthF(page),
                                                 pdfium.FPDF_GetPageHeightF(page))
                pdfium.FPDF_RenderPage(hdc, page, x, y, width, height, 0, pdfium.FPDF_PRINTING | pdfium.FPDF_ANNOT)
                gdi.end_page(hdc)
            finally:
                pdfium.FPDF_ClosePage(page)
        gdi.end_doc(hdc)
    except BaseException:
        gdi.abort_doc(hdc)
        raise
    return distinct


def _placement(caps: dict[int, int], page_width: float, page_height: float) -> tuple[int, int, int, int]:
    """Where the page goes, in device pixels of the printable area (origin at its top left): the whole
    paper, aspect ratio kept and centred, like the painted path (the PDF brings its own margins)."""
    paper_w, paper_h = caps[PHYSICALWIDTH] or caps[HORZRES], caps[PHYSICALHEIGHT] or caps[VERTRES]
    scale = min(paper_w / page_width, paper_h / page_height)
    width, height = round(page_width * scale), round(page_height * scale)
    return ((paper_w - width) // 2 - caps[PHYSICALOFFSETX], (paper_h - height) // 2 - caps[PHYSICALOFFSETY],
            width, height)


class _Gdi:
    """The few gdi32 and winspool calls printing needs, each checked."""

    def __init__(self) -> None:
        from ctypes import wintypes

        self.gdi32 = ctypes.WinDLL("gdi32", use_last_error=True)
        self.winspool = ctypes.WinDLL("winspool.drv", use_last_error=True)
        g, w = self.gdi32, self.winspool
        g.CreateDCW.argtypes = (wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.LPCWSTR, ctypes.c_void_p)
        g.CreateDCW.restype = ctypes.c_void_p
        g.DeleteDC.argtypes = (ctypes.c_void_p,)
        g.StartDocW.argtypes = (ctypes.c_void_p, ctypes.POINTER(_DOCINFOW))
        for name in ("StartPage", "EndPage", "EndDoc", "AbortDoc"):
            getattr(g, name).argtypes = (ctypes.c_void_p,)
        g.GetDeviceCaps.argtypes = (ctypes.c_void_p, ctypes.c_int)
        w.OpenPrinterW.argtypes = (wintypes.LPWSTR, ctypes.POINTER(wintypes.HANDLE), ctypes.c_void_p)
        w.ClosePrinter.argtypes = (wintypes.HANDLE,)
        w.DocumentPropertiesW.argtypes = (wintypes.HWND, wintypes.HANDLE, wintypes.LPWSTR, ctypes.c_void_p,
                                          ctypes.c_void_p, wintypes.DWORD)
        w.DocumentPropertiesW.restype = wintypes.LONG
        self._handle_type = wintypes.HANDLE

    def devmode(self, printer: str, *, copies: int, duplex: str | None, paper_mm: tuple[float, float],
                landscape: bool) -> tuple[ctypes.Array, bool]:
        """The printer's default DEVMODE with the job's paper, orientation, copies and duplex merged in by
        its driver; and whether the driver kept the copies (else they are printed as repeated pages)."""
        handle = self._handle_type()
        if not self.winspool.OpenPrinterW(printer, ctypes.byref(handle), None):
            raise WinPrintError("OpenPrinterW", ctypes.get_last_error())
        try:
            size = self.winspool.DocumentPropertiesW(None, handle, printer, None, None, 0)
            if size < DEVMODE_MIN_SIZE:
                raise WinPrintError("DocumentPropertiesW", ctypes.get_last_error())
            devmode = ctypes.create_string_buffer(size)
            if self.winspool.DocumentPropertiesW(None, handle, printer, devmode, None, DM_OUT_BUFFER) < 0:
                raise WinPrintError("DocumentPropertiesW", ctypes.get_last_error())
            fields = DM_ORIENTATION | DM_COPIES | DM_COLLATE
            _set_short(devmode, OFFSET_ORIENTATION, DMORIENT_LANDSCAPE if landscape else DMORIENT_PORTRAIT)
            _set_short(devmode, OFFSET_COPIES, copies)
            _set_short(devmode, OFFSET_COLLATE, 1)
            if paper_mm == A4_MM:
                fields |= DM_PAPERSIZE
                _set_short(devmode, OFFSET_PAPER_SIZE, DMPAPER_A4)
            else:  # F4 (215 × 330 mm) has no DMPAPER_ number: the size itself, in tenths of a millimetre
                fields |= DM_PAPERWIDTH | DM_PAPERLENGTH
                _set_short(devmode, OFFSET_PAPER_WIDTH, round(paper_mm[0] * 10))
                _set_short(devmode, OFFSET_PAPER_LENGTH, round(paper_mm[1] * 10))
            if duplex in DUPLEX:
                fields |= DM_DUPLEX
                _set_short(devmode, OFFSET_DUPLEX, DUPLEX[duplex])
            struct.pack_into("<I", devmode, OFFSET_FIELDS, struct.unpack_from("<I", devmode, OFFSET_FIELDS)[0] | fields)
            if self.winspool.DocumentPropertiesW(None, handle, printer, devmode, devmode,
                                                 DM_IN_BUFFER | DM_OUT_BUFFER) < 0:
                raise WinPrintError("DocumentPropertiesW", ctypes.get_last_error())
        finally:
            self.winspool.ClosePrinter(handle)
        kept = bool(struct.unpack_from("<I", devmode, OFFSET_FIELDS)[0] & DM_COPIES)
        return devmode, copies == 1 or (kept and struct.unpack_from("<h", devmode, OFFSET_COPIES)[0] == copies)

    def create_dc(self, printer: str, devmode) -> int:
        hdc = self.gdi32.CreateDCW("WINSPOOL", printer, None, devmode)
        if not hdc:
            raise WinPrintError("CreateDCW", ctypes.get_last_error())
        return hdc

    def caps(self, hdc) -> dict[int, int]:
        return {i: self.gdi32.GetDeviceCaps(hdc, i) for i in (HORZRES, VERTRES, PHYSICALWIDTH, PHYSICALHEIGHT,
                                                               PHYSICALOFFSETX, PHYSICALOFFSETY)}

    def start_doc(self, hdc, title: str) -> None:
        info = _DOCINFOW(ctypes.sizeof(_DOCINFOW), title, None, None, 0)
        if self.gdi32.StartDocW(hdc, ctypes.byref(info)) <= 0:
            raise WinPrintError("StartDocW", ctypes.get_last_error())

    def start_page(self, hdc) -> None:
        if self.gdi32.StartPage(hdc) <= 0:
            raise WinPrintError("StartPage", ctypes.get_last_error())

    def end_page(self, hdc) -> None:
        if self.gdi32.EndPage(hdc) <= 0:
            raise WinPrintError("EndPage", ctypes.get_last_error())

    def end_doc(self, hdc) -> None:
        if self.gdi32.EndDoc(hdc) <= 0:
            raise WinPrintError("EndDoc", ctypes.get_last_error())

    def abort_doc(self, hdc) -> None:
        self.gdi32.AbortDoc(hdc)

    def delete_dc(self, hdc) -> None:
        self.gdi32.DeleteDC(hdc)


def _set_short(buffer, offset: int, value: int) -> None:
    struct.pack_into("<h", buffer, offset, value)
