"""Restricted categories (issue 10 §7): the mask each role gets, what a save keeps, what letters and exports carry."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from puskesos_desktop.core.codes import Role
from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.core.model import Person
from puskesos_desktop.core.restricted import (
    RESTRICTED,
    for_export,
    keep_hidden,
    letter_categories,
    may_see_restricted,
    redact_person,
)

PERSON = Person(
    id="p1", household_id="h1", nik="3201051505900001", name="Muhamad Joko", relationship="KEPALA KELUARGA",
    sex="L", birth_date=dt.date(1990, 5, 15), birth_place="Bogor", marital_status="KAWIN", religion="ISLAM",
    education="", occupation="", disabilities=(), chronic_illness="HIV", ppks=("FM", "ODHA", "KPN"),
    phone="", mother_name="", life_status="hidup",
)
PLAIN = replace(PERSON, ppks=("FM",), chronic_illness="")


@pytest.mark.parametrize("role", [Role.ADMIN, Role.KOORDINATOR, None])
def test_koordinator_and_admin_see_everything(role):
    assert may_see_restricted(role)
    assert redact_person(PERSON, role) == PERSON


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.PENDATA, Role.SUPERVISOR])
def test_other_roles_read_terbatas_whether_or_not_there_is_anything(role):
    assert not may_see_restricted(role)
    seen = redact_person(PERSON, role)
    assert (seen.ppks, seen.chronic_illness) == (("FM", RESTRICTED), "terbatas")
    assert (seen.name, seen.nik) == (PERSON.name, PERSON.nik)
    # Someone without anything restricted reads the same: the mask does not tell who has something.
    plain = redact_person(PLAIN, role)
    assert (plain.ppks, plain.chronic_illness) == (("FM", RESTRICTED), "terbatas")


def test_a_save_by_an_operator_keeps_the_hidden_values_and_takes_the_visible_ones():
    seen = redact_person(PERSON, Role.OPERATOR).draft()
    edited = keep_hidden(replace(seen, ppks=("LUT", RESTRICTED, "KTK"), chronic_illness=RESTRICTED),
                         PERSON, Role.OPERATOR)
    # FM unticked, LUT ticked; ODHA and KPN kept where they were; KTK (which they cannot see) not taken.
    assert edited.ppks == ("ODHA", "KPN", "LUT")
    assert edited.chronic_illness == "HIV"
    assert keep_hidden(seen, PERSON, Role.OPERATOR).ppks == PERSON.ppks, "an unchanged save changes nothing"
    new = keep_hidden(seen, None, Role.PENDATA)
    assert (new.ppks, new.chronic_illness) == (("FM",), ""), "a new person gets no restricted value from them"
    assert keep_hidden(PERSON.draft(), None, Role.KOORDINATOR) == PERSON.draft()


def test_a_letter_names_only_what_its_need_is_about():
    assert letter_categories(PERSON, "ATENSI") == (("Orang dengan HIV/AIDS", "Korban Penyalahgunaan NAPZA"), "")
    assert letter_categories(PERSON, "PUSKESMAS") == (("Orang dengan HIV/AIDS", "Korban Penyalahgunaan NAPZA"), "HIV")
    assert letter_categories(PERSON, "PBI_JK") == ((), "HIV")
    assert letter_categories(PERSON, "PKH") == ((), "")
    assert letter_categories(PERSON, "PERLINDUNGAN") == ((), "")


def test_exports_leave_restricted_values_out_unless_an_admin_asks():
    for role in (Role.ADMIN, Role.KOORDINATOR, Role.OPERATOR):
        out = for_export(PERSON, role)
        assert (out.ppks, out.chronic_illness) == (("FM",), "")
    assert for_export(PERSON, Role.ADMIN, include_restricted=True) == PERSON
    for role in (Role.KOORDINATOR, Role.OPERATOR, Role.SUPERVISOR):
        with pytest.raises(PermissionDenied):
            for_export(PERSON, role, include_restricted=True)
