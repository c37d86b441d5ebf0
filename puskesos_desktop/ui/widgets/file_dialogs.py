"""The one way to ask for a file or folder: Qt's own file dialog, so its labels are ours (Indonesian).

The native Windows dialog speaks the language of Windows, which on a village laptop is often English
(docs/decisions.md, "File dialogs"). Every function returns "" (or []) when the operator cancels.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QSplitter, QWidget

_PATTERN = re.compile(r"\*\.([A-Za-z0-9]+)")


def _location(kind: QStandardPaths.StandardLocation) -> Path | None:
    found = QStandardPaths.writableLocation(kind)
    return Path(found) if found and Path(found).is_dir() else None


def documents_dir() -> Path:
    """Where a file dialog starts when the caller names no folder: Documents, else the home folder."""
    return _location(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()


def _start(start: str | Path) -> str:
    """A relative start (a bare file name, or "") is taken inside Documents, never the program folder."""
    path = Path(start) if str(start) else Path()
    return str(path if path.is_absolute() else documents_dir() / path)


def _suffix(name_filter: str) -> str:
    """The first extension of a filter such as "Lembar kerja (*.csv *.xlsx)"; "" for "(*)"."""
    found = _PATTERN.search(name_filter)
    return found.group(1) if found else ""


def _sidebar() -> list[QUrl]:
    kinds = (QStandardPaths.StandardLocation.DesktopLocation, QStandardPaths.StandardLocation.DownloadLocation)
    places = [Path.home(), documents_dir(), *(_location(kind) for kind in kinds)]
    unique = list(dict.fromkeys(p for p in places if p is not None))
    return [QUrl("file:"), *(QUrl.fromLocalFile(str(p)) for p in unique)]  # "file:" is the computer (drives)


def build_dialog(parent: QWidget | None, title: str, start: str | Path = "", filters: str = "", *,
                 mode: QFileDialog.FileMode | None = None, save: bool = False,
                 confirm_overwrite: bool = True) -> QFileDialog:
    """A configured, not yet shown file dialog; the functions below run it. A save dialog takes any
    name; an open dialog (by default) one existing file."""
    if mode is None:
        mode = QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile
    dialog = QFileDialog(parent, title, _start(start), filters)
    options = QFileDialog.Option.DontUseNativeDialog
    if not confirm_overwrite:
        options |= QFileDialog.Option.DontConfirmOverwrite
    if mode == QFileDialog.FileMode.Directory:
        options |= QFileDialog.Option.ShowDirsOnly
    dialog.setOptions(options)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setSidebarUrls(_sidebar())
    splitter = dialog.findChild(QSplitter, "splitter")
    dialog.resize(760, 460)  # room for the columns; fits 1280×720 at 125 % (1024×576)
    if splitter is not None:  # the sidebar, wide enough for "Documents" and a drive's name
        splitter.setSizes([140, 620])
    if save:  # the native dialog adds the extension of the chosen type; Qt's does it only when told
        dialog.setDefaultSuffix(_suffix(dialog.selectedNameFilter()))
        dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(_suffix(chosen)))
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, title: str, start: str | Path = "", filters: str = "") -> str:
    chosen = _run(build_dialog(parent, title, start, filters))
    return chosen[0] if chosen else ""


def open_files(parent: QWidget | None, title: str, start: str | Path = "", filters: str = "") -> list[str]:
    return _run(build_dialog(parent, title, start, filters, mode=QFileDialog.FileMode.ExistingFiles))


def save_file(parent: QWidget | None, title: str, start: str | Path = "", filters: str = "", *,
              confirm_overwrite: bool = True) -> str:
    """`start` may name the suggested file ("Surat.pdf", or a full path)."""
    chosen = _run(build_dialog(parent, title, start, filters, save=True, confirm_overwrite=confirm_overwrite))
    return chosen[0] if chosen else ""


def choose_folder(parent: QWidget | None, title: str, start: str | Path = "") -> str:
    chosen = _run(build_dialog(parent, title, start, mode=QFileDialog.FileMode.Directory))
    return chosen[0] if chosen else ""
