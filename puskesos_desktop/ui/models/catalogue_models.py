"""The service catalogue and the institution directory as tables; inactive entries are greyed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from ...core.referral_model import Institution, ServiceEntry

INACTIVE_COLOUR = QColor("#8a8a8a")

S_CODE, S_NAME, S_OWNER, S_AGENCY, S_INSTITUTION, S_DOCUMENTS, S_ELIGIBILITY = range(7)
I_CODE, I_NAME, I_KIND, I_ADDRESSEE, I_PLACE, I_ADDRESS = range(6)


def owner_level_labels() -> dict[str, str]:
    """The owner levels the service accepts, in order, with their labels."""
    return {
        "pusat": QCoreApplication.translate("Catalogue", "Central government"),
        "provinsi": QCoreApplication.translate("Catalogue", "Province"),
        "kabupaten": QCoreApplication.translate("Catalogue", "Regency / city"),
        "desa": QCoreApplication.translate("Catalogue", "Village"),
        "lainnya": QCoreApplication.translate("Catalogue", "Other"),
    }


class _CatalogueTableModel(QAbstractTableModel):
    """Rows of frozen entries with a `code` and an `active` flag; the name column marks inactive ones."""

    NAME_COLUMN = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, entry, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int | None:
        return next((i for i, entry in enumerate(self._rows) if entry.code == code), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.cell(entry, index.column())
            if index.column() == self.NAME_COLUMN and not entry.active:
                text = " ".join((text, self.tr("(inactive)")))  # not in an f-string: lupdate would miss it
            return text
        if role == Qt.ItemDataRole.ForegroundRole and not entry.active:
            return INACTIVE_COLOUR
        return None


class ServiceTableModel(_CatalogueTableModel):
    """`institution_name` turns an institution code into the name shown in the default-addressee column."""

    NAME_COLUMN = S_NAME

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._institution_name: Callable[[str], str] = lambda code: code

    def set_rows(self, rows: Sequence[ServiceEntry], institutions: Sequence[Institution] = ()) -> None:  # type: ignore[override]
        names = {i.code: i.name for i in institutions}
        self._institution_name = lambda code: names.get(code, code)
        super().set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Name"), self.tr("Owner"), self.tr("Agency"),
                self.tr("Default institution"), self.tr("Documents"), self.tr("Eligibility"))

    def cell(self, entry: ServiceEntry, column: int) -> str:
        if column == S_CODE:
            return entry.code
        if column == S_NAME:
            return entry.name
        if column == S_OWNER:
            return owner_level_labels().get(entry.owner_level, entry.owner_level)
        if column == S_AGENCY:
            return entry.agency
        if column == S_INSTITUTION:
            return self._institution_name(entry.default_institution)
        if column == S_DOCUMENTS:
            return ", ".join(d.code for d in entry.documents) or "—"
        return entry.eligibility


class InstitutionTableModel(_CatalogueTableModel):
    NAME_COLUMN = I_NAME

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Addressee (Yth.)"),
                self.tr("Place (di)"), self.tr("Address"))

    def cell(self, entry: Institution, column: int) -> str:
        return (entry.code, entry.name, entry.kind, entry.addressee, entry.place, entry.address)[column]
