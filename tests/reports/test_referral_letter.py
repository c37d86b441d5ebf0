"""The printed referral letter and return slip, checked the way a reader and a scanner see them."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from puskesos_desktop.core.letter import ReturnSlipContent, mask_nik_for_slip
from puskesos_desktop.reports.referral_letter import render_documents_slip, render_referral_letter
from puskesos_desktop.reports.sample import (
    SAMPLE_CODE, SAMPLE_NIK, SAMPLE_NUMBER, SAMPLE_REFERRAL_ID, sample_documents_slip, sample_letter,
)

from tests.pdf_tools import page_sizes, pdf_text, qr_codes, tool

PAYLOAD = f"PUSKESOS:REF:{SAMPLE_REFERRAL_ID}:{SAMPLE_CODE}"
NAME = "SITI NURHALIZA KARTIKASARI WULANDARI PUTRI RAHMAWATI"


def _render(tmp_path: Path, **kwargs) -> Path:
    letter = sample_letter(**kwargs)
    out = tmp_path / f"letter-{letter.paper}{'-copy' if letter.copy else ''}.pdf"
    render_referral_letter(letter, ReturnSlipContent.for_letter(letter), out)
    return out


@pytest.mark.parametrize(("paper", "size_mm"), [("A4", (210, 297)), ("F4", (215, 330))])
def test_letter_and_slip_are_two_pages_of_the_chosen_paper(tmp_path, paper, size_mm):
    pages = page_sizes(_render(tmp_path, paper=paper))
    assert len(pages) == 2, "the letter fits on page 1, the slip is page 2"
    for width, height in pages:
        assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == size_mm


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_letter_shows_number_indonesian_date_and_name_in_upper_case(tmp_path, paper):
    page1 = pdf_text(_render(tmp_path, paper=paper), page=1)
    assert SAMPLE_NUMBER in page1
    assert "Bojong Koneng, 23 November 2026" in page1
    assert "23 November 2026." not in page1, "no full stop after the date"
    assert "SITI NURHALIZA KARTIKASARI WULANDARI PUTRI" in page1 and "RAHMAWATI" in page1
    assert SAMPLE_NIK in page1, "the letter itself carries the full NIK for the receiving office"
    for expected in ("Nomor", "Sifat", "Lampiran", "3 (tiga) berkas", "Hal", "Yth.", "di –",
                     "Mengetahui,", "Koordinator Puskesos Bojong Koneng,", "AHMAD SURYADI", "K7MQ-4TZP"):
        assert expected in page1


def test_slip_shows_the_masked_nik_and_never_the_full_one(tmp_path):
    slip = pdf_text(_render(tmp_path), page=2)
    assert "LEMBAR BALIK" in slip and NAME.split()[0] in slip
    assert mask_nik_for_slip(SAMPLE_NIK) == "••••••••••••0012"
    assert "••••••••••••0012" in slip
    assert SAMPLE_NIK not in slip and SAMPLE_NIK[:4] not in slip.replace(SAMPLE_NUMBER, "")
    for outcome in ("Dilayani", "Dalam proses", "Ditolak, alasan:", "Dirujuk lanjut ke:",
                    "Perlu dokumen tambahan:"):
        assert outcome in slip


def test_salinan_marks_a_reprint_only(tmp_path):
    original = pdf_text(_render(tmp_path))
    reprint = pdf_text(_render(tmp_path, copy=True))
    assert "SALINAN" not in original
    assert "SALINAN" in pdf_text(_render(tmp_path, copy=True), page=1)
    assert "SALINAN" in pdf_text(_render(tmp_path, copy=True), page=2)
    assert SAMPLE_NUMBER in reprint, "a reprint carries the same number"


def test_every_font_is_embedded(tmp_path):
    done = subprocess.run([tool("pdffonts"), str(_render(tmp_path, paper="F4", copy=True))],
                          capture_output=True, text=True, check=True)
    rows = done.stdout.splitlines()[2:]
    assert rows, done.stdout
    for row in rows:
        # name type encoding emb sub uni object-id: the emb column must say yes.
        assert re.search(r"\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+$", row), row
        assert "Helvetica" not in row and "Times" not in row


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_qr_on_the_letter_decodes_to_the_referral_and_code_only(tmp_path, paper):
    codes = qr_codes(_render(tmp_path, paper=paper), 1, tmp_path)
    assert codes == [PAYLOAD]
    assert SAMPLE_NIK not in codes[0] and "SITI" not in codes[0].upper()


def test_renders_into_a_stream_and_without_logo_or_acknowledger():
    buffer = io.BytesIO()
    letter = sample_letter(logo=False, acknowledged=False)
    render_referral_letter(letter, ReturnSlipContent.for_letter(letter), buffer)
    assert buffer.getvalue().startswith(b"%PDF-")


def test_names_with_markup_characters_are_printed_as_typed(tmp_path):
    letter = sample_letter()
    letter = replace(letter, person=replace(letter.person, name="Dewi <Sari> & Putri"))
    out = tmp_path / "odd.pdf"
    render_referral_letter(letter, ReturnSlipContent.for_letter(letter), out)
    assert "DEWI <SARI> & PUTRI" in pdf_text(out, page=1)


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="paper"):
        sample_letter(paper="Letter")


def test_documents_slip_lists_what_to_bring(tmp_path):
    out = tmp_path / "dokumen.pdf"
    render_documents_slip(sample_documents_slip(), out)
    text = pdf_text(out)
    assert "BAWA DOKUMEN BERIKUT" in text
    assert "Fotokopi Kartu Keluarga (KK)" in text and "potong di sini" in text
