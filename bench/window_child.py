"""Child process for the start-up and memory scenarios: builds the main window the way app.py does.

    python -m bench.window_child startup|memory DB_PATH

Prints one JSON line per milestone on stdout. "ready" is printed from a QTimer.singleShot(0, …)
queued after window.show(), i.e. once the event loop has processed the first events (show, layout,
first paint of the visible rows). Sign-in is the real `operators.login` (argon2 verify) with the
dataset's admin, in place of the login dialog.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _say(event: str, **data) -> None:
    print(json.dumps({"event": event, "wall": time.time(), **data}), flush=True)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def build_window(services, settings):
    """Mirrors the composition root (puskesos_desktop/app.py) minus the login dialog."""
    from puskesos_desktop.ui.main_window import MainWindow

    return MainWindow(services, settings)


def _warga_view(window):
    """The Warga page's table view and its model (the page is found by type, not by position)."""
    from PySide6.QtWidgets import QAbstractItemView

    from puskesos_desktop.ui.pages.warga_page import WargaPage

    page = window.findChild(WargaPage)
    if page is None:
        raise SystemExit("WargaPage not found in MainWindow")
    views = [v for v in page.findChildren(QAbstractItemView) if v.model() is not None and v.model().columnCount() > 1]
    view = max(views, key=lambda v: v.model().rowCount())
    return page, view


def main(mode: str, db: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from puskesos_desktop.services.container import build_services
    from puskesos_desktop.settings import Settings

    _say("imported", rss_mb=_rss_mb())
    app = QApplication([sys.argv[0]])
    try:
        from puskesos_desktop.ui.i18n import install_translator

        install_translator(app)
    except ImportError:
        pass
    settings = Settings.from_args(db)
    services = build_services(settings)
    _say("services")
    services.operators.login("admin", "rahasia-admin")
    _say("signed_in")
    window = build_window(services, settings)
    _say("built")
    window.show()

    def ready() -> None:
        _say("ready", rss_mb=_rss_mb())
        if mode == "startup":
            app.quit()
        else:
            QTimer.singleShot(0, scroll)

    def scroll() -> None:
        page, view = _warga_view(window)
        stack = page.parent()
        while stack is not None and not hasattr(stack, "setCurrentWidget"):
            stack = stack.parent()
        if stack is not None:
            stack.setCurrentWidget(page)
        app.processEvents()
        model = view.model()
        start = time.perf_counter()
        view.scrollToBottom()
        app.processEvents()
        bottom = time.perf_counter() - start
        view.scrollToTop()
        app.processEvents()
        _say("scrolled", rows=model.rowCount(), bottom_s=bottom, total_s=time.perf_counter() - start,
             rss_mb=_rss_mb(), last_row=view.rowAt(view.viewport().height() - 1))
        app.quit()

    QTimer.singleShot(0, ready)
    code = app.exec()
    services.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
