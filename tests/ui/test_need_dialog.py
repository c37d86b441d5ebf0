"""The need dialog, filled by keyboard: what it stores, and what it refuses next to the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from puskesos_desktop.core.dates import format_short
from puskesos_desktop.core.referrals import NeedStatus, Urgency
from puskesos_desktop.ui.dialogs.need_dialog import NeedDialog


def open_dialog(services, household_id, keyboard) -> NeedDialog:
    household = services.households.get(household_id)
    dialog = NeedDialog(services.needs, services.catalogue, household, household.members)
    return keyboard.show(dialog, focus=dialog.person)


def test_need_typed_by_keyboard_is_stored(services, household_id, keyboard, today):
    dialog = open_dialog(services, household_id, keyboard)
    assert "SUPARMAN" in dialog.household_label.text() and "3201••••••••0001" in dialog.household_label.text()
    three_days_ago = today - dt.timedelta(days=3)
    keyboard.type("S")                        # for: SUPARMAN, not the whole household
    keyboard.tab()
    keyboard.type("Adm")                      # category: Administrasi kependudukan
    keyboard.tab()
    keyboard.type("Akta lahir anak belum ada")
    keyboard.tab()                            # Tab leaves the description, it inserts no tab
    keyboard.type("D")                        # urgency: Darurat
    keyboard.tab()
    keyboard.type(format_short(three_days_ago))  # the date field is selected on Tab: typing replaces it
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.result() == dialog.DialogCode.Accepted
    need = services.needs.get(dialog.saved_id)
    head = services.households.get(household_id).head
    assert (need.household_id, need.person_id, need.service_code) == (household_id, head.id, "ADMINDUK")
    assert need.description == "Akta lahir anak belum ada"
    assert (need.urgency, need.status, need.recorded_on) == (Urgency.DARURAT, NeedStatus.TERBUKA, three_days_ago)


def test_whole_household_today_by_default(services, household_id, keyboard, today):
    dialog = open_dialog(services, household_id, keyboard)
    keyboard.tab()
    keyboard.type("PB")                       # PBI-JK / KIS PBI
    keyboard.tab()
    keyboard.type("KIS nonaktif")
    keyboard.tab()
    keyboard.key(Qt.Key.Key_Return)

    need = services.needs.get(dialog.saved_id)
    assert (need.person_id, need.service_code, need.urgency) == (None, "PBI_JK", Urgency.BIASA)
    assert need.recorded_on == today


def test_empty_form_shows_messages_and_stores_nothing(services, household_id, keyboard):
    dialog = open_dialog(services, household_id, keyboard)
    dialog.recorded_on.setFocus()
    dialog.recorded_on.selectAll()
    keyboard.type("31-02-2026")               # no such day
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.saved_id is None
    assert "katalog" in dialog.checks.messages["service_code"].text()
    assert "wajib" in dialog.checks.messages["description"].text()
    assert dialog.checks.messages["recorded_on"].isVisible()
    assert dialog.category.hasFocus()         # the first field in error
    assert services.needs.list() == []
