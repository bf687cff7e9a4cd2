"""The restore pipeline: raw page text -> blocks -> roles -> duplicates -> seams -> articles.

Each stage reads what the previous one produced; only :class:`~banmian.model.Page`
holds text, everything else is offsets into it. The last step accounts for every
character: what no article took is listed in ``removed`` with its reason.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..model import Block, Page, Removed
from ..pages.blocks import indent_signs, split_blocks, whitespace_gaps
from .articles import ArticleBuilder, Chain
from .heading_lines import (MAX_HEADING_CHARS, bare_figure, bracketed, free_verse_runs, headline_like, parallel_clauses,
                            short_unstopped)
from .duplicates import find_duplicates
from .lines import LineModel
from .ngrams import NgramCounts
from .features import Weights, logit, seam_features
from .topic import bigrams, cosine, page_idf, similarity_matrix
from .typos import offer_corrections
from .matching import FORBIDDEN, is_open_end, match_backward_tails, match_seams, starts_mid_sentence
from .columns import column_width, fills_lines
from .cues import DATELINE, opens_with_dateline, verse_lines
from .rhythm import ColumnLayout, lay_out_columns
from .roles import FREE, assign_fixed_roles, neighbour_index, ornament_prefix, split_inline_jumps
from .paragraph_ends import ParagraphEnds, ends_sentence
from .wrapped import HEADLINE_LIKE, add_wrap_odds, join_wrapped_lines, reads_as_headline

log = logging.getLogger(__name__)

METHODS = ("global", "naive")
# Below this P(start of paragraph) a chain head is taken to start mid-sentence. (With the
# layered weights, 0.03 measured +0.5 to +0.6 points over 0.2 on development pages, and as
# many articles missing their beginnings were flagged right; 0.08 right under a headline
# or byline, as before, measured alike.)
OPEN_START = 0.03
# Weight of what an assignment leaves over (see analyse): orphaned mid-sentence starts,
# in log-odds per log-odds of the seam model. (Refitted with the seam layers, with PARALLEL_PENALTY: 0.25 ->
# 0.15 and 1.0 -> 2.0 with the weights retrained gave development block pages +0.0/+0.6/+0.1/+0.8 points.)
ORPHAN_RIGHT = 0.15
# P(start of paragraph) at most of a flush block of running text on an indenting page.
FLUSH_START_P = 0.05
# log-odds for such a block to go on from the running text right above it (with the seam layers of the shipped
# weights 1.0 and 1.5 measured alike on development pages, 2.0 lower; on the linear scale 2.0 was best)
FLUSH_ADJACENT = 1.5
FLUSH_MIN_CHARS = 20  # shorter flush lines without a full stop may be headlines the line model misses
# Where the page's column width shows (banmian.restore.columns): log-odds for a piece that
# fills its lines exactly to run on, and against one stopped mid-sentence that does not
# (1.0-2.5 and 1.5-3.0 measured alike on development pages; 3.0 and more cost).
FILLS_COLUMN = 1.5
MISSES_COLUMN = 2.0
COLUMN_END = 3.0  # log-odds for a paragraph that stops where its body's column ends to run on
OFF_COLUMN_END = 3.0  # ... against a piece cut mid-sentence where no column of its body ends
CLAUSE_END = ("，", "；", "、")  # ...unless they stop after a clause, as no headline does
SURE_TAIL_START = 0.1
# Log-odds a seam back up the page needs: the pair model never saw one in training, and
# an open end may also be a jump out without a marker. (4.0 found a third of them on
# development pages with the layered weights, and no false one; 0.0 finds 12 in 27 for one
# false, and measured best: +0.0 to +0.6 points; 2.0 and -2.0 less.)
BACKWARD_TAIL_MIN = 0.0
TOPIC_CONTEXT = 2
TAIL_BONUS = 4.0
# Weights of topic fit and of sitting right after a byline, when choosing which of two
# identical copies to keep.
TOPIC_FIT = 6.0
AFTER_BYLINE = 1.0
# A copy right after prose cut off mid-sentence fills that gap: it fits by that much, and
# the seam model's word on the pair counts for less (it is unsure of single pairs).
HOLE_FIT = 2.0
HOLE_CONT = 0.3
# ... unless the block right after the copy goes on with that sentence by this many log-odds
# more than the copy does: then the copy stands inside the sentence (`…竞争秩` / copy /
# `序、破坏…`), and its twin elsewhere is the printed place. (Copies kept while their twin
# went fell from 14 to 10 on development seeds 5/6/11/12; a block that goes on only a little
# better, 0.35 on one fresh page, is the seam model's doubt.)
HOLE_TAKEN = 2.0
# The line right under `（上接第一版）` is where the continued part starts: surely in place.
UNDER_MARKER_FIT = 6.0
# A line of at least this many characters with a comma is running text cut off when the
# line model's P(fragment) is above CUT_OFF_FRAGMENT and the seam model's P(ends a
# paragraph) below CUT_OFF_END. (The refined line model is less extreme than naive Bayes
# was: a 30-character clause cut off reads 0.885, where it read 0.98; 0.8 and 0.9 restore
# development pages alike.)
CUT_OFF_MIN_CHARS = 16
CUT_OFF_FRAGMENT = 0.8
CUT_OFF_END = 0.1
# A dateline copy fits under a headline or byline by this much, and misfits after prose.
DATELINE_FIT = 2.0
# A page none of whose prose blocks of at least this many characters stops mid-sentence
# was never cut into columns (one paragraph a line, as e-paper exports and scrapers
# print articles; see uncut_page).
UNCUT_MIN_CHARS = 40
SURE_CUT = 4.0  # seam log-odds that join lines of a poem all the same
PARALLEL_PENALTY = 2.0  # log-odds against running a line in parallel form into the next
HEADLINE_ENDS = "）)：:—"  # a long headline ends in a column tag, a kicker in a colon or dash
CUT_MIN_CHARS = 12  # ...and no shorter piece of at least this many characters whose
CUT_FRAGMENT = 0.95  # line model P(fragment) is above this
# A page with a few such pieces and none that surely starts mid-sentence was most likely
# printed whole too: its pieces that stop mid-sentence are paragraphs that end without a
# stop (`…变化的是面貌，不变的是人心`, a lead over the story), so a join there must be sure. (Not
# on a page that indents its paragraphs: there a flush piece shows the cut itself.) Up to
# 2 such pieces, sure at 1 log-odds: pages printed whole +1.0/+0.4/+0.7/+1.4 points on
# four development seeds, damaged block pages +0.1/0/0/-0.1 (3 pieces or surer joins
# gained more on the first and lost more on the second).
FEW_CUTS_OPEN = 2
FEW_CUTS_SURE = 1.0


def _seam_model():
    from .seam import SeamModel

    return SeamModel.load()


@dataclass
class Analysis:
    """What the stages found on one page, before the articles are built (kept for training)."""

    page: Page
    blocks: list[Block]
    prose: list[int] = field(default_factory=list)  # page block indices of free (prose) blocks
    lines: np.ndarray | None = None  # line model posteriors of the prose blocks
    lefts: list[int] = field(default_factory=list)  # open ends, indices into prose
    seam_X: np.ndarray | None = None  # seam features of (left, right) pairs
    chains: list[Chain] = field(default_factory=list)
    start_open: dict[int, bool] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)  # page bigram weights (topic similarity)
    indents: dict[int, int] = field(default_factory=dict)  # prose block -> +1 indented, -1 flush, 0 unknown
    cut_off: set[int] = field(default_factory=set)  # prose blocks that read as running text cut mid-sentence
    poem: set[int] = field(default_factory=set)  # prose blocks that are lines of a poem (free verse)
    # heading line -> whether the body under it goes on counting the lines of the body above
    column_flow: dict[int, bool] = field(default_factory=dict)


def analyse(text: str, source: str = "<text>", page_no: int | None = None, method: str = "global",
            seam_model=None, weights: Weights | None = None) -> Analysis:
    """Run every stage up to (not including) article building."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {METHODS}")
    page = Page(text=text, source=source, page_no=page_no)
    blocks = split_inline_jumps(split_blocks(text))
    assign_fixed_roles(blocks)
    line_model = LineModel.load()
    blocks, full_end = join_wrapped_lines(text, blocks, lambda texts: line_model.proba(texts)[:, :2].sum(axis=1))
    page.blocks = blocks
    prose = [i for i, b in enumerate(blocks) if b.role == FREE]
    texts = [blocks[i].text for i in prose]
    lines = line_model.proba(texts) if texts else np.zeros((0, 3))
    an = Analysis(page, blocks, idf=page_idf([b.text for b in blocks]))
    if method == "naive":
        an.prose, an.lines = prose, lines
        an.chains = _naive_chains(blocks, prose)
        an.start_open = {i: starts_mid_sentence(blocks[i].text) for i in prose}
        return an
    model = seam_model or _seam_model()
    weights = weights or Weights.load()
    cont = model.continuation_matrix(texts, texts) if texts else np.zeros((0, 0))
    start_p = model.start_prob(texts) if texts else np.zeros(0)
    end_p = model.end_prob(texts) if texts else np.zeros(0)
    for k in range(len(prose)):
        if starts_mid_sentence(texts[k]):
            start_p[k] = 0.0
    keep = _drop_duplicates(page, blocks, prose, cont, start_p, an.idf, lines, wrapped=bool(full_end))
    an.prose = [prose[k] for k in keep]
    an.lines = lines[keep]
    cont, start_p, end_p = cont[np.ix_(keep, keep)], start_p[keep], end_p[keep]
    # Every prose block may be a left: a column can break right after a full stop, and
    # the learned weights know how rarely that happens.
    an.lefts = list(range(len(an.prose)))
    kept = [texts[k] for k in keep]
    straddle = NgramCounts.load().seam_features(kept, kept)
    # Topic is judged on a little context: the left with the two blocks before it, the
    # right with the block after it (single column pieces share too few words).
    topic = similarity_matrix(kept, an.idf, before=TOPIC_CONTEXT, after=1)
    # Paragraph indents, where the page prints them, tell starts from continuations.
    signs = indent_signs(text, [blocks[i] for i in an.prose])
    an.indents = dict(zip(an.prose, signs))
    indents = np.array(signs, dtype=float)
    # (the paragraph-end model reads lefts that end a sentence; the others stay 0)
    closing = [k for k, t in enumerate(kept) if ends_sentence(t)]
    paragraph_end = np.zeros((len(kept), len(kept)))
    paragraph_end[closing] = ParagraphEnds.load().matrix([kept[k] for k in closing], kept)
    an.seam_X = seam_features(blocks, an.prose, an.lefts, cont, an.lines, start_p, end_p, straddle, topic, indents,
                              paragraph_end)
    score = weights.seam_scores(an.seam_X) if an.lefts else np.zeros((0, len(an.prose)))
    width = None
    # On a page that indents its paragraphs, a flush block of running text (no headline)
    # goes on from somewhere, whatever its words say: the seam model reads words only.
    # (Not on hard-wrapped pages, where every line but a paragraph's first is flush.)
    if not full_end:
        running = (an.lines[:, 0] + an.lines[:, 1] < HEADLINE_LIKE) & np.array(
            [len(t) >= FLUSH_MIN_CHARS or "。" in t or t.endswith(CLAUSE_END) for t in kept], dtype=bool)
        flush_prose = (indents < 0) & running
        # ... most often from the running text right above it, the column having broken
        # there, after a full stop too, which the pair model cannot see: if it starts as a
        # sentence does and runs on for a while (a piece that starts inside a word, or a
        # short last line, is as often a tail from elsewhere). (A flush kicker,
        # `…各级党政机关——`, is no such text: it has no full stop.)
        sentences = flush_prose & (start_p >= OPEN_START) & np.array(
            ["。" in t and len(t) >= FLUSH_MIN_CHARS for t in kept], dtype=bool)
        if an.lefts:
            score = score + FLUSH_ADJACENT * (running[:, None] & sentences[None, :] & (an.seam_X[:, :, 1] == 1))
        start_p = np.where(flush_prose, np.minimum(start_p, FLUSH_START_P), start_p)
        # A column ends where a printed line ends: where the page's pieces cut mid-sentence
        # agree on a width, a piece that fills its lines was likely cut by a column (after
        # a full stop too), and one stopped mid-sentence that does not ends its paragraph.
        width = column_width(kept)
        if width is not None:
            for k, t in enumerate(kept):
                if fills_lines(t, width):
                    score[k, :] += FILLS_COLUMN
                elif is_open_end(t):
                    score[k, :] -= MISSES_COLUMN
    # The pair model judges each pair alone; the assignment also weighs what is left
    # over: a block that starts mid-sentence left without a predecessor is an orphan,
    # and pairs that spare one gain. (The same bonus for open ends left without a
    # continuation measured worse on generated pages, so there is none.)
    spare = ORPHAN_RIGHT * np.maximum(0.0, -logit(start_p))[None, :]
    # A block that surely starts mid-sentence far from any open end is an interleaved
    # tail: its predecessor is further back, and the pair model (trained on pages where
    # tails are rare) underrates far pairs.
    sure_tail = (start_p < SURE_TAIL_START)[None, :] & (an.seam_X[:, :, 1] == 0) if an.lefts else 0
    score = score + spare + TAIL_BONUS * sure_tail
    add_wrap_odds(text, blocks, an.prose, full_end, an.lines, score, start_p, paragraph_end)
    # A line in parallel form (`建设美丽乡村，全域旅游人气旺`) is mostly a crosshead: it runs on
    # only where the pair model is sure of it. (Not on a hard-wrapped page, where such a
    # line is as likely a printed line of prose.)
    if not full_end:
        for k in (k for k, t in enumerate(kept) if parallel_clauses(t)):
            score[k, :] -= PARALLEL_PENALTY
    # A line printed right above a byline, a subtitle or `（上接第一版）` is a headline (the
    # repeated title of a continued part): it neither runs on nor continues anything,
    # however well its words would fit. (Prose above a dash line is not: `——坚持系统观念，
    # …。` also leads a section inside a body.)
    for k in _next_to(blocks, an.prose, 1, _role_in("byline", "subtitle", "jump_from")):
        if headline_like(blocks[an.prose[k]].text) and start_p[k] >= OPEN_START:
            score[:, k] = FORBIDDEN
            score[k, :] = FORBIDDEN
    # So is a short line without a comma or a stop right above a dateline (`本报北京5月20日电`): the
    # last line of a headline, which nothing runs into unless it stops after a clause (a
    # lead's last words, `…情感认同，` / `为推动…营造良好氛围`). With a comma inside and no stop
    # (`跨省对接，送员工返岗`), it still continues no piece cut mid-phrase, which goes on
    # elsewhere (`…将疫毒之邪排出` / `体外，…`); it may run on itself, as a lead's words may.
    closed_lefts = [i for i, t in enumerate(kept) if not t.endswith(CLAUSE_END)]
    headings = [reads_as_headline(probs) for probs in an.lines]  # (the line model reads a headline or crosshead)
    headline_lefts = [i for i, heading in enumerate(headings) if heading]
    for k in _next_to(blocks, an.prose, 1, _opens_with_dateline):
        if short_unstopped(kept[k]) and not any(mark in kept[k] for mark in "。！？"):
            if "，" not in kept[k]:
                score[k, :] = FORBIDDEN
            score[closed_lefts, k] = FORBIDDEN
        elif is_open_end(kept[k]):
            # A long one is a headline's deck (`…常务会议` / `审议通过《…》，…；讨论通过
            # 《…》`), however its words go on from the headline line above
            score[headline_lefts, k] = FORBIDDEN
    # The first line under `（上接第一版）` continues a part on another page, nothing here.
    for k in _next_to(blocks, an.prose, -1, _role_in("jump_from")):
        score[:, k] = FORBIDDEN
    # The block right above `（下转第四版）` ends its part on this page: the rest is printed
    # on the page named, nothing here continues it.
    for k in _next_to(blocks, an.prose, 1, _role_in("jump_to")):
        score[k, :] = FORBIDDEN
    # The lines of a closing verse are paragraphs of their own, however their commas read.
    verse = set(verse_lines([b.text for b in blocks]))  # (the cue itself is a label, no prose)
    for k in (k for k, i in enumerate(an.prose) if i in verse):
        score[k, :] = FORBIDDEN
        score[:, k] = FORBIDDEN
    # A figure standing alone (`3616` over `全市开展安全生产检查3616次…`) is a callout, a
    # paragraph of its own: no column is so narrow that a piece of it holds just a number,
    # so it runs on nowhere, however well digits follow digits.
    for k in (k for k, t in enumerate(kept) if bare_figure(t)):
        score[k, :] = FORBIDDEN
    # So are the lines of a poem, unless the pair model is sure of a cut inside a word
    # (`《…社会救助` / `法》…`, `20` / `18年`): short pieces of prose can stand in a row too.
    # (Not on a hard-wrapped page, where every line is short and stops nowhere.)
    if not full_end:
        an.poem = set(free_verse_runs([b.text if b.role == FREE else None for b in blocks]))
    for k in (k for k, i in enumerate(an.prose) if i in an.poem):
        score[k, :] = np.where(score[k, :] >= SURE_CUT, score[k, :], FORBIDDEN)
        score[:, k] = np.where(score[:, k] >= SURE_CUT, score[:, k], FORBIDDEN)
    an.cut_off = {i for k, i in enumerate(an.prose) if _cut_off(blocks[i].text, an.lines[k], end_p[k])}
    # (a hard-wrapped page is printed line by line: its lines were joined above)
    open_pieces = None if full_end else _pieces_stopped_mid_sentence(kept, an.lines)
    sure_tail = bool((start_p < OPEN_START).any())
    if not full_end and uncut_page(kept, an.lines, start_p):
        seams = {}
    else:
        if open_pieces is not None and open_pieces <= FEW_CUTS_OPEN and not sure_tail and not indents.any():
            score = np.where(score >= FEW_CUTS_SURE, score, FORBIDDEN)
        seams = match_seams(an.lefts, score)
        if width is not None:
            seams = _follow_columns(an, kept, headings, seams, score, width)
        seams.update(_backward_tails(blocks, an.prose, an.cut_off, seams, score, start_p))
    an.chains = _chains(an.prose, seams)
    an.start_open = {i: bool(start_p[k] < OPEN_START) for k, i in enumerate(an.prose)}
    return an


