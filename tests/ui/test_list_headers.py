"""No column header of a list is cut off, in Bahasa Indonesia, in a main window as wide as a 1366×768
laptop: every list of every area (and of each tab), desa and kabupaten."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableView, QTabWidget

from puskesos_desktop.ui.i18n import install_translator

from tests.ui.every_window import build, installations as bundle

LAPTOP = (1366, 768 - 40 - 30)  # the taskbar, the title bar


def cut_headers(window) -> list[str]:
    """Visible header sections narrower than their text needs (Qt then elides it: "Anggo…")."""
    problems = []
    for table in window.findChildren(QTableView):
        if not table.isVisible():
            continue
        header = table.horizontalHeader()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = table.model().headerData(section, header.orientation())
            if header.sectionSize(section) < header.sectionSizeHint(section):
                problems.append(f"{text!r}: {header.sectionSize(section)} of {header.sectionSizeHint(section)} pixels")
    return problems


def _every_tab(window) -> list[str]:
    problems = cut_headers(window)
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                problems += cut_headers(window)
    return problems


def test_no_column_header_is_cut_off(qtbot, installations, qapp: QApplication):
    translator = install_translator(qapp)
    desa, kab, folder = installations
    windows = bundle(desa, kab, folder=folder)
    problems = []
    try:
        for name in ("main window (desa)", "main window (kabupaten)"):
            window = build(name, windows)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            window.resize(*LAPTOP)
            for index, area in enumerate(window.areas):
                window.show_area(index)
                QApplication.processEvents()
                problems += [f"{name}, {area}: {p}" for p in _every_tab(window)]
            window.close()
    finally:
        qapp.removeTranslator(translator)
    assert problems == [], "\n".join(sorted(set(problems)))
