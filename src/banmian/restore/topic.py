"""Topic similarity of pieces of one page: bigram bags weighted by page-level IDF.

Which article a paragraph belongs to, and which copy of a duplicated fragment sits
among its own story, both come down to "does this text talk about the same names and
places as that text?"; common bigrams of the page weigh little.
"""
from __future__ import annotations

import math
from collections import Counter


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


def similarity_matrix(texts: list[str], idf: dict[str, float]) -> "np.ndarray":
    """Cosine similarity of every pair of texts as IDF-weighted bigram bags, at once
    (a sparse product), for the seam model's topic feature."""
    import numpy as np
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        for gram, count in bigrams(text).items():
            c = vocab.setdefault(gram, len(vocab))
            rows.append(r)
            cols.append(c)
            vals.append(count * math.sqrt(idf.get(gram, 1.0)))
    if not vals:
        return np.zeros((len(texts), len(texts)))
    X = csr_matrix((vals, (rows, cols)), shape=(len(texts), len(vocab)))
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    S = (X @ X.T).toarray()
    return S / norms[:, None] / norms[None, :]
