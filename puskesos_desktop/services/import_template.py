"""The example file for `household import` (DOMAIN.md §5): the columns, two made-up people, and notes.

XLSX is the safe format for Excel users: every cell is text, so a NIK typed into it stays 16 digits
instead of becoming `3.20101E+15`. The CSV (semicolon, UTF-8 with BOM) is for other spreadsheets.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..core import codes
from ..core.errors import ValidationError

# Made-up people (names say so) who pass every check of the import; NIK and No KK serials 9999.
EXAMPLE_ROWS = (
    {"no_kk": "3201051511209999", "nik": "3201051505909999", "nama": "BUDI CONTOH", "hubungan": "KEPALA KELUARGA",
     "jenis_kelamin": "L", "tanggal_lahir": "1990-05-15", "tempat_lahir": "BOGOR", "alamat": "Kp. Contoh No. 1",
     "rt": "003", "rw": "001", "dusun": "Krajan", "status_kawin": "KAWIN", "agama": "ISLAM",
     "pendidikan": "SLTA/SEDERAJAT", "pekerjaan": "PETANI/PEKEBUN", "disabilitas": "", "desil": "3",
     "status_dtsen": "Terdaftar", "id_dtsen": "", "telepon": "081234567890"},
    {"no_kk": "3201051511209999", "nik": "3201055507929999", "nama": "SITI CONTOH", "hubungan": "ISTRI",
     "jenis_kelamin": "P", "tanggal_lahir": "15-07-1992", "tempat_lahir": "BOGOR", "alamat": "", "rt": "",
     "rw": "", "dusun": "", "status_kawin": "KAWIN", "agama": "ISLAM", "pendidikan": "SLTP/SEDERAJAT",
     "pekerjaan": "MENGURUS RUMAH TANGGA", "disabilitas": "Netra", "desil": "", "status_dtsen": "",
     "id_dtsen": "", "telepon": ""},
)

_NOTES = {
    "no_kk": "Nomor KK, 16 digit. Baris dengan No KK yang sama menjadi satu keluarga.",
    "nik": "NIK, 16 digit. Ketik sebagai teks (jangan biarkan Excel mengubahnya menjadi angka).",
    "nama": "Nama lengkap sesuai KTP/KK.",
    "hubungan": "Hubungan dalam keluarga: " + ", ".join(codes.RELATIONSHIPS) + ".",
    "jenis_kelamin": "L atau P.",
    "tanggal_lahir": "YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY.",
    "tempat_lahir": "Tempat lahir.",
    "alamat": "Alamat keluarga (cukup di baris pertama keluarga itu).",
    "rt": "RT, angka 1–3 digit.",
    "rw": "RW, angka 1–3 digit.",
    "dusun": "Nama dusun.",
    "status_kawin": ", ".join(codes.MARITAL_STATUSES) + ".",
    "agama": ", ".join(codes.RELIGIONS) + ".",
    "pendidikan": ", ".join(codes.EDUCATION_LEVELS) + ".",
    "pekerjaan": "Sesuai daftar pekerjaan Dukcapil, misalnya " + ", ".join(codes.OCCUPATIONS[:9]) + ".",
    "disabilitas": "Boleh lebih dari satu, dipisah koma: " + ", ".join(codes.DISABILITIES.values()) + ".",
    "desil": "Desil DTSEN 1–10; kosongkan bila belum diketahui.",
    "status_dtsen": ", ".join(codes.DTSEN_STATUSES.values()) + ".",
    "id_dtsen": "ID DTSEN bila ada.",
    "telepon": "Nomor telepon.",
}


def write_template(path: Path, required: tuple[str, ...], optional: tuple[str, ...]) -> Path:
    """Writes the example as XLSX or CSV, by the file's suffix, through a temporary name."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError.single("file", "type", "Contoh berkas disimpan sebagai .xlsx atau .csv.")
    columns = (*required, *optional)
    tmp = path.with_name(path.name + ".partial")
    try:
        (_write_xlsx if suffix == ".xlsx" else _write_csv)(tmp, columns, set(required))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _write_csv(path: Path, columns: tuple[str, ...], _required: set[str]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(columns)
        for row in EXAMPLE_ROWS:
            writer.writerow([row[c] for c in columns])


def _write_xlsx(path: Path, columns: tuple[str, ...], required: set[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Data warga"  # the importer reads the first sheet
    sheet.append(list(columns))
    for row in EXAMPLE_ROWS:
        sheet.append([row[c] for c in columns])
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(12, len(column) + 4, *(len(r[column]) + 2 for r in EXAMPLE_ROWS))
        sheet.column_dimensions[letter].number_format = "@"  # cells typed later are text too
        for cell in sheet[letter]:
            cell.number_format = "@"
        sheet.cell(1, index).font = Font(bold=column in required)
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("Petunjuk")
    notes.append(["kolom", "wajib", "keterangan"])
    for column in columns:
        notes.append([column, "ya" if column in required else "tidak", _NOTES.get(column, "")])
    notes.column_dimensions["C"].width = 100
    book.save(path)
