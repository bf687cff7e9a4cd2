"""Split decoded page text into blocks: one per non-empty line, with offsets.

Extraction tools separate blocks by blank lines or by single newlines, so the line is
the smallest unit that is always safe; lines that belong together are joined later by
the seam model, never here. Surrounding whitespace (indentation, padding) stays out
of the block span but is still accounted for by :func:`whitespace_gaps`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Iterable
from functools import lru_cache

from ..model import Block, Span

_SPACE = " \t\u3000\u00a0\ufeff"
# Where a line ends: wherever str.splitlines says (old Mac files end lines with a bare
# CR, Windows files with CR LF, some exports with U+2028).
_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def split_blocks(text: str) -> list[Block]:
    """Return the blocks of ``text`` in reading order (as extracted)."""
    blocks: list[Block] = []
    pos = 0
    for brk in [*_BREAK.finditer(text), None]:
        end = len(text) if brk is None else brk.start()
        start = pos
        while start < end and text[start] in _SPACE:
            start += 1
        stop = end
        while stop > start and text[stop - 1] in _SPACE:
            stop -= 1
        if stop > start:
            blocks.append(Block(start, stop, text[start:stop], index=len(blocks)))
        if brk is not None:
            pos = brk.end()
    return blocks


@lru_cache(maxsize=4)
def _line_starts(text: str) -> list[int]:
    return [0] + [brk.end() for brk in _BREAK.finditer(text)]


def line_start(text: str, pos: int) -> int:
    """Where the line holding offset ``pos`` starts."""
    starts = _line_starts(text)  # (one pass over a page, not one per block)
    return starts[bisect_right(starts, pos) - 1]


def line_breaks(text: str, start: int, end: int) -> int:
    """How many line breaks ``text[start:end]`` holds (CR LF counts once)."""
    return len(_BREAK.findall(text, start, end))


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


# A paragraph printed with an indent starts with two full-width spaces (or spaces standing in).
_INDENTS = ("\u3000", "  ", "\u00a0", "\t")
# The page indents its paragraphs when this share of its prose lines (and at least
# MIN_INDENTED of them) is indented; then a flush line is a paragraph's continuation.
INDENTED_SHARE = 0.3
MIN_INDENTED = 3
INDENT_ROOM = 2  # characters of a paragraph's indent: its first line is that much narrower


def indented(text: str, block: Block) -> bool:
    """Does the line of ``block`` start with an indent (kept out of the block's span), or
    did it, before the extraction dropped it (see ``Block.lost_indent``)?"""
    lead = text[line_start(text, block.start):block.start]
    return block.lost_indent or any(mark in lead for mark in _INDENTS)


def indents_paragraphs(text: str, blocks: Iterable[Block]) -> bool:
    """Do at least MIN_INDENTED of ``blocks`` open with an indent (printed, or lost and
    read off their widths)? Then the page indents its paragraphs."""
    return sum(indented(text, b) for b in blocks) >= MIN_INDENTED


def indent_signs(text: str, blocks: list[Block]) -> list[int]:
    """+1 for an indented block, -1 for a flush one, on a page that indents its
    paragraphs; all 0 on a page that does not (then indentation says nothing)."""
    marks = [indented(text, b) for b in blocks]
    n = sum(marks)
    if not blocks or n < MIN_INDENTED or n < INDENTED_SHARE * len(blocks):
        return [0] * len(blocks)
    if 2 * sum(b.lost_indent for b in blocks) > n:
        # the indents were read off the widths of first lines, not printed: a block of one
        # printed line (a crosshead, a caption) shows no width to read, flush or not
        return [1 if m else 0 if len(b.spans) == 1 else -1 for m, b in zip(marks, blocks)]
    return [1 if m else -1 for m in marks]


# A page extracted line by line (PDF to text) prints every line of a column at the
# column's width: when at least WRAP_MIN_LINES lines, and WRAP_SHARE of all prose lines,
# share a width, the page is hard-wrapped, and a line of that width runs on.
WRAP_MIN_LINES = 8
WRAP_SHARE = 0.3
WRAP_MIN_WIDTH = 6
COLUMN_OVER_CHANCE = 3  # times the median count of the other widths that a second column needs


_HALF_WIDTH = re.compile("[\u0000-\u10ff\uff61-\uffdc]")
# Typesetting never starts a line with these (禁则): they hang at the end of the line
# before, past the column (two of them after `…值得的。”`), and a block starting with one
# continues another.
NO_LINE_START = "，。、；：？！）》」』”’〉】…,.;:?!)%"


def display_width(text: str) -> float:
    """Printed width in ems: CJK characters and full-width forms 1, Latin letters and digits 1/2."""
    return len(text) - 0.5 * len(_HALF_WIDTH.findall(text))


def _columns(cells: list[int], indents_printed: bool) -> set[int]:
    """The column widths that a page's line widths (``cells``, in reading order) show. The
    most common width is a column, and so is the width an indent narrower where first
    lines lost their indent: most lines of that width follow a line that stops, as a
    paragraph's first line does, not a full one, as its last line does (on a page of short
    paragraphs they may outnumber the full lines: then the wider width is the column). A
    width one off a column is that column measured the wrong way (a line with half-width
    digits counted in characters, or the reverse). Any other column must stand out from
    the widths paragraphs' last lines happen to share (a long page has a dozen lines of
    many widths)."""
    counts = Counter(w for w in cells if w >= WRAP_MIN_WIDTH)
    candidates = {w for w, c in counts.items() if c >= WRAP_MIN_LINES}
    if not candidates:
        return set()

    def first_lines(narrow: int) -> bool:  # lines ``narrow`` wide open paragraphs an indent narrower
        after_stop = sum(w == narrow and (k == 0 or abs(cells[k - 1] - narrow - INDENT_ROOM) > 1)
                         for k, w in enumerate(cells))
        return not indents_printed and narrow in candidates and 2 * after_stop > counts[narrow]

    main = max(candidates, key=lambda w: (counts[w], -w))
    if main + INDENT_ROOM in candidates and first_lines(main):
        main += INDENT_ROOM
    columns = {main} | ({main - INDENT_ROOM} if first_lines(main - INDENT_ROOM) else set())
    others = sorted(c for w, c in counts.items() if all(abs(w - column) > 1 for column in columns))
    chance = others[len(others) // 2] if others else 0
    for w in sorted(candidates, key=lambda w: (-counts[w], w)):
        if counts[w] >= COLUMN_OVER_CHANCE * chance and all(abs(w - column) > 1 for column in columns):
            columns.add(w)
    return columns


def full_lines(text: str, blocks: list[Block]) -> list[bool]:
    """Which blocks fill a whole printed line of a hard-wrapped page; all False on a page
    of blocks. Widths are counted in characters and in ems (generated pages set one
    character per cell, presses set digits at half width), whichever shows the columns
    better; several column widths may share a page. A full line may be one character
    wider, or two where two closing marks hang at its end. An indent is part of its line's width."""
    best: tuple[int, list[bool]] = (0, [False] * len(blocks))
    printed = [text[line_start(text, b.start):b.end] for b in blocks]
    indents_printed = indents_paragraphs(text, blocks)
    for measure in (len, display_width):
        widths = [measure(line) for line in printed]
        cells = [int(w + 0.5) for w in widths]
        columns = _columns(cells, indents_printed)
        covered = sum(w in columns for w in cells)
        if covered >= WRAP_SHARE * len(blocks) and covered > best[0]:
            best = (covered, [any(w - 0.5 <= x <= w + 0.5 + _hanging(line) for w in columns)
                              for x, line in zip(widths, printed)])
    return best[1]


def hanging_marks(line: str) -> int:
    """How many closing marks end a printed line (`…值得的。”`: two); a full line hangs them
    past its column."""
    return len(line) - len(line.rstrip(NO_LINE_START))


def _hanging(line: str) -> int:
    """How far a full line may run past its column: one character (a closing mark, or a
    width counted the wrong way), two where two closing marks hang."""
    return max(1, min(2, hanging_marks(line)))


def join_lines(blocks: list[Block], runs_on: list[bool]) -> list[Block]:
    """Join each block with the next where ``runs_on`` says so (one block per run of
    printed lines, see :class:`~banmian.model.Block`); the rest stay as they are."""
    out: list[Block] = []
    joining = False
    for k, b in enumerate(blocks):
        if joining:
            prev = out[-1]
            out[-1] = Block(prev.start, b.end, prev.text + b.text, prev.role, lines=(*prev.spans, *b.spans),
                            lost_indent=prev.lost_indent)
        else:
            out.append(b)
        joining = k < len(runs_on) and runs_on[k]
    for i, b in enumerate(out):
        b.index = i
    return out
