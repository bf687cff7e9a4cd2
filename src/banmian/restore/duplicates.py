"""Layout duplicates: a fragment printed twice on one page, whole or truncated.

A copy is a layout duplicate when its text occurs again elsewhere among the page's
prose blocks (inside one block, or across a column break into the next). Which copy
goes is decided by where it sits: the one that fits its neighbours worse is removed
and points at its twin. Short lines are never removed: a stock phrase or the same
reporter's byline may legitimately appear twice; nor is an exact copy right under a
headline, crosshead or label (a lead quote, or the `（…会议通过）` note under each of
several decrees), which papers print again on purpose, unless it is long and unquoted.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Block, Span
from .cues import CLOSERS
from .heading_lines import numbered_item

# A copy shorter than this is too likely to be a legitimate repeat (a stock phrase line).
MIN_CHARS = 8
# An exact repeat of a whole block shorter than this is kept: a stock line, an
# institution's name; up to SURE_CHARS it goes only when one copy clearly fits worse.
EXACT_MIN_CHARS = 16
SURE_CHARS = 30
# A copy under a headline at least this long is no lead quote or note printed again on
# purpose (those are a sentence or two, quoted or in brackets), but a layout duplicate.
LONG_COPY_CHARS = 2 * SURE_CHARS
# The next piece of a copy printed over several blocks is at least this long (see _follow_copies).
MIN_PIECE_CHARS = 4
# A copy whose next block goes on with these many of the characters that follow its
# twin is the same text broken by a column, not a cut-off copy.
RUN_ON_CHARS = 2
# ... and when these many characters after the twin open a block elsewhere on the page,
# the copy's continuation was printed apart: again the same text, broken. (Three open
# blocks by chance: `中国境` after a twin's `…在` and at the head of `中国境内居民…`.)
FAR_RUN_ON_CHARS = 5
# A copy ending in one of these is a whole sentence (a semicolon or an ellipsis ends none).
FULL_STOPS = "。！？!?"


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

    def position_after(self, span: Span) -> int | None:
        """The stream position right after page span ``span`` (None if it is not in the stream)."""
        try:
            return self.page_offset.index(span[1] - 1) + 1
        except ValueError:
            return None

    def clause_ends(self, span: Span) -> bool:
        """True when the character after ``span`` (in its block) ends a clause."""
        pos = self.position_after(span)
        return pos is not None and pos < len(self.text) and self.text[pos] in "，。；：！？、,.;:!?"

    def _starts_block_elsewhere(self, head: str, twin_block: int) -> bool:
        """Does a block other than the twin's begin with ``head`` (the words after the
        twin)? Then the copy's own continuation was printed apart (an interleaved tail)."""
        if len(head) < FAR_RUN_ON_CHARS or "\0" in head:
            return False
        return any(self.text.startswith(head, start) for m, start in enumerate(self.starts) if m != twin_block)

    def others(self, k: int, needle: str):
        """Occurrences of ``needle`` that do not overlap block ``k``:
        (first block, page span, whether it starts that block, whether block ``k`` runs
        on into its next block just as the occurrence runs on)."""
        own = range(self.starts[k], self.starts[k] + len(needle))
        after_own = self.text[own.stop:own.stop + RUN_ON_CHARS]
        pos = self.text.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            if end <= own.start or pos >= own.stop:
                j = self.block_at[pos]
                after_twin = self.text[end:end + FAR_RUN_ON_CHARS]
                runs_on = (len(after_own) == RUN_ON_CHARS and "\0" not in after_own and
                           after_twin[:RUN_ON_CHARS] == after_own) or self._starts_block_elsewhere(after_twin, j)
                yield j, (self.page_offset[pos], self.page_offset[end - 1] + 1), pos == self.starts[j], runs_on
            pos = self.text.find(needle, pos + 1)


def _whole_sentences(text: str) -> bool:
    """A short block that ends a sentence (`同志们、朋友们！`) is a line printed again on
    purpose when a longer block opens with it, not a cut-off copy. (A sentence of clauses,
    `会议议程很多，其实是几会连开，…。`, is a copy cut off at its full stop.)"""
    t = text.rstrip().rstrip(CLOSERS)
    return len(text) < SURE_CHARS and bool(t) and t[-1] in FULL_STOPS and "，" not in text


