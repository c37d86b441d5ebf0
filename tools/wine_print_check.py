"""What pdfium's GDI path sends a Windows printer, next to a painted page: run by a Windows Python
(under Wine, by tools/wine_print_check.sh), not part of the test suite.

    python wine_print_check.py LETTER.pdf PRINTER_NAME EMF_FILE

1. `win_print.print_pdf_gdi(LETTER, PRINTER)`: the code Windows runs (one job, "Surat rujukan (gdi)").
2. The painted path's equivalent: each page rendered by pdfium to a 300 dpi bitmap, drawn on the
   printer's DC with StretchDIBits (what Qt's engine does with the painted image; Qt itself does not
   run under Wine 8: its QtPdf stops at a breakpoint when a QPdfDocument is made). One job, "(painted)".
3. Page 1 drawn by FPDF_RenderPage into an enhanced metafile, its records counted by type: text
   records (EMR_EXTTEXTOUTW) or outlines (paths), and bitmaps.

The shell script reads the two jobs' sizes and text from the spooler's side."""

from __future__ import annotations

import collections
import ctypes
import sys
from ctypes import wintypes

EMR_NAMES = {84: "EXTTEXTOUTW", 83: "EXTTEXTOUTA", 85: "POLYBEZIER16", 88: "POLYBEZIERTO16", 86: "POLYGON16",
             59: "BEGINPATH", 62: "FILLPATH", 63: "STROKEANDFILLPATH", 64: "STROKEPATH", 81: "STRETCHDIBITS",
             76: "BITBLT", 80: "SETDIBITSTODEVICE", 77: "STRETCHBLT"}


def main(pdf_path: str, printer: str, emf_path: str) -> int:
    from puskesos_desktop.ui.widgets.win_print import print_pdf_gdi

    data = open(pdf_path, "rb").read()
    print("gdi: pages printed", print_pdf_gdi(data, printer, title="Surat rujukan (gdi)"))
    print("painted: pages printed", painted(data, printer, title="Surat rujukan (painted)"))
    print("emf records of page 1:", emf_records(data, emf_path))
    return 0


def painted(data: bytes, printer: str, *, title: str, dpi: int = 300) -> int:
    import pypdfium2.raw as pdfium
    from puskesos_desktop.ui.widgets import win_print

    gdi = win_print._Gdi()
    gdi.gdi32.StretchDIBits.argtypes = (ctypes.c_void_p, *[ctypes.c_int] * 8, ctypes.c_void_p, ctypes.c_void_p,
                                       ctypes.c_uint, ctypes.c_uint32)
    buffer = (ctypes.c_char * len(data)).from_buffer_copy(data)
    document = pdfium.FPDF_LoadMemDocument64(buffer, len(data), None)
    devmode, _copies = gdi.devmode(printer, copies=1, duplex=None, paper_mm=win_print.A4_MM, landscape=False)
    hdc = gdi.create_dc(printer, devmode)
    gdi.start_doc(hdc, title)
    count = pdfium.FPDF_GetPageCount(document)
    for index in range(count):
        page = pdfium.FPDF_LoadPage(document, index)
        width, height = pdfium.FPDF_GetPageWidthF(page), pdfium.FPDF_GetPageHeightF(page)
        bw, bh = round(width / 72 * dpi), round(height / 72 * dpi)
        bitmap = pdfium.FPDFBitmap_Create(bw, bh, 0)
        pdfium.FPDFBitmap_FillRect(bitmap, 0, 0, bw, bh, 0xFFFFFFFF)
        pdfium.FPDF_RenderPageBitmap(bitmap, page, 0, 0, bw, bh, 0, pdfium.FPDF_PRINTING | pdfium.FPDF_ANNOT)
        info = _BITMAPINFOHEADER(ctypes.sizeof(_BITMAPINFOHEADER), pdfium.FPDFBitmap_GetStride(bitmap) // 4, -bh,
                                 1, 32, 0, 0, 0, 0, 0, 0)
        gdi.start_page(hdc)
        x, y, w, h = win_print._placement(gdi.caps(hdc), width, height)
        gdi.gdi32.StretchDIBits(hdc, x, y, w, h, 0, 0, bw, bh, pdfium.FPDFBitmap_GetBuffer(bitmap),
                                ctypes.byref(info), 0, 0x00CC0020)  # DIB_RGB_COLORS, SRCCOPY
        gdi.end_page(hdc)
        pdfium.FPDFBitmap_Destroy(bitmap)
        pdfium.FPDF_ClosePage(page)
    gdi.end_doc(hdc)
    gdi.delete_dc(hdc)
    pdfium.FPDF_CloseDocument(document)
    return count


