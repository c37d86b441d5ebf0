"""Desa (kabupaten mode): the enrolled desa installations and their sync status; enroll, revoke, return bundles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QProgressDialog, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.errors import PuskesosError
from ...core.sync_model import ExportResult, Peer
from ...services.sync import SyncService
from ..background import Job, run_in_background
from ..dialogs.fingerprint_dialog import FingerprintDialog, fingerprint_font
from ..dialogs.fork_dialog import ForkReviewDialog
from ..models.desa_table_model import (
    APPLIED, DESA, ENROLLED, FINGERPRINT, LAST_RECEIVED, RECONCILED, REJECTED, SILENT_DAYS, DesaTableModel,
    is_silent,
)
from ..widgets.file_dialogs import choose_folder, open_file, save_file
from ..widgets.job_progress import close_job_progress, open_job_progress
from ..widgets.shortcuts import page_shortcuts
from ..widgets.tables import list_table

PUBLIC_KEY_NAME = "kunci-publik-kabupaten.json"


class DesaPage(QWidget):
    def __init__(self, sync: SyncService, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = clock.today) -> None:
        super().__init__(parent)
        self._sync = sync
        self._today = today
        self.model = DesaTableModel(today, parent=self)
        self.export_job: Job | None = None  # the return bundle being written
        self.progress: QProgressDialog | None = None
        self._build()
        self._connect()
        self.refresh()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        own = QLabel(self.tr("This kabupaten's fingerprint:"))
        self.own_fingerprint = QLabel()
        self.own_fingerprint.setFont(fingerprint_font(1.3))
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_button = QPushButton(self.tr("Save kabupaten &public key…"))
        identity = QHBoxLayout()
        identity.addWidget(own)
        identity.addWidget(self.own_fingerprint)
        identity.addStretch(1)
        identity.addWidget(self.key_button)
        self.enroll_button = QPushButton(self.tr("&Enroll desa… (Ctrl+N)"))
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.export_button = QPushButton(self.tr("&Send return bundle… (Ctrl+E)"))
        self.forks_button = QPushButton(self.tr("Review f&orks…"))
        self.forks_button.setToolTip(self.tr(
            "Changes a restored or copied desa database sent with numbers already used: both versions are kept"))
        actions = QHBoxLayout()
        for button in (self.enroll_button, self.export_button, self.forks_button, self.revoke_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.status = QLabel()
        self.notice = QLabel()  # what the last action did
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_line = QHBoxLayout()
        status_line.setSpacing(24)
        status_line.addWidget(self.status)
        status_line.addWidget(self.notice, 1)
        self.table: QTableView = list_table(self.model, {
            DESA: 330, FINGERPRINT: 170, ENROLLED: 120, LAST_RECEIVED: 165, APPLIED: 175, RECONCILED: 120,
            REJECTED: 110})
        layout = QVBoxLayout(self)
        layout.addLayout(identity)
        layout.addLayout(actions)
        layout.addLayout(status_line)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.key_button.clicked.connect(self.save_public_key)
        self.enroll_button.clicked.connect(self.enroll)
        self.revoke_button.clicked.connect(self.revoke)
        self.export_button.clicked.connect(self.send_return_bundle)
        self.forks_button.clicked.connect(self.review_forks)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        page_shortcuts(self, ((QKeySequence.StandardKey.New, self.enroll), ("Ctrl+E", self.send_return_bundle)))

    # ---- the list ------------------------------------------------------------------------------
    def current_peer(self) -> Peer | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def refresh(self, peer_id: str | None = None) -> None:
        """Reloads the desas (after enrolling, revoking or an import elsewhere), keeping the selection."""
        current = self.current_peer()
        keep = peer_id or (current.id if current else None)
        self.own_fingerprint.setText(self._sync.fingerprint() or self.tr("(no key yet)"))
        self.model.set_rows([p for p in self._sync.peers() if p.role == "desa"])
        self.table.resizeColumnsToContents()  # a few hundred desas at most: the headers are long in Indonesian
        row = self.model.row_of(keep) if keep else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._update_status()
        self._update_buttons()

    def focus_list(self) -> None:
        self.table.setFocus()

    def _update_status(self) -> None:
        peers = [self.model.row_at(i) for i in range(self.model.rowCount())]
        active = [p for p in peers if p.active]
        silent = sum(1 for p in active if is_silent(p, self._today()))
        text = self.tr("{count} desas enrolled").format(count=len(active))
        if silent:
            text += self.tr(", {silent} silent for more than {days} days").format(silent=silent, days=SILENT_DAYS)
        self.status.setText(text)

    def _update_buttons(self) -> None:
        peer = self.current_peer()
        usable = peer is not None and peer.active
        self.revoke_button.setEnabled(usable)
        self.export_button.setEnabled(usable and self.export_job is None)
        self.forks_button.setEnabled(peer is not None and peer.forks > 0)

    # ---- keys and enrollment ---------------------------------------------------------------------
    def save_public_key(self) -> None:
        name = save_file(
            self, self.tr("Save the kabupaten's public key"), PUBLIC_KEY_NAME, self.tr("Key files (*.json)"))
        if not name:
            return
        try:
            self._sync.write_own_identity(Path(name))
        except (PuskesosError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Key not saved"), str(exc))
            return
        self.notice.setText(self.tr(
            "Public key saved to {path}. Give it to each desa for its set-up; it holds no secret.").format(path=name))

    def enroll(self) -> None:
        name = open_file(
            self, self.tr("Enrollment file of a desa"), "", self.tr("Enrollment files (*.json);;All files (*)"))
        if not name:
            return
        path = Path(name)
        try:
            identity = self._sync.read_identity(path)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Desa not enrolled"), str(exc))
            return
        # A kabupaten key or another kind of file: the service says why it cannot be enrolled.
        if identity.role == "desa" and FingerprintDialog(identity, parent=self).exec() != QDialog.DialogCode.Accepted:
            return
        try:
            replaces = self._replaces(path)
            if replaces is None:
                return
            peer = self._sync.enroll(path, replaces=replaces)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Desa not enrolled"), str(exc))
            return
        self.refresh(peer.id)
        if replaces:
            self.notice.setText(self.tr(
                "The new laptop of desa {code} ({name}) replaces its old installation, whose key is revoked. Send "
                "it a return bundle (Ctrl+E): it brings the desa's data back to the new laptop.").format(
                code=peer.region_code, name=peer.name))
        else:
            self.notice.setText(self.tr("Desa {code} ({name}) enrolled. Its bundles can be imported now.").format(
                code=peer.region_code, name=peer.name))

    def _replaces(self, path: Path) -> bool | None:
        """Asked when the desa has an installation here already: True, the file is from a laptop that
        replaces it (lost or broken with no backup); False, an installation beside it; None: cancelled."""
        existing = self._sync.enrolled_installation(path)
        if existing is None:
            return False
        answer = QMessageBox.question(self, self.tr("Desa already enrolled"), self.tr(
            "Desa {code} already has an installation here (fingerprint {fingerprint}, enrolled {date}).\n\n"
            "Does this new laptop replace it, because the old laptop was lost or broke and there is no backup?\n\n"
            "Yes: the new laptop takes the old installation over. The old key is revoked, and the next return "
            "bundle brings every record of the desa back to the new laptop.\n"
            "No: enroll it as a second installation; the old installation's records stay here only.").format(
            code=existing.region_code, fingerprint=existing.fingerprint,
            date=f"{existing.enrolled_at:%d-%m-%Y}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def revoke(self) -> None:
        peer = self.current_peer()
        if peer is None or not peer.active:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Revoke desa key"), self.tr(
            "Revoke the key of desa {code} ({name})? Bundles signed with it will be rejected from now on.\n\n"
            "Reason (required, kept in the record):").format(code=peer.region_code, name=peer.name))
        if not ok:
            return
        try:
            self._sync.revoke(peer.id, reason)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Key not revoked"), str(exc))
            return
        self.refresh(peer.id)
        self.notice.setText(self.tr("The key of desa {code} is revoked.").format(code=peer.region_code))

    # ---- forks kept for review -----------------------------------------------------------------------
    def review_forks(self) -> None:
        """The forks of the selected desa, stored against incoming; each marked reviewed with a note."""
        peer = self.current_peer()
        if peer is None or peer.forks == 0:
            return
        dialog = ForkReviewDialog(self._sync, peer.origin_id, f"{peer.region_code} ({peer.name})", parent=self)
        dialog.exec()
        self.refresh(peer.id)
        if dialog.resolved:
            self.notice.setText(self.tr("Forks of desa {code} marked as reviewed: {count}.").format(
                count=dialog.resolved, code=peer.region_code))

    # ---- the return bundle -----------------------------------------------------------------------
    def send_return_bundle(self) -> None:
        peer = self.current_peer()
        if peer is None or not peer.active or self.export_job is not None:
            return
        folder = choose_folder(
            self, self.tr("Folder for the return bundle of desa {code} (the USB stick)").format(code=peer.region_code))
        if not folder:
            return
        self.progress = open_job_progress(self, self.tr(
            "Writing the return bundle of desa {code}, then reading it back to verify it… Do not pull the stick."
        ).format(code=peer.region_code), self.tr("Return bundle"), cancel=None)  # the write is atomic anyway
        sync, code = self._sync, peer.region_code
        self.export_job = run_in_background(lambda _progress, _cancelled: sync.export(Path(folder), code),
                                            lambda result: self._exported(peer, result),
                                            lambda exc: self._export_failed(peer, exc))
        self.progress.show()
        self.notice.setText("")
        self._update_buttons()

    def _export_finished(self) -> None:
        close_job_progress(self.progress)
        self.progress = None
        self.export_job = None
        self.refresh()

    def _exported(self, peer: Peer, result: ExportResult) -> None:
        self._export_finished()
        text = self.tr(
            "Return bundle for desa {code} written and verified: {file} ({rows} changes). "
            "It is safe to pull out the stick.").format(code=peer.region_code, file=Path(result.path).name,
                                                         rows=result.rows)
        self.notice.setText(text)
        QMessageBox.information(self, self.tr("Return bundle written"), text)

    def _export_failed(self, peer: Peer, exc: Exception) -> None:
        self._export_finished()
        if not isinstance(exc, (PuskesosError, OSError)):
            raise exc  # unexpected: the crash dialog's excepthook reports it
        self.notice.setText(self.tr("No return bundle was written for desa {code}.").format(code=peer.region_code))
        QMessageBox.warning(self, self.tr("Return bundle not written"), str(exc))