def restore_text(text: str, source: str = "<text>", page_no: int | None = None, method: str = "global",
                 seam_model=None, weights: Weights | None = None, on_title=None) -> Page:
    """Restore one page (see :func:`banmian.restore.restore`).

    :param on_title: called with (block index, features) at every title-or-crosshead
        decision; used by ``scripts/train_assembly.py`` to collect training data
    """
    an = analyse(text, source, page_no, method, seam_model, weights)
    blocks, chains = an.blocks, an.chains
    for i, b in enumerate(blocks):
        if b.role in ("credit", "caption", "label"):
            chains.append(Chain([i], "crosshead" if b.role == "label" else b.role))
    chains.sort(key=lambda ch: ch.blocks[0])
    member_of = {i: c for c, ch in enumerate(chains) for i in ch.blocks[1:]}
    line_probs = {i: tuple(an.lines[k]) for k, i in enumerate(an.prose)}
    title_weights = None if method == "naive" else (weights or Weights.load())
    builder = ArticleBuilder(blocks, chains, member_of, line_probs, an.start_open, an.idf, title_weights, on_title,
                             an.indents, an.cut_off, an.poem, an.column_flow)
    an.page.articles = builder.build()
    _account(an.page, blocks)
    offer_corrections(an.page)
    return an.page


