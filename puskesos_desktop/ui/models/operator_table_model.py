"""The operators of this installation as a table: user name, full name, role, active."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ...core.codes import ROLE_LABELS
from ...core.model import Operator

USERNAME, FULL_NAME, ROLE, STATUS = range(4)


class OperatorTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Operator] = []
        self._headers = (self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Status"))

    def set_rows(self, rows: list[Operator]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def operator_at(self, row: int) -> Operator | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        op = self._rows[index.row()]
        column = index.column()
        if column == USERNAME:
            return op.username
        if column == FULL_NAME:
            return op.full_name
        if column == ROLE:
            return ROLE_LABELS.get(op.role, op.role.value)
        return self.tr("Active") if op.active else self.tr("Disabled")
