"""`demo-data`: realistic synthetic households for training and benchmarks. Never real people."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import select

from ..core import clock
from ..core import codes
from ..core.errors import PuskesosError
from ..core.ids import new_id
from ..core.model import HouseholdDraft, Housing, PersonDraft
from ..db import mapping
from ..db.records import HouseholdRecord, OfficeRecord, PersonRecord
from .context import Context
from .demo_history import HistoryCounts, make_history
from .household_rows import index_terms

MALE = ("Agus", "Budi", "Dedi", "Eko", "Hendra", "Joko", "Slamet", "Sutrisno", "Wahyu", "Yusuf",
        "Ahmad", "Muhammad", "Rudi", "Asep", "Dadang", "Ujang", "Bambang", "Teguh", "Imam", "Rizki",
        "Fajar", "Aris", "Heru", "Iwan", "Kurniawan", "Supriyadi", "Nur", "Dimas", "Bayu", "Andi")
FEMALE = ("Siti", "Sri", "Dewi", "Ani", "Rina", "Yuni", "Wati", "Nurul", "Lestari", "Endang",
          "Sumarni", "Tuti", "Eka", "Fitri", "Indah", "Ratna", "Aisyah", "Neng", "Euis", "Imas",
          "Kartini", "Rahayu", "Susanti", "Yanti", "Ayu", "Putri", "Dian", "Nining", "Lilis", "Mulyani")
FAMILY = ("Saputra", "Hidayat", "Setiawan", "Gunawan", "Wibowo", "Susanto", "Santoso", "Permana",
          "Nugroho", "Rahman", "Hakim", "Kusuma", "Purnama", "Suryadi", "Haryanto", "Firmansyah",
          "Ramadhan", "Maulana", "Pratama", "Wijaya", "Suherman", "Sopian", "Hermawan", "Iskandar")
DUSUN = ("KRAJAN", "SUKAMAJU", "CIBEUREUM", "MEKARSARI", "SINDANGSARI", "TEGALLEGA", "BABAKAN", "PASIR")
STREETS = ("Jl. Raya", "Gg. Mawar", "Gg. Melati", "Jl. Masjid", "Kp. Cikaret", "Jl. Sawah", "Kp. Babakan")


class DemoNeedsDesa(PuskesosError):
    """Demo data is made for a desa installation."""


class DemoDataService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self.last_history = HistoryCounts()

    def generate(self, households: int, seed: int | None = None, batch: int = 500,
                 progress: Callable[[int, int], None] | None = None, history_years: int = 5,
                 today: dt.date | None = None) -> int:
        """Adds `households` synthetic households in batches of one transaction each, then (unless
        `history_years` is 0) that many years of needs, complaints and referrals for them; returns people added."""
        self._ctx.require({codes.Role.ADMIN}, "membuat data contoh")
        rng = random.Random(seed)
        with self._ctx.reading() as s:
            office = s.execute(select(OfficeRecord)).scalar_one_or_none()
            if office is None or office.mode != codes.Mode.DESA.value:
                raise DemoNeedsDesa("Data contoh hanya untuk instalasi desa yang sudah disiapkan.")
            used = set(s.execute(select(PersonRecord.nik)).scalars())
            used_kk = set(s.execute(select(HouseholdRecord.no_kk)).scalars())
        region = office.region_code[:6]
        people = 0
        made: list[tuple[str, str, str]] = []
        for start in range(0, households, batch):
            with self._ctx.transaction() as s:
                for _ in range(min(batch, households - start)):
                    people += _one_household(s, rng, region, used, used_kk, made)
                self._ctx.audit(s, "demo_data", detail=str(min(batch, households - start)))
            if progress:
                progress(min(start + batch, households), households)
        if history_years > 0 and made:
            with self._ctx.transaction() as s:
                self.last_history = make_history(s, rng, made, history_years, today or clock.today())
                self._ctx.audit(s, "demo_history", detail=str(history_years))
        return people


def _unique(rng: random.Random, used: set, prefix: str) -> str:
    while True:
        value = prefix + f"{rng.randint(1, 9999):04d}"
        if value not in used:
            used.add(value)
            return value


def _nik(rng: random.Random, region: str, birth: dt.date, sex: str, used: set) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    origin = region if rng.random() < 0.85 else region[:4] + f"{rng.randint(1, 20):02d}"
    return _unique(rng, used, f"{origin}{day:02d}{birth:%m%y}")


def _birth(rng: random.Random, min_age: int, max_age: int) -> dt.date:
    today = clock.today()
    return today - dt.timedelta(days=rng.randint(min_age * 365, max_age * 365 + 364))


def _one_household(s, rng: random.Random, region: str, used: set, used_kk: set,
                   made: list[tuple[str, str, str]]) -> int:
    registered = _birth(rng, 0, 15)
    no_kk = _unique(rng, used_kk, f"{region}{registered:%d%m%y}")
    family = rng.choice(FAMILY)
    desil = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, None, None))
    status = "terdaftar" if desil else rng.choice(("tidak_terdaftar", "usulan_baru", "tidak_terdaftar"))
    programs = tuple(p for p, cut in (("PKH", 4), ("SEMBAKO", 5), ("PBI_JK", 5), ("PIP", 3))
                     if desil and desil <= cut and rng.random() < 0.6)
    draft = HouseholdDraft(
        no_kk=no_kk, address=f"{rng.choice(STREETS)} No. {rng.randint(1, 120)}",
        rt=f"{rng.randint(1, 12):03d}", rw=f"{rng.randint(1, 6):03d}", dusun=rng.choice(DUSUN),
        dtsen_status=status, dtsen_id=f"{rng.randint(10**11, 10**12 - 1)}" if desil else "",
        desil=desil, programs=programs,
        housing=Housing(
            floor_area_m2=float(rng.choice((18, 24, 30, 36, 45, 54, 60, 72))),
            ownership=rng.choice(("milik_sendiri", "milik_sendiri", "bebas_sewa", "kontrak_sewa")),
            floor=rng.choice(tuple(codes.FLOOR_MATERIALS)), wall=rng.choice(tuple(codes.WALL_MATERIALS)),
            roof=rng.choice(("genteng", "genteng", "asbes", "seng")), water=rng.choice(tuple(codes.WATER_SOURCES)),
            toilet=rng.choice(tuple(codes.TOILETS)), lighting=rng.choice(tuple(codes.LIGHTING)),
        ),
        consent=rng.random() < 0.8, consent_date=clock.today() - dt.timedelta(days=rng.randint(0, 900)),
    )
    household = HouseholdRecord(id=new_id())
    mapping.apply_household(household, draft, no_kk)
    s.add(household)
    members = _members(rng, family)
    for relationship, sex, birth, given in members:
        ppks = []
        age = (clock.today() - birth).days // 365
        if age >= 60 and rng.random() < 0.15:
            ppks.append("LUT")
        if desil and desil <= 2 and rng.random() < 0.3:
            ppks.append("FM")
        disabilities = (rng.choice(tuple(codes.DISABILITIES)),) if rng.random() < 0.03 else ()
        if disabilities:
            ppks.append("PD" if age >= 18 else "ADK")
        person = PersonRecord(id=new_id(), household_id=household.id)
        mapping.apply_person(person, PersonDraft(
            nik="", name=f"{given} {family}" if rng.random() < 0.5 else given,
            relationship=relationship, sex=sex, birth_date=birth, birth_place=rng.choice(DUSUN),
            marital_status="KAWIN" if relationship in ("KEPALA KELUARGA", "ISTRI") else "BELUM KAWIN",
            religion=rng.choice(("ISLAM",) * 9 + ("KRISTEN",)),
            education=rng.choice(codes.EDUCATION_LEVELS[:6]),
            occupation=rng.choice(codes.OCCUPATIONS) if age >= 18 else "PELAJAR/MAHASISWA",
            disabilities=disabilities, ppks=tuple(ppks),
            phone=f"08{rng.randint(11, 99)}{rng.randint(10**7, 10**8 - 1)}" if rng.random() < 0.5 else "",
            mother_name=rng.choice(FEMALE) if rng.random() < 0.7 else "",
        ), "")
        person.nik = _nik(rng, region, birth, sex, used)
        s.add(person)
        index_terms(s, person, fresh=True)
        made.append((household.id, person.id, person.name))
        if relationship == codes.HEAD:
            household.head_name = person.name
    household.member_count = len(members)
    return len(members)


def _members(rng: random.Random, family: str) -> list[tuple[str, str, dt.date, str]]:
    head_sex = "L" if rng.random() < 0.85 else "P"
    head_birth = _birth(rng, 22, 80)
    out = [("KEPALA KELUARGA", head_sex, head_birth, rng.choice(MALE if head_sex == "L" else FEMALE))]
    size = rng.choice((1, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8))
    if size > 1 and head_sex == "L":
        out.append(("ISTRI", "P", _birth(rng, 20, max(21, (clock.today() - head_birth).days // 365)), rng.choice(FEMALE)))
    while len(out) < size:
        sex = rng.choice("LP")
        relationship = rng.choice(("ANAK",) * 8 + ("CUCU", "ORANGTUA", "FAMILI LAIN"))
        age_range = {"ANAK": (0, 30), "CUCU": (0, 10), "ORANGTUA": (60, 90), "FAMILI LAIN": (5, 70)}[relationship]
        out.append((relationship, sex, _birth(rng, *age_range), rng.choice(MALE if sex == "L" else FEMALE)))
    return out
