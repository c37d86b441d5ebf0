"""What a printed referral letter, its return slip and the documents slip say (DOMAIN.md §7).

Plain frozen dataclasses: services fill them from a referral, reports/ turns them into a PDF.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .codes import DTSEN_STATUSES, Mode
from .dates import format_long
from .identity import mask_number
from .model import Household, Office, Person
from .referral_model import Institution, Need, Referral, ServiceEntry
from .referrals import Urgency, format_code
from .restricted import letter_categories

PAPER_SIZES = ("A4", "F4")  # F4 / folio: 215 × 330 mm
_NUMBER_WORDS = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "dua belas",
)


def qr_payload(referral_id: str, verification_code: str) -> str:
    """What the QR code carries: the referral and its code, never a name, NIK or address."""
    return f"PUSKESOS:REF:{referral_id}:{verification_code}"


# What a USB QR scanner types from the letter: `PUSKESOS:REF:<referral-id>:<code>`. A scanner set to
# another keyboard layout may send ';' for ':'.
_SCANNED = re.compile(r"^\s*PUSKESOS[:;]REF[:;]([^:;]*)[:;]([^:;]*?)\s*$", re.IGNORECASE)


def parse_scan(text: str) -> tuple[str, str | None]:
    """(code, referral id) from a scanned QR payload; (text, None) for anything typed by hand."""
    match = _SCANNED.match(text or "")
    if match is None:
        return text, None
    return match.group(2), match.group(1).strip() or None


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
    # Restricted categories (core/restricted): only those the referral's need is about.
    categories: tuple[str, ...] = ()  # labels of the sensitive PPKS categories
    chronic_illness: str = ""

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
        if self.categories:
            rows.append(("Kategori PPKS", ", ".join(self.categories)))
        if self.chronic_illness:
            rows.append(("Penyakit kronis", self.chronic_illness))
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
            # "di – Tempat" belongs on the envelope side of the letter; the slip names just the office.
            addressee=", ".join(p for p in (letter.addressee_position, letter.addressee_place)
                                if p and p.strip().lower() != "tempat"),
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


# ---- composing a letter from the records of one referral -------------------------------------

def letterhead_lines(office: Office) -> tuple[str, ...]:
    """`PEMERINTAH KABUPATEN BOGOR / KECAMATAN BABAKAN MADANG / DESA BOJONG KONENG / <office>`.

    A village code whose 4 digits start with 1 is a kelurahan, with 2 a desa (Kemendagri).
    """
    names = office.region_names
    lines = []
    if len(names) >= 2:
        lines.append(f"PEMERINTAH {names[1]}".upper())
    if office.mode is Mode.DESA and len(names) >= 4:
        village = "KELURAHAN" if office.region_code[6:7] == "1" else "DESA"
        lines += [f"KECAMATAN {names[2]}".upper(), f"{village} {names[3]}".upper()]
    lines.append(office.name.upper())
    return tuple(lines)


def region_line(office: Office) -> str:
    """`Desa Bojong Koneng, Kecamatan Babakan Madang, Kabupaten Bogor, Jawa Barat` (a kabupaten: its
    kabupaten and province), for printouts that name the office's place in one line."""
    names = office.region_names
    parts = list(reversed(names[:2]))
    if office.mode is Mode.DESA and len(names) >= 4:
        village = "Kelurahan" if office.region_code[6:7] == "1" else "Desa"
        parts = [f"{village} {names[3]}", f"Kecamatan {names[2]}", *parts]
    return ", ".join(parts)


def office_letterhead(office: Office, logo_png: bytes | None) -> Letterhead:
    contact = " · ".join(p for p in (
        f"Telp. {office.phone}" if office.phone else "", f"E-mail: {office.email}" if office.email else "",
    ) if p)
    return Letterhead(lines=letterhead_lines(office), address=office.address, contact=contact, logo_png=logo_png)


