"""Impor page (kabupaten mode): bundles chosen by keyboard, imported in the background, one result line per file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from puskesos_desktop.ui.models.import_result_model import DESA, FILE, REASON, REJECTED_COLOUR, RESULT
from puskesos_desktop.ui.pages import import_page
from puskesos_desktop.ui.pages.import_page import ImportPage

from tests.services.helpers import register
from tests.sync.conftest import DESA_CODES, Network

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def network(empty_services, template_db, tmp_path) -> Network:
    net = Network(empty_services, template_db, tmp_path)
    yield net
    net.close()


def shown(keyboard, network) -> ImportPage:
    page = ImportPage(network.hub.sync)
    page.resize(1100, 300)
    return keyboard.show(page, focus=page.table)


def import_by_keyboard(qtbot, monkeypatch, page, paths) -> list:
    monkeypatch.setattr(import_page, "open_files", lambda *a, **k: [str(p) for p in paths])
    page.activateWindow()  # back from the progress dialog of a run before (a window manager does this)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    with qtbot.waitSignal(page.imported, timeout=10_000) as done:
        qtbot.keyClick(page.table, Qt.Key.Key_O, CTRL)
        assert page.progress is not None and not page.choose_button.isEnabled()
    assert page.progress is None and page.choose_button.isEnabled()
    return done.args[0]


def cells(page, row: int) -> list[str]:
    return [page.model.index(row, column).data() for column in (FILE, DESA, RESULT, REASON)]


def test_a_bundle_is_applied_with_counts_then_already_imported(network, qtbot, keyboard, monkeypatch):
    desa = network.desa()
    register(desa)
    bundle = network.send_up(desa)
    page = shown(keyboard, network)

    [result] = import_by_keyboard(qtbot, monkeypatch, page, [bundle])
    assert result.status == "applied"
    name, sender, what, details = cells(page, 0)
    assert (name, sender) == (bundle.name, DESA_CODES[0])
    assert what.startswith("Applied: 4 changes") and "households 1" in what and "people 3" in what
    assert "All data of this desa received up to change #" in details
    assert page.status.text() == "1 files: 1 applied, 0 already imported, 0 rejected."
    assert network.hub.sync.peers()[0].last_received_at is not None

    import_by_keyboard(qtbot, monkeypatch, page, [bundle])
    assert cells(page, 0)[2] == "Already imported" and "sudah diimpor" in cells(page, 0)[3]
    assert page.model.index(0, RESULT).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_garbage_file_is_rejected_in_red_with_a_reason(network, qtbot, keyboard, monkeypatch, tmp_path):
    desa = network.desa()
    register(desa)
    good = network.send_up(desa)
    garbage = tmp_path / "rusak.pskb"
    garbage.write_bytes(b"this is not a bundle\n" * 20)
    page = shown(keyboard, network)

    results = import_by_keyboard(qtbot, monkeypatch, page, [garbage, good])
    assert [r.status for r in results] == ["rejected", "applied"]
    name, sender, what, reason = cells(page, 0)
    assert (name, sender, what) == ("rusak.pskb", "", "REJECTED")
    assert reason and "\n" not in reason and reason == " ".join(results[0].reason.split())
    assert page.model.index(0, REASON).data(Qt.ItemDataRole.ForegroundRole) == REJECTED_COLOUR
    assert page.model.index(1, RESULT).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 applied, 0 already imported, 1 rejected" in page.status.text()
