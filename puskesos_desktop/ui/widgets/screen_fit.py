"""Window sizes that fit the operator's screen: a 1366×768 laptop, or 1280×720 at 125 % (1024×576)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# Room for what the window manager adds around a window (its frame and title bar).
FRAME = QSize(16, 40)


def screen_room(window: QWidget) -> QSize:
    """The largest size a window can have on its screen, frame and taskbar left out."""
    return window.screen().availableGeometry().size() - FRAME


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resizes `window` to width × height, or to as much of it as its screen has room for."""
    room = screen_room(window)
    window.resize(min(width, room.width()), min(height, room.height()))
