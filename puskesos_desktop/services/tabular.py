"""Reads an operator's CSV (comma or semicolon) or XLSX into rows of text, keeping Excel's damage visible."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import ValidationError


@dataclass(frozen=True, slots=True)
class SheetRow:
    number: int  # as the operator sees it in the spreadsheet (header is row 1)
    values: dict[str, str]  # lower-case column name -> text
    numeric: frozenset[str]  # columns whose cell was a number in the XLSX


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def read_table(path: Path) -> tuple[list[str], list[SheetRow]]:
    """Header (lower-case) and rows. Raises ValidationError when the file cannot be read as a table."""
    if not path.exists():
        raise ValidationError.single("file", "missing", f"Berkas {path} tidak ditemukan.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    raise ValidationError.single("file", "type", "Berkas harus berformat CSV atau XLSX.")


def _read_csv(path: Path) -> tuple[list[str], list[SheetRow]]:
    text = _decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ValidationError.single("file", "empty", "Berkas kosong.") from None
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        rows.append(SheetRow(number, {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}, frozenset()))
    return header, rows


def _read_xlsx(path: Path) -> tuple[list[str], list[SheetRow]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise ValidationError.single("file", "unreadable", f"Berkas XLSX tidak dapat dibaca: {exc}") from None
    try:
        sheet = book.worksheets[0]
        it = sheet.iter_rows(values_only=True)
        try:
            header = [_text(h).lower() for h in next(it)]
        except StopIteration:
            raise ValidationError.single("file", "empty", "Lembar kerja pertama kosong.") from None
        rows = []
        for number, cells in enumerate(it, start=2):
            if not any(_text(c) for c in cells):
                continue
            values, numeric = {}, set()
            for i, h in enumerate(header):
                cell = cells[i] if i < len(cells) else None
                values[h] = _text(cell)
                if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                    numeric.add(h)
            rows.append(SheetRow(number, values, frozenset(numeric)))
        return header, rows
    finally:
        book.close()
