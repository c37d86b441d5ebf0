"""Scanning a folder for personal data left on disk (issue 10 §4; docs/decisions.md, "No plaintext on disk").

The people below are made up, with numbers and names that occur nowhere else, so any hit is a leak.
A file fails when its bytes hold a NIK, a No KK, a name or a part of one (ASCII case ignored; UTF-8
and UTF-16-LE, as Windows writes it), when a ZIP member does, when it is a plain SQLite database,
or when it is a PDF or PostScript document: a letter's text sits in compressed streams in glyph
codes of an embedded font subset, where no byte search finds it, and every letter is personal data.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from puskesos_desktop.db.cipher import PLAINTEXT_HEADER

NO_KK = "3201051403127734"  # issued 14-03-2012 in Babakan Madang
PEOPLE = [  # (NIK, name, relationship, sex, birth date)
    ("3201050211857731", "Bramantyo Wicaksono", "KEPALA KELUARGA", "L", "02-11-1985"),
    ("3201055904877732", "Zulaikha Prameswari", "ISTRI", "P", "19-04-1987"),
    ("3201056306147733", "Kirana Anindyaswari", "ANAK", "P", "23-06-2014"),
]
# A row an import rejects (Excel turned the NIK into a float): it goes to the rejects file only.
REJECTED = ("3.20105E+15", "Wiryawan Sastrodiharjo", "ANAK", "L", "07-08-2010")
# The people of tests/fixtures/puskesos-0001_baseline.sqlite3 (No KK first).
BASELINE_PEOPLE = [("3201051511200001", ""), ("3201051505900001", "Muhamad Joko"),
                   ("3201055507920003", "Siti Aisyah"), ("3201050203150002", "Rizki Pratama")]
DOCUMENT_HEADERS = {b"%PDF-": "a PDF document", b"%!PS": "a PostScript document"}


def _needles() -> dict[str, str]:
    """What must not be found, lower-cased, with what it is (for the failure message)."""
    found = {NO_KK: "No KK"}
    for nik, name, *_ in (*PEOPLE, REJECTED):
        found[nik] = f"NIK of {name}"
        found[name.lower()] = "name"
        for word in name.split():  # a search index or a name key keeps the words apart
            found[word.lower()] = f"part of the name {name}"
    for number, name in BASELINE_PEOPLE:
        found[number] = f"NIK of {name}" if name else "No KK"
        if name:
            found[name.lower()] = "name"
    return found


NEEDLES = _needles()


def leaks_in(data: bytes) -> list[str]:
    lowered = data.lower()  # ASCII letters only; the needles are ASCII
    return [f"{needle!r} ({what}, {encoding})" for needle, what in NEEDLES.items()
            for encoding in ("utf-8", "utf-16-le") if needle.encode(encoding) in lowered]


def _problems(where: str, data: bytes) -> list[str]:
    found = [f"{where}: {what}" for header, what in DOCUMENT_HEADERS.items() if data.startswith(header)]
    if data.startswith(PLAINTEXT_HEADER):
        found.append(f"{where}: a plain SQLite database")
    found += [f"{where}: {leak}" for leak in leaks_in(data)]
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.namelist():
                found += _problems(f"{where}!{member}", archive.read(member))
    return found


def scan(root: Path, exempt: set[Path] = frozenset()) -> list[str]:
    """What every file under `root` but the exempt ones gives away, one line per finding."""
    problems = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p not in exempt):
        problems += _problems(str(path.relative_to(root)), path.read_bytes())
    return problems