def uncut_page(texts: list[str], lines: np.ndarray, start_p: np.ndarray | None = None) -> bool:
    """Was the page printed one whole paragraph a line? Then no block continues another.

    A cut column leaves pieces of running text that stop mid-sentence: long ones, or
    shorter ones the line model is sure are fragments. A paragraph printed whole ends its
    sentence; only headlines, crossheads and credits end without one. It also leaves
    pieces that start mid-sentence (``start_p``, the seam model's P(starts a paragraph),
    below OPEN_START): `…重新编制工业布` may read to the line model as a headline might,
    the `局规划，…` under it cannot.
    """
    if start_p is not None and (start_p < OPEN_START).any():
        return False
    return _pieces_stopped_mid_sentence(texts, lines) == 0


def _pieces_stopped_mid_sentence(texts: list[str], lines: np.ndarray) -> int:
    """How many blocks look like pieces a column cut mid-sentence (see uncut_page)."""
    return sum(is_open_end(t) and t.rstrip()[-1:] not in HEADLINE_ENDS
               and (len(t) >= UNCUT_MIN_CHARS or (len(t) >= CUT_MIN_CHARS and probs[2] > CUT_FRAGMENT))
               for t, probs in zip(texts, lines))


def _drop_duplicates(page: Page, blocks: list[Block], prose: list[int], cont, start_p, idf, lines,
                     wrapped: bool = False) -> list[int]:
    """Remove layout duplicates among the prose blocks; return the indices (into prose) kept."""
    n = len(prose)

    def fit(k: int) -> float:
        # How naturally block k follows its predecessor and leads into its successor, and
        # how well it shares their topic: an out-of-place copy sits in another story.
        score = 0.0
        prev, nxt = k - 1, k + 1
        above = neighbour_index(blocks, prose[k], -1)
        if above is not None and blocks[above].role == "jump_from":
            score += UNDER_MARKER_FIT  # the first line of a part continued from another page
        else:
            # (not on a hard-wrapped page, whose blocks are printed lines: every line of a
            # paragraph stands between the halves of a sentence)
            between = not wrapped and prev >= 0 and nxt < n and above == prose[prev] and \
                neighbour_index(blocks, prose[k], 1) == prose[nxt]
            score += entry_fit(blocks[prose[prev]].text if prev >= 0 else None,
                               float(logit(cont[prev, k])) if prev >= 0 else 0.0, float(logit(start_p[k])),
                               headline_above=not wrapped,
                               cont_past=float(logit(cont[prev, nxt])) if between else None)
        if nxt < n and is_open_end(blocks[prose[k]].text):
            score += float(logit(cont[k, nxt]))
        around = "".join(blocks[prose[m]].text for m in (prev, nxt) if 0 <= m < n)
        score += TOPIC_FIT * cosine(bigrams(blocks[prose[k]].text), bigrams(around), idf)
        before = prose[k] - 1
        if before >= 0 and blocks[before].role == "byline":
            score -= AFTER_BYLINE  # copies are often printed right after a byline
        if DATELINE.match(blocks[prose[k]].text):
            # a dateline opens an article: its place is under a headline, not after prose
            under = above is not None and (blocks[above].role != FREE or headline_like(blocks[above].text))
            score += DATELINE_FIT if under else -DATELINE_FIT
        return score

    at = {i: k for k, i in enumerate(prose)}

    def note(i: int | None) -> bool:
        # a bracketed note under a headline-like line: the subtitle of a decision or list,
        # `（2026年4月30日第十四届全国人民代表大会常务委员会第二十二次会议通过）`
        return i is not None and bracketed(blocks[i].text) and \
            (above := neighbour_index(blocks, i, -1)) is not None and headline_like(blocks[above].text)

    def anchored(k: int) -> bool:
        # right under a headline or crosshead (as the line model reads it), a label or a
        # subtitle; or a note under a headline, or the headline over such a note (several
        # decisions or lists, each under its note, repeat both)
        i = prose[k]
        if note(i) or note(neighbour_index(blocks, i, 1)):
            return True
        above = neighbour_index(blocks, i, -1)
        if above is None or start_p[k] < OPEN_START:
            # (a lead quote or formula opens a sentence: a copy under a heading that starts
            # mid-sentence, `征程上，为书写…`, is a piece of running text printed out of place)
            return False
        if blocks[above].role in ("subtitle", "label"):
            return True
        return above in at and headline_like(blocks[above].text) and reads_as_headline(lines[at[above]])

    dups = find_duplicates([blocks[i] for i in prose], fit, anchored,
                           headline=lambda k: reads_as_headline(lines[k]))
    gone = set()
    for d in dups:
        b = blocks[prose[d.block]]
        b.role = "duplicate"
        for span, twin in zip(b.spans, _twin_lines(blocks, b, d.twin)):
            page.removed.append(Removed("duplicate", span, twin))
        gone.add(d.block)
        log.debug("duplicate block at %d-%d, twin %s", b.start, b.end, d.twin)
    return [k for k in range(n) if k not in gone]


