"""The one clock: fixed in tests, local days for the operator, UTC for storage."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.core import clock

from tests.conftest import DEFAULT_MOMENT, WIB


def test_every_test_runs_on_the_fixed_clock_unless_it_asks_for_today():
    assert clock.today() == DEFAULT_MOMENT.date()


def test_the_today_fixture_sets_the_clock(today):
    assert clock.today() == today and clock.now().date() == today


def test_after_local_midnight_the_stored_utc_day_is_the_day_before_but_the_local_day_is_kept():
    with clock.fixed(dt.datetime(2027, 1, 1, 0, 10, tzinfo=WIB)):
        stored = clock.now_utc()
        assert stored.tzinfo is None and stored.date() == dt.date(2026, 12, 31)
        assert clock.today() == dt.date(2027, 1, 1) == clock.local_date(stored)
        assert clock.local_time(stored).hour == 0


def test_a_fixed_clock_keeps_ticking_so_writes_stay_in_order():
    with clock.fixed(dt.datetime(2028, 2, 29, 9, 0, tzinfo=WIB)):
        first = clock.now_utc()
        while clock.now_utc() == first:
            pass
        assert clock.now_utc() > first and clock.today() == dt.date(2028, 2, 29)


def test_leaving_a_fixed_block_restores_the_clock_before_it():
    with clock.fixed(dt.datetime(2026, 3, 1, 0, 5, tzinfo=WIB)):
        assert clock.today() == dt.date(2026, 3, 1)
    assert clock.today() == DEFAULT_MOMENT.date()


def test_a_fixed_moment_needs_a_zone():
    with pytest.raises(ValueError):
        clock.set_fixed(dt.datetime(2026, 1, 1))
