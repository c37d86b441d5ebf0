"""The set-up wizard's region search: each typed letter narrows the list; a result fills the cascade."""

from __future__ import annotations

from PySide6.QtCore import Qt

from puskesos_desktop.ui.widgets.region_picker import RegionPicker


def _listed(picker: RegionPicker) -> list[tuple[str, str]]:
    return [(picker.results.item(i).data(Qt.ItemDataRole.UserRole), picker.results.item(i).text())
            for i in range(picker.results.count())]


def test_typing_a_desa_name_letter_by_letter_filters_the_list(qtbot):
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_levels(4)
    typed, counts = "", []
    for letter in "bojong koneng":
        qtbot.keyClicks(picker.search, letter)
        typed += letter
        listed = _listed(picker)
        if len(typed.strip()) < 2:
            assert listed == []
            continue
        assert 0 < len(listed) <= 30
        assert all(len(code) == 10 for code, _ in listed), "desa mode lists desas only"
        assert all(all(w in text.split(" — ")[0].lower() for w in typed.split()) for _, text in listed), typed
        counts.append(len(listed))
    assert counts[-1] < counts[0]
    assert ("3201052009", "Bojong Koneng — Babakan Madang, Kabupaten Bogor, Jawa Barat (32.01.05.2009)") in listed


def test_choosing_a_result_sets_the_cascade(qtbot):
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_levels(4)
    qtbot.keyClicks(picker.search, "koneng bojong")  # any word order
    row = next(i for i, (code, _) in enumerate(_listed(picker)) if code == "3201052009")
    picker.results.setCurrentRow(row)
    assert picker.region_code() == "3201052009"
    assert [c.currentData() for c in picker.combos] == ["32", "3201", "320105", "3201052009"]


def test_kabupaten_mode_lists_kabupaten_and_kota_only(qtbot):
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_levels(2)
    qtbot.keyClicks(picker.search, "bogor")
    assert {code for code, _ in _listed(picker)} == {"3201", "3271"}
    picker.search.clear()
    qtbot.keyClicks(picker.search, "32.0")
    assert [code for code, _ in _listed(picker)][:3] == ["3201", "3202", "3203"]
