"""The referral list page by page: newest first, filtered by status, with names for display."""

from __future__ import annotations

import pytest

from puskesos_desktop.core.referrals import ReferralStatus

from tests.services.test_referrals import DAY, approved, draft_for, household_and_head


def test_rows_are_newest_first_with_names_and_filter_by_status(any_services):
    sv = any_services
    _hid, pid = household_and_head(sv)
    first = approved(sv, pid)
    second = sv.referrals.create_draft(draft_for(pid, reason="Kedua"), today=DAY)
    rows = sv.referrals.rows()
    assert [r.id for r in rows] == [second.id, first.id]
    assert rows[1].person_name == "MUHAMAD JOKO" and rows[1].service_name.startswith("PBI-JK")
    assert (rows[1].status, rows[1].letter_number) == (ReferralStatus.DISETUJUI, first.letter_number)
    assert rows[0].letter_number is None and rows[0].created_on
    assert [r.id for r in sv.referrals.rows(ReferralStatus.DRAF)] == [second.id]
    assert (sv.referrals.count(), sv.referrals.count(ReferralStatus.DISETUJUI)) == (2, 1)
    assert [r.id for r in sv.referrals.rows(offset=1, limit=5)] == [first.id]


def test_find_by_code_takes_a_scanned_qr_payload(any_services):
    from puskesos_desktop.core.errors import NotFoundError
    from puskesos_desktop.core.letter import qr_payload

    sv = any_services
    _hid, pid = household_and_head(sv)
    referral = approved(sv, pid)
    code = referral.verification_code
    assert sv.referrals.find_by_code(qr_payload(referral.id, code)).id == referral.id
    assert sv.referrals.find_by_code(f"puskesos;ref;{referral.id};{code.lower()}").id == referral.id
    assert sv.referrals.find_by_code(f"PUSKESOS:REF:not-an-id:{code}").id == referral.id, "falls back to the code"
    with pytest.raises(NotFoundError):
        sv.referrals.find_by_code(f"PUSKESOS:REF:{referral.id}:ABCDEFGH")


def test_rows_carry_their_origin_and_filter_by_it(any_services):
    sv = any_services
    _hid, pid = household_and_head(sv)
    referral = approved(sv, pid)
    [row] = sv.referrals.rows()
    assert row.id == referral.id and row.origin_id, "the installation that wrote it"
    assert [r.id for r in sv.referrals.rows(origin_id=row.origin_id)] == [referral.id]
    assert sv.referrals.rows(origin_id="another-desa") == []
    assert (sv.referrals.count(origin_id=row.origin_id), sv.referrals.count(origin_id="another-desa")) == (1, 0)
    assert sv.referrals.count(ReferralStatus.DRAF, origin_id=row.origin_id) == 0


def test_overdue_list_names_the_person_and_service_and_counts_days(any_services):
    import datetime as dt

    sv = any_services
    _hid, pid = household_and_head(sv)
    referral = approved(sv, pid)
    [line] = sv.referrals.overdue_list(referral.due_date + dt.timedelta(days=3))
    assert (line.referral.id, line.name, line.days_late) == (referral.id, "MUHAMAD JOKO", 3)
    assert line.service.startswith("PBI-JK")
    assert sv.referrals.overdue_list(referral.due_date) == []
