"""Region data read straight from lokal's tables: the same as lokal's API, searchable by name or code."""

from __future__ import annotations

import subprocess
import sys

from lokal import wilayah

from puskesos_desktop.core import regions


def test_tables_are_the_ones_lokal_serves():
    for code in ("32", "3201", "320105", "3201052009", "9101", "1101012001"):
        assert regions.region_name(code) == wilayah.wilayah_name(code)
    assert [r.code for r in regions.children("320105")] == [
        w.code.replace(".", "") for w in sorted(wilayah.list_wilayah("32.01.05"), key=lambda w: w.name)]
    assert len(regions.children()) == len(wilayah.list_wilayah()) == 38


def test_unknown_codes_have_no_name():
    assert regions.region_name("99") is None
    assert regions.region_names("3299") == ("Jawa Barat",)


def test_typing_a_name_letter_by_letter_narrows_the_desa_list():
    typed = ""
    counts = []
    for letter in "bojong k":
        typed += letter
        found = regions.search(typed, level=4, limit=1000)
        assert all(len(r.code) == 10 for r in found)
        assert all(all(w in r.name.lower() for w in typed.split()) for r in found)
        counts.append(len(found))
    assert counts == sorted(counts, reverse=True) and counts[-1] < counts[2]
    assert "3201052009" in [r.code for r in regions.search("koneng bojong", level=4)]  # any word order


def test_search_by_code_digits_with_or_without_dots():
    assert [r.code for r in regions.search("32.01.05", level=3)] == ["320105"]
    found = regions.search("320105", level=4, limit=100)
    assert found and all(r.code.startswith("320105") for r in found)
    assert [r.code for r in found] == sorted(r.code for r in found)


def test_search_respects_the_limit_and_the_level():
    assert len(regions.search("a", level=4, limit=7)) == 7
    assert {len(r.code) for r in regions.search("bogor", level=2)} == {4}
    assert regions.search("xyzqq", level=4) == []
    assert regions.search("   ", level=4) == []


def test_region_checks_do_not_import_the_lokal_package():
    """lokal's __init__ builds PII detectors (~0.3 s): never on the start path of the window."""
    code = ("import sys; from puskesos_desktop.core import identity, regions; "
            "from puskesos_desktop.core.errors import Problems; "
            "identity.check_nik('3201050101900001', Problems()); regions.region_names('3201052009'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'lokal'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_village_name_read_before_the_village_table_is_loaded_is_the_same(monkeypatch):
    """The office's desa is looked up in the raw JSON at start-up, without parsing the whole table."""
    codes = [r.code for r in regions.search("ja", level=4, limit=300)] + ["3201052009", "3201059999", "1101012001"]
    expected = [wilayah.wilayah_name(code) for code in codes]
    monkeypatch.setattr(regions, "_tables", {})
    assert [regions.region_name(code) for code in codes] == expected
    assert "desa" not in regions._tables
