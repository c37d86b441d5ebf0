"""Fixtures of the Warga area: a registered household, and typing into whatever has the focus."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from puskesos_desktop.core.model import HouseholdDraft, PersonDraft

NO_KK = "3201051511200001"
HEAD_NIK = "3201051505900001"  # man born 15-05-1990
WIFE_NIK = "3201055507920003"  # woman born 15-07-1992


@pytest.fixture
def household_id(services) -> str:
    """A household in RT 003 with its head, SUPARMAN."""
    head = PersonDraft(nik=HEAD_NIK, name="Suparman", relationship="KEPALA KELUARGA", sex="L",
                       birth_date=dt.date(1990, 5, 15))
    draft = HouseholdDraft(no_kk=NO_KK, address="Kp. Cibeureum", rt="003", rw="001", dusun="Satu")
    return services.households.create(draft, (head,)).id


class Keyboard:
    """Types into the focused widget and moves on with Tab, the way an operator fills a form."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot

    def focused(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        self._qtbot.keyClicks(self.focused(), text)

    def key(self, key: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            self._qtbot.keyClick(self.focused(), key)

    def tab(self, times: int = 1) -> None:
        self.key(Qt.Key.Key_Tab, times)

    def show(self, widget, focus=None):
        """Shows a widget as the active window with the focus where an operator would start."""
        self._qtbot.addWidget(widget)
        widget.show()
        self._qtbot.waitExposed(widget)
        widget.activateWindow()
        self._qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)  # shortcuts need it
        if focus is not None:
            focus.setFocus()
            self._qtbot.waitUntil(focus.hasFocus)
        return widget

    def fill(self, text: str) -> None:
        """Types `text` then Tabs to the next field."""
        self.type(text)
        self.tab()


@pytest.fixture
def keyboard(qtbot) -> Keyboard:
    return Keyboard(qtbot)



@pytest.fixture
def installations(empty_services, template_db, tmp_path):
    """(desa, kabupaten, folder) for `tests/ui/every_window.py`: the kabupaten is `empty_services`, set
    up with its keys; the desa is enrolled at it; `folder` is for the files passed between them."""
    from tests.sync.conftest import Network

    network = Network(empty_services, template_db, tmp_path)
    yield network.desa(), network.hub, tmp_path
    network.close()


@pytest.fixture(autouse=True)
def _collect_garbage_after_each_test():
    """Widgets this test deleted later (deleteLater) are deleted, and its Python garbage collected, at
    its end. CI saw rare segfaults of an xdist worker at random places (a constructor, where a
    collection runs), after a different mix of test files each time: garbage of an earlier test (a
    PySide wrapper in a reference cycle) freed long after what it pointed to. Collected here, it is
    freed in its own test, or a crash names that test. Five runs with this (four as CI runs them) have not crashed."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
