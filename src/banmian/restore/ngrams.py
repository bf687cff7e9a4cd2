"""Character n-gram counts of news prose, for scoring words across a column break.

A column break cuts `…监测运维` / `体系，建立…`; whether the two pieces belong together
shows in the n-grams that straddle the cut (`维体`, `运维体`, `维体系`, `运维体系`):
frequent in news prose for a true continuation, rare for two unrelated pieces.
Counts live in hashed buckets as quantised log-counts (uint8), so no text can be read
back from the artifact. Built by ``scripts/train_lines.py`` (``make model``).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "ngrams.npz"
# Buckets per order: enough that unrelated 3- and 4-grams rarely share a bucket.
BITS = {1: 17, 2: 22, 3: 23, 4: 23}
P = np.uint64(1_000_003)  # polynomial hash base
SCALE = 16.0  # quantisation of log1p(count)
ORDERS = (1, 2, 3, 4)
_DIGITS = str.maketrans("0123456789０１２３４５６７８９", "0000000000" * 2)


def codes(text: str) -> np.ndarray:
    """Code points of ``text`` with digits folded (`3月` and `5月` share statistics)."""
    return np.frombuffer(text.translate(_DIGITS).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


_SALT = {n: np.uint64((n * 0x9E3779B97F4A7C15) % (1 << 64)) for n in ORDERS}
_MULT = np.uint64(0xBF58476D1CE4E5B9)


def _mix(h: np.ndarray, order: int) -> np.ndarray:
    """Spread a sequence hash over the buckets of its order (uint64 arithmetic wraps)."""
    with np.errstate(over="ignore"):
        h = (h + _SALT[order]) * _MULT
    return (h ^ (h >> np.uint64(31))) & np.uint64((1 << BITS[order]) - 1)


def _hash_rows(arr: np.ndarray) -> np.ndarray:
    """Polynomial hash of each row of a (rows, n) code array."""
    h = np.zeros(arr.shape[0], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(arr.shape[1]):
            h = h * P + arr[:, k]
    return h


class NgramCounts:
    """Quantised log-counts of 1- to 4-grams in hashed buckets."""

    def __init__(self, tables: dict[int, np.ndarray], total: float):
        self.tables = tables
        self.log_total = float(np.log1p(total))

    @classmethod
    @lru_cache(maxsize=2)
    def load(cls, path: str | Path | None = None) -> "NgramCounts":
        data = np.load(path or DEFAULT_PATH)
        return cls({n: data[f"c{n}"] for n in ORDERS}, float(data["total"]))

    def log_count(self, grams: np.ndarray, order: int) -> np.ndarray:
        """log1p(count) of n-grams given as a (rows, order) code array."""
        return self.tables[order][_mix(_hash_rows(grams), order)].astype(np.float64) / SCALE

    def seam_features(self, lefts: Sequence[str], rights: Sequence[str]) -> np.ndarray:
        """Straddling n-gram statistics of every (left, right) pair: (n_left, n_right, 4).

        0: PMI of the bigram across the cut; 1: log P(right[0] | left[-2:]);
        2: log P(left[-1] | right[:2]) read backwards; 3: log1p count of left[-2:]+right[:2].
        """
        L = np.array([_edge(t, -2) for t in lefts], dtype=np.uint64).reshape(len(lefts), 2)
        R = np.array([_edge(t, 2) for t in rights], dtype=np.uint64).reshape(len(rights), 2)
        nl, nr = len(lefts), len(rights)
        lc1 = self.log_count(L[:, 1:], 1)
        rc1 = self.log_count(R[:, :1], 1)
        lc2 = self.log_count(L, 2)
        rc2 = self.log_count(R, 2)
        li = np.repeat(np.arange(nl), nr)
        ri = np.tile(np.arange(nr), nl)
        bi = self.log_count(np.stack([L[li, 1], R[ri, 0]], 1), 2)
        tri_a = self.log_count(np.stack([L[li, 0], L[li, 1], R[ri, 0]], 1), 3)
        tri_b = self.log_count(np.stack([L[li, 1], R[ri, 0], R[ri, 1]], 1), 3)
        quad = self.log_count(np.stack([L[li, 0], L[li, 1], R[ri, 0], R[ri, 1]], 1), 4)
        out = np.empty((nl * nr, 4))
        out[:, 0] = bi - lc1[li] - rc1[ri] + self.log_total
        out[:, 1] = tri_a - lc2[li]
        out[:, 2] = tri_b - rc2[ri]
        out[:, 3] = quad
        return out.reshape(nl, nr, 4)


def _edge(text: str, n: int) -> list[int]:
    """The first (n > 0) or last (n < 0) |n| codes of text, padded with 0."""
    c = codes(text.strip())
    c = c[:n] if n > 0 else c[n:]
    pad = [0] * (abs(n) - len(c))
    return (list(c) + pad) if n > 0 else (pad + list(c))


def count(texts: Iterable[str], batch: int = 4000) -> NgramCounts:
    """Count 1- to 4-grams of ``texts`` (paragraphs) into hashed, quantised tables."""
    raw = {n: np.zeros(1 << BITS[n], dtype=np.float64) for n in ORDERS}
    total = 0
    pending: dict[int, list[np.ndarray]] = {n: [] for n in ORDERS}

    def flush() -> None:
        for n in ORDERS:
            if pending[n]:
                raw[n] += np.bincount(np.concatenate(pending[n]).astype(np.int64), minlength=1 << BITS[n])
                pending[n].clear()

    for k, text in enumerate(texts, 1):
        c = codes(text)
        total += len(c)
        for n in ORDERS:
            if len(c) >= n:
                grams = np.lib.stride_tricks.sliding_window_view(c, n)
                pending[n].append(_mix(_hash_rows(grams), n))
        if k % batch == 0:
            flush()
    flush()
    tables = {n: np.minimum(np.round(np.log1p(v) * SCALE), 255).astype(np.uint8) for n, v in raw.items()}
    return NgramCounts(tables, total)


def save(model: NgramCounts, path: str | Path) -> None:
    np.savez_compressed(path, total=np.expm1(model.log_total), **{f"c{n}": t for n, t in model.tables.items()})
