"""The review list of NIKs registered in two desas: masked, one line per NIK, and nothing merged."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from puskesos_desktop.ui.widgets.duplicate_nik_list import DESAS, NAMES, NIK, DuplicateNikList

from tests.services.helpers import HEAD, register
from tests.sync.conftest import DESA_CODES, Network


@pytest.fixture
def network(empty_services, template_db, tmp_path) -> Network:
    net = Network(empty_services, template_db, tmp_path)
    yield net
    net.close()


def test_a_nik_in_two_desas_is_listed_masked(network, qtbot):
    first, second = network.desa(DESA_CODES[0]), network.desa(DESA_CODES[1])
    register(first)
    widget = DuplicateNikList(network.hub.search)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0 and widget.status.text() == "None found."

    register(second, "3201051511200002", (replace(HEAD, name="Muhamad Joko Santoso"),))
    network.hub.sync.import_files([network.send_up(first), network.send_up(second)])
    qtbot.keyClick(widget.refresh_button, Qt.Key.Key_Space)
    assert widget.model.rowCount() == 1 and widget.status.text() == "1 NIKs"
    assert widget.model.index(0, NIK).data() == "3201••••••••0001"
    assert widget.model.index(0, DESAS).data() == f"{DESA_CODES[1]}, {DESA_CODES[0]}"
    assert widget.model.index(0, NAMES).data() == "MUHAMAD JOKO SANTOSO / MUHAMAD JOKO"
    assert len({h.household.id for h in network.hub.search.search(HEAD.nik)}) == 2, "nothing merged"
