"""The read-only list every area shows: whole rows selected, one at a time, fixed column widths."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def list_table(model: QAbstractItemModel, widths: dict[int, int] | None = None, stretch: int | None = None,
               *, tab_leaves: bool = False) -> QTableView:
    """Columns keep the given widths (never measured from the rows: a list may hold 100,000), but are
    never narrower than their header's text; `stretch` takes the space left, or the last column when None. `tab_leaves`: Tab moves on to the next control
    (rows are chosen with the arrows), for a list inside a dialog or a panel."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(not tab_leaves)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column in range(model.columnCount()):
        # The header, in the operator's language, is measured: a fixed width would cut "Tingkat urgensi".
        wanted = (widths or {}).get(column, header.defaultSectionSize())
        header.resizeSection(column, max(wanted, header.sectionSizeHint(column)))
    return table
