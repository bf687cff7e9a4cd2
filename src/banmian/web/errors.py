"""Errors of the web reader: one class carrying the HTTP status (as in datasette).

Each response renders it as JSON under ``/api/`` and as an HTML page elsewhere; the
handlers live in :mod:`banmian.web.app`.
"""
from __future__ import annotations

from ..errors import BanmianError


class WebErrors:
    W400_DATE = "[W400] Bad {what} {value!r}: expected a real date written YYYY-MM-DD."
    W400_PAGE = "[W401] Bad page filter {value!r}: expected a page number from 1 to {max}."
    W400_QUERY_LONG = "[W402] The query is {length} characters long; the limit is {max}."
    W400_PARAMS = "[W403] Bad request parameters: {detail}."
    W404_PAPER = "[W404] No paper named {paper!r} in this archive."
    W404_ISSUE = "[W405] No issue of {paper} on {date} in this archive."
    W404_PAGE = "[W406] No page {page} in the issue of {paper} on {date}."
    W404_PAGE_NO = "[W407] Page {page} is not a page number."
    W404_ARTICLE = "[W408] No article {id!r} in this archive."
    W404_ARTICLE_ID = "[W409] {id!r} is not an article id (expected PAPER-YYYY-MM-DD-pNN-aMM)."
    W404_ROUTE = "[W410] Nothing here: {path}."
    W404_PATH = "[W411] Nothing here: {path} ({detail})."
    W500 = "[W500] The reader failed on this request ({kind}); the log has the details."
    W501 = "[W501] Cannot open the archive {path}: {detail}"


class WebError(BanmianError):
    """A request the reader cannot serve, with the HTTP status to answer."""

    def __init__(self, status: int, message: str, title: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.title = title or {400: "Bad request", 404: "Not found"}.get(status, "Error")
