"""Commands ``banmian reuse`` and ``banmian batch``: thin wrappers over the Python API."""
from __future__ import annotations

import json

import click

from ..errors import BanmianError


@click.command("reuse")
@click.option("--db", "db", type=click.Path(dir_okay=False), help="A banmian archive to read the articles from.")
@click.option("--input", "input_path", type=click.Path(dir_okay=False),
              help="Articles as JSONL: {id, paper, date, page, text} a line (.gz allowed).")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option("--master", default=None, help="Spark master URL (default local[*]).")
@click.option("--min-chars", type=int, default=15, show_default=True,
              help="Shortest passage, counting characters other than punctuation and spaces.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Folder for the stage tables (Parquet); a rerun resumes from it.")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
def reuse_command(db, input_path, engine, master, min_chars, out_dir, fmt):
    """Find passages reused across articles and cluster them.

    JSON output: {"clusters": [{cluster, label, stock, members: [{article, spans, text}]}],
    "formulations": [...]}; stock clusters (a paper's daily phrasing) are labelled "stock".

    Example: banmian reuse --input articles.jsonl --out reuse-run --format json
    """
    from . import find_reuse, read_archive, read_jsonl
    from .options import ReuseError, ReuseErrors

    try:
        if bool(db) == bool(input_path):
            raise ReuseError(ReuseErrors.E707)
        articles = read_archive(db) if db else read_jsonl(input_path)
        result = find_reuse(articles, engine=engine, master=master, min_chars=min_chars, out_dir=out_dir)
    except BanmianError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    for c in result.clusters:
        click.echo(f"cluster {c.id} [{c.label}] {len(c.members)} articles")
        for m in c.members:
            spans = ",".join(f"{b}:{e}" for b, e in m.spans)
            click.echo(f"  {m.article}@{spans}  {m.text[:60]}")
    click.echo(f"{len(result.clusters)} clusters, {len(result.formulations)} formulations")


@click.command("batch")
@click.argument("pages_dir", type=click.Path(file_okay=False))
@click.argument("out_dir", type=click.Path(file_okay=False))
@click.option("--engine", type=click.Choice(["local", "spark"]), default="spark", show_default=True)
@click.option("--master", default=None, help="Spark master URL (default local[*]).")
@click.option("--no-facts", is_flag=True, help="Restore only; do not extract facts.")
@click.option("--method", type=click.Choice(["global", "naive"]), default="global", show_default=True,
              help="Restore method (naive: the join-unless-sentence-end baseline).")
def batch_command(pages_dir, out_dir, engine, master, no_facts, method):
    """Restore (and extract facts from) a corpus of PAPER/YYYY-MM-DD/NN.txt page files into
    Parquet partitioned by paper and date. Bad files are logged, counted and skipped.

    Example: banmian batch pages/ out/ --engine spark --master local[*]
    """
    from .batch import batch

    try:
        report = batch(pages_dir, out_dir, engine=engine, master=master, with_facts=not no_facts, method=method)
    except BanmianError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{report.pages} pages, {report.articles} articles, {report.facts} fact sets, {len(report.failed)} failed")


COMMANDS = [reuse_command, batch_command]
