"""Entry point: `puskesos` with a command runs headless; without one it opens the window."""

from __future__ import annotations

import sys

_GLOBAL_WITH_VALUE = {"--db", "--db-url"}


def _has_command(argv: list[str]) -> bool:
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GLOBAL_WITH_VALUE:
            skip = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if _has_command(argv):
        from .cli import run

        return run(argv)
    from .app import run_window

    return run_window(argv)


if __name__ == "__main__":
    sys.exit(main())