def _pull_quote(text: str) -> bool:
    """One whole quoted sentence standing alone (`“要增强使命感和紧迫感，…。”`): papers print
    such a quote again, large, beside the text that holds it (1 of 373 layout copies on
    development pages is one)."""
    return text.startswith("“") and text.endswith(("。”", "！”", "？”")) and "”" not in text[:-1] and \
        not any(stop in text[:-2] for stop in FULL_STOPS)


def find_duplicates(blocks: list[Block], fit: Callable[[int], float],
                    anchored: Callable[[int], bool] = lambda i: False,
                    headline: Callable[[int], bool] = lambda i: False) -> list[Duplicate]:
    """Layout duplicates among ``blocks`` (the page's prose blocks in reading order).

    :param fit: how well block ``i`` fits where it stands (higher is better), used to
        choose which of two identical copies to keep.
    :param anchored: block ``i`` stands right under a headline, crosshead or label, where
        papers print a lead quote or a formula that they repeat on purpose.
    :param headline: block ``i`` reads as a headline or a name on a line of its own.
    """
    stream = _Stream(blocks)
    removed: dict[int, Span] = {}
    # Longest first: a long copy that straddles a column break must go before the shorter
    # in-place piece could be mistaken for a truncated copy of it.
    for i in sorted(range(len(blocks)), key=lambda k: (-len(blocks[k].text), k)):
        d = blocks[i]
        if len(d.text) < MIN_CHARS or i in removed:
            continue
        for j, twin, at_start, runs_on in stream.others(i, d.text):
            if j in removed:
                continue
            exact = blocks[j].text == d.text
            if not exact and (not at_start or j == i + 1 or runs_on
                              or (stream.clause_ends(twin) and len(d.text) < LONG_COPY_CHARS)
                              or _whole_sentences(d.text) or _pull_quote(d.text)):
                # A cut-off copy repeats the beginning of a block elsewhere on the page. A
                # quote inside running text, a headline whose words open the next block,
                # or a pull quote that ends where its clause ends (a sentence or two: a
                # longer copy cut at a comma is cut there by chance) are printed on purpose;
                # and a block whose next block goes on as the other copy does is no
                # cut-off copy but the same words cut by a column break (`本报北京5月18` /
                # `日电…` under one headline, `本报北京5月18日电…` under another).
                continue
            if not exact and len(d.text) < EXACT_MIN_CHARS and headline(i):
                # a short line that reads as a heading or a name and opens a sentence
                # elsewhere is that name printed twice (a crosshead `长城国家文化公园（宁夏段）`
                # over a paragraph that starts with it, a letter's signature under its
                # text); a cut-off copy this short stops mid-word
                continue
            if exact:
                if len(d.text) < EXACT_MIN_CHARS:
                    continue
                if (anchored(i) or anchored(j)) and (len(d.text) < LONG_COPY_CHARS or d.text.startswith(("“", "（"))) \
                        or _pull_quote(d.text):
                    continue  # a lead quote or formula under a heading, or a pull quote, printed again on purpose
                if len(d.text) < SURE_CHARS and abs(fit(i) - fit(j)) < 2.0:
                    continue  # two well-placed short copies: a legitimate repeat
                loser = i if (fit(i), -i) < (fit(j), -j) else j
                winner = j if loser == i else i
                removed[loser] = (blocks[winner].start, blocks[winner].end)
            else:
                removed[i] = twin  # a truncated copy goes; the longer text stays
            break
    _follow_copies(blocks, stream, removed)
    return [Duplicate(i, span) for i, span in sorted(removed.items())]


def _follow_copies(blocks: list[Block], stream: _Stream, removed: dict[int, Span]) -> None:
    """A copy printed over several blocks (lines of a hard-wrapped page not joined, or a
    copy broken where its twin is not) goes on in the next block just as its twin goes on:
    that block is the copy's next piece and goes too, pointing at its part of the twin. (Not
    an item of a list, `（一）…`: a table of contents repeats the headings it lists.)"""
    for i in sorted(removed):
        while i + 1 < len(blocks) and i + 1 not in removed and blocks[i + 1].index == blocks[i].index + 1:
            pos = stream.position_after(removed[i])
            if pos is None:
                break
            nxt = blocks[i + 1].text
            own = range(stream.starts[i + 1], stream.starts[i + 1] + len(nxt))
            if len(nxt) < MIN_PIECE_CHARS or numbered_item(nxt) or not stream.text.startswith(nxt, pos) or pos in own:
                break
            removed[i + 1] = (stream.page_offset[pos], stream.page_offset[pos + len(nxt) - 1] + 1)
            i += 1
