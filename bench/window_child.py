"""Child process of the start-up and memory scenarios: the application as the `puskesos` entry point runs it.

    python -m bench.window_child login|window|bare|memory DB_PATH

- login: `puskesos_desktop.__main__.main(["--db", DB_PATH])`, the path of a user's start; prints "ready"
  once the sign-in dialog has painted and its event loop runs (a zero timer queued by its first paint
  has fired: keys typed now reach the user-name field), then cancels it.
- window: the same, then signs in through that dialog (user name and password typed into its fields,
  the Sign-in button clicked: the real argon2 check) and prints "ready" when the main window has
  painted likewise, then closes it.
- bare: the baseline, a bare `QApplication` + `QWidget` shown, "ready" after its first paint likewise.
- memory: builds the main window the way `app.start_session` does (operators.login in place of the
  dialog), opens Warga and scrolls the list; prints peak RSS.

Prints one JSON line per milestone on stdout ({"event", "wall"}); "python" is printed before anything
but the standard library is imported. The QApplication is made here (before the application is
imported) so that an application-wide event filter can see the first paint; `app.run_window` uses
an existing instance.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def _say(event: str, **data) -> None:
    print(json.dumps({"event": event, "wall": time.time(), **data}), flush=True)


_say("python")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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


def _first_paint_probe(app, window_class: str, on_ready):
    """Calls on_ready(window) from a zero timer queued by the first paint of a `window_class` window."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class Probe(QObject):
        done = False

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
            if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                window = obj.window()
                if type(window).__name__ == window_class:
                    self.done = True
                    QTimer.singleShot(0, lambda: on_ready(window))
            return False

    probe = Probe(app)
    app.installEventFilter(probe)
    return probe


def _bare() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([sys.argv[0]])
    widget = QWidget()
    widget.setWindowTitle("bare")
    widget.resize(420, 240)

    def ready(_window) -> None:
        _say("ready")
        app.quit()

    _first_paint_probe(app, "QWidget", ready)
    widget.show()
    return app.exec()


def _application(mode: str, db: str) -> int:
    """The user's path: the entry point's main(), with a probe on the sign-in dialog and main window."""
    from PySide6.QtWidgets import QApplication

    from bench.common import ADMIN_PASSWORD, ADMIN_USER

    app = QApplication([sys.argv[0], "--db", db])

    def login_ready(dialog) -> None:
        _say("login", rss_mb=_rss_mb())
        if mode == "login":
            _say("ready")
            dialog.reject()
            return
        dialog.username.setText(ADMIN_USER)
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.sign_in_button.click()
        _say("signed_in")

    def window_ready(window) -> None:
        _say("ready", rss_mb=_rss_mb())
        window.close()

    probes = [_first_paint_probe(app, "LoginDialog", login_ready)]
    if mode == "window":
        probes.append(_first_paint_probe(app, "MainWindow", window_ready))
    _say("qt")
    from puskesos_desktop.__main__ import main

    import puskesos_desktop.app  # noqa: F401 - what main() imports first, imported here to time it

    _say("imported")
    return main(["--db", db])


def _warga_view(window):
    """The Warga page's table view (the one showing the household list) and its page."""
    from PySide6.QtWidgets import QAbstractItemView

    from puskesos_desktop.ui.pages.warga_page import WargaPage

    page = window.warga_page
    if not isinstance(page, WargaPage):
        raise SystemExit(f"MainWindow.warga_page is {type(page).__name__}, not WargaPage")
    views = [v for v in page.findChildren(QAbstractItemView) if v.model() is not None and v.model().columnCount() > 1]
    return page, max(views, key=lambda v: v.model().rowCount())


def _memory(db: str) -> int:
    """Mirrors app.run_window + app.start_session, with operators.login in place of LoginDialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.common import ADMIN_PASSWORD, ADMIN_USER
    from puskesos_desktop import app as composition, paths
    from puskesos_desktop.settings import Settings
    from puskesos_desktop.ui.main_window import MainWindow

    _say("imported", rss_mb=_rss_mb())
    settings = Settings.from_args(db)
    app = QApplication([sys.argv[0]])
    app.setApplicationName(paths.APP_NAME)
    composition.install_translator(app)
    from puskesos_desktop.services.access import Access, State

    access = Access(settings)
    if access.state() is State.LOCKED:  # this version's installations: the sign-in unlocks the file
        services = access.sign_in(ADMIN_USER, ADMIN_PASSWORD)
    else:
        services = composition.open_services(settings)
        services.operators.login(ADMIN_USER, ADMIN_PASSWORD)
    assert services.setup.is_initialized() and services.operators.has_operators()
    window = MainWindow(services)
    window.showMaximized()

    def ready() -> None:
        _say("ready", rss_mb=_rss_mb())
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
             rss_mb=_rss_mb(), ru_maxrss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        app.quit()

    QTimer.singleShot(0, ready)
    code = app.exec()
    services.close()
    return code


def main(mode: str, db: str) -> int:
    if mode == "bare":
        return _bare()
    if mode == "memory":
        return _memory(db)
    return _application(mode, db)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""))
