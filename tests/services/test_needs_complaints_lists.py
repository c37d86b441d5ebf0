"""The needs and complaints lists on SQLite and PostgreSQL: names, newest first, status and overdue filters."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core import clock
from puskesos_desktop.core.referral_model import ComplaintDraft, NeedDraft
from puskesos_desktop.core.referrals import CloseReason, ComplaintKind, ComplaintStatus, NeedStatus, Urgency

from tests.services.helpers import register


def complaint(sv, days_ago: int, reporter: str, person_id: str | None = None) -> str:
    draft = ComplaintDraft(kind=ComplaintKind.PENGADUAN, category="bansos", description=f"Keluhan {reporter}",
                           reporter_name=reporter, reporter_relationship="tetangga", person_id=person_id,
                           received_on=clock.today() - dt.timedelta(days=days_ago))
    return sv.complaints.record(draft).id


def test_needs_list_names_household_person_and_service_newest_first(any_services, today):
    sv = any_services
    hid = register(sv)
    wife = next(m for m in sv.households.get(hid).members if m.relationship == "ISTRI")
    old = sv.needs.record(NeedDraft(household_id=hid, service_code="PBI_JK", description="KIS nonaktif",
                                    recorded_on=today - dt.timedelta(days=9)))
    new = sv.needs.record(NeedDraft(household_id=hid, person_id=wife.id, service_code="ADMINDUK",
                                    description="Akta lahir", urgency=Urgency.SEGERA))
    sv.needs.set_status(old.id, NeedStatus.DITUTUP)

    rows = sv.needs.list()
    assert [r.id for r in rows] == [new.id, old.id]
    first = rows[0]
    assert (first.head_name, first.person_name, first.person_id) == ("MUHAMAD JOKO", "SITI AISYAH", wife.id)
    assert first.service_name.startswith("Administrasi kependudukan") and first.urgency is Urgency.SEGERA
    assert (rows[1].person_name, rows[1].status, rows[1].recorded_on) == ("", NeedStatus.DITUTUP,
                                                                          today - dt.timedelta(days=9))
    assert [r.id for r in sv.needs.list(NeedStatus.TERBUKA)] == [new.id]


def test_complaint_rows_newest_first_with_person_and_closing_day(any_services, today):
    sv = any_services
    hid = register(sv)
    head = sv.households.get(hid).head
    old = complaint(sv, 30, "Bu Ratna", head.id)
    done = complaint(sv, 5, "Pak RT")
    new = complaint(sv, 0, "Pak Dedi")
    for status in (ComplaintStatus.VERIFIKASI, ComplaintStatus.DITANGANI, ComplaintStatus.SELESAI):
        sv.complaints.move(done, status, on=today - dt.timedelta(days=2))

    rows = sv.complaints.rows()
    assert [r.id for r in rows] == [new, done, old]
    by_id = {r.id: r for r in rows}
    assert (by_id[old].person_name, by_id[old].household_id) == ("MUHAMAD JOKO", hid)
    assert by_id[new].person_name == "" and by_id[new].closed_on is None
    assert by_id[done].closed_on == today - dt.timedelta(days=2) and by_id[done].days_open(today) == 3
    assert by_id[old].days_open(today) == 30 and by_id[old].days_late(today, 14) == 16
    assert by_id[done].days_late(today, 1) == 0
    assert [r.id for r in sv.complaints.rows(ComplaintStatus.SELESAI)] == [done]


def test_overdue_rows_match_overdue_complaints(any_services):
    sv = any_services
    late = complaint(sv, 30, "Bu Ratna")
    complaint(sv, 14, "Pak Asep")  # exactly at the limit: not late yet
    closed = complaint(sv, 40, "Pak Ujang")
    sv.complaints.move(closed, ComplaintStatus.DITUTUP, note="Bukan warga desa", close_reason=CloseReason.TIDAK_VALID)

    assert [r.id for r in sv.complaints.rows(overdue_days=14)] == [late]
    assert [c.id for c in sv.complaints.overdue_complaints(14)] == [late]
    assert [r.id for r in sv.complaints.rows(ComplaintStatus.DITERIMA, overdue_days=14)] == [late]


def test_event_authors_name_the_operator_who_moved_it(any_services):
    sv = any_services
    sv.operators.add("dewi", "sandi-dewi-123", "operator", "Dewi Lestari")
    sv.operators.login("dewi", "sandi-dewi-123")
    cid = complaint(sv, 1, "Pak Dedi")
    sv.complaints.move(cid, ComplaintStatus.VERIFIKASI, note="Dicek ke rumah")

    events = sv.complaints.get(cid).events
    authors = sv.complaints.event_authors(cid)
    assert {authors[e.by] for e in events} == {"Dewi Lestari"}
