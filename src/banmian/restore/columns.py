"""The width of a page's columns, read off the pieces its column breaks cut.

A column ends at the end of a printed line, so the piece of a paragraph a column break
leaves above it fills whole lines: its length is a multiple of the column's width (plus
the paragraph's indent where it is the paragraph's first piece; an e-paper export may
keep the room of an indent it does not print). Where a page's pieces cut mid-sentence
agree on one width, a piece that fills its lines exactly was likely cut by a column too,
even after a full stop, and a piece stopped mid-sentence that does not was not: it ends
its paragraph (a headline, a credit, a list item).

Pages whose pieces agree on no width (text broken anywhere, widths that vary, or too few
pieces to tell) get no width, and nothing changes for them.
"""
from __future__ import annotations

import math
import unicodedata
from typing import Sequence

from ..pages.blocks import INDENT_ROOM, hanging_marks

INDENTS = (0, INDENT_ROOM)  # room of a paragraph's indent before its first piece, in characters
WIDTHS = range(8, 41)  # characters per column line that a page may have
MIN_PIECE_CHARS = 12  # pieces this short may be headlines that stop without a mark
MIN_SHARE = 0.7  # of the pieces cut mid-sentence that must fill their lines exactly
# How rarely chance may explain the fits of a width the page is believed to have (1e-2 let
# undamaged pages find widths; 1e-4 and 1e-5 measured alike on damaged ones).
CHANCE_LEVEL = 1e-3


def lines_filled(text: str, width: int, indent: int) -> int | None:
    """The lines of ``width`` characters that ``text`` (a paragraph's characters up to a
    column break, set after an indent of ``indent``) fills exactly, or None if its last
    line is not full. Closing marks may hang past the last line's end (`…发展。`, `…”。`):
    no line starts with one."""
    for hang in range(max(0, min(2, hanging_marks(text), len(text) - 1)) + 1):  # (up to two marks, never all of it)
        length = len(text) - hang + indent
        if length > 0 and length % width == 0:
            return length // width
    return None


def fills_lines(text: str, width: int) -> bool:
    """Does ``text`` fill whole lines of ``width`` characters (with or without an indent's
    room before it)?"""
    return any(lines_filled(text, width, indent) is not None for indent in INDENTS)


def _cut_in_a_clause(text: str) -> bool:
    """Does ``text`` stop inside a clause (on a word or after a comma), as a column cuts a
    paragraph? A lead-in (`…如下：`), a list item (`…；`) or a trailing ellipsis ends one."""
    return bool(text) and (text[-1] in "，、" or not unicodedata.category(text[-1]).startswith(("P", "Z")))


def column_width(texts: Sequence[str]) -> int | None:
    """The column width the page's pieces cut mid-sentence agree on, if they do.

    Only pieces of running text stopped inside a clause count. A width is believed when
    so many of them fill its lines that chance explains it less than once in
    1/CHANCE_LEVEL pages (a piece fills a width of ``w`` by chance about 2 times in
    ``w``); of such widths the least likely by chance wins (a divisor of the true width
    fits as often, but by chance more often).
    """
    pieces = [t for t in texts if len(t) >= MIN_PIECE_CHARS and _cut_in_a_clause(t) and any(mark in t for mark in "，。")]
    best, best_tail = None, CHANCE_LEVEL
    for width in WIDTHS:
        fits = sum(fills_lines(t, width) for t in pieces)
        if fits < MIN_SHARE * len(pieces):
            continue
        tail = _binomial_tail(len(pieces), fits, min(1.0, len(INDENTS) / width))
        if tail < best_tail:
            best, best_tail = width, tail
    return best


def _binomial_tail(n: int, k: int, p: float) -> float:
    """P(at least ``k`` of ``n`` fit) when each fits with probability ``p``."""
    return sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k, n + 1))
