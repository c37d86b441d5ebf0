"""The referral dialog, filled by keyboard: the draft it stores, what it refuses, editing, the documents slip."""

from __future__ import annotations

from io import BytesIO

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from puskesos_desktop.core.referral_model import NeedDraft, ReferralDraft
from puskesos_desktop.core.referrals import NeedStatus, ReferralStatus, Urgency
from puskesos_desktop.ui.dialogs.referral_dialog import ReferralDialog

from tests.services.helpers import register
from tests.ui.conftest import HEAD_NIK

WIFE_NIK = "3201055507920003"


def dialog_for(services, **kwargs) -> ReferralDialog:
    return ReferralDialog(services.referrals, services.letters, services.catalogue, services.households,
                          services.search, **kwargs)


def test_referral_typed_by_keyboard_is_stored(services, household_id, keyboard, qtbot):
    dialog = keyboard.show(dialog_for(services))
    qtbot.waitUntil(dialog.picker.search_box.hasFocus)
    keyboard.type(HEAD_NIK)
    keyboard.key(Qt.Key.Key_Return)           # one person found: picked at once, on to the service
    assert "SUPARMAN" in dialog.person_label.text() and "3201••••••••0001" in dialog.person_label.text()
    assert HEAD_NIK not in dialog.person_label.text()
    assert dialog.service.hasFocus()
    keyboard.type("PB")                       # PBI-JK / KIS PBI
    assert dialog.institution.currentData() == "DINSOS", "the service's addressee follows"
    keyboard.tab(2)                           # past the institution to the documents
    assert dialog.documents.hasFocus()
    keyboard.key(Qt.Key.Key_Space)            # KTP attached
    keyboard.key(Qt.Key.Key_Down)
    keyboard.key(Qt.Key.Key_Down)
    keyboard.key(Qt.Key.Key_Space)            # Surat keterangan faskes attached
    keyboard.tab()
    keyboard.type("KIS PBI nonaktif, sakit kronis")
    keyboard.tab()                            # Tab leaves the reason, it inserts no tab
    keyboard.type("S")                        # urgency: Segera
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = services.referrals.get(dialog.saved.id)
    head = services.households.get(household_id).head
    assert (stored.person_id, stored.household_id, stored.service_code) == (head.id, household_id, "PBI_JK")
    assert (stored.institution_code, stored.documents) == ("DINSOS", ("KTP", "SURAT_FASKES"))
    assert (stored.reason, stored.urgency, stored.status) == (
        "KIS PBI nonaktif, sakit kronis", Urgency.SEGERA, ReferralStatus.DRAF)


def test_name_search_lists_people_and_down_enter_picks(services, keyboard, qtbot):
    register(services)                        # MUHAMAD JOKO, his wife and child
    dialog = keyboard.show(dialog_for(services))
    keyboard.type("3201051511200001")         # the No KK: the whole household
    keyboard.key(Qt.Key.Key_Down)
    assert dialog.picker.results.hasFocus() and dialog.picker.results.topLevelItemCount() == 3
    texts = [dialog.picker.results.topLevelItem(i).text(1) for i in range(3)]
    assert all("••••" in t for t in texts), "NIKs are masked in the list"
    keyboard.key(Qt.Key.Key_Down)
    keyboard.key(Qt.Key.Key_Return)           # the second member
    assert dialog.isVisible(), "Enter in the list picks, it does not save"
    assert dialog.person is not None and dialog.person.nik == WIFE_NIK
    assert dialog.service.hasFocus()


def test_empty_form_shows_messages_and_stores_nothing(services, household_id, keyboard, qtbot):
    dialog = keyboard.show(dialog_for(services))
    keyboard.tab(2)                           # out of the search box, then Enter saves
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.saved is None
    assert "warga" in dialog.checks.messages["person_id"].text()
    assert "katalog" in dialog.checks.messages["service_code"].text()
    assert "wajib" in dialog.checks.messages["reason"].text()
    assert dialog.picker.search_box.hasFocus()  # the first field in error
    assert services.referrals.rows() == []


