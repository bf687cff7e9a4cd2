"""Seams: which block continues which, decided for the whole page at once.

Every block that ends mid-sentence (an *open end*) is offered every later prose block
as its continuation; the seam model scores each pair and a maximum-weight assignment
(Hungarian algorithm) picks the joins, so two open ends never compete greedily for one
start and an interleaved tail finds its way back to its article.
"""
from __future__ import annotations

import numpy as np
from scipy.optimize import linear_sum_assignment

from .cues import CLOSERS, NO_LINE_START, SENTENCE_END

# Log-odds weights, tuned on generated training pages (bench/restore_bench.py --tune).
ADJACENT = 2.5  # the next block in reading order is the usual continuation
DISTANCE = 0.04  # per block of distance between the two pieces
HEADLINE = 2.0  # a left that reads like a headline line rarely runs on
THRESHOLD = 0.0  # below this a left stays an open end (jump out, or a cut-off article)
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


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def match_seams(
    texts: list[str],
    positions: list[int],
    adjacent: list[bool],
    cont: np.ndarray,
    head_prob: np.ndarray,
) -> dict[int, int]:
    """Choose seams among prose blocks.

    :param texts: the prose blocks, in reading order
    :param positions: each block's index among all page blocks (distance in reading order)
    :param adjacent: ``adjacent[i]`` is True when block i+1 directly follows block i on the page
        (nothing but whitespace or removed duplicates between them)
    :param cont: ``cont[i, j]`` = P(block j continues block i), from the seam model
    :param head_prob: P(block i is a headline line), from the line model
    :returns: ``{left: right}`` joins, every right after its left
    """
    n = len(texts)
    lefts = [i for i in range(n) if is_open_end(texts[i])]
    if not lefts:
        return {}
    score = np.full((len(lefts), n), FORBIDDEN)
    for row, i in enumerate(lefts):
        js = np.arange(i + 1, n)
        if not len(js):
            continue
        s = _logit(cont[i, js])
        s -= DISTANCE * (np.asarray(positions)[js] - positions[i])
        s -= HEADLINE * head_prob[i]
        if adjacent[i]:
            s[0] += ADJACENT
        score[row, js] = s
    # one "no seam" column per left, worth THRESHOLD
    cost = np.concatenate([-score, np.full((len(lefts), len(lefts)), FORBIDDEN * -1.0)], axis=1)
    cost[np.arange(len(lefts)), n + np.arange(len(lefts))] = -THRESHOLD
    rows, cols = linear_sum_assignment(cost)
    return {lefts[r]: int(c) for r, c in zip(rows, cols) if c < n and score[r, c] > THRESHOLD}
