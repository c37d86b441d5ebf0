"""The Puskesos's network: PSKS — Potensi dan Sumber Kesejahteraan Sosial (DOMAIN §3, issue 12 §1).

A PSKS is a person (a PSM, a TKSK, a pendamping PKH, …) or an institution (an LKS, a Karang Taruna
unit, …): one kind of record, the type telling which, with the fields of an institution left empty for
a person and the other way round.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import Problems
from .identity import check_nik

# The 12 PSKS of Permensos 08/2012, then the pendamping PKH and the TKSM the issue adds.
PSKS_TYPES: dict[str, str] = {
    "PEKSOS": "Pekerja Sosial Profesional",
    "PSM": "Pekerja Sosial Masyarakat",
    "TAGANA": "Taruna Siaga Bencana",
    "LKS": "Lembaga Kesejahteraan Sosial",
    "KT": "Karang Taruna",
    "LK3": "Lembaga Konsultasi Kesejahteraan Keluarga",
    "KP": "Keluarga Pioner",
    "WKSBM": "Wahana Kesejahteraan Sosial Berbasis Masyarakat",
    "WPKS": "Wanita Pemimpin Kesejahteraan Sosial",
    "PENYULUH": "Penyuluh Sosial",
    "TKSK": "Tenaga Kesejahteraan Sosial Kecamatan",
    "DU": "Dunia Usaha",
    "PKH": "Pendamping PKH",
    "TKSM": "Tenaga Kesejahteraan Sosial Masyarakat",
}
INSTITUTION_TYPES = frozenset({"LKS", "KT", "LK3", "WKSBM", "DU"})
EXPIRING_DAYS = 60  # "SK expiring": within this many days


def is_institution(kind: str) -> bool:
    return kind in INSTITUTION_TYPES


@dataclass(frozen=True, slots=True)
class PsksDraft:
    kind: str  # a key of PSKS_TYPES
    name: str
    nik: str = ""  # optional; a person's
    phone: str = ""
    area: str = ""  # dusun / RT covered
    sk_number: str = ""
    sk_date: dt.date | None = None
    valid_until: dt.date | None = None
    trainings: str = ""  # trainings and coaching attended, one per line
    active: bool = True
    # an institution's
    legal_number: str = ""  # legal status / registration number
    address: str = ""
    contact_person: str = ""
    fields: str = ""  # fields of service


@dataclass(frozen=True, slots=True)
class Psks:
    id: str
    kind: str
    name: str
    nik: str
    phone: str
    area: str
    sk_number: str
    sk_date: dt.date | None
    valid_until: dt.date | None
    trainings: str
    active: bool
    legal_number: str
    address: str
    contact_person: str
    fields: str
    origin_id: str

    @property
    def kind_label(self) -> str:
        return PSKS_TYPES.get(self.kind, self.kind)

    def sk_state(self, today: dt.date) -> str:
        """"expired", "expiring" (within EXPIRING_DAYS) or "" (valid, or no end date)."""
        if self.valid_until is None:
            return ""
        if self.valid_until < today:
            return "expired"
        return "expiring" if (self.valid_until - today).days <= EXPIRING_DAYS else ""


def check_psks(draft: PsksDraft, today: dt.date) -> Problems:
    """What is wrong with a PSKS draft (messages in Bahasa Indonesia, by field)."""
    problems = Problems()
    if draft.kind not in PSKS_TYPES:
        problems.error("kind", "unknown", f"Jenis PSKS tidak dikenal: {draft.kind or '(kosong)'}. Pilih salah satu: "
                       + ", ".join(PSKS_TYPES) + ".")
    if not draft.name.strip():
        problems.error("name", "required", "Nama wajib diisi.")
    elif len(draft.name.strip()) > 200:
        problems.error("name", "too_long", "Nama paling panjang 200 huruf.")
    if draft.nik.strip():
        if is_institution(draft.kind):
            problems.error("nik", "institution", "Lembaga tidak punya NIK; isi nomor badan hukum/registrasinya.")
        else:
            check_nik(draft.nik, problems, today=today)
    if draft.sk_date is not None and draft.sk_date > today:
        problems.error("sk_date", "future", "Tanggal SK tidak boleh di masa depan.")
    if draft.sk_date is not None and not draft.sk_number.strip():
        problems.error("sk_number", "required", "Isi nomor SK bila tanggal SK diisi.")
    if draft.valid_until is not None and draft.sk_date is not None and draft.valid_until < draft.sk_date:
        problems.error("valid_until", "before_sk", "Masa berlaku SK tidak boleh sebelum tanggal SK.")
    if draft.phone.strip() and not all(c.isdigit() or c in "+- ()" for c in draft.phone.strip()):
        problems.error("phone", "format", "Nomor telepon hanya berisi angka (boleh +, -, spasi).")
    return problems


# ---- field activities (issue 12 §2) ---------------------------------------------------------------
ACTIVITY_KINDS: dict[str, str] = {
    "penjangkauan": "Penjangkauan",
    "pendampingan": "Pendampingan",
    "fasilitasi": "Fasilitasi",
    "penghantaran": "Penghantaran",
    "kunjungan_rumah": "Kunjungan rumah",
    "asesmen": "Asesmen",
}


def activity_kind(text: str) -> str:
    """The kind's code from what was typed: "Kunjungan rumah", "kunjungan-rumah" → kunjungan_rumah."""
    return "_".join(text.strip().lower().replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class ActivityDraft:
    kind: str
    done_on: dt.date
    psks_ids: tuple[str, ...]  # who did it, one or more
    household_ids: tuple[str, ...]  # whom it concerned, one or more
    note: str = ""
    follow_up_on: dt.date | None = None
    need_id: str | None = None
    complaint_id: str | None = None
    referral_id: str | None = None


@dataclass(frozen=True, slots=True)
class Activity:
    id: str
    kind: str
    done_on: dt.date
    psks_ids: tuple[str, ...]
    household_ids: tuple[str, ...]
    note: str
    follow_up_on: dt.date | None
    need_id: str | None
    complaint_id: str | None
    referral_id: str | None
    origin_id: str

    @property
    def kind_label(self) -> str:
        return ACTIVITY_KINDS.get(self.kind, self.kind)


def check_activity(draft: ActivityDraft, today: dt.date) -> Problems:
    problems = Problems()
    if draft.kind not in ACTIVITY_KINDS:
        problems.error("kind", "unknown", f"Jenis kegiatan tidak dikenal: {draft.kind or '(kosong)'}. Pilih salah "
                       "satu: " + ", ".join(ACTIVITY_KINDS) + ".")
    if draft.done_on > today:
        problems.error("on", "future", "Tanggal kegiatan tidak boleh di masa depan.")
    if not draft.psks_ids:
        problems.error("psks", "required", "Sebutkan PSKS yang melakukan kegiatan ini.")
    if not draft.household_ids:
        problems.error("households", "required", "Sebutkan keluarga yang didatangi atau dibantu.")
    if draft.follow_up_on is not None and draft.follow_up_on < draft.done_on:
        problems.error("follow_up_on", "before", "Tanggal tindak lanjut tidak boleh sebelum tanggal kegiatan.")
    if len(draft.note) > 2000:
        problems.error("note", "too_long", "Catatan paling panjang 2.000 huruf.")
    return problems