def test_need_prefills_and_a_changed_institution_stays(services, household_id, keyboard):
    head = services.households.get(household_id).head
    need = services.needs.record(NeedDraft(household_id=household_id, person_id=head.id, service_code="ADMINDUK",
                                           description="Akta lahir anak belum ada", urgency=Urgency.DARURAT))
    dialog = keyboard.show(dialog_for(services, need=need))
    assert dialog.person == head, "the need's person is chosen (another member can still be searched)"
    assert "SUPARMAN" in dialog.person_label.text()
    assert "Kp. Cibeureum" in dialog.person_label.text()
    assert (dialog.service.currentData(), dialog.institution.currentData()) == ("ADMINDUK", "DISDUKCAPIL")
    assert dialog.reason.toPlainText() == "Akta lahir anak belum ada"
    dialog.institution.setFocus()
    keyboard.type("Badan")                    # the operator addresses it elsewhere…
    assert dialog.institution.currentData() == "BAZNAS"
    dialog.service.setFocus()
    keyboard.type("Rehab")                    # …and a change of service (RS-Rutilahu) keeps that choice
    assert dialog.service.currentData() == "RUTILAHU" and dialog.institution.currentData() == "BAZNAS"
    dialog.save_button.setFocus()
    keyboard.key(Qt.Key.Key_Return)
    stored = services.referrals.get(dialog.saved.id)
    assert (stored.need_id, stored.service_code, stored.institution_code) == (need.id, "RUTILAHU", "BAZNAS")
    assert stored.urgency is Urgency.DARURAT


def test_editing_a_draft_updates_it(services, household_id, keyboard):
    head = services.households.get(household_id).head
    draft = services.referrals.create_draft(ReferralDraft(
        person_id=head.id, service_code="PBI_JK", reason="KIS nonaktif", documents=("KK",)))
    dialog = keyboard.show(dialog_for(services, referral=draft))
    assert dialog.windowTitle() == "Edit referral draft" and "SUPARMAN" in dialog.person_label.text()
    assert dialog.attached_documents() == ("KK",)
    dialog.reason.setFocus()
    dialog.reason.moveCursor(dialog.reason.textCursor().MoveOperation.End)
    keyboard.type(", sakit kronis")
    keyboard.tab()
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.saved.id == draft.id
    stored = services.referrals.get(draft.id)
    assert (stored.reason, stored.documents, stored.service_code) == ("KIS nonaktif, sakit kronis", ("KK",), "PBI_JK")
    assert len(services.referrals.rows()) == 1


def test_documents_slip_opens_a_pdf_preview(services, household_id, keyboard, qtbot):
    head = services.households.get(household_id).head
    dialog = keyboard.show(dialog_for(services, person=head))
    dialog.slip_button.click()                # no service yet: the slip needs one
    assert dialog.slip_dialog is None and "katalog" in dialog.checks.messages["service_code"].text()
    dialog.service.setFocus()
    keyboard.type("RUTI")                     # RS-Rutilahu: four documents
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Documents slip…
    qtbot.waitUntil(lambda: dialog.slip_dialog is not None and dialog.slip_dialog.isVisible())
    assert dialog.slip_dialog.document.pageCount() >= 1
    assert "SUPARMAN" in dialog.slip_dialog.windowTitle().upper()
    assert services.referrals.rows() == [], "a slip is not a referral"
    dialog.slip_dialog.close()
    assert QApplication.activeModalWidget() is not dialog.slip_dialog


