"""The selected household in the Warga page: a summary and its members (NIK masked)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ...core import codes
from ...core.dates import format_short
from ...core.identity import mask_number
from ...core.model import Household, Person
from .column_fit import ColumnFit

NAME, NIK, RELATIONSHIP, SEX, BIRTH_DATE, LIFE_STATUS = range(6)

_Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    """Members of one household; the NIK is masked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Person] = []

    def set_rows(self, rows: list[Person] | tuple[Person, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def person_at(self, row: int) -> Person | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Name"), self.tr("NIK"), self.tr("Relationship"), self.tr("Sex"),
                   self.tr("Date of birth"), self.tr("Status"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        person = self.person_at(index.row()) if index.isValid() else None
        if person is None:
            return None
        values = (
            person.name, mask_number(person.nik), person.relationship, person.sex,
            format_short(person.birth_date), codes.LIFE_STATUSES.get(person.life_status, person.life_status),
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole row, for columns a narrow pane hides
            return "\n".join(f"{self.headerData(c, Qt.Orientation.Horizontal)}: {v}" for c, v in enumerate(values))
        return None


class HouseholdDetail(QWidget):
    """Shows one household; the page wires its member buttons to the dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.household: Household | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.members = MemberTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.members)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)  # long names are elided, not scrolled
        # A narrow pane drops these first; each row's tooltip and the person dialog still show them.
        self.columns = ColumnFit(self.table, (SEX, LIFE_STATUS, BIRTH_DATE, RELATIONSHIP))
        self.add_member = QPushButton(self.tr("Add member"))
        self.edit_member = QPushButton(self.tr("Edit member"))
        self.remove_member = QPushButton(self.tr("Remove member"))
        self.reveal_member = QPushButton(self.tr("Show full NIK…"))
        # The person's right of access: everything held about them, as a PDF (admin, koordinator).
        self.report_member = QPushButton(self.tr("Personal data…"))
        self.report_member.hide()
        self.consent_button = QPushButton(self.tr("Consent…"))  # the household's (issue 11 §4)
        self.consent_button.hide()
        buttons = QHBoxLayout()
        for button in (self.add_member, self.edit_member, self.remove_member):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # What is done with one member's own data: a second row, so a 1024-pixel screen keeps the list whole.
        own_data = QHBoxLayout()
        for button in (self.reveal_member, self.report_member, self.consent_button):
            own_data.addWidget(button)
        own_data.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(own_data)
        self.show_household(None)

    def show_household(self, household: Household | None, highlight: tuple[str, ...] = ()) -> None:
        """Shows `household`, with the first member in `highlight` (a search match) selected."""
        self.household = household
        self.members.set_rows(household.members if household else ())
        self.summary.setText(self._summary(household) if household else
                             self.tr("Choose a household in the list to see its members."))
        for button in (self.add_member, self.edit_member, self.remove_member, self.reveal_member):
            button.setEnabled(household is not None)
        if household is not None and household.members:
            ids = [m.id for m in household.members]
            self.table.selectRow(next((ids.index(i) for i in highlight if i in ids), 0))

    def current_person(self) -> Person | None:
        return self.members.person_at(self.table.currentIndex().row())

    def _summary(self, h: Household) -> str:
        head = h.head.name if h.head else self.tr("(no members yet)")
        place = ", ".join(p for p in (h.address, f"RT {h.rt}/RW {h.rw}" if h.rt or h.rw else "",
                                      h.dusun and f"Dusun {h.dusun}") if p)
        programs = ", ".join(codes.PROGRAMS.get(p, p) for p in h.programs) or "—"
        desil = str(h.desil) if h.desil is not None else self.tr("unknown")
        # tr() outside the f-strings: lupdate cannot see a call inside one.
        no_kk, dtsen, desil_label, programs_label = (
            self.tr("No KK"), self.tr("DTSEN"), self.tr("Desil"), self.tr("Programs"))
        lines = (
            f"<b>{_escape(head)}</b> &nbsp; {no_kk} {mask_number(h.no_kk)}",
            _escape(place or "—"),
            f"{dtsen}: {codes.DTSEN_STATUSES.get(h.dtsen_status, h.dtsen_status)}"
            f" &nbsp; {desil_label}: {desil} &nbsp; {programs_label}: {_escape(programs)}",
        )
        return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
