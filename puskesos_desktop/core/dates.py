"""The one place dates are parsed from operator input and formatted in Indonesian."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def parse_date(text: str) -> dt.date | None:
    """`YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY` (as DOMAIN §5 allows); None when not a real date."""
    text = (text or "").strip()
    if " " in text:  # "2020-01-31 00:00:00" from a spreadsheet
        text = text.split(" ", 1)[0]
    if m := _ISO.match(text):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _DMY.match(text):
        d, mo, y = (int(g) for g in m.groups())
    else:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def format_long(day: dt.date) -> str:
    """`23 November 2026`."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_short(day: dt.date | None) -> str:
    """`23-11-2026`, the way dates are typed and shown in forms."""
    return "" if day is None else f"{day:%d-%m-%Y}"


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
