"""Pengaturan › Katalog: services and institutions listed for all, added and changed by an administrator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from puskesos_desktop.core.referral_model import DocumentItem
from puskesos_desktop.ui.dialogs.catalogue_dialogs import InstitutionDialog, ServiceDialog
from puskesos_desktop.ui.models.catalogue_models import (
    INACTIVE_COLOUR, S_CODE, S_INSTITUTION, S_NAME, ServiceTableModel,
)
from puskesos_desktop.ui.pages import catalogue_page
from puskesos_desktop.ui.pages.catalogue_page import INSTITUTIONS_TAB, SERVICES_TAB, CataloguePage

from tests.ui.form_answers import answer, escape_asks

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _page(keyboard, services) -> CataloguePage:
    page = CataloguePage(services.catalogue, services.operators)
    page.resize(1000, 600)
    return keyboard.show(page, focus=page.service_table)


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


class OpenedDialogs(list):
    """The dialogs the page opened; `fill` is what the operator does in each before it closes."""

    def fill(self, dialog) -> None:
        pass


@pytest.fixture
def dialogs(monkeypatch, keyboard) -> OpenedDialogs:
    """Catalogue dialogs open without a modal loop: shown, filled by `dialogs.fill`, closed by its keys."""
    opened = OpenedDialogs()

    def exec_(dialog):
        opened.append(dialog)
        keyboard.show(dialog)
        opened.fill(dialog)
        return dialog.result()

    monkeypatch.setattr(catalogue_page.ServiceDialog, "exec", exec_)
    monkeypatch.setattr(catalogue_page.InstitutionDialog, "exec", exec_)
    return opened


def test_model_greys_inactive_entries_and_names_their_institution(services):
    services.catalogue.set_service_active("PKH", False)
    model = ServiceTableModel()
    model.set_rows(services.catalogue.services(), services.catalogue.institutions())
    pkh = model.row_of("PKH")
    assert model.index(pkh, S_NAME).data() == "Program Keluarga Harapan (PKH) (inactive)"
    assert model.index(pkh, S_NAME).data(Qt.ItemDataRole.ForegroundRole) == INACTIVE_COLOUR
    assert model.index(pkh, S_INSTITUTION).data() == "Dinas Sosial Kabupaten"
    sembako = model.row_of("SEMBAKO")
    assert "(inactive)" not in model.index(sembako, S_NAME).data()
    assert model.index(sembako, S_NAME).data(Qt.ItemDataRole.ForegroundRole) is None


def test_add_a_service_by_keyboard(qtbot, keyboard, services, dialogs):
    def fill(dialog: ServiceDialog) -> None:
        assert dialog.focusWidget() is dialog.code
        keyboard.fill("kartu_lansia")
        keyboard.fill("Bantuan Lanjut Usia Daerah")
        keyboard.key(Qt.Key.Key_Up)  # owner: kabupaten → provinsi
        keyboard.tab()
        keyboard.fill("Dinas Sosial Provinsi")
        keyboard.type("d")  # the first institution starting with D, then down the list to Dinas Sosial
        keyboard.key(Qt.Key.Key_Down, 3)
        assert dialog.institution.currentText() == "Dinas Sosial Kabupaten"
        keyboard.tab()
        assert dialog.focusWidget() is dialog.documents
        keyboard.key(Qt.Key.Key_Space)  # KK
        keyboard.key(Qt.Key.Key_Down)
        keyboard.key(Qt.Key.Key_Space)  # KTP
        keyboard.tab()
        keyboard.type("usia 60 tahun ke atas")
        with qtbot.waitSignal(dialog.accepted):
            keyboard.key(Qt.Key.Key_Return)

    dialogs.fill = fill
    page = _page(keyboard, services)
    _press(qtbot, Qt.Key.Key_N, CTRL)
    assert len(dialogs) == 1
    stored = services.catalogue.service("KARTU_LANSIA")
    assert (stored.name, stored.owner_level, stored.agency, stored.default_institution, stored.eligibility) == (
        "Bantuan Lanjut Usia Daerah", "provinsi", "Dinas Sosial Provinsi", "DINSOS", "usia 60 tahun ke atas")
    assert stored.documents == (DocumentItem("KK", "Fotokopi Kartu Keluarga (KK)"), DocumentItem("KTP", "Fotokopi KTP-el"))
    assert dialogs[0].saved == stored
    assert page.selected() == stored and page.service_model.index(
        page.service_table.currentIndex().row(), S_CODE).data() == "KARTU_LANSIA"


def test_edit_an_institutions_addressee(qtbot, keyboard, services, dialogs):
    def fill(dialog: InstitutionDialog) -> None:
        assert dialog.code.isReadOnly() and dialog.code.text() == "PUSKESMAS"
        assert dialog.focusWidget() is dialog.name
        keyboard.tab(2)
        assert dialog.focusWidget() is dialog.addressee
        dialog.addressee.selectAll()
        keyboard.type("Kepala UPTD Puskesmas Bojong")
        with qtbot.waitSignal(dialog.accepted):
            keyboard.key(Qt.Key.Key_Return)

    dialogs.fill = fill
    page = _page(keyboard, services)
    _press(qtbot, Qt.Key.Key_I, ALT)
    assert page.tabs.currentIndex() == INSTITUTIONS_TAB
    page.institution_table.setFocus()
    page.select_code("PUSKESMAS")
    keyboard.key(Qt.Key.Key_Return)
    assert len(dialogs) == 1
    puskesmas = {i.code: i for i in services.catalogue.institutions()}["PUSKESMAS"]
    assert (puskesmas.addressee, puskesmas.name, puskesmas.place) == (
        "Kepala UPTD Puskesmas Bojong", "Puskesmas Kecamatan", "Tempat")
    assert page.selected() == puskesmas


def test_deactivate_then_activate_a_service(qtbot, keyboard, services):
    page = _page(keyboard, services)
    page.select_code("PKH")
    assert page.toggle_button.text() == "&Deactivate"
    with qtbot.waitSignal(page.toggle_button.clicked):  # a mnemonic clicks after the button shows it is pressed
        _press(qtbot, Qt.Key.Key_D, ALT)
    assert not services.catalogue.service("PKH").active
    assert "PKH" not in {e.code for e in services.catalogue.services(active_only=True)}
    assert page.selected().code == "PKH" and "(inactive)" in page.service_model.index(
        page.service_table.currentIndex().row(), S_NAME).data()
    assert page.toggle_button.text() == "Ac&tivate"
    with qtbot.waitSignal(page.toggle_button.clicked):
        _press(qtbot, Qt.Key.Key_T, ALT)
    assert services.catalogue.service("PKH").active
    assert page.toggle_button.text() == "&Deactivate"


def test_empty_name_is_shown_next_to_the_field_and_nothing_is_stored(qtbot, keyboard, services):
    before = services.catalogue.services()
    dialog = keyboard.show(ServiceDialog(services.catalogue, services.catalogue.service("PKH")))
    dialog.name.selectAll()
    keyboard.key(Qt.Key.Key_Delete)
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    message = dialog.messages["name"]
    assert message.isVisible() and message.text() == "Nama wajib diisi."
    assert dialog.focusWidget() is dialog.name
    assert services.catalogue.services() == before
    keyboard.type("PKH")  # typing clears the message
    assert not message.isVisible()


def test_new_service_without_institution_or_with_a_bad_code_says_where(qtbot, keyboard, services):
    dialog = keyboard.show(ServiceDialog(services.catalogue, None))
    keyboard.fill("pkh baru")
    keyboard.type("PKH Plus")
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.messages["code"].isVisible() and dialog.messages["default_institution"].isVisible()
    assert dialog.focusWidget() is dialog.code
    assert "PKH_BARU" not in {e.code for e in services.catalogue.services()}


def test_empty_institution_addressee_is_refused_and_esc_cancels(qtbot, keyboard, services):
    before = services.catalogue.institutions()
    dialog = keyboard.show(InstitutionDialog(services.catalogue, None))
    assert dialog.place.text() == "Tempat"
    keyboard.fill("posyandu")
    keyboard.fill("Posyandu Mawar")
    keyboard.type("kesehatan")
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.messages["addressee"].isVisible() and dialog.focusWidget() is dialog.addressee
    with qtbot.waitSignal(dialog.rejected):
        answer(qtbot, escape_asks(qtbot, keyboard, dialog), Qt.Key.Key_Y)   # discard what was typed
    assert dialog.saved is None and services.catalogue.institutions() == before


def test_a_signed_in_operator_sees_the_lists_but_no_buttons(qtbot, keyboard, services, dialogs):
    services.operators.add("rina", "sandi-rina-123", "operator", "Rina")
    services.operators.login("rina", "sandi-rina-123")
    page = _page(keyboard, services)
    assert page.service_model.rowCount() == len(services.catalogue.services())
    assert page.institution_model.rowCount() == len(services.catalogue.institutions())
    assert not any(b.isVisible() for b in (page.add_button, page.edit_button, page.toggle_button))
    assert page.read_only_note.isVisible()
    _press(qtbot, Qt.Key.Key_N, CTRL)
    keyboard.key(Qt.Key.Key_Return)
    assert dialogs == []
    page.toggle_active()
    assert all(e.active for e in services.catalogue.services())


def test_the_admin_sees_the_buttons_and_no_note(keyboard, services):
    page = _page(keyboard, services)
    assert all(b.isVisible() for b in (page.add_button, page.edit_button, page.toggle_button))
    assert not page.read_only_note.isVisible()
    assert page.tabs.currentIndex() == SERVICES_TAB and page.selected() is not None
