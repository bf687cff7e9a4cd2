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

from ..pages.blocks import NO_LINE_START
from .cues import CLOSERS, SENTENCE_END

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


def match_backward_tails(seams: dict[int, int], score: np.ndarray, lefts: list[int], tails: list[int],
                         threshold: float = 0.0) -> dict[int, int]:
    """Seams back up the page: the tail of a story printed *before* it.

    An extraction that walks a page's boxes in its own order may emit the last column of
    a story above the story's head. After the forward assignment, each open end still
    without a continuation (``lefts``) may take a block that surely starts mid-sentence
    and still has no predecessor (``tails``) printed earlier, by the same scores; a join
    that would close a paragraph on itself is refused.

    :returns: the backward joins ``{left: right}`` (right < left)
    """
    if not lefts or not tails:
        return {}
    cost = np.full((len(lefts), len(tails) + len(lefts)), -FORBIDDEN)
    for r, i in enumerate(lefts):
        for c, j in enumerate(tails):
            if j < i:
                cost[r, c] = -score[i, j]
    cost[np.arange(len(lefts)), len(tails) + np.arange(len(lefts))] = -threshold
    rows, cols = linear_sum_assignment(cost)
    joins = sorted(((-cost[r, c], lefts[r], tails[c]) for r, c in zip(rows, cols)
                    if c < len(tails) and -cost[r, c] > threshold), reverse=True)
    out: dict[int, int] = {}
    for _, i, j in joins:
        linked = {**seams, **out}
        k = j  # walk the paragraph that j starts: it must not end at i
        while k in linked and k != i:
            k = linked[k]
        if k != i:
            out[i] = j
    return out
