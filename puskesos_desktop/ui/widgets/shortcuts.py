"""A page's keys (Ctrl+N, Ctrl+R, …): they work wherever the focus is in the window while the page is shown."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Keys = QKeySequence | QKeySequence.StandardKey | str


def page_shortcuts(page: QWidget, bindings: Iterable[tuple[Keys, Callable[[], object]]]) -> list[QShortcut]:
    """Window-wide shortcuts owned by `page` (or by a tab of it). Qt only matches a shortcut whose
    widget is visible, so each works from anywhere in the window, the navigation list included,
    while its page (its tab) is the one shown, and never for a page that is hidden."""
    shortcuts = []
    for keys, slot in bindings:
        shortcut = QShortcut(keys if isinstance(keys, QKeySequence) else QKeySequence(keys), page)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # the constructor's context argument is not applied
        shortcut.activated.connect(lambda slot=slot: slot())
        shortcuts.append(shortcut)
    return shortcuts
