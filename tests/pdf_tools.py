"""Reading a rendered PDF the way a person and a scanner do: poppler's text, page sizes, and zbar's QR.

Missing tools skip a test on a developer's machine and fail it in CI (`.ci/run` installs them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest


def tool(name: str) -> str:
    """The path of a poppler/zbar tool; skipped locally when missing, a failure in CI."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install poppler-utils zbar-tools)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def pdf_text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run([tool("pdftotext"), "-layout", *pages, str(pdf), "-"],
                          capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", done.stdout)


def page_sizes(pdf: Path) -> list[str]:
    """`pdfinfo -f 1 -l N` lines like `Page    1 size: 595.28 x 841.89 pts (A4)`."""
    done = subprocess.run([tool("pdfinfo"), "-f", "1", "-l", "9", str(pdf)],
                          capture_output=True, text=True, check=True)
    return re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", done.stdout)


def qr_codes(pdf: Path, page: int, workdir: Path) -> list[str]:
    """Every QR payload zbar reads on one page rendered at 150 dpi."""
    prefix = workdir / f"qr-page{page}"
    subprocess.run([tool("pdftoppm"), "-r", "150", "-png", "-f", str(page), "-l", str(page), str(pdf), str(prefix)],
                   check=True)
    png = next(workdir.glob(f"{prefix.name}*.png"))
    done = subprocess.run([tool("zbarimg"), "--raw", "-q", str(png)], capture_output=True, text=True)
    return done.stdout.split() if done.returncode == 0 else []


def page_count(pdf: Path) -> int:
    done = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", done.stdout, re.MULTILINE).group(1))
