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
