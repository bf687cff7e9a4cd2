"""A hashed character n-gram count model of news prose (derived statistics only).

The seam model asks questions such as "how often does `信局` occur in news prose?" and
"how often does a paragraph start with `局将`?". Answering them needs n-gram counts, but
storing n-grams would store text. So every n-gram is folded into a 64-bit hash and only
a quantised log-count per hash bucket is kept: a fixed-size ``uint8`` array from which no
text can be read back. Collisions make rare n-grams look slightly more frequent; the
classifier on top learns how far to trust each order.

Symbols: characters are mapped to code points after folding digits to one symbol and
Latin letters to another (so `3月` and `5月` share statistics), half-width punctuation to
full-width, and whitespace away. Two extra symbols mark the start (``BOS``) and end
(``EOS``) of a paragraph.
"""
from __future__ import annotations

import numpy as np

PAD = 0  # no symbol (a string shorter than the window); n-grams touching it are ignored
BOS = 1  # paragraph start
EOS = 2  # paragraph end
DIGIT = 3
LATIN = 4

FNV_OFFSET = np.uint64(14695981039346656037)
FNV_PRIME = np.uint64(1099511628211)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_S29 = np.uint64(29)

# log-counts are stored as round(log1p(count) * LOG_SCALE), capped at 255
LOG_SCALE = 12.0


def _symbol_table() -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    for ch in "0123456789０１２３４５６７８９":
        table[ord(ch)] = DIGIT
    for lo, hi in (("a", "z"), ("A", "Z"), ("ａ", "ｚ"), ("Ａ", "Ｚ")):
        for cp in range(ord(lo), ord(hi) + 1):
            table[cp] = LATIN
    for half, full in zip(",;:?!()", "，；：？！（）"):
        table[ord(half)] = ord(full)
    for ch in " \t\r\n\u3000\u00a0\u2002\u2003\u200b\ufeff":
        table[ord(ch)] = None
    return table


_SYMBOLS = _symbol_table()


def symbols(text: str) -> list[int]:
    """Map text to the model's symbols (whitespace dropped, digits and Latin folded)."""
    return list(map(ord, text.translate(_SYMBOLS)))


def tail_windows(texts, width: int) -> np.ndarray:
    """The last ``width`` symbols of each text, right-aligned and PAD-filled: (n, width) uint64."""
    span = width * 3 + 8
    rows = [t.rstrip()[-span:].translate(_SYMBOLS)[-width:].rjust(width, "\0") for t in texts]
    return _as_array(rows, width)


def head_windows(texts, width: int) -> np.ndarray:
    """The first ``width`` symbols of each text, left-aligned and PAD-filled: (n, width) uint64."""
    span = width * 3 + 8
    rows = [t.lstrip()[:span].translate(_SYMBOLS)[:width].ljust(width, "\0") for t in texts]
    return _as_array(rows, width)


def _as_array(rows: list[str], width: int) -> np.ndarray:
    if not rows:
        return np.zeros((0, width), dtype=np.uint64)
    flat = np.frombuffer("".join(rows).encode("utf-32-le"), dtype=np.uint32)
    return flat.reshape(len(rows), width).astype(np.uint64)


def fold(h: np.ndarray, sym: np.ndarray) -> np.ndarray:
    """One FNV-1a step: the hash of a sequence extended by one symbol (broadcasts)."""
    return (h ^ sym) * FNV_PRIME


def bucket(h: np.ndarray, bits: int) -> np.ndarray:
    """Spread a sequence hash over a table of ``2**bits`` buckets."""
    return ((h ^ (h >> _S29)) * _MIX) >> np.uint64(64 - bits)


def ngram_hashes(stream: np.ndarray, n: int) -> np.ndarray:
    """Hashes of every n-gram of a symbol stream (``uint64``), vectorised."""
    length = len(stream) - n + 1
    if length <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.full(length, FNV_OFFSET, dtype=np.uint64)
    for k in range(n):
        h = fold(h, stream[k : k + length])
    return h


class CharCounts:
    """Quantised log-counts of hashed character n-grams.

    :param table: ``uint8`` array of ``2**bits`` buckets, ``round(log1p(count) * LOG_SCALE)``
    :param totals: float array, ``totals[n]`` = number of n-grams of order n counted
    """

    def __init__(self, table: np.ndarray, totals: np.ndarray):
        self.table = table
        self.bits = int(np.log2(len(table)))
        self.totals = totals

    def logc(self, h: np.ndarray) -> np.ndarray:
        """``log1p(count)`` of the n-grams whose sequence hashes are ``h`` (any shape)."""
        return self.table[bucket(h, self.bits)] * (1.0 / LOG_SCALE)

    @classmethod
    def build(cls, streams, max_order: int, bits: int, min_count: dict[int, int] | None = None) -> "CharCounts":
        """Count all n-grams of orders 1..max_order in an iterable of symbol streams.

        Each stream is a ``uint64`` array (paragraphs wrapped in BOS/EOS); counting is exact
        per 64-bit hash (``np.unique``) so rare n-grams can be pruned before they are
        folded into buckets, which keeps collisions low.

        :param streams: list of symbol arrays (chunks of the corpus)
        :param max_order: highest n-gram order
        :param bits: log2 of the table size
        :param min_count: per order, n-grams seen fewer times are dropped (default: keep all)
        """
        min_count = min_count or {}
        size = 1 << bits
        counts = np.zeros(size, dtype=np.float64)
        totals = np.zeros(max_order + 1, dtype=np.float64)
        for n in range(1, max_order + 1):
            parts = [ngram_hashes(s, n) for s in streams]
            h = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)
            del parts
            totals[n] = len(h)
            keys, cnt = np.unique(h, return_counts=True)
            del h
            keep = cnt >= min_count.get(n, 1)
            keys, cnt = keys[keep], cnt[keep]
            counts += np.bincount(bucket(keys, bits).astype(np.int64), weights=cnt, minlength=size)
        q = np.minimum(np.rint(np.log1p(counts) * LOG_SCALE), 255).astype(np.uint8)
        return cls(q, totals)


_MASK64 = (1 << 64) - 1


def sequence_hash(syms: list[int]) -> int:
    """The FNV-1a hash of a symbol sequence, as ``fold`` computes it (in Python ints)."""
    h = int(FNV_OFFSET)
    prime = int(FNV_PRIME)
    for s in syms:
        h = ((h ^ s) * prime) & _MASK64
    return h


def word_counts(freqs: dict[str, int], bits: int) -> CharCounts:
    """A dictionary's word frequencies as a hashed table, looked up like n-gram counts.

    Words crossing a seam (`工信|局`) are strong evidence that the seam is real; the
    table answers "is this character sequence a dictionary word, and how common?".

    :param freqs: word -> frequency (e.g. jieba's dictionary); zero-frequency entries are skipped
    :param bits: log2 of the table size
    """
    size = 1 << bits
    keys, weights = [], []
    for word, freq in sorted(freqs.items()):
        if freq > 0:
            syms = symbols(word)
            if syms:
                keys.append(sequence_hash(syms))
                weights.append(float(freq))
    counts = np.zeros(size, dtype=np.float64)
    if keys:
        idx = bucket(np.array(keys, dtype=np.uint64), bits).astype(np.int64)
        np.maximum.at(counts, idx, np.array(weights))
    q = np.minimum(np.rint(np.log1p(counts) * LOG_SCALE), 255).astype(np.uint8)
    return CharCounts(q, np.array([float(len(keys))]))
