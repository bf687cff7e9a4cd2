"""Character shingles for Chinese text, with offsets back into the original article.

Chinese has no spaces, so passim's word n-grams become character n-grams. Matching
ignores punctuation and whitespace (a reprint often changes a comma or a line break)
but keeps letters, CJK characters and digits (``2035年`` and ``2025年`` are different
formulations). Every kept character remembers its offset in the original text, so a
passage found on the normalised text is reported as a span of what was printed.

Everything here is a pure function over one text, so the local engine and the Spark
UDFs compute exactly the same shingles.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

N = 5  # shingle length in characters (5 CJK characters ~ two words)

_PRIME = np.uint64(1_000_003)


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """(keep, fold) lookup tables over every code point, built once.

    keep[c] is True for letters and digits (Unicode categories L* and N*); fold[c] maps
    full-width ASCII to ASCII and upper case Latin to lower case, so ``ＧＤＰ`` matches ``gdp``.
    """
    size = 0x110000
    keep = np.zeros(size, dtype=bool)
    for cp in range(0x30, 0x3000):
        keep[cp] = unicodedata.category(chr(cp))[0] in "LN"
    keep[0x3400:0xA000] = True  # CJK unified ideographs (+ extension A, Yi): all letters
    for cp in range(0x3000, 0x3400):
        keep[cp] = unicodedata.category(chr(cp))[0] in "LN"
    for cp in range(0xA000, 0x10000):
        keep[cp] = unicodedata.category(chr(cp))[0] in "LN"
    keep[0x20000:0x323B0] = True  # CJK extensions B-H
    fold = np.arange(size, dtype=np.uint32)
    fold[0xFF01:0xFF5F] -= 0xFEE0  # full-width ASCII variants
    fold[0x41:0x5B] += 0x20  # A-Z -> a-z
    fold[0xFF21:0xFF3B] = np.arange(0x61, 0x7B, dtype=np.uint32)
    return keep, fold


@dataclass(frozen=True, slots=True)
class Shingled:
    """One text prepared for matching.

    codes: the kept, folded characters (uint32 code points);
    offsets: offsets[i] is the index in the original text of codes[i];
    hashes: hashes[i] is the 64-bit hash of codes[i:i+n] (len(codes) - n + 1 of them);
    order, sorted: hashes sorted (stable) and the positions they came from;
    unique: the distinct hashes (the article's postings).
    """

    codes: np.ndarray
    offsets: np.ndarray
    hashes: np.ndarray
    n: int
    order: np.ndarray
    sorted: np.ndarray
    unique: np.ndarray

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span ``[begin, end)`` of normalised characters ``[start, end)``."""
        return int(self.offsets[start]), int(self.offsets[end - 1]) + 1


def normalize(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Kept characters (folded code points) and their offsets into ``text``."""
    if not text:
        return np.zeros(0, np.uint32), np.zeros(0, np.int32)
    keep, fold = _tables()
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cps = np.minimum(cps, 0x10FFFF)
    offsets = np.flatnonzero(keep[cps]).astype(np.int32)
    return fold[cps[offsets]], offsets


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads the bits so ``hash % partitions`` is balanced."""
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def hash_ngrams(codes: np.ndarray, n: int = N) -> np.ndarray:
    """Signed 64-bit hash of every character n-gram of ``codes`` (Spark's LongType is signed)."""
    count = len(codes) - n + 1
    if count <= 0:
        return np.zeros(0, np.int64)
    c = codes.astype(np.uint64) + np.uint64(1)
    h = np.zeros(count, np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            h = h * _PRIME + c[k : k + count]
        return _mix(h).view(np.int64)


def shingle(text: str, n: int = N) -> Shingled:
    """Normalise ``text`` and hash its character n-grams."""
    codes, offsets = normalize(text)
    hashes = hash_ngrams(codes, n)
    order = np.argsort(hashes, kind="stable").astype(np.int32)
    ordered = hashes[order]
    keep = np.ones(len(ordered), bool)
    keep[1:] = ordered[1:] != ordered[:-1]
    return Shingled(codes, offsets, hashes, n, order, ordered, ordered[keep])


def shingle_set(text: str, n: int = N) -> list[int]:
    """The distinct shingle hashes of ``text``, sorted (one posting per article, as Python ints)."""
    return shingle(text, n).unique.tolist()


def normalized_text(text: str) -> str:
    """The text matching sees: kept, folded characters only (for phrases in the formulation index)."""
    codes, _ = normalize(text)
    return codes.astype("<u4").tobytes().decode("utf-32-le")
