"""Kirim/Terima at a desa, the Beranda count, and the key steps of the set-up wizard, against a real kabupaten."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from puskesos_desktop.core import clock
from puskesos_desktop.core.referral_model import OutcomeDraft, ReferralDraft
from puskesos_desktop.core.referrals import Outcome, ReferralStatus
from puskesos_desktop.services.container import build_services
from puskesos_desktop.services.sync import SyncError
from puskesos_desktop.settings import Settings
from puskesos_desktop.ui.dialogs.setup_wizard import ADMIN_PAGE, KEY_PAGE, KEYS_DONE_PAGE, SetupWizard
from puskesos_desktop.ui.pages import sync_page
from puskesos_desktop.ui.pages.home_page import HomePage
from puskesos_desktop.ui.pages.sync_page import DETAILS, FILE, RESULT, SyncPage
from puskesos_desktop.ui.widgets.form import WARNING_STYLE

from tests.services.helpers import register
from tests.sync.conftest import Network
from tests.ui.test_setup_wizard import _choose_desa, _enter, _fill_admin


@pytest.fixture
def network(template_db, tmp_path):
    """A kabupaten (3201) on its own database; `network.desa()` makes enrolled desas."""
    hub_db = tmp_path / "kabupaten.sqlite3"
    shutil.copy(template_db, hub_db)
    hub = build_services(Settings.from_args(str(hub_db)))
    root = tmp_path / "net"
    root.mkdir()
    net = Network(hub, template_db, root)
    yield net
    net.close()
    hub.close()


@pytest.fixture
def said(monkeypatch):
    """Message boxes record what they would have said, by kind, and never block."""
    messages: dict[str, list[str]] = {"information": [], "warning": []}
    for kind in messages:
        monkeypatch.setattr(QMessageBox, kind, lambda *args, kind=kind: messages[kind].append(args[2]))
    return messages


def _page(sync, keyboard) -> SyncPage:
    return keyboard.show(SyncPage(sync))


def _ctrl(qtbot, widget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def _cell(page: SyncPage, row: int, column: int) -> str:
    return page.results.data(page.results.index(row, column))


def _referral_with_outcome(network, desa) -> str:
    """A printed referral sent up, its outcome recorded at the kabupaten; returns the return bundle's path."""
    head = desa.households.get(register(desa)).head
    referral = desa.referrals.approve(desa.referrals.create_draft(
        ReferralDraft(person_id=head.id, service_code="PBI_JK", reason="KIS tidak aktif")).id)
    desa.referrals.record_print(referral.id)
    [up] = network.hub.sync.import_files([network.send_up(desa)])
    assert up.status == "applied", up.reason
    network.hub.referrals.record_outcome(referral.id, OutcomeDraft(
        outcome=Outcome.DILAYANI, received_on=clock.today(), officer="Petugas Dinsos"))
    return str(network.send_down(desa)), referral.id


def test_the_page_shows_the_kabupaten_and_the_unconfirmed_changes(network, qtbot, keyboard):
    desa = network.desa()
    register(desa)
    page = _page(desa.sync, keyboard)
    rows = desa.sync.pending().rows
    assert rows > 0
    assert page.pending_label.text().startswith(f"{rows} changes not yet confirmed by the kabupaten, since ")
    assert page.kabupaten_name.text() == "Dinas Sosial Kabupaten Bogor (3201)"
    assert network.hub.sync.fingerprint() in page.kabupaten_details.text()
    assert page.own_fingerprint.text() == desa.sync.fingerprint()
    assert not page.install_button.isVisible() and page.send_button.isEnabled()


def test_send_writes_a_checked_file_and_says_the_stick_can_be_pulled(network, qtbot, keyboard, said, monkeypatch,
                                                                     tmp_path):
    desa = network.desa()
    register(desa)
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(sync_page, "choose_folder", lambda *args, **kw: str(stick))
    page = _page(desa.sync, keyboard)
    with qtbot.waitSignal(page.sent, timeout=10_000) as sent:
        _ctrl(qtbot, page.send_button, Qt.Key.Key_E)

    [written] = list(stick.iterdir())
    assert str(written) == sent.args[0].path and written.suffix == ".pskb"
    assert said["warning"] == [] and len(said["information"]) == 1
    assert f"The file {written.name} was written and checked. It is safe to remove the flash drive." in said["information"][0]
    assert "safe to remove" in page.notice.text()
    [result] = network.hub.sync.import_files([written])  # what was written is what the kabupaten reads
    assert result.status == "applied" and result.counts["household"] == 1