def entry_fit(above: str | None, cont: float, start: float, headline_above: bool = True,
              cont_past: float | None = None) -> float:
    """How well a block fits right under the prose block ``above`` (None: the page's
    first), given the seam model's log-odds that it goes on from that block (``cont``)
    and that it opens a paragraph (``start``); one term of a copy's fit. On a
    hard-wrapped page (``headline_above`` False) a short open line is a printed line of
    prose the joining left alone, no headline. ``cont_past``: the log-odds that the block
    right after this one goes on from ``above`` (None when the three do not stand together)."""
    if above is not None and _cut_prose(above):
        if cont_past is not None and cont_past > cont + HOLE_TAKEN:
            return cont  # the sentence goes on past the block: it fills no gap
        # a copy right after a sentence cut off mid-way fills that gap: the printed place
        return HOLE_FIT + HOLE_CONT * cont
    if above is not None and is_open_end(above):
        # a short line with no clause in it stops like a headline (`传家久`, `★某某`): under
        # it a block may as well open an article as go on from it
        return max(cont, start) if headline_above else cont
    return start


def _cut_prose(text: str) -> bool:
    """Running text (clauses or sentences, or longer than a headline) that stops mid-sentence."""
    return is_open_end(text) and (any(ch in text for ch in "，。") or len(text) > MAX_HEADING_CHARS)


