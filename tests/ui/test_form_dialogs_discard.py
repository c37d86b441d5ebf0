"""Every data-entry dialog asks "Discard changes?" on Escape once something was typed, and only then."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from puskesos_desktop.ui.dialogs import (
    catalogue_dialogs, complaint_action_dialog, complaint_dialog, household_dialog, need_dialog, office_dialog,
    operator_dialog, outcome_dialog, person_dialog, referral_dialog,
)
from puskesos_desktop.ui.dialogs.move_person_dialog import MovePersonDialog
from puskesos_desktop.ui.widgets.form_dialog import FormDialog

from tests.ui.form_answers import answer, escape_asks


def _build(name, sv, household_id):
    household = sv.households.get(household_id)
    return {
        "household": lambda: household_dialog.HouseholdDialog(sv.households, household),
        "person": lambda: person_dialog.PersonDialog(sv.households, household_id, household.members[0]),
        "need": lambda: need_dialog.NeedDialog(sv.needs, sv.catalogue, household, household.members),
        "complaint": lambda: complaint_dialog.ComplaintDialog(sv.complaints, sv.search, sv.households,
                                                              household=household),
        "referral": lambda: referral_dialog.ReferralDialog(sv.referrals, sv.letters, sv.catalogue, sv.households,
                                                           sv.search, person=household.members[0]),
        "office": lambda: office_dialog.OfficeDialog(sv.setup, sv.setup.office()),
        "operator": lambda: operator_dialog.OperatorDialog(sv.operators),
        "service": lambda: catalogue_dialogs.ServiceDialog(sv.catalogue, None),
        "institution": lambda: catalogue_dialogs.InstitutionDialog(sv.catalogue, None),
    }[name]()


DIALOGS = ["household", "person", "need", "complaint", "referral", "office", "operator", "service", "institution"]


def _first_text_field(dialog) -> QLineEdit | QPlainTextEdit:
    """The first field that takes two more characters (a line, else a text box)."""
    def usable(e) -> bool:
        return e.isVisible() and e.isEnabled() and not e.isReadOnly() and e.window() is dialog
    lines = [e for e in dialog.findChildren(QLineEdit) if usable(e) and len(e.text()) + 2 <= e.maxLength()]
    return (lines or [e for e in dialog.findChildren(QPlainTextEdit) if usable(e)])[0]


def _text(field) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _opened(keyboard, qtbot, dialog):
    keyboard.show(dialog)
    field = _first_text_field(dialog)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return dialog


@pytest.mark.parametrize("name", DIALOGS)
def test_escape_closes_an_unchanged_form_and_asks_for_a_changed_one(name, services, household_id, qtbot, keyboard):
    untouched = _opened(keyboard, qtbot, _build(name, services, household_id))
    keyboard.key(Qt.Key.Key_Escape)
    assert not untouched.isVisible() and untouched.discard_question is None

    dialog = _opened(keyboard, qtbot, _build(name, services, household_id))
    field = keyboard.focused()
    keyboard.type("12")
    answer(qtbot, escape_asks(qtbot, keyboard, dialog), Qt.Key.Key_N)      # No: keep typing
    assert dialog.isVisible() and "12" in _text(field)
    answer(qtbot, escape_asks(qtbot, keyboard, dialog), Qt.Key.Key_Y)      # Yes: thrown away
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected


def test_every_form_dialog_shares_the_question():
    forms = (household_dialog.HouseholdDialog, person_dialog.PersonDialog, need_dialog.NeedDialog,
             complaint_dialog.ComplaintDialog, complaint_action_dialog.ComplaintActionDialog,
             referral_dialog.ReferralDialog, outcome_dialog.OutcomeDialog, office_dialog.OfficeDialog,
             operator_dialog.OperatorDialog, operator_dialog.ResetPasswordDialog, catalogue_dialogs.ServiceDialog,
             catalogue_dialogs.InstitutionDialog, MovePersonDialog)
    assert [f.__name__ for f in forms if not issubclass(f, FormDialog)] == []