def test_a_failed_write_says_why_and_never_that_it_is_safe(network, qtbot, keyboard, said, monkeypatch, tmp_path):
    desa = network.desa()
    register(desa)
    stick = tmp_path / "usb"
    stick.mkdir()

    def pulled(_folder):
        raise SyncError("Gagal menulis berkas: flashdisk dicabut. Berkas belum aman; periksa flashdisk lalu coba lagi.")

    monkeypatch.setattr(desa.sync, "export", pulled)
    monkeypatch.setattr(sync_page, "choose_folder", lambda *args, **kw: str(stick))
    page = _page(desa.sync, keyboard)
    page.send_button.setFocus()
    qtbot.waitUntil(page.send_button.hasFocus)
    with qtbot.waitSignal(page.send_failed, timeout=10_000):
        keyboard.key(Qt.Key.Key_Space)

    assert said["information"] == []
    assert len(said["warning"]) == 1 and "flashdisk dicabut" in said["warning"][0]
    assert "flashdisk dicabut" in page.notice.text() and "safe" not in page.notice.text()
    assert list(stick.iterdir()) == []
    assert page.send_button.isEnabled()  # ready to try again


def test_receiving_the_return_bundle_applies_the_outcome_and_lowers_the_count(network, qtbot, keyboard, said,
                                                                              monkeypatch):
    desa = network.desa()
    bundle, referral_id = _referral_with_outcome(network, desa)
    before = desa.sync.pending().rows
    monkeypatch.setattr(sync_page, "open_files", lambda *args, **kw: [bundle])
    page = _page(desa.sync, keyboard)
    with qtbot.waitSignal(page.received, timeout=10_000):
        _ctrl(qtbot, page.send_button, Qt.Key.Key_I)

    assert page.results.rowCount() == 1 and page.results_table.isVisible()
    assert _cell(page, 0, RESULT) == "applied"
    assert "referral outcomes: 1" in _cell(page, 0, DETAILS)  # with the kabupaten's catalogue
    assert desa.referrals.get(referral_id).status is ReferralStatus.SELESAI
    after = desa.sync.pending().rows
    assert after < before and page.pending_label.text().startswith(f"{after} changes")
    assert page.notice.text() == "Received 1 files: 1 applied, 0 already imported, 0 rejected."

    with qtbot.waitSignal(page.received, timeout=10_000):  # the same file again: nothing twice
        _ctrl(qtbot, page.results_table, Qt.Key.Key_I)
    assert _cell(page, 0, RESULT) == "already imported"
    assert said == {"information": [], "warning": []}


def test_a_garbage_file_is_rejected_with_its_reason(network, qtbot, keyboard, monkeypatch, tmp_path):
    desa = network.desa()
    garbage = tmp_path / "puskesos-rusak.pskb"
    garbage.write_bytes(b"bukan berkas puskesos\x00" * 40)
    monkeypatch.setattr(sync_page, "open_files", lambda *args, **kw: [str(garbage)])
    page = _page(desa.sync, keyboard)
    with qtbot.waitSignal(page.received, timeout=10_000) as received:
        _ctrl(qtbot, page.send_button, Qt.Key.Key_I)

    [result] = received.args[0]
    assert result.status == "rejected" and result.reason
    assert (_cell(page, 0, FILE), _cell(page, 0, RESULT)) == ("puskesos-rusak.pskb", "REJECTED")
    assert _cell(page, 0, DETAILS) == result.reason
    assert "1 rejected" in page.notice.text()


