"""``banmian ingest``, ``banmian search`` and ``banmian export``: thin commands over :class:`Archive`."""
from __future__ import annotations

import json
import sys

import click

from ..errors import BanmianError
from .db import Archive
from .export import FORMATS, export_articles, export_facts

DEFAULT_DB = "banmian.db"
_db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                          help="The archive file (SQLite).")


def _open(db: str, readonly: bool = False) -> Archive:
    try:
        return Archive(db, readonly=readonly)
    except BanmianError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--paper", help="Paper name for every file (else the PAPER folder of the layout).")
@click.option("--date", help="Issue date YYYY-MM-DD for every file (else the date folder of the layout).")
@click.option("--manifest", type=click.Path(dir_okay=False), help="CSV or JSON: file, paper, date, page, page_name.")
@click.option("--force", is_flag=True, help="Restore and store again even unchanged pages.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Restore pages in this many processes.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@_db_option
def ingest_command(paths, paper, date, manifest, force, workers, quiet, db):
    """Ingest page files laid out PAPER/YYYY-MM-DD/NN.txt (or listed in a manifest).

    Each issue is restored, its jumps stitched and stored in one transaction; pages whose
    content did not change are left alone. Files that do not fit are listed and skipped.

    Example: banmian ingest papers/ --db banmian.db
    """
    if not paths and not manifest:
        raise click.UsageError("give page files or folders, or --manifest")
    archive = _open(db)
    try:
        summary = archive.ingest(paths, paper=paper, date=date, manifest=manifest, progress=not quiet, force=force,
                                 workers=workers)
    except BanmianError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        raise click.ClickException("interrupted: issues stored before the interruption are kept, the one in progress is not") from None
    finally:
        archive.close()
    for path, reason in summary.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
    click.echo(str(summary))


def _marked(text: str, color: bool) -> str:
    start, end = ("\x1b[1;31m", "\x1b[0m") if color else ("[", "]")
    return text.replace("\ue000", start).replace("\ue001", end).replace("\n", " ")


@click.command("search")
@click.argument("query")
@click.option("--paper", help="Only this paper.")
@click.option("--from", "date_from", help="Only issues on or after YYYY-MM-DD.")
@click.option("--to", "date_to", help="Only issues on or before YYYY-MM-DD.")
@click.option("--page", type=int, help="Only articles running on this page.")
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--offset", type=int, default=0, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_db_option
def search_command(query, paper, date_from, date_to, page, limit, offset, fmt, db):
    """Full-text search: exact substrings of any length (国债, 鹿泉), "phrases", A OR B, -exclude.

    Example: banmian search 国债 --from 2024-01-01 --format json
    """
    archive = _open(db, readonly=True)
    try:
        result = archive.search(query, paper=paper, date_from=date_from, date_to=date_to, page=page,
                                limit=limit, offset=offset)
    except BanmianError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        archive.close()
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    color = sys.stdout.isatty()
    click.echo(f"{result['total']} hits for {query!r}")
    for hit in result["hits"]:
        click.echo(f"{hit['id']}  {hit['title']}\n    {_marked(hit['snippet'], color)}")


@click.group("export")
def export_group():
    """Export the archive's tables (articles, facts) as JSONL, CSV or Parquet.

    Example: banmian export articles --format parquet --partitioned out/
    """


def _export(fn, fmt, output, partitioned, db, paper, date_from, date_to):
    if partitioned and fmt != "parquet":
        raise click.UsageError("--partitioned writes Parquet: use --format parquet")
    archive = _open(db, readonly=True)
    try:
        n = fn(archive, fmt, output, partitioned=partitioned, paper=paper, date_from=date_from, date_to=date_to)
    except BanmianError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        archive.close()
    click.echo(f"exported {n} rows", err=True)


def _export_options(default_fmt):
    def wrap(f):
        for opt in reversed([
            click.option("--format", "fmt", type=click.Choice(FORMATS), default=default_fmt, show_default=True),
            click.option("-o", "--output", default="-", help="Output file (stdout for jsonl/csv by default)."),
            click.option("--partitioned", type=click.Path(file_okay=False), help="Write Parquet partitioned paper=/date= into this folder."),
            click.option("--paper", help="Only this paper."),
            click.option("--from", "date_from", help="Only issues on or after YYYY-MM-DD."),
            click.option("--to", "date_to", help="Only issues on or before YYYY-MM-DD."),
            _db_option,
        ]):
            f = opt(f)
        return f
    return wrap


@export_group.command("articles")
@_export_options("jsonl")
def export_articles_command(fmt, output, partitioned, paper, date_from, date_to, db):
    """Export articles with stable ids, pages and provenance spans.

    Example: banmian export articles --format csv -o articles.csv
    """
    _export(export_articles, fmt, output, partitioned, db, paper, date_from, date_to)


@export_group.command("facts")
@_export_options("csv")
def export_facts_command(fmt, output, partitioned, paper, date_from, date_to, db):
    """Export the facts extracted at ingest, one row per fact.

    Example: banmian export facts --format parquet -o facts.parquet
    """
    _export(export_facts, fmt, output, partitioned, db, paper, date_from, date_to)


COMMANDS = [ingest_command, search_command, export_group]
