"""What the archive keeps, and the one small interface a storage backend implements.

:class:`banmian.archive.Archive` restores, stitches and names articles; a
:class:`Store` only keeps and finds them. The SQLite store (:mod:`.sqlite`) is the
default; another backend (PostgreSQL, tantivy beside Parquet) implements the same
protocol without touching the pipeline.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Protocol, runtime_checkable

from ..restore.cues import CLOSERS, SENTENCE_END

_SENTENCE_END = SENTENCE_END + CLOSERS


def article_text(parts: list[dict]) -> str:
    """The body of an article, one paragraph a line, across all its parts.

    Where a part stops mid-sentence the next part's first paragraph joins it on the same
    line: the sentence cut by the jump reads (and is found by search) whole.
    """
    out: list[str] = []
    for part in parts:
        texts = [p["text"] for p in part["paragraphs"]]
        if out and texts and out[-1] and out[-1].rstrip()[-1:] not in _SENTENCE_END:
            out[-1] += texts.pop(0)
        out.extend(texts)
    return "\n".join(out)


@dataclass(slots=True)
class PageRecord:
    """One stored page: its raw text (offsets refer to it) and its restore JSON."""

    paper: str
    date: str
    page: int
    text: str
    restored: dict
    sha256: str
    page_name: str | None = None
    source: str | None = None
    encoding: str = "utf-8"
    articles: list[str] = field(default_factory=list)  # archive id of restored["articles"][i]
    restorer: str = ""  # engine_version() of the restorer that made ``restored`` ("given" when supplied)


@dataclass(slots=True)
class ArticleRecord:
    """One archive article (all its parts), ready to store and to index."""

    id: str
    paper: str
    date: str
    pages: list[int]
    title: str
    kicker: str | None
    subtitle: str | None
    byline: str | None
    head_missing: bool
    parts: list[dict]
    flags: list[str]
    spans: list[dict]  # provenance: [{"page", "start", "end", "field"}]

    @property
    def text(self) -> str:
        """The body, one paragraph a line, across all parts."""
        return article_text(self.parts)

    @property
    def heading(self) -> str:
        """Kicker, subtitle and byline: searchable, weighted between title and body."""
        return "\n".join(x for x in (self.kicker, self.subtitle, self.byline) if x)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "paper": self.paper, "date": self.date, "pages": list(self.pages),
            "title": self.title, "kicker": self.kicker, "subtitle": self.subtitle, "byline": self.byline,
            "head_missing": self.head_missing, "parts": self.parts, "flags": list(self.flags),
        }


@dataclass(slots=True)
class IssueRecord:
    """Everything of one issue (paper + date); stored or replaced as one unit."""

    paper: str
    date: str
    pages: list[PageRecord]
    articles: list[ArticleRecord]
    facts: dict[str, dict] = field(default_factory=dict)  # article id -> extract_facts() result


@dataclass(slots=True)
class SearchFilter:
    paper: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    page: int | None = None


@runtime_checkable
class Store(Protocol):
    """The storage interface of the archive. Dicts returned follow :class:`Archive`'s docs."""

    def page_versions(self, paper: str, date: str) -> dict[int, tuple[str, str]]:
        """(sha256, restorer) of every stored page of one issue, by page number."""

    def issue_pages(self, paper: str, date: str) -> list[PageRecord]:
        """The stored pages of one issue (to re-stitch it when one page changes)."""

    def replace_issue(self, issue: IssueRecord) -> None:
        """Replace everything of one issue, atomically: all of it or none of it."""

    def papers(self) -> list[dict]: ...

    def dates(self, paper: str) -> list[str]: ...

    def pages(self, paper: str, date: str) -> list[dict]: ...

    def page(self, paper: str, date: str, page: int) -> dict | None: ...

    def article(self, article_id: str) -> dict | None: ...

    def search(self, fts_query: str, flt: SearchFilter, limit: int, offset: int,
               terms: list[str] | None = None) -> tuple[int, list[dict]]:
        """(total hits, one page of hits) for an FTS expression built by :func:`.fts.parse`;
        ``terms`` (its positive terms) are marked in the snippets."""

    def iter_articles(self, flt: SearchFilter) -> Iterator[dict]: ...

    def iter_facts(self, flt: SearchFilter) -> Iterator[dict]: ...

    def stats(self) -> dict: ...

    def close(self) -> None: ...
