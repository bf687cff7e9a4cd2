"""Articles: cut the page's reading order into articles and fill their fields.

Input is the page's blocks with their fixed roles, the seams chosen by
:mod:`banmian.restore.matching` (chains of blocks that form one paragraph), and the
line model's view of each free line. A heading group (kicker, title, subtitle, byline,
`上接` marker) opens an article; a lone short line inside a body is a crosshead unless
the text after it reads like another story. Paragraph chains go to the article open
where they start; the paragraphs that follow an interleaved tail are shared out
between the tail's article and the open one by topic.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Article, Block, Field, Paragraph
from .cues import (CLOSERS, COLUMN_TAG, LAYOUT_CREDIT, ORDER_HEADER, PHOTO_CREDIT, SIGNATURE_DATE,
                   SUBTITLE_VERBS, opens_with_dateline, parse_jump)
from .banners import is_banner
from .features import HeadingContext, title_features
from .heading_lines import (DOCUMENT_NUMBER, SECTION_LABEL, bare_name, bracketed, dice, headline_like, is_heading_line,
                            numbered_item, parallel_clauses, short_unstopped, stacked_by_form)
from .topic import bigrams, cosine, cosines_left_out
from .matching import is_open_end
from .roles import neighbour_index, ornament_prefix

# A prose-like second line under a title is the lead paragraph only when it reads like a
# sentence: long, with a comma; shorter lines there are titles under their kicker.
LEAD_MIN_CHARS = 24
# The line model's P(fragment) above which a line with clauses is a piece of running text.
# (0.9 when it was naive Bayes, whose posteriors were more extreme: the refined model reads
# `统筹保护和利用，要避免一刀切做法，…的本领` 0.88; development pages +0.4/0 at 0.8.)
FRAGMENT_SURE = 0.8
# How far the title decision reads ahead: the text up to the next heading, at most this much.
SEGMENT_CHARS = 1200
HEADING_ROLES = ("byline", "subtitle", "jump_from")
MAX_CROSSHEAD_LINES = 3
KICKER_ENDS = ("——", "—")  # a line ending so leads into the title under it
# The signature of an editor's note (`——编  者`) that introduces a feature.
EDITORS_NOTE = re.compile(r"——[\s\u3000]*编[\s\u3000]*者")
# A heading printed inside another story's column (see ArticleBuilder._printed_inside) cuts
# off at most this many of its paragraphs; the story's cut paragraph is prose this long.
MAX_COLUMN_PARAGRAPHS = 4
MIN_CUT_CHARS = 12
# Log-odds for a crosshead where the body under a heading goes on counting lines from the
# body above (titles did by chance 3 times in 156 on development pages, crossheads 91 in
# 105), and for a title where it does not.
FLOWS_THROUGH = 6.0
STARTS_AFRESH = 2.0
PHOTO_REPORTS = ("图片报道", "图片新闻")  # column names of a photo report (captions and credits)


@dataclass(slots=True)
class Chain:
    """One output paragraph: page block indices in order."""

    blocks: list[int]
    role: str = "body"


@dataclass
class _Open:
    """An article being assembled."""

    article: Article
    bigrams: Counter = field(default_factory=Counter)
    heading_text: str = ""
    crosshead_groups: list[tuple[str, ...]] = field(default_factory=list)  # the lines of each crosshead group
    sectioned: bool = False  # a feature's banner over bylined sections (see _section_heading)
    section_lines: int = 0  # heading lines of the first section under an editor's note (see _noted_section)
    opened_after: _Open | None = None  # the article open when this one's heading came


class ArticleBuilder:
    """Walks the page once and produces articles (see the module docstring)."""

    def __init__(self, blocks: list[Block], chains: list[Chain], member_of: dict[int, int],
                 line_probs: dict[int, tuple], start_open: dict[int, bool], idf: dict[str, float],
                 weights=None, on_title=None, indents: dict[int, int] | None = None,
                 cut_off: set[int] | None = None, poem: set[int] | None = None,
                 column_flow: dict[int, bool] | None = None):
        self.blocks = blocks
        self.chains = chains
        self.member_of = member_of  # block index -> chain index, for blocks inside a chain
        self.line_probs = line_probs  # free single-block index -> (head, cross, frag)
        self.start_open = start_open  # chain head block -> starts mid-sentence
        self.weights = weights  # learned title-vs-crosshead weights (None: line model alone)
        self.on_title = on_title
        self.opened: list[_Open] = []
        self.idf = idf
        self.chain_article: dict[int, _Open] = {}
        self.held: dict[int, _Open] = {}  # paragraph (chain) -> what follows its tail printed above it
        self.indents = indents or {}  # free block -> +1 indented, -1 flush, 0 (the page does not indent)
        self.cut_off = cut_off or set()  # free blocks that read as running text cut mid-sentence
        self.poem = poem or set()  # free blocks that are lines of a poem: paragraphs, never headlines
        # heading line -> whether the body under it goes on counting the lines of the body above
        self.column_flow = column_flow or {}
        # (paragraphs after an interleaved tail, open article) while a heading group is placed
        # under a tail that may go on (see build): the lines it gives that article join the contest
        self.contest: tuple[list[int], _Open] | None = None

    # -- the items of the reading order -------------------------------------------------
    def items(self) -> list[tuple[str, int]]:
        """("chain", c) | ("heading", block) | ("jump_to", block) | ("member", c) in reading order."""
        out = []
        heads = {ch.blocks[0]: c for c, ch in enumerate(self.chains)}
        for i, b in enumerate(self.blocks):
            if b.role in ("furniture", "duplicate"):
                continue
            if i in heads:
                c = heads[i]
                ch = self.chains[c]
                in_brackets = bracketed(b.text)
                after = neighbour_index(self.blocks, i, 1)
                before_jump = after is not None and self.blocks[after].role == "jump_to"
                # (a headline stands over a byline or a dash subtitle however it ends: `食用野生动物，重罚！`)
                over_heading_role = after is not None and self.blocks[after].role in ("byline", "subtitle") and \
                    short_unstopped(b.text)
                # (and a line that stops mid-sentence between a headline and a dateline is the
                # headline's deck, however long: `审议通过《…》，…；讨论通过《…》`)
                deck = bool(out) and out[-1][0] == "heading" and self.blocks[out[-1][1]].role != "jump_from" and \
                    is_open_end(b.text) and self._over_dateline(i)
                if len(ch.blocks) == 1 and ch.role == "body" and i in self.line_probs and not before_jump and \
                        (over_heading_role or deck
                         or is_heading_line(b.text, self.line_probs[i]) and not self._inside_poem(i)) and \
                        not self._clause_over_prose(i, after) and not self._indented_fragment(i) and \
                        (not in_brackets or (out and out[-1][0] == "heading")):
                    # a line in brackets is a subtitle under a headline, else a note in the body;
                    # the line above a `下转` marker ends a body, however short
                    out.append(("heading", i))
                else:
                    out.append(("chain", c))
            elif i in self.member_of:
                out.append(("member", self.member_of[i]))
            elif b.role == "subtitle" and not (out and out[-1][0] == "heading"
                                               and self.blocks[out[-1][1]].role != "jump_from"):
                # `——习近平`, `——编  者`: a dash line after body text signs a quote or a
                # note; only right under a headline is it a subtitle (a part continued
                # from another page repeats its title, and under `（上接…）` comes body).
                self.chains.append(Chain([i], "body"))
                out.append(("chain", len(self.chains) - 1))
            elif b.role == "byline" and out and out[-1][0] in ("chain", "member"):
                # A name line right after running text, with no headline over it, signs a
                # section inside the body (a symposium's contributors, a list of award
                # winners); of articles a byline alone would open, 1 in 39 was one. Its
                # ornament (`□`) stays in the paragraph, as printed.
                b.role = "body"
                self.chains.append(Chain([i], "body"))
                out.append(("chain", len(self.chains) - 1))
            elif b.role in HEADING_ROLES:
                out.append(("heading", i))
            elif b.role == "jump_to":
                out.append(("jump_to", i))
        return out

    def _clause_over_prose(self, i: int, after: int | None) -> bool:
        """A line of clauses that reads as a cut fragment (`该剧将于明年年中拍摄完成，并在中意`)
        with plain prose under it is running text. (A kicker with commas stands over its
        title, a headline-like line, so it stays a heading; so does a title in parallel form,
        `居民烦心事，消解在源头`, which no seam ran on; and a line over a dateline, which only
        ever opens an article, is its headline.)"""
        text = self.blocks[i].text
        if "，" not in text or self.line_probs[i][2] < FRAGMENT_SURE or parallel_clauses(text):
            return False
        if after is not None and opens_with_dateline(self.blocks[after].text):
            return False
        below = self.line_probs.get(after) if after is not None else None
        return below is not None and below[0] + below[1] < 1 - FRAGMENT_SURE

    def _indented(self, i: int) -> bool:
        """Is block ``i`` indented as a paragraph is, on a page that indents them?"""
        return self.indents.get(i, 0) > 0

    def _indented_fragment(self, i: int) -> bool:
        """Is this line running text: indented as paragraphs are (on a page that indents them),
        with clauses the line model reads as a cut fragment (`　　按照安排，比赛分为小组赛和总`)?
        Headlines are printed flush. (A quote that closes, `“解决…，是最大的欣慰”`, may
        still head a section of a feature printed with indents.)"""
        text = self.blocks[i].text
        return self._indented(i) and "，" in text and self.line_probs[i][2] > FRAGMENT_SURE \
            and not parallel_clauses(text) and text[-1] not in CLOSERS

    # -- articles --------------------------------------------------------------------
    def _heading_parts(self, group: list[int]) -> tuple[int | None, int | None, list[int], list[int], list[int]]:
        """Kicker, title, subtitles and body lines of a heading group's free lines.

        Free lines after a byline or `上接` marker already belong to the body (a lead
        paragraph printed without final punctuation); so does a prose-like line after
        the title.
        """
        first_fixed = next((k for k, i in enumerate(group) if self.blocks[i].role in ("byline", "jump_from")), len(group))
        heads = [i for i in group[:first_fixed] if self.blocks[i].role not in HEADING_ROLES]
        body = [i for i in group[first_fixed:] if self.blocks[i].role not in HEADING_ROLES]
        if heads and not numbered_item(self.blocks[heads[0]].text):
            # `一、…` `二、…` under a headline are the items of its body, never headlines
            body = [i for i in heads if numbered_item(self.blocks[i].text)] + body
            heads = [i for i in heads if not numbered_item(self.blocks[i].text)]
        order = next((k for k in range(1, len(heads)) if ORDER_HEADER.fullmatch(self.blocks[heads[k]].text)), None)
        if order is not None:
            # a decree's header under its title opens the body, with its number line (`第837号`)
            body = heads[order:] + body
            heads = heads[:order]

        def prose_like(i: int) -> bool:
            return self.line_probs.get(i, (0, 0, 0))[2] > 0.5

        names: list[int] = []
        at = next((k for k in range(1, len(heads)) if bare_name(self.blocks[heads[k]].text)), None)
        if at is not None and first_fixed == len(group):
            # `杨蕾歆` under a title: the byline, printed without 记者; lines after it are the lead
            names.append(heads[at])
            body = heads[at + 1:] + body
            heads = heads[:at]
        kicker = title = None
        subtitles: list[int] = []
        if len(heads) >= 2 and is_banner(self.blocks[heads[0]].text):
            # `微阅读` over the first item's headline: the banner titles the collection,
            # the item's headline is its first crosshead
            title, body = heads[0], heads[1:] + body
        elif len(heads) == 1:
            title = heads[0]
        elif len(heads) >= 2:
            a, b, rest = heads[0], heads[1], heads[2:]
            a_text, b_text = self.blocks[a].text, self.blocks[b].text
            form = stacked_by_form(a_text, b_text)
            if form is False:
                kicker, title = a, b
            elif form:
                title, subtitles = a, [b]
            elif prose_like(b) and len(b_text) > LEAD_MIN_CHARS and "，" in b_text:
                if b == group[-1] and self._over_dateline(b):
                    # a dateline opens the body: what stands right above it is a deck
                    # (`审议通过《…》，…；讨论通过《…》`)
                    title, subtitles = a, [b]
                else:
                    title, body, rest = a, [b, *rest] + body, []  # lead lines under the title: the body
            elif (not rest or prose_like(rest[0])) and self._title_over_subtitle(a, b):
                # (over a third headline line the two are kicker and title: that line is the
                # subtitle, as a headline has no second subtitle)
                title, subtitles = a, [b]
            else:
                kicker, title = a, b
            for i in rest:
                if not subtitles and not prose_like(i):
                    subtitles.append(i)
                else:
                    body.append(i)
        return kicker, title, subtitles, sorted(body), names

    def _over_dateline(self, i: int) -> bool:
        """Is block ``i`` printed right above a dateline (`新华社北京10月8日电`)?"""
        after = neighbour_index(self.blocks, i, 1)
        return after is not None and opens_with_dateline(self.blocks[after].text)

    def _title_over_subtitle(self, upper: int, lower: int) -> bool:
        """Two stacked headline lines: title over subtitle, or kicker over title? The
        learned pair model decides; without weights, a lower line that reports an act
        (`王某某出席并讲话`) is the subtitle."""
        a, b = self.blocks[upper].text, self.blocks[lower].text
        if self.weights is None:
            return bool(SUBTITLE_VERBS.search(b)) and not SUBTITLE_VERBS.search(a)
        unknown = (0.5, 0.5, 0.0)
        return self.weights.title_over_subtitle(a, b, self.line_probs.get(upper, unknown),
                                                self.line_probs.get(lower, unknown))

    def _open(self, group: list[int]) -> _Open:
        art = Article()
        kicker, title, subtitles, body, names = self._heading_parts(group)
        texts = [self.blocks[i].text for i in (kicker, title) if i is not None]
        art.kicker = self._field([kicker]) if kicker is not None else None
        art.title = self._field([title]) if title is not None else None
        subtitles += [i for i in group if self.blocks[i].role == "subtitle"]
        if subtitles:
            art.subtitle = self._field(sorted(subtitles))
        bylines = sorted(names + [i for i in group if self.blocks[i].role == "byline"])
        if bylines:
            art.byline = self._field(bylines, strip_ornament=True)
        for i in group:
            if self.blocks[i].role == "jump_from":
                art.continued_from_page = parse_jump(self.blocks[i].text)[1]
                art.jumps.append((self.blocks[i].start, self.blocks[i].end))
        if title is None:
            art.flags.append("no_title")
        op = _Open(art, heading_text="".join(texts))
        op.bigrams = bigrams(op.heading_text)
        self.opened.append(op)
        for i in body:
            self._crosshead(op, i)
        return op

    def _field(self, idx: list[int], strip_ornament: bool = False) -> Field:
        spans, parts = [], []
        for i in idx:
            b = self.blocks[i]
            cut = ornament_prefix(b.text) if strip_ornament else 0
            (first_start, first_end), *rest = b.spans
            spans += [(first_start + cut, first_end), *rest]
            parts.append(b.text[cut:])
        return Field("".join(parts), spans)

    def _chain_text(self, c: int) -> str:
        return "".join(self.blocks[i].text for i in self.chains[c].blocks)

    def _attach(self, op: _Open, c: int) -> None:
        ch = self.chains[c]
        spans = [span for i in ch.blocks for span in self.blocks[i].spans]
        text = self._chain_text(c)
        if not op.article.paragraphs and self.start_open.get(ch.blocks[0], False) and ch.role == "body":
            op.article.head_missing = True
        op.article.paragraphs.append(Paragraph(text, spans, ch.role))
        op.bigrams.update(bigrams(text))
        self.chain_article[c] = op
        if c in self.held:
            self._release(op, c)

    def _segment(self, items: list[tuple[str, int]], k: int) -> tuple[str, list[int] | None]:
        """The body text from item ``k`` up to the next heading group, and that group."""
        parts, size = [], 0
        while k < len(items) and items[k][0] != "heading":
            if items[k][0] == "chain" and size < SEGMENT_CHARS:
                parts.append(self._chain_text(items[k][1]))
                size += len(parts[-1])
            k += 1
        group = []
        while k < len(items) and items[k][0] == "heading":
            group.append(items[k][1])
            k += 1
        return "".join(parts)[:SEGMENT_CHARS], group or None

    def _starts_back_heading(self, group: list[int], items: list[tuple[str, int]], k: int) -> bool:
        """Does item ``k`` (a heading line) begin another heading group, though the lines run on?

        A repeated title over `（上接第一版）` heads the back part of a story from another
        page; when the lines above it already hold a byline or a marker, they are the end
        of another heading and its lead, not part of this one.
        """
        nxt = k + 1
        return bool(group) and nxt < len(items) and items[nxt][0] == "heading" and \
            self.blocks[items[nxt][1]].role == "jump_from" and \
            any(self.blocks[i].role in ("byline", "jump_from", "subtitle") for i in group)

    def _series(self, group: list[int], next_group: list[int] | None, current: _Open) -> float:
        """How alike the group is to the open article's last crosshead group and to the
        next bare heading group, line by line from the last (character-bigram Dice):
        crossheads of a series repeat their words (`坚定信心——凝聚打赢…的精神力量` /
        `同舟共济——形成打赢…的强大合力`, `全国人大代表、…：` over each speaker's quote), the
        headings of neighbouring stories seldom do."""
        lines = [self.blocks[i].text for i in group]
        others = current.crosshead_groups[-1:]
        if next_group is not None and self._bare(next_group):
            others.append(tuple(self.blocks[i].text for i in next_group))
        return max((dice(a, b) for other in others for a, b in zip(lines[::-1], other[::-1])), default=0.0)

    @staticmethod
    def _photo_report_closed(op: _Open) -> bool:
        """Has a photo report (`图片报道`: captions under the column's name) printed its
        photographer's credit? It ends there: 72% of the corpus's 589 carry no heading
        inside, and the headline after the credit is the next story's."""
        art = op.article
        last = art.paragraphs[-1] if art.paragraphs else None
        return art.title is not None and art.title.text.strip() in PHOTO_REPORTS and last is not None \
            and last.role == "caption" and bool(PHOTO_CREDIT.search(last.text))

    @staticmethod
    def _banner_open(op: _Open) -> bool:
        art = op.article
        return is_banner(art.title.text if art.title else None) or is_banner(art.kicker.text if art.kicker else None)

    def _inside_poem(self, i: int) -> bool:
        """A line of a poem with another under it (the last line of a run of verse may be
        the next story's headline)."""
        return i in self.poem and i + 1 in self.poem

    def _section_heading(self, group: list[int]) -> bool:
        """Is this the heading of a feature's section: a kicker ending in a dash, its title
        (and at most a subtitle), then the section's byline (`上海中共一大会址——` /
        `重温入党誓词 追忆光辉历史` / `本报记者 某某`)? No corpus title ends in a dash, so a
        line printed above such a kicker is the banner of a feature the sections make up
        (all 19 corpus articles that open with a section so are such features)."""
        free = [i for i in group if self.blocks[i].role not in HEADING_ROLES]
        roles = [self.blocks[i].role for i in group]
        return 2 <= len(free) <= MAX_CROSSHEAD_LINES and group[:len(free)] == free and \
            roles[len(free):] == ["byline"] and self.blocks[free[0]].text.endswith(KICKER_ENDS) and \
            not any(self.blocks[i].text.endswith(KICKER_ENDS) for i in free[1:])

    def _noted_section(self, op: _Open, group: list[int]) -> bool:
        """Is this the heading of a section (its lines, then its byline) of a feature an
        editor's note introduced? An unbylined article signed `——编  者` goes on under
        bylined sections: 84 of the 278 corpus articles that go on after such a note hold
        section bylines, against 34 notes that end their article. Later sections are headed
        alike (as many lines over the byline as the first, none tagged with a column's name
        as a story's title is): the next story is not one. The first section stands right
        under the note; a note box of its own (`编者按`) introduces stories, not sections."""
        art = op.article
        if art.byline is not None or art.title is None or art.title.text.strip().startswith("编者"):
            return False
        if op.section_lines == 0 and not (art.paragraphs and EDITORS_NOTE.fullmatch(art.paragraphs[-1].text.strip())):
            return False
        roles = [self.blocks[i].role for i in group]
        lines = len(group) - 1
        return 1 <= lines <= MAX_CROSSHEAD_LINES and roles[-1] == "byline" and \
            all(role not in HEADING_ROLES for role in roles[:-1]) and op.section_lines in (0, lines) and \
            not any(COLUMN_TAG.search(self.blocks[i].text) for i in group[:-1])

    def _section(self, op: _Open, group: list[int]) -> None:
        """A section of a feature: its heading lines are crossheads, its byline a credit."""
        for i in group:
            if self.blocks[i].role == "byline":
                self._attach_line(op, i, "credit")
            else:
                self._crosshead(op, i)

    def _kicker_leads_next_heading(self, group: list[int], items: list[tuple[str, int]], k: int) -> bool:
        """Does a kicker (`某省某县农技员某某——`) follow the subtitle that closed a headline,
        or two free lines (a title and what stands over or under it), and stand over a line
        of its own? Then it leads into the next heading: a headline reads kicker, title,
        subtitle, and no title ends in a dash (1,361 corpus lines end so, all kickers). (One
        line over it is a feature's banner; a dash line under a byline leads into the body.)"""
        line = items[k][1]
        if not group or self.blocks[line].role in HEADING_ROLES or not self.blocks[line].text.endswith(KICKER_ENDS):
            return False
        if self.blocks[group[-1]].role == "subtitle":
            return True
        over_title = k + 1 < len(items) and items[k + 1][0] == "heading" and \
            self.blocks[items[k + 1][1]].role not in HEADING_ROLES
        return over_title and len(group) >= 2 and all(self.blocks[i].role not in HEADING_ROLES for i in group)

    def _after_list(self, group: list[int], items: list[tuple[str, int]], k: int) -> bool:
        """Does item ``k`` follow the last item of a numbered list (`六、…`) and begin a
        short run of headline lines with no item among them? Then it heads the next story.
        (Lines under an item that go on to further items are the item's own list.)"""
        if not group or not numbered_item(self.blocks[group[-1]].text):
            return False
        run = []
        while k < len(items) and items[k][0] == "heading":
            run.append(items[k][1])
            k += 1
        return len(run) <= MAX_CROSSHEAD_LINES and not any(numbered_item(self.blocks[i].text) for i in run)

    def _signature(self, group: list[int], next_chain: int | None, items: list[tuple[str, int]], k: int) -> bool:
        """A letter's close and its writer's name (`祝新春快乐！` / `张陈明`) at the end of a
        body, before a credit (`（作者为…）`) or the next headline, or a signature over its
        date: the article's last lines."""
        last = self.blocks[group[-1]].text
        if len(group) > 2 or any(self.blocks[i].role in HEADING_ROLES for i in group):
            return False
        if next_chain is not None and SIGNATURE_DATE.fullmatch(self._chain_text(next_chain).strip()):
            # `中华人民共和国主席  习近平` / `2026年4月30日`, `某某管委会` / `2020年1月13日`: a
            # decree's, statement's or notice's signature (no corpus article opens with a bare
            # date: all 99 such paragraphs close a document or a part of it)
            return True
        if not bare_name(last):
            return False
        if next_chain is None:
            return k >= len(items) or items[k][0] == "heading"
        return self.chains[next_chain].role == "credit"

    def _bare(self, group: list[int]) -> bool:
        """One to three lines with no byline, subtitle or jump marker: a headline or a
        crosshead (reports print sections under crossheads as tall as headlines: kicker,
        title and subtitle lines). A name under the first line is a byline printed without
        记者 (`小小快递盒里的大学问（暖闻热评）` / `陈晓明`): a new article's heading."""
        return len(group) <= MAX_CROSSHEAD_LINES and all(self.blocks[i].role not in HEADING_ROLES for i in group) \
            and not any(bare_name(self.blocks[i].text) for i in group[1:])

    def _title_score(self, group: list[int], next_chain: int | None, items: list[tuple[str, int]], k: int,
                     current: _Open) -> float:
        """Log-odds that a bare heading group opens a new article rather than being a crosshead."""
        probs = [self.line_probs.get(i, (0.5, 0.5, 0.0)) for i in group]
        if self.weights is None:
            return math.log((probs[-1][0] + 1e-6) / (probs[-1][1] + 1e-6))
        nxt = self._chain_text(next_chain) if next_chain is not None else None
        following = bigrams(nxt[:400]) if nxt else Counter()
        segment_text, next_group = self._segment(items, k)
        segment = bigrams(segment_text)
        others = [cosine(segment, op.bigrams, self.idf) for op in self.opened if op is not current]
        art = current.article
        ctx = HeadingContext(
            lines=tuple(self.blocks[i].text for i in group),
            probs=tuple(probs),
            next_text=nxt,
            next_open=next_chain is not None and self.start_open.get(self.chains[next_chain].blocks[0], False),
            similarity=cosine(following, current.bigrams, self.idf),
            similarity_title=cosine(following, bigrams(current.heading_text), self.idf),
            segment_similarity=cosine(segment, current.bigrams, self.idf),
            other_similarity=max(others, default=0.0),
            open_paragraphs=len(art.paragraphs),
            open_crossheads=len(current.crosshead_groups),
            after_open_end=bool(art.paragraphs) and is_open_end(art.paragraphs[-1].text),
            same_shape_before=any(len(g) == len(group) for g in current.crosshead_groups),
            same_shape_after=next_group is not None and self._bare(next_group) and len(next_group) == len(group),
            open_bylined=art.byline is not None,
            open_banner=self._banner_open(current),
            # (a wire credit closes each brief under a column banner, not the collection)
            after_credit=bool(art.paragraphs) and art.paragraphs[-1].role == "credit" and not self._banner_open(current),
            indent=self.indents.get(group[-1], 0),
            series=self._series(group, next_group, current),
        )
        x = title_features(ctx)
        if self.on_title is not None:
            self.on_title(group[-1], x)
        score = self.weights.title_score(x)
        flow = self.column_flow.get(group[-1])
        if flow is not None:
            # A crosshead takes its lines in the body's columns, and the body under it goes on
            # counting from the body above; a new article's body starts its own count.
            score += -FLOWS_THROUGH if flow else STARTS_AFRESH
        return score

    def build(self) -> list[Article]:
        items = self.items()
        current: _Open | None = None
        detour: _Open | None = None  # article of an interleaved tail just seen
        contested: list[int] = []  # chains after that tail, not yet given out
        ended: _Open | None = None  # the article a `下转` marker just ended
        seen: set[int] = set()  # chains whose first block has been read
        k = 0
        while k < len(items):
            kind, ref = items[k]
            self.contest = None
            if kind == "heading":
                group = []
                while k < len(items) and items[k][0] == "heading" and not self._starts_back_heading(group, items, k) \
                        and not self._after_list(group, items, k) and not self._kicker_leads_next_heading(group, items, k):
                    group.append(items[k][1])
                    k += 1
                if self._settle(contested, detour, current):
                    # The tail ran up to this heading and may go on under it: a crosshead of
                    # its story (`建章立制——` over the next section) printed after another
                    # article. What the group gives the open article, and the paragraphs
                    # after it, stay contested between the two.
                    contested = []
                    self.contest = (contested, current)
                else:
                    contested, detour = [], None
                next_chain = items[k][1] if k < len(items) and items[k][0] == "chain" else None
                if current is not None and current.article.paragraphs and self._ends_open_article(group, next_chain, current):
                    self._attach_line(current, group[0], "body")
                    group = group[1:]
                    if not group:
                        continue
                lead = next((n for n, i in enumerate(group) if not self._indented(i)), len(group))
                if current is not None and current.article.paragraphs and 0 < lead < len(group) and \
                        all(self.blocks[i].role not in HEADING_ROLES for i in group):
                    # indented lines over a flush headline are the open story's crossheads (a
                    # headline is printed flush; its kicker too). (Not over a byline: a section's
                    # heading, which the section rules below read whole.)
                    for line in group[:lead]:
                        self._crosshead(current, line)
                    group = group[lead:]
                if self.blocks[group[0]].role not in HEADING_ROLES and self._section_heading(group[1:]):
                    # a banner over the first section of a feature opens the feature ...
                    self._settle(contested, detour, current)
                    contested, detour, self.contest = [], None, None
                    current = self._open(group[:1])
                    current.sectioned = True
                    self._section(current, group[1:])
                    continue
                if current is not None and self._noted_section(current, group):
                    current.section_lines = len(group) - 1
                    self._section(current, group)
                    continue
                if current is not None and (current.sectioned or not current.article.paragraphs) and \
                        self._section_heading(group):
                    # ... so does a headline with nothing under it yet (`技术只有长在田里才算数` /
                    # `——四位农技员的故事`), and the sections after it, headed alike, are its parts
                    current.sectioned = True
                    self._section(current, group)
                    continue
                if current is not None and current.heading_text and \
                        all(headline_like(p.text) for p in current.article.paragraphs) and \
                        self._bare(group) and self.blocks[group[0]].text.endswith(KICKER_ENDS):
                    # a kicker and its title right under a headline with no prose under it yet
                    # head the first section of that story (`吴阿姨——` / `互相加油…`), as the
                    # sections after it are headed
                    self._crosshead_group(current, group)
                    continue
                # Lines with no byline, subtitle or jump marker among them may be a
                # crosshead (one line, or two: `聚集——` / `作家入住进行创作`) rather than a
                # new article's headline.
                bare = self._bare(group)
                # A dateline (本报武汉2月17日电) only ever opens an article: what stands above it is
                # a headline, however close its topic to the article before.
                opens_here = next_chain is not None and opens_with_dateline(self._chain_text(next_chain))
                # (and so does a decree's header under its title: `…实施条例` / `中华人民共和国国务院令` /
                # `第839号` heads a decree of its own)
                opens_here = opens_here or any(ORDER_HEADER.fullmatch(self.blocks[i].text.strip()) for i in group[1:])
                # (and so does any headline after a layout credit, `版式设计：某某`, which closed its feature)
                opens_here = opens_here or (current is not None and bool(current.article.paragraphs)
                                            and bool(LAYOUT_CREDIT.match(current.article.paragraphs[-1].text)))
                if opens_here and current is not None and self._banner_open(current):
                    # the items of a column banner (`环球扫描`, `八方速递`) are wire briefs, each
                    # under its own headline and dateline: the title decision weighs them
                    opens_here = False
                if current is not None and current.article.paragraphs and \
                        all(numbered_item(self.blocks[i].text) for i in group):
                    # numbered items (`四、…` `五、…`) go on a list of the open article: the
                    # corpus has no headline that starts so, and 2,300 short paragraphs
                    for line in group:
                        self._crosshead(current, line)
                    continue
                if current is not None and current.article.paragraphs and \
                        DOCUMENT_NUMBER.fullmatch(self.blocks[group[0]].text):
                    # a decree's number (`第七十六号`) opens the next decree of a series printed as
                    # one article (24 such corpus paragraphs, no title), and what stands under it is
                    # that decree's text
                    for line in group:
                        self._crosshead(current, line)
                    continue
                if current is not None and current.article.paragraphs and self._signature(group, next_chain, items, k):
                    for line in group:
                        self._crosshead(current, line)
                    continue
                if bare and current is not None and current.article.paragraphs and \
                        SECTION_LABEL.match(current.article.paragraphs[-1].text.strip()):
                    # the headline of a section under its label (`某某委员` / `展现企业担当 助力…`): no
                    # corpus article ends with a label (86 lines), so what the label opens is its own
                    self._crosshead_group(current, group)
                    continue
                if bare and current is not None and current.article.paragraphs and len(group) == 1 and \
                        self.blocks[group[0]].text.endswith(("——", "—")):
                    # `盛会让我们坚定信心——` alone introduces what follows in the body; a kicker
                    # ending so stands over its title, which a lone line does not have
                    self._crosshead_group(current, group)
                    continue
                if bare and current is not None and current.article.paragraphs and \
                        all(self._indented(i) for i in group):
                    # lines indented as paragraphs are (on a page that indents them) crossheads
                    # of the story they stand in: headlines are printed flush
                    self._crosshead_group(current, group)
                    continue
                # (a column banner, `导读` or `微阅读`, always heads its collection: 229 corpus
                # titles, never a paragraph; a headline over a bracketed note, `（…会议通过）`,
                # heads a decision or list of its own, however like the one before it)
                if bare and not opens_here and current is not None and current.article.paragraphs and \
                        not self._photo_report_closed(current) and not is_banner(self.blocks[group[0]].text) and \
                        not any(bracketed(self.blocks[i].text) for i in group[1:]) and \
                        self._title_score(group, next_chain, items, k, current) <= 0:
                    self._crosshead_group(current, group)
                else:
                    self._settle(contested, detour, current)
                    contested, detour, self.contest = [], None, None
                    before, current = current, self._open(group)
                    current.opened_after = before
                continue
            if kind == "member":
                owner = self.chain_article.get(ref)
                if owner is None and ref not in seen:  # a tail printed above its story
                    owner = self._held_for(ref)
                if owner is not None and owner is not current:
                    self._settle(contested, detour, current)
                    contested, detour = [], owner
            elif kind == "jump_to":
                target = detour or current
                if detour is not None and contested:
                    target = self._share_before_marker(contested, detour, current)
                    contested, detour = [], None
                if target is None:
                    target = current = self._open([])
                if target is current and self._printed_inside(current):
                    target = current.opened_after
                    self._hand_back(current, target)
                target.article.continued_to_page = parse_jump(self.blocks[ref].text)[1]
                target.article.jumps.append((self.blocks[ref].start, self.blocks[ref].end))
                if target is current:
                    # `（下转第四版）` ends the article on this page: what follows is another one
                    # (often the part of a story continued from elsewhere, with no headline).
                    self._settle(contested, detour, current)
                    contested, detour, current, ended = [], None, None, target
            elif kind == "chain":
                seen.add(ref)
                if current is None and ended is not None and self.chains[ref].role in ("caption", "credit"):
                    # a picture's caption or a credit printed after `（下转第六版）` belongs
                    # to the article the marker ended, not to an untitled one of its own
                    self._attach(ended, ref)
                    k += 1
                    continue
                ended = None
                if current is None:
                    current = self._open([])
                if detour is not None and not self.start_open.get(self.chains[ref].blocks[0], False):
                    contested.append(ref)
                else:
                    self._settle(contested, detour, current, body=ref)
                    contested, detour = [], None
                    self._attach(current, ref)
            k += 1
        self._settle(contested, detour, current)
        self.opened += self.held.values()  # never placed (no paragraph ends in them): kept as they are
        return [op.article for op in self.opened if op.article.spans()]

    def _printed_inside(self, op: _Open) -> bool:
        """Was the heading of a continued part (`…` / `（上接第14版）`) printed inside the
        story open before it? Then what stands between that heading and a `（下转…）` marker
        is that story's column, cut by the heading: it goes on from the story's last
        paragraph (mid-sentence, or flush where paragraphs are indented), and a part
        carried from one page and on to another within a few paragraphs is rare."""
        before = op.opened_after
        if op.article.continued_from_page is None or before is None or before.article.continued_to_page is not None \
                or not before.article.paragraphs or not op.article.paragraphs:
            return False
        last, first = before.article.paragraphs[-1], self._first_block(op)
        return len(op.article.paragraphs) <= MAX_COLUMN_PARAGRAPHS and last.role == "body" and \
            len(last.text) >= MIN_CUT_CHARS and is_open_end(last.text) and \
            (self.start_open.get(first, False) or self.indents.get(first, 0) < 0)

    def _first_block(self, op: _Open) -> int | None:
        """The block that opens the first paragraph of ``op``."""
        start = op.article.paragraphs[0].spans[0][0]
        return next((i for i, b in enumerate(self.blocks) if b.spans and b.spans[0][0] == start), None)

    def _hand_back(self, op: _Open, before: _Open) -> None:
        """Give the paragraphs of ``op`` back to the story they were cut from (see
        :meth:`_printed_inside`); ``op`` keeps its heading and takes what follows."""
        for c, owner in list(self.chain_article.items()):
            if owner is op:
                self.chain_article[c] = before
        for para in op.article.paragraphs:
            before.article.paragraphs.append(para)
            before.bigrams.update(bigrams(para.text))
        op.article.paragraphs = []
        op.article.head_missing = False
        op.bigrams = bigrams(op.heading_text)

    def _share_before_marker(self, contested: list[int], detour: _Open, current: _Open | None) -> _Open:
        """Share out the paragraphs between an interleaved tail and a `（下转…）` marker, and
        return the article the marker ends: the one its last paragraph went to. A
        crosshead right above the marker goes with the paragraph before it (a part may end
        with one: `“从0到1”为什么如此重要` / `（下转第八版）`), which its few words could not tell."""
        n = len(contested)
        while n and headline_like(self._chain_text(contested[n - 1])):
            n -= 1
        self._settle(contested[:n], detour, current)
        owner = self.chain_article.get(contested[n - 1], detour) if n else detour
        for c in contested[n:]:
            self._attach(owner, c)
        return owner

    def _held_for(self, c: int) -> _Open:
        """The paragraphs that follow a tail printed above its story are held until the
        paragraph the tail ends (chain ``c``) is placed, then join its article."""
        if c not in self.held:
            self.held[c] = _Open(Article(), bigrams=bigrams(self._chain_text(c)))
        return self.held[c]

    def _release(self, op: _Open, c: int) -> None:
        held = self.held.pop(c)
        for d, owner in list(self.chain_article.items()):
            if owner is held:
                self.chain_article[d] = op
        op.article.paragraphs += held.article.paragraphs
        op.article.jumps += held.article.jumps
        op.article.continued_to_page = held.article.continued_to_page or op.article.continued_to_page
        op.bigrams.update(held.bigrams)

    def _ends_open_article(self, group: list[int], next_chain: int | None, current: _Open) -> bool:
        """Is the group's first line the cut-off end of the open article rather than a
        headline? It must read as running text stopped mid-sentence (``cut_off``) and
        share more words with the open article than with the headline and text under it:
        the front part of a story continued elsewhere without a `下转` marker ends so, and
        a kicker with clauses (`快递企业加大人才储备，青年工程师…`) speaks of its title."""
        first = group[0]
        if first not in self.cut_off:
            return False
        below = "".join(self.blocks[i].text for i in group[1:])
        if next_chain is not None:
            below += self._chain_text(next_chain)[:400]
        words = bigrams(self.blocks[first].text)
        return cosine(words, current.bigrams, self.idf) > cosine(words, bigrams(below), self.idf)

    def _crosshead_group(self, op: _Open, group: list[int]) -> None:
        """A bare heading group judged a crosshead: its lines go into the body, and the
        article remembers the group (the title decision weighs later groups against it)."""
        op.crosshead_groups.append(tuple(self.blocks[i].text for i in group))
        for line in group:
            self._crosshead(op, line)

    def _crosshead(self, op: _Open, line: int) -> None:
        frag = self.line_probs.get(line, (0, 0, 0))[2]
        self._attach_line(op, line, "crosshead" if frag < 0.5 else "body")

    def _attach_line(self, op: _Open, line: int, role: str) -> None:
        self.chains.append(Chain([line], role))
        if self.contest is not None and op is self.contest[1]:
            self.contest[0].append(len(self.chains) - 1)
        else:
            self._attach(op, len(self.chains) - 1)

    def _settle(self, contested: list[int], detour: _Open | None, current: _Open | None,
                body: int | None = None) -> bool:
        """Share the paragraphs after an interleaved tail between its article and the open
        one; True when the tail's article took them all (none, if there were none). ``body``:
        the chain the open article takes next, whatever is settled (a paragraph that opens
        mid-sentence): its words are read as the open article's, which then has a body and
        need not be given one of the contested paragraphs."""
        if detour is None or current is None:
            for c in contested:
                self._attach(current or detour, c)
            return False
        if not contested:
            return True
        texts = [bigrams(self._chain_text(c)[:400]) for c in contested]
        current_bg = current.bigrams if body is None else current.bigrams + bigrams(self._chain_text(body)[:400])
        # An open article that holds only its headline is too little to compare with: each
        # paragraph left to it is compared with the headline and the other paragraphs left
        # to it, and so, for balance, each paragraph given to the tail's article with that
        # article and the others given to it (a story's paragraphs share their words, and
        # would otherwise hold together under the bare headline).
        headline_only = not current.article.paragraphs
        best_k, best = 0, -1.0
        n = len(contested)
        last_k = n - 1 if headline_only and body is None else n  # an open article needs a body
        kept, moved = sum(texts, Counter()), Counter()  # the bags left and given at k (headline_only)
        for k in range(0, max(0, last_k) + 1):
            if k:
                kept, moved = kept - texts[k - 1], moved + texts[k - 1]
            if any(opens_with_dateline(self._chain_text(c)) for c in contested[:k]):
                break  # a dateline opens the open article's body: it and what follows are not the tail's
            if k < n and self.chains[contested[k]].role in ("caption", "credit"):
                continue  # a caption or credit ends what stands above it: it opens nothing
            if headline_only:
                s = cosines_left_out(texts[k:], current_bg + kept, self.idf) + \
                    cosines_left_out(texts[:k], detour.bigrams + moved, self.idf)
            else:
                s = sum(cosine(t, current_bg, self.idf) for t in texts[k:]) + \
                    sum(cosine(t, detour.bigrams, self.idf) for t in texts[:k])
            if s > best + 1e-9:
                best_k, best = k, s
        for c in contested[:best_k]:
            self._attach(detour, c)
        for c in contested[best_k:]:
            self._attach(current, c)
        return best_k == n
