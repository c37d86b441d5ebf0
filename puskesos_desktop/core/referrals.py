"""Needs, complaints and referrals (DOMAIN.md §1, §7): statuses, their transitions, letter numbers, codes."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from enum import StrEnum

from . import clock
from .codes import Role
from .errors import Problems, PuskesosError


class NeedStatus(StrEnum):
    TERBUKA = "terbuka"
    DIRUJUK = "dirujuk"
    TERPENUHI = "terpenuhi"
    DITUTUP = "ditutup"


class Urgency(StrEnum):
    BIASA = "biasa"
    SEGERA = "segera"
    DARURAT = "darurat"


class ComplaintKind(StrEnum):
    PERTANYAAN = "pertanyaan"
    SARAN = "saran"
    PENGADUAN = "pengaduan"


class ComplaintStatus(StrEnum):
    DITERIMA = "diterima"
    VERIFIKASI = "verifikasi"
    DITERUSKAN = "diteruskan"  # disposisi
    DITANGANI = "ditangani"
    SELESAI = "selesai"
    DITUTUP = "ditutup"  # with a CloseReason


class CloseReason(StrEnum):
    DUPLIKAT = "duplikat"
    TIDAK_VALID = "tidak_valid"


class ReferralStatus(StrEnum):
    DRAF = "draf"
    DISETUJUI = "disetujui"  # penetapan layanan: number and code issued
    DICETAK = "dicetak"  # printed / handed over
    DITERIMA_LAYANAN = "diterima_layanan"
    DALAM_PROSES = "dalam_proses"
    SELESAI = "selesai"  # dilayani
    DITOLAK = "ditolak"
    DIRUJUK_LANJUT = "dirujuk_lanjut"
    PERLU_DOKUMEN = "perlu_dokumen"
    DIBATALKAN = "dibatalkan"


class Outcome(StrEnum):
    """The boxes of the Lembar Balik (DOMAIN.md §7), plus 'received, not yet decided'."""

    DITERIMA = "diterima"
    DILAYANI = "dilayani"
    DALAM_PROSES = "dalam_proses"
    DITOLAK = "ditolak"
    DIRUJUK_LANJUT = "dirujuk_lanjut"
    PERLU_DOKUMEN = "perlu_dokumen"


NEED_STATUS_LABELS = {
    NeedStatus.TERBUKA: "Terbuka", NeedStatus.DIRUJUK: "Dirujuk",
    NeedStatus.TERPENUHI: "Terpenuhi", NeedStatus.DITUTUP: "Ditutup",
}
URGENCY_LABELS = {Urgency.BIASA: "Biasa", Urgency.SEGERA: "Segera", Urgency.DARURAT: "Darurat"}
COMPLAINT_KIND_LABELS = {
    ComplaintKind.PERTANYAAN: "Pertanyaan", ComplaintKind.SARAN: "Saran", ComplaintKind.PENGADUAN: "Pengaduan",
}
COMPLAINT_STATUS_LABELS = {
    ComplaintStatus.DITERIMA: "Diterima", ComplaintStatus.VERIFIKASI: "Verifikasi",
    ComplaintStatus.DITERUSKAN: "Diteruskan", ComplaintStatus.DITANGANI: "Ditangani",
    ComplaintStatus.SELESAI: "Selesai", ComplaintStatus.DITUTUP: "Ditutup",
}
CLOSE_REASON_LABELS = {CloseReason.DUPLIKAT: "Duplikat", CloseReason.TIDAK_VALID: "Tidak valid"}
REFERRAL_STATUS_LABELS = {
    ReferralStatus.DRAF: "Draf", ReferralStatus.DISETUJUI: "Disetujui",
    ReferralStatus.DICETAK: "Dicetak", ReferralStatus.DITERIMA_LAYANAN: "Diterima layanan",
    ReferralStatus.DALAM_PROSES: "Dalam proses", ReferralStatus.SELESAI: "Selesai (dilayani)",
    ReferralStatus.DITOLAK: "Ditolak", ReferralStatus.DIRUJUK_LANJUT: "Dirujuk lanjut",
    ReferralStatus.PERLU_DOKUMEN: "Perlu dokumen tambahan", ReferralStatus.DIBATALKAN: "Dibatalkan",
}
OUTCOME_LABELS = {
    Outcome.DITERIMA: "Diterima layanan", Outcome.DILAYANI: "Dilayani",
    Outcome.DALAM_PROSES: "Dalam proses", Outcome.DITOLAK: "Ditolak",
    Outcome.DIRUJUK_LANJUT: "Dirujuk lanjut", Outcome.PERLU_DOKUMEN: "Perlu dokumen tambahan",
}
# Complaint categories (ours): what the complaint is about.
COMPLAINT_CATEGORIES = {
    "bansos": "Bantuan sosial", "kesehatan": "Kesehatan / jaminan kesehatan", "pendidikan": "Pendidikan",
    "adminduk": "Administrasi kependudukan", "perumahan": "Perumahan", "dtsen": "Data DTSEN",
    "rehsos": "Rehabilitasi / perlindungan sosial", "pelayanan": "Pelayanan Puskesos", "lainnya": "Lainnya",
}

_NEED_MOVES = {
    NeedStatus.TERBUKA: {NeedStatus.DIRUJUK, NeedStatus.TERPENUHI, NeedStatus.DITUTUP},
    # Back to terbuka when the referral is refused or cancelled, so it can be referred elsewhere.
    NeedStatus.DIRUJUK: {NeedStatus.TERPENUHI, NeedStatus.DITUTUP, NeedStatus.TERBUKA},
    NeedStatus.TERPENUHI: set(),
    NeedStatus.DITUTUP: set(),
}
_COMPLAINT_MOVES = {
    ComplaintStatus.DITERIMA: {ComplaintStatus.VERIFIKASI, ComplaintStatus.DITUTUP},
    # A question answered at the desa is handled without a disposition.
    ComplaintStatus.VERIFIKASI: {ComplaintStatus.DITERUSKAN, ComplaintStatus.DITANGANI, ComplaintStatus.DITUTUP},
    ComplaintStatus.DITERUSKAN: {ComplaintStatus.DITANGANI, ComplaintStatus.DITUTUP},
    ComplaintStatus.DITANGANI: {ComplaintStatus.SELESAI},
    ComplaintStatus.SELESAI: set(),
    ComplaintStatus.DITUTUP: set(),
}
_OUTCOME_STATUSES = {
    ReferralStatus.DITERIMA_LAYANAN, ReferralStatus.DALAM_PROSES, ReferralStatus.SELESAI,
    ReferralStatus.DITOLAK, ReferralStatus.DIRUJUK_LANJUT, ReferralStatus.PERLU_DOKUMEN,
}
_REFERRAL_MOVES = {
    ReferralStatus.DRAF: {ReferralStatus.DISETUJUI, ReferralStatus.DIBATALKAN},
    ReferralStatus.DISETUJUI: {ReferralStatus.DICETAK, ReferralStatus.DIBATALKAN},
    ReferralStatus.DICETAK: _OUTCOME_STATUSES,
    ReferralStatus.DITERIMA_LAYANAN: _OUTCOME_STATUSES - {ReferralStatus.DITERIMA_LAYANAN},
    ReferralStatus.DALAM_PROSES: _OUTCOME_STATUSES - {ReferralStatus.DITERIMA_LAYANAN},
    ReferralStatus.PERLU_DOKUMEN: _OUTCOME_STATUSES - {ReferralStatus.DITERIMA_LAYANAN},
    ReferralStatus.SELESAI: set(),
    ReferralStatus.DITOLAK: set(),
    ReferralStatus.DIRUJUK_LANJUT: set(),
    ReferralStatus.DIBATALKAN: set(),
}

ALLOWED_TRANSITIONS: dict[type[StrEnum], dict] = {
    NeedStatus: _NEED_MOVES, ComplaintStatus: _COMPLAINT_MOVES, ReferralStatus: _REFERRAL_MOVES,
}
_LABELS = {NeedStatus: NEED_STATUS_LABELS, ComplaintStatus: COMPLAINT_STATUS_LABELS,
           ReferralStatus: REFERRAL_STATUS_LABELS}
_WHAT = {NeedStatus: "Kebutuhan", ComplaintStatus: "Keluhan", ReferralStatus: "Rujukan"}

OUTCOME_STATUS = {
    Outcome.DITERIMA: ReferralStatus.DITERIMA_LAYANAN, Outcome.DILAYANI: ReferralStatus.SELESAI,
    Outcome.DALAM_PROSES: ReferralStatus.DALAM_PROSES, Outcome.DITOLAK: ReferralStatus.DITOLAK,
    Outcome.DIRUJUK_LANJUT: ReferralStatus.DIRUJUK_LANJUT, Outcome.PERLU_DOKUMEN: ReferralStatus.PERLU_DOKUMEN,
}
# Referral statuses that need no return slip any more (not overdue, not "awaiting outcome").
FINAL_REFERRAL_STATUSES = frozenset({
    ReferralStatus.SELESAI, ReferralStatus.DITOLAK, ReferralStatus.DIRUJUK_LANJUT, ReferralStatus.DIBATALKAN,
})
OPEN_COMPLAINT_STATUSES = frozenset(set(ComplaintStatus) - {ComplaintStatus.SELESAI, ComplaintStatus.DITUTUP})
# Who may do what (ours, from DOMAIN.md §1 roles): an operator drafts, a koordinator approves (penetapan).
DRAFTING_ROLES = frozenset({Role.ADMIN, Role.KOORDINATOR, Role.OPERATOR})
APPROVER_ROLES = frozenset({Role.ADMIN, Role.KOORDINATOR})
DEFAULT_DUE_DAYS = 14  # a return slip is expected within two weeks of approval
MAX_DUE_DAYS = 365


class TransitionError(PuskesosError):
    """A status change the workflow does not allow; the message says from where to where."""

    def __init__(self, current: StrEnum, target: StrEnum) -> None:
        self.current, self.target = current, target
        labels = _LABELS[type(current)]
        allowed = sorted(labels[s] for s in allowed_transitions(current))
        hint = f" Yang boleh: {', '.join(allowed)}." if allowed else " Status ini sudah final."
        super().__init__(
            f"{_WHAT[type(current)]} berstatus '{labels[current]}' tidak dapat diubah menjadi "
            f"'{labels.get(target, str(target))}'.{hint}"
        )


def allowed_transitions(current: StrEnum) -> frozenset:
    return frozenset(ALLOWED_TRANSITIONS[type(current)][current])


def follow_outcomes(status: ReferralStatus, outcomes: Iterable[Outcome]) -> ReferralStatus:
    """The status a referral reaches by taking `outcomes` (oldest first), each where the workflow allows.

    The desa and the kabupaten both use it, so the same outcomes give the same status on both sides,
    whichever return bundles were lost on the way."""
    current = status
    for outcome in outcomes:
        target = OUTCOME_STATUS[outcome]
        if target is not current and target in _REFERRAL_MOVES[current]:
            current = target
    return current


def need_follows(referral: ReferralStatus, need: NeedStatus) -> NeedStatus | None:
    """The status a need takes when the referral that answers it reaches `referral`; None: it stays.

    Approved → the need is dirujuk; served (selesai) → terpenuhi; refused or cancelled → terbuka again,
    to be referred elsewhere. Printing, "in process", "documents needed" and "referred further" leave
    it dirujuk: it is still in someone's hands."""
    if referral is ReferralStatus.DISETUJUI and need is NeedStatus.TERBUKA:
        return NeedStatus.DIRUJUK
    if referral is ReferralStatus.SELESAI and need in (NeedStatus.TERBUKA, NeedStatus.DIRUJUK):
        return NeedStatus.TERPENUHI
    if referral in (ReferralStatus.DITOLAK, ReferralStatus.DIBATALKAN) and need is NeedStatus.DIRUJUK:
        return NeedStatus.TERBUKA
    return None


