"""Stitch articles that jump between the pages of one issue.

A front part ends with `(下转04版)` (or just stops mid-sentence); its back part, on the
named page, repeats the title and starts with `(上接01版)`. The restorer sets
``continued_to_page`` / ``continued_from_page`` on each page's articles; here every
(front, back) pair of one issue is scored on those links, on the repeated title and on
open sentence ends, and the pairs are chosen globally, best first, each part used once.
Parts nobody claims stay separate articles, flagged.
"""
from __future__ import annotations

import difflib
import logging
import re
from dataclasses import dataclass, field
from typing import Sequence

from ..pages.blocks import NO_LINE_START
from ..restore.cues import CLOSERS, DATELINE, SENTENCE_END, TRAILING_JUMP, parse_jump
from ..restore.topic import bigrams, cosine

log = logging.getLogger(__name__)

# A pair needs at least this much evidence to be stitched (see pair_score).
MIN_SCORE = 4.0
# Lines that end an article without a full stop: photo and text credits, wire datelines.
# Only a short line can be a credit (`本报记者 于 洋摄`); a long one ending in 图 is prose (`…蓝图`).
_CREDIT = re.compile(r"(?:摄|图|文|电|供图|制图|报道)$|^(?:本报记者|记者|通讯员|新华社)")
CREDIT_MAX_CHARS = 25
# `版式设计：…`, `图片来源：…`, `本版邮箱：…`: page furniture, not prose cut mid-sentence.
_LABEL = re.compile(r"^[^，。；：:]{1,8}[：:]")
# A fragment shorter than this is a credit or a label, not prose cut by a jump.
MIN_OPEN_CHARS = 12
# A title carried by this many parts of one issue is a column name (`图片报道`), not a repeat.
STOCK_TITLE_COUNT = 3
# A title matched by the other part's kicker or subtitle counts for this share of a title
# matched by its title (see heading_similarity).
CROSSED_HEADINGS = 0.75
# How much text of a part's end and of a back's start is compared for topic, and how
# close the tail by topic must be (see _tail_by_topic).
TOPIC_CHARS = 300
TOPIC_MIN = 0.15
TOPIC_MARGIN = 0.08
_TITLE_NOISE = re.compile(r"[\s\u3000“”‘’\"'《》「」『』（）()\[\]【】,，.。:：;；!！?？—\-·、]")


@dataclass(slots=True)
class Part:
    """One restored article of one page: a whole article, or one part of a jumping one."""

    page: int
    index: int  # position among the page's restored articles (0-based)
    article: dict
    to_page: int | None = None
    from_page: int | None = None
    open_end: bool = False
    open_start: bool = False
    title_key: str = ""
    other_keys: tuple[str, str] = ("", "")  # the kicker's and the subtitle's, as title_key (see heading_similarity)
    stock_title: bool = False  # the title heads several parts of the issue: a column name


@dataclass(slots=True)
class Stitched:
    """An archive article: its parts in reading order, and what stitching noticed."""

    parts: list[Part]
    flags: list[str] = field(default_factory=list)

    @property
    def pages(self) -> list[int]:
        out: list[int] = []
        for p in self.parts:
            if p.page not in out:
                out.append(p.page)
        return out


def _texts(article: dict) -> list[str]:
    return [p.get("text", "") for p in article.get("paragraphs") or []]


def _marker(text: str) -> tuple[str, int] | None:
    """A jump marker as a whole paragraph, or printed at its end: `…推进。（下转第四版）`."""
    text = text.strip()
    hit = parse_jump(text)
    if hit:
        return hit
    m = TRAILING_JUMP.search(text)  # bracketed, or after a space: `…作了哪些规定？ 转第11版`
    return parse_jump(m.group().strip()) if m else None


def _ends_open(text: str) -> bool:
    """True when the text stops mid-sentence: no sentence punctuation at its end, and not a
    credit line (`（新华社北京2月14日电）`, `本报记者 于 洋摄`), which ends articles without a full stop."""
    text = text.rstrip()
    if len(text) < MIN_OPEN_CHARS or text[-1] in "）)】]" or _LABEL.match(text) \
            or (len(text) <= CREDIT_MAX_CHARS and _CREDIT.search(text)):
        return False
    text = text.rstrip(CLOSERS)
    return bool(text) and text[-1] not in SENTENCE_END


def title_key(text: str | None) -> str:
    """A title reduced to its characters, for comparing a repeated title with its original."""
    return _TITLE_NOISE.sub("", text or "")