def emf_records(data: bytes, emf_path: str) -> dict[str, int]:
    import pypdfium2  # noqa: F401 - initialises pdfium
    import pypdfium2.raw as pdfium

    gdi32, user32 = ctypes.WinDLL("gdi32"), ctypes.WinDLL("user32")
    user32.GetDC.restype = ctypes.c_void_p
    gdi32.CreateEnhMetaFileW.restype = ctypes.c_void_p
    gdi32.CreateEnhMetaFileW.argtypes = (ctypes.c_void_p, wintypes.LPCWSTR, ctypes.c_void_p, wintypes.LPCWSTR)
    gdi32.CloseEnhMetaFile.restype = ctypes.c_void_p
    gdi32.CloseEnhMetaFile.argtypes = (ctypes.c_void_p,)
    gdi32.GetDeviceCaps.argtypes = (ctypes.c_void_p, ctypes.c_int)
    gdi32.DeleteEnhMetaFile.argtypes = (ctypes.c_void_p,)
    counts: collections.Counter[int] = collections.Counter()
    callback_type = ctypes.WINFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p,
                                       ctypes.POINTER(ctypes.c_uint32), ctypes.c_int, ctypes.c_void_p)
    callback = callback_type(lambda _dc, _table, record, _n, _data: counts.update([record[0]]) or 1)
    gdi32.EnumEnhMetaFile.argtypes = (ctypes.c_void_p, ctypes.c_void_p, callback_type, ctypes.c_void_p,
                                      ctypes.c_void_p)
    buffer = (ctypes.c_char * len(data)).from_buffer_copy(data)
    document = pdfium.FPDF_LoadMemDocument64(buffer, len(data), None)
    page = pdfium.FPDF_LoadPage(document, 0)
    hdc = gdi32.CreateEnhMetaFileW(user32.GetDC(None), emf_path, None, "Puskesos\0letter\0")
    width, height = gdi32.GetDeviceCaps(hdc, 8), gdi32.GetDeviceCaps(hdc, 10)
    scale = min(width / pdfium.FPDF_GetPageWidthF(page), height / pdfium.FPDF_GetPageHeightF(page))
    pdfium.FPDF_RenderPage(hdc, page, 0, 0, round(pdfium.FPDF_GetPageWidthF(page) * scale),
                           round(pdfium.FPDF_GetPageHeightF(page) * scale), 0,
                           pdfium.FPDF_PRINTING | pdfium.FPDF_ANNOT)
    metafile = gdi32.CloseEnhMetaFile(hdc)
    gdi32.EnumEnhMetaFile(None, metafile, callback, None, None)
    gdi32.DeleteEnhMetaFile(metafile)
    pdfium.FPDF_ClosePage(page)
    pdfium.FPDF_CloseDocument(document)
    return {name: counts[kind] for kind, name in EMR_NAMES.items()}


class _BITMAPINFOHEADER(ctypes.Structure):
    _fields_ = [("biSize", ctypes.c_uint32), ("biWidth", ctypes.c_int32), ("biHeight", ctypes.c_int32),
                ("biPlanes", ctypes.c_uint16), ("biBitCount", ctypes.c_uint16), ("biCompression", ctypes.c_uint32),
                ("biSizeImage", ctypes.c_uint32), ("biXPelsPerMeter", ctypes.c_int32),
                ("biYPelsPerMeter", ctypes.c_int32), ("biClrUsed", ctypes.c_uint32), ("biClrImportant", ctypes.c_uint32)]


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
