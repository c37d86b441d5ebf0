"""Registering, editing and removing households and people, with the duplicate checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text

from puskesos_desktop.core.errors import NotFoundError, ValidationError

from tests.services.helpers import CHILD, HEAD, HOUSEHOLD, NO_KK, WIFE, register


def test_create_with_members(any_services):
    saved = any_services.households.create(HOUSEHOLD, (CHILD, WIFE, HEAD))
    assert saved.warnings == ()
    h = any_services.households.get(saved.id)
    assert (h.no_kk, h.rt, h.rw, h.dusun, h.desil, h.programs) == (NO_KK, "003", "001", "KRAJAN", 2, ("PKH",))
    assert [m.name for m in h.members] == ["MUHAMAD JOKO", "SITI AISYAH", "RIZKI PRATAMA"]
    assert h.head.nik == HEAD.nik and h.members[1].birth_date == dt.date(1992, 7, 15)
    assert any_services.households.count() == 1 and any_services.households.count_people() == 3
    [row] = any_services.households.page(0, 10)
    assert (row.head_name, row.member_count, row.no_kk) == ("MUHAMAD JOKO", 3, NO_KK)


def test_an_invalid_member_blocks_the_whole_household(any_services):
    bad = replace(CHILD, nik="3201050203150000")
    with pytest.raises(ValidationError) as err:
        any_services.households.create(HOUSEHOLD, (HEAD, bad))
    assert err.value.for_field("members[1].nik")
    assert any_services.households.count() == 0
    assert any_services.search.search("muhamad joko") == []


def test_update_household_and_person(any_services):
    hid = register(any_services)
    any_services.households.update(hid, replace(HOUSEHOLD, address="Jl. Raya No. 5", desil=None))
    h = any_services.households.get(hid)
    assert (h.address, h.desil) == ("Jl. Raya No. 5", None)
    any_services.households.update_person(h.head.id, replace(HEAD, name="Muhamad Joko Susilo"))
    assert any_services.households.page(0, 1)[0].head_name == "MUHAMAD JOKO SUSILO"
    assert [hit.household.id for hit in any_services.search.search("susilo")] == [hid]


def test_remove_is_a_tombstone_with_the_payload_cleared(any_services):
    hid = register(any_services)
    any_services.households.remove(hid)
    with pytest.raises(NotFoundError):
        any_services.households.get(hid)
    assert any_services.households.count() == 0 and any_services.households.page(0, 10) == []
    with any_services.engine.connect() as conn:
        hh = conn.execute(text("SELECT deleted, no_kk, address, head_name FROM household WHERE id = :i"), {"i": hid}).one()
        people = conn.execute(text("SELECT deleted, nik, name, household_id FROM person")).all()
        terms = conn.execute(text("SELECT count(*) FROM search_term")).scalar_one()
    assert (bool(hh[0]), hh[1], hh[2], hh[3]) == (True, None, None, None)
    assert len(people) == 3
    assert all(bool(d) and nik is None and name is None and h == hid for d, nik, name, h in people)
    assert terms == 0
    assert any_services.check.run().ok


def test_removed_household_frees_its_no_kk_and_niks(any_services):
    register(any_services)
    any_services.households.remove(any_services.households.page(0, 1)[0].id)
    register(any_services)  # the same people registered again: nothing blocks
    assert any_services.households.count() == 1


def test_remove_person_updates_the_list(any_services):
    hid = register(any_services)
    child = [m for m in any_services.households.get(hid).members if m.nik == CHILD.nik][0]
    any_services.households.remove_person(child.id)
    assert [m.nik for m in any_services.households.get(hid).members] == [HEAD.nik, WIFE.nik]
    assert any_services.households.page(0, 1)[0].member_count == 2
    with pytest.raises(NotFoundError):
        any_services.households.update_person(child.id, CHILD)


def test_duplicate_nik_is_blocked_and_names_the_household(any_services):
    register(any_services)
    other = replace(CHILD, name="Orang Lain", birth_date=dt.date(2015, 3, 2))
    with pytest.raises(ValidationError) as err:
        any_services.households.create(replace(HOUSEHOLD, no_kk="3201051511200002"),
                                       (replace(HEAD, nik="3201051506900001", name="Budi"), other))
    [problem] = err.value.for_field("members[1].nik")
    assert "MUHAMAD JOKO" in problem.message and "3201••••••••0001" in problem.message
    assert NO_KK not in problem.message  # the other household's No KK is masked
    assert any_services.households.count() == 1


def test_nik_of_someone_who_died_does_not_block(any_services):
    hid = register(any_services)
    child = [m for m in any_services.households.get(hid).members if m.nik == CHILD.nik][0]
    any_services.households.update_person(child.id, replace(CHILD, life_status="meninggal"))
    register(any_services, "3201051511200002", (replace(HEAD, nik="3201051506900001", name="Budi"),
                                                replace(CHILD, name="Rizki Lain")))
    assert any_services.households.count() == 2


def test_same_nik_twice_in_one_form_is_blocked(any_services):
    with pytest.raises(ValidationError) as err:
        any_services.households.create(HOUSEHOLD, (HEAD, replace(WIFE, nik=HEAD.nik)))
    assert err.value.for_field("members[1].nik")


def test_same_name_and_birth_date_is_a_warning(any_services):
    register(any_services)
    twin = replace(HEAD, nik="3201051505900002", name="Mohammad Djoko")  # same person, other spelling
    saved = any_services.households.create(replace(HOUSEHOLD, no_kk="3201051511200002"), (twin,))
    assert len(saved.warnings) == 1 and "MUHAMAD JOKO" in saved.warnings[0]
    assert any_services.households.count() == 2


def test_second_head_is_a_warning(any_services):
    hid = register(any_services)
    saved = any_services.households.add_person(hid, replace(HEAD, nik="3201051506900001", name="Budi",
                                                           birth_date=dt.date(1990, 6, 15)))
    assert any("kepala keluarga" in w for w in saved.warnings)


def test_duplicate_no_kk_is_blocked(any_services):
    register(any_services)
    problems = any_services.households.check_household(HOUSEHOLD)
    assert [p.code for p in problems.errors] == ["duplicate"] and "MUHAMAD JOKO" in problems.errors[0].message
    with pytest.raises(ValidationError) as err:
        any_services.households.create(HOUSEHOLD, (replace(HEAD, nik="3201051506900001", name="Budi"),))
    assert err.value.for_field("no_kk")
    assert any_services.households.count() == 1


def test_editing_a_household_keeps_its_own_no_kk(any_services):
    hid = register(any_services)
    assert not any_services.households.check_household(HOUSEHOLD, hid).errors
    any_services.households.update(hid, replace(HOUSEHOLD, rt="7"))
    assert any_services.households.get(hid).rt == "007"


def test_page_is_ordered_by_head_name(any_services):
    register(any_services, "3201051511200002", (replace(HEAD, nik="3201051506900001", name="Zainal"),))
    register(any_services, "3201051511200003", (replace(HEAD, nik="3201051507900001", name="Agus"),))
    register(any_services)
    names = [r.head_name for r in any_services.households.page(0, 10)]
    assert names == ["AGUS", "MUHAMAD JOKO", "ZAINAL"]
    assert [r.head_name for r in any_services.households.page(1, 1)] == ["MUHAMAD JOKO"]


def test_full_numbers_are_shown_on_request_and_the_view_is_audited(any_services):
    from sqlalchemy import select

    from puskesos_desktop.db.records import AuditLogRecord

    sv = any_services
    hid = register(sv)
    head = sv.households.get(hid).head
    assert sv.households.reveal_numbers(head.id) == (head.nik, sv.households.get(hid).no_kk)
    with sv.context.reading() as s:
        views = s.execute(select(AuditLogRecord).where(AuditLogRecord.action == "nik_view")).scalars().all()
    assert [(v.entity, v.entity_id, v.detail) for v in views] == [("person", head.id, "")], "no number in the log"
