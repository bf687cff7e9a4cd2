"""Synthetic damaged pages with gold: the benchmark's input.

Real corpus articles of one date+page are laid out the way e-paper exports and PDF
extraction deliver them (see ``docs/page-text.md``), then damaged in every way that
document lists, all on the same page. The gold records what a perfect restorer returns,
as text *and* as offsets into the generated page text, so a scorer can check both.

Everything is a pure function of its arguments and an explicit ``random.Random``: the
same seed gives the same pages, byte for byte.

Gold of one page (``GeneratedPage.gold``; all offsets are ``[start, end)`` into ``.text``)::

    {"page": int,
     "articles": [{"id": corpus id, "kicker"/"title"/"subtitle"/"byline": str | None,
                   "paragraphs": [str, ...],          # exactly the printed characters
                   "head_missing": bool, "composite": bool,
                   "continued_from_page": int | None, "continued_to_page": int | None,
                   "spans": {"kicker"/"title"/"subtitle"/"byline": [s, e] | None,
                             "paragraphs": [[[s, e], ...], ...],   # one list per paragraph
                             "jumps": [[s, e], ...]}}],            # jump marker lines
     "seams": [[a_end, b_start], ...],   # joins of two blocks inside one gold paragraph
     "duplicates": [{"span": [s, e], "duplicate_of": [s, e]}],   # removed copy, kept twin
     "furniture": [[s, e], ...],         # page furniture lines
     "ornaments": [[s, e], ...]}         # the □ before bylines

Articles are in the order their headlines are printed. The byline excludes ``□``;
``composite`` marks corpus articles whose body holds an inner byline line (a banner over
several reports). :func:`check_gold` verifies all of it against the text.

Corpus text is copyrighted: write generated pages to /tmp, never into the repository.

Example::

    python -m banmian.bench.generate --corpus ../shared/corpus/rmrb-articles.jsonl.gz \\
        --out /tmp/pages --pages 20 --seed 7
"""
from __future__ import annotations

import argparse
import collections
import datetime as _dt
import gzip
import json
import logging
import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .split import split_of

__all__ = [
    "DamageConfig",
    "GeneratedPage",
    "GeneratedIssue",
    "GoldMismatch",
    "load_corpus",
    "pages_of",
    "generate_page",
    "generate_issue",
    "check_gold",
    "sample_pages",
    "main",
]

log = logging.getLogger(__name__)

# Typesetting never starts a line with these (禁则), so a column break never leaves one first.
NO_LINE_START = "，。、；：？！）》」』”’〉】…,.;:?!)%·—"
SENTENCE_END = "。！？!?；;"
INDENT = "\u3000\u3000"
BOX = "□"
_WS = " \t\u3000\u00a0"

# Short generic lines of official prose (our own wording) that may recur in two articles.
STOCK_LINES = (
    "坚持以人民为中心的发展思想。",
    "加快建设现代化产业体系。",
    "推动高质量发展取得新成效。",
    "扎实推进乡村全面振兴。",
    "不断增强人民群众获得感幸福感安全感。",
)
# Invented names for bylines and editors (never from the corpus).
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"
_GIVEN = "明华建国伟芳敏静丽强磊军洋勇艳杰涛超秀霞平刚桂英"
_WEEKDAYS = "一二三四五六日"
_CN = "〇一二三四五六七八九"


@dataclass(frozen=True)
class DamageConfig:
    """Probabilities of every kind of damage; all may occur on one page.

    Per-page events (``interleave``, ``duplicate``, ``head_missing``, ``jump``, ``typo``,
    ``same_byline``, ``stock_line``) happen with their probability ``p``, and when they do,
    a second time with probability ``p/2``. ``column_break`` is per column end; the
    layout styles (``byline_box`` … ``mixed_separators``) are chosen once per page.
    """

    furniture: float = 0.7  # page furniture lines (date, 第N版, 责编, page name, 人民日报)
    column_break: float = 0.9  # a column ending inside a paragraph splits it into two blocks
    column_chars: tuple[int, int] = (12, 22)  # characters per column line (chosen per page)
    column_lines: tuple[int, int] = (20, 60)  # lines per column (chosen per page)
    interleave: float = 0.35  # the tail of one article printed after another article
    duplicate: float = 0.35  # an exact or truncated copy of a body fragment, out of place
    head_missing: float = 0.15  # an article's first paragraph lost its beginning
    jump: float = 0.25  # an article jumps to / continues from another page
    typo: float = 0.2  # a doubled character, kept as printed
    inline_jump: float = 0.3  # a `下转` marker printed at the end of the last body line
    same_byline: float = 0.2  # two articles carry the same byline (not a duplicate)
    stock_line: float = 0.2  # two articles carry the same stock line (not a duplicate)
    byline_box: float = 0.5  # bylines printed with the □ ornament
    byline_single_spaces: float = 0.3  # bylines printed with single spaces (`本报记者 张三`)
    indent: float = 0.3  # body paragraphs indented with two full-width spaces
    single_newlines: float = 0.25  # blocks separated by single newlines (else blank lines)
    mixed_separators: float = 0.1  # blank lines and single newlines mixed on one page
    # every printed line of body text on a line of its own, as PDF-to-text tools extract
    # (off by default: page-text.md describes blocks, not lines; the benchmark reports it apart)
    hard_wrap: float = 0.0
    # on a hard-wrapped page with indents, the extraction drops the indents themselves: a
    # paragraph's first line is still set narrower, but flush (as pdftotext prints it)
    lost_indent: float = 0.0

    @classmethod
    def none(cls) -> "DamageConfig":
        """A clean layout: no damage, no furniture, blank lines between blocks."""
        return cls(**{f: 0.0 for f in _PROBABILITIES})

    @classmethod
    def every(cls) -> "DamageConfig":
        """Every kind of damage on every page (for tests)."""
        return cls(**{f: 1.0 for f in _PROBABILITIES if f not in _LAYOUT_STYLES})


