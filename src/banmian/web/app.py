"""The web reader: a FastAPI app over one archive, HTML pages with JSON twins.

Each area of the reader is one router module in :mod:`banmian.web.routes` (browse,
articles, search) with a ``router`` and an OpenAPI ``TAG``; a later area (actors,
targets) is a new module added to ``AREAS``, its templates extending ``base.html``.
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
from .access import ArchiveAccess
from .errors import WebError, WebErrors
from .layers import article_highlights
from .render import HERE, make_templates, render
from .routes import articles, browse, facts, reuse, search
from .routes.facts import actor_url

log = logging.getLogger(__name__)

AREAS = (browse, articles, search, facts, reuse)

# No inline script or style anywhere: even text that escaped escaping could not run.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(archive_path: str | Path = "banmian.db", *, archive=None,
               reuse_dir: str | Path | None = None) -> FastAPI:
    """The reader app for the archive at ``archive_path`` (opened read-only).

    :param archive_path: the archive file written by ``banmian ingest``
    :param archive: an already open :class:`~banmian.archive.Archive` to serve instead
    :param reuse_dir: the output folder of a finished ``banmian reuse`` run over this
        archive; without it, reuse is computed in memory on first use (small archives)
    :raises WebError: the archive cannot be opened (missing file, not an archive)
    """
    app = FastAPI(
        title="banmian reader",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: the reader fetches nothing from the network
        redoc_url=None,
        version=__version__,
        description="Browse restored newspaper pages, their articles and provenance, and search them. "
                    "Every HTML page has a JSON twin under /api/.",
        openapi_tags=[area.TAG for area in AREAS],
    )
    app.state.archives = ArchiveAccess(archive_path, archive)
    app.state.templates = make_templates()
    app.state.reuse_dir = reuse_dir
    app.state.templates.env.globals.update(article_highlights=article_highlights, actor_url=actor_url)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for area in AREAS:
        app.include_router(area.router)
    _install_error_handlers(app)

    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """Pure ASGI middleware adding :data:`SECURITY_HEADERS` to every response (cheaper than BaseHTTPMiddleware)."""

    _headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self._headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


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
        detail = "; ".join(parts) or "invalid"
        if exc.errors() and all(err.get("loc", ("",))[0] == "path" for err in exc.errors()):
            return error_response(request, 404, WebErrors.W404_PATH.format(path=request.url.path, detail=detail))
        return error_response(request, 400, WebErrors.W400_PARAMS.format(detail=detail))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            return error_response(request, 404, WebErrors.W404_ROUTE.format(path=request.url.path))
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("request %s failed", request.url.path)
        return error_response(request, 500, WebErrors.W500.format(kind=type(exc).__name__), "Server error")
