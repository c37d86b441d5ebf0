"""Name keys: the same name written the old way, with variants, case or accents is one key."""

from __future__ import annotations

import pytest

from puskesos_desktop.core.names import display_name, fold, name_keys, query_keys, same_name


@pytest.mark.parametrize("variant", ["Muhammad", "Muhamad", "Moh.", "Muh.", "MOCHAMMAD", "Mohamad", "M."])
def test_muhammad_family_is_one_key(variant):
    assert name_keys(f"{variant} Rizki") == name_keys("Muhammad Rizki")


@pytest.mark.parametrize("old, new", [
    ("Soekarno", "Sukarno"),
    ("Djoko", "Joko"),
    ("Tjahjono", "Cahyono"),
    ("Soerjadi", "Suryadi"),
    ("Abdullah", "Abdulah"),
])
def test_old_spellings_fold_to_the_new(old, new):
    assert same_name(old, new)


def test_case_and_diacritics_do_not_matter():
    assert same_name("siti aisyah", "SITI AISYAH")
    assert same_name("Sìtí Aïsyah", "Siti Aisyah")
    assert fold("Ñoño Çahyà") == "nono cahya"
    assert fold("  Dewi-Sartika, S.Pd ") == "dewi sartika s pd"


def test_different_names_stay_different():
    assert not same_name("Budi Santoso", "Budi Susanto")
    assert not same_name("Joko Widodo", "Widodo Joko")  # word order is the search's job, not the key's


def test_query_keys_match_index_keys_and_keep_prefixes():
    assert query_keys("moehammad djoko") == name_keys("MUHAMAD JOKO")
    assert query_keys("moham") == ["muh"]  # a partial Muhammad finds every Muhammad
    assert query_keys("su") == ["su"]  # short words stay prefixes
    assert query_keys("...") == []


def test_display_name_upper_case_single_spaces():
    assert display_name("  siti   aisyah ") == "SITI AISYAH"