def check_transition(current: StrEnum, target: StrEnum) -> None:
    """Raises TransitionError unless `current → target` is in the workflow's table."""
    if type(current) is not type(target) or target not in ALLOWED_TRANSITIONS[type(current)][current]:
        raise TransitionError(current, target)


# ---- letter numbers (DOMAIN.md §7) ------------------------------------------------------------
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def roman_month(month: int) -> str:
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} outside 1..12")
    return _ROMAN[month - 1]


def format_letter_number(classification: str, serial: int, unit_code: str, day: dt.date) -> str:
    """`400.9/017/PUSKESOS-SKM/XI/2026`: serial padded to 3 digits (more when the year needs more)."""
    if serial < 1:
        raise ValueError("serial starts at 1")
    return f"{classification.strip()}/{serial:03d}/{unit_code.strip()}/{roman_month(day.month)}/{day.year}"


# ---- verification code -------------------------------------------------------------------------
# No 0/O and no 1/I (nor L): unambiguous when read out by phone or typed from a photo.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8


def new_verification_code() -> str:
    """8 random characters (~39 bits) from CODE_ALPHABET; random, so it reveals nothing about the referral."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text: str) -> str:
    """What the operator typed or a scanner sent: case, spaces and dashes do not matter."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


def format_code(code: str) -> str:
    """`ABCD-EFGH`, easier to read out in two halves."""
    return f"{code[:4]}-{code[4:]}" if len(code) == CODE_LENGTH else code


