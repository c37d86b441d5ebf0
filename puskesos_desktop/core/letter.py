"""What a printed referral letter, its return slip and the documents slip say (DOMAIN.md §7).

Plain frozen dataclasses: services fill them from a referral, reports/ turns them into a PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .dates import format_long
from .identity import mask_number
from .referrals import format_code

PAPER_SIZES = ("A4", "F4")  # F4 / folio: 215 × 330 mm
_NUMBER_WORDS = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "dua belas",
)


def qr_payload(referral_id: str, verification_code: str) -> str:
    """What the QR code carries: the referral and its code, never a name, NIK or address."""
    return f"PUSKESOS:REF:{referral_id}:{verification_code}"


def mask_nik_for_slip(nik: str | None) -> str:
    """`••••••••••••0012`: only the last 4 digits, as DOMAIN §7 asks for the return slip, which
    travels through other offices."""
    return mask_number(nik, keep_region=False)


def count_in_words(n: int) -> str:
    """`3 (tiga)` the way a letter writes a count; plain digits beyond twelve."""
    return f"{n} ({_NUMBER_WORDS[n]})" if 0 <= n < len(_NUMBER_WORDS) else str(n)


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The kop surat: bold centred lines, then address and contact, optional logo at the left."""

    lines: tuple[str, ...]  # "PEMERINTAH KABUPATEN BOGOR", "KECAMATAN …", "DESA …", "PUSAT … (PUSKESOS) …"
    address: str
    contact: str = ""  # "Telp. … · E-mail …"
    logo_png: bytes | None = None


@dataclass(frozen=True, slots=True)
class Signatory:
    position: str  # "Koordinator Puskesos Bojong Koneng" / "Kepala Desa Bojong Koneng"
    name: str
    nip: str = ""


@dataclass(frozen=True, slots=True)
class LetterPerson:
    """The identity block of the person referred."""

    name: str
    nik: str
    no_kk: str
    birth_place: str
    birth_date: dt.date | None
    sex: str  # "L" or "P"
    street: str
    rt: str
    rw: str
    dusun: str
    desa: str
    kecamatan: str
    dtsen_status: str = ""  # "Terdaftar", "Tidak terdaftar", "" when unknown
    desil: int | None = None

    def rows(self) -> tuple[tuple[str, str], ...]:
        """Label / value pairs in the order of DOMAIN §7; names in upper case."""
        born = ", ".join(p for p in (self.birth_place, format_long(self.birth_date) if self.birth_date else "") if p)
        sex = {"L": "Laki-laki", "P": "Perempuan"}.get(self.sex, self.sex)
        address = ", ".join(p for p in (
            self.street, f"RT {self.rt}/RW {self.rw}" if self.rt or self.rw else "",
            f"Dusun {self.dusun}" if self.dusun else "", f"Desa {self.desa}" if self.desa else "",
            f"Kecamatan {self.kecamatan}" if self.kecamatan else "",
        ) if p)
        rows = [("Nama", self.name.upper()), ("NIK", self.nik), ("No KK", self.no_kk),
                ("Tempat/Tgl Lahir", born or "-"), ("Jenis Kelamin", sex or "-"), ("Alamat", address or "-")]
        if self.dtsen_status or self.desil is not None:
            desil = f", desil {self.desil}" if self.desil is not None else ""
            rows.append(("Status DTSEN", f"{self.dtsen_status or 'Terdaftar'}{desil}"))
        return tuple(rows)


@dataclass(frozen=True, slots=True)
class LetterContent:
    """Everything page 1 of the referral letter shows."""

    letterhead: Letterhead
    office_name: str  # "Puskesos Desa Bojong Koneng", named in the opening
    place: str
    date: dt.date
    number: str  # "400.9/017/PUSKESOS-BJK/XI/2026"
    subject: str  # Hal: "Rujukan Layanan Bantuan Iuran BPJS Kesehatan (PBI-JK)"
    addressee_position: str  # after "Yth."
    addressee_place: str  # after "di –"
    person: LetterPerson
    need: str
    service: str
    documents: tuple[str, ...]
    signatory: Signatory
    referral_id: str
    verification_code: str
    nature: str = "Biasa"  # Sifat: Biasa / Segera / Penting
    acknowledger: Signatory | None = None  # "Mengetahui, Kepala Desa …"
    opening: str = ""  # empty: the standard opening naming office_name
    closing: str = ""  # empty: the standard closing
    copy: bool = False  # a reprint, marked SALINAN
    paper: str = "A4"

    def __post_init__(self) -> None:
        if self.paper not in PAPER_SIZES:
            raise ValueError(f"paper must be one of {PAPER_SIZES}, not {self.paper!r}")

    @property
    def place_and_date(self) -> str:
        """`Bojong Koneng, 23 November 2026` (no full stop, DOMAIN §7)."""
        return f"{self.place}, {format_long(self.date)}"

    @property
    def attachments(self) -> str:
        """The Lampiran line: `3 (tiga) berkas` or `-`."""
        return f"{count_in_words(len(self.documents))} berkas" if self.documents else "-"

    @property
    def opening_text(self) -> str:
        return self.opening or (
            f"Dengan hormat, bersama ini {self.office_name} merujuk warga kami dengan identitas "
            "sebagai berikut:"
        )

    @property
    def closing_text(self) -> str:
        return self.closing or (
            "Mohon kiranya yang bersangkutan dapat dilayani sesuai ketentuan yang berlaku, dan Lembar "
            "Balik terlampir diisi lalu dikembalikan kepada kami. Atas perhatian dan kerja samanya kami "
            "ucapkan terima kasih."
        )

    @property
    def code_display(self) -> str:
        return format_code(self.verification_code)

    @property
    def qr_payload(self) -> str:
        return qr_payload(self.referral_id, self.verification_code)


@dataclass(frozen=True, slots=True)
class ReturnSlipContent:
    """The Lembar Balik: enough to find the referral again, and no full NIK."""

    referral_id: str
    verification_code: str
    number: str
    name: str
    nik_masked: str
    service: str
    addressee: str
    office_name: str
    copy: bool = False

    @classmethod
    def for_letter(cls, letter: LetterContent) -> ReturnSlipContent:
        return cls(
            referral_id=letter.referral_id, verification_code=letter.verification_code,
            number=letter.number, name=letter.person.name.upper(),
            nik_masked=mask_nik_for_slip(letter.person.nik), service=letter.service,
            addressee=f"{letter.addressee_position}, {letter.addressee_place}",
            office_name=letter.office_name, copy=letter.copy,
        )

    @property
    def code_display(self) -> str:
        return format_code(self.verification_code)

    @property
    def qr_payload(self) -> str:
        return qr_payload(self.referral_id, self.verification_code)


OUTCOME_BOXES = (
    "Dilayani",
    "Dalam proses",
    "Ditolak, alasan:",
    "Dirujuk lanjut ke:",
    "Perlu dokumen tambahan:",
)


@dataclass(frozen=True, slots=True)
class DocumentsSlipContent:
    """The "Bawa dokumen berikut" slip handed to the citizen when a service is chosen."""

    office_name: str
    place: str
    date: dt.date
    name: str
    service: str
    documents: tuple[str, ...]
    notes: str = ""
    paper: str = "A4"
