"""The one search box: NIK / No KK prefixes, and name words in any order with spelling variants."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from puskesos_desktop.core.model import PersonDraft

from tests.services.helpers import CHILD, HEAD, WIFE, register

# NIKs and names chosen so prefixes end in 9 and z: the characters whose naive "next character"
# upper bound (':' and '{') is punctuation, which linguistic collations order differently.
ZAINUZ = PersonDraft(nik="3201091909850004", name="Zainuz Aziz", relationship="KEPALA KELUARGA", sex="L",
                     birth_date=dt.date(1985, 9, 19))
WAYAN = PersonDraft(nik="5103012009890001", name="I Wayan Sudarsana", relationship="KEPALA KELUARGA", sex="L",
                    birth_date=dt.date(1989, 9, 20))


@pytest.fixture
def people(any_services):
    sv = any_services
    ids = {
        "joko": register(sv),
        "zainuz": register(sv, "3201091511200009", (ZAINUZ,)),
        "wayan": register(sv, "5103011511200001", (WAYAN,)),
    }
    return sv, ids


def found(sv, query: str) -> list[str]:
    return [hit.household.id for hit in sv.search.search(query)]


def test_nik_prefix_and_whole_nik(people):
    sv, ids = people
    assert found(sv, "3201051505900001") == [ids["joko"]]
    assert found(sv, "32010555") == [ids["joko"]]  # the wife, by her NIK
    [hit] = sv.search.search("32010555")
    assert hit.matched_person_ids == tuple(m.id for m in hit.household.members if m.nik == WIFE.nik)
    assert found(sv, "3201.0555") == [ids["joko"]]  # dots typed between groups


@pytest.mark.parametrize("prefix", ["3201091909", "32010919", "320109", "5103012009", "51030120098"])
def test_nik_prefix_ending_in_nine(people, prefix):
    sv, ids = people
    want = ids["zainuz"] if prefix.startswith("3201") else ids["wayan"]
    assert want in found(sv, prefix)


def test_no_kk_prefix(people):
    sv, ids = people
    [hit] = sv.search.search("32010515112")
    assert hit.household.id == ids["joko"] and hit.matched_person_ids == ()
    assert set(found(sv, "3201")) == {ids["joko"], ids["zainuz"]}
    assert found(sv, "320")  == []  # fewer than 4 digits: too broad to search
    assert found(sv, "9999") == []


def test_names_in_any_order_and_as_prefixes(people):
    sv, ids = people
    assert found(sv, "joko muhamad") == [ids["joko"]]
    assert found(sv, "siti") == [ids["joko"]]
    assert found(sv, "ais sit") == [ids["joko"]]
    assert found(sv, "sudar wayan") == [ids["wayan"]]
    assert found(sv, "siti zainuz") == []  # every word must match the same person


@pytest.mark.parametrize("query", ["zainuz", "ZAINUZ", "aziz", "aziz zainuz", "zainuz aziz"])
def test_name_ending_in_z(people, query):
    sv, ids = people
    assert found(sv, query) == [ids["zainuz"]]


@pytest.mark.parametrize("query", ["moehammad djoko", "MOCH. JOKO", "muhammad joko", "Mhd Djoko", "moham"])
def test_spelling_variants_find_muhamad_joko(people, query):
    sv, ids = people
    assert found(sv, query) == [ids["joko"]]


def test_case_and_diacritics(people):
    sv, ids = people
    assert found(sv, "SÌTÍ áisyah") == [ids["joko"]]
    assert found(sv, "rizki") == [ids["joko"]]


def test_removed_people_are_not_found(people):
    sv, ids = people
    child = [m for m in sv.households.get(ids["joko"]).members if m.nik == CHILD.nik][0]
    sv.households.remove_person(child.id)
    assert found(sv, "rizki") == [] and found(sv, CHILD.nik) == []
    sv.households.remove(ids["zainuz"])
    assert found(sv, "zainuz") == [] and found(sv, "32010919") == [] and found(sv, "3201091511") == []
    assert found(sv, "siti") == [ids["joko"]]


def test_renamed_person_is_found_by_the_new_name_only(people):
    sv, ids = people
    head = sv.households.get(ids["joko"]).head
    sv.households.update_person(head.id, replace(HEAD, name="Slamet Riyadi"))
    assert found(sv, "slamet") == [ids["joko"]] and found(sv, "joko") == []


def test_empty_and_punctuation_queries_find_nothing(people):
    sv, _ = people
    assert found(sv, "") == [] and found(sv, "  ... ") == []


def test_limit(any_services):
    for i in range(5):
        register(any_services, f"320105151120000{i + 1}",
                 (replace(HEAD, nik=f"320105150590000{i + 1}", name=f"Joko {chr(65 + i)}"),))
    assert len(any_services.search.search("joko", limit=3)) == 3
    assert len(any_services.search.search("joko")) == 5
