"""The person dialog, filled by keyboard: stored fields, blocking errors, and warnings asked about once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from puskesos_desktop.core.model import HouseholdDraft, PersonDraft
from puskesos_desktop.ui.dialogs.person_dialog import PersonDialog

from tests.ui.form_answers import assert_fully_shown

HEAD_NIK = "3201051505900001"  # SUPARMAN, head of the `household_id` fixture
WIFE_NIK = "3201055507920003"  # a woman born 15-07-1992


@pytest.fixture
def questions(monkeypatch):
    """Answers every "Save anyway?" with `answers[0]` and records the questions asked."""
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, answers


def _open(services, household_id, keyboard, qtbot, person=None) -> PersonDialog:
    dialog = keyboard.show(PersonDialog(services.households, household_id, person))
    dialog.nik.setFocus()
    qtbot.waitUntil(dialog.nik.hasFocus)
    return dialog


def test_new_member_typed_by_keyboard_is_stored(services, household_id, qtbot, keyboard, questions):
    dialog = _open(services, household_id, keyboard, qtbot)
    keyboard.fill(WIFE_NIK)                       # sex and birth date come from the NIK
    assert dialog.birth_date.text() == "15-07-1992"
    keyboard.fill("Siti Aminah")
    keyboard.type("I")                            # ISTRI
    keyboard.tab(2)                               # sex already Perempuan
    keyboard.fill("Bogor")
    keyboard.tab(2)                               # birth date kept, status Hidup
    keyboard.type("K")                            # KAWIN
    keyboard.tab()
    keyboard.type("I")                            # ISLAM
    keyboard.tab()
    keyboard.type("SLTA")                         # SLTA/SEDERAJAT
    keyboard.tab()
    keyboard.type("M")                            # MENGURUS RUMAH TANGGA
    keyboard.tab()
    keyboard.fill("0812 3456 7890")
    keyboard.fill("Aminah")
    keyboard.fill("Hipertensi")
    keyboard.tab()                                # past "Fisik"
    keyboard.key(Qt.Key.Key_Space)                # Netra
    keyboard.tab(5)                               # to the PPKS list
    assert keyboard.focused() is dialog.ppks
    keyboard.key(Qt.Key.Key_Down, 7)              # Lanjut Usia Terlantar (8th)
    keyboard.key(Qt.Key.Key_Space)
    keyboard.key(Qt.Key.Key_Return)

    assert questions[0] == []                     # nothing doubtful, nothing asked
    stored = next(m for m in services.households.get(household_id).members if m.id == dialog.saved_id)
    assert (stored.nik, stored.name, stored.relationship, stored.sex) == (WIFE_NIK, "SITI AMINAH", "ISTRI", "P")
    assert (stored.birth_place, stored.birth_date) == ("BOGOR", dt.date(1992, 7, 15))
    assert (stored.marital_status, stored.religion) == ("KAWIN", "ISLAM")
    assert (stored.education, stored.occupation) == ("SLTA/SEDERAJAT", "MENGURUS RUMAH TANGGA")
    assert (stored.phone, stored.mother_name, stored.chronic_illness) == ("0812 3456 7890", "AMINAH", "Hipertensi")
    assert stored.disabilities == ("netra",) and stored.ppks == ("LUT",) and stored.life_status == "hidup"


def test_short_nik_and_empty_name_are_shown_and_nothing_is_saved(services, household_id, qtbot, keyboard):
    dialog = _open(services, household_id, keyboard, qtbot)
    keyboard.fill("320105550792000")              # 15 digits
    assert "16 digit" in dialog.checks.messages["nik"].text()
    assert not dialog.checks.messages["name"].isVisible()   # not judged before the operator gets there
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.checks.messages["name"].isVisible()
    assert "wajib" in dialog.checks.messages["name"].text()
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.nik.hasFocus()
    assert len(services.households.get(household_id).members) == 1


def test_a_nik_registered_elsewhere_names_the_other_household(services, household_id, qtbot, keyboard):
    other = services.households.create(HouseholdDraft(no_kk="3201051511200002")).id
    dialog = _open(services, other, keyboard, qtbot)
    keyboard.fill(HEAD_NIK)
    keyboard.fill("Suparman Lain")
    keyboard.key(Qt.Key.Key_Return)

    text = dialog.checks.messages["nik"].text()
    assert "sudah terdaftar" in text and "SUPARMAN" in text and "3201••••••••0001" in text
    assert dialog.saved_id is None and services.households.get(other).members == ()


def test_birth_date_differing_from_the_nik_is_saved_after_one_confirmation(
        services, household_id, qtbot, keyboard, questions):
    asked, _ = questions
    dialog = _open(services, household_id, keyboard, qtbot)
    keyboard.fill(WIFE_NIK)
    keyboard.fill("Siti Aminah")
    keyboard.type("I")
    keyboard.tab(3)                               # to the birth date, past sex and place
    keyboard.fill("16-07-1992")
    assert dialog.checks.messages["nik"].isVisible()
    assert "Menurut NIK" in dialog.checks.messages["nik"].text()
    keyboard.key(Qt.Key.Key_Return)

    assert len(asked) == 1 and "15-07-1992" in asked[0]
    stored = services.households.get(household_id).members
    assert any(m.birth_date == dt.date(1992, 7, 16) and m.id == dialog.saved_id for m in stored)


def test_declining_the_warning_keeps_the_dialog_open(services, household_id, qtbot, keyboard, questions):
    asked, answers = questions
    answers[0] = QMessageBox.StandardButton.No
    dialog = _open(services, household_id, keyboard, qtbot)
    keyboard.fill(WIFE_NIK)
    keyboard.fill("Siti Aminah")
    keyboard.type("K")                            # a second KEPALA KELUARGA
    keyboard.key(Qt.Key.Key_Return)

    assert len(asked) == 1 and "kepala keluarga" in asked[0]
    assert dialog.checks.messages["relationship"].isVisible()
    assert dialog.isVisible() and dialog.saved_id is None
    assert len(services.households.get(household_id).members) == 1


def test_editing_a_member_updates_it(services, household_id, qtbot, keyboard, questions):
    head = services.households.get(household_id).members[0]
    dialog = _open(services, household_id, keyboard, qtbot, person=head)
    assert dialog.name.text() == "SUPARMAN" and dialog.birth_date.text() == "15-05-1990"
    dialog.phone.setFocus()
    qtbot.waitUntil(dialog.phone.hasFocus)
    keyboard.type("081299990000")
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.saved_id == head.id
    assert services.households.get(household_id).members[0].phone == "081299990000"
    assert questions[0] == []


def test_the_excel_message_is_shown_whole(services, household_id, qtbot, keyboard):
    dialog = _open(services, household_id, keyboard, qtbot)
    keyboard.fill("3.20101E+15")
    message = dialog.checks.messages["nik"]
    assert message.text().startswith("NIK '3.20101E+15' rusak oleh Excel.")
    assert message.text().endswith("Format kolom sebagai Teks lalu ketik ulang nomornya.")
    assert_fully_shown(message, dialog)
    assert not dialog.way_out.isVisible()


def _typed_duplicate(services, keyboard, qtbot, household_id: str) -> PersonDialog:
    dialog = _open(services, household_id, keyboard, qtbot)
    keyboard.fill(HEAD_NIK)                       # SUPARMAN's, in the `household_id` household
    message = dialog.checks.messages["nik"]
    assert "SUPARMAN" in message.text() and message.text().endswith("bila ia pindah KK.")
    assert_fully_shown(message, dialog)
    assert dialog.open_button.isVisible() and dialog.move_button.isVisible()
    return dialog


def test_a_duplicate_nik_opens_the_person_who_has_it(services, household_id, qtbot, keyboard):
    other = services.households.create(HouseholdDraft(no_kk="3201051511200002")).id
    dialog = _typed_duplicate(services, keyboard, qtbot, other)
    keyboard.type("Suparman")                     # typed on: leaving for the other person still asks nothing
    qtbot.keyClick(dialog.name, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)   # Open that person in Warga

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.discard_question is None
    assert dialog.open_existing.household_id == household_id and dialog.open_existing.nik == HEAD_NIK
    assert services.households.get(other).members == ()


def test_a_duplicate_nik_moves_the_person_here_by_keyboard(services, household_id, qtbot, keyboard):
    other = services.households.create(HouseholdDraft(no_kk="3201051511200002")).id
    dialog = _typed_duplicate(services, keyboard, qtbot, other)
    qtbot.keyClick(dialog.name, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)   # Move into this family…
    qtbot.waitUntil(lambda: dialog.move_dialog is not None and dialog.move_dialog.isVisible())
    move = dialog.move_dialog
    assert "SUPARMAN" in move.findChild(QLabel).text()
    assert move.empty_note.isVisible()            # he is the only member of his household
    move.relationship.setFocus()
    qtbot.waitUntil(move.relationship.hasFocus)
    assert move.relationship.currentData() == ""  # a head is not kept head elsewhere without asking
    keyboard.type("ORANG")                        # ORANGTUA
    keyboard.key(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted
    [moved] = services.households.get(other).members
    assert (moved.nik, moved.relationship, moved.id) == (HEAD_NIK, "ORANGTUA", dialog.saved_id)
    assert services.households.get(household_id).members == ()


def test_editing_someone_to_a_duplicate_nik_offers_only_to_open(services, household_id, qtbot, keyboard):
    other = services.households.create(
        HouseholdDraft(no_kk="3201051511200002"),
        (PersonDraft(nik=WIFE_NIK, name="Siti", relationship="KEPALA KELUARGA", sex="P",
                     birth_date=dt.date(1992, 7, 15)),)).id
    siti = services.households.get(other).members[0]
    dialog = _open(services, other, keyboard, qtbot, person=siti)
    dialog.nik.selectAll()
    keyboard.fill(HEAD_NIK)
    assert dialog.open_button.isVisible() and not dialog.move_button.isVisible()
    assert "satu orang hanya terdaftar sekali" in dialog.checks.messages["nik"].text()


def test_an_operator_reads_terbatas_and_a_save_keeps_what_is_hidden(services, household_id, qtbot, keyboard,
                                                                     questions):
    from dataclasses import replace

    from tests.services.test_referrals import sign_in

    stored = services.households.get(household_id).members[0]
    services.households.update_person(stored.id, replace(stored.draft(), ppks=("FM", "KPN"), chronic_illness="TBC"))
    sign_in(services, "budi", "operator")
    head = services.households.get(household_id).members[0]
    dialog = _open(services, household_id, keyboard, qtbot, person=head)

    assert dialog.chronic_illness.text() == "terbatas" and dialog.chronic_illness.isReadOnly()
    items = [dialog.ppks.item(row) for row in range(dialog.ppks.count())]
    shown = {item.data(Qt.ItemDataRole.UserRole) for item in items}
    assert "KPN" not in shown and "ODHA" not in shown and "FM" in shown
    assert items[-1].text().endswith(": terbatas") and not items[-1].flags() & Qt.ItemFlag.ItemIsEnabled
    assert "NAPZA" not in " ".join(item.text() for item in items)

    dialog.phone.setFocus()
    qtbot.waitUntil(dialog.phone.hasFocus)
    keyboard.type("0812 9999 0000")
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.saved_id == head.id

    services.operators.logout()  # the office again, which sees everything
    after = services.households.get(household_id).members[0]
    assert (after.phone, after.ppks, after.chronic_illness) == ("0812 9999 0000", ("FM", "KPN"), "TBC")
