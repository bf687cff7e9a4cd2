"""The height of a page's columns, read off where its pieces are cut, and what it tells.

An article's body runs down its columns line by line, and all its columns have the same
height: a paragraph takes whole lines of the column's width (its first line an indent
narrower), and a column break falls every ``height`` lines of the body. Two pieces of one
body cut mid-sentence are a whole number of columns apart, which shows the height (when
the page's width is known, :mod:`banmian.restore.columns`); with the height, every column
end of a body that has such a cut is known. That tells

- which paragraph ends fall on a column end with their last line full: column breaks
  after a full stop, which the words cannot tell from a paragraph's end
  (:meth:`ColumnLayout.seams_on_ends`);
- which joins after a piece cut mid-sentence fall where no column ends, so the piece
  goes on elsewhere (:meth:`ColumnLayout.seams_off_ends`);
- whether the body under a lone heading goes on counting the lines of the body above
  it, as it does under a crosshead, or starts afresh, as under a new article's title
  (:meth:`ColumnLayout.flows_through`).

Bodies are runs of prose between headlines, bylines and the like; a body's paragraphs
are the chains of blocks joined so far, in the order of their first blocks.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Sequence

from .columns import INDENTS, lines_filled

# The height is believed when at least this many gaps between cuts of one body agree on
# it and this share of all gaps are whole numbers of it. (One gap is often all a page of
# tall columns shows; believing it measured +0.0 to +0.3 points on development pages.)
MIN_HEIGHT_SUPPORT = 1
MIN_HEIGHT_SHARE = 0.6


def lines_of(text: str, width: int, indent: int) -> int:
    """The lines a paragraph takes (a mark hanging past its last line still takes one)."""
    return -(-(len(text) + indent) // width)


@dataclass
class Body:
    """One body set line by line from its first line (0)."""

    # (line, (left, right)) of each join after a piece cut mid-sentence whose last line is full
    cuts: list[tuple[int, tuple[int, int]]] = field(default_factory=list)
    # (line, left, right) of each paragraph end and each other join whose last line is full
    full_ends: list[tuple[int, int, int]] = field(default_factory=list)
    lines: int = 0  # lines the body takes
    phase: int | None = None  # the line of its column ends, modulo the height, if its cuts agree
    agreeing: int = 0  # cuts that agree on the phase


@dataclass
class ColumnLayout:
    """The bodies of a page set in columns of one width and height."""

    width: int
    height: int
    indent: int
    bodies: dict[int, Body]

    def seams_on_ends(self) -> list[tuple[int, int]]:
        """``(left, right)`` of each paragraph end (and join) whose last line is full at a column end."""
        return [(left, right) for body in self.bodies.values() if body.phase is not None
                for line, left, right in body.full_ends if line % self.height == body.phase]

    def seams_off_ends(self) -> list[tuple[int, int]]:
        """Joins after a piece cut mid-sentence off the column ends most cuts of its body agree on."""
        return [join for body in self.bodies.values() if body.phase is not None and body.agreeing >= 2
                for line, join in body.cuts if line % self.height != body.phase]

    def flows_through(self, above: int, headings: Sequence[str], below: int) -> bool | None:
        """Does body ``below`` go on counting lines from body ``above`` through the heading
        lines between them (each taking its lines, as a crosshead, a paragraph of the body,
        does)? None where either body's column ends are unknown."""
        up, down = self.bodies.get(above), self.bodies.get(below)
        if up is None or down is None or up.phase is None or down.phase is None:
            return None
        start = up.lines + sum(lines_of(t, self.width, self.indent) for t in headings)
        return (start + down.phase - up.phase) % self.height == 0


def lay_out_columns(texts: Sequence[str], seams: dict[int, int], body_of: Sequence[int], width: int,
                    open_end: Callable[[str], bool]) -> ColumnLayout | None:
    """Set every body in columns of ``width``; None where the cuts show no height.

    :param texts: the prose blocks in page order
    :param seams: the joins found so far, ``{left: right}`` (indices into texts)
    :param body_of: for each block, the body it belongs to
    :param open_end: tells a block that stops mid-sentence
    """
    rights = set(seams.values())
    chains: dict[int, list[list[int]]] = {}
    for head in (k for k in range(len(texts)) if k not in rights):
        chain = [head]
        while chain[-1] in seams:
            chain.append(seams[chain[-1]])
        chains.setdefault(body_of[head], []).append(chain)
    best: tuple[int, ColumnLayout] | None = None
    for indent in INDENTS:  # whether the page's pieces keep the room of an indent
        bodies = {b: _set_body(texts, body, width, indent, open_end) for b, body in chains.items()}
        gaps = [b[0] - a[0] for body in bodies.values() for a, b in zip(body.cuts, body.cuts[1:])]
        height = _height(gaps)
        if height is not None and (best is None or len(gaps) > best[0]):
            best = (len(gaps), ColumnLayout(width, height, indent, bodies))
    if best is None:
        return None
    layout = best[1]
    for body in layout.bodies.values():
        if body.cuts:
            phase, agreeing = Counter(line % layout.height for line, _ in body.cuts).most_common(1)[0]
            if 2 * agreeing > len(body.cuts):
                body.phase, body.agreeing = phase, agreeing
    return layout


def _set_body(texts: Sequence[str], chains: list[list[int]], width: int, indent: int,
              open_end: Callable[[str], bool]) -> Body:
    body = Body()
    for chain, after in zip(chains, [c[0] for c in chains[1:]] + [None]):
        text = ""
        for left, right in zip(chain, chain[1:]):
            text += texts[left]
            lines = lines_filled(text, width, indent)
            if lines is not None and open_end(texts[left]):
                body.cuts.append((body.lines + lines, (left, right)))
            elif lines is not None:
                body.full_ends.append((body.lines + lines, left, right))
        text += texts[chain[-1]]
        lines = lines_filled(text, width, indent)
        if after is not None and lines is not None:
            body.full_ends.append((body.lines + lines, chain[-1], after))
        body.lines += lines_of(text, width, indent)
    return body


def _height(gaps: list[int]) -> int | None:
    """The column height the gaps between cuts agree on (see MIN_HEIGHT_SUPPORT)."""
    if not gaps:
        return None
    height, support = Counter(gaps).most_common(1)[0]
    if height <= 0 or support < MIN_HEIGHT_SUPPORT:
        return None
    if sum(1 for g in gaps if g % height == 0) < MIN_HEIGHT_SHARE * len(gaps):
        return None
    return height
