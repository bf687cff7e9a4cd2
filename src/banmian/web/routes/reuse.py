"""Text reuse: formulations that travel between articles and papers, and reused passages.

Where the results come from (kept simple on purpose):

- ``create_app(..., reuse_dir=DIR)``: the stage tables of a finished ``banmian reuse``
  run (``--out DIR``) are read once, nothing is computed;
- otherwise reuse is computed on first use over every article of the archive with the
  local engine (:func:`banmian.reuse.find_reuse`) and kept in memory for this app; it is
  recomputed when the archive's counts change. This suits small archives; for a large one
  run ``banmian reuse`` once and serve its output with ``reuse_dir``.

A formulation's id is its rank in the index. Its occurrences are the articles whose
normalised text (what matching sees) contains the phrase; its chart, an inline SVG
drawn here, shows them per month and paper.
"""
from __future__ import annotations

import json
import logging
import threading
from collections import Counter, defaultdict
from pathlib import Path as FsPath

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape
from pydantic import BaseModel, Field

from .. import validate
from ..errors import WebError
from ..render import archive_of, render
from ..schemas import ERROR_RESPONSES

log = logging.getLogger(__name__)

router = APIRouter()
TAG = {"name": "reuse", "description": "Reused passages and the formulation index"}

W404_FORMULATION = "[W430] No formulation {id} in this archive's reuse index."
W404_ARTICLE_REUSE = "[W431] No article {id!r} in this archive."
W500_REUSE_DIR = "[W432] The reuse folder {path} holds no finished run (run `banmian reuse --out {path}` first)."
W503_TOO_BIG = ("[W433] Reuse is computed on demand for archives of up to {max} articles; this one has {n}. "
                "Run `banmian reuse --out DIR` once and serve its output (create_app(..., reuse_dir=DIR)).")
MAX_OCCURRENCES = 500
MAX_ON_DEMAND = 3000  # articles; beyond this a request must not start a corpus-scale computation


class ReuseIndex:
    """Clusters and formulations of one archive, read from ``reuse_dir`` or computed once."""

    def __init__(self, reuse_dir: str | FsPath | None = None):
        self.reuse_dir = FsPath(reuse_dir) if reuse_dir else None
        self._lock = threading.Lock()
        self._key = None
        self.clusters: list[dict] = []
        self.formulations: list[dict] = []
        self.by_article: dict[str, list[dict]] = {}

    def load(self, archive) -> "ReuseIndex":
        stats = archive.stats()
        key = "dir" if self.reuse_dir else (stats.get("articles"), stats.get("pages"))
        with self._lock:
            if key != self._key:
                self._set(self._compute(archive))
                self._key = key
        return self

    def _compute(self, archive):
        from ...reuse import find_reuse, load_reuse
        from ...reuse import stages

        if self.reuse_dir is not None:
            if not stages.is_done(self.reuse_dir, "formulations"):
                raise WebError(500, W500_REUSE_DIR.format(path=self.reuse_dir), "Server error")
            return load_reuse(self.reuse_dir)  # a finished run, whatever options made it
        n = archive.stats().get("articles") or 0
        if n > MAX_ON_DEMAND:
            raise WebError(503, W503_TOO_BIG.format(max=MAX_ON_DEMAND, n=n), "Reuse not available")
        articles = [{"id": a["id"], "paper": a["paper"], "date": a["date"], "page": (a.get("pages") or [0])[0],
                     "text": a.get("text") or ""} for a in archive.iter_articles()]
        log.info("computing text reuse over %d articles (local engine, kept in memory)", len(articles))
        return find_reuse(articles, engine="local", workers=1)

    def _set(self, result) -> None:
        self.clusters = [c.to_dict() for c in result.clusters]
        forms = []
        for f in result.formulations:
            f = dict(f)
            months = f.get("months")
            f["months"] = json.loads(months) if isinstance(months, str) else dict(months or {})
            f["papers"] = list(f.get("papers") or [])
            forms.append(f)
        self.formulations = forms
        by_article: dict[str, list[dict]] = defaultdict(list)
        for c in self.clusters:
            for m in c["members"]:
                others = [{"article": o["article"], "spans": o["spans"], "text": o["text"]}
                          for o in c["members"] if o is not m]
                by_article[m["article"]].append({"cluster": c["cluster"], "label": c["label"], "spans": m["spans"],
                                                 "text": m["text"], "others": others})
        self.by_article = dict(by_article)

    def formulation(self, rank: int) -> dict:
        for f in self.formulations:
            if f["rank"] == rank:
                return f
        raise WebError(404, W404_FORMULATION.format(id=rank))


