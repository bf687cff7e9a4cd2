"""Typesetting typos: a character printed twice (`工业业经济`).

The text stays as printed (nothing in a paragraph is ever changed); a correction is only
offered beside it. A doubled character is suspect when news prose reads the text far
better without the copy: the character n-grams around it (:mod:`banmian.restore.ngrams`,
counted on the corpus) are on average much more common with one character than with
two. Words that double a character (`常常`, `人人`, `党委委员`) read well either way.

On held-out corpus dates the rule flags 11 of the 4,942 doubled characters that are
really printed so (names such as `佩佩`, reduplications such as `阴阴阳阳`), and 444 of
955 characters doubled at random: it offers about half the corrections, and seldom a
wrong one (scripts/measure_typos.py). A typo the corpus cannot judge (a rare phrase
either way) is left alone.
"""
from __future__ import annotations

import numpy as np

from ..model import Correction, Page, spans_of_range
from .ngrams import NgramCounts, codes

# Mean log1p(count) by which the 3-grams (and, at half weight, the 4-grams) across the
# spot read better with one character than with two.
SINGLE_GAIN = 1.0
FOUR_GRAM_WEIGHT = 0.5
DOUBLED = "doubled_character"


def doubled_characters(text: str, counts: NgramCounts | None = None) -> list[int]:
    """Positions ``k`` in ``text`` where ``text[k]`` is a Chinese character printed twice
    by mistake (``text[k + 1]`` is the copy)."""
    spots = [k for k in range(1, len(text) - 2) if text[k] == text[k + 1] and "\u4e00" <= text[k] <= "\u9fff"]
    if not spots:
        return []
    counts = counts or NgramCounts.load()
    c = codes(text)
    return [k for k in spots if _single_gain(c, k, counts) >= SINGLE_GAIN * (1 + FOUR_GRAM_WEIGHT)]


def _single_gain(c: np.ndarray, k: int, counts: NgramCounts) -> float:
    """How much better the n-grams across position ``k`` of code array ``c`` read without
    the copy at ``k + 1``: 3-gram gain plus FOUR_GRAM_WEIGHT times the 4-gram gain."""
    single = np.concatenate([c[:k + 1], c[k + 2:]])
    gain = 0.0
    for n, weight in ((3, 1.0), (4, FOUR_GRAM_WEIGHT)):
        gain += weight * (_mean_log_count(single, n, k, k + 1, counts) - _mean_log_count(c, n, k, k + 2, counts))
    return gain


def _mean_log_count(c: np.ndarray, n: int, lo: int, hi: int, counts: NgramCounts) -> float:
    """Mean log1p(count) of the n-grams of ``c`` that overlap positions [lo, hi)."""
    starts = range(max(0, lo - n + 1), min(len(c) - n, hi - 1) + 1)
    if not starts:
        return 0.0
    return float(counts.log_count(np.array([c[s:s + n] for s in starts], dtype=np.uint64), n).mean())


def offer_corrections(page: Page, counts: NgramCounts | None = None) -> None:
    """Attach to every paragraph of the page the corrections it may need."""
    for article in page.articles:
        for paragraph in article.paragraphs:
            paragraph.corrections = []
            for k in doubled_characters(paragraph.text, counts):
                printed = spans_of_range(paragraph.spans, k, k + 2)
                if len(printed) != 1:  # the two characters lie on either side of a seam
                    continue
                paragraph.corrections.append(
                    Correction(tuple(printed[0]), paragraph.text[k:k + 2], paragraph.text[k], DOUBLED))
