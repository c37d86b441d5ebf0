"""Consent per household (issue 11 §4): recorded, withdrawn, printed; letters warn; it travels."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from puskesos_desktop.core.consent import DEFAULT_SHARING, ConsentDraft
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.referral_model import ReferralDraft
from tests.pdf_tools import pdf_text
from tests.services.helpers import HEAD, WIFE, register

DAY = dt.date(2026, 11, 20)


def _consent(services, household_id: str, given_on: dt.date = DAY, today: dt.date = DAY):
    wife = next(m for m in services.households.get(household_id).members if m.nik == WIFE.nik)
    return services.consent.record(ConsentDraft(household_id=household_id, given_by_id=wife.id, given_on=given_on),
                                   today=today)


def test_a_consent_is_recorded_by_a_member_and_the_household_flag_follows(services):
    household_id = register(services)
    other = register(services, "3201051511200002", ())
    consent = _consent(services, household_id)
    assert consent.active and consent.sharing_allowed and consent.given_by_name.upper() == WIFE.name.upper()
    assert consent.share_with == DEFAULT_SHARING and consent.form_version == "1"
    household = services.households.get(household_id)
    assert household.consent and household.consent_date == DAY
    assert services.households.count(without_consent=True) == 1  # the other household
    assert [h.id for h in services.households.page(0, 10, without_consent=True)] == [other]
    assert services.consent.history(household_id) == [consent]


def test_bad_consent_input_is_refused(services):
    household_id = register(services)
    stranger_household = register(services, "3201051511200002", ())
    with pytest.raises(ValidationError, match="anggota keluarga"):
        services.consent.record(ConsentDraft(household_id=stranger_household,
                                             given_by_id=services.households.get(household_id).head.id, given_on=DAY),
                                today=DAY)
    with pytest.raises(ValidationError, match="masa depan"):
        _consent(services, household_id, given_on=DAY + dt.timedelta(days=1))


def test_consent_withdrawn_between_drafting_and_printing_a_letter_warns_before_printing(services, today):
    household_id = register(services)
    head = services.households.get(household_id).head
    consent = _consent(services, household_id, today - dt.timedelta(days=1), today)
    draft = services.referrals.create_draft(ReferralDraft(person_id=head.id, service_code="PBI_JK", reason="KIS"))
    approved = services.referrals.approve(draft.id)
    assert services.consent.letter_warning(approved.id) == ""
    withdrawn = services.consent.withdraw(consent.id, today, "tidak mau dibagikan")
    assert not withdrawn.active and not withdrawn.sharing_allowed
    warning = services.consent.letter_warning(approved.id)
    assert "menarik persetujuan" in warning and "tidak mau dibagikan" in warning
    assert not services.households.get(household_id).consent
    with pytest.raises(ValidationError, match="sudah ditarik"):
        services.consent.withdraw(consent.id, today)
    assert {"consent_record", "consent_withdraw"} <= {e.action for e in services.audit.entries()}


def test_the_consent_form_lists_the_members_the_purposes_the_recipients_and_the_rights(services, tmp_path):
    household_id = register(services)
    out = io.BytesIO()
    services.consent.form(household_id, out)
    path = Path(tmp_path / "form.pdf")
    path.write_bytes(out.getvalue())
    text = " ".join(pdf_text(path).split())
    assert "FORMULIR PERSETUJUAN" in text and HEAD.nik in text and WIFE.name.upper() in text.upper()
    assert "Dinas Sosial Kabupaten/Kota" in text and "Pelindungan Data Pribadi" in text and "cap jempol" in text
