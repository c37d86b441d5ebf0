"""Loads the shipped Bahasa Indonesia translations straight from the .ts files (no compiled .qm).

Two files: ours (`puskesos_id.ts`, kept current by lupdate over our sources) and Qt's own texts
(`qt_id.ts`: standard buttons, context menus, file and print dialogs), which Qt does not ship in
Indonesian and which we keep by hand, outside lupdate.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from .. import paths

DEFAULT_LANGUAGE = "id"
# Qt's own classes (QWizard, QShortcut, …): our classes never start with "Q" and a capital.
_QT_CONTEXT = re.compile(r"Q[A-Z]")


def ts_path(language: str = DEFAULT_LANGUAGE) -> Path:
    return paths.assets_dir() / "translations" / f"puskesos_{language}.ts"


def qt_ts_path(language: str = DEFAULT_LANGUAGE) -> Path:
    return paths.assets_dir() / "translations" / f"qt_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, for every finished, non-empty entry of a Qt .ts file."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if translation.text and translation.text.strip():
                table[(name, message.findtext("source", default=""))] = translation.text
    return table


class TsTranslator(QTranslator):
    """A QTranslator fed from .ts XML: our texts and, optionally, Qt's own (`qt_table`).

    Our texts fall back to the same source text in any context, because PySide's `tr()` may report
    the subclass name as context when a string is defined in a base class. Qt's texts come from C++
    with exact contexts and match only there; and no Qt context (QShortcut's key names, say) ever
    borrows one of ours ("Home" is the Beranda area for us, the Home key for Qt).
    """

    def __init__(self, table: dict[tuple[str, str], str], parent=None, *,
                 qt_table: dict[tuple[str, str], str] | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._by_source = {source: text for (_, source), text in table.items()}
        self._qt_table = qt_table or {}

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        if not source_text:
            return None
        key = (context or "", source_text)
        if key in self._qt_table:
            return self._qt_table[key]
        if _QT_CONTEXT.match(key[0]):
            return None
        return self._table.get(key) or self._by_source.get(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not (self._table or self._qt_table)


def load_translator(language: str = DEFAULT_LANGUAGE, parent=None) -> TsTranslator | None:
    """Both translations of `language` in one translator; None for English (the source text)."""
    path = ts_path(language)
    if language == "en" or not path.is_file():
        return None
    qt_path = qt_ts_path(language)
    return TsTranslator(read_ts(path), parent, qt_table=read_ts(qt_path) if qt_path.is_file() else None)


def install_translator(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> TsTranslator | None:
    """Installs the translations for `language` on `app`; English needs none."""
    translator = load_translator(language, app)
    if translator is not None:
        app.installTranslator(translator)
    return translator