def _cut_off(text: str, line_probs, end_p: float) -> bool:
    """A line of clauses that both models read as running text stopped mid-sentence
    (`尽管…任务依然繁重，但我们仍在尽最大努力为`). Over a headline, the assembler gives it to
    the article above when it shares that article's words (of corpus kickers and titles
    with a comma, 5% read so; of paragraph beginnings cut at a column end, 70%). A line
    that opens with a dateline is running text whatever the line model reads in its short
    words (`本报杭州1月2日电  （记者方敏）许多群`)."""
    if len(text) < CUT_OFF_MIN_CHARS or not is_open_end(text) or end_p >= CUT_OFF_END:
        return False
    return bool(DATELINE.match(text)) or ("，" in text and line_probs[2] > CUT_OFF_FRAGMENT)


def _next_to(blocks: list[Block], prose: list[int], step: int, neighbour: Callable[[Block], bool]) -> list[int]:
    """Indices (into prose) of blocks whose next (step 1) or previous (step -1) block on the
    page is a ``neighbour``."""
    out = []
    for k, i in enumerate(prose):
        j = neighbour_index(blocks, i, step)
        if j is not None and neighbour(blocks[j]):
            out.append(k)
    return out


def _role_in(*roles: str) -> Callable[[Block], bool]:
    return lambda block: block.role in roles