def reuse_index(request: Request, archive=Depends(archive_of)) -> ReuseIndex:
    """A FastAPI dependency: the app's :class:`ReuseIndex`, loaded."""
    index = getattr(request.app.state, "reuse_index", None)
    if index is None:
        index = request.app.state.reuse_index = ReuseIndex(getattr(request.app.state, "reuse_dir", None))
    return index.load(archive)


def passages_of_article(request: Request, archive, article_id: str, on_demand: bool = True) -> list[dict]:
    """The reused passages of one article. With ``on_demand=False`` (the article view) reuse
    that is not loaded yet is only started for small archives: a page view never waits on
    a computation over a large one, nor fails because of it."""
    if not on_demand and getattr(request.app.state, "reuse_dir", None) is None:
        if (archive.stats().get("articles") or 0) > MAX_ON_DEMAND:
            return []
    return reuse_index(request, archive).by_article.get(article_id, [])


# --- data ------------------------------------------------------------------------------------

def occurrences(archive, phrase: str) -> list[dict]:
    """Articles whose normalised text contains ``phrase`` (oldest first, at most MAX_OCCURRENCES)."""
    from ...reuse.shingles import normalized_text

    out = []
    for a in archive.iter_articles():
        if phrase and phrase in normalized_text(a.get("text") or ""):
            out.append({"id": a["id"], "paper": a["paper"], "date": a["date"], "title": a.get("title") or "",
                        "pages": a.get("pages") or []})
            if len(out) >= MAX_OCCURRENCES:
                log.info("occurrences of %r cut at %d articles", phrase[:20], MAX_OCCURRENCES)
                break
    out.sort(key=lambda o: (o["date"], o["paper"], o["id"]))
    return out


def formulation_data(archive, index: ReuseIndex, rank: int) -> dict:
    f = index.formulation(rank)
    occ = occurrences(archive, f["phrase"])
    spread: dict[str, Counter] = defaultdict(Counter)
    for o in occ:
        spread[o["paper"]][o["date"][:7]] += 1
    return {**f, "id": rank, "occurrences": occ,
            "spread": {paper: dict(sorted(c.items())) for paper, c in sorted(spread.items())}}


