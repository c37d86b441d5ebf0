"""No Alt+letter is used twice in one window, in Bahasa Indonesia: every dialog, each wizard page with the
wizard's own buttons, each area (and each tab) of the main window; and the letters the issue named."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QTabWidget, QWidget, QWizard,
)

from puskesos_desktop.ui.i18n import install_translator
from puskesos_desktop.ui.main_window import MainWindow

from tests.ui.every_window import build, every_window, installations as bundle


def mnemonic(text: str) -> str | None:
    """The letter after a single `&` ("&&" is a literal ampersand), lower-cased."""
    i = 0
    while (i := text.find("&", i)) != -1 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i += 2
    return None


def _texts(window: QWidget) -> list[str]:
    """What carries a mnemonic among the widgets now visible: buttons, labels with a buddy, group boxes, tabs."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return texts


def clashes(window: QWidget, also: tuple[str, ...] = ()) -> list[str]:
    texts = _texts(window) + list(also)
    letters = Counter(m for m in map(mnemonic, texts) if m)
    return [f"Alt+{letter.upper()} in " + ", ".join(repr(t) for t in texts if mnemonic(t) == letter)
            for letter, count in letters.items() if count > 1]


def _each_tab(window: QWidget) -> list[str]:
    """Clashes with each tab of each visible tab widget shown in turn."""
    problems = clashes(window)
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                problems += [f"tab {tabs.tabText(index)!r}: {p}" for p in clashes(window)]
    return problems


def _window_clashes(qtbot, window: QWidget) -> list[str]:
    window.show()
    qtbot.waitExposed(window)
    if isinstance(window, MainWindow):
        problems = []
        for index, area in enumerate(window.areas):
            window.show_area(index)
            problems += [f"{area}: {p}" for p in _each_tab(window)]
        return problems
    if isinstance(window, QWizard):
        problems, first = [], window.startId()
        back = window.buttonText(QWizard.WizardButton.BackButton)
        for page_id in window.pageIds():
            window.setStartId(page_id)  # each page in turn; Back shows on every page but the first
            window.restart()
            also = (back,) if page_id != first else ()
            problems += [f"page {window.currentPage().title()!r}: {p}" for p in clashes(window, also)]
        return problems
    return _each_tab(window)


def test_no_mnemonic_is_used_twice_in_a_window(qtbot, installations, qapp: QApplication):
    translator = install_translator(qapp)
    desa, kab, folder = installations
    problems = []
    try:
        for name, window in every_window(desa, kab, folder=folder):
            qtbot.addWidget(window)
            problems += [f"{name}: {p}" for p in _window_clashes(qtbot, window)]
            window.close()
    finally:
        qapp.removeTranslator(translator)
    assert problems == [], "\n".join(problems)


def test_record_a_complaint_is_alt_l_in_indonesian(qtbot, installations, qapp: QApplication):
    translator = install_translator(qapp)
    desa, kab, folder = installations
    try:
        window = build("main window (desa)", bundle(desa, kab, folder=folder))
        qtbot.addWidget(window)
        page = window.page(window.areas.index(window.tr("Residents")))
        assert page.care.complaint_button.text() == "Catat ke&luhan…"
    finally:
        qapp.removeTranslator(translator)
