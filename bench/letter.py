"""Referral letter benchmark: one letter with slip and QR, and a batch of 500 letters.

    uv run python -m bench.letter [--quick]

The baseline is a bare ReportLab page drawing the same text with drawString in a standard font
(no layout, no embedded fonts, no QR, no slip), measured in the same run.
"""

from __future__ import annotations

import argparse
import io
import sys
from dataclasses import replace

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from puskesos_desktop.core.letter import LetterContent, ReturnSlipContent
from puskesos_desktop.reports.layout import qr_runs
from puskesos_desktop.reports.referral_letter import render_referral_letter
from puskesos_desktop.reports.sample import sample_letter

from .common import timed
from .scenarios import Result

BATCH = 500


def _letter_text(letter: LetterContent) -> list[str]:
    lines = [*letter.letterhead.lines, letter.letterhead.address, letter.letterhead.contact,
             letter.place_and_date, letter.number, letter.nature, letter.attachments, letter.subject,
             letter.addressee_position, letter.addressee_place, letter.opening_text]
    lines += [f"{label}: {value}" for label, value in letter.person.rows()]
    lines += [letter.need, letter.service, *letter.documents, letter.closing_text,
              letter.signatory.position, letter.signatory.name, letter.referral_id, letter.code_display]
    return lines


def bare_page(lines: list[str]) -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4)
    c.setFont("Helvetica", 10)
    for i, line in enumerate(lines):
        c.drawString(72, 800 - i * 14, line[:110])
    c.showPage()
    c.save()
    return out.getvalue()


def one_letter(letter: LetterContent) -> bytes:
    out = io.BytesIO()
    render_referral_letter(letter, ReturnSlipContent.for_letter(letter), out)
    return out.getvalue()


def single(repeats: int) -> Result:
    letter = sample_letter()
    lines = _letter_text(letter)
    one_letter(letter)  # fonts registered and modules warm, as in a running application
    result = Result("letter_single", "one letter + return slip + QR into memory", 0.040, "median")
    for _ in range(repeats):
        qr_runs.cache_clear()  # a new letter: its QR is not encoded yet
        result.samples.append(timed(lambda: one_letter(letter))[0])
        result.baseline.append(timed(lambda: bare_page(lines))[0])
    return result


def batch(count: int = BATCH) -> Result:
    base = sample_letter()
    letters = [replace(base, number=f"400.9/{i:03d}/PUSKESOS-BJK/XI/2026", verification_code=f"K7MQ{i:04d}")
               for i in range(1, count + 1)]
    lines = _letter_text(base)

    def run_all() -> None:
        for letter in letters:
            one_letter(letter)

    result = Result(f"letter_batch_{count}", f"{count} letters one after another", 30.0, "median")
    result.samples.append(timed(run_all)[0])
    result.baseline.append(timed(lambda: [bare_page(lines) for _ in range(count)])[0])
    return result


def batch_from_records(count: int = BATCH) -> Result:
    """What the Rujukan page's "print all approved" does: `LetterService.print_letters` over `count`
    approved referrals of the desa dataset (five years of history), read from the database, each
    print logged, one PDF written. On a scratch copy, since it logs prints."""
    from .common import build, copy_db
    from .dataset import DESA_DB, ensure

    ensure(("desa",))
    path = copy_db(DESA_DB, "letters-batch.sqlite3")
    services = build(path)
    try:
        ids = services.letters.printable_ids(unprinted_only=False, limit=count)
        out = path.with_name("letters-batch.pdf")
        result = Result(f"letter_batch_service_{len(ids)}",
                        f"{len(ids)} letters read, logged and written as one PDF", 30.0, "median")
        result.samples.append(timed(lambda: services.letters.print_letters(ids, out))[0])
        lines = _letter_text(sample_letter())
        result.baseline.append(timed(lambda: [bare_page(lines) for _ in range(len(ids))])[0])
        result.note = f"{out.stat().st_size / 1e6:.1f} MB PDF, {2 * len(ids)} pages"
        return result
    finally:
        services.close()


def run(quick: bool = False) -> list[Result]:
    count = 100 if quick else BATCH
    return [single(15 if quick else 50), batch(count), batch_from_records(count)]


def main(argv: list[str] | None = None) -> int:
    from .run import _row, table

    parser = argparse.ArgumentParser(prog="python -m bench.letter")
    parser.add_argument("--quick", action="store_true", help="15 single renders and a batch of 100")
    args = parser.parse_args(argv)
    print(table([_row(r) for r in run(args.quick)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
