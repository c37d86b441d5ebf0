"""The household list model: counts, loads only the pages it shows, masks the No KK, shows search hits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from puskesos_desktop.core.model import HouseholdRow
from puskesos_desktop.ui.models.household_table_model import (
    DESIL, DTSEN, HEAD, MEMBERS, NO_KK, RT_RW, HouseholdTableModel, row_from_household,
)


def _row(i: int) -> HouseholdRow:
    return HouseholdRow(id=f"id{i}", no_kk=f"3201051511{i:06d}", head_name=f"KEPALA {i}",
                        address="Kp. Sawah", rt="003", rw="001", dusun="SATU", member_count=4,
                        desil=2 if i % 2 else None, dtsen_status="terdaftar")


class FakeHouseholds:
    """Stands in for HouseholdService: `total` households, and a record of every page asked for."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.pages: list[tuple[int, int]] = []

    def count(self, *, without_consent: bool = False) -> int:
        return self.total

    def page(self, offset: int, limit: int, *, without_consent: bool = False) -> list[HouseholdRow]:
        self.pages.append((offset, limit))
        return [_row(i) for i in range(offset, min(offset + limit, self.total))]


def _text(model, row: int, column: int):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_row_count_is_the_household_count_without_loading_any_row(qtmodeltester):
    households = FakeHouseholds(100_000)
    model = HouseholdTableModel(households, page_size=200)
    assert model.rowCount() == 100_000
    assert households.pages == []


def test_only_the_pages_shown_are_loaded_once_each():
    households = FakeHouseholds(100_000)
    model = HouseholdTableModel(households, page_size=200)
    for row in range(50_000, 50_040):  # one visible window, every column
        for column in range(model.columnCount()):
            _text(model, row, column)
    assert households.pages == [(50_000, 200)]
    assert _text(model, 50_399, HEAD) == "KEPALA 50399"
    assert households.pages == [(50_000, 200), (50_200, 200)]


def test_the_page_cache_forgets_the_least_recently_used_page():
    households = FakeHouseholds(10_000)
    model = HouseholdTableModel(households, page_size=100, cached_pages=3)
    for page in (0, 1, 2, 0, 3):  # page 1 is now the oldest and is dropped
        _text(model, page * 100, HEAD)
    assert len(households.pages) == 4
    _text(model, 0, HEAD)
    assert len(households.pages) == 4
    _text(model, 100, HEAD)
    assert households.pages[-1] == (100, 100)


def test_cells_mask_the_no_kk_and_show_labels():
    model = HouseholdTableModel(FakeHouseholds(3), page_size=2)
    assert _text(model, 1, NO_KK) == "3201••••••••0001"
    assert _text(model, 1, RT_RW) == "003/001"
    assert _text(model, 1, MEMBERS) == "4"
    assert _text(model, 1, DESIL) == "2"
    assert _text(model, 0, DESIL) == ""
    assert _text(model, 2, DTSEN) == "Terdaftar"
    assert model.headerData(HEAD, Qt.Orientation.Horizontal) == "Head of family"


def test_set_rows_shows_a_search_result_and_show_all_goes_back(qtmodeltester):
    households = FakeHouseholds(1_000)
    model = HouseholdTableModel(households)
    model.set_rows([_row(7), _row(9)])
    assert model.rowCount() == 2
    assert _text(model, 1, HEAD) == "KEPALA 9"
    assert households.pages == []
    qtmodeltester.check(model)
    households.total = 999
    model.show_all()
    assert model.rowCount() == 999
    assert model.showing_all


def test_a_real_database_through_the_service(services, household_id, qtmodeltester):
    model = HouseholdTableModel(services.households)
    assert model.rowCount() == 1
    assert _text(model, 0, HEAD) == "SUPARMAN"
    assert _text(model, 0, MEMBERS) == "1"
    assert model.row_at(0).id == household_id
    qtmodeltester.check(model)
    hit = row_from_household(services.households.get(household_id))
    assert hit == model.row_at(0)
