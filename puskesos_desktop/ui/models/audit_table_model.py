"""The audit log (Log Audit) as a Qt model: newest first, fetched a page at a time as the list scrolls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from ...core.audit import AuditEntry, AuditFilter
from ...services.audit import AuditService
from .desa_table_model import local_time
from .rows_model import HeaderedModel
from .rows_model import Index as _Index

WHEN, OPERATOR, ACTION, OBJECT, ORIGIN = range(5)


def action_labels() -> dict[str, str]:
    """A readable name per action code (docs/decisions.md, "What is logged"); others show their code."""
    return {
        "setup": QCoreApplication.translate("AuditLog", "Installation set up"),
        "login": QCoreApplication.translate("AuditLog", "Signed in"),
        "login_failed": QCoreApplication.translate("AuditLog", "Sign-in failed"),
        "recovery_code_use": QCoreApplication.translate("AuditLog", "Recovery code used"),
        "database_encrypt": QCoreApplication.translate("AuditLog", "Database encrypted"),
        "nik_view": QCoreApplication.translate("AuditLog", "Full NIK / No KK shown"),
        "identifiers_shown": QCoreApplication.translate("AuditLog", "Full numbers printed (command line)"),
        "referral_print": QCoreApplication.translate("AuditLog", "Referral letter printed"),
        "referral_create": QCoreApplication.translate("AuditLog", "Referral created"),
        "referral_update": QCoreApplication.translate("AuditLog", "Referral changed"),
        "referral_status": QCoreApplication.translate("AuditLog", "Referral status changed"),
        "referral_outcome": QCoreApplication.translate("AuditLog", "Referral outcome recorded"),
        "household_create": QCoreApplication.translate("AuditLog", "Household added"),
        "household_update": QCoreApplication.translate("AuditLog", "Household changed"),
        "household_remove": QCoreApplication.translate("AuditLog", "Household removed"),
        "household_import": QCoreApplication.translate("AuditLog", "Households imported"),
        "person_create": QCoreApplication.translate("AuditLog", "Person added"),
        "person_update": QCoreApplication.translate("AuditLog", "Person changed"),
        "person_remove": QCoreApplication.translate("AuditLog", "Person removed"),
        "person_move": QCoreApplication.translate("AuditLog", "Person moved to another household"),
        "need_create": QCoreApplication.translate("AuditLog", "Need recorded"),
        "need_status": QCoreApplication.translate("AuditLog", "Need status changed"),
        "complaint_create": QCoreApplication.translate("AuditLog", "Complaint recorded"),
        "complaint_status": QCoreApplication.translate("AuditLog", "Complaint status changed"),
        "office_update": QCoreApplication.translate("AuditLog", "Office data changed"),
        "service_save": QCoreApplication.translate("AuditLog", "Catalogue service saved"),
        "service_active": QCoreApplication.translate("AuditLog", "Catalogue service enabled/disabled"),
        "institution_save": QCoreApplication.translate("AuditLog", "Institution saved"),
        "institution_active": QCoreApplication.translate("AuditLog", "Institution enabled/disabled"),
        "operator_add": QCoreApplication.translate("AuditLog", "Operator added"),
        "operator_enable": QCoreApplication.translate("AuditLog", "Operator enabled"),
        "operator_disable": QCoreApplication.translate("AuditLog", "Operator disabled"),
        "operator_reset_password": QCoreApplication.translate("AuditLog", "Operator password reset"),
        "sync_export": QCoreApplication.translate("AuditLog", "Bundle sent"),
        "sync_import": QCoreApplication.translate("AuditLog", "Bundle received"),
        "sync_reject": QCoreApplication.translate("AuditLog", "Bundle rejected"),
        "sync_enroll": QCoreApplication.translate("AuditLog", "Desa enrolled"),
        "sync_revoke": QCoreApplication.translate("AuditLog", "Desa key revoked"),
        "sync_kabupaten_key": QCoreApplication.translate("AuditLog", "Kabupaten key installed"),
        "sync_fork_resolve": QCoreApplication.translate("AuditLog", "Fork reviewed"),
        "sync_audit_diverged": QCoreApplication.translate("AuditLog", "Desa audit rows not taken (diverged)"),
        "key_export": QCoreApplication.translate("AuditLog", "Key file saved"),
        "audit_export": QCoreApplication.translate("AuditLog", "Audit log exported"),
        "document_print": QCoreApplication.translate("AuditLog", "Document printed"),
        "document_save": QCoreApplication.translate("AuditLog", "Document saved as PDF"),
        "backup_create": QCoreApplication.translate("AuditLog", "Backup made"),
        "backup_remove": QCoreApplication.translate("AuditLog", "Old backups removed (rotation)"),
        "backup_restore": QCoreApplication.translate("AuditLog", "Database restored from a backup"),
        "person_report": QCoreApplication.translate("AuditLog", "Personal data printed (right of access)"),
        "consent_record": QCoreApplication.translate("AuditLog", "Consent recorded"),
        "consent_withdraw": QCoreApplication.translate("AuditLog", "Consent withdrawn"),
        "consent_form": QCoreApplication.translate("AuditLog", "Consent form printed"),
        "retention_schedule": QCoreApplication.translate("AuditLog", "Retention schedule changed"),
        "retention_purge": QCoreApplication.translate("AuditLog", "Data purged under the retention schedule"),
        "recovery_code_new": QCoreApplication.translate("AuditLog", "New recovery code made"),
        "demo_data": QCoreApplication.translate("AuditLog", "Demo data generated"),
        "demo_history": QCoreApplication.translate("AuditLog", "Demo history generated"),
    }


def entity_labels() -> dict[str, str]:
    return {
        "household": QCoreApplication.translate("AuditLog", "household"),
        "person": QCoreApplication.translate("AuditLog", "person"),
        "referral": QCoreApplication.translate("AuditLog", "referral"),
        "need": QCoreApplication.translate("AuditLog", "need"),
        "complaint": QCoreApplication.translate("AuditLog", "complaint"),
        "operator": QCoreApplication.translate("AuditLog", "operator"),
        "office": QCoreApplication.translate("AuditLog", "office"),
        "service": QCoreApplication.translate("AuditLog", "service"),
        "institution": QCoreApplication.translate("AuditLog", "institution"),
        "audit_log": QCoreApplication.translate("AuditLog", "audit log"),
        "database": QCoreApplication.translate("AuditLog", "database"),
        "sync_bundle": QCoreApplication.translate("AuditLog", "bundle"),
        "sync_fork": QCoreApplication.translate("AuditLog", "fork"),
        "sync_origin": QCoreApplication.translate("AuditLog", "origin"),
        "sync_peer": QCoreApplication.translate("AuditLog", "desa"),
    }


class AuditTableModel(HeaderedModel):
    """Rows come from `audit.entries` in pages (keyset: after the last row held) as the view asks for
    more (`canFetchMore`/`fetchMore`), so a log of a million rows never loads at once. `local_origin`:
    the region code of this office, shown as "This office"; `origin_names`: desa names by code."""

    def __init__(self, audit: AuditService, page_size: int = 200, *, local_origin: str = "",
                 origin_names: dict[str, str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._page_size = page_size
        self._local_origin = local_origin
        self._origin_names = dict(origin_names or {})
        self._actions = action_labels()
        self._entities = entity_labels()
        self._where = AuditFilter()
        self._rows: list[AuditEntry] = []
        self._more = True

    @property
    def where(self) -> AuditFilter:
        return self._where

    def set_filter(self, where: AuditFilter) -> None:
        """From the top again: the first page of what `where` selects."""
        self.beginResetModel()
        self._where = where
        self._rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore()

    def reload(self) -> None:
        self.set_filter(self._where)

    def entry_at(self, row: int) -> AuditEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def action_label(self, code: str) -> str:
        return self._actions.get(code, code)

    def origin_label(self, code: str) -> str:
        """"This office", else the desa's name (its code when not enrolled here); the code in the tooltip."""
        if code == self._local_origin:
            return self.tr("This office")
        return self._origin_names.get(code) or code

    # ---- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt's signature
        if parent.isValid() or not self._more:
            return
        after = self._rows[-1] if self._rows else None
        page = self._audit.entries(self._where, after=after, limit=self._page_size)
        self._more = len(page) == self._page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == ACTION:
                return entry.action
            if index.column() == OBJECT:
                return " · ".join(p for p in (entry.entity, entry.entity_id, entry.detail) if p) or None
            if index.column() == ORIGIN:
                return entry.origin
        return None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Operator"), self.tr("Action"), self.tr("Object / details"),
                self.tr("Origin"))

    def _cell(self, entry: AuditEntry, column: int) -> str:
        if column == WHEN:
            return local_time(entry.at)
        if column == OPERATOR:
            return entry.operator or "—"
        if column == ACTION:
            return self.action_label(entry.action)
        if column == OBJECT:
            entity = self._entities.get(entry.entity, entry.entity)
            short_id = entry.entity_id[:8]  # the whole id in the tooltip
            return " · ".join(p for p in (f"{entity} {short_id}".strip(), entry.detail) if p)
        return self.origin_label(entry.origin)
