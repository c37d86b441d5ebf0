"""The one module that turns records into domain dataclasses and drafts into record fields."""

from __future__ import annotations

import json

from ..core.codes import Mode, Role
from ..core.model import (
    Household, HouseholdDraft, HouseholdRow, Housing, LetterSettings, WorkSettings, Office, Operator, Person,
    PersonDraft,
)
from ..core.names import display_name, name_keys
from ..core.regions import region_names
from .records import HouseholdRecord, OfficeRecord, OperatorRecord, PersonRecord


def _codes(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def _json(values: tuple[str, ...]) -> str:
    return json.dumps(sorted(set(values)))


def office(r: OfficeRecord) -> Office:
    return Office(
        id=r.id, mode=Mode(r.mode), region_code=r.region_code, name=r.name, address=r.address,
        phone=r.phone, email=r.email, has_logo=bool(r.logo_png),
        letter=LetterSettings(
            classification=r.letter_classification, unit_code=r.letter_unit_code,
            signatory_name=r.signatory_name, signatory_position=r.signatory_position,
            signatory_nip=r.signatory_nip, acknowledger_name=r.acknowledger_name,
            acknowledger_position=r.acknowledger_position, place=r.letter_place or "", paper=r.paper or "A4",
        ),
        region_names=region_names(r.region_code),
        work=WorkSettings(complaint_overdue_days=r.complaint_overdue_days or 14,
                          referral_due_days=r.referral_due_days or 14),
    )


def operator(r: OperatorRecord) -> Operator:
    return Operator(id=r.id, username=r.username, full_name=r.full_name, role=Role(r.role), active=r.active)


def person(r: PersonRecord) -> Person:
    return Person(
        id=r.id, household_id=r.household_id, nik=r.nik or "", name=r.name or "",
        relationship=r.relationship_ or "", sex=r.sex or "", birth_date=r.birth_date,
        birth_place=r.birth_place or "", marital_status=r.marital_status or "",
        religion=r.religion or "", education=r.education or "", occupation=r.occupation or "",
        disabilities=_codes(r.disabilities), chronic_illness=r.chronic_illness or "",
        ppks=_codes(r.ppks), phone=r.phone or "", mother_name=r.mother_name or "",
        life_status=r.life_status or "hidup",
    )


def household(r: HouseholdRecord, members: list[PersonRecord] | None = None) -> Household:
    live = [m for m in (members if members is not None else r.members) if not m.deleted]
    return Household(
        id=r.id, no_kk=r.no_kk or "", address=r.address or "", rt=r.rt or "", rw=r.rw or "",
        dusun=r.dusun or "", dtsen_status=r.dtsen_status or "tidak_terdaftar",
        dtsen_id=r.dtsen_id or "", desil=r.desil, programs=_codes(r.programs),
        housing=Housing(
            floor_area_m2=r.floor_area_m2, ownership=r.house_ownership or "",
            floor=r.floor_material or "", wall=r.wall_material or "", roof=r.roof_material or "",
            water=r.water_source or "", toilet=r.toilet or "", lighting=r.lighting or "",
        ),
        consent=bool(r.consent), consent_date=r.consent_date,
        members=tuple(sorted((person(m) for m in live), key=_member_order)),
    )


def _member_order(p: Person) -> tuple:
    return (p.relationship != "KEPALA KELUARGA", str(p.birth_date or ""), p.name)


def household_row(r: HouseholdRecord) -> HouseholdRow:
    return HouseholdRow(
        id=r.id, no_kk=r.no_kk or "", head_name=r.head_name or "", address=r.address or "",
        rt=r.rt or "", rw=r.rw or "", dusun=r.dusun or "", member_count=r.member_count or 0,
        desil=r.desil, dtsen_status=r.dtsen_status or "",
    )


def apply_household(r: HouseholdRecord, d: HouseholdDraft, no_kk: str) -> None:
    r.no_kk = no_kk
    r.address, r.rt, r.rw, r.dusun = d.address.strip(), _pad(d.rt), _pad(d.rw), d.dusun.strip().upper()
    r.dtsen_status, r.dtsen_id, r.desil = d.dtsen_status, d.dtsen_id.strip(), d.desil
    r.programs = _json(d.programs)
    h = d.housing
    r.floor_area_m2, r.house_ownership = h.floor_area_m2, h.ownership
    r.floor_material, r.wall_material, r.roof_material = h.floor, h.wall, h.roof
    r.water_source, r.toilet, r.lighting = h.water, h.toilet, h.lighting
    r.consent, r.consent_date = d.consent, d.consent_date if d.consent else None


def apply_person(r: PersonRecord, d: PersonDraft, nik: str) -> None:
    r.nik, r.name = nik, display_name(d.name)
    r.relationship_, r.sex, r.birth_date, r.birth_place = d.relationship, d.sex, d.birth_date, d.birth_place.strip().upper()
    r.marital_status, r.religion, r.education, r.occupation = d.marital_status, d.religion, d.education, d.occupation
    r.disabilities, r.ppks = _json(d.disabilities), _json(d.ppks)
    r.chronic_illness, r.phone = d.chronic_illness.strip(), d.phone.strip()
    r.mother_name, r.life_status = display_name(d.mother_name), d.life_status or "hidup"
    r.name_key = " ".join(name_keys(d.name))


def _pad(value: str) -> str:
    value = (value or "").strip()
    return value.zfill(3) if value.isdigit() else value
