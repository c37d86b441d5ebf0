"""argparse's own texts ("usage:", "options", its error messages) in Bahasa Indonesia, for `puskesos`.

argparse looks its texts up through its module-level `_` / `ngettext` (gettext) each time it uses
them, so replacing those two names translates every parser made afterwards, on Python 3.11–3.13,
without a compiled catalogue or touching the process's locale. Texts only a programmer can cause
(a badly built parser) stay English.
"""

from __future__ import annotations

import argparse

TEXTS = {
    "usage: ": "cara pakai: ",
    "positional arguments": "argumen",
    "options": "opsi",
    "subcommands": "perintah",
    "%(heading)s:": "%(heading)s:",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    " (default: %(default)s)": " (bawaan: %(default)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: peringatan: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "one of the arguments %s is required": "salah satu dari %s wajib diisi",
    "not allowed with argument %s": "tidak boleh dipakai bersama %s",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "ignored explicit argument %r": "opsi ini tidak menerima nilai %r",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak dikenal: %(value)r (pilih salah satu: %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai tidak sah: %(value)r",  # the type is a Python name
    "ambiguous option: %(option)s could match %(matches)s": "opsi %(option)s tidak jelas, bisa berarti %(matches)s",
    "unexpected option string: %s": "opsi tidak terduga: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "perintah tidak dikenal %(parser_name)r (pilihan: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
    "argument '%(argument_name)s' is deprecated": "argumen '%(argument_name)s' sudah usang",
    "command '%(parser_name)s' is deprecated": "perintah '%(parser_name)s' sudah usang",
    "option '%(option)s' is deprecated": "opsi '%(option)s' sudah usang",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): "perlu %s nilai",
}


def gettext(message: str) -> str:
    return TEXTS.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    found = PLURALS.get((singular, plural))
    return found if found is not None else (singular if n == 1 else plural)


def install() -> None:
    """Makes argparse speak Indonesian from now on (idempotent)."""
    argparse._ = gettext
    argparse.ngettext = ngettext
