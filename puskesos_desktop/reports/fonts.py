"""Embedded TrueType fonts for every PDF: Bitstream Vera, shipped inside ReportLab itself.

Never the 14 standard PDF fonts: those are not embedded, so each viewer and printer substitutes
its own and the letter would look different on every laptop. Vera comes with the reportlab wheel
(`reportlab/fonts`, Bitstream Vera licence), so no asset of ours and no extra download; it covers
Latin-1 plus the dashes and bullets a letter needs (–, •). Vera has no monospace face in the wheel,
so the recovery code is set in DejaVu Sans Mono Bold (Vera's derivative, same licence), shipped in
`assets/fonts`.
"""

from __future__ import annotations

import threading

from .. import paths

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "PuskesosSans"
BOLD = "PuskesosSans-Bold"
ITALIC = "PuskesosSans-Italic"
BOLD_ITALIC = "PuskesosSans-BoldItalic"
MONO_BOLD = "PuskesosMono-Bold"

_FILES = {REGULAR: "Vera.ttf", BOLD: "VeraBd.ttf", ITALIC: "VeraIt.ttf", BOLD_ITALIC: "VeraBI.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Registers the family once per process (cheap to call before every render)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, filename))  # found on reportlab's own font path
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True


def register_mono_font() -> None:
    """The monospace face too, for the PDFs that use it (a letter never reads its 330 KB file)."""
    register_fonts()
    with _lock:
        if MONO_BOLD not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(MONO_BOLD, str(paths.assets_dir() / "fonts" / "DejaVuSansMono-Bold.ttf")))