def test_arrow_keys_move_the_choice_and_the_whole_walk_is_keyboard_only(services, keyboard, qtbot):
    """Issue 9: the highlighted member is the one chosen, so arrows (not a mouse) choose; open to saved by keys."""
    hid = register(services)                  # MUHAMAD JOKO, SITI AISYAH, RIZKI PRATAMA
    dialog = keyboard.show(dialog_for(services))
    qtbot.waitUntil(dialog.picker.search_box.hasFocus)
    keyboard.type("3201051511200001")         # the No KK: the whole household
    keyboard.key(Qt.Key.Key_Down)             # into the list: the first is chosen
    assert dialog.picker.results.hasFocus() and "MUHAMAD JOKO" in dialog.person_label.text()
    keyboard.key(Qt.Key.Key_Down)             # the arrow moves the choice
    assert dialog.person.nik == WIFE_NIK and "SITI AISYAH" in dialog.person_label.text()
    keyboard.key(Qt.Key.Key_Down)
    keyboard.key(Qt.Key.Key_Up)
    keyboard.tab()                            # Tab leaves the list with SITI chosen; no needs: on to the service
    assert dialog.service.hasFocus() and not dialog.need.isEnabled()
    keyboard.type("Adm")                      # Adminduk
    keyboard.tab(3)                           # institution, documents, reason
    keyboard.type("KTP hilang")
    keyboard.tab()
    keyboard.key(Qt.Key.Key_Return)

    stored = services.referrals.get(dialog.saved.id)
    assert (stored.person_id, stored.household_id, stored.service_code, stored.reason, stored.need_id) == (
        services.households.get(hid).members[1].id, hid, "ADMINDUK", "KTP hilang", None)


def test_a_referral_from_the_household_answers_the_members_open_need(services, household_id, keyboard):
    """Issue 9: refer a member who has an open need: the dialog offers it, and the need follows the referral."""
    head = services.households.get(household_id).head
    need = services.needs.record(NeedDraft(household_id=household_id, person_id=head.id, service_code="PBI_JK",
                                           description="KIS PBI nonaktif, sakit kronis", urgency=Urgency.SEGERA))
    dialog = keyboard.show(dialog_for(services, person=head))   # Warga → Refer member (Ctrl+R)
    assert dialog.need.hasFocus(), "open needs: the operator starts at the need to link"
    assert dialog.need.currentText() == "(not linked to a need)" and dialog.need.count() == 2
    keyboard.key(Qt.Key.Key_Down)             # the need: its service and description come with it
    assert dialog.need.currentData() == need.id
    assert (dialog.service.currentData(), dialog.reason.toPlainText()) == ("PBI_JK", "KIS PBI nonaktif, sakit kronis")
    keyboard.tab(3)                           # service, institution, documents
    keyboard.key(Qt.Key.Key_Space)            # KTP attached
    keyboard.tab(2)                           # reason (kept), urgency
    keyboard.key(Qt.Key.Key_Return)

    stored = services.referrals.get(dialog.saved.id)
    assert (stored.need_id, stored.service_code, stored.documents) == (need.id, "PBI_JK", ("KTP",))
    services.referrals.approve(stored.id)
    services.letters.print_letter(stored.id, BytesIO())
    assert services.needs.get(need.id).status is NeedStatus.DIRUJUK, "no longer Terbuka once the letter is out"
    again = dialog_for(services, person=head)
    assert again.need.currentText() == "(no open needs)" and not again.need.isEnabled()


def test_a_household_need_is_pre_selected_for_the_member_chosen(services, household_id, keyboard, qtbot):
    need = services.needs.record(NeedDraft(household_id=household_id, service_code="RUTILAHU",
                                           description="Atap rumah bocor"))
    dialog = keyboard.show(dialog_for(services, need=need))     # Kebutuhan → Refer (a need of the whole family)
    qtbot.waitUntil(dialog.picker.search_box.hasFocus)
    keyboard.key(Qt.Key.Key_Down)             # the household's members are listed: SUPARMAN is chosen
    assert "SUPARMAN" in dialog.person_label.text()
    assert dialog.need.currentData() == need.id, "started from the need: it is chosen already"
    keyboard.key(Qt.Key.Key_Return)           # confirms the member and goes on, past the chosen need
    assert dialog.service.hasFocus() and dialog.service.currentData() == "RUTILAHU"
    keyboard.tab(5)                           # to the Save button
    keyboard.key(Qt.Key.Key_Return)
    assert services.referrals.get(dialog.saved.id).need_id == need.id
