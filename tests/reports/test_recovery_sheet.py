"""The printed "Kode Pemulihan" sheet, read the way the person who keeps it in the safe reads it."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path

import pytest

from puskesos_desktop.reports.recovery_sheet import render_recovery_sheet

from tests.pdf_tools import page_count, page_sizes, pdf_text, tool

CODE = "K7MQ-4TZP-AB3C-DEFG-HJKM-NPQR-STU7"
OFFICE = "Puskesos Bojong Koneng"
REGION = "Desa Bojong Koneng, Kecamatan Babakan Madang, Kabupaten Bogor, Jawa Barat"


def _render(tmp_path: Path, paper: str = "A4", office: str = OFFICE) -> Path:
    out = tmp_path / f"sheet-{paper}.pdf"
    render_recovery_sheet(CODE, office, REGION, dt.date(2026, 11, 23), out, paper=paper)
    return out


@pytest.mark.parametrize(("paper", "size_mm"), [("A4", (210, 297)), ("F4", (215, 330))])
def test_one_page_of_the_chosen_paper(tmp_path, paper, size_mm):
    pdf = _render(tmp_path, paper)
    assert page_count(pdf) == 1
    [(width, height)] = page_sizes(pdf)
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == size_mm


def test_shows_the_code_in_its_groups_the_office_the_day_and_what_to_do(tmp_path):
    text = pdf_text(_render(tmp_path))
    assert "KODE PEMULIHAN" in text
    assert CODE in text  # one line, its 7 groups of 4 as the code is typed
    assert OFFICE in text and REGION in text
    assert "Dibuat: 23 November 2026" in text
    assert "brankas kantor" in text
    assert "Siapa pun yang memegang kode ini dapat membuka seluruh data" in text
    assert "buat kode baru di Pengaturan" in text and "Kode lama tidak berlaku lagi" in text
    assert "Disimpan oleh" in text and "Tanda tangan" in text


def test_the_code_is_monospaced_and_every_font_is_embedded(tmp_path):
    done = subprocess.run([tool("pdffonts"), str(_render(tmp_path))], capture_output=True, text=True, check=True)
    rows = done.stdout.splitlines()[2:]
    assert any("Mono" in row for row in rows), done.stdout
    for row in rows:
        assert re.search(r"\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+$", row), row  # embedded, subset


def test_renders_into_a_stream_and_the_viewer_title_is_not_the_code(tmp_path):
    out = io.BytesIO()
    render_recovery_sheet(CODE, OFFICE, REGION, dt.date(2026, 11, 23), out)
    assert out.getvalue().startswith(b"%PDF")
    (tmp_path / "stream.pdf").write_bytes(out.getvalue())
    info = subprocess.run([tool("pdfinfo"), str(tmp_path / "stream.pdf")], capture_output=True, text=True,
                          check=True).stdout
    assert "Kode Pemulihan" in info and CODE not in info and CODE.encode() not in out.getvalue()


def test_an_office_name_with_markup_characters_is_printed_as_typed(tmp_path):
    assert "Puskesos <Bojong> & Koneng" in pdf_text(_render(tmp_path, office="Puskesos <Bojong> & Koneng"))


def test_unknown_paper_is_refused(tmp_path):
    with pytest.raises(ValueError, match="paper"):
        render_recovery_sheet(CODE, OFFICE, REGION, dt.date(2026, 11, 23), tmp_path / "x.pdf", paper="Letter")