def test_without_a_kabupaten_key_the_page_installs_it_and_saves_the_enrollment(network, services, qtbot, keyboard,
                                                                               said, monkeypatch, tmp_path):
    services.sync.make_keys()
    page = _page(services.sync, keyboard)
    assert page.install_button.isVisible() and not page.kabupaten_name.isVisible()
    assert not page.send_button.isEnabled() and not page.receive_button.isEnabled()
    _ctrl(qtbot, page.install_button, Qt.Key.Key_E)  # nothing to send to yet: Ctrl+E does nothing
    assert said["information"] == [] and page.job is None

    enrollment = tmp_path / "pendaftaran.json"
    monkeypatch.setattr(sync_page, "save_file", lambda *args, **kw: str(enrollment))
    page.enrollment_button.setFocus()
    qtbot.waitUntil(page.enrollment_button.hasFocus)
    keyboard.key(Qt.Key.Key_Space)
    assert network.hub.sync.enroll(enrollment).fingerprint == page.own_fingerprint.text()
    keyboard.key(Qt.Key.Key_Space)  # the same name again is refused, never overwritten
    assert "already exists" in said["warning"][-1]

    monkeypatch.setattr(sync_page, "open_file", lambda *args, **kw: str(enrollment))
    page.install_button.setFocus()
    qtbot.waitUntil(page.install_button.hasFocus)
    keyboard.key(Qt.Key.Key_Space)  # a desa's own enrollment file is not a kabupaten key
    assert "bukan kunci publik kabupaten" in said["warning"][-1]
    assert page.install_button.isVisible()

    monkeypatch.setattr(sync_page, "open_file", lambda *args, **kw: str(network.hub_key))
    keyboard.key(Qt.Key.Key_Space)
    assert page.kabupaten.fingerprint == network.hub.sync.fingerprint()
    assert page.kabupaten_name.isVisible() and not page.install_button.isVisible()
    assert page.send_button.isEnabled() and "Kabupaten key installed" in page.notice.text()


# ---- Beranda ---------------------------------------------------------------------------------------

def test_beranda_counts_the_unconfirmed_changes_and_turns_amber_after_two_weeks(network, qtbot, monkeypatch):
    desa = network.desa()
    plain = HomePage(desa.setup.office(), desa.households)
    qtbot.addWidget(plain)
    assert plain.unconfirmed_label is None  # without a sync service, the page is as before

    page = HomePage(desa.setup.office(), desa.households, sync=desa.sync)
    qtbot.addWidget(page)
    assert page.unconfirmed_count == 0 and page.unconfirmed_label.text() == "none"
    register(desa)
    page.refresh_button.click()
    rows = desa.sync.pending().rows
    assert page.unconfirmed_count == rows and page.unconfirmed_label.text().startswith(f"{rows} changes (since ")
    assert not page.unconfirmed_stale and WARNING_STYLE not in page.unconfirmed_label.styleSheet()

    real = desa.sync.pending()
    old = type(real)(rows=real.rows, since=real.since - dt.timedelta(days=15), last_confirmed_at=None,
                     confirmed_seq=0)
    monkeypatch.setattr(desa.sync, "pending", lambda: old)
    page.refresh()
    assert page.unconfirmed_stale and WARNING_STYLE in page.unconfirmed_label.styleSheet()


# ---- set-up wizard -------------------------------------------------------------------------------

@pytest.fixture
def sync_wizard(qtbot, empty_services):
    w = SetupWizard(empty_services.setup, empty_services.operators, sync=empty_services.sync)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _to_key_page(qtbot, w) -> None:
    _enter(qtbot, w.mode_page.desa)
    _choose_desa(qtbot, w)
    _enter(qtbot, w.office_page.name)
    _enter(qtbot, w.letter_page.classification)
    assert w.currentId() == KEY_PAGE
    qtbot.waitUntil(w.key_page.path.hasFocus)


