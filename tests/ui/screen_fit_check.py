"""Run by `test_fit_screen.py` in a fresh process whose offscreen screen is a small laptop's (the
screen of a Qt process cannot change once it runs); not collected on its own (no `test_` prefix).

Checks, in Bahasa Indonesia, that every window of `every_window.py` fits the screen: its size hint,
minimum size hint and minimum size, its size once shown, that every button outside a scroll area is
on screen, and that no label or button is narrower than its text; the main window on each of its
areas, the wizard on each of its pages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget, QWizard

from puskesos_desktop.ui.i18n import install_translator
from puskesos_desktop.ui.main_window import MainWindow

from tests.ui.every_window import every_window


def _too_big(what: str, size: QSize, room: QSize) -> list[str]:
    if size.width() > room.width() or size.height() > room.height():
        return [f"{what} {size.width()}×{size.height()}"]
    return []


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _buttons_off_screen(window: QWidget, screen: QRect) -> list[str]:
    problems = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or _in_scroll_area(button, window):
            continue
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        inside_window = QRect(window.mapToGlobal(QPoint(0, 0)), window.size()).contains(rect)
        if not (inside_window and screen.contains(rect)):
            problems.append(f"button {button.text()!r} at {rect.getRect()} is off screen")
    return problems


def _drawn_width(label: QLabel) -> int:
    """How wide the label's text is when drawn: a copy is painted with room to spare and its ink found."""
    copy = QLabel(label.text())
    copy.setFont(label.font())
    if label.buddy() is not None:
        copy.setBuddy(label)  # the mnemonic is drawn underlined only with a buddy
    copy.resize(copy.sizeHint().width() + 16, copy.sizeHint().height())
    image = copy.grab().toImage()
    background = image.pixel(image.width() - 1, 0)
    inked = [x for x in range(image.width()) if any(image.pixel(x, y) != background for y in range(image.height()))]
    copy.deleteLater()
    return inked[-1] + 1 if inked else 0


def _cut_off(window: QWidget) -> list[str]:
    """Labels and buttons narrower than their text (a minimum width set below it squeezes them, and
    Qt measures some underlined mnemonics a pixel or two short)."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisible() or not widget.text():
            continue
        plain = isinstance(widget, QLabel) and not widget.wordWrap() and "<" not in widget.text()
        if isinstance(widget, QLabel) and not plain:
            continue
        needed = widget.minimumSizeHint().width()
        if plain and not widget.alignment() & (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter):
            needed = max(needed, _drawn_width(widget) + widget.contentsMargins().left())
        if widget.width() < needed:
            problems.append(f"{type(widget).__name__} {widget.text()!r} is cut off "
                            f"({widget.width()} of {needed} pixels)")
    return problems


def _shown_problems(qtbot, window: QWidget, screen: QRect) -> list[str]:
    window.show()
    qtbot.waitExposed(window)
    problems = _too_big("size once shown", window.frameGeometry().size(), screen.size())
    if not screen.contains(window.frameGeometry()):
        problems.append(f"placed at {window.frameGeometry().getRect()}, beyond the screen")
    return problems + _buttons_off_screen(window, screen) + _cut_off(window)


def _hint_problems(widget: QWidget, room: QSize) -> list[str]:
    """A window given its size (resize) is shown at that size, not at its size hint."""
    sized = widget.isWindow() and widget.testAttribute(Qt.WidgetAttribute.WA_Resized)
    return ((_too_big("size hint", widget.sizeHint(), room) if not sized else [])
            + _too_big("minimum size hint", widget.minimumSizeHint(), room)
            + _too_big("minimum size", widget.minimumSize(), room))


def _window_problems(qtbot, window: QWidget, screen: QRect) -> list[str]:
    problems = _hint_problems(window, screen.size()) + _shown_problems(qtbot, window, screen)
    if isinstance(window, MainWindow):
        for index, area in enumerate(window.areas):
            window.show_area(index)
            QApplication.processEvents()
            problems += [f"on {area}: {p}" for p in _hint_problems(window, screen.size())
                         + _shown_problems(qtbot, window, screen)]
    if isinstance(window, QWizard):
        for page_id in window.pageIds():
            page = window.page(page_id)
            window.setStartId(page_id)  # each page in turn, as if the operator had got there
            window.restart()
            QApplication.processEvents()
            problems += [f"page {page.title()!r}: {p}" for p in _hint_problems(page, screen.size())
                         + _shown_problems(qtbot, window, screen)]
    return problems


def test_every_window_fits_the_screen(qtbot, installations, qapp: QApplication):
    translator = install_translator(qapp)
    screen = qapp.primaryScreen().availableGeometry()
    desa, kab, folder = installations
    problems = []
    try:
        for name, window in every_window(desa, kab, folder=folder):
            qtbot.addWidget(window)
            problems += [f"{name}: {p}" for p in _window_problems(qtbot, window, screen)]
            window.close()
    finally:
        qapp.removeTranslator(translator)
    assert problems == [], f"on a {screen.width()}×{screen.height()} screen:\n" + "\n".join(problems)
