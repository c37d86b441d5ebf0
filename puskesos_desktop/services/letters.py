"""Printing: the referral letter with its return slip (alone or in a batch), the documents slip, and
the printable lists (letter register, overdue referrals).

Every print of a letter is logged in the same transaction that renders it: if rendering fails or
the operator cancels a batch, no print is recorded. A preview is not a print and logs nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import clock
from ..core.dates import format_short
from ..core.errors import PuskesosError, ValidationError
from ..core.letter import (
    LetterContent, ReturnSlipContent, TableReport, compose_documents_slip, compose_letter,
)
from ..core.referral_model import PrintRecord
from ..core.referrals import DRAFTING_ROLES, ReferralStatus
from ..db import mapping
from ..db import mapping_referrals as mapping_r
from ..db.records import HouseholdRecord, NeedRecord, OfficeRecord, PersonRecord, ReferralRecord
from .catalogue import ensure_seeded, institution_map, service_map
from .context import Context
from .needs import live_person
from .referrals import ReferralService

Target = BinaryIO | Path


def _reports():
    """reportlab is loaded by the first print, not at start-up, where it would cost a tenth of a second."""
    from ..reports import referral_letter, table_report

    return referral_letter, table_report
STEPS = 5  # progress units a letter in a batch: reading it is one, drawing it four


class PrintCancelled(PuskesosError):
    """The operator pressed Cancel during a batch; nothing was printed or logged."""


class NotPrintable(ValidationError):
    """A draft or cancelled referral has no letter yet."""


class LetterService:
    def __init__(self, context: Context, referrals: ReferralService) -> None:
        self._ctx = context
        self._referrals = referrals

    # ---- the referral letter ---------------------------------------------------------------
    def preview(self, referral_id: str, out: Target, *, paper: str | None = None) -> LetterContent:
        """Renders what a print would give now (SALINAN once printed before), without logging a print."""
        with self._ctx.reading() as s:
            record = _printable(s, referral_id)
            content = self._compose(s, record, copy=(record.print_count or 0) > 0, paper=paper)
        buffer = BytesIO()
        _reports()[0].render_referral_letter(content, ReturnSlipContent.for_letter(content), buffer)
        _deliver(out, buffer.getvalue())
        return content

    def print_letter(self, referral_id: str, out: Target, *, paper: str | None = None) -> PrintRecord:
        """Logs the print and renders it, in one transaction; the second and later prints say SALINAN."""
        self._ctx.require(DRAFTING_ROLES, "mencetak surat rujukan")
        with self._ctx.transaction() as s:
            record = _printable(s, referral_id)
            printed = self._referrals.log_print(s, record)
            content = self._compose(s, record, copy=printed.is_copy, paper=paper)
            buffer = BytesIO()
            _reports()[0].render_referral_letter(content, ReturnSlipContent.for_letter(content), buffer)
            _deliver(out, buffer.getvalue())
            return printed

    def print_letters(
        self, referral_ids: Sequence[str], out: Target, *, paper: str | None = None,
        progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
    ) -> list[PrintRecord]:
        """A batch in one PDF (one print job). All or nothing: Cancel or an error logs no print at all,
        and `out` is only written when the whole batch was rendered. `progress(done, total)` counts
        STEPS units a letter."""
        self._ctx.require(DRAFTING_ROLES, "mencetak surat rujukan")
        if not referral_ids:
            raise ValidationError.single("referrals", "empty", "Pilih dulu surat rujukan yang akan dicetak.")
        total = len(referral_ids)
        with self._ctx.transaction() as s:
            letters, printed = [], []
            for done, referral_id in enumerate(referral_ids, start=1):
                if cancelled and cancelled():
                    raise PrintCancelled("Pencetakan dibatalkan; tidak ada surat yang dicatat tercetak.")
                record = _printable(s, referral_id)
                logged = self._referrals.log_print(s, record)
                content = self._compose(s, record, copy=logged.is_copy, paper=paper)
                letters.append((content, ReturnSlipContent.for_letter(content)))
                printed.append(logged)
                if progress and (done % 25 == 0 or done == total):
                    progress(done, total * STEPS)

            def drawn(count: int) -> bool:
                if progress:
                    progress(total + count * (STEPS - 1), total * STEPS)
                return not (cancelled and cancelled())

            buffer = BytesIO()
            renderer = _reports()[0]
            try:
                renderer.render_referral_letters(letters, buffer, drawn)
            except renderer.RenderCancelled:
                raise PrintCancelled("Pencetakan dibatalkan; tidak ada surat yang dicatat tercetak.") from None
            _deliver(out, buffer.getvalue())
            return printed

    def printable_ids(self, *, unprinted_only: bool = True, limit: int = 1000) -> list[str]:
        """Approved referrals waiting for their first print (oldest first), or all with a letter."""
        statuses = ([ReferralStatus.DISETUJUI.value] if unprinted_only
                    else [s.value for s in ReferralStatus if s not in (ReferralStatus.DRAF, ReferralStatus.DIBATALKAN)])
        with self._ctx.reading() as s:
            return list(s.execute(
                select(ReferralRecord.id).where(ReferralRecord.status.in_(statuses), ReferralRecord.deleted.is_(False))
                .order_by(ReferralRecord.serial, ReferralRecord.id).limit(limit)
            ).scalars())

    # ---- the documents slip ----------------------------------------------------------------
    def documents_slip(self, person_id: str, service_code: str, out: Target, *,
                       documents: Sequence[str] | None = None, today: dt.date | None = None) -> None:
        """"Bawa dokumen berikut": what to bring for the chosen service (all its documents, or those given)."""
        with self._ctx.reading() as s:
            ensure_seeded(s)
            person = live_person(s, person_id)
            service = service_map(s).get(service_code)
            if service is None:
                raise ValidationError.single("service_code", "unknown", "Pilih layanan yang dituju.")
            content = compose_documents_slip(
                _office(s), person.name or "", service, today or clock.today(),
                documents=tuple(documents) if documents is not None else None)
        _reports()[0].render_documents_slip(content, out)

    # ---- printable lists -------------------------------------------------------------------
    def note_output(self, document: str, how: str, entity_id: str = "", pages: int = 0) -> None:
        """One of these documents (other than the letter, whose prints are counted by `print_letter`)
        printed (`how="print"`) or saved as a PDF (`"pdf"`) from its preview, in the audit log: its kind
        (`register`, `overdue_list`, `documents_slip`), never its title (it may name a person)."""
        action = {"print": "document_print", "pdf": "document_save"}[how]
        with self._ctx.transaction() as s:
            self._ctx.audit(s, action, document, entity_id, f"{pages} halaman" if pages else "")

    def register_pdf(self, year: int, out: Target, today: dt.date | None = None) -> int:
        """The buku agenda surat keluar of one year; returns the number of letters listed."""
        entries = self._referrals.letter_register(year)
        with self._ctx.reading() as s:
            office = _office(s)
        rows = tuple((str(e.serial), format_short(e.letter_date), e.number, e.addressee, e.subject, e.classification)
                     for e in entries)
        _reports()[1].render_table_report(TableReport(
            office_name=office.name, title=f"Buku Agenda Surat Keluar Tahun {year}",
            subtitle=f"{len(rows)} surat", printed_on=today or clock.today(), paper=office.letter.paper,
            columns=(("No. urut", 1), ("Tanggal", 1.6), ("Nomor surat", 4), ("Kepada", 4.5), ("Perihal", 5.6),
                     ("Klasifikasi", 1.8)),
            rows=rows, empty_text="Belum ada surat keluar tahun ini."), out)
        return len(rows)

    def overdue_pdf(self, out: Target, today: dt.date | None = None) -> int:
        """Referrals past their due date without a return slip; returns how many are listed."""
        today = today or clock.today()
        overdue = self._referrals.overdue_list(today)
        with self._ctx.reading() as s:
            office = _office(s)
        rows = tuple((
            o.referral.letter_number or "-", format_short(o.referral.letter_date) if o.referral.letter_date else "-",
            o.name, o.service, format_short(o.referral.due_date) if o.referral.due_date else "-",
            f"{o.days_late} hari" if o.referral.due_date else "-",
        ) for o in overdue)
        _reports()[1].render_table_report(TableReport(
            office_name=office.name, title="Rujukan Melewati Batas Waktu",
            subtitle=f"Belum ada lembar balik per {format_short(today)}: {len(rows)} rujukan",
            printed_on=today, paper=office.letter.paper,
            columns=(("Nomor surat", 4), ("Tanggal", 1.6), ("Nama", 3.5), ("Layanan", 5), ("Batas", 1.6),
                     ("Terlambat", 1.4)),
            rows=rows, empty_text="Tidak ada rujukan yang terlambat."), out)
        return len(rows)

    # ---- composing -------------------------------------------------------------------------
    @staticmethod
    def _compose(s: Session, record: ReferralRecord, *, copy: bool, paper: str | None) -> LetterContent:
        ensure_seeded(s)
        office = s.execute(select(OfficeRecord)).scalar_one()
        person = s.get(PersonRecord, record.person_id)
        household = s.get(HouseholdRecord, record.household_id)
        need = s.get(NeedRecord, record.need_id) if record.need_id else None
        services, institutions = service_map(s), institution_map(s)
        return compose_letter(
            mapping.office(office), office.logo_png, mapping_r.referral(record), mapping.person(person),
            mapping.household(household, []), services[record.service_code],
            institutions[record.institution_code], mapping_r.need(need) if need is not None else None,
            copy=copy, paper=paper,
        )


def _office(s: Session):
    return mapping.office(s.execute(select(OfficeRecord)).scalar_one())


def _printable(s: Session, referral_id: str) -> ReferralRecord:
    record = s.get(ReferralRecord, referral_id)
    if record is None or record.deleted:
        raise ValidationError.single("referral", "unknown", "Rujukan tidak ditemukan atau sudah dihapus.")
    if record.status in (ReferralStatus.DRAF.value, ReferralStatus.DIBATALKAN.value) or not record.letter_number:
        raise NotPrintable.single("status", "not_approved",
                                  "Surat rujukan belum dapat dicetak: rujukan belum disetujui koordinator.")
    return record


def _deliver(out: Target, data: bytes) -> None:
    """Writes a finished PDF: a path through a temporary name and a rename, so a failure or Cancel
    never leaves half a file; a stream at once."""
    if not isinstance(out, Path):
        out.write(data)
        return
    partial = out.with_name(out.name + ".partial")
    try:
        with open(partial, "wb") as f:
            f.write(data)
            f.flush()
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
