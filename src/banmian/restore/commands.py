"""``banmian restore``: the command over :func:`banmian.restore.restore_file`."""
from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import click

from ..errors import BanmianError, Errors, InputError
from ..pages.decode import MAX_BYTES
from . import restore_file
from .render import FORMATS, render

log = logging.getLogger(__name__)
_PAGE_NO = re.compile(r"(\d{1,3})\D*$")


def page_files(paths: tuple[str, ...]) -> list[Path]:
    """Expand folders into their .txt pages (sorted); keep files as given."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.txt") if f.is_file())
            if not found:
                raise InputError(Errors.E017.format(source=raw))
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(Errors.E016.format(source=raw))
    return out


def page_number(path: Path) -> int | None:
    """`04.txt`, `page-4.txt` -> 4: the printed page number, when the file name says it."""
    m = _PAGE_NO.search(path.stem)
    return int(m.group(1)) if m else None


@click.command("restore")
@click.argument("pages", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="json (one page), jsonl (one object a page), text (for people), md. "
                   "Default: json for one page, jsonl for several.")
@click.option("--method", type=click.Choice(["global", "naive"]), default="global", show_default=True,
              help="naive = the baseline that joins every block not ending a sentence.")
@click.option("--max-bytes", type=int, default=MAX_BYTES, show_default=True, help="Refuse larger files.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here instead of stdout.")
def restore_command(pages, fmt, method, max_bytes, output):
    """Restore the articles of raw newspaper page text files (or folders of them).

    Every output paragraph is the concatenation of spans of the decoded input; every
    input character is in an article or in `removed` with a reason.

    Example: banmian restore examples/pages/ --format text
    """
    try:
        files = page_files(pages)
    except BanmianError as exc:
        raise click.ClickException(str(exc)) from None
    fmt = fmt or ("json" if len(files) == 1 else "jsonl")
    failed = 0
    for path in files:
        try:
            page = restore_file(path, page_no=page_number(path), method=method, max_bytes=max_bytes)
        except BanmianError as exc:
            if len(files) == 1:
                raise click.ClickException(str(exc)) from None
            click.echo(f"skipped: {exc}", err=True)
            failed += 1
            continue
        if not page.articles:
            # a valid page with no article text (only furniture: a page header, an editor's line)
            reasons = sorted({r.reason for r in page.removed if r.reason != "whitespace"})
            click.echo(f"warning: {path}: no article found; every block was removed ({', '.join(reasons)})", err=True)
        if fmt == "json" and len(files) > 1:
            fmt = "jsonl"
        output.write(render(page, fmt))
        if fmt in ("json", "jsonl"):
            output.write("\n")
    if failed:
        click.echo(f"{failed} of {len(files)} files skipped", err=True)
        sys.exit(1)


COMMANDS = [restore_command]
