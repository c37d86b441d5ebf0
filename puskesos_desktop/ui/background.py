"""The one helper for slow work: runs `fn` on a worker thread and calls back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Job(QRunnable):
    """`fn(report_progress, is_cancelled)` must never touch a widget; it returns its result."""

    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._fn = fn
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progress.emit, self.is_cancelled)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_in_background(
    fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Starts `fn` on the shared pool; returns the job so a Cancel button can call `job.cancel()`."""
    job = Job(fn)
    job.setAutoDelete(False)
    job.signals.done.connect(on_done)
    job.signals.failed.connect(on_error)
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(job)
    return job
