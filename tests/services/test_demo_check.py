"""Demo data is plausible and consistent; `check` finds what a broken write path would leave."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import text

from puskesos_desktop.core.codes import Mode, Role
from puskesos_desktop.core.errors import PermissionDenied, Problems
from puskesos_desktop.core.identity import check_nik, check_no_kk
from puskesos_desktop.core.model import OfficeDraft
from puskesos_desktop.core.referral_model import ReferralDraft
from puskesos_desktop.services.container import build_services
from puskesos_desktop.services.demo import DemoNeedsDesa
from puskesos_desktop.settings import Settings

from tests.conftest import DESA_CODE
from tests.services.helpers import register


def test_demo_households_are_consistent(any_services):
    sv = any_services
    people = sv.demo.generate(12, seed=7, batch=5, history_years=0)
    assert sv.households.count() == 12 and sv.households.count_people() == people >= 12
    with sv.engine.connect() as conn:
        rows = conn.execute(text("SELECT nik, sex, birth_date FROM person")).all()
        kks = conn.execute(text("SELECT no_kk, head_name FROM household")).all()
        seqs = conn.execute(text("SELECT last_seq FROM sync_origin WHERE is_local")).scalar_one()
    assert len(rows) == people and len({r.nik for r in rows}) == people
    for nik, sex, birth in rows:
        birth = dt.date.fromisoformat(birth) if isinstance(birth, str) else birth  # SQLite gives text
        problems = Problems()
        info = check_nik(nik, problems, birth_date=birth, sex=sex)
        assert not problems.errors and not problems.warnings, (nik, problems)
        assert nik[:4] == DESA_CODE[:4] and info.sex == sex
    for no_kk, head_name in kks:
        problems = Problems()
        assert check_no_kk(no_kk, problems) == no_kk and no_kk.startswith(DESA_CODE[:6])
        assert head_name
    assert seqs == 3  # batches of 5, 5 and 2 households: one transaction each
    assert sv.check.run().ok


def test_demo_is_repeatable_with_a_seed(any_services, template_db, tmp_path):
    def made(sv):
        sv.demo.generate(4, seed=42)
        return sorted((r.no_kk, r.head_name, r.member_count, r.desil) for r in sv.households.page(0, 10))

    copy = tmp_path / "second.sqlite3"
    shutil.copy(template_db, copy)
    other = build_services(Settings.from_args(str(copy)))
    try:
        other.setup.initialize(OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos"))
        assert made(any_services) == made(other)
    finally:
        other.close()


def test_demo_needs_a_desa_and_an_admin(any_empty_services):
    sv = any_empty_services
    with pytest.raises(DemoNeedsDesa):
        sv.demo.generate(1)
    sv.setup.initialize(OfficeDraft(Mode.KABUPATEN, "3201", "Dinsos Kab. Bogor"),
                        admin_username="admin", admin_password="rahasia-admin")
    with pytest.raises(DemoNeedsDesa):
        sv.demo.generate(1)
    sv.operators.add("siti", "kata-sandi-siti", Role.OPERATOR)
    sv.operators.login("siti", "kata-sandi-siti")
    with pytest.raises(PermissionDenied):
        sv.demo.generate(1)


def test_check_on_a_healthy_database(any_services):
    register(any_services)
    report = any_services.check.run()
    assert report.ok and report.problems == () and report.rows_checked == 4


def test_check_reports_content_changed_behind_the_application(any_services):
    hid = register(any_services)
    with any_services.engine.begin() as conn:
        conn.execute(text("UPDATE household SET address = 'diubah diam-diam' WHERE id = :i"), {"i": hid})
    report = any_services.check.run()
    assert not report.ok
    assert any(hid in p and "content hash" in p for p in report.problems)


def test_check_reports_an_unstamped_row(any_services):
    register(any_services)
    with any_services.engine.begin() as conn:
        pid = conn.execute(text("SELECT id FROM person ORDER BY id LIMIT 1")).scalar_one()
        conn.execute(text("UPDATE person SET seq = 99 WHERE id = :i"), {"i": pid})  # beyond the counter
    report = any_services.check.run()
    assert any(pid in p and "seq 99" in p for p in report.problems)


def test_check_reports_a_row_inserted_without_the_stamping(any_services):
    hid = register(any_services)
    with any_services.engine.begin() as conn:
        origin = conn.execute(text("SELECT id FROM sync_origin")).scalar_one()
        conn.execute(text(
            "INSERT INTO person (id, household_id, nik, name, origin_id, seq, deleted, content_hash, created_at, updated_at)"
            " VALUES ('p-raw', :h, '3201051506900001', 'TANPA STEMPEL', :o, 1, :f, :hash, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ), {"h": hid, "o": origin, "f": False, "hash": "0" * 64})
    problems = any_services.check.run().problems
    assert any("person p-raw" in p and "content hash" in p for p in problems)


def test_a_time_stored_in_another_text_form_is_no_problem_and_a_changed_one_is(services):
    """SQLite: `check` builds the content from the stored text; a DATETIME written as ISO text with a
    "T" (not as SQLAlchemy writes it) is read again through SQLAlchemy, and only a real change counts."""
    hid = register(services)
    head = services.households.get(hid).head
    draft = services.referrals.create_draft(ReferralDraft(person_id=head.id, service_code="PBI_JK", reason="KIS"))
    services.referrals.approve(draft.id)
    with services.engine.begin() as conn:
        event, at = conn.execute(text("SELECT id, at FROM referral_event LIMIT 1")).one()
        conn.execute(text("UPDATE referral_event SET at = :t WHERE id = :i"), {"t": at.replace(" ", "T"), "i": event})
    assert services.check.run().ok, services.check.run().problems
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE referral_event SET at = '2020-01-01 00:00:00.000000' WHERE id = :i"), {"i": event})
    assert any(event in p and "content hash" in p for p in services.check.run().problems)


def test_check_reports_a_tombstone_that_still_holds_data(any_services):
    hid = register(any_services)
    any_services.households.remove(hid)
    with any_services.engine.begin() as conn:
        conn.execute(text("UPDATE household SET address = 'masih ada' WHERE id = :i"), {"i": hid})
    problems = " | ".join(any_services.check.run().problems)
    assert "tombstone still holds address" in problems


def test_check_reports_a_duplicate_living_nik(any_services):
    register(any_services)
    with any_services.engine.begin() as conn:
        nik = conn.execute(text("SELECT nik FROM person WHERE name = 'SITI AISYAH'")).scalar_one()
        conn.execute(text("UPDATE person SET nik = :n WHERE name = 'RIZKI PRATAMA'"), {"n": nik})
    problems = any_services.check.run().problems
    assert any("registered alive 2 times" in p for p in problems)
    assert all(nik not in p for p in problems)  # the report never shows a full NIK


def test_demo_history_is_consistent_and_numbering_continues(any_services):
    sv = any_services
    today = dt.date(2026, 11, 23)
    sv.demo.generate(60, seed=5, history_years=5, today=today)
    made = sv.demo.last_history
    assert made.needs > 0 and made.complaints > 0 and made.referrals > 0 and made.outcomes > 0
    assert sv.referrals.count() == made.referrals
    assert sv.check.run().ok, "stamped, hashed, and the letter register has no gap"
    register = sv.referrals.letter_register(2024)
    assert [e.serial for e in register] == list(range(1, len(register) + 1))
    assert all(e.letter_date.year == 2024 for e in register)
    assert [e.letter_date for e in register] == sorted(e.letter_date for e in register), "numbered in date order"
    head = sv.households.get(sv.households.page(0, 1)[0].id).head
    latest = sv.referrals.letter_register(2026)
    fresh = sv.referrals.approve(sv.referrals.create_draft(ReferralDraft(
        person_id=head.id, service_code="PBI_JK", reason="KIS tidak aktif"), today=today).id, today=today)
    assert fresh.serial == len(latest) + 1, "a real approval continues the demo's numbering"
