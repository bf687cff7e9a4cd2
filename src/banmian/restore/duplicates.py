"""Layout duplicates: a fragment printed twice on one page, whole or truncated.

A copy is a layout duplicate when its text occurs again elsewhere among the page's
prose blocks (inside one block, or across a column break into the next). Which copy
goes is decided by where it sits: the one that fits its neighbours worse is removed
and points at its twin. Short lines are never removed: a stock phrase or the same
reporter's byline may legitimately appear twice; nor is an exact copy right under a
headline, crosshead or label (a lead quote, or the `（…会议通过）` note under each of
several decrees), which papers print again on purpose.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Block, Span

# A copy shorter than this is too likely to be a legitimate repeat (a stock phrase line).
MIN_CHARS = 8
# An exact repeat of a whole block shorter than this is kept: a stock line, an
# institution's name; up to SURE_CHARS it goes only when one copy clearly fits worse.
EXACT_MIN_CHARS = 16
SURE_CHARS = 30


@dataclass(slots=True)
class Duplicate:
    block: int  # index into the candidate list
    twin: Span  # page offsets of the kept copy


class _Stream:
    """The prose blocks as one string, page-adjacent blocks run together (a copy may
    straddle a column break), others separated by a NUL that no needle contains."""

    def __init__(self, blocks: list[Block]):
        parts: list[str] = []
        self.page_offset: list[int] = []  # stream position -> page offset
        self.block_at: list[int] = []  # stream position -> block (-1 for separators)
        self.starts: list[int] = []
        for k, b in enumerate(blocks):
            if k and b.index != blocks[k - 1].index + 1:
                parts.append("\0")
                self.page_offset.append(-1)
                self.block_at.append(-1)
            self.starts.append(len(self.page_offset))
            parts.append(b.text)
            for start, end in b.spans:
                self.page_offset.extend(range(start, end))
            self.block_at.extend([k] * len(b.text))
        self.text = "".join(parts)

    def clause_ends(self, span: Span) -> bool:
        """True when the character after ``span`` (in its block) ends a clause."""
        try:
            pos = self.page_offset.index(span[1] - 1) + 1
        except ValueError:
            return False
        return pos < len(self.text) and self.text[pos] in "，。；：！？、,.;:!?"

    def others(self, k: int, needle: str):
        """Occurrences of ``needle`` that do not overlap block ``k``:
        (first block, page span, whether it starts that block)."""
        own = range(self.starts[k], self.starts[k] + len(needle))
        pos = self.text.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            if end <= own.start or pos >= own.stop:
                j = self.block_at[pos]
                yield j, (self.page_offset[pos], self.page_offset[end - 1] + 1), pos == self.starts[j]
            pos = self.text.find(needle, pos + 1)


def find_duplicates(blocks: list[Block], fit: Callable[[int], float],
                    anchored: Callable[[int], bool] = lambda i: False) -> list[Duplicate]:
    """Layout duplicates among ``blocks`` (the page's prose blocks in reading order).

    :param fit: how well block ``i`` fits where it stands (higher is better), used to
        choose which of two identical copies to keep.
    :param anchored: block ``i`` stands right under a headline, crosshead or label, where
        papers print a lead quote or a formula that they repeat on purpose.
    """
    stream = _Stream(blocks)
    removed: dict[int, Span] = {}
    # Longest first: a long copy that straddles a column break must go before the shorter
    # in-place piece could be mistaken for a truncated copy of it.
    for i in sorted(range(len(blocks)), key=lambda k: (-len(blocks[k].text), k)):
        d = blocks[i]
        if len(d.text) < MIN_CHARS or i in removed:
            continue
        for j, twin, at_start in stream.others(i, d.text):
            if j in removed:
                continue
            exact = blocks[j].text == d.text
            if not exact and (not at_start or j == i + 1 or stream.clause_ends(twin)):
                # A cut-off copy repeats the beginning of a block elsewhere on the page. A
                # quote inside running text, a headline whose words open the next block,
                # or a pull quote that ends where its clause ends are printed on purpose.
                continue
            if exact:
                if len(d.text) < EXACT_MIN_CHARS:
                    continue
                if anchored(i) or anchored(j):
                    continue  # a lead quote or formula under a heading, printed again on purpose
                if len(d.text) < SURE_CHARS and abs(fit(i) - fit(j)) < 2.0:
                    continue  # two well-placed short copies: a legitimate repeat
                loser = i if (fit(i), -i) < (fit(j), -j) else j
                winner = j if loser == i else i
                removed[loser] = (blocks[winner].start, blocks[winner].end)
            else:
                removed[i] = twin  # a truncated copy goes; the longer text stays
            break
    return [Duplicate(i, span) for i, span in sorted(removed.items())]
