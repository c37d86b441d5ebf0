"""Child process for the start-up and memory scenarios: builds the main window the way app.py does.

    python -m bench.window_child startup|memory DB_PATH

Prints one JSON line per milestone on stdout. "ready" is printed from a QTimer.singleShot(0, …)
queued after window.showMaximized(), i.e. once the event loop has processed the first events (show, layout,
first paint of the visible rows). Sign-in is the real `operators.login` (argon2 verify) with the
dataset's admin, in place of the login dialog.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from bench.common import ADMIN_PASSWORD, ADMIN_USER

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _say(event: str, **data) -> None:
    print(json.dumps({"event": event, "wall": time.time(), **data}), flush=True)


def _rss_mb() -> float:
    """Peak RSS of this process, MB: VmHWM (the process's own high-water mark).

    ru_maxrss is not used as the figure: Linux carries the *spawning* process's peak over exec
    (subprocess uses vfork), so a child of a 200 MB benchmark runner would report ≥ 200 MB.
    """
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _warga_view(window):
    """The Warga page's table view (the one showing the household list) and its page."""
    from PySide6.QtWidgets import QAbstractItemView

    from puskesos_desktop.ui.pages.warga_page import WargaPage

    page = window.warga_page
    if not isinstance(page, WargaPage):
        raise SystemExit(f"MainWindow.warga_page is {type(page).__name__}, not WargaPage")
    views = [v for v in page.findChildren(QAbstractItemView) if v.model() is not None and v.model().columnCount() > 1]
    return page, max(views, key=lambda v: v.model().rowCount())


def main(mode: str, db: str) -> int:
    """Mirrors app.run_window + app.start_session, with operators.login in place of LoginDialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from puskesos_desktop import app as composition, paths
    from puskesos_desktop.settings import Settings
    from puskesos_desktop.ui.main_window import MainWindow

    _say("imported", rss_mb=_rss_mb())
    settings = Settings.from_args(db)
    app = QApplication([sys.argv[0]])
    app.setApplicationName(paths.APP_NAME)
    composition.install_translator(app)
    services = composition.open_services(settings)
    assert services.setup.is_initialized() and services.operators.has_operators()
    services.setup.office()
    _say("services")
    services.operators.login(ADMIN_USER, ADMIN_PASSWORD)
    _say("signed_in")
    window = MainWindow(services)
    _say("built")
    window.showMaximized()

    def ready() -> None:
        _say("ready", rss_mb=_rss_mb())
        if mode == "startup":
            app.quit()
        else:
            QTimer.singleShot(0, scroll)

    def scroll() -> None:
        try:
            _scroll()
        except BaseException as exc:  # noqa: BLE001 - an exception in a slot would leave the loop running
            _say("error", error=f"{type(exc).__name__}: {exc}")
            app.exit(1)

    def _scroll() -> None:
        window.focus_search()  # as if the operator pressed Ctrl+F: Warga is built when first shown
        app.processEvents()
        page, view = _warga_view(window)
        _say("warga_shown", rss_mb=_rss_mb(), rows=view.model().rowCount())
        model = view.model()
        start = time.perf_counter()
        view.scrollToBottom()
        app.processEvents()
        bottom = time.perf_counter() - start
        view.scrollToTop()
        app.processEvents()
        _say("scrolled", rows=model.rowCount(), bottom_s=bottom, total_s=time.perf_counter() - start,
             rss_mb=_rss_mb(), ru_maxrss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, last_row=view.rowAt(view.viewport().height() - 1))
        app.quit()

    QTimer.singleShot(0, ready)
    code = app.exec()
    services.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