def title_similarity(a: str, b: str) -> float:
    """1.0 for the same title; high when one is a shortened form of the other."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and short in long_:
        return 0.9
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _similar_titles(a: str, b: str) -> float:
    if not a or not b or a[0] not in b and b[0] not in a:
        return 0.0
    return title_similarity(a, b)


def heading_similarity(front: Part, back: Part) -> float:
    """How alike the headings of two parts are: their titles, or one's title and the
    other's kicker or subtitle (a restorer may read a two-line headline either way:
    `斯诺克…资格赛落幕` / `10名中国球员晋级正赛` over the front, the second line alone,
    repeated, over the back). A match across fields counts for less than both markers,
    as another story's kicker may quote this one's title."""
    crossed = max(*(_similar_titles(key, back.title_key) for key in front.other_keys),
                  *(_similar_titles(front.title_key, key) for key in back.other_keys))
    return max(_similar_titles(front.title_key, back.title_key), CROSSED_HEADINGS * crossed)


def describe(page: int, index: int, article: dict) -> Part:
    """Read the jump evidence of one restored article."""
    texts = [t for t in _texts(article) if t.strip()]
    to_page = article.get("continued_to_page")
    from_page = article.get("continued_from_page")
    if to_page is None and texts:
        hit = _marker(texts[-1])
        if hit and hit[0] == "to":
            to_page = hit[1]
    if from_page is None and texts:
        hit = _marker(texts[0])
        if hit and hit[0] == "from":
            from_page = hit[1]
    body = [t for t in texts if _marker(t) is None]
    open_end = bool(body) and _ends_open(body[-1])
    open_start = bool(article.get("head_missing")) or bool(body and body[0].lstrip()[:1] in NO_LINE_START)
    return Part(page, index, article, to_page, from_page, open_end, open_start, title_key(article.get("title")),
                (title_key(article.get("kicker")), title_key(article.get("subtitle"))))


def pair_score(front: Part, back: Part) -> float:
    """Evidence that ``back`` continues ``front``; below MIN_SCORE means "not a pair"."""
    if front.page == back.page:
        return 0.0
    if front.to_page is not None and front.to_page != back.page:
        return 0.0
    if back.from_page is not None and back.from_page != front.page:
        return 0.0
    if front.from_page is not None and front.from_page == back.page:
        return 0.0  # the two parts would point at each other
    explicit = front.to_page is not None or back.from_page is not None
    if not explicit and (back.page < front.page or not (front.open_end or back.open_start)):
        # No marker at all: only a repeated title on a later page, after a front that
        # stops mid-sentence (or before a back that starts mid-sentence), can pair them.
        return 0.0
    sim = heading_similarity(front, back)
    if not explicit:
        if sim < 0.8 or front.stock_title or back.stock_title or not front.open_end:
            return 0.0
        first_f, first_b = _texts(front.article)[:1], _texts(back.article)[:1]
        if first_f and first_f == first_b:
            return 0.0  # the same article printed twice, not a jump
    # One marker names the page but not the article: it needs a second clue about this
    # front (its title repeated, or its text stopping mid-sentence) to reach MIN_SCORE.
    score = 0.0
    if front.to_page == back.page:
        score += 3.0
    if back.from_page == front.page:
        score += 3.0
    if sim >= 0.6:
        score += 4.0 * sim
    if front.open_end:
        score += 1.0
    if back.open_start:
        score += 0.5
    if front.to_page == back.page and not back.title_key:
        score += 1.0  # a part with no headline on the named page: the back lost its heading
    return score


def _split_heads(parts: list[Part], next_of: dict[int, int], prev_of: dict[int, int]) -> set[int]:
    """Rejoin a front part that the restorer split at its crossheads.

    The sign: a back part on page Q says "from page P" under the title of article F on
    P, while F has no jump marker and a later article X on P (titled with a crosshead)
    carries "to page Q" -- or, with no marker anywhere, X is the one article after F that
    stops mid-sentence. Then X is F's own tail: F is linked to the sections between them
    (when none of them has a byline or a marker of its own, they are F's too) and to X;
    X -> back is found by its markers like any jump. When F itself stops mid-sentence,
    its tail was printed under another headline, and only X's marker (with no back of
    X's own title on page Q) names it; with neither, only a section clearly closest in topic
    to the back's first words (see _tail_by_topic) is X, linked to the back here. Returns
    the indices of the parts rejoined to F.
    """
    by_page: dict[int, list[int]] = {}
    for i, part in enumerate(parts):
        by_page.setdefault(part.page, []).append(i)
    fixed: set[int] = set()
    for b_index, back in enumerate(parts):
        if back.from_page is None or not back.title_key:
            continue
        on_page = by_page.get(back.from_page, [])
        # (the front's title may have become its kicker, over a crosshead taken for the title)
        fronts = [i for i in on_page if parts[i].to_page is None and parts[i].from_page is None and i not in next_of
                  and max(title_similarity(parts[i].title_key, back.title_key),
                          title_similarity(title_key(parts[i].article.get("kicker")), back.title_key)) >= 0.8]
        if len(fronts) != 1:
            continue
        f = fronts[0]
        after = [i for i in on_page if parts[i].index > parts[f].index and parts[i].from_page is None
                 and i not in prev_of and title_similarity(parts[i].title_key, back.title_key) < 0.6]
        marked = [i for i in after if parts[i].to_page == back.page]
        if parts[f].open_end:
            marked = [i for i in marked if not _has_own_back(parts, by_page.get(back.page, []), parts[i], back)]
        tails = marked or ([] if parts[f].open_end else
                           [i for i in after if parts[i].to_page is None and parts[i].open_end])
        by_topic = not tails and not parts[f].open_end
        if by_topic:
            tails = _tail_by_topic(parts, f, after, back)
        if len(tails) != 1:
            continue
        x = tails[0]
        between = [i for i in on_page if parts[f].index < parts[i].index < parts[x].index]
        own = all(i in after and parts[i].to_page is None and not parts[i].article.get("byline") for i in between)
        # (a tail found by topic has no marker or open end to pair it with the back: link it here)
        chain = [f] + (between if own else []) + [x] + ([b_index] if by_topic and b_index not in prev_of else [])
        for a, b in zip(chain, chain[1:]):
            next_of[a], prev_of[b] = b, a
            fixed.add(b)
    return fixed


def _tail_by_topic(parts: list[Part], f: int, after: list[int], back: Part) -> list[int]:
    """With no marker and no open end to tell, the section after F whose last words are
    clearly closest in topic to the back's first words (closer than F's own and than any
    other section's) ends the front: the back goes on with its story (`…护士黄艳清` /
    `“我瞒着公公婆婆…`). A section is headed as F is (a byline under both or neither) and
    never opens with a dateline: a story next to F on the same topic is no section of it."""
    start = bigrams("".join(_texts(back.article))[:TOPIC_CHARS])
    bylined = bool(parts[f].article.get("byline"))

    def closeness(i: int) -> float:
        return cosine(bigrams("".join(_texts(parts[i].article))[-TOPIC_CHARS:]), start)

    def section(i: int) -> bool:
        texts = _texts(parts[i].article)
        return parts[i].to_page is None and bool(parts[i].article.get("byline")) == bylined and \
            not (texts and DATELINE.match(texts[0]))

    scored = sorted(((closeness(i), i) for i in after if section(i)), reverse=True)
    if not scored:
        return []
    best, runner_up = scored[0][0], scored[1][0] if len(scored) > 1 else 0.0
    if best >= TOPIC_MIN and best >= max(closeness(f), runner_up) + TOPIC_MARGIN:
        return [scored[0][1]]
    return []


def _has_own_back(parts: list[Part], on_back_page: list[int], x: Part, back: Part) -> bool:
    """Is there, on the back's page, another part continued from X's page under X's own title?"""
    return any(parts[j] is not back and parts[j].from_page == x.page and parts[j].title_key
               and title_similarity(parts[j].title_key, x.title_key) >= 0.6 for j in on_back_page)


