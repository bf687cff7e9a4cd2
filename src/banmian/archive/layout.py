"""Find the page files to ingest and who they belong to: paper, date, page number.

Two ways to say it: the folder layout ``PAPER/YYYY-MM-DD/NN.txt`` (page number from
the file name), or a manifest (CSV or JSON rows of file, paper, date, page, page_name)
for any other layout. ``--paper``/``--date`` override what the layout says. A file that
does not fit is skipped with a reason, never guessed at.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .errors import ArchiveError, ArchiveErrors

log = logging.getLogger(__name__)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PAPER = re.compile(r"^[\w.\-]+$")
# `04.txt`, `p04.txt`, `page4.txt`, `page-4.txt`, `04_要闻.txt` / `04-要闻.txt` (the rest is the page name)
_PAGE_FILE = re.compile(r"^(?:(?:p|page)[-_]?)?(?P<page>\d{1,3})(?:[_\-](?P<name>.+))?$", re.I)
MANIFEST_FIELDS = ("file", "paper", "date", "page", "page_name")


@dataclass(frozen=True, slots=True)
class PageSource:
    """One page file and where it sits in the archive."""

    path: Path
    paper: str
    date: str
    page: int
    page_name: str | None = None


Skipped = tuple[str, str]  # (path, reason)


def check_date(value: str) -> str:
    """Return ``value`` if it is a real date written YYYY-MM-DD; raise :class:`ArchiveError` otherwise."""
    if not isinstance(value, str) or not _DATE.match(value.strip()):
        raise ArchiveError(ArchiveErrors.E500.format(value=value))
    try:
        dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ArchiveError(ArchiveErrors.E500.format(value=value)) from None
    return value.strip()


def check_paper(value: str) -> str:
    """Return ``value`` if it can be a paper name in ids and folder names; raise otherwise."""
    if not isinstance(value, str) or not _PAPER.match(value.strip()):
        raise ArchiveError(ArchiveErrors.E501.format(value=value))
    return value.strip()


def page_from_name(path: Path) -> tuple[int, str | None] | None:
    """Page number (and page name, if the file name carries one) from ``NN.txt``; None if absent."""
    m = _PAGE_FILE.match(path.stem)
    if not m or int(m.group("page")) == 0:
        return None
    return int(m.group("page")), m.group("name")


def _walk(path: Path, skipped: list[Skipped]) -> Iterable[Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_dir() or any(part.startswith(".") for part in p.relative_to(path).parts):
                continue
            if p.suffix.lower() == ".txt":
                yield p
            elif p.suffix.lower() not in (".csv", ".json"):  # manifests live beside pages
                skipped.append((str(p), "not a .txt page file"))
    elif path.is_file():
        yield path
    else:
        skipped.append((str(path), "no such file or folder"))


def _from_layout(path: Path, paper: str | None, date: str | None) -> PageSource | str:
    """A PageSource from the folder layout, or the reason it does not fit."""
    if path.suffix.lower() != ".txt":
        return "not a .txt page file"
    found = page_from_name(path)
    if found is None:
        return f"no page number in the file name {path.name!r} (expected NN.txt, e.g. 04.txt)"
    page, name = found
    if date is None:
        folder = path.parent.name
        try:
            date = check_date(folder)
        except ArchiveError:
            return f"unknown date: the folder {folder!r} is not YYYY-MM-DD (use --date or a manifest)"
    if paper is None:
        folder = path.parent.parent.name
        try:
            paper = check_paper(folder)
        except ArchiveError:
            return f"no paper name: the folder {folder!r} cannot be one (use --paper or a manifest)"
    return PageSource(path, paper, date, page, name)


def read_manifest(manifest: str | Path) -> list[dict]:
    """Rows of a CSV or JSON manifest (a list of objects, or ``{"pages": [...]}``)."""
    path = Path(manifest)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ArchiveError(ArchiveErrors.E502.format(source=path, detail=exc.strerror or exc)) from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArchiveError(ArchiveErrors.E502.format(source=path, detail=f"bad JSON: {exc}")) from None
        rows = data.get("pages") if isinstance(data, dict) else data
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ArchiveError(ArchiveErrors.E502.format(source=path, detail="expected a list of objects"))
        return rows
    rows = list(csv.DictReader(text.splitlines()))
    if rows and "file" not in rows[0]:
        raise ArchiveError(ArchiveErrors.E502.format(source=path, detail=f"no 'file' column; columns are {', '.join(MANIFEST_FIELDS)}"))
    return rows


def _from_manifest_row(row: dict, base: Path, paper: str | None, date: str | None) -> PageSource | tuple[str, str]:
    file = str(row.get("file") or "").strip()
    if not file:
        return ("<manifest>", "a manifest row has no file")
    path = Path(file) if Path(file).is_absolute() else base / file
    if not path.is_file():
        return (str(path), "no such file (named in the manifest)")
    the_paper = paper or str(row.get("paper") or "").strip() or None
    the_date = date or str(row.get("date") or "").strip() or None
    if the_date is None:
        return (str(path), "no date in the manifest row")
    try:
        the_date = check_date(the_date)
    except ArchiveError as exc:
        return (str(path), str(exc))
    if the_paper is None:
        return (str(path), "no paper in the manifest row")
    try:
        the_paper = check_paper(the_paper)
    except ArchiveError as exc:
        return (str(path), str(exc))
    raw_page = row.get("page")
    if raw_page in (None, ""):
        found = page_from_name(path)
        if found is None:
            return (str(path), "no page number in the manifest row or the file name")
        page = found[0]
    else:
        try:
            page = int(str(raw_page).strip())
        except ValueError:
            page = 0
        if page <= 0:
            return (str(path), ArchiveErrors.E507.format(detail=f"page {raw_page!r}"))
    name = str(row.get("page_name") or "").strip() or None
    return PageSource(path, the_paper, the_date, page, name)


def discover(
    paths: Iterable[str | Path] = (),
    *,
    paper: str | None = None,
    date: str | None = None,
    manifest: str | Path | None = None,
) -> tuple[list[PageSource], list[Skipped]]:
    """Every page file under ``paths`` (and in ``manifest``) with its paper, date and page.

    :param paths: files or folders; folders are walked for ``*.txt``
    :param paper: paper name for every file (overrides the layout)
    :param date: issue date YYYY-MM-DD for every file (overrides the layout)
    :param manifest: a CSV or JSON manifest; its ``file`` entries are relative to it
    :returns: (sources sorted by paper, date, page; skipped files with the reason)
    :raises ArchiveError: bad ``--paper``/``--date`` values or an unreadable manifest
    """
    if date is not None:
        date = check_date(date)
    if paper is not None:
        paper = check_paper(paper)
    sources: list[PageSource] = []
    skipped: list[Skipped] = []
    if manifest is not None:
        base = Path(manifest).parent
        for row in read_manifest(manifest):
            got = _from_manifest_row(row, base, paper, date)
            if isinstance(got, PageSource):
                sources.append(got)
            else:
                skipped.append(got)
    for root in paths:
        for path in _walk(Path(root), skipped):
            got = _from_layout(path, paper, date)
            if isinstance(got, PageSource):
                sources.append(got)
            else:
                skipped.append((str(path), got))
    seen: dict[tuple[str, str, int], Path] = {}
    unique: list[PageSource] = []
    for src in sources:
        key = (src.paper, src.date, src.page)
        if key in seen:
            if seen[key].resolve() != src.path.resolve():
                skipped.append((str(src.path), f"page {src.page} of {src.paper} {src.date} is already given by {seen[key]}"))
            continue
        seen[key] = src.path
        unique.append(src)
    for path, reason in skipped:
        log.info("skipped %s: %s", path, reason)
    unique.sort(key=lambda s: (s.paper, s.date, s.page))
    return unique, skipped
