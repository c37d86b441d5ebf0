"""The "Kode Pemulihan" sheet of an office, rendered in memory for the preview and the printer.

Nothing is logged: the code is not in the database, and the sheet never goes to a file the
application writes (docs/decisions.md, "Kode Pemulihan").
"""

from __future__ import annotations

from typing import BinaryIO

from ..core import clock
from ..core.letter import region_line
from ..core.model import Office


def write_recovery_sheet(code: str, office: Office | None, out: BinaryIO) -> None:
    """The sheet for `code` (groups of 4 joined by "-") on the office's paper, dated today."""
    from ..reports.recovery_sheet import render_recovery_sheet  # reportlab at the first print, not at start-up

    render_recovery_sheet(code, office.name if office else "", region_line(office) if office else "", clock.today(),
                          out, paper=office.letter.paper if office else "A4")
