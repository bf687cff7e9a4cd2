"""Response models of the JSON API: they document it in ``/openapi.json``.

Field names follow :class:`banmian.archive.Archive`'s dictionaries; the restore JSON of a
page is passed through as an object (its shape is the restorer's ``Page.to_dict()``).
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class PaperOut(BaseModel):
    paper: str
    issues: int = Field(description="Number of issues (dates) of this paper in the archive")
    first_date: str | None
    last_date: str | None


class PapersOut(BaseModel):
    papers: list[PaperOut]


class DatesOut(BaseModel):
    paper: str
    dates: list[str] = Field(description="Issue dates, oldest first (YYYY-MM-DD)")


class ArticleRef(BaseModel):
    id: str = Field(description="Stable id PAPER-YYYY-MM-DD-pNN-aMM")
    title: str | None
    pages: list[int]


class IssuePageOut(BaseModel):
    page: int
    page_name: str | None
    articles: list[ArticleRef] = Field(description="Articles on this page, in page order")


class IssueOut(BaseModel):
    paper: str
    date: str
    pages: list[IssuePageOut]
    previous_date: str | None = Field(description="The paper's issue before this one")
    next_date: str | None = Field(description="The paper's issue after this one")


class PageOut(BaseModel):
    paper: str
    date: str
    page: int
    page_name: str | None
    text: str = Field(description="The raw page text; every span is a [start, end) Python string offset into it")
    restored: dict[str, Any] = Field(description='Restore JSON: {"articles": [...], "removed": [{"reason", "span", "duplicate_of"}]}')
    articles: list[str] = Field(description="Archive id of restored.articles[i] (a continuation maps to its whole article)")
    encoding: str | None = None
    sha256: str | None = None
    pages_in_issue: list[int] = Field(description="Every page number of this issue")


class ParagraphOut(BaseModel):
    text: str
    spans: list[list[int]] = Field(description="[start, end) offsets into the raw text of the part's page")
    role: str | None = None


class PartOut(BaseModel):
    page: int
    index: int | None = Field(None, description="Position of this part in the page's restored.articles")
    title: str | None = None
    paragraphs: list[ParagraphOut]
    continued_from_page: int | None = None
    continued_to_page: int | None = None


class ArticleOut(BaseModel):
    id: str
    paper: str
    date: str
    pages: list[int]
    title: str | None
    kicker: str | None
    subtitle: str | None
    byline: str | None
    head_missing: bool
    flags: list[str]
    parts: list[PartOut] = Field(description="One part per page the article runs on, in reading order")
    spans: list[dict[str, Any]] = Field(default_factory=list,
                                        description='Provenance: {"page", "start", "end", "field"} into that page\'s text')


class HitOut(BaseModel):
    id: str
    paper: str
    date: str
    page: int
    title: str | None
    snippet: str = Field(description="Hits are marked U+E000 (start) and U+E001 (end); escape before turning them into markup")
    score: float = Field(description="Higher is better")


class SearchOut(BaseModel):
    query: str
    total: int
    limit: int
    offset: int
    hits: list[HitOut]


class ErrorOut(BaseModel):
    error: dict[str, Any] = Field(description='{"status": int, "title": str, "message": str}')


ERROR_RESPONSES = {400: {"model": ErrorOut, "description": "Bad request (bad date, page or query syntax)"},
                   404: {"model": ErrorOut, "description": "Not in the archive"}}
