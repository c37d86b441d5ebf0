"""Tables that fit a narrow pane: optional columns give way, least important first, instead of a scroll bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView


class ColumnFit(QObject):
    """Hides the `optional` columns of `table` (the first one first) while the others would not fit its
    width, and shows them again when there is room. The header's context menu, or the table's (the Menu
    key), shows or hides any column; from then on the operator's choice for that column stays."""

    def __init__(self, table: QTableView, optional: Sequence[int], stretch_minimum: int = 120) -> None:
        super().__init__(table)
        self._table = table
        self._optional = tuple(optional)
        self._stretch_minimum = stretch_minimum
        self._chosen: dict[int, bool] = {}  # column -> shown, as the operator set it
        header = table.horizontalHeader()
        self._widths = {column: header.sectionSize(column) for column in range(header.count())}
        header.sectionResized.connect(self._remember)
        for widget in (header, table):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.menu().exec(header.mapToGlobal(pos)))
        table.customContextMenuRequested.connect(lambda pos: self.menu().exec(table.viewport().mapToGlobal(pos)))
        table.model().modelReset.connect(self.fit)
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        for column in self._optional:
            header.setSectionHidden(column, not self._chosen.get(column, True))
        room = self._table.viewport().width()
        for column in self._optional:
            if self._needed() <= room:
                break
            if column not in self._chosen:
                header.setSectionHidden(column, True)

    def menu(self) -> QMenu:
        """Every column but the stretching one, ticked when shown."""
        header = self._table.horizontalHeader()
        model = self._table.model()
        menu = QMenu(self._table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            action = QAction(str(model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self.choose(c, shown))
            menu.addAction(action)
        return menu

    def choose(self, column: int, shown: bool) -> None:
        self._chosen[column] = shown
        self._table.horizontalHeader().setSectionHidden(column, not shown)
        self.fit()

    def _needed(self) -> int:
        header = self._table.horizontalHeader()
        return sum(self._width(c) for c in range(header.count()) if not header.isSectionHidden(c))

    def _width(self, column: int) -> int:
        """What the column takes when shown; a stretching one can shrink to `stretch_minimum`."""
        header = self._table.horizontalHeader()
        mode = header.sectionResizeMode(column)
        if mode == QHeaderView.ResizeMode.Stretch:
            return max(self._stretch_minimum, header.sectionSizeHint(column))
        if mode == QHeaderView.ResizeMode.ResizeToContents:
            return max(header.sectionSizeHint(column), self._table.sizeHintForColumn(column))
        return self._widths.get(column, header.defaultSectionSize())

    def _remember(self, column: int, _old: int, new: int) -> None:
        if new > 0 and self._table.horizontalHeader().sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            self._widths[column] = new
