"""Master data: the service catalogue and the institution directory (seeded, edited by an admin)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import catalogue as seed
from ..core.codes import Role
from ..core.errors import NotFoundError, PermissionDenied, Problems
from ..core.ids import master_id
from ..core.referral_model import Institution, ServiceEntry
from ..db import mapping_referrals as mapping
from ..db.records import InstitutionRecord, ServiceRecord, SyncOriginRecord
from .context import Context

_OWNER_LEVELS = ("pusat", "provinsi", "kabupaten", "desa", "lainnya")


def ensure_seeded(s: Session) -> None:
    """Inserts the seed entries that are missing (never touches existing ones, so admin edits stay).

    Runs inside the first write transaction that needs master data, so seeding takes no seq of its own.
    """
    if not _missing(s):
        return
    # Two first writers at once on PostgreSQL would both insert the same ids: lock the local origin
    # (the row every write locks at flush anyway), then look again. SQLite writers are serialised already.
    s.execute(select(SyncOriginRecord.id).where(SyncOriginRecord.is_local.is_(True)).with_for_update())
    for model, row_id, entry, apply in _missing(s):
        record = model(id=row_id)
        apply(record, entry)
        s.add(record)
    s.flush()


def _missing(s: Session) -> list[tuple]:
    missing = []
    for model, kind, entries, apply in (
        (InstitutionRecord, "institution", seed.INSTITUTIONS, mapping.apply_institution),
        (ServiceRecord, "service", seed.SERVICES, mapping.apply_service),
    ):
        wanted = {master_id(kind, e.code): e for e in entries}
        have = set(s.execute(select(model.id).where(model.id.in_(wanted))).scalars())
        missing += [(model, row_id, entry, apply) for row_id, entry in wanted.items() if row_id not in have]
    return missing


def service_map(s: Session) -> dict[str, ServiceEntry]:
    records = s.execute(select(ServiceRecord).where(ServiceRecord.deleted.is_(False))).scalars()
    return {r.code: mapping.service(r) for r in records}


def institution_map(s: Session) -> dict[str, Institution]:
    records = s.execute(select(InstitutionRecord).where(InstitutionRecord.deleted.is_(False))).scalars()
    return {r.code: mapping.institution(r) for r in records}


class CatalogueService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def services(self, *, active_only: bool = False) -> list[ServiceEntry]:
        """Until the first write seeds the tables, the built-in seed (same codes and ids) is shown."""
        with self._ctx.reading() as s:
            found = service_map(s)
        entries = {e.code: e for e in seed.SERVICES} if not found else found
        return sorted((e for e in entries.values() if e.active or not active_only), key=lambda e: e.name)

    def institutions(self, *, active_only: bool = False) -> list[Institution]:
        with self._ctx.reading() as s:
            found = institution_map(s)
        entries = {e.code: e for e in seed.INSTITUTIONS} if not found else found
        return sorted((e for e in entries.values() if e.active or not active_only), key=lambda e: e.name)

    def service(self, code: str) -> ServiceEntry:
        for entry in self.services():
            if entry.code == code:
                return entry
        raise NotFoundError(f"Layanan '{code}' tidak ada dalam katalog.")

    def save_service(self, entry: ServiceEntry) -> ServiceEntry:
        """Adds or changes a catalogue entry (by its code). Admin only."""
        self._ctx.require({Role.ADMIN}, "mengubah katalog layanan")
        with self._ctx.transaction() as s:
            ensure_seeded(s)
            problems = _check_code_name(entry.code, entry.name)
            if entry.owner_level not in _OWNER_LEVELS:
                problems.error("owner_level", "choice", "Pilih tingkat pemilik: pusat, provinsi, kabupaten, desa atau lainnya.")
            if entry.default_institution not in institution_map(s):
                problems.error("default_institution", "unknown", "Pilih instansi tujuan bawaan dari daftar instansi.")
            problems.raise_if_errors()
            record = s.get(ServiceRecord, master_id("service", entry.code)) or ServiceRecord(id=master_id("service", entry.code))
            _must_own(s, record)
            mapping.apply_service(record, entry)
            s.add(record)
            self._ctx.audit(s, "service_save", "service", record.id)
            return mapping.service(record)

    def save_institution(self, entry: Institution) -> Institution:
        self._ctx.require({Role.ADMIN}, "mengubah daftar instansi")
        with self._ctx.transaction() as s:
            ensure_seeded(s)
            problems = _check_code_name(entry.code, entry.name)
            if not entry.addressee.strip():
                problems.error("addressee", "required", "Jabatan penerima surat (Yth. …) wajib diisi.")
            problems.raise_if_errors()
            row_id = master_id("institution", entry.code)
            record = s.get(InstitutionRecord, row_id) or InstitutionRecord(id=row_id)
            _must_own(s, record)
            mapping.apply_institution(record, entry)
            s.add(record)
            self._ctx.audit(s, "institution_save", "institution", record.id)
            return mapping.institution(record)

    def set_service_active(self, code: str, active: bool) -> None:
        """Deactivated, never deleted: old referrals keep pointing at it."""
        self._set_active(ServiceRecord, "service", code, active, "Layanan")

    def set_institution_active(self, code: str, active: bool) -> None:
        self._set_active(InstitutionRecord, "institution", code, active, "Instansi")

    def _set_active(self, model, kind: str, code: str, active: bool, label: str) -> None:
        self._ctx.require({Role.ADMIN}, f"mengubah status {label.lower()}")
        with self._ctx.transaction() as s:
            ensure_seeded(s)
            record = s.get(model, master_id(kind, code))
            if record is None or record.deleted:
                raise NotFoundError(f"{label} '{code}' tidak ditemukan.")
            _must_own(s, record)
            if record.active != active:
                record.active = active
                self._ctx.audit(s, f"{kind}_active", kind, record.id, str(active))


def _must_own(s: Session, record) -> None:
    """Master data the kabupaten sent is the kabupaten's: a desa cannot change it (DESIGN §3)."""
    if record.origin_id is not None:
        local = s.execute(select(SyncOriginRecord.id).where(SyncOriginRecord.is_local.is_(True))).scalar_one()
        if record.origin_id != local:
            raise PermissionDenied("Entri ini dikelola Dinas Sosial kabupaten dan hanya dapat diubah di sana.")


def _check_code_name(code: str, name: str) -> Problems:
    problems = Problems()
    if not code.strip() or not code.replace("_", "").isalnum() or code != code.upper():
        problems.error("code", "format", "Kode diisi huruf besar, angka dan garis bawah, misalnya PKH.")
    if not name.strip():
        problems.error("name", "required", "Nama wajib diisi.")
    return problems