def default_due_date(approved_on: dt.date, days: int = DEFAULT_DUE_DAYS) -> dt.date:
    return approved_on + dt.timedelta(days=days)


# ---- checks on drafts (no database; the services add what needs one) ----------------------------
def check_need(draft, services: dict, today: dt.date | None = None) -> Problems:
    today = today or clock.today()
    problems = Problems()
    if not draft.household_id:
        problems.error("household_id", "required", "Pilih keluarga yang membutuhkan.")
    if not draft.service_code:
        problems.error("service_code", "required", "Pilih kategori kebutuhan dari katalog layanan.")
    elif draft.service_code not in services:
        problems.error("service_code", "unknown", f"Layanan '{draft.service_code}' tidak ada dalam katalog.")
    if not draft.description.strip():
        problems.error("description", "required", "Uraian kebutuhan wajib diisi.")
    if draft.urgency not in set(Urgency):
        problems.error("urgency", "choice", "Pilih tingkat kepentingan: biasa, segera atau darurat.")
    if draft.recorded_on and draft.recorded_on > today:
        problems.error("recorded_on", "future", "Tanggal tidak boleh di masa depan.")
    return problems


def check_complaint(draft, today: dt.date | None = None) -> Problems:
    today = today or clock.today()
    problems = Problems()
    if draft.kind not in set(ComplaintKind):
        problems.error("kind", "required", "Pilih jenis keluhan: pertanyaan, saran atau pengaduan.")
    if draft.category not in COMPLAINT_CATEGORIES:
        problems.error("category", "required", "Pilih kategori keluhan.")
    if not draft.description.strip():
        problems.error("description", "required", "Uraian keluhan wajib diisi.")
    if not draft.reporter_name.strip():
        problems.error("reporter_name", "required", "Nama pelapor wajib diisi.")
    if not draft.reporter_relationship.strip():
        problems.error("reporter_relationship", "required",
                       "Hubungan pelapor dengan warga yang bersangkutan wajib diisi (misalnya: diri sendiri, anak, ketua RT).")
    if draft.received_on and draft.received_on > today:
        problems.error("received_on", "future", "Tanggal diterima tidak boleh di masa depan.")
    return problems