def spread_chart(spread: dict[str, dict[str, int]], months: dict[str, int], width: int = 560) -> Markup:
    """An inline SVG: one row per paper, one column per month, a dot sized by the articles;
    the bottom row is the index's own count per month (all papers)."""
    cols = sorted(set(months) | {m for c in spread.values() for m in c})
    rows = [(paper, counts) for paper, counts in spread.items()] + [("全部 all", months)]
    if not cols:
        return Markup('<p class="empty">No dated occurrences to draw.</p>')
    left, top, row_h = 110, 24, 30
    col_w = max(min((width - left - 10) / len(cols), 80), 24)
    width = int(left + col_w * len(cols) + 10)
    height = top + row_h * len(rows) + 10
    peak = max([v for _, c in rows for v in c.values()] + [1])
    e = lambda s: escape(str(s))  # noqa: E731
    out = [f'<svg class="chart spread-chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'role="img" aria-label="spread over months and papers">']
    for j, m in enumerate(cols):
        out.append(f'<text class="tick" x="{left + col_w * (j + .5):.1f}" y="{top - 8}" text-anchor="middle">{e(m)}</text>')
    for i, (paper, counts) in enumerate(rows):
        cy = top + row_h * (i + .5)
        total_row = i == len(rows) - 1
        out.append(f'<text class="paper{" total" if total_row else ""}" x="{left - 8}" y="{cy + 4:.1f}" '
                   f'text-anchor="end">{e(paper)}</text>')
        out.append(f'<line class="grid" x1="{left}" y1="{cy:.1f}" x2="{left + col_w * len(cols):.1f}" y2="{cy:.1f}"/>')
        for j, m in enumerate(cols):
            n = counts.get(m, 0)
            if n:
                r = 4 + 9 * (n / peak) ** .5
                out.append(f'<g class="cell{" total" if total_row else ""}"><title>{e(paper)} {e(m)}: {n}</title>'
                           f'<circle cx="{left + col_w * (j + .5):.1f}" cy="{cy:.1f}" r="{r:.1f}"/>'
                           f'<text x="{left + col_w * (j + .5):.1f}" y="{cy + 4:.1f}" text-anchor="middle">{n}</text></g>')
    out.append("</svg>")
    return Markup("".join(out))


# --- response models ------------------------------------------------------------------------

class FormulationOut(BaseModel):
    rank: int = Field(description="Rank in the index; also the formulation's id")
    phrase: str = Field(description="The normalised phrase (punctuation and spaces dropped)")
    label: str = Field(description='"reuse" (travels) or "stock" (a paper prints it on many days)')
    source: str
    first_seen: str
    last_seen: str
    papers: list[str]
    articles: int
    days: int
    months: dict[str, int] = Field(description="Articles per month YYYY-MM")


class FormulationsOut(BaseModel):
    formulations: list[FormulationOut]


class FormulationDetailOut(FormulationOut):
    id: int
    occurrences: list[dict] = Field(description='Articles containing the phrase: {"id", "paper", "date", "title", "pages"}')
    spread: dict[str, dict[str, int]] = Field(description="Paper -> month -> articles")


class ArticleReuseOut(BaseModel):
    article: str
    passages: list[dict] = Field(description='Reused passages: {"cluster", "label", "spans", "text", "others": '
                                             '[{"article", "spans", "text"}]}; spans point into the archive\'s '
                                             "article text (paragraphs joined by newlines)")


# --- JSON API -------------------------------------------------------------------------------

@router.get("/api/formulations", response_model=FormulationsOut, tags=["reuse"],
            summary="The formulation index: travelling phrases first, stock phrasing after")
def api_formulations(index: ReuseIndex = Depends(reuse_index)):
    return {"formulations": index.formulations}


@router.get("/api/formulations/{rank}", response_model=FormulationDetailOut, responses=ERROR_RESPONSES,
            tags=["reuse"], summary="One formulation: its spread over months and papers, the articles carrying it")
def api_formulation(rank: int = Path(description="The formulation's rank in the index", ge=1, le=10_000_000),
                    index: ReuseIndex = Depends(reuse_index), archive=Depends(archive_of)):
    return formulation_data(archive, index, rank)


@router.get("/api/articles/{article_id}/reuse", response_model=ArticleReuseOut, responses=ERROR_RESPONSES,
            tags=["reuse"], summary="The passages of one article reused elsewhere, with the other occurrences")
def api_article_reuse(request: Request, article_id: str = Path(description="Article id PAPER-YYYY-MM-DD-pNN-aMM"),
                      archive=Depends(archive_of)):
    article_id = validate.article_id(article_id)
    if not archive.article(article_id):
        raise WebError(404, W404_ARTICLE_REUSE.format(id=article_id))
    return {"article": article_id, "passages": passages_of_article(request, archive, article_id)}


# --- HTML ------------------------------------------------------------------------------------

@router.get("/formulations", response_class=HTMLResponse, include_in_schema=False)
def formulations_html(request: Request, index: ReuseIndex = Depends(reuse_index)):
    return render(request, "formulations.html", {"formulations": index.formulations}, api="/api/formulations")


@router.get("/formulations/{rank}", response_class=HTMLResponse, include_in_schema=False)
def formulation_html(request: Request, rank: int = Path(ge=1, le=10_000_000),
                     index: ReuseIndex = Depends(reuse_index), archive=Depends(archive_of)):
    data = formulation_data(archive, index, rank)
    return render(request, "formulation.html", {"f": data, "chart": spread_chart(data["spread"], data["months"])},
                  api=f"/api/formulations/{rank}")


__all__ = ["router", "TAG", "ReuseIndex", "passages_of_article", "spread_chart"]