def stitch(pages: Sequence[tuple[int, dict]]) -> list[Stitched]:
    """Stitch the restored pages of one issue into archive articles.

    :param pages: ``(page number, restored page dict)`` for every page of the issue
    :returns: articles ordered by the page and position of their first part
    """
    parts = [describe(no, i, a) for no, restored in sorted(pages, key=lambda p: p[0])
             for i, a in enumerate(restored.get("articles") or [])]
    counts: dict[str, int] = {}
    for part in parts:
        if part.title_key:
            counts[part.title_key] = counts.get(part.title_key, 0) + 1
    for part in parts:
        part.stock_title = counts.get(part.title_key, 0) >= STOCK_TITLE_COUNT
    next_of: dict[int, int] = {}
    prev_of: dict[int, int] = {}
    split_fixed = _split_heads(parts, next_of, prev_of)
    candidates = []
    for fi, front in enumerate(parts):
        for bi, back in enumerate(parts):
            if fi == bi:
                continue
            score = pair_score(front, back)
            if score >= MIN_SCORE:
                # ties: the earlier front with the earlier back, as printed
                candidates.append((-score, front.page, front.index, back.page, back.index, fi, bi))
    candidates.sort()
    for *_, fi, bi in candidates:
        if fi in next_of or bi in prev_of:
            continue
        # never close a loop: walk back from fi and make sure bi is not already ahead of it
        node, loop = fi, False
        while node in prev_of:
            node = prev_of[node]
            if node == bi:
                loop = True
                break
        if loop or node == bi:
            continue
        next_of[fi] = bi
        prev_of[bi] = fi
    out: list[Stitched] = []
    for i, part in enumerate(parts):
        if i in prev_of:
            continue
        chain = [i]
        while chain[-1] in next_of:
            chain.append(next_of[chain[-1]])
        flags: list[str] = []
        first, last = parts[chain[0]], parts[chain[-1]]
        if len({parts[j].page for j in chain}) > 1:
            flags.append("jump_stitched")
        if any(j in split_fixed for j in chain):
            flags.append("split_rejoined")
        if first.from_page is not None:
            flags.append("jump_from_unmatched")
            log.info("page %s article %s: continued from page %s, but no part there matches", first.page, first.index + 1, first.from_page)
        if last.to_page is not None:
            flags.append("jump_to_unmatched")
            log.info("page %s article %s: continued on page %s, but no part there matches", last.page, last.index + 1, last.to_page)
        out.append(Stitched([parts[j] for j in chain], flags))
    return out
