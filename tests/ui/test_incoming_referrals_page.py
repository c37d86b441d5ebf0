"""Rujukan masuk (kabupaten mode): every desa's referrals, filtered by desa; an outcome recorded here is the
kabupaten's own row and reaches the desa with the return bundle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from puskesos_desktop.core.referrals import REFERRAL_STATUS_LABELS, Outcome, ReferralStatus
from puskesos_desktop.ui.models.incoming_referral_model import DESA_COLUMN
from puskesos_desktop.ui.models.referral_table_model import STATUS
from puskesos_desktop.ui.pages import incoming_referrals_page
from puskesos_desktop.ui.pages.incoming_referrals_page import IncomingReferralsPage

from tests.services.helpers import register
from tests.services.test_referrals import approved
from tests.sync.conftest import DESA_CODES, Network


@pytest.fixture
def network(empty_services, template_db, tmp_path) -> Network:
    net = Network(empty_services, template_db, tmp_path)
    yield net
    net.close()


def printed(desa, no_kk: str):
    referral = approved(desa, desa.households.get(register(desa, no_kk)).head.id)
    desa.referrals.record_print(referral.id)
    return referral


@pytest.fixture
def two_desas(network):
    """Two desas with one printed referral each, imported at the kabupaten."""
    first, second = network.desa(DESA_CODES[0]), network.desa(DESA_CODES[1])
    referrals = {DESA_CODES[0]: printed(first, "3201051511200001"), DESA_CODES[1]: printed(second, "3201051511200002")}
    results = network.hub.sync.import_files([network.send_up(first), network.send_up(second)])
    assert [r.status for r in results] == ["applied", "applied"]
    return first, second, referrals


def shown(keyboard, network) -> IncomingReferralsPage:
    hub = network.hub
    page = IncomingReferralsPage(hub.referrals, hub.sync, hub.households, hub.catalogue, hub.search, hub.operators)
    page.resize(1200, 360)
    return keyboard.show(page, focus=page.table)


def desas_shown(page) -> list[str]:
    return [page.model.index(r, DESA_COLUMN).data() for r in range(page.model.rowCount())]


def test_filter_by_desa(network, two_desas, keyboard):
    _first, _second, referrals = two_desas
    page = shown(keyboard, network)
    assert sorted(desas_shown(page)) == sorted(DESA_CODES[:2]) and page.status.text() == "2 referrals"
    assert page.desa_filter.count() == 3  # all, and the two enrolled desas

    page.desa_filter.setFocus()
    keyboard.key(Qt.Key.Key_Down)  # the first desa (by code)
    code = page.desa_filter.currentText().split()[0]
    assert desas_shown(page) == [code] and page.status.text() == "1 referrals"
    assert page.current_row().id == referrals[code].id
    assert page.detail.text() == f"Desa {code}"

    page.status_filter.setFocus()
    keyboard.key(Qt.Key.Key_Down, 2)  # approved – not printed: none of them
    assert page.model.rowCount() == 0 and not page.outcome_button.isEnabled()
    keyboard.key(Qt.Key.Key_Up)  # printed: this desa's one
    assert desas_shown(page) == [code]


def test_an_outcome_recorded_here_is_a_kabupaten_row(network, two_desas, qtbot, keyboard, monkeypatch):
    first, second, referrals = two_desas
    opened = []

    class Outcome_(incoming_referrals_page.OutcomeDialog):
        def exec(self):  # the dialog itself is driven by keyboard in test_outcome_dialog.py
            opened.append(self._referral.id)
            self.outcome_buttons[Outcome.DILAYANI].setChecked(True)
            self.officer.setText("Petugas Dinsos")
            self.save()
            return self.result()

    monkeypatch.setattr(incoming_referrals_page, "OutcomeDialog", Outcome_)
    page = shown(keyboard, network)
    page.desa_filter.setCurrentIndex(page.desa_filter.findData(
        next(p.origin_id for p in network.hub.sync.peers() if p.region_code == DESA_CODES[0])))
    page.table.setFocus()
    keyboard.key(Qt.Key.Key_Return)
    theirs = referrals[DESA_CODES[0]]
    assert opened == [theirs.id]
    [outcome] = network.hub.referrals.outcomes(theirs.id)
    assert outcome.outcome is Outcome.DILAYANI
    # The desa's referral is not moved at the kabupaten: the desa moves it when the outcome arrives.
    assert network.hub.referrals.get(theirs.id).status is ReferralStatus.DICETAK
    assert page.model.index(0, STATUS).data() == REFERRAL_STATUS_LABELS[ReferralStatus.DICETAK]
    assert "outcome recorded" in page.detail.text()

    [back] = first.sync.import_files([network.send_down(first)])
    assert back.status == "applied" and back.counts.get("referral_outcome") == 1
    assert first.referrals.get(theirs.id).status is ReferralStatus.SELESAI
    [other] = second.sync.import_files([network.send_down(second)])
    assert other.counts.get("referral_outcome") is None, "never another desa's outcome"
    assert second.referrals.get(referrals[DESA_CODES[1]].id).status is ReferralStatus.DICETAK