def _opens_with_dateline(block: Block) -> bool:
    return opens_with_dateline(block.text)


def _backward_tails(blocks: list[Block], prose: list[int], cut_off: set[int], seams: dict[int, int],
                    score: np.ndarray, start_p: np.ndarray) -> dict[int, int]:
    """Running text cut mid-sentence that the forward assignment left open, joined to a
    sure tail printed above it (see :func:`match_backward_tails`). An open end right above
    a `下转` marker jumps away; a title or a kicker is no open end."""
    rights = set(seams.values())
    jumps_away = set(_next_to(blocks, prose, 1, _role_in("jump_to")))
    lefts = [k for k, i in enumerate(prose) if k not in seams and i in cut_off and k not in jumps_away]
    tails = [k for k in range(len(prose)) if k not in rights and start_p[k] < SURE_TAIL_START]
    return match_backward_tails(seams, score, lefts, tails, BACKWARD_TAIL_MIN)


def _follow_columns(an: Analysis, texts: list[str], headings: list[bool], seams: dict[int, int], score: np.ndarray,
                    width: int) -> dict[int, int]:
    """Where the page's column height shows (banmian.restore.rhythm), it tells which seams
    fall on column ends: those gain (``score`` in place), joins after a cut where no column
    ends lose, and the page is matched again; and it tells, of each lone heading between
    two bodies, whether the body runs on through it (``an.column_flow``). (Matching a third
    time changed nothing on development pages.)"""
    bodies = _bodies(an.blocks, an.prose, headings)
    layout = lay_out_columns(texts, seams, bodies, width, is_open_end)
    if layout is None:
        return seams
    for k, j in layout.seams_on_ends():
        score[k, j] += COLUMN_END
    for k, j in layout.seams_off_ends():
        score[k, j] -= OFF_COLUMN_END
    seams = match_seams(an.lefts, score)
    layout = lay_out_columns(texts, seams, bodies, width, is_open_end)
    if layout is not None:
        an.column_flow = _column_flow(layout, texts, an.blocks, an.prose, headings, bodies)
    return seams


