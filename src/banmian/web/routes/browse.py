"""Browse: papers -> a calendar of a paper's issues -> an issue's pages -> one page.

The page view shows the raw text cut into runs (:mod:`banmian.web.runs`) beside the
restored articles; the browser highlights an article's runs when it is selected.
"""
from __future__ import annotations

import calendar as _calendar
from collections import defaultdict

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from .. import validate
from ..errors import WebError, WebErrors
from ..render import archive_of, q, render
from ..runs import page_runs
from ..schemas import ERROR_RESPONSES, DatesOut, IssueOut, PageOut, PapersOut

router = APIRouter()
TAG = {"name": "browse", "description": "Papers, issue calendars, issues and pages"}

PAPER = Path(description="Paper name, as in the archive")
DATE = Path(description="Issue date YYYY-MM-DD")
PAGE = Path(description="Page number", ge=1, le=validate.MAX_PAGE)


# --- data (shared by the HTML page and its JSON twin) -------------------------------

def papers_data(archive) -> dict:
    return {"papers": archive.papers()}


def dates_data(archive, paper: str) -> dict:
    paper = validate.paper(paper)
    dates = archive.dates(paper)
    if not dates:
        raise WebError(404, WebErrors.W404_PAPER.format(paper=paper))
    return {"paper": paper, "dates": dates}


def issue_data(archive, paper: str, date: str) -> dict:
    paper, date = validate.paper(paper), validate.date(date)
    dates = archive.dates(paper)
    pages = archive.pages(paper, date) if date in dates else []
    if not pages:
        raise WebError(404, WebErrors.W404_ISSUE.format(paper=paper, date=date))
    refs: dict[str, dict] = {}
    out = []
    for p in pages:
        arts = []
        for aid in p.get("articles") or ():
            if aid not in refs:
                art = archive.article(aid) or {}
                refs[aid] = {"id": aid, "title": art.get("title"), "pages": art.get("pages") or [p["page"]]}
            arts.append(refs[aid])
        out.append({"page": p["page"], "page_name": p.get("page_name"), "articles": arts})
    i = dates.index(date)
    return {"paper": paper, "date": date, "pages": out,
            "previous_date": dates[i - 1] if i > 0 else None,
            "next_date": dates[i + 1] if i + 1 < len(dates) else None}


def page_data(archive, paper: str, date: str, page: int) -> dict:
    paper, date, page = validate.paper(paper), validate.date(date), validate.page(page)
    found = archive.page(paper, date, page)
    if not found:
        raise WebError(404, WebErrors.W404_PAGE.format(page=page, paper=paper, date=date))
    restored = {k: v for k, v in (found.get("restored") or {}).items() if k != "source"}  # no ingest paths
    return {
        "paper": found["paper"], "date": found["date"], "page": found["page"], "page_name": found.get("page_name"),
        "text": found.get("text") or "", "restored": restored, "articles": list(found.get("articles") or []),
        "encoding": found.get("encoding"), "sha256": found.get("sha256"),
        "pages_in_issue": [p["page"] for p in archive.pages(paper, date)],
    }


def page_cards(data: dict) -> list[dict]:
    """The restored articles of a page with their index (the runs' owner key) and archive id."""
    ids = data["articles"]
    return [{"index": i, "article": art, "id": ids[i] if i < len(ids) else None}
            for i, art in enumerate(data["restored"].get("articles") or [])]


def month_grids(dates: list[str], year: str) -> list[dict]:
    """Month grids (weeks of day cells, Monday first) of ``year`` for the months with issues."""
    by_month: dict[int, set[int]] = defaultdict(set)
    for d in dates:
        if d[:4] == year:
            by_month[int(d[5:7])].add(int(d[8:10]))
    grids = []
    cal = _calendar.Calendar(firstweekday=0)
    for month in sorted(by_month):
        weeks = [[{"day": day, "date": f"{year}-{month:02d}-{day:02d}" if day else None,
                   "issue": day in by_month[month]} for day in week]
                 for week in cal.monthdayscalendar(int(year), month)]
        grids.append({"month": month, "label": f"{year}年{month}月", "weeks": weeks, "issues": len(by_month[month])})
    return grids


# --- JSON API ---------------------------------------------------------------------

@router.get("/api/papers", response_model=PapersOut, tags=["browse"], summary="Every paper in the archive")
def api_papers(archive=Depends(archive_of)):
    return papers_data(archive)


@router.get("/api/papers/{paper}", response_model=DatesOut, responses=ERROR_RESPONSES, tags=["browse"],
            summary="The issue dates of one paper")
def api_dates(paper: str = PAPER, archive=Depends(archive_of)):
    return dates_data(archive, paper)


@router.get("/api/papers/{paper}/{date}", response_model=IssueOut, responses=ERROR_RESPONSES, tags=["browse"],
            summary="The pages of one issue and their articles")
def api_issue(paper: str = PAPER, date: str = DATE, archive=Depends(archive_of)):
    return issue_data(archive, paper, date)


@router.get("/api/papers/{paper}/{date}/{page}", response_model=PageOut, responses=ERROR_RESPONSES, tags=["browse"],
            summary="One page: raw text, restore JSON (articles with spans, removed spans) and article ids")
def api_page(paper: str = PAPER, date: str = DATE, page: int = PAGE, archive=Depends(archive_of)):
    return page_data(archive, paper, date, page)


# --- HTML -------------------------------------------------------------------------

@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def papers_html(request: Request, archive=Depends(archive_of)):
    return render(request, "papers.html", papers_data(archive), api="/api/papers")


@router.get("/papers/{paper}", response_class=HTMLResponse, include_in_schema=False)
def calendar_html(request: Request, paper: str = PAPER, year: str | None = Query(None, pattern=r"^\d{4}$"),
                  archive=Depends(archive_of)):
    data = dates_data(archive, paper)
    years = sorted({d[:4] for d in data["dates"]})
    year = year if year in years else years[-1]
    return render(request, "calendar.html", {**data, "years": years, "year": year,
                                             "months": month_grids(data["dates"], year),
                                             "weekdays": "一二三四五六日"},
                  api=f"/api/papers/{q(paper)}")


@router.get("/papers/{paper}/{date}", response_class=HTMLResponse, include_in_schema=False)
def issue_html(request: Request, paper: str = PAPER, date: str = DATE, archive=Depends(archive_of)):
    data = issue_data(archive, paper, date)
    return render(request, "issue.html", data, api=f"/api/papers/{q(paper)}/{date}")


@router.get("/papers/{paper}/{date}/{page}", response_class=HTMLResponse, include_in_schema=False)
def page_html(request: Request, paper: str = PAPER, date: str = DATE, page: int = PAGE,
              archive=Depends(archive_of)):
    data = page_data(archive, paper, date, page)
    pages = data["pages_in_issue"]
    i = pages.index(page) if page in pages else -1
    context = {
        **data,
        "runs": page_runs(data["text"], data["restored"]),
        "cards": page_cards(data),
        "duplicates": [(k, rm) for k, rm in enumerate(data["restored"].get("removed") or [])
                       if rm.get("reason") == "duplicate"],
        "previous_page": pages[i - 1] if i > 0 else None,
        "next_page": pages[i + 1] if 0 <= i < len(pages) - 1 else None,
    }
    return render(request, "page.html", context, api=f"/api/papers/{q(paper)}/{date}/{page}")

