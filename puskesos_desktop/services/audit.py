"""Reading the audit log (admin only): pages for the "Log Audit" area, `audit list`, an XLSX export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from ..core import clock
from ..core.audit import AuditEntry, AuditFilter
from ..core.codes import Role
from ..core.errors import PuskesosError
from ..db.records import AuditLogRecord, SyncOriginRecord
from ..sync.safe_write import write_file_safely
from .context import Context

PAGE = 200
EVERYTHING = AuditFilter()  # no filter (frozen, so one shared default)
_BATCH = 5000  # rows read at a time by the export
CANCELLED = "Ekspor dibatalkan; tidak ada berkas yang ditulis."
XLSX_COLUMNS = ("Waktu (lokal)", "Asal", "Operator", "Aksi", "Entitas", "ID entitas", "Keterangan",
                "No. urut", "ID", "Hash")


def _utc_start(day: dt.date) -> dt.datetime:
    """The first moment of a local day, as stored (UTC without zone)."""
    local = dt.datetime.combine(day, dt.time(0), tzinfo=clock.now().tzinfo)
    return local.astimezone(dt.UTC).replace(tzinfo=None)


class ExportCancelled(PuskesosError):
    """The operator pressed Cancel during an export: no file was written and nothing was logged."""


class AuditService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def note_backup(self, backup: Path, why: str) -> None:
        """A copy of the database the application made (before an upgrade): its file name only."""
        with self._ctx.transaction() as s:
            self._ctx.audit(s, "backup_create", "database", "", f"{why}: {backup.name}")

    def entries(self, where: AuditFilter = EVERYTHING, *, after: AuditEntry | None = None,
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

    def operators(self) -> list[str]:
        """The user names that occur (rows without one, e.g. the set-up, are left out), for the filter."""
        self._ctx.require({Role.ADMIN}, "melihat log audit")
        name = AuditLogRecord.operator_name
        with self._ctx.reading() as s:
            return list(s.execute(select(name).where(name != "").distinct().order_by(name)).scalars())

    def origins(self) -> list[str]:
        """The region codes of the origins that have rows (at the kabupaten: itself and the desas)."""
        self._ctx.require({Role.ADMIN}, "melihat log audit")
        with self._ctx.reading() as s:
            used = select(AuditLogRecord.origin_id).distinct().subquery()
            query = (select(SyncOriginRecord.region_code).join(used, used.c.origin_id == SyncOriginRecord.id)
                     .distinct().order_by(SyncOriginRecord.region_code))
            return list(s.execute(query).scalars())

    def count(self, where: AuditFilter = EVERYTHING) -> int:
        self._ctx.require({Role.ADMIN}, "melihat log audit")
        with self._ctx.reading() as s:
            return _count(s, where)

    def export_xlsx(self, path: Path, where: AuditFilter = EVERYTHING, *,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> tuple[Path, int]:
        """Every entry the filter selects into a new XLSX file (written safely); logged as `audit_export`.
        `progress(done, total)` after each batch read; `cancelled()` true: ExportCancelled, no file, no log."""
        self._ctx.require({Role.ADMIN}, "mengekspor log audit")
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("Log audit")
        try:
            with self._ctx.reading() as s:
                count = _fill(sheet, s, where, progress, cancelled)
            if cancelled is not None and cancelled():
                raise ExportCancelled(CANCELLED)
        except BaseException:
            sheet.close()  # ends openpyxl's row writer, which would complain when collected half-way
            raise
        written = write_file_safely(Path(path), lambda handle: book.save(handle))
        with self._ctx.transaction() as s:
            self._ctx.audit(s, "audit_export", "audit_log", "", f"{count} baris")
        return written, count


def _fill(sheet, s: Session, where: AuditFilter, progress: Callable[[int, int], None] | None,
          cancelled: Callable[[], bool] | None) -> int:
    sheet.append(list(XLSX_COLUMNS))
    total, count = _count(s, where), 0
    for entry in _all(s, where):
        if count % _BATCH == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled(CANCELLED)
            if progress is not None:
                progress(count, total)
        sheet.append([clock.local_time(entry.at).strftime("%Y-%m-%d %H:%M:%S"), entry.origin, entry.operator,
                      entry.action, entry.entity, entry.entity_id, entry.detail, entry.chain_seq, entry.id,
                      entry.row_hash])
        count += 1
    return count


def _all(s: Session, where: AuditFilter) -> Iterator[AuditEntry]:
    after = None
    while True:
        page = list(_query(s, where, after, _BATCH))
        yield from page
        if len(page) < _BATCH:
            return
        after = page[-1]


def _count(s: Session, where: AuditFilter) -> int:
    return s.execute(select(func.count()).select_from(_filtered(where).subquery())).scalar_one()


def _filtered(where: AuditFilter) -> Select:
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
    return query


def _query(s: Session, where: AuditFilter, after: AuditEntry | None, limit: int) -> Iterator[AuditEntry]:
    log = AuditLogRecord
    query = _filtered(where)
    if after is not None:
        query = query.where(or_(log.at < after.at, and_(log.at == after.at, log.id < after.id)))
    rows = s.execute(query.order_by(log.at.desc(), log.id.desc()).limit(limit))
    for record, region in rows:
        yield AuditEntry(
            id=record.id, at=record.at, operator_id=record.operator_id, operator=record.operator_name,
            action=record.action, entity=record.entity, entity_id=record.entity_id, detail=record.detail,
            origin_id=record.origin_id, origin=region, chain_seq=record.chain_seq, row_hash=record.row_hash,
        )