def _bodies(blocks: list[Block], prose: list[int], headings: list[bool]) -> list[int]:
    """For each prose block, the body (run of body text) it belongs to: a heading line is
    one of its own, and so a body ends at it, as at any block that is not prose (a
    byline, a subtitle, a jump marker)."""
    body, out = 0, []
    for k, i in enumerate(prose):
        if k and (headings[k] or headings[k - 1] or neighbour_index(blocks, i, -1) != prose[k - 1]):
            body += 1
        out.append(body)
    return out


def _column_flow(layout: ColumnLayout, texts: list[str], blocks: list[Block], prose: list[int],
                 headings: list[bool], bodies: list[int]) -> dict[int, bool]:
    """For each run of heading lines printed right between two bodies, whether the lines of
    the body below go on from the body above through them (see
    :meth:`ColumnLayout.flows_through`); keyed by the page index of each line of the run."""
    flow: dict[int, bool] = {}
    k = 1
    while k < len(prose):
        if not headings[k] or headings[k - 1]:
            k += 1
            continue
        end = k
        while end < len(prose) and headings[end]:
            end += 1
        if end < len(prose) and all(neighbour_index(blocks, prose[j], -1) == prose[j - 1] for j in range(k, end + 1)):
            verdict = layout.flows_through(bodies[k - 1], texts[k:end], bodies[end])
            if verdict is not None:
                flow.update((prose[j], verdict) for j in range(k, end))
        k = end
    return flow


