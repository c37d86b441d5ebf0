"""Kirim/Terima (desa): the kabupaten's key, changes it has not confirmed, and bundles to and from it on USB."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QMessageBox, QProgressDialog, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.dates import format_long
from ...core.errors import PuskesosError
from ...core.sync_model import ExportResult, ImportResult, PendingChanges, Peer
from ...services.sync import SyncService
from ..background import Job, run_in_background
from ..dialogs.fork_dialog import ForkReviewDialog
from ..models.rows_model import Index, RowsModel
from ..widgets.file_dialogs import choose_folder, open_file, open_files, save_file
from ..widgets.form import ERROR_STYLE, WARNING_STYLE
from ..widgets.shortcuts import page_shortcuts
from ..widgets.tables import list_table

STALE_DAYS = 14  # unconfirmed changes older than this are shown in amber
FINGERPRINT_STYLE = "font-family: monospace; font-size: 20pt; font-weight: bold; letter-spacing: 2px;"
_OK_STYLE = "color: #1b5e20;"
FILE, RESULT, DETAILS = range(3)


def is_stale(pending: PendingChanges, today: dt.date | None = None) -> bool:
    """Changes the kabupaten has not confirmed for more than STALE_DAYS days."""
    if not pending.rows or pending.since is None:
        return False
    return ((today or clock.today()) - clock.local_date(pending.since)).days > STALE_DAYS


def fingerprint_label(text: str = "") -> QLabel:
    """Large and selectable: read aloud by telephone, group by group."""
    label = QLabel(text)
    label.setStyleSheet(FINGERPRINT_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def save_own_identity(parent: QWidget, sync: SyncService, title: str, default_name: str) -> str | None:
    """Asks where, then writes this installation's public identity file; returns the path, or None
    (cancelled, or refused with a message box). The service never overwrites, so neither do we."""
    chosen = save_file(
        parent, title, str(Path.home() / default_name),
        QCoreApplication.translate("SyncPage", "Puskesos key files (*.json)"), confirm_overwrite=False)
    if not chosen:
        return None
    path = Path(chosen)
    if path.exists():
        taken = QCoreApplication.translate("SyncPage", "A file named {name} already exists there. "
                                                       "Choose another name or folder.")
        QMessageBox.warning(parent, title, taken.format(name=path.name))
        return None
    try:
        sync.write_own_identity(path)
    except (PuskesosError, OSError) as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    return str(path)


class ImportResultsModel(RowsModel):
    """One row per file received: applied (with counts), already imported, or rejected with the reason."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("File"), self.tr("Result"), self.tr("Details"))

    def _tables(self) -> dict[str, str]:
        return {
            "household": self.tr("households"), "person": self.tr("people"), "need": self.tr("needs"),
            "complaint": self.tr("complaints"), "complaint_event": self.tr("complaint updates"),
            "referral": self.tr("referrals"), "referral_event": self.tr("referral updates"),
            "letter": self.tr("letters"), "referral_outcome": self.tr("referral outcomes"),
            "service": self.tr("services"), "institution": self.tr("institutions"),
        }

    def result_text(self, r: ImportResult) -> str:
        return {"applied": self.tr("applied"), "duplicate": self.tr("already imported"),
                "rejected": self.tr("REJECTED")}.get(r.status, r.status)

    def details(self, r: ImportResult) -> str:
        if r.status != "applied":
            return r.reason
        if not r.rows:
            return self.tr("nothing new")
        names = self._tables()
        return ", ".join(f"{names.get(table, table)}: {n}" for table, n in sorted(r.counts.items()) if n)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: B008 - Qt API
        r: ImportResult | None = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == FILE:
                return Path(r.file).name if role == Qt.ItemDataRole.DisplayRole else r.file
            return self.result_text(r) if index.column() == RESULT else self.details(r)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == RESULT:
            return QColor({"applied": "#1b5e20", "rejected": "#b00020"}.get(r.status, "#555555"))
        return None


