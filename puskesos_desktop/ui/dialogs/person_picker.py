"""Choosing the person a referral is for: a search box (NIK, No KK or name) over a list of people."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.dates import age_on
from ...core.identity import mask_number
from ...core.model import Household, Person
from ...services.search import SearchService

SEARCH_DELAY_MS = 250
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def describe_person(person: Person, household: Household | None) -> str:
    """One line that tells people apart: name, masked NIK and where the household lives."""
    parts = [person.name, f"NIK {mask_number(person.nik)}" if person.nik else ""]
    if household is not None:
        parts.append(", ".join(p for p in (household.address, f"RT {household.rt}/RW {household.rw}"
                                           if household.rt or household.rw else "",
                                           household.dusun and f"Dusun {household.dusun}") if p))
    return " — ".join(p for p in parts if p)


class PersonPicker(QWidget):
    """Enter or Down in the search box goes to the list (Tab too, once the search ran). In the list the
    highlighted person is the one chosen, so the arrow keys move the choice; Enter confirms and moves on.

    `picked(person, household, confirmed)`: `confirmed` when the operator pressed Enter (or only one was found)."""

    picked = Signal(object, object, bool)

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._rows: list[tuple[Person, Household]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("NIK, No KK or name, then Enter or Down to choose"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.installEventFilter(self)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("Name"), self.tr("NIK"), self.tr("Age"), self.tr("Address")])
        self.results.setRootIsDecorated(False)
        self.results.setAllColumnsShowFocus(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setFixedHeight(self.results.fontMetrics().height() * 7 + 12)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item, _column: self.pick_current(confirmed=True))
        self.results.currentItemChanged.connect(lambda _now, _before: self._follow_highlight())
        header = self.results.header()
        header.setStretchLastSection(True)
        for column, width in ((0, 190), (1, 140), (2, 56)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.status)
        layout.addWidget(self.results)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search_box.text().strip()
        self.results.clear()
        self._rows = []
        if not text:
            self.status.setText("")
            return
        today = clock.today()
        for hit in self._search.search(text):
            members = hit.household.members
            # Those whose NIK or name matched; a matching No KK brings the whole household.
            chosen = [m for m in members if m.id in hit.matched_person_ids] or list(members)
            for person in chosen:
                self._rows.append((person, hit.household))
                age = str(age_on(person.birth_date, today)) if person.birth_date else "—"
                place = ", ".join(p for p in (hit.household.address, f"RT {hit.household.rt}/RW {hit.household.rw}")
                                  if p)
                self.results.addTopLevelItem(QTreeWidgetItem([person.name, mask_number(person.nik), age, place]))
        if self._rows:
            self.results.setCurrentItem(self.results.topLevelItem(0))
            self.status.setText(self.tr("{count} people found").format(count=len(self._rows)))
        else:
            self.status.setText(self.tr("Nothing found. Check the spelling, or type part of a NIK or No KK."))

    def pick_current(self, confirmed: bool) -> None:
        row = self.results.indexOfTopLevelItem(self.results.currentItem()) if self.results.currentItem() else -1
        if 0 <= row < len(self._rows):
            self.picked.emit(*self._rows[row], confirmed)

    def _follow_highlight(self) -> None:
        """While the list has the focus, the highlighted row is the choice (a search alone chooses nobody)."""
        if self.results.hasFocus():
            self.pick_current(confirmed=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results and event.type() == QEvent.Type.FocusIn:
            self.pick_current(confirmed=False)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box:
            return self._search_key(key)
        if watched is self.results and key in _ENTER:
            self.pick_current(confirmed=True)
            return True
        if watched is self.results and key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
            self.search_box.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _search_key(self, key: int) -> bool:
        """Enter and Down search now and go to the list; Enter never saves the form. Tab runs a pending search."""
        if key == Qt.Key.Key_Tab:
            if self._timer.isActive():
                self.run_search()
            return False
        if key not in (*_ENTER, Qt.Key.Key_Down):
            return False
        if self._timer.isActive() or key in _ENTER:
            self.run_search()
        if key in _ENTER and len(self._rows) == 1:
            self.pick_current(confirmed=True)  # one person found: no need to choose
        elif self._rows:
            self.results.setFocus()
        return True
