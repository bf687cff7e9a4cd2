"""``banmian facts``: the command-line face of :func:`banmian.facts.extract_facts`."""
from __future__ import annotations

import click

from ..errors import BanmianError


@click.command(name="facts")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--date", "issue_date", required=True, help="Issue date, YYYY-MM-DD: relative times resolve against it.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "jsonl"]), default="json", show_default=True)
@click.option("--as", "kind", type=click.Choice(["auto", "page", "article"]), default="auto", show_default=True,
              help="Treat text files as raw pages (restored first) or clean articles; auto: several blocks = page.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
def facts(paths, issue_date, fmt, kind, output):
    """Extract people, quantities, times, targets, observations and tasks from pages or articles.

    Example: banmian facts page.txt article.json --date 2023-12-22 --format csv
    """
    from .extract import _issue
    from .io import facts_of_paths, render

    try:
        _issue(issue_date)
        text = render(facts_of_paths(paths, issue_date, kind), fmt)
    except BanmianError as exc:
        raise click.ClickException(str(exc)) from None
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)


COMMANDS = [facts]
