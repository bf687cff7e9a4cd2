"""Build one issue for the store: restored pages in, stitched and named articles out.

Pure functions over the restore JSON (no I/O), so the store and the benchmark share them.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Callable

from .jumps import Stitched, stitch
from .store import ArticleRecord, IssueRecord, PageRecord

log = logging.getLogger(__name__)

_FIELDS = ("kicker", "title", "subtitle", "byline")


@dataclass(slots=True)
class PageInput:
    """A page handed to :meth:`Archive.ingest_pages`: its text and, optionally, its restore JSON.

    Without ``restored`` the archive runs the restorer on ``text``.
    """

    paper: str
    date: str
    page: int
    text: str
    page_name: str | None = None
    source: str | None = None
    restored: dict | None = None
    encoding: str = "utf-8"
    sha256: str | None = None

    def content_hash(self) -> str:
        """What decides "unchanged": the text, the page name and any restore JSON given."""
        if self.sha256:
            return self.sha256
        h = hashlib.sha256(self.text.encode("utf-8"))
        h.update(b"\0" + (self.page_name or "").encode("utf-8"))
        if self.restored is not None:
            h.update(b"\0" + json.dumps(self.restored, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        return h.hexdigest()


def article_id(paper: str, date: str, page: int, index: int) -> str:
    """The stable impresso-style id: ``PAPER-YYYY-MM-DD-pNN-aMM`` (page of the first part, its order there)."""
    return f"{paper}-{date}-p{page:02d}-a{index + 1:02d}"


def _first(parts, key):
    for part in parts:
        value = part.article.get(key)
        if value:
            return value
    return None


def _provenance(page: int, art: dict) -> list[dict]:
    spans = []
    fs = art.get("field_spans") or {}
    for name in _FIELDS:
        for s, e in fs.get(name) or []:
            spans.append({"page": page, "start": s, "end": e, "field": name})
    for s, e in fs.get("jumps") or []:
        spans.append({"page": page, "start": s, "end": e, "field": "jump"})
    for k, para in enumerate(art.get("paragraphs") or []):
        for s, e in para.get("spans") or []:
            spans.append({"page": page, "start": s, "end": e, "field": "paragraph", "paragraph": k})
    return spans


def article_record(paper: str, date: str, st: Stitched) -> ArticleRecord:
    """One archive article from its stitched parts."""
    first = st.parts[0]
    parts = []
    for i, part in enumerate(st.parts):
        prev_page = st.parts[i - 1].page if i > 0 else part.from_page
        next_page = st.parts[i + 1].page if i + 1 < len(st.parts) else part.to_page
        if prev_page == part.page:  # a part rejoined on its own page (see jumps._split_heads)
            prev_page = None
        if next_page == part.page:
            next_page = None
        parts.append({
            "page": part.page,
            "index": part.index,
            "title": part.article.get("title") or "",
            "paragraphs": [{"text": p.get("text", ""), "spans": p.get("spans") or [], "role": p.get("role", "body"),
                            "corrections": p.get("corrections") or []}
                           for p in part.article.get("paragraphs") or []],
            "continued_from_page": prev_page,
            "continued_to_page": next_page,
        })
    flags: list[str] = []
    for flag in [f for part in st.parts for f in part.article.get("flags") or []] + st.flags:
        if flag not in flags:
            flags.append(flag)
    return ArticleRecord(
        id=article_id(paper, date, first.page, first.index),
        paper=paper, date=date, pages=st.pages,
        title=_first(st.parts, "title") or "",
        kicker=first.article.get("kicker") or None,
        subtitle=first.article.get("subtitle") or None,
        byline=_first(st.parts, "byline"),
        head_missing=bool(first.article.get("head_missing")),
        parts=parts, flags=flags,
        spans=[s for part in st.parts for s in _provenance(part.page, part.article)],
    )


def build_issue(paper: str, date: str, pages: list[PageRecord],
                facts: Callable[[dict, str, str], dict] | None = None) -> IssueRecord:
    """Stitch the pages of one issue into articles, name them, and (optionally) extract facts.

    :param pages: every page of the issue, each with its restore JSON
    :param facts: ``extract_facts(article, issue_date, article_id)``, or None to skip facts
    """
    stitched = stitch([(p.page, p.restored) for p in pages])
    articles = [article_record(paper, date, st) for st in stitched]
    by_page = {p.page: p for p in pages}
    for p in pages:
        p.articles = [""] * len(p.restored.get("articles") or [])
    for st, rec in zip(stitched, articles):
        for part in st.parts:
            by_page[part.page].articles[part.index] = rec.id
    found: dict[str, dict] = {}
    if facts is not None:
        for rec in articles:
            doc = rec.to_dict()
            # each paragraph says which page its spans point into (a stitched article spans pages)
            doc["paragraphs"] = [{**p, "page": part["page"]} for part in rec.parts for p in part["paragraphs"]]
            doc["text"] = rec.text
            try:
                found[rec.id] = facts(doc, date, rec.id)
            except Exception as exc:  # a facts bug must not lose the issue; say what was skipped
                log.warning("facts skipped for %s: %s: %s", rec.id, type(exc).__name__, exc)
    return IssueRecord(paper, date, sorted(pages, key=lambda p: p.page), articles, found)
