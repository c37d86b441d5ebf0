"""`puskesos --help` and usage errors speak Bahasa Indonesia; exit codes and option names stay."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from puskesos_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
# argparse's own English, and English words of our help texts.
ENGLISH = re.compile(r"usage:|options:|positional arguments|show this help|required|invalid choice|error:|"
                     r"unrecognized|expected|\b(the|file|households?|search|show|list|letter)\b(?! *[,{}])")
COMMANDS = [[], ["init"], ["init", "desa"], ["init", "kabupaten"], ["operator", "add"], ["demo-data"],
            ["household"], ["household", "import"], ["household", "search"], ["household", "show"],
            ["referral", "list"], ["referral", "letter"], ["sync", "export"], ["sync", "import"],
            ["hub", "enroll"], ["check"], ["recovery-code"], ["recovery-code", "new"]]


def english_words(text: str) -> list[str]:
    """English left in `text`, leaving out what must stay as it is: option and command names."""
    names = re.sub(r"(--?[\w-]+|\b(init|operator|add|demo-data|household|import|search|show|referral|list|letter"
                   r"|sync|export|hub|enroll|check|desa|kabupaten)\b)", "", text)
    return [m.group(0) for m in ENGLISH.finditer(names)]


def run(capsys, argv: list[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(argv)
    out, err = capsys.readouterr()
    return exited.value.code, out, err


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "puskesos")
def test_help_is_indonesian_and_exits_0(capsys, command):
    code, out, _err = run(capsys, [*command, "--help"])
    assert code == 0
    assert out.startswith("cara pakai: puskesos")
    assert "tampilkan bantuan ini lalu keluar" in out
    assert english_words(out) == []


@pytest.mark.parametrize("argv", [
    ["frobnicate"], ["init", "desa", "--name", "Tanpa kode"], ["household"], ["demo-data", "--households", "x"],
    ["referral", "list", "--status", "entah"], ["check", "lebih"], ["--db"], ["sync", "import"],
    ["--db", "a.sqlite3", "--db-url", "sqlite://", "check"],
], ids=lambda a: " ".join(a))
def test_a_usage_error_is_indonesian_and_exits_2(capsys, argv):
    code, out, err = run(capsys, argv)
    assert code == 2 and out == ""
    assert err.startswith("cara pakai: puskesos") and "puskesos: kesalahan penggunaan: " in err
    assert english_words(err) == []


def test_option_names_and_values_stay_as_scripts_use_them():
    args = build_parser().parse_args(["--db", "x.sqlite3", "--json", "household", "import", "f.csv", "--dry-run"])
    assert (args.db, args.json, args.command, args.action, args.file, args.dry_run) == (
        "x.sqlite3", True, "household", "import", Path("f.csv"), True)
    args = build_parser().parse_args(["--db-url", "sqlite://", "referral", "list", "--status", "draf"])
    assert (args.db_url, args.command, args.action, args.status) == ("sqlite://", "referral", "list", "draf")


def test_the_installed_command_says_the_same():
    """The real entry point (through __main__), not only the parser."""
    def puskesos(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "puskesos_desktop", *args], capture_output=True, text=True,
                              cwd=ROOT, timeout=120)

    helped, wrong = puskesos("household", "--help"), puskesos("household", "frobnicate")
    assert helped.returncode == 0 and helped.stdout.startswith("cara pakai: ") and english_words(helped.stdout) == []
    assert wrong.returncode == 2 and "pilihan tidak dikenal: 'frobnicate'" in wrong.stderr
    assert english_words(wrong.stderr) == []
