"""A person's right of access (issue 11 §6): everything held about them, printed and logged."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from puskesos_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from puskesos_desktop.core.referral_model import ComplaintDraft, ComplaintKind, NeedDraft, ReferralDraft
from tests.pdf_tools import pdf_text
from tests.services.helpers import CHILD, HEAD, WIFE, register

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def head(services):
    household_id = register(services)
    head = services.households.get(household_id).head
    services.needs.record(NeedDraft(household_id=household_id, person_id=head.id, service_code="PBI_JK",
                                    description="KIS tidak aktif"), today=DAY)
    services.complaints.record(ComplaintDraft(
        kind=ComplaintKind.PENGADUAN, category="bansos", description="Bantuan belum diterima",
        reporter_name="Ibu Warsih", reporter_relationship="tetangga", received_on=DAY, household_id=household_id),
        today=DAY)
    draft = services.referrals.create_draft(ReferralDraft(person_id=head.id, service_code="PBI_JK",
                                                          reason="KIS PBI nonaktif"), today=DAY)
    services.referrals.approve(draft.id, today=DAY)
    services.households.reveal_numbers(head.id)  # a view of the full NIK, logged
    return head


def test_the_report_holds_the_persons_data_their_household_their_history_and_who_saw_it(services, head, tmp_path):
    out = tmp_path / "data.pdf"
    report = services.person_report.write(head.id, out)
    text = " ".join(pdf_text(out).split())
    assert HEAD.name.upper() in text.upper() and HEAD.nik in text
    assert WIFE.name.upper() in text.upper() and CHILD.name.upper() in text.upper()  # the household, by name
    assert WIFE.nik not in text and CHILD.nik not in text  # other people's numbers are not theirs to get
    assert "Kebutuhan" in text and "Surat rujukan nomor" in text and "Bantuan belum diterima" in text
    assert "NIK/No KK lengkap ditampilkan" in text
    assert "Pelindungan Data Pribadi" in text
    assert report.file_name == f"Data_pribadi_{HEAD.nik}_{report.printed_on:%Y%m%d}.pdf"
    assert [e.action for e in services.audit.entries()][0] == "person_report"


def test_a_nik_finds_the_person_and_bad_input_says_what_is_wrong(services, head):
    assert services.person_report.find(HEAD.nik) == head.id
    for typed in ("3.20105E+15", "320105150590000", "3201 0515 0590 0001"):
        with pytest.raises(ValidationError, match="16 angka"):
            services.person_report.find(typed)
    with pytest.raises(NotFoundError):
        services.person_report.find("3201059999999999")


@pytest.mark.parametrize("role", ["operator", "pendata", "supervisor"])
def test_only_an_administrator_or_the_coordinator_prints_it(services, head, role):
    services.operators.add("rina", "sandi-rina-123", role)
    services.operators.login("rina", "sandi-rina-123")
    assert not services.person_report.may_print()
    with pytest.raises(PermissionDenied):
        services.person_report.write(head.id, io.BytesIO())
