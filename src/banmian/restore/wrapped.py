"""Hard-wrapped pages: text extracted line by line, as PDF-to-text tools deliver it.

Every printed line of such a page is a line of text, so a paragraph arrives in a dozen
pieces. Column widths give them away (:func:`banmian.pages.blocks.full_lines`): a line
that fills its column runs on into the line under it. Where that is sure, the lines
become one block before the seam model sees them: the line stops mid-sentence, the next
line is flush, and neither reads as a headline (a title can be as wide as a column,
though a line that the line above runs into is none, nor is a dateline). Where the
full line ends a sentence the paragraph may end there too, and the pair only gains
log-odds for the seam model's decision: as much as the paragraph-end model
(``paragraph_ends.py``) reads the words on both sides as one paragraph going on, none
when the next line is an indent narrower than the one under it (a first line whose
indent the extraction dropped). Where most paragraphs open so, the page indents: those
first lines count as indented (``Block.lost_indent``) for every later stage.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable

import numpy as np

from ..model import Block
from ..pages.blocks import (INDENT_ROOM, MIN_INDENTED, full_lines, hanging_marks, indented, indents_paragraphs,
                            join_lines, line_breaks, line_start)
from .cues import CLOSERS, DATELINE, SENTENCE_END, verse_lines
from .heading_lines import LAW_ARTICLE
from .paragraph_ends import ParagraphEnds, ends_sentence
from .roles import FREE, fixed_role

# Log-odds a full line gains for running on into the line under it when the sentence
# goes on (the seam model reads words, not widths) ...
WRAP_JOIN = 8.0
# ... and when it ends a sentence on a page without indents: there a paragraph has
# several sentence ends that can fall at a line's end and only one paragraph end, and
# the paragraph-end model (less PARAGRAPH_END_WEIGHT times its log-odds of an end) and
# the seam model's own word decide the rest.
WRAP_JOIN_AFTER_STOP = 5.5
HEADLINE_LIKE = 0.5  # P(headline or crosshead) of the line model above which a line starts anew
# ...and above which a printed line of a hard-wrapped page does. Most such lines are pieces
# of prose as wide as their column, cut at both ends, which the line model (trained on
# headlines, crossheads and random pieces of paragraphs) reads as headlines more often
# than a page's blocks. With the refined line model, 0.5 / 0.65 / 0.7 restored hard-wrapped
# development pages (seeds 5 and 6, without and with indents) at 0.559 / 0.607 / 0.611,
# 0.559 / 0.567 / 0.573, 0.554 / 0.582 / 0.581 and 0.479 / 0.482 / 0.485; 0.7 lost
# duplicates (F1 0.79 -> 0.74 on seed 5 without indents), 0.8 and 0.9 more.
PRINTED_HEADLINE = 0.65
# A headline as wide as its column is no headline when the line under it does not surely
# start a paragraph: below this P(start) of the seam model (0.1, 0.3, 0.5, 0.7, 0.9 and never
# measured +0.1, +0.7, +1.0, +1.2, +1.2 and +1.0 points on hard-wrapped development pages).
MID_SENTENCE_START = 0.7


def reads_as_headline(probs) -> bool:
    """Does the line model (``probs``: P(head, cross, fragment) of one line) read the line
    as a headline or crosshead?"""
    return probs[0] + probs[1] > HEADLINE_LIKE


# A paragraph's first line is set an indent (INDENT_ROOM) narrower than its column, and
# extraction often drops the indent itself: a line that much narrower than the full line
# under it opens a paragraph.
LOST_INDENT_SHARE = 0.5  # of the lines that could open a paragraph, so narrower on a page that lost its indents
# How much the paragraph-end model's word counts against the run-on of a full line that
# ends a sentence (as the length ramp it replaced: 1, 3, 4 and 6 measured no better on
# one development seed, 1 as good on another).
PARAGRAPH_END_WEIGHT = 2.0


def _ends_sentence(text: str) -> bool:
    return text.rstrip(CLOSERS)[-1:] in SENTENCE_END + "：:"


def _opens_its_quote(line: str, below: str) -> bool:
    """Does a line that ends on a colon stand over the quotation it announces (`…感叹：` /
    `“…`)? The quotation goes on in the same paragraph: on the corpus's training dates 98% of
    the colons before an opening quote are inside a paragraph (the paragraph-end model, trained
    on sentence ends, never read a colon)."""
    return line.rstrip().endswith(("：", ":")) and below.startswith(("“", "「"))


def _free_line(block: Block) -> bool:
    """Is this printed line free text? A line of prose that happens to end like a credit
    (`师不断调整模型渲染的画面。真人拍摄`) is, when it holds a sentence's punctuation: the
    credit test is for the joined block; and so is a line that closes a bracket opened on
    the line above (`新华社北京10月8日电  （` / `记者某某）中央军委副主`: a dateline's reporter,
    not a byline)."""
    return block.role == FREE or block.role in ("caption", "credit") and any(ch in block.text for ch in "，。") \
        or block.role == "byline" and _closes_a_bracket_above(block.text)


def _prose_whatever_it_reads(block: Block) -> bool:
    """A free line that opens or goes on with prose however like a heading the line model
    reads it: an article of a law (`第十二条  …`), and a reporter's name that closes a
    dateline's bracket (the only byline a free line can be, see _free_line)."""
    return bool(LAW_ARTICLE.match(block.text)) or block.role == "byline"


