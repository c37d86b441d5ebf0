"""Retention (issue 11 §5): the schedule, what is due, purging it everywhere, and what is refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.core.referral_model import ComplaintDraft, ComplaintKind, ReferralDraft
from puskesos_desktop.core.referrals import CloseReason, ComplaintStatus
from puskesos_desktop.core.retention import RetentionSchedule
from puskesos_desktop.db.records import ComplaintRecord, HouseholdRecord, PersonRecord, SearchTermRecord
from tests.services.helpers import CHILD, HEAD, HOUSEHOLD, WIFE, register

ZONE = dt.timezone(dt.timedelta(hours=7))
LONG_AGO = dt.datetime(2016, 3, 10, 9, 0, tzinfo=ZONE)
LAST_YEAR = dt.datetime(2025, 11, 1, 9, 0, tzinfo=ZONE)
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=ZONE)


def _members(n: int):
    return tuple(replace(p, nik=p.nik[:-1] + str(n)) for p in (HEAD, WIFE, CHILD))


@pytest.fixture
def office(services):
    """Household A, untouched since 2016; household B, active last year, whose child died in 2016 and
    who had a complaint closed in 2016; household C, untouched since 2016 but with a referral under way."""
    with clock.fixed(LONG_AGO):
        a = register(services, "3201051511200001", _members(1))
        b = register(services, "3201051511200002", _members(2))
        c = register(services, "3201051511200003", _members(3))
        child = next(m for m in services.households.get(b).members if m.relationship == "ANAK")
        services.households.update_person(child.id, replace(child.draft(), life_status="meninggal"))
        complaint = services.complaints.record(ComplaintDraft(
            kind=ComplaintKind.PENGADUAN, category="bansos", description="Bantuan belum diterima",
            reporter_name="Ibu Warsih", reporter_relationship="tetangga", received_on=LONG_AGO.date(), household_id=b))
        services.complaints.move(complaint.id, ComplaintStatus.DITUTUP, close_reason=CloseReason.TIDAK_VALID)
        head_c = services.households.get(c).head
        draft = services.referrals.create_draft(ReferralDraft(person_id=head_c.id, service_code="PBI_JK", reason="KIS"))
        services.referrals.approve(draft.id)
    with clock.fixed(LAST_YEAR):
        services.households.update(b, replace(HOUSEHOLD, no_kk="3201051511200002", address="Kp. Baru"))
    return {"a": a, "b": b, "c": c, "child": child.id, "complaint": complaint.id}


def test_the_review_lists_what_is_due_and_says_why_a_household_is_kept(services, office):
    with clock.fixed(NOW):
        review = services.retention.review()
    assert review.household_ids == (office["a"],)
    assert review.person_ids == (office["child"],)
    assert review.complaint_ids == (office["complaint"],)
    assert len(review.refused) == 1 and "rujukan yang berjalan" in review.refused[0]  # household C
    assert "3201051511200003" not in review.refused[0]  # the No KK is masked


def test_purging_tombstones_clears_search_terms_and_complaint_texts_and_is_logged(services, office):
    with clock.fixed(NOW):
        result = services.retention.purge(services.retention.review())
        assert (result.households, result.persons, result.complaints) == (1, 1, 1)
        with services.context.reading() as s:
            a = s.get(HouseholdRecord, office["a"])
            assert a.deleted and a.no_kk is None and a.address is None
            members = s.execute(select(PersonRecord).where(PersonRecord.household_id == office["a"])).scalars().all()
            assert members and all(m.deleted and m.nik is None and m.name is None for m in members)
            child = s.get(PersonRecord, office["child"])
            assert child.deleted and child.name is None
            gone = [m.id for m in members] + [office["child"]]
            assert not s.execute(select(SearchTermRecord).where(SearchTermRecord.person_id.in_(gone))).first()
            complaint = s.get(ComplaintRecord, office["complaint"])
            assert complaint.description == "" and complaint.reporter_name == "" and not complaint.deleted
            assert not s.get(HouseholdRecord, office["c"]).deleted  # its referral is under way
        assert services.check.run().ok, services.check.run().problems
        assert "retention_purge" in [e.action for e in services.audit.entries()]
        assert services.retention.review().empty  # nothing left to do


def test_the_schedule_is_an_administrators_and_in_range(services, office):
    assert services.retention.schedule() == RetentionSchedule(5, 10, 5)
    with pytest.raises(ValidationError, match="1 sampai 50"):
        services.retention.set_schedule(RetentionSchedule(0, 10, 5))
    services.retention.set_schedule(RetentionSchedule(5, 20, 5))
    with clock.fixed(NOW):
        assert services.retention.review().household_ids == ()  # 10 years is not 20
    services.operators.add("rina", "sandi-rina-123", "operator")
    services.operators.login("rina", "sandi-rina-123")
    with pytest.raises(PermissionDenied):
        services.retention.review()
