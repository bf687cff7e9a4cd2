"""The objects every stage shares.

As in spaCy, only :class:`Page` stores text. Blocks, paragraphs, articles and
removed fragments store character offsets into ``Page.text`` (Python string
indices into the decoded page), so provenance costs nothing and "nothing lost,
nothing invented" can be checked mechanically.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .errors import Errors

Span = tuple[int, int]  # [start, end) into Page.text


def spans_of_range(spans, start: int, end: int) -> list[list[int]]:
    """The page spans of ``[start, end)`` of the text that ``spans`` concatenate (a
    paragraph's, say), in order, with page-adjacent pieces merged."""
    out: list[list[int]] = []
    pos = 0
    for s, e in spans:
        a, b = max(start, pos), min(end, pos + e - s)
        if a < b:
            ps, pe = s + a - pos, s + b - pos
            if out and out[-1][1] == ps:
                out[-1][1] = pe
            else:
                out.append([ps, pe])
        pos += e - s
    return out


def check_span(start: int, end: int, length: int) -> None:
    """Raise if ``[start, end)`` is not a valid span of a text of ``length`` characters."""
    if not 0 <= start <= end <= length:
        raise ValueError(Errors.E001.format(start=start, end=end, length=length))


@dataclass(slots=True)
class Block:
    """One line-level fragment of the page, with the role the restorer gave it.

    On a hard-wrapped page, printed lines that surely run on are one block: ``text`` is
    their concatenation and ``lines`` the span of each (``start``/``end`` are the first
    line's start and the last line's end, with the line breaks in between).
    """

    start: int
    end: int
    text: str
    role: str = "body"
    index: int = 0  # position in reading order as extracted
    lines: tuple[Span, ...] = ()
    lost_indent: bool = False  # opens a paragraph whose printed indent the extraction dropped

    @property
    def spans(self) -> list[Span]:
        """The spans of page text whose concatenation is ``text``."""
        return list(self.lines) or [(self.start, self.end)]


@dataclass(slots=True, frozen=True)
class Correction:
    """A suspected typo of the page: the characters printed at ``span`` and what was
    probably meant. Offered beside the text, never applied to it."""

    span: Span
    printed: str
    suggestion: str
    reason: str  # doubled_character

    def to_dict(self) -> dict:
        return {"span": list(self.span), "printed": self.printed, "suggestion": self.suggestion, "reason": self.reason}


@dataclass(slots=True)
class Paragraph:
    """An output paragraph: the concatenation of its spans of the page text."""

    text: str
    spans: list[Span]
    role: str = "body"  # body | crosshead | credit | caption | dateline
    corrections: list[Correction] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"text": self.text, "spans": [list(s) for s in self.spans], "role": self.role,
                "corrections": [c.to_dict() for c in self.corrections]}


@dataclass(slots=True)
class Field:
    """A heading field (kicker, title, subtitle, byline) with its provenance."""

    text: str
    spans: list[Span]


@dataclass(slots=True)
class Article:
    """A restored article: heading fields, jump links and ordered paragraphs."""

    title: Field | None = None
    kicker: Field | None = None
    subtitle: Field | None = None
    byline: Field | None = None
    continued_from_page: int | None = None
    continued_to_page: int | None = None
    head_missing: bool = False
    paragraphs: list[Paragraph] = field(default_factory=list)
    jumps: list[Span] = field(default_factory=list)  # spans of the jump markers
    flags: list[str] = field(default_factory=list)

    def text(self) -> str:
        """The article body as plain text, one paragraph a line."""
        return "\n".join(p.text for p in self.paragraphs)

    def spans(self) -> list[Span]:
        """Every span of the page this article was restored from."""
        out: list[Span] = []
        for f in (self.kicker, self.title, self.subtitle, self.byline):
            if f is not None:
                out.extend(f.spans)
        out.extend(self.jumps)
        for p in self.paragraphs:
            out.extend(p.spans)
        return out

    def to_dict(self) -> dict:
        def text_of(f: Field | None) -> str | None:
            return f.text if f is not None else None

        def spans_of(f: Field | None) -> list | None:
            return [list(s) for s in f.spans] if f is not None else None

        return {
            "title": self.title.text if self.title else "",
            "kicker": text_of(self.kicker),
            "subtitle": text_of(self.subtitle),
            "byline": text_of(self.byline),
            "continued_from_page": self.continued_from_page,
            "continued_to_page": self.continued_to_page,
            "head_missing": self.head_missing,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "field_spans": {
                "title": spans_of(self.title),
                "kicker": spans_of(self.kicker),
                "subtitle": spans_of(self.subtitle),
                "byline": spans_of(self.byline),
                "jumps": [list(s) for s in self.jumps],
            },
            "flags": list(self.flags),
        }


@dataclass(slots=True)
class Removed:
    """Characters of the page that belong to no article, and why."""

    reason: str  # duplicate | furniture | ornament | whitespace
    span: Span
    duplicate_of: Span | None = None

    def to_dict(self) -> dict:
        return {
            "reason": self.reason,
            "span": list(self.span),
            "duplicate_of": list(self.duplicate_of) if self.duplicate_of else None,
        }


@dataclass(slots=True)
class Page:
    """A restored page: the decoded text, its blocks, articles and removed spans."""

    text: str
    source: str = "<text>"
    encoding: str = "utf-8"
    blocks: list[Block] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    page_no: int | None = None

    def slice(self, spans: Iterable[Span]) -> str:
        return "".join(self.text[s:e] for s, e in spans)

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "encoding": self.encoding,
            "page": self.page_no,
            "articles": [a.to_dict() for a in self.articles],
            "removed": [r.to_dict() for r in self.removed],
        }
