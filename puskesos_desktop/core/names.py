"""Name normalisation for search and duplicate checks: case, diacritics and common spelling variants."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Whole-word variants of the same name, folded to one key.
_WORD_VARIANTS = {
    "muhammad": "muh", "muhamad": "muh", "muhammmad": "muh", "mohammad": "muh", "mohamad": "muh",
    "mochammad": "muh", "mochamad": "muh", "moch": "muh", "moh": "muh", "muh": "muh", "mhd": "muh",
    "md": "muh", "m": "muh",
}
# Old (pre-1972) spellings inside words, in the order they must be applied.
# A bare "j" of the old spelling is today's "y" (Tjahjono / Cahyono), so j and y share one key.
_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"), ("j", "y"))


def fold(text: str) -> str:
    """Lower case, diacritics removed, punctuation to spaces."""
    text = text or ""
    if text.isascii():  # nearly every name: NFKD would change nothing (and is 3× slower)
        return _NON_ALNUM.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _NON_ALNUM.sub(" ", ascii_only).strip()


def _spelled(word: str) -> str:
    for old, new in _SPELLINGS:
        word = word.replace(old, new)
    # Doubled letters are a common typo and spelling variant (Abdullah / Abdulah).
    return _DOUBLED.sub(r"\1", word)


_DOUBLED = re.compile(r"(.)\1+")
_VARIANT_KEYS = {_spelled(k): v for k, v in _WORD_VARIANTS.items()}


def name_key(word: str) -> str:
    """The search key of one folded word: variants and old spellings collapse to one form."""
    spelled = _spelled(word)
    return _VARIANT_KEYS.get(spelled, spelled)


def name_keys(name: str) -> list[str]:
    """Keys of every word of a name, in order, for indexing and matching."""
    return [name_key(w) for w in fold(name).split()]


def query_keys(text: str) -> list[str]:
    """Keys of the words typed into a search box (a trailing partial word stays a prefix)."""
    keys = []
    for word in fold(text).split():
        spelled = _spelled(word)
        if len(spelled) < 3:
            keys.append(spelled)  # "m" or "mu" stay prefixes; they already match "muh"
        elif spelled in _VARIANT_KEYS or any(v.startswith(spelled) for v in _VARIANT_KEYS):
            keys.append("muh")  # a partial "moham" finds every Muhammad
        else:
            keys.append(spelled)
    return keys


def same_name(a: str, b: str) -> bool:
    """True when two names are the same person's name up to case, order-preserving variants."""
    return name_keys(a) == name_keys(b)


def display_name(name: str) -> str:
    """Names are stored and printed in upper case, with single spaces."""
    return " ".join((name or "").split()).upper()
