"""NIK and No KK checks (DOMAIN.md §6) and masking: what an operator sees when a number is wrong."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from puskesos_desktop.core.errors import Problems
from puskesos_desktop.core.identity import check_nik, check_no_kk, mask_number

TODAY = dt.date(2026, 11, 23)
MAN_1990 = "3201051505900001"  # Kab. Bogor, man born 15-05-1990
WOMAN_1992 = "3201055507920003"  # woman born 15-07-1992 (day 15 + 40)


def nik(raw: str, **kwargs):
    problems = Problems()
    info = check_nik(raw, problems, today=TODAY, **kwargs)
    return info, problems


def codes(problems: Problems) -> list[str]:
    return [p.code for p in problems.errors]


def test_valid_nik_tells_birth_date_and_sex():
    info, problems = nik(MAN_1990)
    assert not problems.errors and not problems.warnings
    assert (info.nik, info.birth_date, info.sex) == (MAN_1990, dt.date(1990, 5, 15), "L")


def test_woman_day_plus_40():
    info, problems = nik(WOMAN_1992)
    assert not problems.errors
    assert (info.birth_date, info.sex) == (dt.date(1992, 7, 15), "P")


def test_separators_typed_between_groups_are_accepted():
    info, problems = nik("3201.0515 0590-0001")
    assert not problems.errors and info.nik == MAN_1990


@pytest.mark.parametrize("raw, code", [
    ("", "required"),
    ("320105150590001", "length"),  # 15 digits
    ("32010515059000011", "length"),  # 17 digits
    ("32010515O5900001", "digits"),  # letter O instead of zero
    ("9901051505900001", "province"),
    ("3250051505900001", "regency"),  # Jawa Barat has no 32.50
    ("3201053205900001", "day"),  # 32 is neither 01–31 nor 41–71
    ("3201050005900001", "day"),
    ("3201057205900001", "day"),
    ("3201051513900001", "month"),
    ("3201051500900001", "month"),
    ("3201053102900001", "date"),  # 31 February
    ("3201057102900001", "date"),  # 31 February, woman
    ("3201051505900000", "serial"),
])
def test_invalid_nik_is_an_error(raw, code):
    info, problems = nik(raw)
    assert info is None
    assert code in codes(problems)
    assert all(p.field == "nik" and p.message for p in problems.errors)


def test_fifteen_digits_message_counts_digits():
    _, problems = nik("320105150590001")
    assert "16 digit" in problems.errors[0].message and "15" in problems.errors[0].message


@pytest.mark.parametrize("raw", ["3.20101E+15", "3,20105E+15", "3201051505900000.0", "3201051505900001,0"])
def test_number_damaged_by_excel_is_rejected_saying_excel(raw):
    info, problems = nik(raw)
    assert info is None
    assert codes(problems) == ["excel"]
    assert "Excel" in problems.errors[0].message


def test_birth_date_mismatch_is_a_warning_not_an_error():
    info, problems = nik(MAN_1990, birth_date=dt.date(1990, 5, 16), sex="L")
    assert not problems.errors
    assert [p.code for p in problems.warnings] == ["birth_mismatch"]
    assert "15-05-1990" in problems.warnings[0].message and info is not None


def test_sex_mismatch_is_a_warning_not_an_error():
    info, problems = nik(WOMAN_1992, birth_date=dt.date(1992, 7, 15), sex="L")
    assert not problems.errors and info is not None
    assert [p.code for p in problems.warnings] == ["sex_mismatch"]
    assert "perempuan" in problems.warnings[0].message


def test_matching_birth_date_and_sex_give_no_warning():
    _, problems = nik(WOMAN_1992, birth_date=dt.date(1992, 7, 15), sex="P")
    assert not problems.errors and not problems.warnings


@pytest.mark.parametrize("yy, year", [("26", 2026), ("05", 2005), ("27", 1927), ("90", 1990), ("00", 2000)])
def test_century_inferred_from_today(yy, year):
    info, problems = nik(f"32010515 05{yy}0001".replace(" ", ""))
    assert not problems.errors
    assert info.birth_date.year == year


def test_leap_day_checked_against_the_inferred_century():
    info, _ = nik("3201052902000001")  # 29-02-2000 exists
    assert info.birth_date == dt.date(2000, 2, 29)
    _, problems = nik("3201052902010001")  # 29-02-2001 does not
    assert codes(problems) == ["date"]


def test_no_kk_valid():
    problems = Problems()
    assert check_no_kk("3201051511200001", problems) == "3201051511200001"
    assert not problems.errors


@pytest.mark.parametrize("raw, code", [
    ("320105151120001", "length"),
    ("3.20105E+15", "excel"),
    ("9901051511200001", "province"),
    ("3201051511200000", "serial"),
    ("", "required"),
])
def test_no_kk_invalid(raw, code):
    problems = Problems()
    assert check_no_kk(raw, problems) is None
    assert code in codes(problems)
    assert problems.errors[0].field == "no_kk" and "No KK" in problems.errors[0].message


def test_masking_keeps_first_and_last_four():
    assert mask_number("3273010101010012") == "3273••••••••0012"
    assert mask_number("") == "" and mask_number(None) == ""
    assert mask_number("12345678") == "••••••••"


@settings(max_examples=300, database=None, deadline=None)
@given(
    region=st.sampled_from(["320105", "320109", "510301", "327301"]),
    birth=st.dates(min_value=dt.date(TODAY.year - 99, 1, 1), max_value=TODAY),
    sex=st.sampled_from("LP"),
    serial=st.integers(min_value=1, max_value=9999),
)
def test_every_well_formed_nik_round_trips(region, birth, sex, serial):
    """Whatever a Dukcapil office could issue in the last 99 years reads back as born and sexed."""
    day = birth.day + (40 if sex == "P" else 0)
    raw = f"{region}{day:02d}{birth:%m%y}{serial:04d}"
    info, problems = nik(raw, birth_date=birth, sex=sex)
    assert not problems.errors and not problems.warnings
    assert (info.birth_date, info.sex) == (birth, sex)
