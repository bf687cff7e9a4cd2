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
    return dot / math.sqrt(_squared_norm(a, get) * _squared_norm(b, get))


def _squared_norm(bag: Counter, get) -> float:
    """The IDF-weighted squared norm of a bigram bag (``get``: the weights' lookup)."""
    return sum(v * v * get(k, 1.0) for k, v in bag.items())


def cosines_left_out(bags: list[Counter], whole: Counter, idf: dict[str, float]) -> float:
    """The sum of ``cosine(t, whole - t, idf)`` over the ``bags`` t, each contained in ``whole``
    (part of its sum), without building ``whole - t``: its dot product with t and its
    norm follow from ``whole``'s, which are summed once (a page of many contested
    paragraphs otherwise subtracts and sums the whole bag for every one of them)."""
    get = idf.get
    whole_norm = _squared_norm(whole, get)
    total = 0.0
    for t in bags:
        if not t:
            continue
        with_whole = sum(v * whole[k] * get(k, 1.0) for k, v in t.items())
        own = _squared_norm(t, get)
        dot = with_whole - own
        rest = whole_norm - 2 * with_whole + own  # the norm of whole - t
        if dot > 0 and rest > 0:
            total += dot / math.sqrt(own * rest)
    return total


def page_idf(texts: list[str]) -> dict[str, float]:
    """Squared inverse document frequency of bigrams over the blocks of one page."""
    import numpy as np

    vocab, _, cols, _ = _bags(texts)
    df = np.bincount(cols, minlength=len(vocab))  # (one cell per text a bigram occurs in)
    weights = np.log((max(1, len(texts)) + 1) / (df + 0.5)) ** 2
    return dict(zip(_bigram_texts(vocab), weights.tolist()))


def _bags(texts: list[str]) -> tuple["np.ndarray", "np.ndarray", "np.ndarray", "np.ndarray"]:
    """The bigram bag of each text, sparse: the page's bigrams (sorted codes), and for each
    (text, bigram) cell that occurs its text, its bigram's index and its count."""
    import numpy as np

    rows, grams = _bigram_table(texts)
    vocab, col = np.unique(grams, return_inverse=True)
    cells, count = np.unique(rows * len(vocab) + col, return_counts=True)
    rows, cols = np.divmod(cells, max(1, len(vocab)))
    return vocab, rows, cols, count


def _bigram_table(texts: list[str]) -> tuple["np.ndarray", "np.ndarray"]:
    """Every bigram of ``texts`` as an integer (two code points side by side, 21 bits
    each) with the index of its text: one pass over the joined texts, however many."""
    import numpy as np

    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    rows = np.repeat(np.arange(len(texts)), lengths)
    inside = rows[:-1] == rows[1:]  # no bigram across two texts
    return rows[:-1][inside], ((codes[:-1] << 21) | codes[1:])[inside]


def _bigram_texts(codes: "np.ndarray") -> list[str]:
    """The bigrams of :func:`_bigram_table` codes as strings, decoded at once."""
    import numpy as np

    pairs = np.stack([codes >> 21, codes & 0x1FFFFF], axis=1).astype("<u4")
    joined = pairs.tobytes().decode("utf-32-le", "surrogatepass")
    return [joined[i:i + 2] for i in range(0, len(joined), 2)]


def similarity_matrix(texts: list[str], idf: dict[str, float], before: int = 0, after: int = 0) -> "np.ndarray":
    """Cosine similarity, as IDF-weighted bigram bags, of each text joined with the
    ``before`` texts preceding it against each text joined with the ``after`` texts
    following it; computed at once with sparse products (one bag per text)."""
    import numpy as np
    from scipy.sparse import csr_matrix, diags

    n = len(texts)
    vocab, rows, cols, count = _bags(texts)
    if not len(vocab):
        return np.zeros((n, n))
    weight = np.sqrt([idf.get(g, 1.0) for g in _bigram_texts(vocab)])
    X = csr_matrix((count * weight[cols], (rows, cols)), shape=(n, len(vocab)))

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
