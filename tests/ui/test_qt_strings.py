"""Qt's own texts (standard buttons, context menus, file and print dialogs) speak Indonesian too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QDialogButtonBox, QFileDialog, QGroupBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QWizard, QWizardPage,
)

from puskesos_desktop.ui.i18n import TsTranslator, qt_ts_path, read_ts, ts_path
from puskesos_desktop.ui.widgets import file_dialogs

# Words an operator would see if a Qt text fell through untranslated ("Printer" is Indonesian too).
ENGLISH = re.compile(r"\b(Look in|File name|Files of type|Open|Save|Cancel|Yes|No|Copy|Paste|Undo|Redo|Delete|"
                     r"Select All|Copies|Print range|Options|Properties|Name|Back|Next|Finish)\b")
# Key names stay as printed on the keys; QGuiApplication's only text shown is none.
UNTRANSLATED_CONTEXTS = {"QShortcut", "QGuiApplication"}


class Recorder(TsTranslator):
    """The application's translator, remembering every Qt text asked for on the way."""

    def __init__(self) -> None:
        super().__init__(read_ts(ts_path()), qt_table=read_ts(qt_ts_path()))
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if context and source_text:
            self.asked.add((context, source_text))
        return super().translate(context, source_text, disambiguation, n)


@pytest.fixture
def asked(qapp: QApplication):
    """Indonesian installed as the application has it; yields the Qt texts asked for meanwhile."""
    recorder = Recorder()
    qapp.installTranslator(recorder)
    yield recorder.asked
    qapp.removeTranslator(recorder)


def texts(widget) -> list[str]:
    labels = [label.text() for label in widget.findChildren(QLabel)]
    groups = [group.title() for group in widget.findChildren(QGroupBox)]
    return labels + groups + [button.text() for button in widget.findChildren(QAbstractButton)]


def english(found: list[str]) -> list[str]:
    return [text for text in found if ENGLISH.search(text.replace("&", ""))]


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_yes_no_question_offers_ya_and_tidak(qtbot, asked):
    box = QMessageBox(QMessageBox.Icon.Question, "Hapus", "Hapus data ini?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("rincian")
    shown(qtbot, box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Tidak"
    assert "Tampilkan rincian..." in texts(box)
    assert english(texts(box)) == []


def test_standard_buttons_are_indonesian(qtbot, asked):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Batal", "OK", "Simpan", "Tutup"]


@pytest.mark.parametrize("make", [QLineEdit, QPlainTextEdit], ids=["line", "text"])
def test_the_right_click_menu_of_a_text_field_is_indonesian(qtbot, asked, make):
    field = shown(qtbot, make())
    field.insertPlainText("Suparman") if isinstance(field, QPlainTextEdit) else field.setText("Suparman")
    menu = field.createStandardContextMenu()
    found = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    menu.deleteLater()
    assert {"&Batalkan", "&Ulangi", "&Potong", "&Salin", "&Tempel", "Hapus", "Pilih semua"} <= set(found)
    assert english(found) == []


def test_wizard_buttons_are_indonesian(qtbot, asked):
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    shown(qtbot, wizard)
    button = wizard.button
    assert [button(b).text() for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                       QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)] == [
        "< &Kembali", "&Lanjut >", "&Selesai", "Batal"]


@pytest.mark.parametrize(("save", "accept"), [(True, "&Simpan"), (False, "&Buka")], ids=["save", "open"])
def test_file_dialogs_are_qt_s_own_and_indonesian(qtbot, asked, save, accept):
    dialog = shown(qtbot, file_dialogs.build_dialog(None, "Pilih berkas", "", "Lembar kerja (*.csv *.xlsx)",
                                                    save=save))
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    found = texts(dialog)
    assert {"Cari &di:", "&Nama berkas:", "&Jenis berkas:", accept, "Batal"} <= set(found)
    assert english(found) == []


def test_a_saved_file_gets_the_extension_of_its_type(qtbot, asked, tmp_path, monkeypatch):
    """Qt's dialog adds no extension unless told; the native one did, so ours must."""
    monkeypatch.setattr(file_dialogs, "documents_dir", lambda: tmp_path)
    dialog = shown(qtbot, file_dialogs.build_dialog(None, "Simpan surat", "Surat_Rujukan.pdf",
                                                    "Dokumen PDF (*.pdf)", save=True))
    assert Path(dialog.directory().absolutePath()) == tmp_path  # a bare name starts in Documents
    dialog.findChild(QLineEdit, "fileNameEdit").setText("surat")
    dialog.accept()
    assert dialog.selectedFiles() == [str(tmp_path / "surat.pdf")]


def test_the_print_dialog_is_indonesian(qtbot, asked):
    printer = QPrinter()
    dialog = shown(qtbot, QPrintDialog(printer))
    found = texts(dialog)
    assert {"Printer", "&Nama:", "Rentang cetak", "Jumlah salinan:", "&Cetak", "Batal"} <= set(found)
    assert english(found) == []


def test_every_qt_text_these_windows_ask_for_is_translated(qtbot, asked):
    test_a_yes_no_question_offers_ya_and_tidak(qtbot, asked)
    for make in (QLineEdit, QPlainTextEdit):
        test_the_right_click_menu_of_a_text_field_is_indonesian(qtbot, asked, make)
    test_wizard_buttons_are_indonesian(qtbot, asked)
    for save in (True, False):
        test_file_dialogs_are_qt_s_own_and_indonesian(qtbot, asked, save, "&Simpan" if save else "&Buka")
    shown(qtbot, file_dialogs.build_dialog(None, "Folder", "", mode=QFileDialog.FileMode.Directory))
    test_the_print_dialog_is_indonesian(qtbot, asked)
    ours = read_ts(qt_ts_path())
    assert len(asked) > 100
    assert sorted(k for k in asked if k not in ours and k[0] not in UNTRANSLATED_CONTEXTS) == []


def test_key_names_never_borrow_our_translations(asked):
    """Our "Home" is the Beranda area; Qt's is the Home key, shown in menus and parsed from text."""
    assert QKeySequence("Home").toString(QKeySequence.SequenceFormat.NativeText) == "Home"


def test_every_file_dialog_goes_through_the_helper():
    """A QFileDialog opened elsewhere would be the native one again, in Windows' language."""
    ui = Path(file_dialogs.__file__).parents[1]
    users = [f.relative_to(ui).as_posix() for f in ui.rglob("*.py") if "QFileDialog" in f.read_text(encoding="utf-8")]
    assert sorted(users) == ["widgets/file_dialogs.py"]
