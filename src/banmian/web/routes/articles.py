"""Articles: one stitched article with its parts (a part per page), pages and provenance."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse

from .. import validate
from ..errors import WebError, WebErrors
from ..render import archive_of, q, render
from ..schemas import ERROR_RESPONSES, ArticleOut

router = APIRouter()
TAG = {"name": "articles", "description": "Stitched articles with provenance"}

ARTICLE_ID = Path(description="Article id PAPER-YYYY-MM-DD-pNN-aMM")


def article_data(archive, article_id: str) -> dict:
    article_id = validate.article_id(article_id)
    found = archive.article(article_id)
    if not found:
        raise WebError(404, WebErrors.W404_ARTICLE.format(id=article_id))
    return found


@router.get("/api/articles/{article_id}", response_model=ArticleOut, responses=ERROR_RESPONSES, tags=["articles"],
            summary="One article: heading, parts per page with paragraphs and their source spans")
def api_article(article_id: str = ARTICLE_ID, archive=Depends(archive_of)):
    return article_data(archive, article_id)


@router.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_html(request: Request, article_id: str = ARTICLE_ID, archive=Depends(archive_of)):
    data = article_data(archive, article_id)
    return render(request, "article.html", {"article": data}, api=f"/api/articles/{q(article_id)}")