def _chains(prose: list[int], seams: dict[int, int]) -> list[Chain]:
    rights = set(seams.values())
    chains = []
    for k in range(len(prose)):
        if k in rights:
            continue
        members = [prose[k]]
        while k in seams:
            k = seams[k]
            members.append(prose[k])
        chains.append(Chain(members))
    return chains


def _twin_lines(blocks: list[Block], copy: Block, twin: tuple[int, int]) -> list[tuple[int, int]]:
    """The twin of each printed line of a removed copy: the same characters of the twin,
    which may run over other line breaks (hard-wrapped pages) than the copy's."""
    if len(copy.spans) == 1:
        return [twin]
    inside = [p for b in blocks for s, e in b.spans if s < twin[1] and e > twin[0]
              for p in range(max(s, twin[0]), min(e, twin[1]))]
    if len(inside) != len(copy.text):
        return [twin] * len(copy.spans)
    out, at = [], 0
    for s, e in copy.spans:
        out.append((inside[at], inside[at + e - s - 1] + 1))
        at += e - s
    return out


def _naive_chains(blocks: list[Block], prose: list[int]) -> list[Chain]:
    """The baseline: join a block to the next prose block when it does not end a sentence."""
    chains: list[Chain] = []
    joining = False
    for k, i in enumerate(prose):
        if joining and chains and k > 0 and all(blocks[j].role == "furniture" for j in range(prose[k - 1] + 1, i)):
            chains[-1].blocks.append(i)
        else:
            chains.append(Chain([i]))
        joining = is_open_end(blocks[i].text) and len(blocks[i].text) > 24
    return chains


def _account(page: Page, blocks: list[Block]) -> None:
    """Put every character no article took into ``removed`` with its reason."""
    for b in blocks:
        if b.role == "furniture":
            page.removed.append(Removed("furniture", (b.start, b.end)))
        elif b.role == "byline" and ornament_prefix(b.text):
            page.removed.append(Removed("ornament", (b.start, b.start + ornament_prefix(b.text))))
    covered = [s for a in page.articles for s in a.spans()] + [r.span for r in page.removed]
    taken = set()
    for s, e in covered:
        taken.update(range(s, e))
    for b in blocks:
        lost = [p for start, end in b.spans for p in range(start, end) if p not in taken]
        # A safety net: characters no stage placed are reported, never dropped silently.
        for start, end in _runs(lost):
            log.warning("%s: characters %d-%d were not placed; recorded as unplaced", page.source, start, end)
            page.removed.append(Removed("unplaced", (start, end)))
            covered.append((start, end))
    for span in whitespace_gaps(page.text, covered):
        page.removed.append(Removed("whitespace", span))
    page.removed.sort(key=lambda r: r.span)


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Maximal runs of consecutive positions, as spans."""
    runs: list[tuple[int, int]] = []
    for p in positions:
        if runs and runs[-1][1] == p:
            runs[-1] = (runs[-1][0], p + 1)
        else:
            runs.append((p, p + 1))
    return runs