def _closes_a_bracket_above(text: str) -> bool:
    close = text.find("）")
    return close >= 0 and "（" not in text[:close]


def _leaves_a_bracket_open(text: str) -> bool:
    return text.rfind("（") > text.rfind("）")


def _bracketed_notes(text: str, blocks: list[Block], full: list[bool]) -> set[int]:
    """The lines of notes in brackets printed over several full lines, not a headline's
    (`（本报记者王某、李某、` / `张某、赵某、` / `孙某报道）`, `（作者为某某大学法学院` / `院长）`):
    each runs on into the next, up to the line that closes the bracket, whatever each line
    alone reads as."""
    lines: set[int] = set()
    for k, b in enumerate(blocks):
        if not (full[k] and b.role != FREE and _leaves_a_bracket_open(b.text)):
            continue
        note = [k]
        for m in range(k + 1, len(blocks)):
            if line_breaks(text, blocks[m - 1].end, blocks[m].start) != 1:
                break
            if _closes_a_bracket_above(blocks[m].text):
                lines.update(note)
                break
            if not full[m] or "（" in blocks[m].text or "）" in blocks[m].text:
                break
            note.append(m)
    return lines


def join_wrapped_lines(text: str, blocks: list[Block], headline_p) -> tuple[list[Block], set[int]]:
    """Join the lines of a hard-wrapped page that surely run on.

    :param headline_p: ``texts -> P(headline or crosshead)`` per text (the line model)
    :returns: the blocks (unchanged on a page of blocks) and the indices of the blocks
        whose last line fills its column
    """
    full = full_lines(text, blocks)
    if not any(full):
        return blocks, set()
    # a full line that reads as a credit or caption by its last words (`…现在用高清摄`,
    # `…接到电话：“…`) is a printed line of whatever it belongs to: the joined block shows
    # its role whole
    loose = {k for k, b in enumerate(blocks) if full[k] and b.role in ("caption", "credit")}
    # a dash line as wide as its column under a line that ends a sentence opens a dashed
    # point of the body (`——自觉用党的创新理论改造思` / `想、固本培元。`), however like a
    # subtitle its first words read: a subtitle stands under its title, in headline type
    dashed = {k for k, b in enumerate(blocks) if full[k] and b.role == "subtitle" and k > 0
              and _free_line(blocks[k - 1]) and _ends_sentence(blocks[k - 1].text)}
    loose |= dashed
    across = _bracketed_notes(text, blocks, full)

    def is_free(k: int) -> bool:
        return _free_line(blocks[k]) or k in loose

    free = [k for k in range(len(blocks)) if is_free(k)]
    heads = dict(zip(free, headline_p([blocks[k].text for k in free]))) if free else {}
    for k in free:
        if _prose_whatever_it_reads(blocks[k]) or k in dashed:
            heads[k] = 0.0
    for k in _lost_indents(text, blocks, full, heads):
        blocks[k].lost_indent = True
    runs_on = [False] * len(blocks)
    verse = set(verse_lines([b.text for b in blocks]))
    page_indents = indents_paragraphs(text, blocks)

    def inside_column(k: int) -> bool:
        # on a page that indents its paragraphs, a flush line right under a full one, in the
        # same column, goes on with the running text of that column, however like a
        # headline its words read (`日本前众议长某某在致辞中讲述` / `了…`): a headline or
        # crosshead is not set flush between two lines of prose
        return page_indents and k > 0 and full[k - 1] and line_breaks(text, blocks[k - 1].end, blocks[k].start) == 1 \
            and is_free(k - 1) and not indented(text, blocks[k])

    for k in range(len(blocks) - 1):
        a, b = blocks[k], blocks[k + 1]
        if k in across and line_breaks(text, a.end, b.start) == 1:
            runs_on[k] = True
            continue
        runs_on[k] = (full[k] and k not in verse and is_free(k) and is_free(k + 1) and line_breaks(text, a.end, b.start) == 1
                      and not _ends_sentence(a.text) and not indented(text, b)
                      and (a.lost_indent  # a first line as much narrower as the indent it lost
                           or _fills_its_column(text, blocks, k, lambda m: is_free(m) and heads[m] <= PRINTED_HEADLINE))
                      and (heads[k] <= PRINTED_HEADLINE or (k > 0 and runs_on[k - 1]) or DATELINE.match(a.text)
                           or inside_column(k))
                      and heads[k + 1] <= PRINTED_HEADLINE)
    joined = join_lines(blocks, runs_on)
    for i, b in enumerate(joined):
        if len(b.spans) > 1:  # a credit or caption printed over several lines shows itself whole
            role = fixed_role(b, i, len(joined))
            b.role = FREE if role == "subtitle" else role  # (a dashed point printed over lines)
    # the joined block of a run ends with the run's last line
    full_end, k = set(), 0
    for i, b in enumerate(joined):
        k += len(b.spans)
        full_end.update([i] if full[k - 1] else [])
    return joined, full_end


