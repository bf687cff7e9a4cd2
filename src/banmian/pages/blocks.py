"""Split decoded page text into blocks: one per non-empty line, with offsets.

Extraction tools separate blocks by blank lines or by single newlines, so the line is
the smallest unit that is always safe; lines that belong together are joined later by
the seam model, never here. Surrounding whitespace (indentation, padding) stays out
of the block span but is still accounted for by :func:`whitespace_gaps`.
"""
from __future__ import annotations

from ..model import Block, Span

_SPACE = " \t\r\f\v\u3000\u00a0\ufeff"


def split_blocks(text: str) -> list[Block]:
    """Return the blocks of ``text`` in reading order (as extracted)."""
    blocks: list[Block] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        start = pos
        while start < end and text[start] in _SPACE:
            start += 1
        stop = end
        while stop > start and text[stop - 1] in _SPACE:
            stop -= 1
        if stop > start:
            blocks.append(Block(start, stop, text[start:stop], index=len(blocks)))
        if nl < 0:
            break
        pos = nl + 1
    return blocks


def whitespace_gaps(text: str, covered: list[Span]) -> list[Span]:
    """Spans of ``text`` not in ``covered`` (sorted, non-overlapping) that hold only whitespace."""
    gaps: list[Span] = []
    pos = 0
    for start, end in sorted(covered):
        if start > pos:
            gaps.append((pos, start))
        pos = max(pos, end)
    if pos < len(text):
        gaps.append((pos, len(text)))
    return [(s, e) for s, e in gaps if not text[s:e].strip()]