class SyncPage(QWidget):
    """`sent`/`send_failed` and `received`/`receive_failed` tell when a background job has ended."""

    sent = Signal(object)  # ExportResult
    send_failed = Signal(str)
    received = Signal(list)  # list[ImportResult]
    receive_failed = Signal(str)

    def __init__(self, sync: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self.kabupaten: Peer | None = None
        self.pending: PendingChanges | None = None
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self._last_folder = ""
        self.results = ImportResultsModel(self)
        self._build()
        page_shortcuts(self, (("Ctrl+E", self.send), ("Ctrl+I", self.receive)))
        self.refresh()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._kabupaten_box(), 1)
        top.addWidget(self._own_box(), 1)
        layout.addLayout(top)
        self.pending_label = QLabel()
        self.pending_label.setStyleSheet("font-size: 14pt;")
        self.pending_label.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Send to kabupaten… (Ctrl+E)"))
        self.receive_button = QPushButton(self.tr("&Receive from kabupaten… (Ctrl+I)"))
        for button in (self.send_button, self.receive_button):
            button.setStyleSheet("QPushButton { font-size: 12pt; padding: 8px 16px; }")
        self.send_button.clicked.connect(lambda: self.send())
        self.receive_button.clicked.connect(lambda: self.receive())
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.receive_button)
        buttons.addStretch(1)
        # After a restore: what still has to come back, and the versions kept for review here.
        self.restored_label = QLabel()
        self.restored_label.setWordWrap(True)
        self.restored_label.setStyleSheet(WARNING_STYLE)
        self.kept_button = QPushButton(self.tr("Re&view kept versions…"))
        self.kept_button.clicked.connect(self.review_kept_versions)
        self.notice = QLabel()  # what the last send or receive did
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results_label = QLabel(self.tr("Files received"))
        self.results_label.setStyleSheet("font-weight: bold;")
        self.results_table: QTableView = list_table(self.results, {FILE: 400, RESULT: 130}, DETAILS)
        self.results_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the end says which changes
        layout.addSpacing(8)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.restored_label)
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.kept_button)
        kept_row.addStretch(1)
        layout.addLayout(kept_row)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results_table, 1)
        layout.addStretch(1)  # keeps everything at the top until there is a list to show
        self._filler = layout.count() - 1
        self.results_label.hide()
        self.results_table.hide()

    def _kabupaten_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kabupaten"))
        column = QVBoxLayout(box)
        self.kabupaten_name = QLabel()
        self.kabupaten_name.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.kabupaten_name.setWordWrap(True)
        self.kabupaten_details = QLabel()
        self.kabupaten_details.setWordWrap(True)
        self.kabupaten_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.no_kabupaten = QLabel(self.tr(
            "No kabupaten key is installed yet. Ask the Dinas Sosial for its public key file and install it "
            "here; until then nothing can be sent or received."))
        self.no_kabupaten.setWordWrap(True)
        self.install_button = QPushButton(self.tr("&Install kabupaten key…"))
        self.install_button.clicked.connect(self.install_kabupaten_key)
        column.addWidget(self.kabupaten_name)
        column.addWidget(self.kabupaten_details)
        column.addWidget(self.no_kabupaten)
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return box

    def _own_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This installation"))
        column = QVBoxLayout(box)
        explain = QLabel(self.tr(
            "The Dinas Sosial enrols this desa from its enrollment file. Read this fingerprint aloud by "
            "telephone so they can check the file is really yours:"))
        explain.setWordWrap(True)
        self.own_fingerprint = fingerprint_label()
        self.enrollment_button = QPushButton(self.tr("Save &enrollment file…"))
        self.enrollment_button.clicked.connect(self.save_enrollment)
        column.addWidget(explain)
        column.addWidget(self.own_fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.enrollment_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return box

    # ---- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.kabupaten = next((p for p in self._sync.peers() if p.role == "kabupaten"), None)
        self.pending = self._sync.pending()
        fingerprint = self._sync.fingerprint()
        self.own_fingerprint.setText(fingerprint or self.tr("(no key made yet)"))
        self._show_kabupaten(self.kabupaten)
        self._show_pending(self.pending)
        self._show_restored(self.pending)
        idle = self.job is None
        self.send_button.setEnabled(idle and self.kabupaten is not None)
        self.receive_button.setEnabled(idle and self.kabupaten is not None)

    def _show_kabupaten(self, peer: Peer | None) -> None:
        for widget in (self.kabupaten_name, self.kabupaten_details):
            widget.setVisible(peer is not None)
        self.no_kabupaten.setVisible(peer is None)
        self.install_button.setVisible(peer is None)
        if peer is None:
            return
        self.kabupaten_name.setText(f"{peer.name} ({peer.region_code})")
        never = self.tr("never")
        self.kabupaten_details.setText(self.tr(
            "Key fingerprint: {fingerprint}\nLast sent: {sent}\nLast received: {received}").format(
            fingerprint=peer.fingerprint,
            sent=format_long(clock.local_date(peer.last_sent_at)) if peer.last_sent_at else never,
            received=format_long(clock.local_date(peer.last_received_at)) if peer.last_received_at else never))

    def _show_restored(self, pending: PendingChanges) -> None:
        texts = []
        if pending.replacing:
            texts.append(self.tr(
                "This laptop replaces the desa's lost one. Give its enrollment file to the Dinas Sosial to enroll it "
                "in place of the old laptop, then receive their return bundle: it brings the desa's data back. "
                "Until then no new letter number is given."))
        elif pending.restored:
            texts.append(self.tr(
                "This laptop was restored from a backup. Send to the kabupaten, then receive its return bundle: it "
                "brings back this desa's data from after the backup. Until then no new letter number is given."))
        if pending.kept_versions:
            texts.append(self.tr("{count} versions kept for review after the restore.").format(
                count=pending.kept_versions))
        self.restored_label.setText("\n".join(texts))
        self.restored_label.setVisible(bool(texts))
        self.kept_button.setVisible(bool(pending.kept_versions))

    def review_kept_versions(self) -> None:
        identity = self._sync.own_identity()
        dialog = ForkReviewDialog(self._sync, identity.origin_id, f"{identity.region_code} ({identity.name})", parent=self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def _show_pending(self, pending: PendingChanges) -> None:
        if not pending.rows:
            self.pending_label.setText(self.tr("All changes have been confirmed by the kabupaten."))
            self.pending_label.setStyleSheet("font-size: 14pt;" + _OK_STYLE)
            return
        since = format_long(clock.local_date(pending.since)) if pending.since else "?"
        self.pending_label.setText(self.tr("{count} changes not yet confirmed by the kabupaten, since {date}").format(
            count=f"{pending.rows:,}".replace(",", "."), date=since))
        self.pending_label.setStyleSheet("font-size: 14pt;" + (WARNING_STYLE if is_stale(pending) else ""))

    def _say(self, text: str, style: str = "") -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(style)

    # ---- keys ----------------------------------------------------------------------------------
    def install_kabupaten_key(self) -> None:
        title = self.tr("Install kabupaten key")
        chosen = open_file(
            self, title, str(Path.home()), self.tr("Puskesos key files (*.json);;All files (*)"))
        if not chosen:
            return
        try:
            peer = self._sync.set_kabupaten(Path(chosen))
        except PuskesosError as exc:
            QMessageBox.warning(self, title, str(exc))
            return
        self.refresh()
        self._say(self.tr("Kabupaten key installed: {name}, fingerprint {fingerprint}.").format(
            name=peer.name, fingerprint=peer.fingerprint), _OK_STYLE)

    def save_enrollment(self) -> None:
        title = self.tr("Save enrollment file")
        office_code = self._sync.own_identity().region_code
        saved = save_own_identity(self, self._sync, title, f"pendaftaran-{office_code}.json")
        self.refresh()  # the keys may have been made just now
        if saved:
            self._say(self.tr("Enrollment file saved: {path}. Give it to the Dinas Sosial.").format(path=saved),
                      _OK_STYLE)

    # ---- sending -------------------------------------------------------------------------------
    def send(self, folder: str | None = None) -> None:
        """Ctrl+E: every change since the kabupaten's last confirmation, written to the chosen folder."""
        if self.job is not None or not self.send_button.isEnabled():
            return
        if folder is None:
            folder = choose_folder(self, self.tr("Choose the flash drive (or a folder on it)"),
                                   self._last_folder or str(Path.home()))
        if not folder:
            return
        self._last_folder = folder
        self._start(self.tr("Writing and checking the file…"),
                    lambda _progress, _cancelled: self._sync.export(Path(folder)), self._sent, self._send_failed)

    def _sent(self, result: ExportResult) -> None:
        self._end_job()
        name = Path(result.path).name
        text = self.tr("The file {name} was written and checked. It is safe to remove the flash drive.").format(
            name=name)
        detail = self.tr("{rows} changes; a copy stays on this computer until the kabupaten confirms "
                         "them.").format(rows=result.rows)
        self._say(f"{text}\n{detail}", _OK_STYLE + "font-size: 12pt;")
        QMessageBox.information(self, self.tr("Sent"), f"{text}\n\n{detail}\n\n{result.path}")
        self.sent.emit(result)

    def _send_failed(self, error: Exception) -> None:
        self._end_job()
        if not isinstance(error, (PuskesosError, OSError)):
            raise error  # unexpected: the crash dialog takes it
        text = self.tr("Not sent: {error}").format(error=error)
        self._say(text, ERROR_STYLE)
        QMessageBox.warning(self, self.tr("Not sent"), text)
        self.send_failed.emit(str(error))

    # ---- receiving -----------------------------------------------------------------------------
    def receive(self, paths: list[str] | None = None) -> None:
        """Ctrl+I: the kabupaten's return bundles; each is applied whole, skipped or rejected."""
        if self.job is not None or not self.receive_button.isEnabled():
            return
        if paths is None:
            paths = open_files(
                self, self.tr("Choose the files from the kabupaten"), self._last_folder or str(Path.home()),
                self.tr("Puskesos bundles (*.pskb);;All files (*)"))
        if not paths:
            return
        self._last_folder = str(Path(paths[0]).parent)
        files = [Path(p) for p in paths]
        self._start(self.tr("Reading the files…"),
                    lambda _progress, _cancelled: self._sync.import_files(files), self._received, self._receive_failed)

    def _received(self, results: list[ImportResult]) -> None:
        self._end_job()
        self.results.set_rows(results)
        self.results_label.show()
        self.results_table.show()
        self.layout().setStretch(self._filler, 0)
        counts = {status: sum(r.status == status for r in results) for status in ("applied", "duplicate", "rejected")}
        self._say(self.tr("Received {files} files: {applied} applied, {duplicate} already imported, "
                          "{rejected} rejected.").format(files=len(results), **counts),
                  ERROR_STYLE if counts["rejected"] else _OK_STYLE)
        if results:
            self.results_table.setFocus()
            self.results_table.setCurrentIndex(self.results.index(0, 0, QModelIndex()))
        self.received.emit(results)

    def _receive_failed(self, error: Exception) -> None:
        self._end_job()
        if not isinstance(error, (PuskesosError, OSError)):
            raise error
        text = self.tr("Not received: {error}").format(error=error)
        self._say(text, ERROR_STYLE)
        QMessageBox.warning(self, self.tr("Not received"), text)
        self.receive_failed.emit(str(error))

    # ---- the background job --------------------------------------------------------------------
    def _start(self, label: str, fn, on_done, on_error) -> None:
        self._say("")
        self.progress = QProgressDialog(label, "", 0, 0, self)
        self.progress.setCancelButton(None)  # a half-written file is worse than waiting
        self.progress.setWindowTitle(self.tr("Please wait"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.job = run_in_background(fn, on_done, on_error)
        self.send_button.setEnabled(False)
        self.receive_button.setEnabled(False)

    def _end_job(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.job = None
        self.refresh()
