"""The printed referral letter and return slip, checked the way a reader and a scanner see them."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from puskesos_desktop.core.letter import ReturnSlipContent, mask_nik_for_slip
from puskesos_desktop.reports.referral_letter import render_documents_slip, render_referral_letter
from puskesos_desktop.reports.sample import (
    SAMPLE_CODE, SAMPLE_NIK, SAMPLE_NUMBER, SAMPLE_REFERRAL_ID, sample_documents_slip, sample_letter,
)

PAYLOAD = f"PUSKESOS:REF:{SAMPLE_REFERRAL_ID}:{SAMPLE_CODE}"
NAME = "SITI NURHALIZA KARTIKASARI WULANDARI PUTRI RAHMAWATI"


def _tool(name: str) -> str:
    """The path of a poppler/zbar tool; skipped locally when missing, a failure in CI."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install poppler-utils zbar-tools)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _render(tmp_path: Path, **kwargs) -> Path:
    letter = sample_letter(**kwargs)
    out = tmp_path / f"letter-{letter.paper}{'-copy' if letter.copy else ''}.pdf"
    render_referral_letter(letter, ReturnSlipContent.for_letter(letter), out)
    return out


def _text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run([_tool("pdftotext"), "-layout", *pages, str(pdf), "-"],
                          capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", done.stdout)


def _pages(pdf: Path) -> list[str]:
    """`pdfinfo -f 1 -l N` lines like `Page    1 size: 595.28 x 841.89 pts (A4)`."""
    done = subprocess.run([_tool("pdfinfo"), "-f", "1", "-l", "9", str(pdf)],
                          capture_output=True, text=True, check=True)
    return re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", done.stdout)


@pytest.mark.parametrize(("paper", "size_mm"), [("A4", (210, 297)), ("F4", (215, 330))])
def test_letter_and_slip_are_two_pages_of_the_chosen_paper(tmp_path, paper, size_mm):
    pages = _pages(_render(tmp_path, paper=paper))
    assert len(pages) == 2, "the letter fits on page 1, the slip is page 2"
    for width, height in pages:
        assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == size_mm


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_letter_shows_number_indonesian_date_and_name_in_upper_case(tmp_path, paper):
    page1 = _text(_render(tmp_path, paper=paper), page=1)
    assert SAMPLE_NUMBER in page1
    assert "Bojong Koneng, 23 November 2026" in page1
    assert "23 November 2026." not in page1, "no full stop after the date"
    assert "SITI NURHALIZA KARTIKASARI WULANDARI PUTRI" in page1 and "RAHMAWATI" in page1
    assert SAMPLE_NIK in page1, "the letter itself carries the full NIK for the receiving office"
    for expected in ("Nomor", "Sifat", "Lampiran", "3 (tiga) berkas", "Hal", "Yth.", "di –",
                     "Mengetahui,", "Koordinator Puskesos Bojong Koneng,", "AHMAD SURYADI", "K7MQ-4TZP"):
        assert expected in page1


def test_slip_shows_the_masked_nik_and_never_the_full_one(tmp_path):
    slip = _text(_render(tmp_path), page=2)
    assert "LEMBAR BALIK" in slip and NAME.split()[0] in slip
    assert mask_nik_for_slip(SAMPLE_NIK) == "••••••••••••0012"
    assert "••••••••••••0012" in slip
    assert SAMPLE_NIK not in slip and SAMPLE_NIK[:4] not in slip.replace(SAMPLE_NUMBER, "")
    for outcome in ("Dilayani", "Dalam proses", "Ditolak, alasan:", "Dirujuk lanjut ke:",
                    "Perlu dokumen tambahan:"):
        assert outcome in slip


def test_salinan_marks_a_reprint_only(tmp_path):
    original = _text(_render(tmp_path))
    reprint = _text(_render(tmp_path, copy=True))
    assert "SALINAN" not in original
    assert "SALINAN" in _text(_render(tmp_path, copy=True), page=1)
    assert "SALINAN" in _text(_render(tmp_path, copy=True), page=2)
    assert SAMPLE_NUMBER in reprint, "a reprint carries the same number"


def test_every_font_is_embedded(tmp_path):
    done = subprocess.run([_tool("pdffonts"), str(_render(tmp_path, paper="F4", copy=True))],
                          capture_output=True, text=True, check=True)
    rows = done.stdout.splitlines()[2:]
    assert rows, done.stdout
    for row in rows:
        # name type encoding emb sub uni object-id: the emb column must say yes.
        assert re.search(r"\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+$", row), row
        assert "Helvetica" not in row and "Times" not in row


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_qr_on_the_letter_decodes_to_the_referral_and_code_only(tmp_path, paper):
    pdf = _render(tmp_path, paper=paper)
    subprocess.run([_tool("pdftoppm"), "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    done = subprocess.run([_tool("zbarimg"), "--raw", "-q", str(png)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == PAYLOAD
    assert SAMPLE_NIK not in done.stdout and "SITI" not in done.stdout.upper()


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
    assert "DEWI <SARI> & PUTRI" in _text(out, page=1)


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="paper"):
        sample_letter(paper="Letter")


def test_documents_slip_lists_what_to_bring(tmp_path):
    out = tmp_path / "dokumen.pdf"
    render_documents_slip(sample_documents_slip(), out)
    text = _text(out)
    assert "BAWA DOKUMEN BERIKUT" in text
    assert "Fotokopi Kartu Keluarga (KK)" in text and "potong di sini" in text
