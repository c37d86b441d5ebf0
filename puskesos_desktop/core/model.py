"""Frozen domain dataclasses: what services take (…Draft) and give back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .codes import Mode, Role


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # digits only, no dots: 2, 4, 6 or 10 of them
    name: str

    @property
    def dotted(self) -> str:
        c = self.code
        return ".".join(p for p in (c[0:2], c[2:4], c[4:6], c[6:10]) if p)


@dataclass(frozen=True, slots=True)
class LetterSettings:
    classification: str = "400.9"
    unit_code: str = "PUSKESOS"
    signatory_name: str = ""
    signatory_position: str = "Koordinator Puskesos"
    signatory_nip: str = ""
    acknowledger_name: str = ""  # the optional "Mengetahui, Kepala Desa …"
    acknowledger_position: str = ""
    place: str = ""  # the place on the date line ("Bojong Koneng, 23 November 2026"); the desa's name when empty
    paper: str = "A4"  # A4 or F4 (folio), the paper in the office's printer


@dataclass(frozen=True, slots=True)
class WorkSettings:
    """When the Beranda calls a complaint or a referral late."""

    complaint_overdue_days: int = 14  # an open complaint older than this is flagged
    referral_due_days: int = 14  # a referral's return slip is expected this long after approval


@dataclass(frozen=True, slots=True)
class OfficeDraft:
    mode: Mode
    region_code: str  # 10 digits for a desa, 4 for a kabupaten
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None
    letter: LetterSettings = field(default_factory=LetterSettings)
    work: WorkSettings = field(default_factory=WorkSettings)


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    mode: Mode
    region_code: str
    name: str
    address: str
    phone: str
    email: str
    has_logo: bool
    letter: LetterSettings
    region_names: tuple[str, ...]  # province, kabupaten, kecamatan, desa (as far as the code goes)
    work: WorkSettings = field(default_factory=WorkSettings)

    @property
    def letter_place(self) -> str:
        """The place on a letter's date line: as set, else the desa's (or kabupaten's) name."""
        return self.letter.place or (self.region_names[-1] if self.region_names else self.name)


@dataclass(frozen=True, slots=True)
class Operator:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool


@dataclass(frozen=True, slots=True)
class Housing:
    floor_area_m2: float | None = None
    ownership: str = ""
    floor: str = ""
    wall: str = ""
    roof: str = ""
    water: str = ""
    toilet: str = ""
    lighting: str = ""


@dataclass(frozen=True, slots=True)
class HouseholdDraft:
    no_kk: str
    address: str = ""
    rt: str = ""
    rw: str = ""
    dusun: str = ""
    dtsen_status: str = "tidak_terdaftar"
    dtsen_id: str = ""
    desil: int | None = None
    programs: tuple[str, ...] = ()
    housing: Housing = field(default_factory=Housing)
    consent: bool = False
    consent_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PersonDraft:
    nik: str
    name: str
    relationship: str
    sex: str
    birth_date: dt.date | None
    birth_place: str = ""
    marital_status: str = ""
    religion: str = ""
    education: str = ""
    occupation: str = ""
    disabilities: tuple[str, ...] = ()
    chronic_illness: str = ""
    ppks: tuple[str, ...] = ()
    phone: str = ""
    mother_name: str = ""
    life_status: str = "hidup"


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    household_id: str
    nik: str
    name: str
    relationship: str
    sex: str
    birth_date: dt.date | None
    birth_place: str
    marital_status: str
    religion: str
    education: str
    occupation: str
    disabilities: tuple[str, ...]
    chronic_illness: str
    ppks: tuple[str, ...]
    phone: str
    mother_name: str
    life_status: str

    def draft(self) -> PersonDraft:
        return PersonDraft(
            nik=self.nik, name=self.name, relationship=self.relationship, sex=self.sex,
            birth_date=self.birth_date, birth_place=self.birth_place,
            marital_status=self.marital_status, religion=self.religion, education=self.education,
            occupation=self.occupation, disabilities=self.disabilities,
            chronic_illness=self.chronic_illness, ppks=self.ppks, phone=self.phone,
            mother_name=self.mother_name, life_status=self.life_status,
        )


@dataclass(frozen=True, slots=True)
class Household:
    id: str
    no_kk: str
    address: str
    rt: str
    rw: str
    dusun: str
    dtsen_status: str
    dtsen_id: str
    desil: int | None
    programs: tuple[str, ...]
    housing: Housing
    consent: bool
    consent_date: dt.date | None
    members: tuple[Person, ...] = ()

    @property
    def head(self) -> Person | None:
        heads = [m for m in self.members if m.relationship == "KEPALA KELUARGA"]
        return heads[0] if heads else (self.members[0] if self.members else None)

    def draft(self) -> HouseholdDraft:
        return HouseholdDraft(
            no_kk=self.no_kk, address=self.address, rt=self.rt, rw=self.rw, dusun=self.dusun,
            dtsen_status=self.dtsen_status, dtsen_id=self.dtsen_id, desil=self.desil,
            programs=self.programs, housing=self.housing, consent=self.consent,
            consent_date=self.consent_date,
        )


@dataclass(frozen=True, slots=True)
class HouseholdRow:
    """One line of the household list: enough to show, nothing sensitive beyond the No KK."""

    id: str
    no_kk: str
    head_name: str
    address: str
    rt: str
    rw: str
    dusun: str
    member_count: int
    desil: int | None
    dtsen_status: str


@dataclass(frozen=True, slots=True)
class SavedWithWarnings:
    """The id of what was saved, with the warnings the operator accepted."""

    id: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DuplicateNik:
    """One NIK registered in more than one desa, for review at the kabupaten (never merged automatically).

    The NIK itself is shown masked; the tuples run in parallel, one entry per registered person."""

    masked_nik: str
    region_codes: tuple[str, ...]  # the desa code of each registration
    origin_ids: tuple[str, ...]
    household_ids: tuple[str, ...]
    person_ids: tuple[str, ...]
    names: tuple[str, ...]

    @property
    def desa_count(self) -> int:
        return len(set(self.origin_ids))
