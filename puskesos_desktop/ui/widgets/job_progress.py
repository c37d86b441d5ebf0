"""The progress dialog of a page's background job (ui/background.py): opened, followed, closed.

Window-modal, shown at once, and never closing or resetting itself when its value reaches the
maximum: the job's end closes it (`close_job_progress`), so a result that comes after the last step
is not shown over a dialog that already went away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..background import Job


def open_job_progress(parent: QWidget, label: str, title: str, *, cancel: str | None,
                      maximum: int = 0) -> QProgressDialog:
    """`cancel`: the Cancel button's text, or None for a job that must not be interrupted (a file
    being written and read back). `maximum` 0: busy until the first step says how many."""
    dialog = QProgressDialog(label, cancel or "", 0, maximum, parent)
    if cancel is None:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def follow(dialog: QProgressDialog, job: Job) -> None:
    """Cancel (and Escape, which hides the dialog without `canceled`) cancels the job; then it shows."""
    dialog.canceled.connect(job.cancel)
    dialog.rejected.connect(job.cancel)
    dialog.show()


def fraction_steps(report, cancelled, steps: int = 1000):
    """A service's `progress(fraction) -> go on?` callback inside a job: the fraction reported as
    steps out of `steps`, and False once Cancel was pressed."""
    def progress(fraction: float) -> bool:
        report(int(fraction * steps), steps)
        return not cancelled()

    return progress


def show_step(dialog: QProgressDialog | None, done: int, total: int) -> None:
    if dialog is not None:
        dialog.setMaximum(total)
        dialog.setValue(done)


def close_job_progress(dialog: QProgressDialog | None) -> None:
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()
