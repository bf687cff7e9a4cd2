"""Search: Chinese full-text search with highlighted snippets, filters and paging.

Query syntax is the archive's (terms, ``"phrases"``, ``A OR B``, ``-exclude``); a query
it cannot parse is answered with 400 and the archive's message, on the search page
itself so the user can fix it.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ...archive.errors import ArchiveError
from .. import validate
from ..errors import WebError
from ..render import archive_of, render, search_url
from ..schemas import ERROR_RESPONSES, SearchOut

router = APIRouter()
TAG = {"name": "search", "description": "Chinese full-text search"}

PAGE_SIZE = 20
MAX_LIMIT = 100


def search_data(archive, q: str, paper: str | None, date_from: str | None, date_to: str | None,
                page: str | None, limit: int, offset: int) -> dict:
    """Validate the parameters, then search; raises WebError/ArchiveError (both become 400)."""
    query = validate.query(q)
    filters = {
        "paper": (paper or "").strip() or None,
        "date_from": validate.optional_date(date_from, "from date"),
        "date_to": validate.optional_date(date_to, "to date"),
        "page": validate.optional_page(page),
    }
    result = archive.search(query, limit=limit, offset=offset, **filters)
    return {"query": result["query"], "total": result["total"], "limit": limit, "offset": offset,
            "hits": result["hits"], "filters": filters}


@router.get("/api/search", response_model=SearchOut, responses=ERROR_RESPONSES, tags=["search"],
            summary="Full-text search: exact Chinese substrings of any length, phrases, OR, -exclude")
def api_search(q: str = Query(..., description='Query: terms (all must occur), "phrases", A OR B, -exclude'),
               paper: str | None = Query(None, description="Only this paper"),
               date_from: str | None = Query(None, alias="from", description="Only issues on or after YYYY-MM-DD"),
               date_to: str | None = Query(None, alias="to", description="Only issues on or before YYYY-MM-DD"),
               page: str | None = Query(None, description="Only articles running on this page"),
               limit: int = Query(PAGE_SIZE, ge=1, le=MAX_LIMIT),
               offset: int = Query(0, ge=0, le=100_000),
               archive=Depends(archive_of)):
    return search_data(archive, q, paper, date_from, date_to, page, limit, offset)


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_html(request: Request, q: str | None = Query(None), paper: str | None = Query(None),
                date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                page: str | None = Query(None), offset: int = Query(0, ge=0, le=100_000),
                archive=Depends(archive_of)):
    form = {"q": q or "", "paper": paper or "", "from": date_from or "", "to": date_to or "", "page": page or ""}
    context = {"form": form, "papers": archive.papers(), "result": None, "error": None}
    status = 200
    api = None
    if (q or "").strip():
        try:
            result = search_data(archive, q, paper, date_from, date_to, page, PAGE_SIZE, offset)
        except ArchiveError as exc:
            context["error"], status = str(exc), 400
        except WebError as exc:
            context["error"], status = exc.message, exc.status
        else:
            context["result"] = result
            context["previous_url"] = (search_url(**form, offset=max(0, offset - PAGE_SIZE) or None)
                                       if offset > 0 else None)
            context["next_url"] = (search_url(**form, offset=offset + PAGE_SIZE)
                                   if offset + PAGE_SIZE < result["total"] else None)
        api = "/api" + search_url(**form, offset=offset or None)
    return render(request, "search.html", context, api=api, status=status)
