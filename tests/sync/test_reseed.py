"""A restored desa gets back from the kabupaten what its backup lacked (issue 11 §3, the re-seed)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.referral_model import ReferralDraft
from puskesos_desktop.db.records import SyncOriginRecord
from puskesos_desktop.services.restore import RESTORE_GAP, Restore
from puskesos_desktop.settings import Settings
from tests.services.helpers import HEAD, HOUSEHOLD, WIFE, register
from tests.sync.conftest import LAPTOP_PASSWORD

KK_BEFORE, KK_AFTER, KK_RESTORED = "3201051511200001", "3201051511200002", "3201051511200003"


def _member(nik: str):
    return (replace(HEAD, nik=nik),)


def _origin(sv):
    with sv.context.reading() as s:
        return s.execute(select(SyncOriginRecord).where(SyncOriginRecord.is_local.is_(True))).scalar_one()


def _exchange(network, desa) -> tuple:
    up = network.hub.sync.import_files([network.send_up(desa)])[0]
    assert up.status == "applied", up.reason
    down = desa.sync.import_files([network.send_down(desa)])[0]
    assert down.status in ("applied", "duplicate"), down.reason
    return up, down


def _reconciles(network, desa) -> bool:
    """One more change there and back: the kabupaten's digest of the desa against the desa's own."""
    register(desa, "3201051511200009", _member("3201051505900009"))
    return _exchange(network, desa)[0].reconciled


def _serial(letter_number: str) -> int:
    return int(letter_number.split("/")[1])


def _kk(sv) -> set[str]:
    return {h.household.no_kk for h in sv.search.search("3201051511")}


def _restore_on_a_new_laptop(network, backup: Path, folder: Path):
    db = folder / "puskesos.sqlite3"
    restore = Restore(Settings.from_args(str(db)))
    restore.restore(restore.open(backup, username="admin", password=LAPTOP_PASSWORD), current_key=None)
    return network.open_laptop(db)


@pytest.fixture
def lost_laptop(network, tmp_path):
    """A desa that sent everything, made a backup, then changed more (and sent it) before its laptop died:
    household A (before the backup, changed after it), household B (after the backup)."""
    desa = network.encrypted_desa()
    a = register(desa, KK_BEFORE, _member("3201051505900001"))
    _exchange(network, desa)
    (tmp_path / "usb").mkdir()
    backup = Path(desa.backups.create(tmp_path / "usb").path)
    b = register(desa, KK_AFTER, _member("3201051505900002"))
    desa.households.update(a, replace(HOUSEHOLD, no_kk=KK_BEFORE, address="Kp. Lama, sesudah cadangan"))
    letter = _approve(desa, b)  # a letter numbered on the lost laptop only
    _exchange(network, desa)
    last_seq = _origin(desa).last_seq
    desa.close()
    return {"a": a, "b": b, "backup": backup, "last_seq": last_seq, "letter": letter}


def _approve(sv, household_id: str) -> str:
    head = sv.households.get(household_id).head
    draft = sv.referrals.create_draft(ReferralDraft(person_id=head.id, service_code="PBI_JK", reason="KIS tidak aktif"))
    return sv.referrals.approve(draft.id).letter_number


def test_the_next_return_bundle_brings_back_everything_the_backup_lacked(network, lost_laptop, tmp_path):
    restored = _restore_on_a_new_laptop(network, lost_laptop["backup"], tmp_path / "baru")
    assert _kk(restored) == {KK_BEFORE}  # the backup's day
    origin = _origin(restored)
    assert origin.reseed_seq is not None and origin.reseed_seq < lost_laptop["last_seq"]
    assert origin.last_seq >= origin.reseed_seq + RESTORE_GAP
    c = register(restored, KK_RESTORED, _member("3201051505900003"))  # new work on the restored laptop
    with pytest.raises(ValidationError, match="dipulihkan dari cadangan"):  # its number may be the lost laptop's
        _approve(restored, c)

    up, down = _exchange(network, restored)
    assert up.forks == 0 and up.counts.get("household") == 1  # only the new household is news there
    assert down.counts.get("household") == 2 and down.counts.get("person") >= 1  # B, and A's later version
    assert _kk(restored) == {KK_BEFORE, KK_AFTER, KK_RESTORED}
    assert restored.households.get(lost_laptop["a"]).address == "Kp. Lama, sesudah cadangan"
    assert restored.households.get(c).no_kk == KK_RESTORED
    assert _origin(restored).reseed_seq is None  # asked for and received
    # The letter numbered on the lost laptop came back, and the next one does not re-use its number.
    assert _serial(_approve(restored, c)) == _serial(lost_laptop["letter"]) + 1
    assert restored.check.run().ok, restored.check.run().problems
    assert network.hub.check.run().ok, network.hub.check.run().problems

    again = restored.sync.import_files([Path(network.send_down(restored))])[0]  # another return bundle
    assert again.status in ("applied", "duplicate")
    assert _reconciles(network, restored)  # the kabupaten holds exactly what the desa holds
    assert network.hub.sync.forks() == []
    assert restored.check.run().ok and network.hub.check.run().ok


def test_a_replayed_return_bundle_changes_nothing(network, lost_laptop, tmp_path):
    restored = _restore_on_a_new_laptop(network, lost_laptop["backup"], tmp_path / "baru")
    network.hub.sync.import_files([network.send_up(restored)])
    first = network.send_down(restored)
    second = network.send_down(restored)
    assert restored.sync.import_files([first])[0].status == "applied"
    replayed = restored.sync.import_files([first, second])
    assert [r.status for r in replayed] == ["duplicate", "duplicate"]
    assert _kk(restored) == {KK_BEFORE, KK_AFTER}
    assert restored.check.run().ok, restored.check.run().problems


def test_a_change_made_after_the_restore_to_a_row_the_lost_laptop_changed_is_kept_both_ways(
        network, lost_laptop, tmp_path):
    """The lost update: household A changed on the lost laptop after the backup, and again on the
    restored one. The restored change applies (the desa owns the row), and the lost laptop's version is
    kept for review where it is detected: at the kabupaten when the change arrives first ..."""
    restored = _restore_on_a_new_laptop(network, lost_laptop["backup"], tmp_path / "baru")
    restored.households.update(lost_laptop["a"], replace(HOUSEHOLD, no_kk=KK_BEFORE, address="Kp. Baru, sesudah pulih"))
    up, down = _exchange(network, restored)
    assert up.forks == 1 and "versi lama disimpan" in up.reason
    [kept] = network.hub.sync.forks()
    assert kept.kind == "replaced" and kept.incoming["address"] == "Kp. Lama, sesudah cadangan"
    assert kept.stored["address"] == "Kp. Baru, sesudah pulih"
    assert restored.households.get(lost_laptop["a"]).address == "Kp. Baru, sesudah pulih"
    assert restored.check.run().ok and network.hub.check.run().ok
    assert _reconciles(network, restored)


def test_the_lost_update_is_kept_at_the_desa_when_the_return_bundle_comes_first(network, lost_laptop, tmp_path):
    """... and at the desa when the kabupaten's copy comes back before the change reached it."""
    restored = _restore_on_a_new_laptop(network, lost_laptop["backup"], tmp_path / "baru")
    network.hub.sync.import_files([network.send_up(restored)])  # asks for the re-seed
    restored.households.update(lost_laptop["a"], replace(HOUSEHOLD, no_kk=KK_BEFORE, address="Kp. Baru, sesudah pulih"))
    down = restored.sync.import_files([network.send_down(restored)])[0]
    assert down.status == "applied" and down.forks == 1 and "sesudah pemulihan" in down.reason
    [kept] = restored.sync.forks()
    assert kept.incoming["address"] == "Kp. Lama, sesudah cadangan"
    assert restored.households.get(lost_laptop["a"]).address == "Kp. Baru, sesudah pulih"
    up, _down = _exchange(network, restored)
    assert up.forks == 0  # the restored desa no longer asks: nothing to detect there
    assert network.hub.households.get(lost_laptop["a"]).address == "Kp. Baru, sesudah pulih"
    assert restored.check.run().ok and network.hub.check.run().ok
    assert _reconciles(network, restored)