def add_wrap_odds(text: str, blocks: list[Block], prose: list[int], full_end: set[int],
                  lines: np.ndarray, score: np.ndarray, start_p: np.ndarray, paragraph_end: np.ndarray) -> None:
    """The pairs left to the seam model: a full line and the block right under it
    (``start_p``: the seam model's P(a block starts a paragraph); ``paragraph_end``: the
    paragraph-end model's page matrix, read in the rows of lefts that end a sentence)."""
    if not full_end:
        return
    page_indents = indents_paragraphs(text, (blocks[i] for i in prose))
    after_stop = []  # full lines that end a sentence on a page without indents
    for k in range(len(prose) - 1):
        i, j = prose[k], prose[k + 1]
        if i not in full_end or j != i + 1 or indented(text, blocks[j]):
            continue
        # (a line under it that need not start a paragraph, `国表示，` under `…常务副市长王建`,
        # makes it no headline but a paragraph's first line that the line model misread)
        if _lone_headline(text, blocks, prose, full_end, lines, k) and start_p[k + 1] >= MID_SENTENCE_START:
            continue
        if not page_indents and not _fills_its_column(text, blocks, i):
            continue
        if not _ends_sentence(blocks[i].text) or _opens_its_quote(blocks[i].text, blocks[j].text):
            score[k, k + 1] += WRAP_JOIN
        elif not reads_as_headline(lines[k + 1]) and not _opens_unindented(text, blocks, j):
            if page_indents:
                score[k, k + 1] += WRAP_JOIN
            else:
                after_stop.append(k)
    # The paragraph-end model reads the paragraph so far, and a block here is only the run
    # of lines since the last full line that ended a sentence: where the pair above runs on
    # (as scored by then, top down), the paragraph so far reaches back through it. (The page
    # matrix holds the block's own row, which serves where the block opens its paragraph and
    # ends a sentence as the model reads one; a line ending on a colon has no row.)
    so_far: dict[int, str] = {}
    model = ParagraphEnds.load()
    for k in after_stop:
        so_far[k] = _paragraph_so_far(blocks, prose, score, so_far, k)
        if so_far[k] == blocks[prose[k]].text and ends_sentence(so_far[k]):
            ends = paragraph_end[k, k + 1]
        else:
            ends = model.logodds([so_far[k]], [blocks[prose[k + 1]].text])[0]
        score[k, k + 1] += WRAP_JOIN_AFTER_STOP - PARAGRAPH_END_WEIGHT * ends


def _paragraph_so_far(blocks: list[Block], prose: list[int], score: np.ndarray, so_far: dict[int, str],
                      k: int) -> str:
    """The text of prose block ``k``'s paragraph up to the block's end: back through every
    block above that runs on into the next (``score`` above 0 by now), or up to one whose
    paragraph so far is known (``so_far``)."""
    parts = [blocks[prose[k]].text]
    while k > 0 and prose[k - 1] == prose[k] - 1 and score[k - 1, k] > 0:
        k -= 1
        if k in so_far:
            parts.append(so_far[k])
            break
        parts.append(blocks[prose[k]].text)
    return "".join(reversed(parts))


def _line_width(text: str, span: tuple[int, int]) -> int:
    return span[1] - line_start(text, span[0])


def _set_width(text: str, span: tuple[int, int]) -> int:
    """The width of a printed line less the closing marks that hang at its end, which may
    be two (`…难事。”`): at most the column's width."""
    line = text[line_start(text, span[0]):span[1]]
    return len(line) - hanging_marks(line)