def compose_letter(
    office: Office, logo_png: bytes | None, referral: Referral, person: Person, household: Household,
    service: ServiceEntry, institution: Institution, need: Need | None, *, copy: bool, paper: str | None = None,
) -> LetterContent:
    """The letter of an approved referral, as the office's settings and the records say it. A
    restricted category or a chronic illness is printed only when the need (or, without one, the
    service asked for) is about it."""
    if not referral.letter_number or not referral.letter_date or not referral.verification_code:
        raise ValueError("only an approved referral has a letter")
    categories, illness = letter_categories(person, need.service_code if need is not None else referral.service_code)
    names = office.region_names
    labels = {d.code: d.label for d in service.documents}
    settings = office.letter
    acknowledger = (Signatory(settings.acknowledger_position, settings.acknowledger_name)
                    if settings.acknowledger_name.strip() else None)
    return LetterContent(
        letterhead=office_letterhead(office, logo_png), office_name=office.name, place=office.letter_place,
        date=referral.letter_date, number=referral.letter_number, subject=f"Rujukan {service.name}",
        addressee_position=institution.addressee, addressee_place=institution.place or "Tempat",
        person=LetterPerson(
            name=person.name, nik=person.nik, no_kk=household.no_kk, birth_place=person.birth_place,
            birth_date=person.birth_date, sex=person.sex, street=household.address, rt=household.rt,
            rw=household.rw, dusun=household.dusun.title() if household.dusun else "",
            desa=names[3] if len(names) >= 4 else "", kecamatan=names[2] if len(names) >= 3 else "",
            dtsen_status=DTSEN_STATUSES.get(household.dtsen_status, ""), desil=household.desil,
            categories=categories, chronic_illness=illness,
        ),
        need=_sentence(need.description if need is not None and need.description.strip() else referral.reason),
        service=service.name,
        documents=tuple(labels.get(code, code) for code in referral.documents),
        signatory=Signatory(settings.signatory_position, settings.signatory_name, settings.signatory_nip),
        acknowledger=acknowledger, referral_id=referral.id, verification_code=referral.verification_code,
        nature=_NATURE[referral.urgency], copy=copy, paper=paper or settings.paper,
    )


def compose_documents_slip(office: Office, person_name: str, service: ServiceEntry, today: dt.date, *,
                           documents: tuple[str, ...] | None = None, paper: str | None = None) -> DocumentsSlipContent:
    """The documents the chosen service asks for (all of them, or the codes given)."""
    wanted = [d for d in service.documents if documents is None or d.code in documents]
    return DocumentsSlipContent(
        office_name=office.name, place=office.letter_place, date=today, name=person_name, service=service.name,
        documents=tuple(d.label for d in wanted), paper=paper or office.letter.paper,
    )


_NATURE = {Urgency.BIASA: "Biasa", Urgency.SEGERA: "Segera", Urgency.DARURAT: "Segera"}


def _sentence(text: str) -> str:
    """The need as the letter's sentence goes on: trimmed, first letter lower case, ending in a full stop."""
    text = " ".join(text.split())
    if not text:
        return "-"
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        text = text[0].lower() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


@dataclass(frozen=True, slots=True)
class TableReport:
    """A printable list (the letter register, overdue referrals): title, columns and rows of text."""

    office_name: str
    title: str
    subtitle: str
    columns: tuple[tuple[str, float], ...]  # header and relative width
    rows: tuple[tuple[str, ...], ...]
    printed_on: dt.date
    paper: str = "A4"
    empty_text: str = "Tidak ada data."


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def pdf_file_name(*parts: str) -> str:
    """A file name safe on Windows and a FAT USB stick: `Surat_Rujukan_400.9-017-PUSKESOS-XI-2026_SUPARMAN.pdf`.

    A letter number's `/` becomes `-` (a `/` would make the number's last part the file name, "2026.pdf");
    anything but letters, digits, `.`, `-` and `_` becomes `_`."""
    cleaned = (_UNSAFE.sub("_", p.replace("/", "-").strip()).strip("._-") for p in parts)
    return "_".join(p for p in cleaned if p)[:150] + ".pdf"


def letter_file_name(letter_number: str, name: str) -> str:
    return pdf_file_name("Surat_Rujukan", letter_number, name.upper())
