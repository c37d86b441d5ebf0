"""NIK and No KK checks (DOMAIN.md §6): structure, region, birth date with the +40 rule, serial."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import clock
from .errors import Problems
from .regions import region_name

_SCIENTIFIC = re.compile(r"^\s*\d+([.,]\d+)?[eE]\+?\d+\s*$")
_FLOAT_TAIL = re.compile(r"^\s*\d{15,16}[.,]0+\s*$")
_SEPARATORS = re.compile(r"[\s.\-]")

EXCEL_HINT = (
    "Kolom ini disimpan Excel sebagai angka, sehingga digit terakhir hilang atau menjadi 0. "
    "Format kolom sebagai Teks lalu ketik ulang nomornya."
)


@dataclass(frozen=True, slots=True)
class NikInfo:
    """What a structurally valid NIK says about its holder."""

    nik: str
    birth_date: dt.date
    sex: str  # "L" or "P"


def looks_mangled_by_excel(raw: str) -> bool:
    """True for `3.20101E+15` or `3201012345678900.0`: a number Excel turned into a float."""
    return bool(_SCIENTIFIC.match(raw) or _FLOAT_TAIL.match(raw))


def clean_number(raw: str) -> str:
    """Drops spaces, dots and dashes an operator may type between digit groups."""
    return _SEPARATORS.sub("", raw or "")


def _region_problems(digits: str, field: str, label: str, problems: Problems) -> None:
    province = digits[:2]
    if region_name(province) is None:
        problems.error(field, "province", f"Kode provinsi {province} pada {label} tidak dikenal.")
    elif region_name(digits[:4]) is None:
        problems.error(
            field, "regency",
            f"Kode kabupaten/kota {province}.{digits[2:4]} pada {label} tidak dikenal.",
        )


def _century_date(day: int, month: int, yy: int, today: dt.date) -> dt.date | None:
    year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _format_checks(raw: str, field: str, label: str, problems: Problems) -> str | None:
    if not raw or not raw.strip():
        problems.error(field, "required", f"{label} wajib diisi.")
        return None
    if looks_mangled_by_excel(raw):
        problems.error(field, "excel", f"{label} '{raw.strip()}' rusak oleh Excel. {EXCEL_HINT}")
        return None
    digits = clean_number(raw)
    if not digits.isdigit() or not digits.isascii():
        problems.error(field, "digits", f"{label} hanya boleh berisi angka.")
        return None
    if len(digits) != 16:
        problems.error(field, "length", f"{label} harus 16 digit (yang diisi {len(digits)} digit).")
        return None
    _region_problems(digits, field, label, problems)
    if digits[12:] == "0000":
        problems.error(field, "serial", f"Nomor urut {label} (4 digit terakhir) tidak boleh 0000.")
    return digits


def check_nik(
    raw: str,
    problems: Problems,
    *,
    field: str = "nik",
    birth_date: dt.date | None = None,
    sex: str | None = None,
    today: dt.date | None = None,
) -> NikInfo | None:
    """Validates a NIK; compares the birth date and sex it encodes with what was typed (warnings)."""
    today = today or clock.today()
    digits = _format_checks(raw, field, "NIK", problems)
    if digits is None:
        return None
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    nik_sex = "P" if day > 40 else "L"
    real_day = day - 40 if day > 40 else day
    if not (1 <= day <= 31 or 41 <= day <= 71):
        problems.error(field, "day", f"Tanggal lahir pada NIK ({digits[6:8]}) harus 01–31, atau 41–71 untuk perempuan.")
        return None
    if not 1 <= month <= 12:
        problems.error(field, "month", f"Bulan lahir pada NIK ({digits[8:10]}) harus 01–12.")
        return None
    nik_birth = _century_date(real_day, month, yy, today)
    if nik_birth is None:
        problems.error(field, "date", f"Tanggal lahir pada NIK ({digits[6:12]}) bukan tanggal yang ada.")
        return None
    if birth_date is not None and (birth_date.day, birth_date.month, birth_date.year % 100) != (
        nik_birth.day, nik_birth.month, nik_birth.year % 100
    ):
        problems.warn(
            field, "birth_mismatch",
            f"Menurut NIK, tanggal lahir {nik_birth:%d-%m-%Y}, tetapi yang diisi {birth_date:%d-%m-%Y}. "
            "Periksa KTP/KK; jika KTP memang berbeda, data tetap boleh disimpan.",
        )
    if sex in ("L", "P") and sex != nik_sex:
        told = "perempuan (tanggal lahir ditambah 40)" if nik_sex == "P" else "laki-laki"
        problems.warn(
            field, "sex_mismatch",
            f"Menurut NIK, pemiliknya {told}, tetapi jenis kelamin yang diisi berbeda. "
            "Periksa KTP/KK; jika KTP memang begitu, data tetap boleh disimpan.",
        )
    return None if problems.errors and any(p.field == field for p in problems.errors) else NikInfo(digits, nik_birth, nik_sex)


def check_no_kk(raw: str, problems: Problems, *, field: str = "no_kk") -> str | None:
    """Validates a No KK (16 digits, known region, serial ≠ 0000). Returns the digits when valid."""
    before = len(problems.errors)
    digits = _format_checks(raw, field, "No KK", problems)
    return digits if digits is not None and len(problems.errors) == before else None


def mask_number(value: str | None, *, keep_region: bool = True) -> str:
    """The one place a NIK or No KK is masked: `3273••••••••0012` on screen (the region digits
    help the operator), `••••••••••••0012` with `keep_region=False` for paper that travels."""
    if not value:
        return ""
    if len(value) <= 8:
        return "•" * len(value)
    start = value[:4] if keep_region else "•" * 4
    return start + "•" * (len(value) - 8) + value[-4:]
