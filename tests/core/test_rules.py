"""Checks on drafts that need no database: households, people and the office."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from puskesos_desktop.core.codes import Mode
from puskesos_desktop.core.model import HouseholdDraft, Housing, OfficeDraft, PersonDraft
from puskesos_desktop.core.rules import check_household, check_office, check_person

from tests.conftest import DEFAULT_MOMENT  # the clock of the tests that do not ask for `today`

HEAD = PersonDraft(nik="3201051505900001", name="Suparman", relationship="KEPALA KELUARGA", sex="L",
                   birth_date=dt.date(1990, 5, 15))
HOUSEHOLD = HouseholdDraft(no_kk="3201051511200001", rt="3", rw="001", dusun="Krajan")


def fields(problems) -> set[str]:
    return {p.field for p in problems.errors}


def test_complete_person_passes(today):
    problems = check_person(HEAD, today)
    assert not problems.errors and not problems.warnings


@pytest.mark.parametrize("change, field", [
    ({"name": "  "}, "name"),
    ({"name": "A" * 121}, "name"),
    ({"sex": ""}, "sex"),
    ({"birth_date": None}, "birth_date"),
    ({"birth_date": dt.date(2026, 11, 24)}, "birth_date"),
    ({"birth_date": dt.date(1870, 1, 1)}, "birth_date"),
    ({"relationship": "TETANGGA"}, "relationship"),
    ({"religion": "JEDI"}, "religion"),
    ({"marital_status": "JOMBLO"}, "marital_status"),
    ({"disabilities": ("netra", "terbang")}, "disabilities"),
    ({"ppks": ("XYZ",)}, "ppks"),
    ({"phone": "12ab"}, "phone"),
    ({"nik": "320105150590001"}, "nik"),
    ({"life_status": "hilang"}, "life_status"),
])
def test_person_errors_name_the_field(change, field):
    assert field in fields(check_person(replace(HEAD, **change), DEFAULT_MOMENT.date()))


def test_person_birth_date_differs_from_nik_is_only_a_warning(today):
    problems = check_person(replace(HEAD, birth_date=dt.date(1990, 5, 16)), today)
    assert not problems.errors and [p.code for p in problems.warnings] == ["birth_mismatch"]


def test_complete_household_passes(today):
    draft = replace(HOUSEHOLD, desil=3, programs=("PKH", "SEMBAKO"), dtsen_status="terdaftar",
                    housing=Housing(floor_area_m2=36, ownership="milik_sendiri", toilet="sendiri"),
                    consent=True, consent_date=today)
    assert not check_household(draft).errors


@pytest.mark.parametrize("change, field", [
    ({"no_kk": "3.20105E+15"}, "no_kk"),
    ({"rt": "12a"}, "rt"),
    ({"rw": "1234"}, "rw"),
    ({"desil": 11}, "desil"),
    ({"desil": 0}, "desil"),
    ({"dtsen_status": "entah"}, "dtsen_status"),
    ({"programs": ("PKH", "KARTU_SAKTI")}, "programs"),
    ({"housing": Housing(floor_area_m2=0)}, "floor_area_m2"),
    ({"housing": Housing(toilet="sungai")}, "toilet"),
    ({"consent": True, "consent_date": DEFAULT_MOMENT.date() + dt.timedelta(days=1)}, "consent_date"),
])
def test_household_errors_name_the_field(change, field):
    assert field in fields(check_household(replace(HOUSEHOLD, **change)))


def test_office_desa_and_kabupaten_codes():
    assert not check_office(OfficeDraft(Mode.DESA, "3201052009", "Puskesos Bojong Koneng")).errors
    assert not check_office(OfficeDraft(Mode.KABUPATEN, "3201", "Dinsos Kab. Bogor")).errors
    assert fields(check_office(OfficeDraft(Mode.DESA, "3201", "X"))) == {"region_code"}
    assert fields(check_office(OfficeDraft(Mode.DESA, "3201059999", "X"))) == {"region_code"}
    assert fields(check_office(OfficeDraft(Mode.KABUPATEN, "3201", " ", email="no-at"))) == {"name", "email"}
