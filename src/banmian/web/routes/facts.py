"""Facts: actors (officials and their posts over time), target threads and their status.

The facts were extracted at ingest (:mod:`banmian.facts`, stored by the archive); this
area only reads them. Target threads come from :func:`banmian.facts.track` over every
stored fact; each thread's chart is an inline SVG drawn here on the server (no chart
library, nothing fetched), its text escaped like any other.
The archive's facts are read once per app and kept while the archive's counts do not
change (the reader never writes; a re-ingest is seen at the next request).
"""
from __future__ import annotations

import threading
from datetime import date as _date

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape
from pydantic import BaseModel, Field

from .. import validate
from ..errors import WebError
from ..render import archive_of, q, render
from ..schemas import ERROR_RESPONSES

router = APIRouter()
TAG = {"name": "facts", "description": "Officials and their posts, targets and the figures reported against them"}

W404_ACTOR = "[W420] No actor {id!r} in the facts of this archive."
W404_ARTICLE_FACTS = "[W421] No article {id!r} in this archive."
MAX_ACTOR_ID = 200
ACTOR_ID = Path(description="Actor id as in the facts: NAME@JURISDICTION or NAME@ORG (NAME@press for reporters)",
                max_length=MAX_ACTOR_ID)


# --- the archive's facts, read once per app -------------------------------------------

class FactsCache:
    """Every stored facts record of the archive, re-read when the archive's counts change."""

    def __init__(self):
        self._lock = threading.Lock()
        self._key = None
        self._records: list[dict] = []

    def records(self, archive) -> list[dict]:
        stats = archive.stats()
        key = (stats.get("articles"), stats.get("facts"), stats.get("pages"))
        with self._lock:
            if key != self._key:
                self._records = list(archive.iter_facts())
                self._key = key
            return self._records


def facts_records(request: Request, archive=Depends(archive_of)) -> list[dict]:
    """A FastAPI dependency: the archive's facts records (``article_id, paper, date, facts``)."""
    cache = getattr(request.app.state, "facts_cache", None)
    if cache is None:
        cache = request.app.state.facts_cache = FactsCache()
    return cache.records(archive)


def facts_of_article(archive, article_id: str, paper: str | None = None, date: str | None = None) -> dict | None:
    """The facts of one article (None when it has none stored); ``paper`` and ``date``
    narrow the read to its issue, so the article view never loads the whole archive's facts."""
    for rec in archive.iter_facts(paper=paper, date_from=date, date_to=date):
        if rec["article_id"] == article_id:
            return rec["facts"]
    return None


def titles(archive, ids) -> dict[str, str]:
    out = {}
    for aid in sorted(set(ids)):
        art = archive.article(aid)
        out[aid] = (art or {}).get("title") or ""
    return out


# --- actors -----------------------------------------------------------------------------

def actors_data(records: list[dict]) -> dict:
    by_actor: dict[str, dict] = {}
    for rec in records:
        for p in rec["facts"].get("people") or ():
            aid = p.get("actor")
            if not aid:
                continue
            a = by_actor.setdefault(aid, {"id": aid, "name": p.get("name"), "role": p.get("role"), "mentions": 0,
                                          "articles": set(), "first_date": rec["date"], "last_date": rec["date"],
                                          "posts": []})
            a["mentions"] += 1
            a["articles"].add(rec["article_id"])
            a["first_date"], a["last_date"] = min(a["first_date"], rec["date"]), max(a["last_date"], rec["date"])
            post = "、".join(p.get("posts") or ())
            label = f"{p.get('org') or ''}{post}"
            if label and label not in a["posts"]:
                a["posts"].append(label)
    actors = sorted(by_actor.values(), key=lambda a: (a["role"] != "official", -a["mentions"], a["id"]))
    for a in actors:
        a["articles"] = len(a["articles"])
    return {"actors": actors}


