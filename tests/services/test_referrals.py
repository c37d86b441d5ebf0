"""Needs, complaints and referrals on SQLite and PostgreSQL: numbering, roles, codes, overdue, timeline."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

import pytest
from sqlalchemy import text

from puskesos_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from puskesos_desktop.core.referral_model import ComplaintDraft, NeedDraft, OutcomeDraft, ReferralDraft
from puskesos_desktop.core.referrals import (
    CloseReason, ComplaintKind, ComplaintStatus, NeedStatus, Outcome, ReferralStatus, TransitionError,
)

from tests.services.helpers import register

DAY = dt.date(2026, 11, 23)


def household_and_head(sv) -> tuple[str, str]:
    hid = register(sv)
    return hid, sv.households.get(hid).head.id


def draft_for(person_id: str, **change) -> ReferralDraft:
    return replace(ReferralDraft(person_id=person_id, service_code="PBI_JK", reason="KIS PBI nonaktif, sakit kronis",
                                 documents=("KK", "KTP")), **change)


def sign_in(sv, username: str, role: str):
    sv.operators.logout()  # back to the command line's administrator, who may add operators
    sv.operators.add(username, f"sandi-{username}-123", role, username.title())
    return sv.operators.login(username, f"sandi-{username}-123")


def approved(sv, person_id: str, day: dt.date = DAY, **change):
    referral = sv.referrals.create_draft(draft_for(person_id, **change), today=day)
    return sv.referrals.approve(referral.id, today=day)


def test_draft_then_approve_issues_number_code_and_register_entry(any_services):
    sv = any_services
    hid, pid = household_and_head(sv)
    need = sv.needs.record(NeedDraft(household_id=hid, person_id=pid, service_code="PBI_JK",
                                     description="KIS tidak aktif"), today=DAY)
    draft = sv.referrals.create_draft(draft_for(pid, need_id=need.id, documents=("KTP", "KK")), today=DAY)
    assert (draft.status, draft.household_id, draft.institution_code) == (ReferralStatus.DRAF, hid, "DINSOS")
    assert draft.letter_number is None and draft.verification_code is None
    assert draft.documents == ("KTP", "KK")  # in the checklist's order
    done = sv.referrals.approve(draft.id, today=DAY)
    assert done.status is ReferralStatus.DISETUJUI
    assert done.letter_number == "400.9/001/PUSKESOS/XI/2026" and (done.serial, done.year) == (1, 2026)
    assert done.due_date == DAY + dt.timedelta(days=14) and done.letter_date == DAY
    assert len(done.verification_code) == 8
    assert sv.needs.get(need.id).status is NeedStatus.DIRUJUK
    [entry] = sv.referrals.letter_register(2026)
    assert (entry.number, entry.referral_id, entry.addressee) == (done.letter_number, done.id, "Kepala Dinas Sosial")
    assert "PBI-JK" in entry.subject
    with pytest.raises(TransitionError):
        sv.referrals.approve(draft.id, today=DAY)
    assert len(sv.referrals.letter_register(2026)) == 1
    with pytest.raises(ValidationError):
        sv.referrals.update_draft(draft.id, draft_for(pid, reason="lain"))


def test_serial_restarts_every_year_without_gaps(any_services):
    sv = any_services
    _, pid = household_and_head(sv)
    numbers = [approved(sv, pid, day).letter_number for day in
               (dt.date(2026, 12, 30), dt.date(2026, 12, 31), dt.date(2027, 1, 2), dt.date(2027, 2, 1))]
    assert numbers == ["400.9/001/PUSKESOS/XII/2026", "400.9/002/PUSKESOS/XII/2026",
                       "400.9/001/PUSKESOS/I/2027", "400.9/002/PUSKESOS/II/2027"]
    assert [e.serial for e in sv.referrals.letter_register(2027)] == [1, 2]


def test_a_failed_approval_leaves_no_gap(any_services):
    sv = any_services
    _, pid = household_and_head(sv)
    first = sv.referrals.create_draft(draft_for(pid), today=DAY)
    second = sv.referrals.create_draft(draft_for(pid, service_code="PKH", documents=()), today=DAY)
    sv.catalogue.set_service_active("PBI_JK", False)
    with pytest.raises(ValidationError) as err:
        sv.referrals.approve(first.id, today=DAY)
    assert err.value.for_field("service_code")
    assert sv.referrals.approve(second.id, today=DAY).serial == 1
    assert sv.referrals.get(first.id).status is ReferralStatus.DRAF


def test_concurrent_approvals_never_repeat_or_skip_a_number(any_services):
    sv = any_services
    _, pid = household_and_head(sv)
    drafts = [sv.referrals.create_draft(draft_for(pid), today=DAY).id for _ in range(8)]
    start = threading.Barrier(len(drafts))
    errors: list[Exception] = []

    def approve(referral_id: str) -> None:
        try:
            start.wait()
            sv.referrals.approve(referral_id, today=DAY)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=approve, args=(d,)) for d in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors and not any(t.is_alive() for t in threads)
    serials = sorted(sv.referrals.get(d).serial for d in drafts)
    assert serials == list(range(1, 9))
    assert [e.serial for e in sv.referrals.letter_register(2026)] == list(range(1, 9))
    assert len({sv.referrals.get(d).verification_code for d in drafts}) == 8
    assert sv.check.run().ok


def test_only_koordinator_or_admin_approves(any_services):
    sv = any_services
    _, pid = household_and_head(sv)
    sign_in(sv, "siti", "operator")
    draft = sv.referrals.create_draft(draft_for(pid), today=DAY)
    with pytest.raises(PermissionDenied, match="menyetujui rujukan"):
        sv.referrals.approve(draft.id, today=DAY)
    with pytest.raises(ValidationError, match="belum disetujui"):
        sv.referrals.record_print(draft.id)
    assert sv.referrals.letter_register(2026) == []
    boss = sign_in(sv, "kades", "koordinator")
    done = sv.referrals.approve(draft.id, today=DAY)
    assert done.approved_by == boss.id and done.serial == 1


def test_pendata_cannot_draft_a_referral(any_services):
    sv = any_services
    _, pid = household_and_head(sv)
    sign_in(sv, "psm", "pendata")
    with pytest.raises(PermissionDenied):
        sv.referrals.create_draft(draft_for(pid), today=DAY)


def test_bad_referral_is_refused_with_the_field_and_nothing_saved(any_services):
    sv = any_services
    _, pid = household_and_head(sv)
    with pytest.raises(ValidationError) as err:
        sv.referrals.create_draft(ReferralDraft(person_id="", service_code="", reason=" "), today=DAY)
    assert {p.field for p in err.value.errors} >= {"person_id", "service_code", "reason"}
    assert "Alasan rujukan wajib diisi." in str(err.value)
    with pytest.raises(ValidationError) as err:
        sv.referrals.create_draft(draft_for("tidak-ada"), today=DAY)
    assert err.value.for_field("person_id")
    with pytest.raises(ValidationError) as err:
        sv.referrals.create_draft(draft_for(pid, institution_code="ENTAH"), today=DAY)
    assert err.value.for_field("institution_code")
    with pytest.raises(ValidationError) as err:
        sv.referrals.create_draft(draft_for(pid, complaint_id="tidak-ada", need_id="juga-tidak"), today=DAY)
    assert err.value.for_field("complaint_id") and err.value.for_field("need_id")
    assert sv.referrals.list_referrals() == []


def test_find_by_code_and_record_outcome(any_services):
    sv = any_services
    hid, pid = household_and_head(sv)
    need = sv.needs.record(NeedDraft(household_id=hid, service_code="PBI_JK", description="KIS mati"), today=DAY)
    referral = approved(sv, pid, need_id=need.id)
    assert sv.referrals.record_print(referral.id).is_copy is False
    again = sv.referrals.record_print(referral.id)
    assert again.is_copy and again.letter_number == referral.letter_number
    code = referral.verification_code
    typed = f"{code[:4].lower()}-{code[4:]} "
    found = sv.referrals.find_by_code(typed)
    assert found.id == referral.id and found.status is ReferralStatus.DICETAK and found.print_count == 2
    with pytest.raises(NotFoundError, match="Tidak ada rujukan dengan kode"):
        sv.referrals.find_by_code("ZZZZ-ZZZZ" if code != "ZZZZZZZZ" else "YYYY-YYYY")
    with pytest.raises(NotFoundError):
        sv.referrals.find_by_code("")
    with pytest.raises(ValidationError) as err:
        sv.referrals.record_outcome(referral.id, OutcomeDraft(Outcome.DITOLAK, DAY), today=DAY)
    assert err.value.for_field("reason")
    sv.referrals.record_outcome(referral.id, OutcomeDraft(Outcome.DALAM_PROSES, DAY, officer="Budi"), today=DAY)
    result = sv.referrals.record_outcome(
        referral.id, OutcomeDraft(Outcome.DILAYANI, DAY + dt.timedelta(days=3), unit="Dinsos", officer="budi",
                                  next_appointment=DAY + dt.timedelta(days=30)),
        today=DAY + dt.timedelta(days=3))
    assert (result.outcome, result.officer) == (Outcome.DILAYANI, "BUDI")
    assert sv.referrals.get(referral.id).status is ReferralStatus.SELESAI
    assert [o.outcome for o in sv.referrals.outcomes(referral.id)] == [Outcome.DALAM_PROSES, Outcome.DILAYANI]
    assert sv.needs.get(need.id).status is NeedStatus.TERPENUHI
    with pytest.raises(TransitionError):
        sv.referrals.record_outcome(referral.id, OutcomeDraft(Outcome.DALAM_PROSES, DAY), today=DAY + dt.timedelta(days=4))


def test_overdue_referrals_are_those_past_due_without_a_return_slip(any_services):
    sv = any_services
    _, pid = household_and_head(sv)
    late = approved(sv, pid)
    answered = approved(sv, pid)
    sv.referrals.record_print(answered.id)
    sv.referrals.record_outcome(answered.id, OutcomeDraft(Outcome.DITERIMA, DAY), today=DAY)
    sv.referrals.create_draft(draft_for(pid), today=DAY)  # a draft is never overdue
    assert sv.referrals.overdue_referrals(DAY + dt.timedelta(days=14)) == []
    assert [r.id for r in sv.referrals.overdue_referrals(DAY + dt.timedelta(days=15))] == [late.id]
    assert {r.status for r in sv.referrals.list_referrals()} == {
        ReferralStatus.DRAF, ReferralStatus.DISETUJUI, ReferralStatus.DITERIMA_LAYANAN}
    assert [r.id for r in sv.referrals.list_referrals(ReferralStatus.DISETUJUI)] == [late.id]


def test_complaint_workflow_is_dated_attributed_and_duplicates_point_at_the_original(any_services):
    sv = any_services
    hid, pid = household_and_head(sv)
    me = sign_in(sv, "siti", "operator")
    first = sv.complaints.record(ComplaintDraft(
        ComplaintKind.PENGADUAN, "bansos", "Bantuan Sembako tidak cair 3 bulan", "Ujang", "ketua RT",
        person_id=pid, received_on=DAY))
    assert first.household_id == hid and first.reporter_name == "UJANG"
    assert [(e.from_status, e.to_status, e.by) for e in first.events] == [(None, ComplaintStatus.DITERIMA, me.id)]
    sv.complaints.move(first.id, ComplaintStatus.VERIFIKASI, on=DAY)
    sv.complaints.move(first.id, ComplaintStatus.DITERUSKAN, note="Disposisi ke TKSK", on=DAY + dt.timedelta(days=1))
    with pytest.raises(TransitionError, match="Keluhan"):
        sv.complaints.move(first.id, ComplaintStatus.SELESAI)
    unknown = sv.complaints.record(ComplaintDraft(
        ComplaintKind.PENGADUAN, "bansos", "Sembako tidak cair", "Ibu Entin", "tetangga", received_on=DAY))
    assert unknown.person_id is None and unknown.household_id is None
    closed = sv.complaints.close_as_duplicate(unknown.id, first.id, on=DAY)
    assert (closed.status, closed.close_reason, closed.duplicate_of) == (ComplaintStatus.DITUTUP, CloseReason.DUPLIKAT, first.id)
    with pytest.raises(ValidationError):
        sv.complaints.move(first.id, ComplaintStatus.DITUTUP)  # a reason is required
    full = sv.complaints.get(first.id)
    assert [(e.to_status, e.on, e.note) for e in full.events][1:] == [
        (ComplaintStatus.VERIFIKASI, DAY, ""), (ComplaintStatus.DITERUSKAN, DAY + dt.timedelta(days=1), "Disposisi ke TKSK")]
    assert [c.id for c in sv.complaints.overdue_complaints(7, DAY + dt.timedelta(days=8))] == [first.id]
    assert sv.complaints.overdue_complaints(7, DAY + dt.timedelta(days=7)) == []
    with pytest.raises(ValidationError) as err:
        sv.complaints.record(ComplaintDraft(ComplaintKind.SARAN, "lainnya", "…", "", ""))
    assert {p.field for p in err.value.errors} == {"reporter_name", "reporter_relationship"}
    invalid = sv.complaints.record(ComplaintDraft(ComplaintKind.SARAN, "pelayanan", "x", "A", "diri sendiri"))
    assert sv.complaints.move(invalid.id, ComplaintStatus.DITUTUP, close_reason=CloseReason.TIDAK_VALID).close_reason is CloseReason.TIDAK_VALID


def test_household_timeline_is_in_date_order(any_services, today):
    """On every calendar edge: the referral is dated by the local day it was made, not the UTC one."""
    sv = any_services
    hid, pid = household_and_head(sv)
    sv.complaints.record(ComplaintDraft(ComplaintKind.PERTANYAAN, "kesehatan", "Cara aktifkan KIS?", "Joko",
                                        "diri sendiri", person_id=pid, received_on=today - dt.timedelta(days=5)))
    need = sv.needs.record(NeedDraft(household_id=hid, service_code="PBI_JK", description="KIS mati",
                                     recorded_on=today - dt.timedelta(days=2)))
    referral = approved(sv, pid, today, need_id=need.id)
    sv.referrals.record_print(referral.id)
    later = today + dt.timedelta(days=4)
    sv.referrals.record_outcome(referral.id, OutcomeDraft(Outcome.DILAYANI, later), today=later)
    story = sv.timeline.household_timeline(hid)
    assert [e.kind for e in story] == ["keluhan", "kebutuhan", "rujukan", "surat", "hasil"]
    assert [e.on for e in story] == [today - dt.timedelta(days=5), today - dt.timedelta(days=2), today, today, later]
    assert story[3].title == f"Surat rujukan nomor {referral.letter_number}"
    assert sv.timeline.household_timeline(register(sv, "3201051511200009", ())) == []


def test_catalogue_seeds_once_and_admin_edits_stay(any_services):
    sv = any_services
    assert any(e.code == "PKH" for e in sv.catalogue.services())  # the seed, before anything is written
    sv.catalogue.set_institution_active("BAZNAS", False)
    _, pid = household_and_head(sv)
    sv.referrals.create_draft(draft_for(pid), today=DAY)
    with sv.engine.connect() as conn:
        counts = conn.execute(text("SELECT (SELECT count(*) FROM service), (SELECT count(*) FROM institution)")).one()
    assert tuple(counts) == (len(sv.catalogue.services()), len(sv.catalogue.institutions()))
    assert "BAZNAS" not in {i.code for i in sv.catalogue.institutions(active_only=True)}
    with pytest.raises(ValidationError) as err:
        sv.referrals.create_draft(draft_for(pid, service_code="BAZNAS", documents=()), today=DAY)
    assert err.value.for_field("institution_code")
    sign_in(sv, "siti", "operator")
    with pytest.raises(PermissionDenied):
        sv.catalogue.set_service_active("PKH", False)


def test_stamping_covers_the_new_tables_and_check_stays_sound(any_services):
    sv = any_services
    hid, pid = household_and_head(sv)
    referral = approved(sv, pid)
    sv.referrals.record_print(referral.id)
    sv.referrals.record_outcome(referral.id, OutcomeDraft(Outcome.DILAYANI, DAY), today=DAY)
    sv.complaints.record(ComplaintDraft(ComplaintKind.SARAN, "pelayanan", "Antre lama", "Joko", "diri sendiri",
                                        household_id=hid))
    report = sv.check.run()
    assert report.ok, report.problems
    with sv.engine.connect() as conn:
        for table in ("service", "institution", "referral", "referral_event", "letter", "referral_outcome",
                      "complaint", "complaint_event"):
            row = conn.execute(text(f"SELECT count(*), min(seq), max(length(content_hash)) FROM {table}")).one()
            assert row[0] > 0 and row[1] > 0 and row[2] == 64, table
        conn.execute(text("UPDATE letter SET subject = 'diubah diam-diam'"))
        conn.commit()
    assert any("letter" in p and "hash" in p for p in sv.check.run().problems)


def test_check_finds_a_gap_in_the_letter_register(any_services):
    sv = any_services
    _, pid = household_and_head(sv)
    approved(sv, pid)
    approved(sv, pid)
    assert sv.check.run().ok
    with sv.engine.begin() as conn:
        conn.execute(text("UPDATE letter_counter SET last_serial = 5"))
    assert any("letter counter 2026" in p for p in sv.check.run().problems)


def test_first_writes_at_once_seed_the_catalogue_once(any_services):
    sv = any_services
    hid = register(sv)
    start = threading.Barrier(4)
    errors: list[Exception] = []

    def record_need() -> None:
        try:
            start.wait()
            sv.needs.record(NeedDraft(household_id=hid, service_code="PKH", description="Belum menerima PKH"))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=record_need) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert len(sv.needs.for_household(hid)) == 4
    with sv.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM service")).scalar_one() == len(sv.catalogue.services())


def test_the_needs_a_referral_can_answer_are_the_persons_and_the_households_open_ones(any_services):
    sv = any_services
    hid = register(sv)
    head, wife, _child = sv.households.get(hid).members

    def need(person_id, text, service="PBI_JK"):
        return sv.needs.record(NeedDraft(household_id=hid, person_id=person_id, service_code=service,
                                         description=text, recorded_on=DAY), today=DAY)

    own = need(head.id, "KIS mati")
    shared = need(None, "Rumah bocor", "RUTILAHU")
    need(wife.id, "KTP hilang", "ADMINDUK")  # another member's: not offered for the head
    closed = need(head.id, "Sudah diurus")
    sv.needs.set_status(closed.id, NeedStatus.DITUTUP)
    assert [n.id for n in sv.referrals.needs_to_answer(head.id)] == [own.id, shared.id]
    assert [n.description for n in sv.referrals.needs_to_answer(wife.id)] == ["Rumah bocor", "KTP hilang"]

    # The referral answers the need: approved → dirujuk (printing leaves it), served → terpenuhi.
    referral = approved(sv, head.id, need_id=own.id)
    assert [n.id for n in sv.referrals.needs_to_answer(head.id)] == [shared.id], "a referred need is not open"
    assert [n.id for n in sv.referrals.needs_to_answer(head.id, include=own.id)] == [own.id, shared.id]
    sv.referrals.record_print(referral.id)
    assert sv.needs.get(own.id).status is NeedStatus.DIRUJUK
    sv.referrals.record_outcome(referral.id, OutcomeDraft(Outcome.DIRUJUK_LANJUT, DAY, forwarded_to="RSUD"), today=DAY)
    assert sv.needs.get(own.id).status is NeedStatus.DIRUJUK, "referred further: still in someone's hands"

    second = approved(sv, head.id, need_id=shared.id)
    sv.referrals.record_print(second.id)
    sv.referrals.record_outcome(second.id, OutcomeDraft(Outcome.DITOLAK, DAY, reason="Bukan sasaran"), today=DAY)
    assert sv.needs.get(shared.id).status is NeedStatus.TERBUKA, "refused: open again, to be referred elsewhere"
    with pytest.raises(ValidationError):
        sv.referrals.needs_to_answer("tidak-ada")
