"""First start: mode, region, office, letter settings, (desa) the kabupaten key, the first administrator,
then (with a sync service) this installation's key fingerprint and its key file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QRadioButton,
    QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from ...core import rules
from ...core.codes import Mode
from ...core.errors import Problem, PuskesosError, ValidationError
from ...core.model import LetterSettings, Office, OfficeDraft
from ...core.sync_model import Peer
from ...services.operators import OperatorService
from ...services.restore import OpenedBackup, Restore
from ...services.setup import SetupService
from ...services.sync import SyncService
from ..pages.sync_page import save_own_identity
from ..widgets.admin_form import AdminForm
from ..widgets.field_row import add_field
from ..widgets.file_dialogs import open_file
from ..widgets.form import FieldMessage, show_problems
from ..widgets.region_picker import RegionPicker
from ..widgets.screen_fit import resize_within_screen
from .restore_dialog import RestoreDialog
from .setup_key_pages import KabupatenKeyPage, KeysDonePage

MODE_PAGE, REGION_PAGE, OFFICE_PAGE, LETTER_PAGE, KEY_PAGE, ADMIN_PAGE, KEYS_DONE_PAGE = range(7)
LOGO_MAX_SIDE = 512
_FIELD_PAGES = {
    "region_code": REGION_PAGE, "name": OFFICE_PAGE, "address": OFFICE_PAGE, "phone": OFFICE_PAGE,
    "email": OFFICE_PAGE, "classification": LETTER_PAGE, "unit_code": LETTER_PAGE,
}


def _form_on(page: QWizardPage) -> QFormLayout:
    """A form at the top of the page; the space left over stays below it, not between rows."""
    layout = QVBoxLayout(page)
    form = QFormLayout()
    layout.addLayout(form)
    layout.addStretch(1)
    return form


def _focus_first(messages: dict[str, FieldMessage], problems) -> None:
    first = show_problems(messages, problems, fallback=next(iter(messages.values())))
    if first is not None:
        first.setFocus()


class ModePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where is this application used?"))
        self.setSubTitle(self.tr("This cannot be changed later."))
        self.desa = QRadioButton(self.tr("&Desa — a village Puskesos"))
        self.kabupaten = QRadioButton(self.tr("&Kabupaten — the Dinas Sosial that receives the villages' data"))
        self.desa.setChecked(True)
        # A desa laptop lost with no backup: the kabupaten enrolls this one in its place and sends the
        # desa's data back; until then no letter number is given (docs/bundle-format.md, *Successor*).
        self.replaces_lost = QCheckBox(self.tr("This laptop replaces the desa's &lost or broken laptop, "
                                               "and there is no backup"))
        self.replaces_lost.setToolTip(self.tr(
            "Tell the Dinas Sosial when you bring them this laptop's enrollment file: they enroll it in place of "
            "the old one, and their return bundle brings the desa's data back. Letters get numbers after that."))
        self.desa.toggled.connect(self.replaces_lost.setEnabled)
        # A new or reinstalled laptop of an office that has a backup: restore it instead of setting up.
        self.restore_note = QLabel(self.tr("A new or reinstalled laptop of an office that already has its data in "
                                           "a backup (on a USB stick)? Restore it instead of setting up anew."))
        self.restore_note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.clicked.connect(lambda: self.wizard().restore_from_backup())
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.desa)
        indented = QHBoxLayout()
        indented.addSpacing(24)
        indented.addWidget(self.replaces_lost, 1)
        layout.addLayout(indented)
        layout.addWidget(self.kabupaten)
        layout.addStretch(1)
        layout.addWidget(self.restore_note)
        layout.addLayout(row)

    def mode(self) -> Mode:
        return Mode.DESA if self.desa.isChecked() else Mode.KABUPATEN


class RegionPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Region"))
        self.picker = RegionPicker()
        self.message = FieldMessage()
        self.message.setBuddy(self.picker.search)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.picker.changed.connect(lambda _code: self.message.clear_message())

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        desa = self.wizard().mode() is Mode.DESA
        self.setSubTitle(self.tr("Choose the desa of this Puskesos from the Kemendagri list.") if desa
                         else self.tr("Choose the kabupaten/kota of this Dinas Sosial."))
        self.picker.set_levels(4 if desa else 2)
        self.picker.search.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.picker.region_code():
            return True
        self.message.show_error(self.tr("Choose a region from the list first."))
        self.picker.search.setFocus()
        return False


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Office"))
        self.setSubTitle(self.tr("Printed on the letterhead of every letter."))
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.logo_png: bytes | None = None
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setFixedSize(88, 88)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #bbb;")
        self.choose_logo = QPushButton(self.tr("Choose &logo…"))
        self.remove_logo = QPushButton(self.tr("&Remove logo"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        form = _form_on(self)
        self.messages = {
            "name": add_field(form, self.tr("&Name"), self.name),
            "address": add_field(form, self.tr("&Address"), self.address),
            "phone": add_field(form, self.tr("&Telephone"), self.phone),
            "email": add_field(form, self.tr("E-&mail"), self.email),  # Alt+E is the wizard's Back
        }
        form.addRow(self.tr("Logo"), self._logo_row())
        self.logo_message = FieldMessage()
        form.addRow("", self.logo_message)

    def _logo_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.remove_logo)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.remove_logo.setEnabled(False)
        return row

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if not self.name.text():
            self.name.setText(self.wizard().default_office_name())
        self.name.setFocus()

    def _choose_logo(self) -> None:
        path = open_file(self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo(path)

    def load_logo(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.logo_message.show_error(self.tr("This file is not a PNG or JPG image."))
            return False
        if max(image.width(), image.height()) > LOGO_MAX_SIDE:
            image = image.scaled(LOGO_MAX_SIDE, LOGO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        self.set_logo(bytes(data.data()))
        return True

    def set_logo(self, png: bytes | None) -> None:
        self.logo_png = png
        self.logo_message.clear_message()
        self.remove_logo.setEnabled(png is not None)
        if png is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.logo_preview.setPixmap(pixmap.scaled(84, 84, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.wizard().check_office(self.messages)


class LetterPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Letters"))
        self.setSubTitle(self.tr("Used for the number and the signature of referral letters."))
        defaults = LetterSettings()
        self.classification = QLineEdit(defaults.classification)
        self.unit_code = QLineEdit(defaults.unit_code)
        self.signatory_name = QLineEdit()
        self.signatory_position = QLineEdit(defaults.signatory_position)
        self.signatory_nip = QLineEdit()
        self.acknowledger_name = QLineEdit()
        self.acknowledger_position = QLineEdit()
        self.acknowledger_position.setPlaceholderText(self.tr("e.g. Kepala Desa"))
        form = _form_on(self)
        self.messages = {
            "classification": add_field(form, self.tr("&Classification code"), self.classification),
            "unit_code": add_field(form, self.tr("&Unit code"), self.unit_code),
            "signatory_name": add_field(form, self.tr("&Signed by (name)"), self.signatory_name),
            "signatory_position": add_field(form, self.tr("&Position"), self.signatory_position),
            "signatory_nip": add_field(form, self.tr("&NIP (optional)"), self.signatory_nip),
            "acknowledger_name": add_field(form, self.tr("\"Mengetahui\" na&me (optional)"), self.acknowledger_name),
            "acknowledger_position": add_field(form, self.tr("\"Mengetahui\" p&osition"), self.acknowledger_position),
        }

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.wizard().mode() is Mode.KABUPATEN and self.signatory_position.text() == LetterSettings().signatory_position:
            self.signatory_position.setText(self.tr("Head of the Dinas Sosial"))
        self.classification.setFocus()

    def settings(self) -> LetterSettings:
        return LetterSettings(
            classification=self.classification.text(), unit_code=self.unit_code.text(),
            signatory_name=self.signatory_name.text(), signatory_position=self.signatory_position.text(),
            signatory_nip=self.signatory_nip.text(), acknowledger_name=self.acknowledger_name.text(),
            acknowledger_position=self.acknowledger_position.text(),
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.wizard().check_office(self.messages)


class AdminPage(QWizardPage):
    def __init__(self, operators: OperatorService) -> None:
        super().__init__()
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("This account signs in and adds the other operators. Remember the password."))
        self.form = AdminForm(operators)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.form.username.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.form.check() and self.wizard().save()


class SetupWizard(QWizard):
    """`office` holds the saved office once the wizard is accepted. With `sync`, the keys are made when it
    saves (and, at a desa, the kabupaten key installed), and a last page shows the fingerprint."""

    def __init__(self, setup: SetupService, operators: OperatorService, parent: QWidget | None = None, *,
                 sync: SyncService | None = None, restore: Restore | None = None) -> None:
        """With `restore` (a new encrypted installation), the first page offers to restore a backup
        instead: `restore_request` then holds it (verified and unlocked) and the wizard is rejected."""
        super().__init__(parent)
        self._setup = setup
        self._sync = sync
        self._restore = restore
        self.restore_request: OpenedBackup | None = None
        self.office: Office | None = None
        self.fingerprint = ""
        self.kabupaten: Peer | None = None
        self.kabupaten_error = ""
        self.key_file_saved: str | None = None
        self.setWindowTitle(self.tr("Setting up Puskesos Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.mode_page, self.region_page = ModePage(), RegionPage()
        self.office_page, self.letter_page = OfficePage(), LetterPage()
        self.admin_page = AdminPage(operators)
        self.key_page: KabupatenKeyPage | None = None
        self.keys_done_page: KeysDonePage | None = None
        for page_id, page in ((MODE_PAGE, self.mode_page), (REGION_PAGE, self.region_page),
                              (OFFICE_PAGE, self.office_page), (LETTER_PAGE, self.letter_page),
                              (ADMIN_PAGE, self.admin_page)):
            self.setPage(page_id, page)
        if sync is not None:
            self.key_page, self.keys_done_page = KabupatenKeyPage(), KeysDonePage()
            self.setPage(KEY_PAGE, self.key_page)
            self.setPage(KEYS_DONE_PAGE, self.keys_done_page)
            self.admin_page.setCommitPage(True)  # saved: no way back to change what is stored
        self._translate_buttons()
        self.mode_page.restore_note.setVisible(restore is not None)
        self.mode_page.restore_button.setVisible(restore is not None)
        resize_within_screen(self, 760, 600)

    def restore_from_backup(self) -> None:
        if self._restore is None:
            return
        dialog = RestoreDialog(self._restore, None, self)
        if dialog.exec() and dialog.opened is not None:
            self.restore_request = dialog.opened
            self.reject()
        dialog.deleteLater()

    def _translate_buttons(self) -> None:
        texts = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CommitButton: self.tr("&Save >"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for button, text in texts.items():
            self.setButtonText(button, text)

    def mode(self) -> Mode:
        return self.mode_page.mode()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        if self.currentId() == LETTER_PAGE:  # the kabupaten key page is for a desa only
            return KEY_PAGE if self._sync is not None and self.mode() is Mode.DESA else ADMIN_PAGE
        return super().nextId()

    def default_office_name(self) -> str:
        names = self.region_page.picker.region_code() and self._region_names()
        if not names:
            return ""
        prefix = "Puskesos" if self.mode() is Mode.DESA else "Dinas Sosial"
        return f"{prefix} {names[-1]}"

    def _region_names(self) -> tuple[str, ...]:
        from ...core.regions import region_names

        return region_names(self.region_page.picker.region_code())

    def draft(self) -> OfficeDraft:
        page = self.office_page
        return OfficeDraft(
            mode=self.mode(), region_code=self.region_page.picker.region_code(), name=page.name.text(),
            address=page.address.text(), phone=page.phone.text(), email=page.email.text(),
            logo_png=page.logo_png, letter=self.letter_page.settings(),
        )

    def check_office(self, messages: dict[str, FieldMessage]) -> bool:
        """Checks the draft with the core rules, showing only the problems of the fields on this page."""
        problems = [p for p in rules.check_office(self.draft()).errors if p.field in messages]
        _focus_first(messages, problems)
        return not problems

    def save(self) -> bool:
        form = self.admin_page.form
        try:
            self.office = self._setup.initialize(
                self.draft(), admin_username=form.username.text(), admin_password=form.password.text(),
                admin_full_name=form.full_name.text(),
                replaces_lost=self.mode() is Mode.DESA and self.mode_page.replaces_lost.isChecked(),
            )
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except PuskesosError as exc:  # e.g. set up meanwhile from the command line
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        if self._sync is not None:
            self._make_keys()
        return True

    def _make_keys(self) -> None:
        """After the office is stored: the key pair, then (desa) the kabupaten key; a bad key file is said on
        the last page, not fatal (the office is saved and the key can be installed later)."""
        try:
            self.fingerprint = self._sync.make_keys()
        except PuskesosError as exc:
            self.kabupaten_error = str(exc)
            return
        key_file = self.key_page.key_file() if self.mode() is Mode.DESA else None
        if key_file is None:
            return
        try:
            self.kabupaten = self._sync.set_kabupaten(key_file)
        except PuskesosError as exc:
            self.kabupaten_error = str(exc)

    def reject(self) -> None:
        """Esc after saving closes the wizard as done: the office is stored either way."""
        if self.office is not None and self._sync is not None:
            self.accept()
        else:
            super().reject()

    def save_key_file(self) -> str | None:
        """The desa's enrollment file, or the kabupaten's public key file."""
        if self._sync is None or self.office is None:
            return None
        if self.mode() is Mode.DESA:
            title, name = self.tr("Save enrollment file"), f"pendaftaran-{self.office.region_code}.json"
        else:
            title, name = self.tr("Save the kabupaten public key"), f"kunci-kabupaten-{self.office.region_code}.json"
        saved = save_own_identity(self, self._sync, title, name)
        if saved:
            self.key_file_saved = saved
            self.keys_done_page.saved.setText(self.tr("Saved: {path}").format(path=saved))
        return saved

    def _show_errors(self, errors: tuple[Problem, ...]) -> None:
        target = min((_FIELD_PAGES.get(p.field, ADMIN_PAGE) for p in errors), default=ADMIN_PAGE)
        while self.currentId() > target:
            self.back()
        page = self.page(target)
        if target == REGION_PAGE:
            page.message.show_error("\n".join(p.message for p in errors if p.field == "region_code"))
        elif target == ADMIN_PAGE:
            page.form.show_problems(errors)
        else:
            _focus_first(page.messages, [p for p in errors if p.field in page.messages])