def _fills_its_column(text: str, blocks: list[Block], i: int, prose_line: Callable[[int], bool] = lambda m: True) -> bool:
    """Is the last line of block ``i`` as wide as the printed lines around it (less one, or
    less the closing marks that hang at their ends)? A page may set columns of several
    widths, so a line as wide as some column may still be a short line in a wider one: a
    paragraph's last line, or a crosshead; the lines right above and below, in the same
    column, tell, if they are prose (``prose_line``): a headline or byline above is set to
    its own width."""
    spans = blocks[i].spans
    around = [spans[-2]] if len(spans) > 1 else []
    if not around and i > 0 and line_breaks(text, blocks[i - 1].end, blocks[i].start) == 1 and prose_line(i - 1):
        around.append(blocks[i - 1].spans[-1])
    if i + 1 < len(blocks) and line_breaks(text, blocks[i].end, blocks[i + 1].start) == 1 and prose_line(i + 1):
        around.append(blocks[i + 1].spans[0])
    width = _line_width(text, spans[-1])
    return all(width >= min(_line_width(text, span) - 1, _set_width(text, span)) for span in around)


def _lost_indents(text: str, blocks: list[Block], full: list[bool], heads: dict[int, float]) -> list[int]:
    """The printed lines that open a paragraph whose indent the extraction dropped: an
    indent narrower than the full line under it, under a line that stops (short, at a
    sentence end, or a heading), no headline itself. Only on a page that prints no indents
    of its own and shows the habit: most lines that run on in such a place are that
    narrower, as no page prints them by chance."""
    if indents_paragraphs(text, blocks):
        return []

    def stops_above(k: int) -> bool:
        above = blocks[k - 1] if k else None
        return (above is None or not full[k - 1] or _ends_sentence(above.text) or not _free_line(above)
                or heads.get(k - 1, 1.0) > PRINTED_HEADLINE or line_breaks(text, above.end, blocks[k].start) != 1)

    starts = [k for k in range(len(blocks) - 1)
              if _free_line(blocks[k]) and heads.get(k, 1.0) <= PRINTED_HEADLINE and stops_above(k)]
    places = [k for k in starts if full[k + 1]]
    opens = [k for k in places if _opens_unindented(text, blocks, k)]
    # (a first line may end a sentence; the habit is judged on lines that run on, since a
    # short paragraph's last line in such a place may be that narrower by chance)
    running = [k for k in places if not _ends_sentence(blocks[k].text)]
    habit = len(set(running) & set(opens))
    if habit < max(MIN_INDENTED, LOST_INDENT_SHARE * len(running)):
        return []
    # a paragraph of two lines shows its lost indent against the column's full width, not
    # against its short last line: its first line, running on, is that much narrower
    widths = Counter(_line_width(text, blocks[k + 1].spans[0]) for k in opens)
    column = widths.most_common(1)[0][0]
    two_lines = [k for k in starts if not full[k + 1] and not _ends_sentence(blocks[k].text)
                 and _an_indent_narrower(column - _set_width(text, blocks[k].spans[0]))]
    return sorted(set(opens) | set(two_lines))


def _opens_unindented(text: str, blocks: list[Block], i: int) -> bool:
    """Is the first line of block ``i`` (less its own hanging marks) exactly an indent
    narrower than the line under it (or one more, where that line hangs a closing mark):
    a paragraph's first line that lost its indent?"""
    spans = blocks[i].spans
    if len(spans) > 1:
        below = spans[1]
    elif i + 1 < len(blocks) and line_breaks(text, blocks[i].end, blocks[i + 1].start) == 1:
        below = blocks[i + 1].spans[0]
    else:
        return False
    short = _line_width(text, below) - _set_width(text, spans[0])
    return _an_indent_narrower(short)


def _an_indent_narrower(short: int) -> bool:
    """Is a line ``short`` characters narrower than a full one as much narrower as an indent
    (or one more, where the full line hangs a closing mark)?"""
    return INDENT_ROOM <= short <= INDENT_ROOM + 1


def _lone_headline(text: str, blocks: list[Block], prose: list[int], full_end: set[int],
                   lines: np.ndarray, k: int) -> bool:
    """A headline as wide as its column: one flush line that reads as a headline, which no
    full line above runs into."""
    i = prose[k]
    if len(blocks[i].spans) > 1 or indented(text, blocks[i]) or not reads_as_headline(lines[k]) \
            or _prose_whatever_it_reads(blocks[i]):
        return False
    above = prose[k - 1] if k else None
    return above is None or above != i - 1 or above not in full_end
