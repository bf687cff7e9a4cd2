"""Topic similarity of pieces of one page: bigram bags weighted by page-level IDF.

Which article a paragraph belongs to, and which copy of a duplicated fragment sits
among its own story, both come down to "does this text talk about the same names and
places as that text?"; common bigrams of the page weigh little.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def bigrams(text: str) -> Counter:
    return Counter(map(str.__add__, text, text[1:]))


def cosine(a: Counter, b: Counter, idf: dict[str, float] | None = None) -> float:
    """Cosine of two bigram bags; with ``idf`` (squared weights, see :func:`page_idf`),
    bigrams common on the page weigh less, so the names and places that make a story's
    topic dominate."""
    if not a or not b:
        return 0.0
    if idf is None:
        idf = {}
    get = idf.get
    small, large = (a, b) if len(a) < len(b) else (b, a)
    dot = sum(v * large[k] * get(k, 1.0) for k, v in small.items() if k in large)
    if not dot:
        return 0.0
    na = sum(v * v * get(k, 1.0) for k, v in a.items())
    nb = sum(v * v * get(k, 1.0) for k, v in b.items())
    return dot / math.sqrt(na * nb)


def page_idf(texts: list[str]) -> dict[str, float]:
    """Squared inverse document frequency of bigrams over the blocks of one page."""
    df: Counter = Counter()
    for t in texts:
        df.update(set(map(str.__add__, t, t[1:])))
    n = max(1, len(texts))
    return {k: math.log((n + 1) / (v + 0.5)) ** 2 for k, v in df.items()}


def similarity_matrix(texts: list[str], idf: dict[str, float], before: int = 0, after: int = 0) -> "np.ndarray":
    """Cosine similarity, as IDF-weighted bigram bags, of each text joined with the
    ``before`` texts preceding it against each text joined with the ``after`` texts
    following it; computed at once with sparse products (one bag per text)."""
    import numpy as np
    from scipy.sparse import csr_matrix, diags

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        for gram, count in bigrams(text).items():
            rows.append(r)
            cols.append(vocab.setdefault(gram, len(vocab)))
            vals.append(count * math.sqrt(idf.get(gram, 1.0)))
    n = len(texts)
    if not vals:
        return np.zeros((n, n))
    X = csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)))

    def window(lo: int, hi: int):
        # rows of sums of X over [k+lo, k+hi]: a band of ones
        offsets = [d for d in range(lo, hi + 1) if abs(d) < n]
        return diags([np.ones(n - abs(d)) for d in offsets], offsets, shape=(n, n)) @ X

    A, B = window(-before, 0), window(0, after)

    def norms(M):
        v = np.sqrt(np.asarray(M.multiply(M).sum(axis=1)).ravel())
        v[v == 0] = 1.0
        return v

    return (A @ B.T).toarray() / norms(A)[:, None] / norms(B)[None, :]