def actor_data(archive, records: list[dict], actor_id: str) -> dict:
    mentions = []
    for rec in records:
        for p in rec["facts"].get("people") or ():
            if p.get("actor") == actor_id:
                mentions.append({"date": rec["date"], "paper": rec["paper"], "article": rec["article_id"],
                                 "name": p.get("name"), "role": p.get("role"), "org": p.get("org"),
                                 "posts": list(p.get("posts") or ()),
                                 "jurisdiction": (p.get("jurisdiction") or {}).get("name"),
                                 "text": p.get("text") or "", "spans": p.get("spans") or [],
                                 "field": p.get("field")})
    if not mentions:
        raise WebError(404, W404_ACTOR.format(id=actor_id))
    mentions.sort(key=lambda m: (m["date"], m["article"]))
    # posts over time: one row per (organisation, posts) with the first and last date it was printed
    spells: dict[tuple, dict] = {}
    for m in mentions:
        key = (m["org"] or "", tuple(m["posts"]))
        s = spells.setdefault(key, {"org": m["org"], "posts": m["posts"], "first_date": m["date"],
                                    "last_date": m["date"], "mentions": 0})
        s["last_date"], s["mentions"] = m["date"], s["mentions"] + 1
    names = titles(archive, [m["article"] for m in mentions])
    articles = []
    for m in mentions:
        if not articles or articles[-1]["id"] != m["article"]:
            articles.append({"id": m["article"], "paper": m["paper"], "date": m["date"], "title": names[m["article"]]})
    first = mentions[0]
    return {"id": actor_id, "name": first["name"], "role": first["role"], "jurisdiction": first["jurisdiction"],
            "posts": sorted(spells.values(), key=lambda s: (s["first_date"], s["last_date"])),
            "articles": articles, "mentions": mentions}


# --- targets ------------------------------------------------------------------------

def targets_data(archive, records: list[dict]) -> dict:
    from ...facts import track

    tracked = track([rec["facts"] for rec in records]) if records else {"as_of": None, "threads": []}
    ids = [st["article"] for t in tracked["threads"] for st in t["targets"] + t["observations"] if st.get("article")]
    names = titles(archive, ids)
    for t in tracked["threads"]:
        for st in t["targets"] + t["observations"] + t["evidence"]:
            st["title"] = names.get(st.get("article"), "")
    return tracked


def fmt_value(value, unit: str | None) -> str:
    """A figure as a reader writes it: 亿 and 万 for large numbers, the unit after it."""
    if value is None:
        return "?"
    unit_text = {"CNY": "元", "percent": "%", "%": "%"}.get(unit or "", unit or "")
    v = float(value)
    for scale, name in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if abs(v) >= scale and unit_text not in ("%",):
            return f"{v / scale:.2f}".rstrip("0").rstrip(".") + name + unit_text
    return f"{v:.2f}".rstrip("0").rstrip(".") + unit_text


def _day(s: str | None) -> _date | None:
    try:
        return _date.fromisoformat(s) if s else None
    except ValueError:
        return None


def target_chart(thread: dict, width: int = 560, height: int = 200) -> Markup:
    """An inline SVG: each target as a dashed line from its issue to its deadline at its value,
    each observation as a dot at the end of its period; text escaped, styled by classes only."""
    pts_t, pts_o = [], []
    for t in thread["targets"]:
        start = _day(t.get("issue_date"))
        end = _day((t.get("deadline") or {}).get("to")) or start
        if start and t.get("value") is not None:
            pts_t.append((start, end, float(t["value"]), t))
    for o in thread["observations"]:
        when = _day((o.get("period") or {}).get("to")) or _day(o.get("issue_date"))
        if when and o.get("value") is not None:
            pts_o.append((when, float(o["value"]), o))
    days = [d for s, e, _, _ in pts_t for d in (s, e)] + [d for d, _, _ in pts_o]
    values = [v for *_, v, _ in pts_t] + [v for _, v, _ in pts_o]
    if not days:
        return Markup('<p class="empty">No dated figures to draw.</p>')
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 1)
    top = max(values + [0]) * 1.15 or 1.0
    left, right, up, down = 70, 20, 16, 34
    pw, ph = width - left - right, height - up - down

    def x(d: _date) -> float:
        return left + pw * (d - lo).days / span

    def y(v: float) -> float:
        return up + ph * (1 - v / top)

    unit = thread.get("unit")
    e = lambda s: escape(str(s))  # noqa: E731
    out = [f'<svg class="chart target-chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'role="img" aria-label="{e(thread.get("metric") or "")}">',
           f'<line class="axis" x1="{left}" y1="{up + ph}" x2="{left + pw}" y2="{up + ph}"/>',
           f'<line class="axis" x1="{left}" y1="{up}" x2="{left}" y2="{up + ph}"/>',
           f'<text class="tick" x="{left - 6}" y="{y(0) + 4:.1f}" text-anchor="end">0</text>',
           f'<text class="tick" x="{left - 6}" y="{y(top / 1.15) + 4:.1f}" text-anchor="end">'
           f'{e(fmt_value(top / 1.15, unit))}</text>',
           f'<text class="tick" x="{left}" y="{height - 10}">{e(lo.isoformat())}</text>',
           f'<text class="tick" x="{left + pw}" y="{height - 10}" text-anchor="end">{e(hi.isoformat())}</text>']
    for start, end, v, t in pts_t:
        out.append(f'<g class="target"><title>{e(t.get("text") or "")}</title>'
                   f'<line x1="{x(start):.1f}" y1="{y(v):.1f}" x2="{x(end):.1f}" y2="{y(v):.1f}"/>'
                   f'<circle cx="{x(end):.1f}" cy="{y(v):.1f}" r="5"/>'
                   f'<text x="{x(end) - 8:.1f}" y="{y(v) - 8:.1f}" text-anchor="end">目标 {e(fmt_value(v, unit))}</text></g>')
    for when, v, o in pts_o:
        out.append(f'<g class="observation"><title>{e(o.get("text") or "")}</title>'
                   f'<circle cx="{x(when):.1f}" cy="{y(v):.1f}" r="5"/>'
                   f'<text x="{x(when) + 8:.1f}" y="{y(v) + 4:.1f}">{e(fmt_value(v, unit))}</text></g>')
    out.append("</svg>")
    return Markup("".join(out))


