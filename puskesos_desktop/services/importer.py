"""`household import`: a CSV/XLSX list of people, grouped into households by No KK, all or nothing."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from ..core import codes, rules
from ..core.dates import parse_date
from ..core.errors import Problems, PuskesosError
from ..core.ids import new_id
from ..core.identity import EXCEL_HINT, clean_number, looks_mangled_by_excel, mask_number
from ..core.model import HouseholdDraft, PersonDraft
from ..db import mapping
from ..db.records import HouseholdRecord, PersonRecord
from .context import Context
from .household_rows import index_terms, refresh_summary
from .import_template import write_template
from .tabular import SheetRow, read_table

REQUIRED = ("no_kk", "nik", "nama", "hubungan", "jenis_kelamin", "tanggal_lahir")
OPTIONAL = ("tempat_lahir", "alamat", "rt", "rw", "dusun", "status_kawin", "agama", "pendidikan",
            "pekerjaan", "disabilitas", "desil", "status_dtsen", "id_dtsen", "telepon")
# Field names of the drafts -> the file's column, so a problem is reported against the column.
_COLUMN_OF = {
    "no_kk": "no_kk", "nik": "nik", "name": "nama", "relationship": "hubungan", "sex": "jenis_kelamin",
    "birth_date": "tanggal_lahir", "birth_place": "tempat_lahir", "address": "alamat", "rt": "rt",
    "rw": "rw", "dusun": "dusun", "marital_status": "status_kawin", "religion": "agama",
    "education": "pendidikan", "occupation": "pekerjaan", "disabilities": "disabilitas",
    "desil": "desil", "dtsen_status": "status_dtsen", "dtsen_id": "id_dtsen", "phone": "telepon",
}
_RELATIONSHIP_ALIASES = {"KEPALA": codes.HEAD, "KK": codes.HEAD, "ORANG TUA": "ORANGTUA", "FAMILI": "FAMILI LAIN"}
_SEX_ALIASES = {"L": "L", "LAKI-LAKI": "L", "LAKI LAKI": "L", "LK": "L", "P": "P", "PEREMPUAN": "P", "PR": "P", "W": "P"}
_DTSEN_BY_LABEL = {label.upper(): code for code, label in codes.DTSEN_STATUSES.items()}
_DISABILITY_BY_LABEL = {label.upper(): code for code, label in codes.DISABILITIES.items()}


class ImportCancelled(PuskesosError):
    """The operator pressed Cancel; nothing was written."""


@dataclass(frozen=True, slots=True)
class RejectedRow:
    row: int
    column: str
    reason: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    rows: int
    households_created: int
    households_updated: int
    persons_created: int
    persons_updated: int
    unchanged: int
    rejected: tuple[RejectedRow, ...]
    warnings: tuple[RejectedRow, ...]
    applied: bool  # False for a dry run (preview): everything was rolled back
    rejects_file: Path | None = None


@dataclass
class _Parsed:
    row: SheetRow
    no_kk: str
    household: HouseholdDraft
    person: PersonDraft
    problems: Problems = field(default_factory=Problems)


class ImportService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def run(
        self, path: Path, *, dry_run: bool = False, rejects_path: Path | None = None,
        progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Validates every row, then writes all valid rows in one transaction (or none on a dry run)."""
        self._ctx.require(codes.WRITER_ROLES, "mengimpor data keluarga")
        header, rows = read_table(Path(path))
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise_missing(missing)
        parsed = [_parse(r) for r in rows]
        rejected: list[RejectedRow] = []
        warnings: list[RejectedRow] = []
        good = _first_pass(parsed, rejected, warnings)
        counts = {"hc": 0, "hu": 0, "pc": 0, "pu": 0, "same": 0}
        try:
            with self._ctx.transaction() as s:
                self._apply(s, good, counts, rejected, progress, cancelled)
                if dry_run:
                    raise _Rollback
                self._ctx.audit(s, "household_import", detail=f"{len(rows)} baris")
        except _Rollback:
            pass
        rejected.sort(key=lambda r: r.row)
        written = None
        if rejected and not dry_run:
            written = rejects_path or Path(path).with_name(Path(path).stem + "_ditolak.csv")
            _write_rejects(written, header, rows, rejected)
        return ImportReport(
            rows=len(rows), households_created=counts["hc"], households_updated=counts["hu"],
            persons_created=counts["pc"], persons_updated=counts["pu"], unchanged=counts["same"],
            rejected=tuple(rejected), warnings=tuple(warnings), applied=not dry_run, rejects_file=written,
        )

    def write_template(self, path: Path) -> Path:
        """An example file to fill in (XLSX or CSV by the suffix): the columns, two made-up people."""
        return write_template(Path(path), REQUIRED, OPTIONAL)

    def _apply(self, s, good: list[_Parsed], counts, rejected, progress, cancelled) -> None:
        niks = [p.person.nik for p in good]
        existing_people: dict[str, PersonRecord] = {}
        for chunk in _chunks(niks, 500):
            for person in s.execute(select(PersonRecord).where(
                PersonRecord.nik.in_(chunk), PersonRecord.deleted.is_(False)
            )).scalars():
                if person.life_status == "hidup" or person.nik not in existing_people:
                    existing_people[person.nik] = person
        households: dict[str, HouseholdRecord] = {}
        for chunk in _chunks(sorted({p.no_kk for p in good}), 500):
            for record in s.execute(select(HouseholdRecord).where(
                HouseholdRecord.no_kk.in_(chunk), HouseholdRecord.deleted.is_(False)
            )).scalars():
                households[record.no_kk] = record
        groups: dict[str, list[_Parsed]] = {}
        for p in good:
            groups.setdefault(p.no_kk, []).append(p)
        touched: list[HouseholdRecord] = []
        for done, (no_kk, members) in enumerate(groups.items(), start=1):
            if cancelled and cancelled():
                raise ImportCancelled("Impor dibatalkan; tidak ada data yang disimpan.")
            record = households.get(no_kk)
            members = [p for p in members if not _lives_elsewhere(p, record, existing_people, rejected)]
            if not members:  # every row moves someone from another KK: no empty household is made
                if progress:
                    progress(done, len(groups))
                continue
            if record is None:
                record = HouseholdRecord(id=new_id())
                mapping.apply_household(record, members[0].household, no_kk)
                s.add(record)
                counts["hc"] += 1
            elif _merge_household(record, members[0].household):
                counts["hu"] += 1
            touched.append(record)
            for p in members:
                self._apply_person(s, record, p, existing_people, counts, rejected)
            if progress:
                progress(done, len(groups))
        s.flush()
        for record in touched:
            refresh_summary(s, record)

    @staticmethod
    def _apply_person(s, household: HouseholdRecord, p: _Parsed, existing, counts, rejected) -> None:
        person = existing.get(p.person.nik)
        if person is not None and person.household_id != household.id:
            person = None  # moved or died there (a living one was rejected by _lives_elsewhere)
        if person is None:
            person = PersonRecord(id=new_id(), household_id=household.id)
            mapping.apply_person(person, p.person, p.person.nik)
            s.add(person)
            index_terms(s, person, fresh=True)
            existing[p.person.nik] = person
            counts["pc"] += 1
            return
        before = mapping.person(person)
        merged = _merge_person(before.draft(), p.person)
        if merged != before.draft():
            mapping.apply_person(person, merged, merged.nik)
            index_terms(s, person)
            counts["pu"] += 1
        else:
            counts["same"] += 1


