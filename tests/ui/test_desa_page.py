"""Desa page (kabupaten mode) by keyboard: enroll after the fingerprint check, refusals, revoke, return bundle."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from puskesos_desktop.ui.dialogs.fingerprint_dialog import FingerprintDialog
from puskesos_desktop.ui.models.desa_table_model import (
    DESA, LAST_RECEIVED, REVOKED_COLOUR, SILENT_BACKGROUND, SILENT_DAYS,
)
from puskesos_desktop.ui.pages import desa_page
from puskesos_desktop.ui.pages.desa_page import DesaPage

from tests.services.helpers import register
from tests.sync.conftest import DESA_CODES, Network

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def network(empty_services, template_db, tmp_path) -> Network:
    net = Network(empty_services, template_db, tmp_path)
    yield net
    net.close()


@pytest.fixture
def boxes(monkeypatch) -> dict[str, list[str]]:
    said: dict[str, list[str]] = {"information": [], "warning": []}
    for kind in said:
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, _k=kind, **kw: said[_k].append(text))
    return said


class Confirmations(list):
    answer = QDialog.DialogCode.Accepted


@pytest.fixture
def confirmations(monkeypatch) -> Confirmations:
    """The fingerprint dialog as the page opens it: what it showed, answered with `answer`."""
    seen = Confirmations()

    class Confirm(FingerprintDialog):
        def exec(self):
            seen.append({"fingerprint": self.fingerprint.text(), "font": self.fingerprint.font().pointSizeF()})
            return seen.answer

    monkeypatch.setattr(desa_page, "FingerprintDialog", Confirm)
    return seen


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(desa_page, "open_file", lambda *a, **k: str(path))


def enrollment_file(network: Network, code: str = DESA_CODES[0]):
    desa = network.desa(code, enroll=False)
    path = network.root / f"daftar-{code}.json"
    desa.sync.write_own_identity(path)
    return desa, path


def shown(keyboard, network, **kwargs) -> DesaPage:
    page = DesaPage(network.hub.sync, **kwargs)
    page.resize(1100, 420)
    return keyboard.show(page, focus=page.table)


def test_enroll_shows_the_fingerprint_to_compare_then_enrolls(network, qtbot, keyboard, monkeypatch, boxes,
                                                              confirmations):
    desa, path = enrollment_file(network)
    page = shown(keyboard, network)
    assert page.own_fingerprint.text() == network.hub.sync.fingerprint() != ""
    assert page.model.rowCount() == 0 and not page.export_button.isEnabled()
    choose_file(monkeypatch, path)

    confirmations.answer = QDialog.DialogCode.Rejected  # the fingerprints differ on the phone
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    assert confirmations[0]["fingerprint"] == desa.sync.fingerprint()
    assert confirmations[0]["font"] >= 18, "large enough to read aloud"
    assert network.hub.sync.peers() == [] and page.model.rowCount() == 0

    confirmations.answer = QDialog.DialogCode.Accepted
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    [peer] = network.hub.sync.peers()
    assert peer.region_code == DESA_CODES[0] and peer.fingerprint == desa.sync.fingerprint()
    assert page.model.rowCount() == 1 and page.current_peer().id == peer.id
    assert page.model.index(0, LAST_RECEIVED).data() == "never"
    assert DESA_CODES[0] in page.notice.text() and boxes["warning"] == []
    assert page.export_button.isEnabled() and page.revoke_button.isEnabled()


def test_the_fingerprint_dialog_needs_a_deliberate_confirmation(network, qtbot, keyboard):
    _desa, path = enrollment_file(network)
    dialog = keyboard.show(FingerprintDialog(network.hub.sync.read_identity(path)))
    keyboard.key(Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected, "Enter alone does not enroll"
    dialog = keyboard.show(FingerprintDialog(network.hub.sync.read_identity(path)))
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # The fingerprints &match
    qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic clicks after a short animation
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_wrong_file_shows_the_services_reason(network, qtbot, keyboard, monkeypatch, boxes, confirmations,
                                                tmp_path):
    page = shown(keyboard, network)
    garbage = tmp_path / "foto.json"
    garbage.write_bytes(b"\x89PNG not a key")
    choose_file(monkeypatch, garbage)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    choose_file(monkeypatch, network.hub_key)  # the kabupaten's own public key, not a desa's
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    assert len(boxes["warning"]) == 2 and "foto.json" in boxes["warning"][0]
    assert boxes["warning"][1] == "Berkas ini bukan berkas pendaftaran desa."
    assert confirmations == [], "nothing to compare in a file that is not a desa's"
    assert network.hub.sync.peers() == [] and page.model.rowCount() == 0


def test_revoke_needs_a_reason_and_greys_the_desa(network, qtbot, keyboard, monkeypatch, boxes):
    network.desa()
    page = shown(keyboard, network)
    answers = iter([("   ", True), ("Laptop desa hilang", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    qtbot.keyClick(page.revoke_button, Qt.Key.Key_Space)
    assert boxes["warning"] == ["Tulis alasan pencabutan."]
    assert network.hub.sync.peers()[0].active

    qtbot.keyClick(page.revoke_button, Qt.Key.Key_Space)
    [peer] = network.hub.sync.peers()
    assert not peer.active and page.model.index(0, DESA).data().endswith("(revoked)")
    assert page.model.index(0, DESA).data(Qt.ItemDataRole.ForegroundRole) == REVOKED_COLOUR
    assert not page.revoke_button.isEnabled() and not page.export_button.isEnabled()


def test_return_bundle_is_written_in_the_background_then_safe_to_pull(network, qtbot, keyboard, monkeypatch,
                                                                      boxes):
    desa = network.desa()
    register(desa)
    [result] = network.hub.sync.import_files([network.send_up(desa)])
    assert result.status == "applied"
    stick = network.root / "stick-kembali"
    stick.mkdir()
    monkeypatch.setattr(desa_page, "choose_folder", lambda *a, **k: str(stick))
    page = shown(keyboard, network)
    assert page.model.index(0, LAST_RECEIVED).data() != "never"
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL)
    assert page.export_job is not None and not page.export_button.isEnabled()
    qtbot.waitUntil(lambda: page.export_job is None)
    [written] = stick.iterdir()
    assert written.suffix == ".pskb" and written.stat().st_size > 0
    assert written.name in boxes["information"][0] and "safe to pull out the stick" in boxes["information"][0]
    assert page.export_button.isEnabled() and page.progress is None


def test_a_desa_silent_too_long_is_highlighted(network, keyboard, today):
    network.desa(DESA_CODES[0])
    network.desa(DESA_CODES[1])
    later = today + dt.timedelta(days=SILENT_DAYS + 1)
    page = shown(keyboard, network, today=lambda: later)
    assert page.model.index(0, DESA).data(Qt.ItemDataRole.BackgroundRole) == SILENT_BACKGROUND
    assert "2 silent for more than 14 days" in page.status.text()
    fresh = shown(keyboard, network)
    assert fresh.model.index(0, DESA).data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_new_laptop_of_an_enrolled_desa_is_asked_about_and_can_replace_it(network, qtbot, keyboard, monkeypatch,
                                                                            boxes, confirmations):
    old, first = enrollment_file(network)
    network.hub.sync.enroll(first)
    new = network.desa(DESA_CODES[0], enroll=False)
    second = network.root / "pengganti.json"
    new.sync.write_own_identity(second)
    page = shown(keyboard, network)
    choose_file(monkeypatch, second)
    asked = []

    def answer(reply):
        monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a, **k: asked.append(text) or reply)

    answer(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    assert old.sync.fingerprint() in asked[0] and DESA_CODES[0] in asked[0]
    assert [p.fingerprint for p in network.hub.sync.peers()] == [old.sync.fingerprint()]  # nothing changed

    answer(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    [peer] = network.hub.sync.peers()
    assert peer.fingerprint == new.sync.fingerprint() and peer.successor_pending
    assert page.model.rowCount() == 1 and "new laptop" in page.model.index(0, DESA).data()
    assert "replaces" in page.notice.text() and boxes["warning"] == []
