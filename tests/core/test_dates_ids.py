"""Dates as operators type them, and the ids made on the device."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from puskesos_desktop.core.dates import age_on, format_long, format_short, parse_date
from puskesos_desktop.core.ids import master_id, new_id


@pytest.mark.parametrize("text", ["2020-01-31", "31-01-2020", "31/01/2020", "31.01.2020", "2020-1-31",
                                  " 31/1/2020 ", "2020-01-31 00:00:00"])
def test_parse_date_accepts_the_allowed_forms(text):
    assert parse_date(text) == dt.date(2020, 1, 31)


@pytest.mark.parametrize("text", ["", "31-02-2020", "2020/01/31", "01-31-2020", "31 Januari 2020", "20200131", None])
def test_parse_date_rejects_anything_else(text):
    assert parse_date(text) is None


def test_indonesian_formats():
    assert format_long(dt.date(2026, 11, 23)) == "23 November 2026"
    assert format_long(dt.date(2026, 8, 1)) == "1 Agustus 2026"
    assert format_short(dt.date(2026, 2, 3)) == "03-02-2026" and format_short(None) == ""


def test_age_counts_birthdays():
    assert age_on(dt.date(2000, 11, 24), dt.date(2026, 11, 23)) == 25
    assert age_on(dt.date(2000, 11, 23), dt.date(2026, 11, 23)) == 26


def test_new_id_is_uuid7_text_and_time_ordered():
    ids = [new_id() for _ in range(2000)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == ids[0]
    now_ms = dt.datetime.now(dt.UTC).timestamp() * 1000
    assert abs((parsed.int >> 80) - now_ms) < 60_000  # the first 48 bits are the creation time


def test_master_id_is_deterministic_per_code():
    assert master_id("service", "pkh") == master_id("service", " PKH ")
    assert master_id("service", "PKH") != master_id("service", "BPNT")
    assert master_id("service", "PKH") != master_id("institution", "PKH")
    assert uuid.UUID(master_id("service", "PKH")).version == 5
