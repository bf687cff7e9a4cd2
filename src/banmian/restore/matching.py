"""Seams: which block continues which, decided for the whole page at once.

Every block that ends mid-sentence (an *open end*) is offered every later prose block
as its continuation; each pair gets a log-odds score (seam model plus layout, weighted
as learned in :mod:`banmian.restore.features`) and a maximum-weight assignment
(Hungarian algorithm) picks the joins, so two open ends never compete greedily for one
start and an interleaved tail finds its way back to its article.
"""
from __future__ import annotations

import numpy as np
from scipy.optimize import linear_sum_assignment

from .cues import CLOSERS, NO_LINE_START, SENTENCE_END

FORBIDDEN = -1e6


def is_open_end(text: str) -> bool:
    """True when ``text`` stops mid-sentence (no sentence end, possibly before closing marks)."""
    t = text.rstrip()
    while t and t[-1] in CLOSERS:
        t = t[:-1]
    return not t or t[-1] not in SENTENCE_END


def starts_mid_sentence(text: str) -> bool:
    """Typesetting never starts a line with closing punctuation: such a block continues another."""
    return bool(text) and text[0] in NO_LINE_START


def match_seams(lefts: list[int], score: np.ndarray, threshold: float = 0.0) -> dict[int, int]:
    """Choose seams by maximum-weight assignment.

    :param lefts: the open-end blocks (indices into the prose blocks)
    :param score: ``score[r, j]``: log-odds that prose block j continues block ``lefts[r]``;
        only j after the left are allowed (an interleaved tail comes later, never earlier)
    :param threshold: a left whose best feasible score is below this stays an open end
        (a jump out, or an article cut off)
    :returns: ``{left: right}`` joins
    """
    if not lefts:
        return {}
    n = score.shape[1]
    allowed = np.full(score.shape, FORBIDDEN)
    for r, i in enumerate(lefts):
        allowed[r, i + 1:] = score[r, i + 1:]
    # one "no seam" column per left, worth the threshold
    cost = np.full((len(lefts), n + len(lefts)), -FORBIDDEN)
    cost[:, :n] = -allowed
    cost[np.arange(len(lefts)), n + np.arange(len(lefts))] = -threshold
    rows, cols = linear_sum_assignment(cost)
    return {lefts[r]: int(c) for r, c in zip(rows, cols) if c < n and allowed[r, c] > threshold}
