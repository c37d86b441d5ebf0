"""A person's right of access (issue 11 §6): everything held about them, as a PDF, logged."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from sqlalchemy import or_, select

from ..core import clock
from ..core.codes import Role
from ..core.errors import NotFoundError, ValidationError
from ..core.letter import office_letterhead
from ..core.person_report import AccessEntry, PersonReport
from ..db import mapping
from ..db.records import AuditLogRecord, ComplaintRecord, NeedRecord, OfficeRecord, PersonRecord, ReferralRecord
from .context import Context
from .households import HouseholdService
from .timeline import TimelineService

# What the log says was done with the person's data, in the words of the printed report.
ACTIONS = {
    "nik_view": "NIK/No KK lengkap ditampilkan", "identifiers_shown": "Nomor lengkap dicetak (baris perintah)",
    "referral_print": "Surat rujukan dicetak", "referral_create": "Rujukan dibuat", "referral_update": "Rujukan diubah",
    "referral_status": "Status rujukan diubah", "referral_outcome": "Hasil rujukan dicatat",
    "household_create": "Keluarga didaftarkan", "household_update": "Data keluarga diubah",
    "household_remove": "Keluarga dihapus", "person_create": "Orang didaftarkan", "person_update": "Data orang diubah",
    "person_remove": "Orang dihapus", "person_move": "Pindah keluarga", "need_create": "Kebutuhan dicatat",
    "need_status": "Status kebutuhan diubah", "complaint_create": "Keluhan dicatat",
    "complaint_status": "Status keluhan diubah", "person_report": "Data pribadi dicetak",
    "document_print": "Dokumen dicetak", "document_save": "Dokumen disimpan sebagai PDF",
}
REPORT_ROLES = {Role.ADMIN, Role.KOORDINATOR}


class PersonReportService:
    def __init__(self, context: Context, households: HouseholdService, timeline: TimelineService) -> None:
        self._ctx = context
        self._households = households
        self._timeline = timeline

    def may_print(self) -> bool:
        """The signed-in operator may print a person's data (an administrator or the coordinator)."""
        return self._ctx.operator is None or self._ctx.operator.role in REPORT_ROLES

    def find(self, nik: str) -> str:
        """The person id of a NIK (16 digits): the living, current registration when there are several."""
        digits = "".join(c for c in nik if c.isdigit())
        if len(digits) != 16 or digits != nik.strip():
            raise ValidationError.single("nik", "format", "NIK terdiri dari 16 angka.")
        with self._ctx.reading() as s:
            found = s.execute(select(PersonRecord.id).where(PersonRecord.nik == digits, PersonRecord.deleted.is_(False))
                              .order_by((PersonRecord.life_status == "hidup").desc(), PersonRecord.updated_at.desc())
                              ).scalars().first()
        if found is None:
            raise NotFoundError("Tidak ada orang dengan NIK itu di kantor ini.")
        return found

    def report(self, person_id: str) -> PersonReport:
        self._ctx.require(REPORT_ROLES, "mencetak data pribadi seseorang")
        with self._ctx.reading() as s:
            record = s.get(PersonRecord, person_id)
            if record is None or record.deleted:
                raise NotFoundError("Orang ini tidak ditemukan.")
            office = s.execute(select(OfficeRecord)).scalar_one()
            letterhead = office_letterhead(mapping.office(office), office.logo_png)
            office_name = office.name
            household_id = record.household_id
            needs = set(s.execute(select(NeedRecord.id).where(
                NeedRecord.household_id == household_id,
                or_(NeedRecord.person_id == person_id, NeedRecord.person_id.is_(None)))).scalars())
            complaints = set(s.execute(select(ComplaintRecord.id).where(or_(
                ComplaintRecord.person_id == person_id,
                (ComplaintRecord.household_id == household_id) & ComplaintRecord.person_id.is_(None)))).scalars())
            referrals = set(s.execute(select(ReferralRecord.id).where(ReferralRecord.person_id == person_id)).scalars())
            about = {person_id, household_id, *referrals}
            access = tuple(AccessEntry(at=a.at, operator=a.operator_name, action=ACTIONS.get(a.action, a.action))
                           for a in s.execute(select(AuditLogRecord).where(
                               AuditLogRecord.entity_id.in_(about)).order_by(AuditLogRecord.at)).scalars())
        household = self._households.get(household_id)
        person = next(m for m in household.members if m.id == person_id)
        entries = tuple(e for e in self._timeline.household_timeline(household_id)
                        if e.entity_id in needs | complaints | referrals)
        return PersonReport(letterhead=letterhead, office_name=office_name, printed_on=clock.today(), person=person,
                            household=household, entries=entries, access=access)

    def write(self, person_id: str, out: BinaryIO | Path) -> PersonReport:
        """The PDF, and a row in the audit log (who printed whose data; never its content)."""
        from ..reports.person_report import render_person_report  # ReportLab: not at start-up

        report = self.report(person_id)
        render_person_report(report, out)
        with self._ctx.transaction() as s:
            self._ctx.audit(s, "person_report", "person", person_id)
        return report
