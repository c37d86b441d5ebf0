"""Restricted categories (issue 10 §7) through the services: what each role reads, what a save keeps,
and what a letter prints (sync: tests/sync/test_restricted_travel.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from puskesos_desktop.core.referral_model import NeedDraft

from tests.pdf_tools import pdf_text
from tests.services.helpers import CHILD, HEAD, WIFE, register
from tests.services.test_referrals import DAY, approved, sign_in

SECRET_HEAD = replace(HEAD, ppks=("FM", "KPN"), chronic_illness="Hepatitis B")
SECRET_CHILD = replace(CHILD, ppks=("AKTK",))


def _registered(sv) -> str:
    """A household whose head has KPN and a chronic illness and whose child has AKTK (as the office)."""
    return register(sv, members=(SECRET_HEAD, WIFE, SECRET_CHILD))


def _by_name(household) -> dict:
    return {m.name.title(): m for m in household.members}


@pytest.mark.parametrize("role", ["admin", "koordinator"])
def test_koordinator_and_admin_read_every_category(any_services, role):
    sv = any_services
    hid = _registered(sv)
    sign_in(sv, "petugas", role)
    members = _by_name(sv.households.get(hid))
    assert members["Muhamad Joko"].ppks == ("FM", "KPN")
    assert members["Muhamad Joko"].chronic_illness == "Hepatitis B"
    assert members["Rizki Pratama"].ppks == ("AKTK",)
    [hit] = sv.search.search("muhamad joko")
    assert _by_name(hit.household)["Muhamad Joko"].ppks == ("FM", "KPN")
    assert sv.households.sees_restricted()


@pytest.mark.parametrize("role", ["operator", "pendata", "supervisor"])
def test_other_roles_read_terbatas_in_every_listing(any_services, role):
    sv = any_services
    hid = _registered(sv)
    sign_in(sv, "petugas", role)
    assert not sv.households.sees_restricted()
    for household in (sv.households.get(hid), sv.search.search("muhamad joko")[0].household,
                      sv.search.search("3201051511200001")[0].household):
        members = _by_name(household)
        assert members["Muhamad Joko"].ppks == ("FM", "terbatas")
        assert members["Muhamad Joko"].chronic_illness == "terbatas"
        assert members["Rizki Pratama"].ppks == ("terbatas",)
        assert members["Siti Aisyah"].ppks == ("terbatas",), "the mask does not tell who has something"
    holder = sv.households.living_holder(HEAD.nik)
    assert (holder.ppks, holder.chronic_illness) == (("FM", "terbatas"), "terbatas")


def test_an_operator_edit_keeps_the_values_they_cannot_see(any_services):
    sv = any_services
    hid = _registered(sv)
    sign_in(sv, "budi", "operator")
    head = _by_name(sv.households.get(hid))["Muhamad Joko"]
    # What the window sends back: the masked person, edited (phone changed, LUT ticked, FM unticked).
    edited = replace(head.draft(), phone="0812 1111 2222", ppks=("LUT", "terbatas"))
    assert not sv.households.check_person(edited, hid, head.id).errors, "the marker is no input error"
    sv.households.update_person(head.id, edited)
    child = _by_name(sv.households.get(hid))["Rizki Pratama"]
    sv.households.update_person(child.id, replace(child.draft(), ppks=("ODHA",), chronic_illness="diubah"))
    new = sv.households.add_person(hid, replace(WIFE, nik="3201054101000004", name="Dewi", relationship="ANAK",
                                                birth_date=dt.date(2000, 1, 1), ppks=("KTR", "FM"), chronic_illness="Asma"))

    sign_in(sv, "sari", "koordinator")
    members = _by_name(sv.households.get(hid))
    assert members["Muhamad Joko"].ppks == ("KPN", "LUT") and members["Muhamad Joko"].phone == "0812 1111 2222"
    assert members["Muhamad Joko"].chronic_illness == "Hepatitis B"
    assert (members["Rizki Pratama"].ppks, members["Rizki Pratama"].chronic_illness) == (("AKTK",), "")
    dewi = members["Dewi"]
    assert dewi.id == new.id and (dewi.ppks, dewi.chronic_illness) == (("FM",), ""), \
        "an operator cannot set what they cannot see"


def test_a_koordinator_edit_changes_the_restricted_values(any_services):
    sv = any_services
    hid = _registered(sv)
    sign_in(sv, "sari", "koordinator")
    head = _by_name(sv.households.get(hid))["Muhamad Joko"]
    sv.households.update_person(head.id, replace(head.draft(), ppks=("FM",), chronic_illness=""))
    head = _by_name(sv.households.get(hid))["Muhamad Joko"]
    assert (head.ppks, head.chronic_illness) == (("FM",), "")


def _letter(sv, tmp_path, person_id: str, hid: str, service: str, name: str) -> str:
    need = sv.needs.record(NeedDraft(household_id=hid, person_id=person_id, service_code=service,
                                     description="Perlu pendampingan"), today=DAY)
    referral = approved(sv, person_id, service_code=service, need_id=need.id, documents=())
    sign_in(sv, name, "operator")  # an operator prints; the letter's need decides, not the role
    sv.letters.print_letter(referral.id, tmp_path / f"{name}.pdf")
    sv.operators.logout()
    return pdf_text(tmp_path / f"{name}.pdf", 1)


def test_a_letter_prints_a_restricted_category_only_when_its_need_is_about_it(any_services, tmp_path):
    sv = any_services
    hid = _registered(sv)
    members = _by_name(sv.households.get(hid))
    head, child = members["Muhamad Joko"].id, members["Rizki Pratama"].id

    rehab = _letter(sv, tmp_path, head, hid, "ATENSI", "satu")
    assert "Kategori PPKS" in rehab and "Korban Penyalahgunaan NAPZA" in rehab
    assert "Hepatitis B" not in rehab and "Fakir Miskin" not in rehab

    health = _letter(sv, tmp_path, head, hid, "PBI_JK", "dua")
    assert "Penyakit kronis" in health and "Hepatitis B" in health
    assert "NAPZA" not in health and "Kategori PPKS" not in health

    family = _letter(sv, tmp_path, head, hid, "PKH", "tiga")
    assert "NAPZA" not in family and "Hepatitis" not in family and "terbatas" not in family

    protection = _letter(sv, tmp_path, child, hid, "PERLINDUNGAN", "empat")
    assert "Anak Korban Tindak Kekerasan" in protection