def test_wizard_installs_the_kabupaten_key_and_offers_the_enrollment_file(network, qtbot, sync_wizard, empty_services,
                                                                           monkeypatch, tmp_path):
    w = sync_wizard
    _to_key_page(qtbot, w)
    qtbot.keyClicks(w.key_page.path, str(tmp_path / "tidak-ada.json"))
    _enter(qtbot, w.key_page.path)
    assert w.currentId() == KEY_PAGE and "There is no file" in w.key_page.message.text()
    w.key_page.path.clear()
    qtbot.keyClicks(w.key_page.path, str(network.hub_key))
    _enter(qtbot, w.key_page.path)
    assert w.currentId() == ADMIN_PAGE
    _fill_admin(qtbot, w)
    _enter(qtbot, w.admin_page.form.password_again)  # saves: the office, the keys, the kabupaten key

    assert w.currentId() == KEYS_DONE_PAGE and empty_services.setup.is_initialized()
    done = w.keys_done_page
    fingerprint = empty_services.sync.fingerprint()
    assert fingerprint and done.fingerprint.text() == fingerprint
    assert "Kabupaten key installed: Dinas Sosial Kabupaten Bogor (3201)" in done.kabupaten.text()
    assert [p.role for p in empty_services.sync.peers()] == ["kabupaten"]
    assert done.save_button.text() == "Save &enrollment file…"

    enrollment = tmp_path / "pendaftaran.json"
    monkeypatch.setattr(sync_page, "save_file", lambda *args, **kw: str(enrollment))
    qtbot.waitUntil(done.save_button.hasFocus)
    qtbot.keyClick(done.save_button, Qt.Key.Key_Space)
    assert str(enrollment) in done.saved.text()
    assert network.hub.sync.enroll(enrollment).fingerprint == fingerprint
    with qtbot.waitSignal(w.accepted):
        _enter(qtbot, done.save_button)  # Enter: Finish


def test_wizard_key_page_can_be_skipped_and_a_wrong_key_is_said_not_fatal(qtbot, sync_wizard, empty_services,
                                                                          tmp_path):
    w = sync_wizard
    _to_key_page(qtbot, w)
    wrong = tmp_path / "bukan-kunci.json"
    wrong.write_text("{}", encoding="ascii")
    qtbot.keyClicks(w.key_page.path, str(wrong))
    _enter(qtbot, w.key_page.path)
    _fill_admin(qtbot, w)
    _enter(qtbot, w.admin_page.form.password_again)
    assert w.currentId() == KEYS_DONE_PAGE and empty_services.setup.is_initialized()
    assert "not installed" in w.keys_done_page.kabupaten.text() and empty_services.sync.peers() == []
    assert w.keys_done_page.fingerprint.text() == empty_services.sync.fingerprint() != ""


def test_wizard_without_a_key_file_goes_on_and_says_it_can_be_installed_later(qtbot, sync_wizard, empty_services):
    w = sync_wizard
    _to_key_page(qtbot, w)
    _enter(qtbot, w.key_page.path)  # left empty: skipped
    assert w.currentId() == ADMIN_PAGE
    _fill_admin(qtbot, w)
    _enter(qtbot, w.admin_page.form.password_again)
    assert "No kabupaten key yet" in w.keys_done_page.kabupaten.text()
    assert not w.button(QWizard.WizardButton.CancelButton).isVisible()
    with qtbot.waitSignal(w.accepted):  # Esc after saving: done, not cancelled
        qtbot.keyClick(w.keys_done_page.save_button, Qt.Key.Key_Escape)


def test_kabupaten_wizard_skips_the_key_page_and_offers_its_public_key(qtbot, sync_wizard, empty_services, monkeypatch,
                                                                       tmp_path):
    w = sync_wizard
    qtbot.keyClick(w.mode_page.desa, Qt.Key.Key_Down)
    _enter(qtbot, w.mode_page.kabupaten)
    _choose_desa(qtbot, w, "kabupaten bogor")
    _enter(qtbot, w.office_page.name)
    _enter(qtbot, w.letter_page.classification)
    assert w.currentId() == ADMIN_PAGE  # no kabupaten key to install at the kabupaten
    _fill_admin(qtbot, w)
    _enter(qtbot, w.admin_page.form.password_again)
    done = w.keys_done_page
    assert w.currentId() == KEYS_DONE_PAGE and done.save_button.text() == "Save the kabupaten &public key…"
    assert not done.kabupaten.isVisible()
    public_key = tmp_path / "kunci-kabupaten.json"
    monkeypatch.setattr(sync_page, "save_file", lambda *args, **kw: str(public_key))
    qtbot.keyClick(done.save_button, Qt.Key.Key_Space)
    assert public_key.is_file() and done.fingerprint.text() == empty_services.sync.fingerprint()
    assert '"role": "kabupaten"' in public_key.read_text(encoding="ascii").replace('":"', '": "')