def test_the_restored_audit_log_branches_off_the_backup_and_both_ends_check_clean(network, lost_laptop, tmp_path):
    restored = _restore_on_a_new_laptop(network, lost_laptop["backup"], tmp_path / "baru")
    register(restored, KK_RESTORED, _member("3201051505900003"))
    before = restored.check.run()
    assert before.ok, before.problems  # the gap after the backup's last row is a restore's branch
    up, down = _exchange(network, restored)
    assert "log audit berbeda" not in (up.reason or "")  # the branch is taken, not counted as diverged
    assert restored.check.run().ok, restored.check.run().problems
    assert network.hub.check.run().ok, network.hub.check.run().problems
    actions = [e.action for e in network.hub.audit.entries()]
    assert "backup_restore" in actions


def test_a_return_bundle_the_lost_laptop_received_comes_again_to_the_restored_one(network, tmp_path):
    """The kabupaten had it confirmed by the lost laptop; the restored one lacks it: the next return
    bundle starts from what the restored database confirms, not refused as "missing" forever."""
    desa = network.encrypted_desa()
    (tmp_path / "usb").mkdir()
    backup = Path(desa.backups.create(tmp_path / "usb").path)  # before anything came from the kabupaten
    register(desa, KK_BEFORE, _member("3201051505900001"))
    _exchange(network, desa)
    network.hub.sync.import_files([network.send_up(desa)])  # confirms the kabupaten's stream
    desa.close()
    restored = _restore_on_a_new_laptop(network, backup, tmp_path / "baru")
    up, down = _exchange(network, restored)
    assert down.status == "applied", down.reason
    assert _kk(restored) == {KK_BEFORE}
    assert restored.check.run().ok and network.hub.check.run().ok
