"""The PSKS registry (issue 12 §1): the desa's people and institutions of the social-welfare network.
PSKS rows are the desa's own and travel to the kabupaten like households (sync/wire.DESA_TABLES)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ..core import clock
from ..core.codes import WRITER_ROLES
from ..core.errors import NotFoundError, ValidationError
from ..core.ids import new_id
from ..core.identity import clean_number
from ..core.psks import EXPIRING_DAYS, PSKS_TYPES, Psks, PsksDraft, check_psks, is_institution
from ..db.records import PsksRecord
from .context import Context

SK_FILTERS = ("expired", "expiring")  # `list(sk=…)`: SK past its end, or ending within EXPIRING_DAYS


class PsksService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def add(self, draft: PsksDraft, today: dt.date | None = None) -> Psks:
        self._ctx.require(WRITER_ROLES, "mendaftarkan PSKS")
        with self._ctx.transaction() as s:
            record = PsksRecord(id=new_id(), deleted=False)
            self._fill(s, record, draft, today or clock.today())
            s.add(record)
            s.flush()
            self._ctx.audit(s, "psks_add", "psks", record.id, draft.kind)
            return _psks(record)

    def update(self, psks_id: str, draft: PsksDraft, today: dt.date | None = None) -> Psks:
        self._ctx.require(WRITER_ROLES, "mengubah data PSKS")
        with self._ctx.transaction() as s:
            record = _live(s, psks_id)
            self._fill(s, record, draft, today or clock.today())
            s.flush()
            self._ctx.audit(s, "psks_update", "psks", record.id)
            return _psks(record)

    def get(self, psks_id: str) -> Psks:
        with self._ctx.reading() as s:
            return _psks(_live(s, psks_id))

    def list(self, kind: str | None = None, *, text: str = "", sk: str | None = None,
             today: dt.date | None = None) -> list[Psks]:
        """Every live PSKS, by name; `kind` one type, `text` words of the name (or a NIK prefix), `sk`
        "expired" or "expiring" (within EXPIRING_DAYS, not yet expired)."""
        if kind is not None and kind not in PSKS_TYPES:
            raise ValidationError.single("kind", "unknown", f"Jenis PSKS tidak dikenal: {kind}.")
        if sk is not None and sk not in SK_FILTERS:
            raise ValidationError.single("sk", "unknown", "Saringan SK: expired atau expiring.")
        today = today or clock.today()
        query = select(PsksRecord).where(PsksRecord.deleted.is_(False))
        if kind is not None:
            query = query.where(PsksRecord.kind == kind)
        if sk == "expired":
            query = query.where(PsksRecord.valid_until < today)
        elif sk == "expiring":
            query = query.where(PsksRecord.valid_until >= today,
                                PsksRecord.valid_until <= today + dt.timedelta(days=EXPIRING_DAYS))
        with self._ctx.reading() as s:
            found = [_psks(r) for r in s.execute(query.order_by(PsksRecord.name, PsksRecord.id)).scalars()]
        words = text.upper().split()
        if words:
            found = [p for p in found if all(w in p.name.upper() for w in words)
                     or (words[0].isdigit() and p.nik.startswith(words[0]))]
        return found

    def _fill(self, s, record: PsksRecord, draft: PsksDraft, today: dt.date) -> None:
        problems = check_psks(draft, today)
        nik = clean_number(draft.nik) if draft.nik.strip() else None
        if nik and not problems.errors:
            other = s.execute(select(PsksRecord.name).where(
                PsksRecord.nik == nik, PsksRecord.deleted.is_(False), PsksRecord.id != record.id)).first()
            if other is not None:
                problems.error("nik", "taken", f"NIK ini sudah terdaftar untuk PSKS lain ({other[0]}).")
        problems.raise_if_errors()
        institution = is_institution(draft.kind)
        record.kind, record.name = draft.kind, " ".join(draft.name.split()).upper()
        record.nik = None if institution else nik
        record.phone, record.area = draft.phone.strip(), draft.area.strip()
        record.sk_number, record.sk_date, record.valid_until = draft.sk_number.strip(), draft.sk_date, draft.valid_until
        record.trainings, record.active = draft.trainings.strip(), bool(draft.active)
        record.legal_number = draft.legal_number.strip() if institution else ""
        record.address = draft.address.strip() if institution else ""
        record.contact_person = draft.contact_person.strip() if institution else ""
        record.fields = draft.fields.strip() if institution else ""


def _live(s, psks_id: str) -> PsksRecord:
    record = s.get(PsksRecord, psks_id)
    if record is None or record.deleted:
        raise NotFoundError("PSKS tidak ditemukan.")
    return record


def _psks(r: PsksRecord) -> Psks:
    return Psks(
        id=r.id, kind=r.kind or "", name=r.name or "", nik=r.nik or "", phone=r.phone or "", area=r.area or "",
        sk_number=r.sk_number or "", sk_date=r.sk_date, valid_until=r.valid_until, trainings=r.trainings or "",
        active=bool(r.active), legal_number=r.legal_number or "", address=r.address or "",
        contact_person=r.contact_person or "", fields=r.fields or "", origin_id=r.origin_id,
    )
