"""Printing from the records: the letter and slip of a real referral, reprints, batches, lists."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.letter import qr_payload
from puskesos_desktop.core.referrals import ReferralStatus
from puskesos_desktop.reports import referral_letter
from puskesos_desktop.services.letters import NotPrintable, PrintCancelled

from tests.pdf_tools import page_sizes, pdf_text, qr_codes
from tests.services.test_referrals import DAY, approved, draft_for, household_and_head

HEAD_NIK = "3201051505900001"


def test_first_print_is_the_original_and_later_ones_are_copies(any_services, tmp_path):
    sv = any_services
    _hid, pid = household_and_head(sv)
    referral = approved(sv, pid)
    first = sv.letters.print_letter(referral.id, tmp_path / "first.pdf")
    assert (first.print_number, first.is_copy) == (1, False)
    assert sv.referrals.get(referral.id).status is ReferralStatus.DICETAK

    page1, slip = pdf_text(tmp_path / "first.pdf", 1), pdf_text(tmp_path / "first.pdf", 2)
    assert referral.letter_number in page1 and "400.9/001/PUSKESOS/XI/2026" in page1
    assert "Bojong Koneng, 23 November 2026" in page1, "the desa's name is the default place"
    assert "MUHAMAD JOKO" in page1 and HEAD_NIK in page1 and "3201051511200001" in page1
    assert "Kepala Dinas Sosial" in page1 and "2 (dua) berkas" in page1
    assert "PEMERINTAH KABUPATEN BOGOR" in page1 and "DESA BOJONG KONENG" in page1
    assert "SALINAN" not in page1
    assert "••••••••••••0001" in slip and HEAD_NIK not in slip
    assert qr_codes(tmp_path / "first.pdf", 1, tmp_path) == [qr_payload(referral.id, referral.verification_code)]

    second = sv.letters.print_letter(referral.id, tmp_path / "second.pdf")
    assert (second.print_number, second.is_copy) == (2, True)
    assert "SALINAN" in pdf_text(tmp_path / "second.pdf", 1)
    assert referral.letter_number in pdf_text(tmp_path / "second.pdf", 1), "a reprint keeps its number"
    assert sv.referrals.get(referral.id).print_count == 2


def test_a_draft_cannot_be_printed_or_previewed(any_services, tmp_path):
    sv = any_services
    _hid, pid = household_and_head(sv)
    draft = sv.referrals.create_draft(draft_for(pid), today=DAY)
    for attempt in (lambda: sv.letters.print_letter(draft.id, tmp_path / "x.pdf"),
                    lambda: sv.letters.preview(draft.id, io.BytesIO())):
        with pytest.raises(NotPrintable) as caught:
            attempt()
        assert "belum disetujui koordinator" in caught.value.errors[0].message
    assert not (tmp_path / "x.pdf").exists()
    assert sv.referrals.get(draft.id).print_count == 0


def test_preview_logs_nothing_and_shows_salinan_once_printed(any_services, tmp_path):
    sv = any_services
    _hid, pid = household_and_head(sv)
    referral = approved(sv, pid)
    sv.letters.preview(referral.id, tmp_path / "preview.pdf")
    assert sv.referrals.get(referral.id).print_count == 0
    assert "SALINAN" not in pdf_text(tmp_path / "preview.pdf", 1)
    sv.letters.print_letter(referral.id, io.BytesIO())
    sv.letters.preview(referral.id, tmp_path / "again.pdf")
    assert "SALINAN" in pdf_text(tmp_path / "again.pdf", 1)
    assert sv.referrals.get(referral.id).print_count == 1


def test_a_failed_render_logs_no_print_and_leaves_no_file(any_services, tmp_path, monkeypatch):
    sv = any_services
    _hid, pid = household_and_head(sv)
    referral = approved(sv, pid)

    def broken(*_args, **_kwargs):
        raise OSError("printer driver crashed")

    monkeypatch.setattr(referral_letter, "render_referral_letter", broken)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError):
        sv.letters.print_letter(referral.id, out / "letter.pdf")
    after = sv.referrals.get(referral.id)
    assert (after.print_count, after.status) == (0, ReferralStatus.DISETUJUI)
    assert list(out.iterdir()) == []


def test_office_place_and_folio_paper_are_used(any_services, tmp_path):
    sv = any_services
    office = sv.setup.office()
    sv.setup.update_office(_draft_of(office, place="Cibinong", paper="F4"))
    _hid, pid = household_and_head(sv)
    referral = approved(sv, pid)
    sv.letters.print_letter(referral.id, tmp_path / "f4.pdf")
    assert "Cibinong, 23 November 2026" in pdf_text(tmp_path / "f4.pdf", 1)
    width, height = page_sizes(tmp_path / "f4.pdf")[0]
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (215, 330)


def test_batch_prints_every_letter_in_one_pdf_or_nothing_when_cancelled(any_services, tmp_path):
    sv = any_services
    _hid, pid = household_and_head(sv)
    ids = [approved(sv, pid, reason=f"Alasan {i}").id for i in range(3)]
    assert sv.letters.printable_ids() == ids, "approved and not yet printed, by serial"

    with pytest.raises(PrintCancelled):
        sv.letters.print_letters(ids, tmp_path / "batch.pdf", cancelled=lambda: True)
    assert not (tmp_path / "batch.pdf").exists()
    assert [sv.referrals.get(i).print_count for i in ids] == [0, 0, 0]

    calls = {"n": 0}

    def cancel_while_drawing() -> bool:  # reading passes, drawing the second letter cancels
        calls["n"] += 1
        return calls["n"] > len(ids) + 1

    with pytest.raises(PrintCancelled):
        sv.letters.print_letters(ids, tmp_path / "batch.pdf", cancelled=cancel_while_drawing)
    assert not (tmp_path / "batch.pdf").exists()
    assert [sv.referrals.get(i).print_count for i in ids] == [0, 0, 0]

    seen = []
    printed = sv.letters.print_letters(ids, tmp_path / "batch.pdf", progress=lambda d, t: seen.append((d, t)))
    assert [p.print_number for p in printed] == [1, 1, 1]
    assert len(page_sizes(tmp_path / "batch.pdf")) == 6, "letter and slip for each"
    text = pdf_text(tmp_path / "batch.pdf")
    assert all(sv.referrals.get(i).letter_number in text for i in ids)
    assert seen[-1][0] == seen[-1][1] and all(a[0] <= b[0] for a, b in zip(seen, seen[1:]))
    assert sv.letters.printable_ids() == []


def test_batch_of_nothing_says_so(any_services, tmp_path):
    with pytest.raises(ValidationError, match="Pilih dulu"):
        any_services.letters.print_letters([], tmp_path / "none.pdf")


def test_documents_slip_lists_the_service_documents(any_services, tmp_path):
    sv = any_services
    _hid, pid = household_and_head(sv)
    sv.letters.documents_slip(pid, "PBI_JK", tmp_path / "bawa.pdf", today=DAY)
    text = pdf_text(tmp_path / "bawa.pdf")
    assert "MUHAMAD JOKO" in text.upper() and "Kartu Keluarga" in text
    with pytest.raises(ValidationError, match="Pilih layanan"):
        sv.letters.documents_slip(pid, "NO_SUCH", tmp_path / "x.pdf")


def test_letter_register_and_overdue_list_print(any_services, tmp_path):
    sv = any_services
    _hid, pid = household_and_head(sv)
    first, second = approved(sv, pid), approved(sv, pid)
    assert sv.letters.register_pdf(2026, tmp_path / "agenda.pdf", today=DAY) == 2
    text = pdf_text(tmp_path / "agenda.pdf")
    assert "BUKU AGENDA SURAT KELUAR TAHUN 2026" in text
    assert first.letter_number in text and second.letter_number in text
    assert sv.letters.register_pdf(2025, tmp_path / "empty.pdf") == 0
    assert "Belum ada surat keluar" in pdf_text(tmp_path / "empty.pdf")

    late = DAY + dt.timedelta(days=20)
    assert sv.letters.overdue_pdf(tmp_path / "late.pdf", today=late) == 2
    text = pdf_text(tmp_path / "late.pdf")
    assert "MUHAMAD JOKO" in text and "6 hari" in text and HEAD_NIK not in text


def _draft_of(office, **letter):
    from puskesos_desktop.core.model import OfficeDraft

    return OfficeDraft(mode=office.mode, region_code=office.region_code, name=office.name, address=office.address,
                       phone=office.phone, email=office.email, letter=replace(office.letter, **letter),
                       work=office.work)
