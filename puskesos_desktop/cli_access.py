"""How the command line signs in (README, "Masuk dari baris perintah").

Like PGPASSWORD: `PUSKESOS_USER` + `PUSKESOS_PASSWORD` for scripts; `PUSKESOS_RECOVERY_CODE` opens
with the office's recovery code (as administrator, logged); otherwise, on a terminal, a prompt
without echo. Every command then acts with that operator's role.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass

from .core.errors import AuthenticationError
from .services.access import Access
from .services.container import Services

USER, PASSWORD, RECOVERY = "PUSKESOS_USER", "PUSKESOS_PASSWORD", "PUSKESOS_RECOVERY_CODE"


@dataclass(frozen=True)
class Credentials:
    username: str = ""
    password: str = ""
    recovery_code: str = ""


def credentials(environ=os.environ, *, prompt: bool | None = None) -> Credentials:
    """From the environment, else asked on the terminal; AuthenticationError when neither can be had."""
    if environ.get(RECOVERY):
        return Credentials(recovery_code=environ[RECOVERY])
    if environ.get(USER) and PASSWORD in environ:
        return Credentials(environ[USER], environ[PASSWORD])
    if prompt if prompt is not None else _terminal():
        try:
            username = environ.get(USER) or _ask("Nama pengguna: ")
            return Credentials(username, getpass.getpass("Kata sandi: ", stream=sys.stderr))
        except (EOFError, KeyboardInterrupt):
            raise AuthenticationError("Masuk dibatalkan.") from None
    raise AuthenticationError(
        f"Perintah ini perlu masuk: setel {USER} dan {PASSWORD} (atau {RECOVERY}), atau jalankan di terminal.")


def sign_in(access: Access, given: Credentials) -> Services:
    if given.recovery_code:
        return access.sign_in_with_recovery(given.recovery_code)
    return access.sign_in(given.username, given.password)


def _terminal() -> bool:
    try:
        return os.isatty(sys.stdin.fileno()) and os.isatty(sys.stderr.fileno())
    except (OSError, ValueError):
        return False


def _ask(text: str) -> str:
    print(text, end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip()
