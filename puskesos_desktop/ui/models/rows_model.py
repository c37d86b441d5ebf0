"""Table models of the lists: column headers given once (`HeaderedModel`), and a list held whole in
memory (`RowsModel`, a few thousand rows at most). The paged lists (households, referrals) build on
`HeaderedModel` and fetch their own rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class HeaderedModel(QAbstractTableModel):
    """Subclasses give `headers()` (translated, so defined in the subclass for lupdate); the column
    count follows from it."""

    _header_cache: tuple[str, ...] | None = None

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _column_headers(self) -> tuple[str, ...]:
        if self._header_cache is None:
            self._header_cache = self.headers()
        return self._header_cache

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._column_headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self._column_headers()
        return headers[section] if 0 <= section < len(headers) else None


class RowsModel(HeaderedModel):
    """A list held whole: subclasses give `headers()` and `data()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)
