"""Buku agenda surat keluar: the letters issued in one year, by serial, and its printable register."""

from __future__ import annotations

from io import BytesIO

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSpinBox, QTableView,
    QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.dates import format_short
from ...core.errors import PuskesosError
from ...core.referral_model import LetterRegisterEntry
from ...services.letters import LetterService
from ...services.referrals import ReferralService
from ..models.rows_model import Index as _Index
from ..models.rows_model import RowsModel
from ..widgets.pdf_preview import PdfPreviewDialog
from ..widgets.shortcuts import page_shortcuts

SERIAL, DATE, NUMBER, ADDRESSEE, SUBJECT = range(5)
FIRST_YEAR = 2000


class LetterRegisterModel(RowsModel):
    """One year of the register (a few hundred letters at most: held whole)."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Date"), self.tr("Letter number"), self.tr("To"), self.tr("Subject"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (SERIAL, DATE):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (ADDRESSEE, SUBJECT):
            return _cell(entry, index.column())
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _cell(entry, index.column())


def _cell(entry: LetterRegisterEntry, column: int) -> str:
    if column == SERIAL:
        return str(entry.serial)
    if column == DATE:
        return format_short(entry.letter_date)
    if column == NUMBER:
        return entry.number
    if column == ADDRESSEE:
        return entry.addressee
    return entry.subject


class LetterRegisterPage(QWidget):
    def __init__(self, referrals: ReferralService, letters: LetterService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._referrals = referrals
        self._letters = letters
        self.model = LetterRegisterModel(self)
        self._build()
        self.year.valueChanged.connect(lambda _year: self.refresh())
        self.print_button.clicked.connect(self.print_register)
        page_shortcuts(self, (("Ctrl+P", self.print_register),))
        self.refresh()

    def _build(self) -> None:
        this_year = clock.today().year
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, this_year + 1)
        self.year.setValue(this_year)
        self.year.setAccelerated(True)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.status = QLabel()
        self.print_button = QPushButton(self.tr("&Print register… (Ctrl+P)"))
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        top.addWidget(self.print_button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SERIAL, 50), (DATE, 90), (NUMBER, 240), (ADDRESSEE, 320)):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        year = self.year.value()
        try:
            entries = self._referrals.letter_register(year)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Not loaded"), str(exc))
            entries = []
        self.model.set_rows(entries)
        self.status.setText(self.tr("{count} letters issued in {year}").format(count=len(entries), year=year)
                            if entries else self.tr("No letters issued in {year}.").format(year=year))

    def focus_list(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def print_register(self) -> None:
        year = self.year.value()
        out = BytesIO()
        try:
            self._letters.register_pdf(year, out)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))
            return
        title = self.tr("Letter register {year}").format(year=year)
        PdfPreviewDialog(title, out.getvalue(), parent=self,
                         on_done=lambda how, pages: self._letters.note_output("register", how, str(year), pages)).exec()
