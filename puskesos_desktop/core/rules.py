"""Checks on household and person drafts that need no database (duplicates are the services' job)."""

from __future__ import annotations

import datetime as dt
import re

from . import clock, codes
from .errors import Problems
from .identity import check_nik, check_no_kk
from .model import HouseholdDraft, OfficeDraft, PersonDraft
from .regions import region_names

_RT_RW = re.compile(r"^\d{1,3}$")
_PHONE = re.compile(r"^\+?[0-9 \-]{8,16}$")
_REGION_LEN = {codes.Mode.DESA: 10, codes.Mode.KABUPATEN: 4}


def _choice(problems: Problems, field: str, value: str, allowed, label: str) -> None:
    if value and value not in allowed:
        problems.error(field, "choice", f"{label} '{value}' tidak ada dalam daftar.")


def check_household(draft: HouseholdDraft) -> Problems:
    problems = Problems()
    check_no_kk(draft.no_kk, problems)
    for name, value in (("rt", draft.rt), ("rw", draft.rw)):
        if value and not _RT_RW.match(value):
            problems.error(name, "format", f"{name.upper()} diisi angka 1–3 digit, misalnya 003.")
    _choice(problems, "dtsen_status", draft.dtsen_status, codes.DTSEN_STATUSES, "Status DTSEN")
    if draft.desil is not None and not 1 <= draft.desil <= 10:
        problems.error("desil", "range", "Desil harus 1 sampai 10 (kosongkan jika belum diketahui).")
    for program in draft.programs:
        _choice(problems, "programs", program, codes.PROGRAMS, "Program")
    h = draft.housing
    if h.floor_area_m2 is not None and not 0 < h.floor_area_m2 <= 10_000:
        problems.error("floor_area_m2", "range", "Luas lantai harus lebih dari 0 dan paling banyak 10.000 m².")
    for name, value, allowed, label in (
        ("ownership", h.ownership, codes.HOUSE_OWNERSHIP, "Status kepemilikan"),
        ("floor", h.floor, codes.FLOOR_MATERIALS, "Jenis lantai"),
        ("wall", h.wall, codes.WALL_MATERIALS, "Jenis dinding"),
        ("roof", h.roof, codes.ROOF_MATERIALS, "Jenis atap"),
        ("water", h.water, codes.WATER_SOURCES, "Sumber air minum"),
        ("toilet", h.toilet, codes.TOILETS, "Fasilitas BAB"),
        ("lighting", h.lighting, codes.LIGHTING, "Penerangan"),
    ):
        _choice(problems, name, value, allowed, label)
    if draft.consent and draft.consent_date and draft.consent_date > clock.today():
        problems.error("consent_date", "future", "Tanggal persetujuan tidak boleh di masa depan.")
    return problems


def check_person(draft: PersonDraft, today: dt.date | None = None) -> Problems:
    today = today or clock.today()
    problems = Problems()
    if not draft.name.strip():
        problems.error("name", "required", "Nama lengkap wajib diisi (sesuai KTP/KK).")
    elif len(draft.name) > 120:
        problems.error("name", "length", "Nama terlalu panjang (paling banyak 120 huruf).")
    if draft.sex not in codes.SEXES:
        problems.error("sex", "required", "Pilih jenis kelamin: Laki-laki atau Perempuan.")
    if draft.birth_date is None:
        problems.error("birth_date", "required", "Tanggal lahir wajib diisi (format DD-MM-YYYY).")
    elif draft.birth_date > today:
        problems.error("birth_date", "future", "Tanggal lahir tidak boleh di masa depan.")
    elif draft.birth_date.year < 1880:
        problems.error("birth_date", "past", "Tanggal lahir terlalu jauh di masa lalu.")
    check_nik(draft.nik, problems, birth_date=draft.birth_date,
              sex=draft.sex if draft.sex in codes.SEXES else None, today=today)
    if draft.relationship not in codes.RELATIONSHIPS:
        problems.error("relationship", "required", "Pilih hubungan dalam keluarga.")
    _choice(problems, "marital_status", draft.marital_status, codes.MARITAL_STATUSES, "Status kawin")
    _choice(problems, "religion", draft.religion, codes.RELIGIONS, "Agama")
    _choice(problems, "education", draft.education, codes.EDUCATION_LEVELS, "Pendidikan")
    _choice(problems, "occupation", draft.occupation, codes.OCCUPATIONS, "Pekerjaan")
    _choice(problems, "life_status", draft.life_status, codes.LIFE_STATUSES, "Status")
    for d in draft.disabilities:
        _choice(problems, "disabilities", d, codes.DISABILITIES, "Disabilitas")
    for p in draft.ppks:
        _choice(problems, "ppks", p, codes.PPKS, "Kategori PPKS")
    if draft.phone and not _PHONE.match(draft.phone):
        problems.error("phone", "format", "Nomor telepon 8–16 angka, misalnya 0812 3456 7890.")
    return problems


def check_office(draft: OfficeDraft) -> Problems:
    problems = Problems()
    want = _REGION_LEN[draft.mode]
    code = draft.region_code
    if len(code) != want or not code.isdigit():
        what = "desa (10 digit)" if draft.mode is codes.Mode.DESA else "kabupaten/kota (4 digit)"
        problems.error("region_code", "length", f"Pilih kode wilayah {what}.")
    elif len(region_names(code)) != len(code) // 2 - (1 if len(code) == 10 else 0):
        problems.error("region_code", "unknown", f"Kode wilayah {code} tidak ada dalam data Kemendagri.")
    if not draft.name.strip():
        problems.error("name", "required", "Nama Puskesos/Dinas wajib diisi.")
    if draft.email and "@" not in draft.email:
        problems.error("email", "format", "Alamat e-mail tidak valid.")
    if draft.letter.paper not in ("A4", "F4"):
        problems.error("paper", "unknown", "Ukuran kertas harus A4 atau F4.")
    if not 1 <= draft.work.complaint_overdue_days <= 365:
        problems.error("complaint_overdue_days", "range", "Batas keluhan terlambat harus 1–365 hari.")
    if not 1 <= draft.work.referral_due_days <= 365:
        problems.error("referral_due_days", "range", "Batas waktu lembar balik harus 1–365 hari.")
    if not draft.letter.classification.strip():
        problems.error("classification", "required", "Kode klasifikasi surat wajib diisi (biasanya 400.9).")
    return problems
