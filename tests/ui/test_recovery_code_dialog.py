"""The recovery code shown once: written down or printed before it closes; the sheet is print-only."""

from __future__ import annotations

import io
import tempfile

from PySide6.QtCore import Qt

from puskesos_desktop.ui.dialogs.recovery_code_dialog import RecoveryCodeDialog

from tests.pdf_tools import pdf_text

CODE = "K7MQ-4TZP-AB3C-DEFG-HJKM-NPQR-STU7"


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_the_sheet_is_printed_from_memory_in_a_preview_without_save(qtbot, services, tmp_path, monkeypatch):
    folders = [tmp_path / "cwd", tmp_path / "tmp"]
    for folder in folders:
        folder.mkdir()
    monkeypatch.chdir(folders[0])
    monkeypatch.setattr(tempfile, "tempdir", str(folders[1]))
    made = []

    def sheet(out):
        made.append(type(out))
        services.setup.recovery_sheet(CODE, out)

    dialog = _show(qtbot, RecoveryCodeDialog(CODE, sheet=sheet))
    assert dialog.focusWidget() is dialog.written
    qtbot.keyClick(dialog.written, Qt.Key.Key_Backtab)  # the keyboard reaches Print from the checkbox
    assert dialog.focusWidget() is dialog.print_button
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible())
    preview = dialog.preview
    assert made == [io.BytesIO] and [list(f.iterdir()) for f in folders] == [[], []]  # in memory, no file
    assert preview.document.pageCount() == 1 and not preview.save_button.isVisible()
    (tmp_path / "seen.pdf").write_bytes(preview.current_pdf())
    assert CODE in pdf_text(tmp_path / "seen.pdf")
    preview.close()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not closed: the code is not written down yet
    assert dialog.isVisible()
    qtbot.keyClick(dialog.written, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)


def test_without_a_sheet_there_is_nothing_to_print(qtbot):
    dialog = _show(qtbot, RecoveryCodeDialog(CODE))
    assert not dialog.print_button.isVisible()
    dialog.print_sheet()
    assert dialog.preview is None
