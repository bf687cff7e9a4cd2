"""The web reader: a FastAPI app over one archive, HTML pages with JSON twins.

Each area of the reader is one router module in :mod:`banmian.web.routes` (browse,
articles, search); a later area (actors, targets) is a new module added to ``AREAS``.
Every HTML page has its data under ``/api/...``, documented in ``/openapi.json``.
The archive is opened read-only: the reader never writes, and it only ever reads the
archive file and its own packaged templates and static files.
"""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import BanmianError
from .errors import WebError, WebErrors
from .render import HERE, make_templates, render
from .routes import articles, browse, search

log = logging.getLogger(__name__)

AREAS = (browse, articles, search)

# No inline script or style anywhere: even text that escaped escaping could not run.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _open_archive(path: str | Path):
    from ..archive import Archive

    try:
        return Archive(path, readonly=True)
    except BanmianError as exc:
        raise WebError(500, WebErrors.W501.format(path=path, detail=exc)) from None


def create_app(archive_path: str | Path = "banmian.db", *, archive=None) -> FastAPI:
    """The reader app for the archive at ``archive_path`` (opened read-only).

    :param archive_path: the archive file written by ``banmian ingest``
    :param archive: an already open :class:`~banmian.archive.Archive` to serve instead
    :raises WebError: the archive cannot be opened (missing file, not an archive)
    """
    app = FastAPI(
        title="banmian reader",
        version=__version__,
        description="Browse restored newspaper pages, their articles and provenance, and search them. "
                    "Every HTML page has a JSON twin under /api/.",
        openapi_tags=[{"name": "browse", "description": "Papers, issue calendars, issues and pages"},
                      {"name": "articles", "description": "Stitched articles with provenance"},
                      {"name": "search", "description": "Chinese full-text search"}],
    )
    app.state.archive = archive if archive is not None else _open_archive(archive_path)
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for area in AREAS:
        app.include_router(area.router)
    _install_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def error_response(request: Request, status: int, message: str, title: str | None = None):
    """The error as JSON under /api/, else as an HTML page; the message is escaped like any text."""
    title = title or {400: "Bad request", 404: "Not found", 405: "Method not allowed"}.get(status, "Error")
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "title": title, "message": message}}, status_code=status)
    return render(request, "error.html", {"status": status, "title": title, "message": message}, status=status)


def _install_error_handlers(app: FastAPI) -> None:
    from ..archive.errors import ArchiveError

    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError):
        return error_response(request, exc.status, exc.message, exc.title)

    @app.exception_handler(ArchiveError)
    async def archive_error(request: Request, exc: ArchiveError):
        # bad query syntax, bad date or page filter: the user's request, not our failure
        return error_response(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
            parts.append(f"{where}: {err.get('msg')}")
        return error_response(request, 400, WebErrors.W400_PARAMS.format(detail="; ".join(parts) or "invalid"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            return error_response(request, 404, WebErrors.W404_ROUTE.format(path=request.url.path))
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("request %s failed", request.url.path)
        return error_response(request, 500, WebErrors.W500.format(kind=type(exc).__name__), "Server error")
