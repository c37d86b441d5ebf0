"""Choosing a Kemendagri region: cascading province → kabupaten → kecamatan → desa, or search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ...core import regions
from ...core.model import Region

_CODE_LENGTHS = (2, 4, 6, 10)


def describe(region: Region) -> str:
    """'Bojong Koneng — Babakan Madang, Kabupaten Bogor, Jawa Barat (32.01.05.2009)'."""
    parents = list(reversed(regions.region_names(region.code)[:-1]))
    where = f" — {', '.join(parents)}" if parents else ""
    return f"{region.name}{where} ({region.dotted})"


class RegionPicker(QWidget):
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._levels = 4
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name or code, e.g. Bojong Koneng or 32.01.05"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        self.combos = [QComboBox() for _ in _CODE_LENGTHS]
        for combo in self.combos:
            combo.setMaxVisibleItems(15)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(28)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.addRow(self.tr("&Search"), self.search)
        self._form.addRow("", self.results)
        labels = (self.tr("&Province"), self.tr("&Kabupaten/Kota"), self.tr("K&ecamatan"), self.tr("&Desa/Kelurahan"))
        for label, combo in zip(labels, self.combos):
            self._form.addRow(label, combo)
        for level, combo in enumerate(self.combos):
            combo.currentIndexChanged.connect(lambda _i, lv=level: self._on_combo(lv))
        self.search.textChanged.connect(self._on_search)
        self.results.currentItemChanged.connect(self._on_result)
        self._fill(0, None)

    def set_levels(self, levels: int) -> None:
        """4 for a desa installation, 2 for a kabupaten one."""
        self._levels = levels
        regions.prepare_search(levels)  # now, not on the first letter typed
        for level, combo in enumerate(self.combos):
            self._form.setRowVisible(combo, level < levels)
        self._on_search(self.search.text())
        self.changed.emit(self.region_code())

    def region_code(self) -> str:
        code = self.combos[self._levels - 1].currentData()
        return code or ""

    def set_region_code(self, code: str) -> None:
        for level, length in enumerate(_CODE_LENGTHS[: self._levels]):
            if len(code) < length:
                break
            combo = self.combos[level]
            index = combo.findData(code[:length])
            if index < 0:
                break
            combo.setCurrentIndex(index)

    def _fill(self, level: int, parent_code: str | None) -> None:
        combo = self.combos[level]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— choose —"), "")
        if level == 0 or parent_code:
            for region in regions.children(parent_code):
                combo.addItem(f"{region.name} ({region.dotted})", region.code)
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def _on_combo(self, level: int) -> None:
        code = self.combos[level].currentData() or None
        for lower in range(level + 1, len(self.combos)):
            self._fill(lower, code if lower == level + 1 else None)
        self.changed.emit(self.region_code())

    def _on_search(self, text: str) -> None:
        found = regions.search(text, level=self._levels, limit=30) if len(text.strip()) >= 2 else []
        self.results.setUpdatesEnabled(False)  # one repaint for the whole list
        self.results.clear()
        for region in found:
            item = QListWidgetItem(describe(region))
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            self.results.addItem(item)
        self.results.setUpdatesEnabled(True)

    def _on_result(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.set_region_code(item.data(Qt.ItemDataRole.UserRole))