# --- response models -------------------------------------------------------------------

class ActorSummary(BaseModel):
    id: str
    name: str | None
    role: str | None = Field(description="official, reporter, contributor…")
    mentions: int
    articles: int
    first_date: str
    last_date: str
    posts: list[str] = Field(description="Organisation + posts as printed, distinct")


class ActorsOut(BaseModel):
    actors: list[ActorSummary]


class ActorOut(BaseModel):
    id: str
    name: str | None
    role: str | None
    jurisdiction: str | None
    posts: list[dict] = Field(description='Posts over time: {"org", "posts", "first_date", "last_date", "mentions"}')
    articles: list[dict] = Field(description='Articles mentioning the actor: {"id", "paper", "date", "title"}')
    mentions: list[dict] = Field(description="Every mention with its spans into the facts' document text of the article")


class TargetsOut(BaseModel):
    as_of: str | None = Field(description="The date the statuses are judged at (the latest issue date)")
    threads: list[dict] = Field(description="banmian.facts.track() threads: owner, metric, unit, status, targets, "
                                            "observations, revisions, evidence (each with article, spans, text, title)")


class ArticleFactsOut(BaseModel):
    article: str
    facts: dict | None = Field(description="extract_facts() result: people, organisations, quantities, times, targets, "
                                           "observations, tasks; spans point into banmian.facts.article_text(article)")


# --- JSON API ------------------------------------------------------------------------------

@router.get("/api/actors", response_model=ActorsOut, tags=["facts"], summary="Every actor in the facts, officials first")
def api_actors(records=Depends(facts_records)):
    return actors_data(records)


@router.get("/api/actors/{actor_id}", response_model=ActorOut, responses=ERROR_RESPONSES, tags=["facts"],
            summary="One actor: posts over time and the articles mentioning them")
def api_actor(actor_id: str = ACTOR_ID, records=Depends(facts_records), archive=Depends(archive_of)):
    return actor_data(archive, records, actor_id)


@router.get("/api/targets", response_model=TargetsOut, tags=["facts"],
            summary="Target threads (owner, metric) with their status and the observations reported for them")
def api_targets(records=Depends(facts_records), archive=Depends(archive_of)):
    return targets_data(archive, records)


@router.get("/api/articles/{article_id}/facts", response_model=ArticleFactsOut, responses=ERROR_RESPONSES,
            tags=["facts"], summary="The facts extracted from one article at ingest")
def api_article_facts(article_id: str = Path(description="Article id PAPER-YYYY-MM-DD-pNN-aMM"),
                      archive=Depends(archive_of)):
    article_id = validate.article_id(article_id)
    article = archive.article(article_id)
    if not article:
        raise WebError(404, W404_ARTICLE_FACTS.format(id=article_id))
    return {"article": article_id, "facts": facts_of_article(archive, article_id, article["paper"], article["date"])}


# --- HTML ------------------------------------------------------------------------------------

@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_html(request: Request, records=Depends(facts_records)):
    return render(request, "actors.html", actors_data(records), api="/api/actors")


@router.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
def actor_html(request: Request, actor_id: str = ACTOR_ID, records=Depends(facts_records),
               archive=Depends(archive_of)):
    return render(request, "actor.html", {"actor": actor_data(archive, records, actor_id)},
                  api=f"/api/actors/{q(actor_id)}")


@router.get("/targets", response_class=HTMLResponse, include_in_schema=False)
def targets_html(request: Request, records=Depends(facts_records), archive=Depends(archive_of)):
    data = targets_data(archive, records)
    charts = {t["id"]: target_chart(t) for t in data["threads"]}
    return render(request, "targets.html", {**data, "charts": charts, "fmt_value": fmt_value}, api="/api/targets")


def actor_url(actor_id: str) -> str:
    return f"/actors/{q(actor_id)}"


__all__ = ["router", "TAG", "FactsCache", "facts_of_article", "fmt_value", "target_chart", "actor_url"]
