"""A function run on a thread of its own beside the caller's work (sqlite3, hashlib and argon2 let go
of the GIL, so on two cores the two really run at once): `check` and `Restore.open` use it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class InThread:
    """`fn(*args)` started now; `wait()` joins it; `result()` joins it and returns what it returned,
    or raises what it raised, in the caller's thread."""

    def __init__(self, name: str, fn: Callable[..., Any], *args) -> None:
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn, *args), name=name, daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[..., Any], *args) -> None:
        try:
            self._value = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            self._error = exc

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> Any:
        self.wait()
        if self._error is not None:
            raise self._error
        return self._value
