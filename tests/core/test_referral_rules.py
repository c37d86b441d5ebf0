"""Needs, complaints and referrals without a database: transitions, letter numbers, codes, drafts."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from puskesos_desktop.core import catalogue
from puskesos_desktop.core.ids import master_id
from puskesos_desktop.core.referral_model import NeedDraft, OutcomeDraft, ReferralDraft
from puskesos_desktop.core.referrals import (
    CODE_ALPHABET, ComplaintStatus, NeedStatus, Outcome, ReferralStatus, TransitionError,
    allowed_transitions, check_need, check_outcome, check_referral, check_transition, format_code,
    format_letter_number, new_verification_code, normalize_code, roman_month,
)

TODAY = dt.date(2026, 11, 23)
SERVICES = {e.code: e for e in catalogue.SERVICES}
INSTITUTIONS = {e.code: e for e in catalogue.INSTITUTIONS}
DRAFT = ReferralDraft(person_id="p-1", service_code="PBI_JK", reason="Sakit kronis, KIS nonaktif",
                      documents=("KTP", "KK"))


def fields(problems) -> set[str]:
    return {p.field for p in problems.errors}


@pytest.mark.parametrize("current, target", [
    (NeedStatus.TERBUKA, NeedStatus.DIRUJUK), (NeedStatus.DIRUJUK, NeedStatus.TERPENUHI),
    (NeedStatus.TERBUKA, NeedStatus.DITUTUP), (NeedStatus.DIRUJUK, NeedStatus.TERBUKA),
    (ComplaintStatus.DITERIMA, ComplaintStatus.VERIFIKASI), (ComplaintStatus.VERIFIKASI, ComplaintStatus.DITERUSKAN),
    (ComplaintStatus.DITERUSKAN, ComplaintStatus.DITANGANI), (ComplaintStatus.DITANGANI, ComplaintStatus.SELESAI),
    (ComplaintStatus.DITERIMA, ComplaintStatus.DITUTUP),
    (ReferralStatus.DRAF, ReferralStatus.DISETUJUI), (ReferralStatus.DISETUJUI, ReferralStatus.DICETAK),
    (ReferralStatus.DICETAK, ReferralStatus.SELESAI), (ReferralStatus.DALAM_PROSES, ReferralStatus.PERLU_DOKUMEN),
    (ReferralStatus.PERLU_DOKUMEN, ReferralStatus.DALAM_PROSES),
])
def test_allowed_transitions_pass(current, target):
    check_transition(current, target)
    assert target in allowed_transitions(current)


@pytest.mark.parametrize("current, target", [
    (NeedStatus.TERPENUHI, NeedStatus.TERBUKA), (NeedStatus.DITUTUP, NeedStatus.DIRUJUK),
    (ComplaintStatus.DITERIMA, ComplaintStatus.SELESAI), (ComplaintStatus.SELESAI, ComplaintStatus.DITERIMA),
    (ComplaintStatus.DITANGANI, ComplaintStatus.DITUTUP),
    (ReferralStatus.DRAF, ReferralStatus.DICETAK), (ReferralStatus.DRAF, ReferralStatus.SELESAI),
    (ReferralStatus.DISETUJUI, ReferralStatus.SELESAI), (ReferralStatus.SELESAI, ReferralStatus.DITOLAK),
    (ReferralStatus.DIBATALKAN, ReferralStatus.DISETUJUI),
])
def test_forbidden_transitions_raise_in_indonesian(current, target):
    with pytest.raises(TransitionError) as err:
        check_transition(current, target)
    assert "tidak dapat diubah menjadi" in str(err.value)
    assert err.value.current == current and err.value.target == target


def test_final_status_says_so():
    with pytest.raises(TransitionError, match="sudah final"):
        check_transition(ReferralStatus.SELESAI, ReferralStatus.DALAM_PROSES)


@pytest.mark.parametrize("month, roman", [(1, "I"), (4, "IV"), (9, "IX"), (11, "XI"), (12, "XII")])
def test_roman_months(month, roman):
    assert roman_month(month) == roman
    assert format_letter_number("400.9", 5, "PUSKESOS-SKM", dt.date(2026, month, 1)) == f"400.9/005/PUSKESOS-SKM/{roman}/2026"


def test_letter_number_pattern_and_padding():
    assert format_letter_number("400.9", 17, "PUSKESOS-SKM", TODAY) == "400.9/017/PUSKESOS-SKM/XI/2026"
    assert format_letter_number(" 460 ", 1, "PUSKESOS", dt.date(2027, 1, 2)) == "460/001/PUSKESOS/I/2027"
    assert format_letter_number("400.9", 1234, "P", TODAY) == "400.9/1234/P/XI/2026"
    with pytest.raises(ValueError):
        format_letter_number("400.9", 0, "P", TODAY)


def test_verification_codes_are_unambiguous_and_normalised():
    codes = {new_verification_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(re.fullmatch(f"[{CODE_ALPHABET}]{{8}}", c) for c in codes)
    assert not set("01OIL") & set(CODE_ALPHABET)
    code = next(iter(codes))
    assert normalize_code(f" {format_code(code).lower()} ") == code
    assert format_code("ABCDEFGH") == "ABCD-EFGH"


def test_complete_referral_passes_and_uses_the_default_addressee():
    assert not check_referral(DRAFT, SERVICES, INSTITUTIONS, TODAY).errors
    assert SERVICES["PBI_JK"].default_institution in INSTITUTIONS


@pytest.mark.parametrize("change, field", [
    ({"person_id": ""}, "person_id"),
    ({"service_code": ""}, "service_code"),
    ({"service_code": "NGGAK_ADA"}, "service_code"),
    ({"reason": "   "}, "reason"),
    ({"institution_code": "ENTAH"}, "institution_code"),
    ({"documents": ("KTP", "IJAZAH")}, "documents"),
    ({"due_date": TODAY - dt.timedelta(days=1)}, "due_date"),
])
def test_bad_referral_names_the_field(change, field):
    problems = check_referral(replace(DRAFT, **change), SERVICES, INSTITUTIONS, TODAY)
    assert field in fields(problems)
    assert all(p.message and p.message[0].isupper() for p in problems.errors)


def test_a_referral_without_person_service_or_reason_names_all_three():
    problems = check_referral(ReferralDraft(person_id="", service_code="", reason=""), SERVICES, INSTITUTIONS, TODAY)
    assert {"person_id", "service_code", "reason"} <= fields(problems)


def test_inactive_service_cannot_be_chosen():
    services = {**SERVICES, "PBI_JK": replace(SERVICES["PBI_JK"], active=False)}
    assert "service_code" in fields(check_referral(DRAFT, services, INSTITUTIONS, TODAY))


def test_need_draft_checks():
    ok = NeedDraft(household_id="h", service_code="PKH", description="Belum menerima PKH")
    assert not check_need(ok, SERVICES, TODAY).errors
    bad = NeedDraft(household_id="", service_code="X", description="", recorded_on=TODAY + dt.timedelta(days=1))
    assert fields(check_need(bad, SERVICES, TODAY)) == {"household_id", "service_code", "description", "recorded_on"}


@pytest.mark.parametrize("outcome, field", [
    (Outcome.DITOLAK, "reason"), (Outcome.DIRUJUK_LANJUT, "forwarded_to"), (Outcome.PERLU_DOKUMEN, "missing_documents"),
])
def test_outcomes_that_need_an_explanation(outcome, field):
    assert field in fields(check_outcome(OutcomeDraft(outcome, TODAY), TODAY))
    assert not check_outcome(OutcomeDraft(Outcome.DILAYANI, TODAY), TODAY).errors


def test_catalogue_is_consistent_and_ids_are_stable():
    assert len(SERVICES) == len(catalogue.SERVICES) and len(INSTITUTIONS) == len(catalogue.INSTITUTIONS)
    for entry in catalogue.SERVICES:
        assert entry.default_institution in INSTITUTIONS
        assert entry.id == master_id("service", entry.code)
    assert {"PUSKESMAS", "RSUD", "DISDUKCAPIL", "DISDIK", "BAZNAS", "BPJS_KES", "BPJS_TK", "KEMENSOS_SENTRA",
            "UPT_PANTI", "UPTD_PPA", "KECAMATAN", "DINSOS"} <= set(INSTITUTIONS)


def test_a_need_follows_the_referral_that_answers_it():
    from puskesos_desktop.core.referrals import NeedStatus, ReferralStatus, allowed_transitions, need_follows

    assert need_follows(ReferralStatus.DISETUJUI, NeedStatus.TERBUKA) is NeedStatus.DIRUJUK
    for step in (ReferralStatus.DICETAK, ReferralStatus.DITERIMA_LAYANAN, ReferralStatus.DALAM_PROSES,
                 ReferralStatus.PERLU_DOKUMEN, ReferralStatus.DIRUJUK_LANJUT):
        assert need_follows(step, NeedStatus.DIRUJUK) is None, f"{step}: still in someone's hands"
    assert need_follows(ReferralStatus.SELESAI, NeedStatus.DIRUJUK) is NeedStatus.TERPENUHI
    assert need_follows(ReferralStatus.DITOLAK, NeedStatus.DIRUJUK) is NeedStatus.TERBUKA
    assert need_follows(ReferralStatus.DIBATALKAN, NeedStatus.DIRUJUK) is NeedStatus.TERBUKA
    for final in (NeedStatus.TERPENUHI, NeedStatus.DITUTUP):  # closed by hand: a referral never reopens it
        assert all(need_follows(s, final) is None for s in ReferralStatus)
    for referral in ReferralStatus:  # every move it asks for is one the need workflow allows
        for need in NeedStatus:
            target = need_follows(referral, need)
            assert target is None or target in allowed_transitions(need)


def test_letter_file_names_are_safe_and_never_just_the_year():
    from puskesos_desktop.core.letter import letter_file_name, pdf_file_name

    assert letter_file_name("400.9/017/PUSKESOS-SKM/XI/2026", "Siti Aisyah") == (
        "Surat_Rujukan_400.9-017-PUSKESOS-SKM-XI-2026_SITI_AISYAH.pdf")
    assert letter_file_name("400.9/001/PUSKESOS/I/2027", "MUH. ABD'UL: \"ROZAK\"?") == (
        "Surat_Rujukan_400.9-001-PUSKESOS-I-2027_MUH._ABD_UL_ROZAK.pdf")
    assert pdf_file_name("Referral letter 400.9/002/PUSKESOS/XI/2026") == (
        "Referral_letter_400.9-002-PUSKESOS-XI-2026.pdf")
    assert pdf_file_name("..\\..\\Windows") == "Windows.pdf"
