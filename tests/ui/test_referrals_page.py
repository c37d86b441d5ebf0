"""Rujukan page by keyboard: filter, approve (koordinator only), cancel, letter preview, batch print and Cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton

from puskesos_desktop.core.referrals import ReferralStatus
from puskesos_desktop.ui.models.referral_table_model import NUMBER, STATUS
from puskesos_desktop.ui.pages import referrals_page
from puskesos_desktop.ui.pages.referrals_page import ReferralsPage

from tests.services.test_referrals import DAY, approved, draft_for, household_and_head, sign_in

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def previews(monkeypatch) -> list[dict]:
    """Every PDF preview the page opens, without a modal: title, bytes and on_output."""
    seen: list[dict] = []

    class Preview(referrals_page.PdfPreviewDialog):
        def __init__(self, title, pdf, *, on_output=None, parent=None, **kwargs):
            super().__init__(title, pdf, on_output=on_output, parent=parent, **kwargs)
            seen.append({"title": title, "pdf": pdf, "on_output": on_output, **kwargs})

        def exec(self):
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(referrals_page, "PdfPreviewDialog", Preview)
    return seen


@pytest.fixture
def boxes(monkeypatch) -> dict[str, list[str]]:
    """Message boxes answered Yes and recorded, never shown."""
    said: dict[str, list[str]] = {"question": [], "information": [], "warning": []}

    def answer(kind, reply=None):
        def box(_parent, _title, text, *args, **kwargs):
            said[kind].append(text)
            return reply
        return box

    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", answer("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", QMessageBox.StandardButton.Ok))
    return said


def _page(services) -> ReferralsPage:
    return ReferralsPage(services.referrals, services.letters, services.catalogue, services.households,
                         services.search, services.operators)


def _shown(keyboard, services) -> ReferralsPage:
    page = _page(services)
    keyboard.show(page, focus=page.table)
    page.focus_list()
    return page


def _cell(page, column: int) -> str:
    return page.model.data(page.model.index(page.table.currentIndex().row(), column))


def test_approve_a_draft_by_keyboard_shows_its_new_number(services, keyboard, qtbot, boxes):
    _, pid = household_and_head(services)
    approved(services, pid)
    draft = services.referrals.create_draft(draft_for(pid), today=DAY)
    services.referrals.create_draft(draft_for(pid, service_code="PKH", documents=()), today=DAY)
    page = _shown(keyboard, services)
    assert page.status.text() == "3 referrals"
    keyboard.key(Qt.Key.Key_Down)  # newest first: the second row is `draft`
    assert page.current_row().id == draft.id and page.approve_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL_SHIFT)
    assert "letter number will be issued" in boxes["question"][0]
    number = services.referrals.get(draft.id).letter_number
    assert number and number in boxes["information"][0]
    assert page.current_row().id == draft.id  # still selected after the refresh
    assert _cell(page, NUMBER) == number
    assert _cell(page, STATUS) == "Disetujui"
    assert not page.approve_button.isEnabled()


def test_saying_no_to_the_confirmation_issues_no_number(services, keyboard, qtbot, boxes, monkeypatch):
    _, pid = household_and_head(services)
    draft = services.referrals.create_draft(draft_for(pid), today=DAY)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page = _shown(keyboard, services)
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL_SHIFT)
    assert services.referrals.get(draft.id).status is ReferralStatus.DRAF
    assert _cell(page, NUMBER) == "—" and boxes["information"] == []


def test_an_operator_cannot_approve(services, keyboard, qtbot, boxes):
    _, pid = household_and_head(services)
    sign_in(services, "siti", "operator")
    draft = services.referrals.create_draft(draft_for(pid), today=DAY)
    page = _shown(keyboard, services)
    assert page.current_row().id == draft.id
    assert not page.approve_button.isEnabled()
    assert "koordinator" in page.approve_button.toolTip()
    assert page.edit_button.isEnabled() and page.cancel_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL_SHIFT)
    assert boxes["question"] == []
    assert services.referrals.get(draft.id).status is ReferralStatus.DRAF


def test_a_koordinator_can_approve(services, keyboard, boxes):
    _, pid = household_and_head(services)
    services.referrals.create_draft(draft_for(pid), today=DAY)
    sign_in(services, "kades", "koordinator")
    page = _shown(keyboard, services)
    assert page.approve_button.isEnabled() and page.approve_button.toolTip() == ""


def test_filter_by_status_and_count(services, keyboard, boxes):
    _, pid = household_and_head(services)
    for _ in range(2):
        approved(services, pid)
    services.referrals.create_draft(draft_for(pid), today=DAY)
    page = _shown(keyboard, services)
    page.filter.setCurrentIndex(page.filter.findData(ReferralStatus.DISETUJUI))
    assert page.status.text() == "2 referrals"
    assert page.current_row().status is ReferralStatus.DISETUJUI
    assert page.filter.itemText(1) == "Waiting for approval (draf)"
    assert page.filter.findText("Dibatalkan") > 0  # the other statuses, by their Indonesian label


def test_cancel_asks_for_a_note_and_keeps_the_selection(services, keyboard, qtbot, boxes, monkeypatch):
    _, pid = household_and_head(services)
    draft = services.referrals.create_draft(draft_for(pid), today=DAY)
    services.referrals.create_draft(draft_for(pid), today=DAY)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda _p, _t, label, *a, **k: asked.append(label) or ("salah orang", True))
    page = _shown(keyboard, services)
    keyboard.key(Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and services.referrals.get(draft.id).status is ReferralStatus.DIBATALKAN
    assert page.current_row().id == draft.id and _cell(page, STATUS) == "Dibatalkan"
    assert not page.cancel_button.isEnabled() and not page.edit_button.isEnabled()


def test_cancel_dismissed_changes_nothing(services, keyboard, qtbot, boxes, monkeypatch):
    _, pid = household_and_head(services)
    draft = services.referrals.create_draft(draft_for(pid), today=DAY)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    page = _shown(keyboard, services)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert services.referrals.get(draft.id).status is ReferralStatus.DRAF


def test_a_draft_has_no_letter_yet(services, keyboard, qtbot, boxes, previews):
    _, pid = household_and_head(services)
    services.referrals.create_draft(draft_for(pid), today=DAY)
    page = _shown(keyboard, services)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert previews == [] and "draft" in boxes["information"][0]


def test_letter_preview_logs_nothing_until_printed(services, keyboard, qtbot, boxes, previews):
    _, pid = household_and_head(services)
    done = approved(services, pid)
    page = _shown(keyboard, services)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [preview] = previews
    assert preview["pdf"].startswith(b"%PDF") and done.letter_number in preview["title"]
    assert services.referrals.get(done.id).print_count == 0
    number = done.letter_number.replace("/", "-")
    assert preview["file_name"] == f"Surat_Rujukan_{number}_MUHAMAD_JOKO.pdf", "not '2026.pdf'"
    assert preview["will_be_copy"]() is False
    assert preview["on_output"]().startswith(b"%PDF")  # what Print/Save does
    assert services.referrals.get(done.id).print_count == 1
    assert preview["will_be_copy"]() is True, "the next print or save is a SALINAN"
    page.refresh()
    assert _cell(page, STATUS) == "Dicetak" and page.outcome_button.isEnabled()


def test_enter_on_a_draft_opens_it_for_editing(services, keyboard, qtbot, boxes, monkeypatch):
    _, pid = household_and_head(services)
    draft = services.referrals.create_draft(draft_for(pid), today=DAY)
    opened = []

    class Dialog(QDialog):
        def __init__(self, referrals, *args, referral=None, parent=None, **kwargs):
            super().__init__(parent)
            opened.append(referral)
            self.saved = referral or referrals.create_draft(draft_for(pid), today=DAY)

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(referrals_page, "ReferralDialog", Dialog)
    page = _shown(keyboard, services)
    keyboard.key(Qt.Key.Key_Return)
    assert [r.id for r in opened] == [draft.id]
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened[-1] is None  # a new referral: no person chosen yet
    assert page.status.text() == "2 referrals"
    assert page.current_row().id == services.referrals.rows()[0].id  # the new one, at the top, selected


def test_print_all_approved_logs_each_letter_once(services, keyboard, qtbot, boxes, previews):
    _, pid = household_and_head(services)
    ids = [approved(services, pid).id for _ in range(30)]
    page = _shown(keyboard, services)
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL_SHIFT)
    assert page.batch_job is not None and not page.batch_button.isEnabled()
    qtbot.waitUntil(lambda: page.batch_job is None, timeout=60_000)
    assert [services.referrals.get(i).print_count for i in ids] == [1] * 30
    [preview] = previews
    assert preview["on_output"] is None and preview["pdf"].startswith(b"%PDF")
    assert "30 letters printed and logged" in page.notice.text()
    assert services.letters.printable_ids() == []
    assert page.batch_button.isEnabled()


@pytest.mark.parametrize("how", ["button", "escape"])
def test_a_batch_cancelled_at_once_logs_nothing(services, keyboard, qtbot, boxes, previews, how):
    _, pid = household_and_head(services)
    ids = [approved(services, pid).id for _ in range(5)]
    page = _shown(keyboard, services)
    page.batch_button.click()
    if how == "button":
        page.progress.findChild(QPushButton).click()
    else:  # Esc hides a progress dialog without its `canceled` signal: it must cancel all the same
        qtbot.keyClick(page.progress, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.batch_job is None, timeout=60_000)
    assert page.notice.text().startswith("Pencetakan dibatalkan")
    assert previews == []
    assert [services.referrals.get(i).print_count for i in ids] == [0] * 5
    assert {services.referrals.get(i).status for i in ids} == {ReferralStatus.DISETUJUI}


def test_nothing_to_print_says_so(services, keyboard, boxes, previews):
    page = _shown(keyboard, services)
    page.batch_button.click()
    assert page.batch_job is None and "No approved letter" in page.notice.text()
    assert page.status.text() == "0 referrals" and not page.letter_button.isEnabled()


def test_the_real_referral_dialog_opens_on_the_draft(services, keyboard, boxes, monkeypatch):
    _, pid = household_and_head(services)
    draft = services.referrals.create_draft(draft_for(pid), today=DAY)
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        return QDialog.DialogCode.Rejected  # Esc: nothing saved

    monkeypatch.setattr(referrals_page.ReferralDialog, "exec", exec_)
    page = _shown(keyboard, services)
    keyboard.key(Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].saved is None
    assert services.referrals.get(draft.id) == draft and page.current_row().id == draft.id


def test_a_letter_of_a_household_that_withdrew_consent_asks_before_it_opens(services, keyboard, qtbot, previews,
                                                                            monkeypatch):
    from puskesos_desktop.core.consent import ConsentDraft

    hid, pid = household_and_head(services)
    done = approved(services, pid)
    consent = services.consent.record(ConsentDraft(household_id=hid, given_by_id=pid, given_on=DAY), today=DAY)
    services.consent.withdraw(consent.id, DAY)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No)
    page = ReferralsPage(services.referrals, services.letters, services.catalogue, services.households,
                         services.search, services.operators, consent=services.consent)
    keyboard.show(page, focus=page.table)
    page.focus_list()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked and "menarik persetujuan" in asked[0] and previews == []  # No: nothing opened
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(previews) == 1 and done.letter_number in previews[0]["title"]
