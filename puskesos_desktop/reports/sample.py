"""A realistic sample letter (Puskesos Bojong Koneng): for a letterhead preview, tests and bench."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from PIL import Image, ImageDraw  # pillow: reportlab's own image dependency

from ..core.letter import DocumentsSlipContent, LetterContent, Letterhead, LetterPerson, Signatory

SAMPLE_NIK = "3201054512870012"
SAMPLE_REFERRAL_ID = "019a8f3e-7c21-7b4d-9f1e-2c3d4e5f6a7b"
SAMPLE_CODE = "K7MQ4TZP"
SAMPLE_NUMBER = "400.9/017/PUSKESOS-BJK/XI/2026"


def sample_logo_png() -> bytes:
    """A plain round emblem, standing in for the kabupaten's logo."""
    size = 240
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((6, 6, size - 6, size - 6), fill=(22, 101, 52), outline=(0, 0, 0), width=6)
    draw.ellipse((46, 46, size - 46, size - 46), fill=(250, 204, 21))
    draw.polygon([(120, 62), (140, 110), (188, 110), (150, 140), (164, 186), (120, 158), (76, 186),
                  (90, 140), (52, 110), (100, 110)], fill=(185, 28, 28))
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def sample_letter(*, paper: str = "A4", logo: bool = True, copy: bool = False,
                  acknowledged: bool = True) -> LetterContent:
    head = Letterhead(
        lines=("PEMERINTAH KABUPATEN BOGOR", "KECAMATAN BABAKAN MADANG", "DESA BOJONG KONENG",
               "PUSAT KESEJAHTERAAN SOSIAL (PUSKESOS) BOJONG KONENG"),
        address="Jl. Raya Bojong Koneng No. 1, Desa Bojong Koneng, Kec. Babakan Madang, Kab. Bogor 16810",
        contact="Telp. (021) 8796 1234 · E-mail: puskesos.bojongkoneng@gmail.com",
        logo_png=sample_logo_png() if logo else None,
    )
    person = LetterPerson(
        name="Siti Nurhaliza Kartikasari Wulandari Putri Rahmawati", nik=SAMPLE_NIK,
        no_kk="3201051203150007", birth_place="Bogor", birth_date=dt.date(1987, 12, 5), sex="P",
        street="Kp. Cibadak", rt="003", rw="007", dusun="Cibadak", desa="Bojong Koneng",
        kecamatan="Babakan Madang", dtsen_status="Terdaftar", desil=2,
    )
    letter = LetterContent(
        letterhead=head, office_name="Puskesos Desa Bojong Koneng", place="Bojong Koneng",
        date=dt.date(2026, 11, 23), number=SAMPLE_NUMBER,
        subject="Rujukan Layanan Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK)",
        addressee_position="Kepala Dinas Sosial Kabupaten Bogor", addressee_place="Cibinong",
        person=person,
        need="kepesertaan BPJS Kesehatan tidak aktif sejak Maret 2026, sedangkan yang bersangkutan "
             "perlu kontrol rutin dan pengobatan hipertensi di Puskesmas Babakan Madang.",
        service="Pengaktifan kembali kepesertaan PBI-JK", documents=(
            "Fotokopi Kartu Tanda Penduduk (KTP)", "Fotokopi Kartu Keluarga (KK)",
            "Surat Keterangan Tidak Mampu (SKTM) dari Desa Bojong Koneng"),
        signatory=Signatory("Koordinator Puskesos Bojong Koneng", "Ahmad Suryadi"),
        acknowledger=Signatory("Kepala Desa Bojong Koneng", "H. Dedi Mulyadi") if acknowledged else None,
        referral_id=SAMPLE_REFERRAL_ID, verification_code=SAMPLE_CODE, copy=copy, paper=paper,
    )
    return letter


def sample_documents_slip(paper: str = "A4") -> DocumentsSlipContent:
    letter = sample_letter(paper=paper, logo=False)
    return DocumentsSlipContent(
        office_name=letter.office_name, place=letter.place, date=letter.date,
        name=letter.person.name, service=letter.service, documents=letter.documents,
        notes="Datang ke kantor desa Senin–Jumat pukul 08.00–14.00.", paper=paper,
    )


__all__ = ["sample_documents_slip", "sample_letter", "sample_logo_png"]
