"""Topic similarity of pieces of one page: bigram bags weighted by page-level IDF.

Which article a paragraph belongs to, and which copy of a duplicated fragment sits
among its own story, both come down to "does this text talk about the same names and
places as that text?"; common bigrams of the page weigh little.
"""
from __future__ import annotations

import math
from collections import Counter


def bigrams(text: str) -> Counter:
    return Counter(text[i:i + 2] for i in range(len(text) - 1))


def cosine(a: Counter, b: Counter, idf: dict[str, float] | None = None) -> float:
    """Cosine of two bigram bags; with ``idf``, bigrams common on the page weigh less, so
    the names and places that make a story's topic dominate."""
    if not a or not b:
        return 0.0
    w = (lambda k: idf.get(k, 1.0)) if idf else (lambda k: 1.0)
    small, large = (a, b) if len(a) < len(b) else (b, a)
    dot = sum(v * large.get(k, 0) * w(k) ** 2 for k, v in small.items())
    na = sum((v * w(k)) ** 2 for k, v in a.items())
    nb = sum((v * w(k)) ** 2 for k, v in b.items())
    return dot / math.sqrt(na * nb) if na and nb else 0.0


def page_idf(texts: list[str]) -> dict[str, float]:
    """Inverse document frequency of bigrams over the blocks of one page."""
    df: Counter = Counter()
    for t in texts:
        df.update(set(t[i:i + 2] for i in range(len(t) - 1)))
    n = max(1, len(texts))
    return {k: math.log((n + 1) / (v + 0.5)) for k, v in df.items()}
