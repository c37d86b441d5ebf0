"""The PSKS registry and field activities (issue 12 §1–2): who is in the desa's network, what they do,
and the input refused."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.core.errors import NotFoundError, ValidationError
from puskesos_desktop.core.psks import ActivityDraft, PsksDraft, activity_kind
from tests.services.helpers import register

TODAY = dt.date(2026, 12, 4)
NIK = "3201051505900001"


def _psm(**changes) -> PsksDraft:
    fields = dict(kind="PSM", name="siti  aminah", nik=NIK, phone="0812-1111-2222", area="Dusun 1, RT 01–03",
                  sk_number="400.9/12/SK/2024", sk_date=dt.date(2024, 1, 10), valid_until=dt.date(2027, 1, 10))
    return PsksDraft(**{**fields, **changes})


def test_a_psm_and_an_institution_are_registered_and_found(any_services):
    sv = any_services.psks
    psm = sv.add(_psm(), today=TODAY)
    lks = sv.add(PsksDraft(kind="LKS", name="LKS Harapan Bunda", legal_number="AHU-0012.AH.01.04.2019",
                           address="Kp. Cibodas RT 02", contact_person="Ibu Rina", fields="lansia, disabilitas"),
                 today=TODAY)
    assert (psm.name, psm.nik, psm.kind_label) == ("SITI AMINAH", NIK, "Pekerja Sosial Masyarakat")
    assert sv.get(lks.id).contact_person == "Ibu Rina" and sv.get(lks.id).nik == ""
    assert [p.id for p in sv.list()] == [lks.id, psm.id]  # by name
    assert [p.id for p in sv.list("PSM")] == [psm.id]
    assert [p.id for p in sv.list(text="aminah")] == [psm.id]
    assert [p.id for p in sv.list(text=NIK[:8])] == [psm.id]


def test_the_sk_filters_find_expired_and_expiring_ones(any_services):
    sv = any_services.psks
    expired = sv.add(_psm(nik="", name="A", valid_until=dt.date(2026, 11, 30)), today=TODAY)
    soon = sv.add(_psm(nik="", name="B", valid_until=dt.date(2027, 1, 20)), today=TODAY)  # 47 days
    sv.add(_psm(nik="", name="C", valid_until=dt.date(2027, 6, 1)), today=TODAY)
    sv.add(_psm(nik="", name="D", sk_number="", sk_date=None, valid_until=None), today=TODAY)
    assert [p.id for p in sv.list(sk="expired", today=TODAY)] == [expired.id]
    assert [p.id for p in sv.list(sk="expiring", today=TODAY)] == [soon.id]
    assert (expired.sk_state(TODAY), soon.sk_state(TODAY)) == ("expired", "expiring")


@pytest.mark.parametrize("draft, field, says", [
    (_psm(nik="320105150590001"), "nik", "16"),  # 15 digits
    (_psm(nik="3.20105E+15"), "nik", "Excel"),
    (_psm(kind="XYZ"), "kind", "tidak dikenal"),
    (_psm(name="  "), "name", "wajib"),
    (_psm(sk_date=dt.date(2027, 1, 1)), "sk_date", "masa depan"),
    (_psm(valid_until=dt.date(2023, 1, 1)), "valid_until", "sebelum tanggal SK"),
    (_psm(sk_number=""), "sk_number", "nomor SK"),
    (PsksDraft(kind="KT", name="Karang Taruna Tunas Muda", nik=NIK), "nik", "Lembaga"),
])
def test_bad_input_is_refused_naming_the_field(any_services, draft, field, says):
    with pytest.raises(ValidationError) as refused:
        any_services.psks.add(draft, today=TODAY)
    assert any(p.field == field and says in p.message for p in refused.value.errors), refused.value.errors
    assert any_services.psks.list() == []


def test_a_nik_of_another_psks_is_refused_saying_whose(any_services):
    sv = any_services.psks
    first = sv.add(_psm(), today=TODAY)
    with pytest.raises(ValidationError, match="SITI AMINAH"):
        sv.add(_psm(name="Orang Lain", nik=NIK.replace("-", "")), today=TODAY)
    assert sv.update(first.id, _psm(phone="0813"), today=TODAY).phone == "0813"  # its own NIK is no clash
    with pytest.raises(NotFoundError):
        sv.get("tidak-ada")


# ---- field activities (issue 12 §2) -------------------------------------------------------------------
def _activity(psks_ids, household_ids, **changes) -> ActivityDraft:
    fields = dict(kind="penjangkauan", done_on=dt.date(2026, 11, 20), psks_ids=tuple(psks_ids),
                  household_ids=tuple(household_ids), note="Lansia tinggal sendiri")
    return ActivityDraft(**{**fields, **changes})


def test_an_activity_is_recorded_and_listed_by_month_psks_and_household(any_services):
    sv = any_services
    psm = sv.psks.add(_psm(), today=TODAY)
    tksk = sv.psks.add(_psm(kind="TKSK", name="Budi", nik=""), today=TODAY)
    a, b = register(sv), register(sv, "3201051511200002", ())
    first = sv.activities.add(_activity([psm.id, tksk.id], [a]), today=TODAY)
    second = sv.activities.add(_activity([tksk.id], [a, b], kind=activity_kind("Kunjungan rumah"),
                                         done_on=dt.date(2026, 12, 1), follow_up_on=dt.date(2026, 12, 15)),
                               today=TODAY)
    assert sv.activities.get(first.id).psks_ids == (psm.id, tksk.id)
    assert [x.id for x in sv.activities.list()] == [second.id, first.id]  # newest first
    assert [x.id for x in sv.activities.list(month="2026-11")] == [first.id]
    assert [x.id for x in sv.activities.list(psks_id=psm.id)] == [first.id]
    assert [x.id for x in sv.activities.list(household_id=b)] == [second.id]
    assert second.kind_label == "Kunjungan rumah"
    story = [e for e in sv.timeline.household_timeline(a) if e.kind == "kegiatan"]
    assert [(e.entity_id, e.title) for e in story] == [
        (first.id, "Penjangkauan oleh BUDI, SITI AMINAH"), (second.id, "Kunjungan rumah oleh BUDI")]
    assert story[1].detail == "Lansia tinggal sendiri; tindak lanjut 15-12-2026"
    assert sv.check.run().ok, sv.check.run().problems


def test_bad_activities_are_refused(any_services):
    sv = any_services
    psm = sv.psks.add(_psm(), today=TODAY)  # SK of 10-01-2024
    household = register(sv)
    refusals = [
        (_activity([psm.id], [household], done_on=dt.date(2026, 12, 5)), "masa depan"),
        (_activity([psm.id], [household], done_on=dt.date(2023, 12, 31)), "sebelum SK"),
        (_activity([], [household]), "PSKS"),
        (_activity([psm.id], []), "keluarga"),
        (_activity([psm.id], [household], kind="rapat"), "tidak dikenal"),
        (_activity(["tidak-ada"], [household]), "tidak ditemukan"),
        (_activity([psm.id], [household], follow_up_on=dt.date(2026, 11, 1)), "tindak lanjut"),
    ]
    for draft, says in refusals:
        with pytest.raises(ValidationError, match=says):
            sv.activities.add(draft, today=TODAY)
    sv.households.remove(household)
    with pytest.raises(ValidationError, match="sudah dihapus"):
        sv.activities.add(_activity([psm.id], [household]), today=TODAY)
    assert sv.activities.list() == []
    with pytest.raises(ValidationError, match="TTTT-BB"):
        sv.activities.list(month="11-2026")