_PROBABILITIES = (
    "furniture", "column_break", "interleave", "duplicate", "head_missing", "jump", "typo", "inline_jump",
    "same_byline", "stock_line", "byline_box", "byline_single_spaces", "indent", "single_newlines",
    "mixed_separators", "hard_wrap", "lost_indent",
)
_LAYOUT_STYLES = ("byline_box", "byline_single_spaces", "indent", "single_newlines", "mixed_separators", "hard_wrap",
                  "lost_indent")


@dataclass(slots=True)
class GeneratedPage:
    """One generated page: its raw text and the gold restoration (JSON-able)."""

    text: str
    gold: dict


@dataclass(slots=True)
class GeneratedIssue:
    """All pages of one date, with articles jumping between pages, and the stitched gold."""

    date: str
    pages: list[GeneratedPage]
    gold: dict


class GoldMismatch(AssertionError):
    """The gold does not agree with the generated text (a generator bug)."""


# ----------------------------------------------------------------------------- corpus


def load_corpus(path: str | Path) -> list[dict]:
    """Read the article corpus (JSON lines, optionally gzip-compressed)."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def pages_of(articles: list[dict], split: str = "eval") -> list[list[dict]]:
    """Group articles by (date, page), keeping dates of ``split``; sorted by date, page.

    :param articles: corpus articles (fields date, page, …)
    :param split: ``"eval"`` (held-out dates) or ``"train"``
    """
    groups: dict[tuple[str, int], list[dict]] = collections.defaultdict(list)
    for art in articles:
        if split_of(art["date"]) == split:
            groups[(art["date"], int(art["page"]))].append(art)
    return [groups[k] for k in sorted(groups)]


# ----------------------------------------------------------------------------- plan


@dataclass
class _Art:
    """An article as it will be printed on this page (after article-level damage)."""

    id: str
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    head_missing: bool = False
    from_page: int | None = None
    to_page: int | None = None
    from_marker: str | None = None
    to_marker: str | None = None
    protected: bool = False  # part of a cross-page jump: no page-local jump/head damage
    key: str = ""  # stable key for issue stitching


@dataclass
class _Piece:
    """One printed block (line) of the page."""

    text: str
    kind: str  # furniture | kicker | title | subtitle | byline | para | jump | dup
    art: int | None = None
    para: int | None = None
    part: int = 0
    ornament: str = ""
    source: "_Piece | None" = None  # the kept twin of a duplicate
    glue: str | None = None  # printed on the line of the piece before, after this separator
    start: int = -1
    end: int = -1


# A byline line inside a corpus article's body: the article is a banner over several reports
# (`新春走基层` with sub-headings and bylines), which a restorer may fairly split up.
_INNER_BYLINE = re.compile(r"^(本报记者|本报通讯员|新华社记者|本报特约记者)\s*\S.{0,30}$")
_EDITOR_TITLE = re.compile(r"^(本版)?责编|^版式设计")


def _art_of(doc: dict) -> _Art:
    def opt(value: str | None) -> str | None:
        value = (value or "").strip()
        return value or None

    return _Art(
        id=str(doc.get("id", "")),
        title=doc["title"].strip(),
        kicker=opt(doc.get("kicker")),
        subtitle=opt(doc.get("subtitle")),
        byline=opt(doc.get("byline")),
        paragraphs=[p.strip() for p in doc.get("paragraphs", []) if p.strip()],
        key=str(doc.get("id", "")),
    )


def _split_corpus_page(articles: list[dict]) -> tuple[list[_Art], list[str]]:
    """Articles to lay out, and editor lines (`本版责编：…`) that are page furniture."""
    arts, editor_lines = [], []
    for doc in articles:
        if _EDITOR_TITLE.match(doc.get("title", "")):
            editor_lines.append(doc["title"].strip())
            continue
        art = _art_of(doc)
        if not art.paragraphs:
            log.debug("skipped article %s: no paragraphs", art.id)
            continue
        arts.append(art)
    return arts, editor_lines


def _cn_page(n: int) -> str:
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + ("" if ones == 0 else _CN[ones])


def _to_marker(rng: random.Random, q: int) -> str:
    return rng.choice([f"(下转{q:02d}版)", f"（下转第{_cn_page(q)}版）", f"转第{q}版", f"（下转第{q}版）"])


def _from_marker(rng: random.Random, p: int) -> str:
    return rng.choice([f"(上接{p:02d}版)", f"（紧接第{_cn_page(p)}版）", f"（上接第{p}版）", f"(上接第{p}版)"])


def _fake_name(rng: random.Random) -> str:
    name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))
    return name if len(name) == 3 else name[0] + "  " + name[1]


def _cut_ok(text: str, pos: int) -> bool:
    """May a line (column) end before ``text[pos]``? Not before closing punctuation or at spaces."""
    return (
        0 < pos < len(text)
        and text[pos] not in NO_LINE_START
        and text[pos] not in _WS
        and text[pos - 1] not in _WS
    )


def _mid_sentence_cut(rng: random.Random, text: str, lo: int = 4, hi_margin: int = 4) -> int | None:
    """A cut position inside a sentence (not right after a sentence end), or None."""
    candidates = [
        i for i in range(lo, len(text) - hi_margin)
        if _cut_ok(text, i) and text[i - 1] not in SENTENCE_END and text[i - 1] not in "”’」』）)"
    ]
    return rng.choice(candidates) if candidates else None


# ----------------------------------------------------------------------------- article damage


def _events(rng: random.Random, p: float) -> int:
    """How many times a per-page event happens: once with p, twice with p*p/2."""
    if p <= 0 or rng.random() >= p:
        return 0
    return 2 if rng.random() < p / 2 else 1


def _damage_head_missing(arts: list[_Art], rng: random.Random) -> None:
    choices = [a for a in arts if not a.protected and not a.head_missing and a.from_page is None
               and len(a.paragraphs[0]) >= 16]
    if not choices:
        return
    art = rng.choice(choices)
    cut = _mid_sentence_cut(rng, art.paragraphs[0], lo=4, hi_margin=8)
    if cut is None:
        return
    art.paragraphs[0] = art.paragraphs[0][cut:]
    art.head_missing = True


def _damage_jump(arts: list[_Art], rng: random.Random, page_no: int) -> None:
    choices = [a for a in arts if not a.protected and not a.head_missing and a.from_page is None
               and a.to_page is None and len(a.paragraphs) >= 2]
    if not choices:
        return
    art = rng.choice(choices)
    if page_no > 1 and rng.random() < 0.5:  # a continuation: repeated title, marker, tail only
        start = rng.randint(1, len(art.paragraphs) - 1)
        tail = art.paragraphs[start:]
        if rng.random() < 0.6:
            cut = _mid_sentence_cut(rng, art.paragraphs[start - 1], lo=4, hi_margin=6)
            if cut is not None:
                tail = [art.paragraphs[start - 1][cut:]] + tail
                art.head_missing = True
        art.paragraphs = tail
        art.kicker = art.subtitle = art.byline = None
        art.from_page = rng.randint(1, page_no - 1)
        art.from_marker = _from_marker(rng, art.from_page)
    else:  # the front part: stops (maybe mid-sentence) with a `下转` marker
        keep = rng.randint(1, len(art.paragraphs) - 1)
        front = art.paragraphs[:keep]
        if rng.random() < 0.5:
            cut = _mid_sentence_cut(rng, front[-1], lo=8, hi_margin=4)
            if cut is not None:
                front[-1] = front[-1][:cut]
        art.paragraphs = front
        art.to_page = page_no + rng.randint(1, 12)
        art.to_marker = _to_marker(rng, art.to_page)


def _damage_typo(arts: list[_Art], rng: random.Random) -> None:
    spots = [(a, i) for a in arts for i, p in enumerate(a.paragraphs)
             if p not in STOCK_LINES and any("\u4e00" <= ch <= "\u9fff" for ch in p)]
    if not spots:
        return
    art, i = rng.choice(spots)
    text = art.paragraphs[i]
    pos = rng.choice([k for k, ch in enumerate(text) if "\u4e00" <= ch <= "\u9fff"])
    art.paragraphs[i] = text[: pos + 1] + text[pos] + text[pos + 1:]


def _damage_same_byline(arts: list[_Art], rng: random.Random) -> None:
    open_arts = [a for a in arts if a.from_page is None]
    if len(open_arts) < 2:
        return
    a, b = rng.sample(open_arts, 2)
    byline = a.byline or b.byline or "本报记者  " + _fake_name(rng)
    a.byline = b.byline = byline


def _damage_stock_line(arts: list[_Art], rng: random.Random) -> None:
    free = [a for a in arts if not a.protected]  # a stitched article's cut ends stay adjacent
    if len(free) < 2:
        return
    line = rng.choice(STOCK_LINES)
    for art in rng.sample(free, 2):
        art.paragraphs.insert(rng.randint(1, len(art.paragraphs)), line)


# ----------------------------------------------------------------------------- layout


def _furniture_lines(rng: random.Random, date: str | None, page_no: int, page_name: str | None,
                     editor_lines: list[str]) -> list[str]:
    lines = []
    if date:
        try:
            day = _dt.date.fromisoformat(date)
            lines.append(f"{day.year}年{day.month}月{day.day}日 星期{_WEEKDAYS[day.weekday()]}")
        except ValueError:
            pass
    lines.append(rng.choice([f"第{page_no}版", f"第{page_no:02d}版"]))
    lines.extend(editor_lines or [f"责编：{_fake_name(rng)}"])
    if page_name:
        lines.append(page_name)
    lines.append("人民日报")
    chosen = [ln for ln in lines if rng.random() < 0.6] or [rng.choice(lines)]
    return chosen


class _Columns:
    """A column of ``height`` lines of ``width`` characters that an article's body flows through.

    A paragraph takes ``ceil((indent + len) / width)`` lines; where the column fills up
    inside a paragraph, the column ends at that line boundary and (with probability
    ``column_break``) the extraction makes two blocks of it. Hanging punctuation: a line
    never starts with closing punctuation, it stays at the end of the line before.
    """

    def __init__(self, rng: random.Random, width: int, height: int, p_break: float):
        self.rng, self.width, self.height, self.p_break = rng, width, height, p_break
        self.line = rng.randrange(height)  # an article may start anywhere in a column

    def skip(self, lines: int) -> None:
        self.line = (self.line + lines) % self.height

    def cuts(self, text: str, indent: int = 2) -> list[int]:
        out: list[int] = []
        consumed = -indent  # characters of text set before the current line
        lines_left = -(-(len(text) + indent) // self.width)
        while lines_left > 0:
            room = self.height - self.line
            if lines_left <= room:
                self.skip(lines_left)
                break
            consumed += room * self.width
            lines_left -= room
            self.line = 0
            pos = consumed
            while 0 < pos < len(text) and not _cut_ok(text, pos):
                pos += 1
            if 0 < pos < len(text) and (not out or pos > out[-1]) and self.rng.random() < self.p_break:
                out.append(pos)
        return out

    def line_cuts(self, text: str, indent: int) -> list[int]:
        """The column breaks of a paragraph set line by line as a hard-wrapped page prints
        it: a column ends where one of its printed lines ends (hanging punctuation moves
        those ends), never inside one, so the line before a break is as full as any."""
        ends = _line_cuts(text, self.width - indent, self.width)  # ends of all lines but the last
        out: list[int] = []
        lines_left, done = len(ends) + 1, 0
        while lines_left > self.height - self.line:
            room = self.height - self.line
            lines_left -= room
            done += room
            self.line = 0
            if self.rng.random() < self.p_break:
                out.append(ends[done - 1])
        self.skip(lines_left)
        return out


def _lay_out(arts: list[_Art], rng: random.Random, damage: DamageConfig, width: int,
             box: bool, wrapped_indent: int | None = None) -> list[_Piece]:
    """The pieces of the page in reading order; ``wrapped_indent``: the indent of a
    hard-wrapped page's paragraphs (0 where none is printed), whose column breaks fall
    where its printed lines end (``None``: a page of blocks, broken by character count,
    as the benchmark's pages always were)."""
    single_spaces = rng.random() < damage.byline_single_spaces
    height = rng.randint(*damage.column_lines)
    pieces: list[_Piece] = []
    for ai, art in enumerate(arts):
        if art.kicker:
            pieces.append(_Piece(art.kicker, "kicker", ai))
        pieces.append(_Piece(art.title, "title", ai))
        if art.subtitle:
            pieces.append(_Piece(art.subtitle, "subtitle", ai))
        if art.from_marker:
            pieces.append(_Piece(art.from_marker, "jump", ai))
        if art.byline:
            byline = re.sub(r"[ \u3000]+", " ", art.byline) if single_spaces else art.byline
            pieces.append(_Piece(byline, "byline", ai, ornament=BOX if box else ""))
        column = _Columns(rng, width, height, damage.column_break)
        for pi, para in enumerate(art.paragraphs):
            if para in STOCK_LINES:
                column.skip(1)
                cuts = []
            else:
                cuts = column.cuts(para) if wrapped_indent is None else column.line_cuts(para, wrapped_indent)
            bounds = [0, *cuts, len(para)]
            for k in range(len(bounds) - 1):
                pieces.append(_Piece(para[bounds[k]:bounds[k + 1]], "para", ai, pi, part=k))
        if art.to_marker:
            inline = bool(art.paragraphs) and rng.random() < damage.inline_jump
            pieces.append(_Piece(art.to_marker, "jump", ai, glue=rng.choice(["", " "]) if inline else None))
    return pieces


def _force_cut(pieces: list[_Piece], rng: random.Random, ai: int) -> bool:
    """Cut one body piece of article ``ai`` in two (for interleaving); False if none can be cut."""
    spots = [i for i, p in enumerate(pieces) if p.art == ai and p.kind == "para" and len(p.text) >= 12]
    rng.shuffle(spots)
    for i in spots:
        piece = pieces[i]
        cands = [k for k in range(4, len(piece.text) - 3) if _cut_ok(piece.text, k)]
        if not cands:
            continue
        k = rng.choice(cands)
        later = [p for p in pieces if p.art == ai and p.para == piece.para and p.part > piece.part]
        for p in later:
            p.part += 1
        second = _Piece(piece.text[k:], "para", ai, piece.para, part=piece.part + 1)
        piece.text = piece.text[:k]
        pieces.insert(i + 1, second)
        return True
    return False


def _damage_interleave(pieces: list[_Piece], rng: random.Random, n_arts: int) -> None:
    if n_arts < 2:
        return
    order = list(range(n_arts))
    rng.shuffle(order)
    for ai in order:  # the first article that has (or can be given) a column-break cut
        if any(p.art == ai and p.kind == "para" and p.part > 0 for p in pieces) or _force_cut(pieces, rng, ai):
            break
    else:
        return
    starts = [i for i, p in enumerate(pieces) if p.art == ai and p.kind == "para" and p.part > 0]
    before = {(p.para, p.part + 1): p.text for p in pieces if p.art == ai and p.kind == "para"}
    mid_sentence = [i for i in starts if before.get((pieces[i].para, pieces[i].part), "。")[-1:] not in SENTENCE_END]
    begin = rng.choice(mid_sentence or starts)
    end = max(i for i, p in enumerate(pieces) if p.art == ai) + 1
    tail = pieces[begin:end]
    rest = pieces[:begin] + pieces[end:]
    others = sorted({p.art for p in rest if p.art is not None and p.art != ai})
    if not others:
        return
    later = [o for o in others if o > ai]
    target = rng.choice(later) if later and rng.random() < 0.8 else rng.choice(others)
    target_idx = [i for i, p in enumerate(rest) if p.art == target]
    if rng.random() < 0.5:  # after the target's headline block (its leading non-body pieces)
        pos = target_idx[0]
        while pos < len(rest) and rest[pos].art == target and rest[pos].kind != "para":
            pos += 1
    else:  # after the target's body
        pos = target_idx[-1] + 1
    pieces[:] = rest[:pos] + tail + rest[pos:]


def _damage_duplicate(pieces: list[_Piece], rng: random.Random) -> None:
    sources = [p for p in pieces if p.kind == "para" and len(p.text) >= 12 and p.text not in STOCK_LINES]
    if not sources:
        return
    src = rng.choice(sources)
    if rng.random() < 0.5:
        copy = src.text
    else:
        copy = src.text[: rng.randint(max(8, len(src.text) // 3), len(src.text) - 1)]
        copy = copy.rstrip(_WS)
    src_i = pieces.index(src)
    allowed = [i for i in range(len(pieces) + 1)
               if i not in (src_i, src_i + 1) and not (i < len(pieces) and pieces[i].glue is not None)]
    after_byline = [i + 1 for i, p in enumerate(pieces) if p.kind == "byline" and i + 1 in allowed]
    if after_byline and rng.random() < 0.6:
        pos = rng.choice(after_byline)
    else:
        # never before the page's first article, never between a furniture line and the next
        first_art = next((i for i, p in enumerate(pieces) if p.art is not None), 0)
        allowed = [i for i in allowed if i > first_art] or allowed
        pos = rng.choice(allowed)
    pieces.insert(pos, _Piece(copy, "dup", source=src))


# ----------------------------------------------------------------------------- render + gold


def _wrap_lines(pieces: list[_Piece], width: int, indent: bool) -> list[_Piece]:
    """Split every body piece into its printed lines of ``width`` characters (the first line
    of a paragraph is shorter by its indent; a line never starts with closing punctuation,
    which hangs at the end of the line before). A duplicate is cut where its twin is, line
    by line, and each of its lines is the duplicate of its twin's line."""
    lines_of: dict[int, list[_Piece]] = {}
    cuts_of: dict[int, list[int]] = {}
    for piece in pieces:
        if piece.kind == "para":
            cuts_of[id(piece)] = _line_cuts(piece.text, width - (len(INDENT) if indent and piece.part == 0 else 0), width)
            bounds = [0, *cuts_of[id(piece)], len(piece.text)]
            # parts stay in reading order: the column part, then its line
            lines_of[id(piece)] = [
                _Piece(piece.text[a:b], "para", piece.art, piece.para, part=piece.part * 1000 + k,
                       glue=piece.glue if k == 0 else None)
                for k, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    out: list[_Piece] = []
    for piece in pieces:
        if piece.kind == "para":
            out.extend(lines_of[id(piece)])
        elif piece.kind == "dup" and piece.source is not None and id(piece.source) in lines_of:
            twins = lines_of[id(piece.source)]
            bounds = [0, *[c for c in cuts_of[id(piece.source)] if c < len(piece.text)], len(piece.text)]
            out.extend(_Piece(piece.text[a:b], "dup", source=twin)
                       for (a, b), twin in zip(zip(bounds, bounds[1:]), twins))
        else:
            out.append(piece)
    return out


def _line_cuts(text: str, first_room: int, width: int) -> list[int]:
    cuts, line_start, room = [], 0, first_room
    while line_start + room < len(text):
        cut = line_start + room
        while cut < len(text) and not _cut_ok(text, cut):
            cut += 1
        if cut >= len(text):
            break
        cuts.append(cut)
        line_start, room = cut, width
    return cuts


def _render(pieces: list[_Piece], rng: random.Random, damage: DamageConfig, wrapped: bool = False,
            indent: bool | None = None) -> str:
    if wrapped:
        style = "single"  # lines, not blocks
    elif rng.random() < damage.mixed_separators:
        style = "mixed"
    else:
        style = "single" if rng.random() < damage.single_newlines else "blank"
    if indent is None:
        indent = rng.random() < damage.indent
    out: list[str] = []
    pos = 0
    for i, piece in enumerate(pieces):
        if piece.glue is not None and i:
            sep = piece.glue
        elif i:
            sep = {"blank": "\n\n", "single": "\n"}.get(style) or rng.choice(["\n", "\n\n"])
        else:
            sep = ""
        if sep:
            out.append(sep)
            pos += len(sep)
        lead = piece.ornament
        # a duplicate is printed as a paragraph of its own; on a hard-wrapped page each of
        # its lines is indented as its twin's line is
        dup_indented = piece.kind == "dup" and (not wrapped or piece.source.part == 0)
        if indent and ((piece.kind == "para" and piece.part == 0) or dup_indented):
            lead = INDENT + lead
        out.append(lead + piece.text)
        piece.start = pos + len(lead)
        piece.end = piece.start + len(piece.text)
        pos = piece.end
    out.append("\n")
    return "".join(out)


def _gold(pieces: list[_Piece], arts: list[_Art], text: str, page_no: int) -> dict:
    articles = []
    seams: list[list[int]] = []
    for ai, art in enumerate(arts):
        mine = [p for p in pieces if p.art == ai]

        def field_of(kind: str) -> tuple[str | None, list[int] | None]:
            hit = next((p for p in mine if p.kind == kind), None)
            return (hit.text, [hit.start, hit.end]) if hit else (None, None)

        paras: dict[int, list[_Piece]] = collections.defaultdict(list)
        for p in mine:
            if p.kind == "para":
                paras[p.para].append(p)
        texts, spans = [], []
        for pi in sorted(paras):
            parts = sorted(paras[pi], key=lambda p: p.part)
            texts.append("".join(p.text for p in parts))
            spans.append([[p.start, p.end] for p in parts])
            seams.extend([a.end, b.start] for a, b in zip(parts, parts[1:]))
        kicker, kicker_span = field_of("kicker")
        title, title_span = field_of("title")
        subtitle, subtitle_span = field_of("subtitle")
        byline, byline_span = field_of("byline")
        articles.append({
            "id": art.id,
            "kicker": kicker,
            "title": title,
            "subtitle": subtitle,
            "byline": byline,
            "paragraphs": texts,
            "head_missing": art.head_missing,
            "composite": any(_INNER_BYLINE.match(t) for t in texts),
            "continued_from_page": art.from_page,
            "continued_to_page": art.to_page,
            "spans": {
                "kicker": kicker_span, "title": title_span, "subtitle": subtitle_span,
                "byline": byline_span, "paragraphs": spans,
                "jumps": [[p.start, p.end] for p in mine if p.kind == "jump"],
            },
        })
    duplicates = [
        {"span": [p.start, p.end], "duplicate_of": [p.source.start, p.source.start + len(p.text)]}
        for p in pieces if p.kind == "dup"
    ]
    return {
        "page": page_no,
        "articles": articles,
        "seams": sorted(seams),
        "duplicates": duplicates,
        "furniture": [[p.start, p.end] for p in pieces if p.kind == "furniture"],
        "ornaments": [[p.start - len(p.ornament), p.start] for p in pieces if p.ornament],
    }


def check_gold(gold: dict, text: str) -> None:
    """Raise :class:`GoldMismatch` unless every gold string is the text at its spans.

    Checks paragraphs (concatenations of slices), heading fields, seams (each joins two
    non-adjacent slices of one paragraph), duplicates (the copy equals its twin's text)
    and that no two spans overlap.
    """
    def sl(span: list[int]) -> str:
        return text[span[0]:span[1]]

    used: list[tuple[int, int]] = []
    for art in gold["articles"]:
        spans = art["spans"]
        for name in ("kicker", "title", "subtitle", "byline"):
            if (art[name] is None) != (spans[name] is None) or (spans[name] and sl(spans[name]) != art[name]):
                raise GoldMismatch(f"article {art['id']}: {name} {art[name]!r} is not its span")
            if spans[name]:
                used.append(tuple(spans[name]))
        if len(art["paragraphs"]) != len(spans["paragraphs"]):
            raise GoldMismatch(f"article {art['id']}: paragraph count differs from spans")
        for para, pspans in zip(art["paragraphs"], spans["paragraphs"]):
            if "".join(sl(s) for s in pspans) != para or not para:
                raise GoldMismatch(f"article {art['id']}: paragraph {para[:20]!r}… is not its spans")
            used.extend(tuple(s) for s in pspans)
        used.extend(tuple(s) for s in spans["jumps"])
    for dup in gold["duplicates"]:
        if sl(dup["span"]) != sl(dup["duplicate_of"]) or not sl(dup["span"]):
            raise GoldMismatch(f"duplicate {dup['span']} differs from its twin {dup['duplicate_of']}")
        used.append(tuple(dup["span"]))
    all_ends = {s[1] for s in used}
    all_starts = {s[0] for s in used}
    for a_end, b_start in gold["seams"]:
        if a_end not in all_ends or b_start not in all_starts or "\n" not in text[min(a_end, b_start) - 1:max(a_end, b_start) + 1]:
            raise GoldMismatch(f"seam {a_end},{b_start} does not join two blocks")
    used.extend(tuple(s) for s in gold["furniture"])
    used.extend(tuple(s) for s in gold.get("ornaments", []))
    used.sort()
    for (s1, e1), (s2, e2) in zip(used, used[1:]):
        if s2 < e1:
            raise GoldMismatch(f"spans [{s1},{e1}) and [{s2},{e2}) overlap")
    covered = set()
    for s, e in used:
        covered.update(range(s, e))
    stray = [i for i, ch in enumerate(text) if not ch.isspace() and i not in covered]
    if stray:
        raise GoldMismatch(f"{len(stray)} printed characters are in no gold span (first at {stray[0]})")


def _page_from_arts(arts: list[_Art], rng: random.Random, page_no: int, damage: DamageConfig,
                    date: str | None, page_name: str | None, editor_lines: list[str]) -> GeneratedPage:
    for _ in range(_events(rng, damage.head_missing)):
        _damage_head_missing(arts, rng)
    for _ in range(_events(rng, damage.jump)):
        _damage_jump(arts, rng, page_no)
    for _ in range(_events(rng, damage.stock_line)):
        _damage_stock_line(arts, rng)
    for _ in range(_events(rng, damage.same_byline)):
        _damage_same_byline(arts, rng)
    for _ in range(_events(rng, damage.typo)):
        _damage_typo(arts, rng)

    # drawn only when asked for, so pages of the default damage stay what they were; drawn
    # before the layout, which sets a hard-wrapped page's column breaks where its lines
    # fill up: a paragraph's first line is an indent narrower only where indents are printed
    wrapped = damage.hard_wrap > 0 and rng.random() < damage.hard_wrap
    indent = rng.random() < damage.indent if wrapped else None
    width = rng.randint(*damage.column_chars)
    box = rng.random() < damage.byline_box
    pieces = _lay_out(arts, rng, damage, width, box, (len(INDENT) if indent else 0) if wrapped else None)
    for _ in range(_events(rng, damage.interleave)):
        _damage_interleave(pieces, rng, len(arts))
    for _ in range(_events(rng, damage.duplicate)):
        _damage_duplicate(pieces, rng)
    if rng.random() < damage.furniture:
        furniture = [_Piece(line, "furniture") for line in
                     _furniture_lines(rng, date, page_no, page_name, editor_lines)]
        pieces = furniture + pieces if rng.random() < 0.8 else pieces + furniture

    if wrapped:
        pieces = _wrap_lines(pieces, width, indent)
        if indent and damage.lost_indent > 0 and rng.random() < damage.lost_indent:
            indent = False  # the first lines stay narrower, the indent itself is gone
    text = _render(pieces, rng, damage, wrapped, indent)
    gold = _gold(pieces, arts, text, page_no)
    check_gold(gold, text)
    return GeneratedPage(text, gold)


def generate_page(articles: list[dict], rng: random.Random, page_no: int | None = None,
                  damage: DamageConfig = DamageConfig()) -> GeneratedPage:
    """Lay out the articles of one date+page as raw page text, damaged, with gold.

    :param articles: corpus articles that shared one page (fields title, kicker, subtitle,
        byline, paragraphs; date, page, page_name used for furniture when present)
    :param rng: the only source of randomness (seed it for reproducible pages)
    :param page_no: the printed page number (default: the articles' ``page`` field, else 1)
    :param damage: probabilities of each kind of damage
    """
    if page_no is None:
        page_no = int(articles[0].get("page", 1)) if articles else 1
    arts, editor_lines = _split_corpus_page(articles)
    first = articles[0] if articles else {}
    return _page_from_arts(arts, rng, page_no, damage, first.get("date"),
                           (first.get("page_name") or "").strip() or None, editor_lines)


# ----------------------------------------------------------------------------- issues


def generate_issue(pages: list[list[dict]], rng: random.Random, damage: DamageConfig = DamageConfig(),
                   jump_share: float = 0.3) -> GeneratedIssue:
    """Generate every page of one date, with some articles jumping between pages.

    A jumping article's front part (headline, first paragraphs, maybe cut mid-sentence)
    stays on its page and ends with a `下转` marker (or, one time in five, just stops);
    the rest is printed on a later page under the repeated title and an `上接` marker.
    Page-local jump damage is off here so every jump in the gold has a partner.

    :param pages: the corpus articles of each page of one date
    :param rng: the only source of randomness
    :param damage: damage of each page (``jump`` is ignored)
    :param jump_share: probability that a page (other than the last) sends an article on
    :returns: pages with their gold, and ``gold["stitched"]``: for every jumping article
        its pages, the (page, article index) of each part, and its paragraphs in order
    """
    damage = replace(damage, jump=0.0)
    ordered = sorted(pages, key=lambda arts: int(arts[0]["page"]) if arts else 0)
    numbers = [int(arts[0]["page"]) if arts else i + 1 for i, arts in enumerate(ordered)]
    plans = [_split_corpus_page(arts) for arts in ordered]
    stitched = []
    for i, (arts, _) in enumerate(plans[:-1]):
        if rng.random() >= jump_share:
            continue
        choices = [a for a in arts if len(a.paragraphs) >= 3 and not a.protected]
        if not choices:
            continue
        art = rng.choice(choices)
        j = rng.randrange(i + 1, len(plans))
        p, q = numbers[i], numbers[j]
        keep = rng.randint(1, len(art.paragraphs) - 1)
        front, rest = art.paragraphs[:keep], art.paragraphs[keep:]
        cut = _mid_sentence_cut(rng, front[-1], lo=8, hi_margin=6) if rng.random() < 0.5 else None
        if cut is not None:
            rest = [front[-1][cut:]] + rest
            front[-1] = front[-1][:cut]
        marked = rng.random() < 0.8
        tail = _Art(id=art.id, title=art.title, paragraphs=rest, head_missing=cut is not None,
                    from_page=p, from_marker=_from_marker(rng, p), protected=True, key=art.key + "#tail")
        art.paragraphs = front
        art.protected = True
        if marked:
            art.to_page = q
            art.to_marker = _to_marker(rng, q)
        plans[j][0].insert(rng.randint(0, len(plans[j][0])), tail)
        stitched.append((art.key, tail.key, p, q, cut is not None))

    generated = []
    for (arts, editors), docs, number in zip(plans, ordered, numbers):
        first = docs[0] if docs else {}
        generated.append(_page_from_arts(arts, rng, number, damage, first.get("date"),
                                         (first.get("page_name") or "").strip() or None, editors))

    def locate(key: str) -> tuple[int, int]:
        for pi, (arts, _) in enumerate(plans):
            for ai, a in enumerate(arts):
                if a.key == key:
                    return pi, ai
        raise GoldMismatch(f"stitched part {key} is on no page")

    gold_stitched = []
    for front_key, tail_key, p, q, joined in stitched:
        (fp, fa), (tp, ta) = locate(front_key), locate(tail_key)
        front_paras = generated[fp].gold["articles"][fa]["paragraphs"]
        tail_paras = generated[tp].gold["articles"][ta]["paragraphs"]
        paras = (front_paras[:-1] + [front_paras[-1] + tail_paras[0]] + tail_paras[1:]) if joined \
            else front_paras + tail_paras
        gold_stitched.append({
            "id": generated[fp].gold["articles"][fa]["id"],
            "title": generated[fp].gold["articles"][fa]["title"],
            "pages": [p, q],
            "parts": [{"page": p, "article": fa}, {"page": q, "article": ta}],
            "joined_mid_paragraph": joined,
            "paragraphs": paras,
        })
    date = ordered[0][0]["date"] if ordered and ordered[0] else ""
    return GeneratedIssue(date, generated, {"date": date, "pages": numbers, "stitched": gold_stitched})


# ----------------------------------------------------------------------------- script


def _inside_repository(out: Path) -> bool:
    root = Path(__file__).resolve().parents[3]
    return (root / "pyproject.toml").exists() and root in [out, *out.parents]


def main(argv: list[str] | None = None) -> int:
    """Write ``N`` generated pages of held-out dates as ``DIR/NNNN.txt`` + ``DIR/NNNN.gold.json``."""
    parser = argparse.ArgumentParser(prog="python -m banmian.bench.generate", description=main.__doc__)
    parser.add_argument("--corpus", required=True, help="rmrb-articles.jsonl.gz")
    parser.add_argument("--out", required=True, help="output folder (outside the repository: corpus text)")
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--split", default="eval", choices=["eval", "train"])
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    if _inside_repository(out):
        parser.error(f"{out} is inside the repository; generated pages hold corpus text, write them to /tmp")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    for n, page in enumerate(sample_pages(pages_of(load_corpus(args.corpus), args.split), args.pages, rng)):
        gen = generate_page(page, rng)
        (out / f"{n:04d}.txt").write_text(gen.text, encoding="utf-8")
        (out / f"{n:04d}.gold.json").write_text(json.dumps(gen.gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {args.pages} pages to {out}")
    return 0


def sample_pages(pages: list[list[dict]], n: int, rng: random.Random) -> list[list[dict]]:
    """``n`` corpus pages: a shuffled pass over all of them, repeated if ``n`` is larger."""
    out: list[list[dict]] = []
    while pages and len(out) < n:
        batch = pages[:]
        rng.shuffle(batch)
        out.extend(batch[: n - len(out)])
    return out


if __name__ == "__main__":
    raise SystemExit(main())
