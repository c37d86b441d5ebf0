"""Moving a person into another household (pindah KK): one stamped transaction, heads and empty KKs guarded."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text

from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.core.model import HouseholdDraft, PersonDraft

from tests.services.helpers import CHILD, HEAD, WIFE, register

OTHER_KK = "3201051511200002"
GRANDMOTHER = PersonDraft(nik="3201054404500001", name="Mak Icih", relationship="KEPALA KELUARGA", sex="P",
                          birth_date=dt.date(1950, 4, 4))


def _seqs(sv) -> dict[str, int]:
    with sv.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, seq FROM household UNION ALL SELECT id, seq FROM person")).all()
    return dict(rows)


def _member(sv, household_id: str, nik: str):
    return next(m for m in sv.households.get(household_id).members if m.nik == nik)


def test_a_member_moves_with_a_new_relationship_in_one_stamped_transaction(any_services):
    sv = any_services
    family = register(sv)
    grandmother = register(sv, OTHER_KK, (GRANDMOTHER,))
    child = _member(sv, family, CHILD.nik)
    before = _seqs(sv)

    sv.households.move_person(child.id, grandmother, "CUCU")

    moved = _member(sv, grandmother, CHILD.nik)
    assert moved.id == child.id and moved.relationship == "CUCU" and moved.name == "RIZKI PRATAMA"
    assert [m.nik for m in sv.households.get(family).members] == [HEAD.nik, WIFE.nik]
    after = _seqs(sv)
    changed = {k for k in after if after[k] != before[k]}
    assert changed == {child.id, family, grandmother}            # the person and both member counts
    assert len({after[k] for k in changed}) == 1 and after[child.id] > max(before.values())
    [hit] = sv.search.search("rizki")
    assert hit.household.id == grandmother
    rows = {r.id: r.member_count for r in sv.households.page(0, 10)}
    assert rows == {family: 2, grandmother: 2}


def test_without_a_relationship_the_old_one_is_kept(any_services):
    sv = any_services
    family = register(sv)
    other = register(sv, OTHER_KK, (GRANDMOTHER,))
    wife = _member(sv, family, WIFE.nik)
    sv.households.move_person(wife.id, other)
    assert _member(sv, other, WIFE.nik).relationship == "ISTRI"


def test_the_only_head_moves_only_with_a_replacement(any_services):
    sv = any_services
    family = register(sv)
    other = register(sv, OTHER_KK, (GRANDMOTHER,))
    head, wife = _member(sv, family, HEAD.nik), _member(sv, family, WIFE.nik)
    before = _seqs(sv)
    with pytest.raises(ValidationError) as refused:
        sv.households.move_person(head.id, other, "ANAK")
    [problem] = refused.value.errors
    assert (problem.field, problem.code) == ("new_head", "required")
    assert "kepala keluarga pengganti" in problem.message
    assert _seqs(sv) == before                                     # nothing written

    sv.households.move_person(head.id, other, "ANAK", new_head_id=wife.id)
    left = sv.households.get(family)
    assert left.head.id == wife.id and left.head.relationship == "KEPALA KELUARGA"
    assert {r.head_name for r in sv.households.page(0, 10)} == {"MAK ICIH", "SITI AISYAH"}


def test_a_replacement_must_be_a_living_member_who_stays(any_services):
    sv = any_services
    family = register(sv)
    other = register(sv, OTHER_KK, (GRANDMOTHER,))
    head = _member(sv, family, HEAD.nik)
    stranger = _member(sv, other, GRANDMOTHER.nik)
    with pytest.raises(ValidationError) as refused:
        sv.households.move_person(head.id, other, "ANAK", new_head_id=stranger.id)
    assert refused.value.errors[0].code == "required"


def test_a_second_head_is_refused_in_the_new_household(any_services):
    sv = any_services
    family = register(sv)
    other = register(sv, OTHER_KK, (GRANDMOTHER,))
    wife = _member(sv, family, WIFE.nik)
    with pytest.raises(ValidationError) as refused:
        sv.households.move_person(wife.id, other, "KEPALA KELUARGA")
    [problem] = refused.value.errors
    assert problem.code == "second_head" and "MAK ICIH" in problem.message


def test_the_last_member_moves_only_when_the_empty_household_is_accepted(any_services):
    sv = any_services
    family = register(sv)
    alone = register(sv, OTHER_KK, (GRANDMOTHER,))
    grandmother = _member(sv, alone, GRANDMOTHER.nik)
    with pytest.raises(ValidationError) as refused:
        sv.households.move_person(grandmother.id, family, "ORANGTUA")
    assert refused.value.errors[0].code == "would_be_empty"
    assert "tidak punya anggota lagi" in refused.value.errors[0].message

    sv.households.move_person(grandmother.id, family, "ORANGTUA", keep_empty_household=True)
    assert sv.households.get(alone).members == ()                 # kept, not removed
    assert sv.households.count() == 2
    assert {r.id: r.member_count for r in sv.households.page(0, 10)} == {family: 4, alone: 0}


def test_moving_into_the_same_household_or_a_person_who_died_is_refused(any_services):
    sv = any_services
    family = register(sv)
    other = register(sv, OTHER_KK, (GRANDMOTHER,))
    child = _member(sv, family, CHILD.nik)
    with pytest.raises(ValidationError) as same:
        sv.households.move_person(child.id, family)
    assert same.value.errors[0].code == "same"
    sv.households.update_person(child.id, replace(CHILD, life_status="meninggal"))
    with pytest.raises(ValidationError) as died:
        sv.households.move_person(child.id, other)
    assert died.value.errors[0].code == "not_living" and "meninggal" in died.value.errors[0].message


def test_a_supervisor_cannot_move_anyone(any_services):
    sv = any_services
    family = register(sv)
    other = register(sv, OTHER_KK, (GRANDMOTHER,))
    child = _member(sv, family, CHILD.nik)
    sv.operators.add("sri", "sandi-sri-123", "supervisor", "Sri")
    sv.operators.login("sri", "sandi-sri-123")
    with pytest.raises(PermissionDenied):
        sv.households.move_person(child.id, other)


def test_the_duplicate_nik_message_names_the_holder_and_the_way_out(any_services):
    sv = any_services
    family = register(sv)
    other = sv.households.create(HouseholdDraft(no_kk=OTHER_KK)).id
    problems = sv.households.check_person(replace(CHILD, name="Rizki"), other)
    [problem] = [p for p in problems.errors if p.field == "nik"]
    assert problem.code == "duplicate" and "RIZKI PRATAMA" in problem.message
    assert "pindahkan ia ke keluarga ini" in problem.message
    holder = sv.households.living_holder(CHILD.nik)
    assert holder is not None and holder.household_id == family and holder.name == "RIZKI PRATAMA"
    assert sv.households.living_holder(CHILD.nik, person_id=holder.id) is None
    in_family = sv.households.check_person(CHILD, family).errors[0].message
    assert "di keluarga ini" in in_family and "pindahkan" not in in_family


def test_list_position_follows_the_list_order(any_services):
    sv = any_services
    ids = [register(sv, f"32010515112000{n:02d}", (replace(HEAD, nik=f"32010515059000{n:02d}", name=name),))
           for n, name in ((11, "Yanto"), (12, "Ade"), (13, "Maman"))]
    order = [r.id for r in sv.households.page(0, 10)]
    assert [sv.households.list_position(i) for i in order] == [0, 1, 2]
    assert sv.households.list_position(ids[0]) == 2
    sv.households.remove(ids[1])
    assert sv.households.list_position(ids[1]) is None and sv.households.list_position(ids[0]) == 1
