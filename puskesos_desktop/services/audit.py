"""Reading the audit log (admin only): pages for the "Log Audit" area, `audit list`, an XLSX export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..core import clock
from ..core.audit import AuditEntry, AuditFilter
from ..core.codes import Role
from ..db.records import AuditLogRecord, SyncOriginRecord
from ..sync.safe_write import write_file_safely
from .context import Context

PAGE = 200
XLSX_COLUMNS = ("Waktu (lokal)", "Asal", "Operator", "Aksi", "Entitas", "ID entitas", "Keterangan",
                "No. urut", "ID", "Hash")


def _utc_start(day: dt.date) -> dt.datetime:
    """The first moment of a local day, as stored (UTC without zone)."""
    local = dt.datetime.combine(day, dt.time(0), tzinfo=clock.now().tzinfo)
    return local.astimezone(dt.UTC).replace(tzinfo=None)


class AuditService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    # ---- what is written to it from outside the services (the window's previews, start-up) --------
    def note_output(self, document: str, how: str, entity_id: str = "", pages: int = 0) -> None:
        """A document printed (`how="print"`) or saved as a PDF (`"pdf"`) from a preview: its kind
        (`document`: overdue_list, letter_register, slip, …), never its title (it may name a person)."""
        action = {"print": "document_print", "pdf": "document_save"}[how]
        with self._ctx.transaction() as s:
            self._ctx.audit(s, action, document, entity_id, f"{pages} halaman" if pages else "")

    def note_backup(self, backup: Path, why: str) -> None:
        """A copy of the database the application made (before an upgrade): its file name only."""
        with self._ctx.transaction() as s:
            self._ctx.audit(s, "backup_create", "database", "", f"{why}: {backup.name}")

    def entries(self, where: AuditFilter = AuditFilter(), *, after: AuditEntry | None = None,
                limit: int = PAGE) -> list[AuditEntry]:
        """Newest first; `after`: the last entry of the previous page (keyset paging on (at, id))."""
        self._ctx.require({Role.ADMIN}, "melihat log audit")
        with self._ctx.reading() as s:
            return list(_query(s, where, after, limit))

    def actions(self) -> list[str]:
        """The action names that occur, for the filter."""
        self._ctx.require({Role.ADMIN}, "melihat log audit")
        with self._ctx.reading() as s:
            return list(s.execute(select(AuditLogRecord.action).distinct().order_by(AuditLogRecord.action)).scalars())

    def export_xlsx(self, path: Path, where: AuditFilter = AuditFilter()) -> tuple[Path, int]:
        """Every entry the filter selects into a new XLSX file (written safely); logged as `audit_export`."""
        self._ctx.require({Role.ADMIN}, "mengekspor log audit")
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("Log audit")
        sheet.append(list(XLSX_COLUMNS))
        count = 0
        with self._ctx.reading() as s:
            for entry in _all(s, where):
                sheet.append([clock.local_time(entry.at).strftime("%Y-%m-%d %H:%M:%S"), entry.origin, entry.operator,
                              entry.action, entry.entity, entry.entity_id, entry.detail, entry.chain_seq, entry.id,
                              entry.row_hash])
                count += 1
        written = write_file_safely(Path(path), lambda handle: book.save(handle))
        with self._ctx.transaction() as s:
            self._ctx.audit(s, "audit_export", "audit_log", "", f"{count} baris")
        return written, count


def _all(s: Session, where: AuditFilter) -> Iterator[AuditEntry]:
    after = None
    while True:
        page = list(_query(s, where, after, 5000))
        yield from page
        if len(page) < 5000:
            return
        after = page[-1]


def _query(s: Session, where: AuditFilter, after: AuditEntry | None, limit: int) -> Iterator[AuditEntry]:
    log, origin = AuditLogRecord, SyncOriginRecord
    query = select(log, origin.region_code).join(origin, origin.id == log.origin_id)
    if where.operator:
        query = query.where(log.operator_name == where.operator)
    if where.action:
        query = query.where(log.action == where.action)
    if where.date_from:
        query = query.where(log.at >= _utc_start(where.date_from))
    if where.date_to:
        query = query.where(log.at < _utc_start(where.date_to + dt.timedelta(days=1)))
    if where.origin:
        query = query.where(origin.region_code == where.origin)
    if after is not None:
        query = query.where(or_(log.at < after.at, and_(log.at == after.at, log.id < after.id)))
    rows = s.execute(query.order_by(log.at.desc(), log.id.desc()).limit(limit))
    for record, region in rows:
        yield AuditEntry(
            id=record.id, at=record.at, operator_id=record.operator_id, operator=record.operator_name,
            action=record.action, entity=record.entity, entity_id=record.entity_id, detail=record.detail,
            origin_id=record.origin_id, origin=region, chain_seq=record.chain_seq, row_hash=record.row_hash,
        )
