"""``banmian serve``: the web reader over an archive, on localhost by default."""
from __future__ import annotations

import logging

import click

from ..errors import BanmianError

log = logging.getLogger(__name__)

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@click.command("serve")
@click.option("--db", default="banmian.db", show_default=True, type=click.Path(dir_okay=False),
              help="The archive file written by `banmian ingest`.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (localhost only by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--reuse-dir", default=None, type=click.Path(file_okay=False, exists=True),
              help="Output folder of a finished `banmian reuse --out DIR` run, for reuse highlights "
                   "(small archives are computed on first use without it).")
def serve(db: str, host: str, port: int, reuse_dir: str | None) -> None:
    """Serve the web reader: papers, issue calendars, pages with their restored articles, search.

    Every HTML page has a JSON twin under /api/ (OpenAPI at /openapi.json). The archive
    is opened read-only.

    Example: banmian serve --db banmian.db --port 8000
    """
    import uvicorn

    from .app import create_app

    try:
        app = create_app(db, reuse_dir=reuse_dir)
    except BanmianError as exc:
        raise click.ClickException(str(exc)) from None
    if host not in LOCAL_HOSTS:
        click.echo(f"warning: serving on {host}: anyone who can reach this address can read the archive", err=True)
    click.echo(f"banmian reader on http://{'[' + host + ']' if ':' in host else host}:{port}/  (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [serve]
