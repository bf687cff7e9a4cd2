"""Check every path and query parameter before it reaches the archive.

The reader only ever reads the archive file; these checks keep ids, dates and page
numbers to their shapes so a request cannot name anything else, and give a clear 400
or 404 instead of an error from deep inside.
"""
from __future__ import annotations

import datetime as dt
import re

from .errors import WebError, WebErrors

_PAPER = re.compile(r"^[\w.\-]{1,100}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ARTICLE = re.compile(r"^[\w.\-]{1,100}-\d{4}-\d{2}-\d{2}-p\d{2,4}-a\d{2,4}$")
MAX_PAGE = 9999
MAX_QUERY = 500


def paper(value: str) -> str:
    """A paper name as the archive writes it (letters, digits, ``_ . -``), not just dots."""
    if not _PAPER.match(value) or set(value) <= {"."}:
        raise WebError(404, WebErrors.W404_PAPER.format(paper=value))
    return value


def date(value: str, *, status: int = 404, what: str = "date") -> str:
    """A real calendar date written YYYY-MM-DD."""
    try:
        if not _DATE.match(value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        raise WebError(status, WebErrors.W400_DATE.format(what=what, value=value)) from None
    return value


def optional_date(value: str | None, what: str) -> str | None:
    """A filter date: empty means no filter; anything else must be a real date (400 if not)."""
    value = (value or "").strip()
    return date(value, status=400, what=what) if value else None


def page(value: int) -> int:
    if not 1 <= value <= MAX_PAGE:
        raise WebError(404, WebErrors.W404_PAGE_NO.format(page=value))
    return value


def optional_page(value: str | None) -> int | None:
    """The page filter of search: empty means any page."""
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit() or not 1 <= int(value) <= MAX_PAGE:
        raise WebError(400, WebErrors.W400_PAGE.format(value=value, max=MAX_PAGE))
    return int(value)


def article_id(value: str) -> str:
    if not _ARTICLE.match(value):
        raise WebError(404, WebErrors.W404_ARTICLE_ID.format(id=value))
    return value


def query(value: str | None) -> str:
    value = (value or "").strip()
    if len(value) > MAX_QUERY:
        raise WebError(400, WebErrors.W400_QUERY_LONG.format(length=len(value), max=MAX_QUERY))
    return value
