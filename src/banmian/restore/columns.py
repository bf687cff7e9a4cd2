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

from typing import Sequence

from .matching import is_open_end
from .seam_features import NO_LINE_START

INDENTS = (0, 2)  # room of a paragraph's indent before its first piece, in characters
WIDTHS = range(8, 41)  # characters per column line that a page may have
MIN_PIECE_CHARS = 12  # pieces this short may be headlines that stop without a mark
MIN_PIECES = 3
MIN_SHARE = 0.7  # of the pieces cut mid-sentence that must fill their lines exactly


def fills_lines(text: str, width: int) -> bool:
    """Does ``text`` fill whole lines of ``width`` characters (with or without an indent's
    room before it)? A closing mark may hang past the last line's end (`…发展。`): no line
    starts with one."""
    length = len(text)
    hangs = 1 if text[-1:] in NO_LINE_START else 0
    return any((n + indent) % width == 0 for n in {length, length - hangs} for indent in INDENTS)


def column_width(texts: Sequence[str]) -> int | None:
    """The column width the page's pieces cut mid-sentence agree on, if they do.

    Only pieces of running text count (long, with a clause mark inside). Of the widths
    that most of them fill exactly, the one least likely to fit by chance wins: a width
    fits 2 lengths in ``width`` by chance, and a divisor of the true width fits as well as
    it, but by chance more often.
    """
    pieces = [t for t in texts if len(t) >= MIN_PIECE_CHARS and is_open_end(t) and any(mark in t for mark in "，。")]
    if len(pieces) < MIN_PIECES:
        return None
    best, best_gain = None, 0.0
    for width in WIDTHS:
        share = sum(fills_lines(t, width) for t in pieces) / len(pieces)
        gain = share - len(INDENTS) / width
        if share >= MIN_SHARE and gain > best_gain:
            best, best_gain = width, gain
    return best
