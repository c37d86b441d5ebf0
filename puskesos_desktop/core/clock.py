"""The one clock: today's date and the current time, the same for every layer, and fixable in tests.

Stored times are UTC without a zone (`now_utc`); dates the operator sees and types (a letter's date,
a need's day, "today" in an overdue list) are the *local* calendar day of the laptop's clock
(`today`, `local_date`). Near midnight the two differ: at 00:30 WIB on 1 January the UTC day is
still 31 December, so a stored time must go through `local_date` before it is shown or compared
with a local date.

Tests fix the clock with `fixed(moment)`; a fixed clock keeps ticking from that moment (real
elapsed time is added), so the order of writes is kept while the calendar day stays put.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class _Fixed:
    start: dt.datetime  # aware
    started: float  # time.monotonic() when fixed

    def now(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=time.monotonic() - self.started)


_fixed: _Fixed | None = None


def now() -> dt.datetime:
    """The current moment, aware, in the laptop's zone (or the fixed moment's zone)."""
    return _fixed.now() if _fixed is not None else dt.datetime.now().astimezone()


def now_utc() -> dt.datetime:
    """UTC without zone, the way every time is stored."""
    return now().astimezone(dt.UTC).replace(tzinfo=None)


def today() -> dt.date:
    """The local calendar day."""
    return now().date()


def local_date(stored_utc: dt.datetime) -> dt.date:
    """The local calendar day of a stored (zone-less UTC) time."""
    zone = now().tzinfo
    return stored_utc.replace(tzinfo=dt.UTC).astimezone(zone).date()


def local_time(stored_utc: dt.datetime) -> dt.datetime:
    """A stored (zone-less UTC) time in the local zone, for display."""
    return stored_utc.replace(tzinfo=dt.UTC).astimezone(now().tzinfo)


def set_fixed(moment: dt.datetime | None) -> None:
    """Fixes the clock at `moment` (aware), or back to the real clock with None."""
    global _fixed
    if moment is not None and moment.tzinfo is None:
        raise ValueError("a fixed moment needs a zone")
    _fixed = None if moment is None else _Fixed(moment, time.monotonic())


@contextmanager
def fixed(moment: dt.datetime) -> Iterator[None]:
    previous = _fixed
    set_fixed(moment)
    try:
        yield
    finally:
        globals()["_fixed"] = previous
