"""The one helper for slow work: runs `fn` on a worker thread and calls back on the GUI thread.

Lifetime (docs/decisions.md, "Quitting"): a job is held here from `run_in_background` until its
result has been handed over on the GUI thread, so the pool never runs or finishes a job whose Python
side is gone; `finish_all()` (the window's close, the end of `app.run_window`) cancels every job,
waits for the pool and drops the results nobody will read. Python still running on a pool thread
while the interpreter shuts down kills the process (exit 139, "terminate called without an active
exception"), which is how quitting during a send, a batch print or an import used to end.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


_live: set[Job] = set()  # started and not yet handed over; touched on the GUI thread only


class Job(QRunnable):
    """`fn(report_progress, is_cancelled)` must never touch a widget; it returns its result."""

    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._fn = fn
        self._cancelled = False
        self._abandoned = False

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    def abandon(self) -> None:
        """Cancelled, and its callbacks are never called (its window is going away)."""
        self._cancelled = True
        self._abandoned = True

    def _report(self, done: int, total: int) -> None:
        if not self._abandoned:
            self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._fn(self._report, self.is_cancelled)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def _handing_over(job: Job, callback: Callable[..., None], *, last: bool = True) -> Callable[..., None]:
    """The slot for one of the job's signals: nothing once the job is abandoned; `last`: the result,
    after which the job is let go. A weak reference: the connection must not keep the job alive."""
    ref = weakref.ref(job)

    def deliver(*values: Any) -> None:  # on the GUI thread, where the signals object lives
        job = ref()
        if job is None or job._abandoned:
            return
        if last:
            _live.discard(job)
        callback(*values)

    return deliver


def run_in_background(
    fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Starts `fn` on the shared pool; returns the job so a Cancel button can call `job.cancel()`."""
    job = Job(fn)
    job.setAutoDelete(False)  # Python owns it; `_live` keeps it until its result is handed over
    job.signals.done.connect(_handing_over(job, on_done))
    job.signals.failed.connect(_handing_over(job, on_error))
    if on_progress is not None:
        job.signals.progress.connect(_handing_over(job, on_progress, last=False))
    _live.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def running() -> int:
    """Jobs started and not yet handed over."""
    return len(_live)


def finish_all(timeout_ms: int = -1) -> bool:
    """Cancels every job, waits for the pool to be idle (a send or an export is not cancellable and
    runs to its end: its file is written whole) and forgets them; False if `timeout_ms` ran out."""
    for job in _live:
        job.abandon()
    idle = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if idle:
        _live.clear()  # their queued results, if any, go to no one
    return idle
