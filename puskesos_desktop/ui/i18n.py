"""Loads the shipped Bahasa Indonesia translation straight from the .ts file (no compiled .qm)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from .. import paths

DEFAULT_LANGUAGE = "id"


def ts_path(language: str = DEFAULT_LANGUAGE) -> Path:
    return paths.assets_dir() / "translations" / f"puskesos_{language}.ts"


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
    """A QTranslator fed from .ts XML.

    Falls back to the same source text in any context, because PySide's `tr()` may report the
    subclass name as context when a string is defined in a base class.
    """

    def __init__(self, table: dict[tuple[str, str], str], parent=None) -> None:
        super().__init__(parent)
        self._table = table
        self._by_source = {source: text for (_, source), text in table.items()}

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        if not source_text:
            return None
        found = self._table.get((context or "", source_text)) or self._by_source.get(source_text)
        return found

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self._table


def install_translator(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> TsTranslator | None:
    """Installs the translation for `language` on `app`; English (the source text) needs none."""
    path = ts_path(language)
    if language == "en" or not path.is_file():
        return None
    translator = TsTranslator(read_ts(path), app)
    app.installTranslator(translator)
    return translator
