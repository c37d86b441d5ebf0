"""The import dialog: check a file in the background (nothing saved), see rejected rows, then import."""

from __future__ import annotations

import threading

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from puskesos_desktop.services.importer import ImportCancelled
from puskesos_desktop.ui.dialogs.import_dialog import ImportDialog
from puskesos_desktop.ui.widgets.rejected_rows import COLUMN, REASON, ROW

HEADER = "no_kk,nik,nama,hubungan,jenis_kelamin,tanggal_lahir,rt"
ROWS = (
    "3201051511200001,3201051505900001,Suparman,KEPALA KELUARGA,L,15-05-1990,3",
    "3201051511200001,3201055507920003,Siti Aminah,ISTRI,P,1992-07-15,3",
    "3201051511200002,320105150590001,Nik Pendek,KEPALA KELUARGA,L,15-05-1990,1",
    "3201051511200003,3201051505900009,,KEPALA KELUARGA,L,15-05-1990,1",
)


def _csv(tmp_path, lines=ROWS, header=HEADER):
    path = tmp_path / "warga.csv"
    path.write_text("\n".join((header, *lines)) + "\n", encoding="utf-8")
    return path


def _open(services, qtbot, keyboard) -> ImportDialog:
    dialog = keyboard.show(ImportDialog(services.importer))
    dialog.path.setFocus()
    qtbot.waitUntil(dialog.path.hasFocus)
    return dialog


def _cell(model, row, column):
    return model.data(model.index(row, column))


def test_check_shows_counts_and_rejected_rows_then_import_saves(services, qtbot, keyboard, tmp_path):
    path = _csv(tmp_path)
    dialog = _open(services, qtbot, keyboard)
    keyboard.type(str(path))
    with qtbot.waitSignal(dialog.report_ready, timeout=10_000) as checked:
        keyboard.key(Qt.Key.Key_Return)                       # "Check file" is the default button

    report = checked.args[0]
    assert not report.applied and report.households_created == 1 and report.persons_created == 2
    assert services.households.count() == 0                  # a check writes nothing
    assert dialog.rejected.rowCount() == 2
    assert (_cell(dialog.rejected, 0, ROW), _cell(dialog.rejected, 0, COLUMN)) == ("4", "nik")
    assert "16 digit" in _cell(dialog.rejected, 0, REASON)
    assert (_cell(dialog.rejected, 1, ROW), _cell(dialog.rejected, 1, COLUMN)) == ("5", "nama")
    assert "1 new" in dialog.summary.text() and "nothing has been saved" in dialog.summary.text()
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.report_ready, timeout=10_000) as imported:
        keyboard.key(Qt.Key.Key_Return)                       # now "Import" is the default

    assert imported.args[0].applied
    assert services.households.count() == 1
    rejects = tmp_path / "warga_ditolak.csv"
    assert rejects.exists() and str(rejects) in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_an_xlsx_with_a_nik_stored_as_a_number_is_rejected_with_the_excel_hint(services, qtbot, keyboard, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(["3201051511200001", 3201051505900001, "Suparman", "KEPALA KELUARGA", "L", "15-05-1990", "3"])
    path = tmp_path / "warga.xlsx"
    book.save(path)
    dialog = _open(services, qtbot, keyboard)
    keyboard.type(str(path))
    with qtbot.waitSignal(dialog.report_ready, timeout=10_000):
        keyboard.key(Qt.Key.Key_Return)

    assert dialog.rejected.rowCount() == 1
    assert "Excel" in _cell(dialog.rejected, 0, REASON)
    assert not dialog.import_button.isEnabled()              # nothing good to import


def test_missing_columns_are_told_and_nothing_is_saved(services, qtbot, keyboard, tmp_path):
    path = _csv(tmp_path, lines=("3201051511200001,Suparman",), header="no_kk,nama")
    dialog = _open(services, qtbot, keyboard)
    keyboard.type(str(path))
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        keyboard.key(Qt.Key.Key_Return)

    assert dialog.message.isVisible() and "Kolom wajib tidak ada" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert services.households.count() == 0


class _WaitsForCancel:
    """An importer that reports progress and then works until the operator cancels."""

    def __init__(self) -> None:
        self.started = threading.Event()

    def run(self, path, *, dry_run=False, progress=None, cancelled=None, rejects_path=None):
        progress(1, 3)
        self.started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        raise ImportCancelled("Impor dibatalkan; tidak ada data yang disimpan.")


def test_cancel_in_the_progress_dialog_stops_the_job(qtbot, keyboard, tmp_path):
    importer = _WaitsForCancel()
    dialog = keyboard.show(ImportDialog(importer))
    dialog.path.setText(str(_csv(tmp_path)))
    dialog.check_file()
    progress = dialog.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: progress.maximum() == 3)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        progress.findChild(QPushButton).click()         # the progress dialog's Cancel

    assert "dibatalkan" in failed.args[0]
    assert dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()


def test_the_example_file_button_writes_a_file_that_checks_cleanly(services, qtbot, keyboard, tmp_path, monkeypatch):
    from puskesos_desktop.ui.dialogs import import_dialog

    target = tmp_path / "contoh_impor_warga.xlsx"
    asked = []
    monkeypatch.setattr(import_dialog, "save_file",
                        lambda parent, title, start, filters: asked.append((start, filters)) or str(target))
    dialog = _open(services, qtbot, keyboard)
    qtbot.keyClick(dialog.path, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)   # Save an example file…
    qtbot.waitUntil(target.exists)
    assert asked == [("contoh_impor_warga.xlsx", "Excel workbook (*.xlsx);;CSV separated by semicolons (*.csv)")]
    assert str(target) in dialog.summary.text()

    keyboard.type(str(target))
    with qtbot.waitSignal(dialog.report_ready, timeout=10_000) as checked:
        keyboard.key(Qt.Key.Key_Return)
    assert checked.args[0].rejected == () and checked.args[0].persons_created == 2
    assert services.households.count() == 0


def test_a_long_reason_is_shown_on_as_many_lines_as_it_needs(services, qtbot, keyboard, tmp_path):
    path = _csv(tmp_path, ["3201051511200001,3.20101E+15,Suparman,KEPALA KELUARGA,L,15-05-1990,3"])
    dialog = _open(services, qtbot, keyboard)
    dialog.resize(600, dialog.height())
    keyboard.type(str(path))
    with qtbot.waitSignal(dialog.report_ready, timeout=10_000):
        keyboard.key(Qt.Key.Key_Return)

    assert "ketik ulang nomornya" in _cell(dialog.rejected, 0, REASON)   # the part that says what to do
    lines = dialog.table.sizeHintForRow(0) / dialog.table.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: dialog.table.rowHeight(0) >= dialog.table.sizeHintForRow(0))
    assert lines > 2                              # three lines at this width, none cut off