def _lives_elsewhere(p: _Parsed, household: HouseholdRecord | None, existing, rejected) -> bool:
    """True (and the row rejected) when the NIK belongs to a living person of another household."""
    person = existing.get(p.person.nik)
    if person is None or person.life_status != "hidup" or (household is not None and person.household_id == household.id):
        return False
    rejected.append(RejectedRow(p.row.number, "nik", (
        f"NIK sudah terdaftar atas nama {person.name} di KK lain ({mask_number(person.household.no_kk or '')}). "
        "Bila orangnya memang pindah KK, pindahkan di Warga: Tambah anggota di keluarga barunya, ketik NIK ini, "
        "lalu pilih Pindahkan ke keluarga ini.")))
    return True


class _Rollback(Exception):
    pass


def raise_missing(missing: list[str]) -> None:
    problems = Problems()
    problems.error("file", "columns", "Kolom wajib tidak ada: " + ", ".join(missing)
                   + ". Kolom wajib: " + ", ".join(REQUIRED) + ".")
    problems.raise_if_errors()


def _chunks(items: list[str], size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _parse(row: SheetRow) -> _Parsed:
    v = row.values
    problems = Problems()
    for column in ("no_kk", "nik"):
        label = "No KK" if column == "no_kk" else "NIK"
        if column in row.numeric:
            problems.error(column, "excel", f"{label} '{v[column]}' tersimpan sebagai angka di Excel. {EXCEL_HINT}")
        elif looks_mangled_by_excel(v.get(column, "")):
            problems.error(column, "excel", f"{label} '{v[column]}' rusak oleh Excel. {EXCEL_HINT}")
    desil_text = v.get("desil", "")
    desil = int(desil_text) if desil_text.isdigit() else None
    if desil_text and desil is None:
        problems.error("desil", "format", "Desil harus angka 1–10.")
    birth = parse_date(v.get("tanggal_lahir", ""))
    if v.get("tanggal_lahir") and birth is None:
        problems.error("birth_date", "format", "Tanggal lahir tidak dikenali (pakai YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY).")
    status_text = v.get("status_dtsen", "").strip()
    dtsen = _DTSEN_BY_LABEL.get(status_text.upper(), status_text.lower().replace(" ", "_")) or "tidak_terdaftar"
    household = HouseholdDraft(
        no_kk=v.get("no_kk", ""), address=v.get("alamat", ""), rt=v.get("rt", ""), rw=v.get("rw", ""),
        dusun=v.get("dusun", ""), dtsen_status=dtsen, dtsen_id=v.get("id_dtsen", ""), desil=desil,
    )
    relationship = v.get("hubungan", "").strip().upper()
    disabilities = tuple(
        _DISABILITY_BY_LABEL.get(d.strip().upper(), d.strip().lower())
        for d in v.get("disabilitas", "").replace(";", ",").split(",") if d.strip()
    )
    person = PersonDraft(
        nik=clean_number(v.get("nik", "")) if "nik" not in row.numeric else "",
        name=v.get("nama", ""), relationship=_RELATIONSHIP_ALIASES.get(relationship, relationship),
        sex=_SEX_ALIASES.get(v.get("jenis_kelamin", "").strip().upper(), ""), birth_date=birth,
        birth_place=v.get("tempat_lahir", ""), marital_status=v.get("status_kawin", "").upper(),
        religion=v.get("agama", "").upper(), education=v.get("pendidikan", "").upper(),
        occupation=v.get("pekerjaan", "").upper(), disabilities=disabilities,
        phone=v.get("telepon", ""),
    )
    return _Parsed(row, clean_number(v.get("no_kk", "")), household, person, problems)


def _first_pass(parsed: list[_Parsed], rejected: list[RejectedRow], warnings: list[RejectedRow]) -> list[_Parsed]:
    good: list[_Parsed] = []
    seen_nik: dict[str, int] = {}
    for p in parsed:
        problems = p.problems
        already = {e.field for e in problems.errors}  # an Excel-damaged number says so once
        for checks in (rules.check_person(p.person), rules.check_household(p.household)):
            problems.errors.extend(e for e in checks.errors if e.field not in already)
            problems.warnings.extend(checks.warnings)
        if not problems.errors and p.person.nik in seen_nik:
            problems.error("nik", "duplicate", f"NIK yang sama sudah ada di baris {seen_nik[p.person.nik]} berkas ini.")
        for e in problems.errors:
            rejected.append(RejectedRow(p.row.number, _COLUMN_OF.get(e.field, e.field), e.message))
        for w in problems.warnings:
            warnings.append(RejectedRow(p.row.number, _COLUMN_OF.get(w.field, w.field), w.message))
        if not problems.errors:
            seen_nik[p.person.nik] = p.row.number
            good.append(p)
    return good


def _merge_household(record: HouseholdRecord, draft: HouseholdDraft) -> bool:
    """Fills what the file says about an existing household; True when something changed."""
    current = mapping.household(record, members=[]).draft()
    fields = {k: getattr(draft, k) for k in ("address", "rt", "rw", "dusun", "dtsen_id") if getattr(draft, k)}
    if draft.desil is not None:
        fields["desil"] = draft.desil
    if draft.dtsen_status != "tidak_terdaftar":
        fields["dtsen_status"] = draft.dtsen_status
    merged = replace(current, **fields)
    probe = HouseholdRecord()
    mapping.apply_household(probe, merged, record.no_kk or "")
    normalized = mapping.household(probe, members=[]).draft()
    if normalized == current:
        return False
    mapping.apply_household(record, merged, record.no_kk or "")
    return True


def _merge_person(current: PersonDraft, incoming: PersonDraft) -> PersonDraft:
    """The file's non-empty values over the stored ones, normalised the way they are stored."""
    fields = {k: getattr(incoming, k) for k in PersonDraft.__dataclass_fields__
              if getattr(incoming, k) not in ("", (), None)}
    merged = replace(current, **fields)
    probe = PersonRecord()
    mapping.apply_person(probe, merged, merged.nik)
    probe.household_id = ""
    return mapping.person(probe).draft()


def _write_rejects(target: Path, header: list[str], rows: list[SheetRow], rejected: list[RejectedRow]) -> None:
    reasons: dict[int, list[str]] = {}
    for r in rejected:
        reasons.setdefault(r.row, []).append(f"{r.column}: {r.reason}")
    by_number = {row.number: row for row in rows}
    tmp = target.with_name(target.name + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow([*header, "baris_asal", "alasan_ditolak"])
        for number in sorted(reasons):
            row = by_number[number]
            writer.writerow([*(row.values.get(h, "") for h in header), number, " | ".join(reasons[number])])
    tmp.replace(target)
