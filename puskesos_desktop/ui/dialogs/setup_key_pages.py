"""The set-up wizard's key steps: the kabupaten's public key file (desa), then this installation's fingerprint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizard, QWizardPage

from ...core.codes import Mode
from ..pages.sync_page import fingerprint_label
from ..widgets.file_dialogs import open_file
from ..widgets.form import ERROR_STYLE, FieldMessage


class KabupatenKeyPage(QWizardPage):
    """Desa only, optional: the Dinas Sosial's public key file (it can be installed later on Kirim/Terima)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Kabupaten key"))
        self.setSubTitle(self.tr(
            "The public key file of the Dinas Sosial lets this desa send its data to the kabupaten. "
            "Leave it empty to skip: it can be installed later on the Send/Receive page."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The kabupaten's public key file (.json)"))
        self.browse = QPushButton(self.tr("&Choose file…"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._choose_file)
        self.message = FieldMessage()
        self.message.setBuddy(self.path)
        self.path.textChanged.connect(lambda _text: self.message.clear_message())
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        caption = QLabel(self.tr("&Key file"))
        caption.setBuddy(self.path)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.path.setFocus()

    def _choose_file(self) -> None:
        chosen = open_file(
            self, self.tr("Choose the kabupaten's public key file"), str(Path.home()),
            self.tr("Puskesos key files (*.json);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def key_file(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if text else None

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        path = self.key_file()
        if path is None or path.is_file():
            return True
        self.message.show_error(self.tr("There is no file {path}.").format(path=path))
        self.path.setFocus()
        return False


class KeysDonePage(QWizardPage):
    """After saving: this installation's fingerprint and its key file (desa: enrollment; kabupaten: public key)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Saved"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.fingerprint = fingerprint_label()
        self.kabupaten = QLabel()
        self.kabupaten.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.wizard().save_key_file())
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        layout.addSpacing(16)
        layout.addWidget(self.kabupaten)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        w = self.wizard()
        desa = w.mode() is Mode.DESA
        self.setSubTitle(self.tr("The office and the administrator are saved. Press Finish to sign in."))
        w.setOption(QWizard.WizardOption.NoCancelButton, True)  # saved: there is nothing left to cancel
        if desa:
            self.explain.setText(self.tr(
                "This installation's key fingerprint. Save the enrollment file and give it to the Dinas Sosial; "
                "when they enrol it, read this fingerprint aloud to them by telephone:"))
            self.save_button.setText(self.tr("Save &enrollment file…"))
        else:
            self.explain.setText(self.tr(
                "The kabupaten's key fingerprint. Every desa installs the kabupaten's public key file; "
                "read this fingerprint to a desa that asks whether its file is genuine:"))
            self.save_button.setText(self.tr("Save the kabupaten &public key…"))
        self.fingerprint.setText(w.fingerprint or self.tr("(no key made)"))
        self.kabupaten.setVisible(desa)
        if w.kabupaten is not None:
            self.kabupaten.setStyleSheet("")
            installed = self.tr("Kabupaten key installed: {name} ({code}), fingerprint {fingerprint}.")
            self.kabupaten.setText(installed.format(
                name=w.kabupaten.name, code=w.kabupaten.region_code, fingerprint=w.kabupaten.fingerprint))
        elif w.kabupaten_error:
            self.kabupaten.setStyleSheet(ERROR_STYLE)
            self.kabupaten.setText(self.tr("The kabupaten key was not installed: {error} Install the right file "
                                           "later on the Send/Receive page.").format(error=w.kabupaten_error))
        else:
            self.kabupaten.setStyleSheet("")
            self.kabupaten.setText(self.tr("No kabupaten key yet: install it later on the Send/Receive page."))
        self.save_button.setFocus()
