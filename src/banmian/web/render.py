"""Shared view helpers: the archive of a request, URLs, and HTML responses with a JSON twin.

Every HTML page names its JSON twin (``/api/...``) in a ``Link`` header and in its
footer, as datasette does, so a reader can always get the data behind a page.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates

from .markup import plain_snippet, snippet_html

HERE = Path(__file__).resolve().parent


def q(value) -> str:
    """One URL path segment, percent-encoded (paper names are often Chinese)."""
    return quote(str(value), safe="")


def paper_url(paper: str, year: int | str | None = None) -> str:
    return f"/papers/{q(paper)}" + (f"?year={q(year)}" if year else "")


def issue_url(paper: str, date: str) -> str:
    return f"/papers/{q(paper)}/{q(date)}"


def page_url(paper: str, date: str, page: int, anchor: str | None = None) -> str:
    return f"/papers/{q(paper)}/{q(date)}/{int(page)}" + (f"#{anchor}" if anchor else "")


def article_url(article_id: str) -> str:
    return f"/articles/{q(article_id)}"


def search_url(**params) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return "/search" + (f"?{urlencode(kept)}" if kept else "")


def make_templates() -> Jinja2Templates:
    """Jinja2 with autoescape on (the default for .html) and the URL helpers as globals."""
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.globals.update(paper_url=paper_url, issue_url=issue_url, page_url=page_url,
                       article_url=article_url, search_url=search_url)
    env.filters["snippet"] = snippet_html
    env.filters["plain_snippet"] = plain_snippet
    return templates


def archive_of(request: Request):
    """The :class:`~banmian.archive.Archive` the app was created with (a FastAPI dependency)."""
    return request.app.state.archives.get()


def render(request: Request, template: str, context: dict, *, api: str | None = None, status: int = 200):
    """An HTML page from ``template``; ``api`` is the URL of its JSON twin."""
    context = {"api_url": api, **context}
    response = request.app.state.templates.TemplateResponse(request, template, context, status_code=status)
    if api:
        response.headers["Link"] = f'<{api}>; rel="alternate"; type="application/json"'
    return response
