"""`household import`: CSV (comma or semicolon) and XLSX, rows grouped by No KK, all or nothing."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.services.importer import ImportCancelled

from tests.services.helpers import register

HEADER = ["no_kk", "nik", "nama", "hubungan", "jenis_kelamin", "tanggal_lahir", "alamat", "rt", "rw", "dusun", "desil"]
ROWS = [
    ["3201051511200001", "3201051505900001", "Muhamad Joko", "KEPALA KELUARGA", "L", "1990-05-15", "Kp. Cibeureum", "3", "1", "Krajan", "2"],
    ["3201051511200001", "3201055507920003", "Siti Aisyah", "ISTRI", "P", "15-07-1992", "", "", "", "", ""],
    ["3201051511200001", "3201050203150002", "Rizki Pratama", "ANAK", "Laki-laki", "02/03/2015", "", "", "", "", ""],
    ["3201051601210004", "3201052208750001", "Dadang Suherman", "KEPALA", "L", "22-08-1975", "Jl. Masjid", "5", "2", "Pasir", ""],
]


def write_csv(path, rows, header=HEADER, delimiter=","):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


def last_seq(sv) -> int:
    with sv.engine.connect() as conn:
        return conn.execute(text("SELECT last_seq FROM sync_origin WHERE is_local")).scalar_one()


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_creates_households_grouped_by_no_kk(any_services, tmp_path, delimiter):
    sv = any_services
    report = sv.importer.run(write_csv(tmp_path / "warga.csv", ROWS, delimiter=delimiter))
    assert (report.rows, report.households_created, report.persons_created, report.rejected) == (4, 2, 4, ())
    assert report.applied and report.rejects_file is None
    [joko] = sv.search.search("muhamad joko")
    h = joko.household
    assert (h.no_kk, h.address, h.rt, h.rw, h.dusun, h.desil) == ("3201051511200001", "Kp. Cibeureum", "003", "001", "KRAJAN", 2)
    assert [(m.name, m.sex, m.birth_date) for m in h.members] == [
        ("MUHAMAD JOKO", "L", dt.date(1990, 5, 15)), ("SITI AISYAH", "P", dt.date(1992, 7, 15)),
        ("RIZKI PRATAMA", "L", dt.date(2015, 3, 2)),
    ]
    [dadang] = sv.search.search("dadang")
    assert dadang.household.head.relationship == "KEPALA KELUARGA"
    assert last_seq(sv) == 1  # one transaction for the whole file
    assert sv.check.run().ok


def test_xlsx_with_a_nik_stored_as_a_number_rejects_that_row(any_services, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(ROWS[0][:5] + [dt.datetime(1990, 5, 15)] + ROWS[0][6:])
    sheet.append(ROWS[1])
    sheet.append([ROWS[2][0], 3201050203150002, *ROWS[2][2:]])  # typed as a number: Excel keeps 15 digits
    path = tmp_path / "warga.xlsx"
    book.save(path)
    report = any_services.importer.run(path)
    assert (report.persons_created, report.households_created) == (2, 1)
    [rejected] = report.rejected
    assert (rejected.row, rejected.column) == (4, "nik") and "Excel" in rejected.reason
    assert any_services.search.search("rizki") == []
    assert any_services.search.search("3201050203") == []


@pytest.mark.parametrize("damaged", ["3.20105E+15", "3201050203150000.0"])
def test_csv_nik_damaged_by_excel_is_rejected(any_services, tmp_path, damaged):
    rows = [ROWS[0], [*ROWS[2][:1], damaged, *ROWS[2][2:]]]
    report = any_services.importer.run(write_csv(tmp_path / "warga.csv", rows))
    [rejected] = report.rejected
    assert (rejected.row, rejected.column) == (3, "nik") and "Excel" in rejected.reason
    assert report.persons_created == 1


def test_missing_columns_reject_the_file(any_services, tmp_path):
    path = write_csv(tmp_path / "warga.csv", [r[:4] for r in ROWS], header=HEADER[:4])
    with pytest.raises(ValidationError) as err:
        any_services.importer.run(path)
    assert "jenis_kelamin" in str(err.value) and "tanggal_lahir" in str(err.value)
    assert any_services.households.count() == 0 and last_seq(any_services) == 0


def test_header_names_are_case_insensitive(any_services, tmp_path):
    report = any_services.importer.run(write_csv(tmp_path / "w.csv", ROWS[:1], header=[h.upper() for h in HEADER]))
    assert report.persons_created == 1 and not report.rejected


def test_invalid_rows_are_reported_and_written_to_the_rejects_file(any_services, tmp_path):
    rows = [
        ROWS[0],
        ["3201051511200001", "320105550792000", "Siti Aisyah", "ISTRI", "P", "15-07-1992", "", "", "", "", ""],
        ["3201051511200001", "3201050203150002", "Rizki Pratama", "ANAK", "L", "31-02-2015", "", "", "", "", ""],
        ["3201051601210004", "3201052208750001", "Dadang", "TETANGGA", "L", "22-08-1975", "", "", "", "", "12"],
        ["3201051601210005", "3201051505900001", "Joko Lagi", "KEPALA KELUARGA", "L", "1990-05-15", "", "", "", "", ""],
    ]
    path = write_csv(tmp_path / "warga.csv", rows)
    report = any_services.importer.run(path)
    assert report.persons_created == 1
    got = {(r.row, r.column) for r in report.rejected}
    assert {(3, "nik"), (4, "tanggal_lahir"), (5, "hubungan"), (5, "desil"), (6, "nik")} <= got
    assert all(r.reason for r in report.rejected)
    assert report.rejects_file == tmp_path / "warga_ditolak.csv"
    with report.rejects_file.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.DictReader(f, delimiter=";"))
    assert [w["baris_asal"] for w in written] == ["3", "4", "5", "6"]
    assert written[0]["nik"] == "320105550792000" and "16 digit" in written[0]["alasan_ditolak"]
    assert "baris 2" in written[3]["alasan_ditolak"]  # the same NIK earlier in the file


def test_rejects_file_can_be_named(any_services, tmp_path):
    bad = [[*ROWS[0][:5], "kemarin", *ROWS[0][6:]]]
    target = tmp_path / "out" / "tolak.csv"
    target.parent.mkdir()
    report = any_services.importer.run(write_csv(tmp_path / "w.csv", bad), rejects_path=target)
    assert report.rejects_file == target and target.exists()
    assert not (tmp_path / "w_ditolak.csv").exists()


def test_birth_date_differing_from_nik_is_imported_with_a_warning(any_services, tmp_path):
    row = [*ROWS[0][:5], "1990-05-16", *ROWS[0][6:]]
    report = any_services.importer.run(write_csv(tmp_path / "w.csv", [row]))
    assert report.persons_created == 1 and not report.rejected
    assert [(w.row, w.column) for w in report.warnings] == [(2, "nik")]


def test_reimporting_the_same_file_changes_nothing(any_services, tmp_path):
    sv = any_services
    path = write_csv(tmp_path / "warga.csv", ROWS)
    sv.importer.run(path)
    seq = last_seq(sv)
    again = sv.importer.run(path)
    assert (again.households_created, again.households_updated, again.persons_created, again.persons_updated) == (0, 0, 0, 0)
    assert again.unchanged == 4
    assert last_seq(sv) == seq
    assert sv.households.count() == 2 and sv.households.count_people() == 4


def test_reimport_with_a_correction_updates_only_that_person(any_services, tmp_path):
    sv = any_services
    sv.importer.run(write_csv(tmp_path / "warga.csv", ROWS))
    fixed = [list(r) for r in ROWS]
    fixed[1][2] = "Siti Aisyah Rahmawati"
    report = sv.importer.run(write_csv(tmp_path / "warga2.csv", fixed))
    assert (report.persons_updated, report.unchanged, report.persons_created) == (1, 3, 0)
    assert len(sv.search.search("rahmawati")) == 1


def test_nik_living_in_another_household_is_rejected(any_services, tmp_path):
    register(any_services, "3201051511200009")
    row = ["3201051601210004", "3201051505900001", "Muhamad Joko", "KEPALA KELUARGA", "L", "1990-05-15", "", "", "", "", ""]
    report = any_services.importer.run(write_csv(tmp_path / "w.csv", [row]))
    [rejected] = report.rejected
    assert rejected.column == "nik" and "KK lain (3201••••••••0009)" in rejected.reason
    assert "MUHAMAD JOKO" in rejected.reason and "Pindahkan ke keluarga ini" in rejected.reason   # the way out
    assert any_services.households.count() == 1


def test_dry_run_writes_nothing(any_services, tmp_path):
    sv = any_services
    path = write_csv(tmp_path / "warga.csv", [*ROWS, [*ROWS[0][:1], "123", *ROWS[0][2:]]])
    preview = sv.importer.run(path, dry_run=True)
    assert (preview.households_created, preview.persons_created, len(preview.rejected)) == (2, 4, 1)
    assert not preview.applied and preview.rejects_file is None
    assert not (tmp_path / "warga_ditolak.csv").exists()
    assert sv.households.count() == 0 and last_seq(sv) == 0 and sv.search.search("joko") == []


def test_cancel_writes_nothing(any_services, tmp_path):
    sv = any_services
    asked = []
    progress = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # the operator presses Cancel after the first household

    with pytest.raises(ImportCancelled):
        sv.importer.run(write_csv(tmp_path / "warga.csv", ROWS), cancelled=cancelled,
                        progress=lambda done, total: progress.append((done, total)))
    assert progress == [(1, 2)]
    assert sv.households.count() == 0 and last_seq(sv) == 0 and sv.search.search("joko") == []


@pytest.mark.parametrize("name, content", [("warga.pdf", b"%PDF"), ("kosong.csv", b"")])
def test_unreadable_files_are_rejected(any_services, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError):
        any_services.importer.run(path)
    with pytest.raises(ValidationError):
        any_services.importer.run(tmp_path / "tidak-ada.csv")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_example_file_has_every_column_and_imports_cleanly(any_services, tmp_path, suffix):
    from openpyxl import load_workbook

    from puskesos_desktop.services.importer import OPTIONAL, REQUIRED

    path = any_services.importer.write_template(tmp_path / f"contoh{suffix}")
    report = any_services.importer.run(path, dry_run=True)
    assert (report.rows, report.rejected, report.households_created, report.persons_created) == (2, (), 1, 2)
    assert last_seq(any_services) == 0 and not list(tmp_path.glob("*.partial"))
    if suffix == ".csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")               # Excel reads it as UTF-8
        assert raw[3:].split(b"\r\n")[0].decode().split(";") == [*REQUIRED, *OPTIONAL]
        return
    sheet = load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]] == [*REQUIRED, *OPTIONAL]
    nik = sheet.cell(2, 2)
    assert (nik.value, nik.data_type, nik.number_format) == ("3201051505909999", "s", "@")
    assert sheet.column_dimensions["B"].number_format == "@"  # a NIK typed into it later stays text


def test_the_example_file_is_only_csv_or_xlsx(any_services, tmp_path):
    with pytest.raises(ValidationError):
        any_services.importer.write_template(tmp_path / "contoh.ods")
    assert list(tmp_path.glob("contoh*")) == []