def check_referral(draft, services: dict, institutions: dict, today: dt.date | None = None) -> Problems:
    """`services`: code → ServiceEntry, `institutions`: code → Institution (active or not)."""
    today = today or clock.today()
    problems = Problems()
    if not draft.person_id:
        problems.error("person_id", "required", "Pilih warga yang dirujuk.")
    service = services.get(draft.service_code)
    if not draft.service_code:
        problems.error("service_code", "required", "Pilih layanan yang diminta dari katalog.")
    elif service is None:
        problems.error("service_code", "unknown", f"Layanan '{draft.service_code}' tidak ada dalam katalog.")
    elif not service.active:
        problems.error("service_code", "inactive", f"Layanan {service.name} sudah tidak aktif.")
    if not draft.reason.strip():
        problems.error("reason", "required", "Alasan rujukan wajib diisi.")
    elif len(draft.reason) > 2000:
        problems.error("reason", "length", "Alasan rujukan terlalu panjang (paling banyak 2.000 huruf).")
    code = draft.institution_code or (service.default_institution if service else "")
    institution = institutions.get(code)
    if service is not None and not code:
        problems.error("institution_code", "required", "Pilih instansi tujuan rujukan.")
    elif code and institution is None:
        problems.error("institution_code", "unknown", f"Instansi '{code}' tidak ada dalam daftar.")
    elif institution is not None and not institution.active:
        problems.error("institution_code", "inactive", f"Instansi {institution.name} sudah tidak aktif.")
    if service is not None:
        known = {d.code for d in service.documents}
        unknown = [d for d in draft.documents if d not in known]
        if unknown:
            problems.error("documents", "unknown",
                           f"Dokumen {', '.join(unknown)} bukan bagian dari daftar dokumen layanan ini.")
    if draft.urgency not in set(Urgency):
        problems.error("urgency", "choice", "Pilih tingkat kepentingan: biasa, segera atau darurat.")
    if draft.due_date is not None and not today <= draft.due_date <= today + dt.timedelta(days=MAX_DUE_DAYS):
        problems.error("due_date", "range", "Batas waktu tindak lanjut harus antara hari ini dan satu tahun ke depan.")
    return problems


def check_outcome(draft, today: dt.date | None = None) -> Problems:
    today = today or clock.today()
    problems = Problems()
    if draft.outcome not in set(Outcome):
        problems.error("outcome", "required", "Pilih hasil rujukan.")
    if draft.received_on is None:
        problems.error("received_on", "required", "Tanggal diterima layanan wajib diisi.")
    elif draft.received_on > today:
        problems.error("received_on", "future", "Tanggal diterima layanan tidak boleh di masa depan.")
    if draft.outcome == Outcome.DITOLAK and not draft.reason.strip():
        problems.error("reason", "required", "Tuliskan alasan penolakan.")
    if draft.outcome == Outcome.DIRUJUK_LANJUT and not draft.forwarded_to.strip():
        problems.error("forwarded_to", "required", "Tuliskan ke mana warga dirujuk lanjut.")
    if draft.outcome == Outcome.PERLU_DOKUMEN and not draft.missing_documents.strip():
        problems.error("missing_documents", "required", "Tuliskan dokumen tambahan yang diperlukan.")
    if draft.next_appointment and draft.received_on and draft.next_appointment < draft.received_on:
        problems.error("next_appointment", "past", "Jadwal berikutnya tidak boleh sebelum tanggal diterima.")
    return problems
