"""The archive's Python API: ingest page files, then browse, search and export.

The web reader and the CLI both sit on :class:`Archive`. It restores pages (via
:mod:`banmian.restore`), stitches jumps per issue (:mod:`.jumps`), names articles
``PAPER-YYYY-MM-DD-pNN-aMM`` and hands whole issues to a :class:`~.store.Store`.
"""
from __future__ import annotations

import functools
import hashlib
import logging
from collections import defaultdict
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from tqdm import tqdm

from ..errors import InputError
from ..pages.decode import decode_bytes
from . import fts
from .errors import ArchiveError, ArchiveErrors
from .issue import PageInput, build_issue
from .layout import PageSource, Skipped, check_date, check_paper, discover
from .store import PageRecord, SearchFilter, Store

log = logging.getLogger(__name__)

MAX_LIMIT = 1000


@dataclass(slots=True)
class IngestSummary:
    """What one ingest did. ``skipped`` lists ``(path, reason)`` for files not stored."""

    files: int = 0
    issues_written: int = 0
    issues_unchanged: int = 0
    pages_added: int = 0
    pages_replaced: int = 0
    pages_unchanged: int = 0
    articles: int = 0
    jumps_stitched: int = 0
    facts: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}

    def __str__(self) -> str:
        return (f"{self.files} files: {self.issues_written} issues written, {self.issues_unchanged} unchanged; "
                f"pages {self.pages_added} added, {self.pages_replaced} replaced, {self.pages_unchanged} unchanged; "
                f"{self.articles} articles ({self.jumps_stitched} stitched across pages), "
                f"{self.facts} with facts; {len(self.skipped)} skipped")


def _default_restorer():
    from ..restore import restore  # imported late: the CLI stays fast and the archive can load without it

    return restore


def restorer_version(restorer: Callable | None) -> str:
    """What made a page's restore JSON, stored with it: a page restored by another version
    is restored again at ingest although its text is unchanged."""
    if restorer is None:
        from ..restore import engine_version

        return engine_version()
    return str(getattr(restorer, "version", None) or f"{restorer.__module__}.{restorer.__qualname__}")


def restore_page(restorer: Callable | None, text: str, source: str, page_no: int) -> tuple[str, dict | str]:
    """Restore one page (in this process or a worker): ``("ok", restore JSON)``, or
    ``("input", message)`` for bad input, or ``("error", message)`` for a restorer failure."""
    try:
        page = (restorer or _default_restorer())(text, source=source, page_no=page_no)
    except InputError as exc:
        return "input", str(exc)
    except Exception as exc:
        return "error", f"{type(exc).__name__}: {exc}"
    return "ok", page.to_dict() if hasattr(page, "to_dict") else dict(page)


def _default_facts():
    try:
        from ..facts import extract_facts
    except ImportError:
        log.info("facts skipped: banmian.facts.extract_facts is not available")
        return None
    return extract_facts


class Archive:
    """An archive of restored newspaper issues.

    :param path: the SQLite file (created if absent, WAL); ``":memory:"`` for a throwaway archive
    :param readonly: open for reading only (the web reader)
    :param store: another :class:`~.store.Store` backend instead of SQLite at ``path``
    :param restorer: ``restore(text, source=, page_no=) -> Page`` (default :func:`banmian.restore.restore`)
    :param facts: extract facts at ingest when :mod:`banmian.facts` provides ``extract_facts``
    """

    def __init__(self, path: str | Path = "banmian.db", *, readonly: bool = False, store: Store | None = None,
                 restorer: Callable | None = None, facts: bool = True):
        if store is None:
            from .sqlite import SqliteStore

            store = SqliteStore(path, readonly=readonly)
        self.store = store
        self.path = str(path)
        self._restorer = restorer
        self._facts = facts

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- ingest ----------------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path] = (), *, paper: str | None = None, date: str | None = None,
               manifest: str | Path | None = None, progress: bool = True, force: bool = False,
               workers: int = 1) -> IngestSummary:
        """Ingest page files; each issue (paper + date) is stored whole or not at all.

        :param paths: files or folders in the layout ``PAPER/YYYY-MM-DD/NN.txt``
        :param paper: paper name for all files (overrides the layout)
        :param date: issue date YYYY-MM-DD for all files (overrides the layout)
        :param manifest: CSV/JSON manifest with file, paper, date, page, page_name
        :param progress: show a tqdm progress bar
        :param force: restore and store again even pages whose content hash is unchanged
        :param workers: restore pages in this many processes
        :raises ArchiveError: bad ``paper``/``date`` or an unreadable manifest (nothing is stored)
        """
        if getattr(self.store, "readonly", False):
            raise ArchiveError(ArchiveErrors.E506.format(path=self.path))
        if isinstance(paths, (str, Path)):
            paths = [paths]
        sources, skipped = discover(paths, paper=paper, date=date, manifest=manifest)
        summary = IngestSummary(files=len(sources) + len(skipped), skipped=list(skipped))
        groups: dict[tuple[str, str], list[PageSource]] = defaultdict(list)
        for src in sources:
            groups[(src.paper, src.date)].append(src)
        # files are read one issue at a time, so years of pages never sit in memory at once
        loaders = (((paper, date), functools.partial(self._read_issue, srcs, summary), len(srcs))
                   for (paper, date), srcs in sorted(groups.items()))
        return self._ingest_groups(loaders, len(sources), progress, force, workers, summary)

    @staticmethod
    def _read_issue(sources: list[PageSource], summary: IngestSummary) -> dict[int, PageInput]:
        """Read and decode the page files of one issue; files that cannot be read are skipped."""
        out: dict[int, PageInput] = {}
        for src in sources:
            try:
                data = src.path.read_bytes()
                decoded = decode_bytes(data, source=str(src.path))
            except InputError as exc:
                summary.skipped.append((str(src.path), str(exc)))
                log.info("skipped %s: %s", src.path, exc)
                continue
            except OSError as exc:
                summary.skipped.append((str(src.path), f"cannot read: {exc.strerror or exc}"))
                continue
            sha = hashlib.sha256(data + b"\0" + (src.page_name or "").encode("utf-8")).hexdigest()
            out[src.page] = PageInput(src.paper, src.date, src.page, decoded.text, src.page_name, str(src.path),
                                      encoding=decoded.encoding, sha256=sha)
        return out

    def ingest_pages(self, pages: Iterable[PageInput], *, progress: bool = True, force: bool = False,
                     workers: int = 1) -> IngestSummary:
        """Ingest pages given as text (and optionally their restore JSON), grouped into issues.

        :param pages: :class:`PageInput` items; ``restored=None`` runs the restorer
        :param progress: show a tqdm progress bar
        :param force: store again even when nothing changed
        :param workers: restore the pages of an issue in this many processes (the restorer
            must then be picklable: a module-level function)
        """
        if getattr(self.store, "readonly", False):
            raise ArchiveError(ArchiveErrors.E506.format(path=self.path))
        issues: dict[tuple[str, str], dict[int, PageInput]] = defaultdict(dict)
        for p in pages:
            check_paper(p.paper)
            check_date(p.date)
            issues[(p.paper, p.date)][p.page] = p
        total = sum(len(v) for v in issues.values())
        loaders = ((key, functools.partial(dict, given), len(given)) for key, given in sorted(issues.items()))
        return self._ingest_groups(loaders, total, progress, force, workers, IngestSummary(files=total))

    def _ingest_groups(self, loaders, total: int, progress: bool, force: bool, workers: int,
                       summary: IngestSummary) -> IngestSummary:
        """Ingest issue after issue: ``loaders`` yields ``((paper, date), load, files)``; ``load()`` gives its pages."""
        facts = _default_facts() if self._facts else None
        bar = tqdm(total=total, unit="page", desc="ingest", disable=not progress)
        pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
        try:
            for (paper, date), load, files in loaders:
                given = load()
                if given:
                    self._ingest_issue(paper, date, given, force, facts, summary, pool)
                bar.update(files)
        finally:
            bar.close()
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        return summary

    def _ingest_issue(self, paper: str, date: str, given: dict[int, PageInput], force: bool, facts,
                      summary: IngestSummary, pool: Executor | None = None) -> None:
        stored = self.store.page_versions(paper, date)
        engine = restorer_version(self._restorer)

        def made_by(p: PageInput) -> str:
            return "given" if p.restored is not None else engine

        changed = {no: p for no, p in given.items() if force or stored.get(no) != (p.content_hash(), made_by(p))}
        summary.pages_unchanged += len(given) - len(changed)
        if not changed:
            summary.issues_unchanged += 1
            return
        todo = sorted(no for no, p in changed.items() if p.restored is None)
        args = ([self._restorer] * len(todo), [changed[no].text for no in todo],
                [changed[no].source or f"{paper}/{date}/{no:02d}" for no in todo], todo)
        outcomes = dict(zip(todo, pool.map(restore_page, *args) if pool and len(todo) > 1 else map(restore_page, *args)))
        records: dict[int, PageRecord] = {}
        for no, p in sorted(changed.items()):
            kind, restored = ("ok", p.restored) if p.restored is not None else outcomes[no]
            if kind != "ok":  # bad input, or a restorer bug: skip the page, loudly, not the whole ingest
                reason = restored if kind == "input" else f"restore failed: {restored}"
                log.warning("skipped %s: %s", p.source, reason)
                summary.skipped.append((p.source or f"{paper} {date} p{no}", reason))
                continue
            records[no] = PageRecord(paper, date, no, p.text, restored, p.content_hash(), p.page_name, p.source,
                                     p.encoding, restorer=made_by(p))
        if not records:
            return
        pages = {r.page: r for r in self.store.issue_pages(paper, date)} if stored else {}
        for no in records:
            if no in stored:
                summary.pages_replaced += 1
            else:
                summary.pages_added += 1
        pages.update(records)
        issue = build_issue(paper, date, list(pages.values()), facts)
        self.store.replace_issue(issue)
        summary.issues_written += 1
        summary.articles += len(issue.articles)
        summary.jumps_stitched += sum(1 for a in issue.articles if len(a.pages) > 1)
        summary.facts += len(issue.facts)

    # --- browse ----------------------------------------------------------------

    def papers(self) -> list[dict]:
        """Every paper: ``{"paper", "issues", "first_date", "last_date"}``."""
        return self.store.papers()

    def dates(self, paper: str) -> list[str]:
        """The issue dates of one paper, oldest first."""
        return self.store.dates(paper)

    def pages(self, paper: str, date: str) -> list[dict]:
        """The pages of one issue: ``{"page", "page_name", "articles": [article ids]}``."""
        return self.store.pages(paper, date)

    def page(self, paper: str, date: str, page: int) -> dict | None:
        """One page, or None: ``{"paper", "date", "page", "page_name", "text", "restored", "articles"}``.

        ``text`` is the raw decoded page text (every span refers to it), ``restored`` the
        restore JSON (``Page.to_dict()``), and ``articles[i]`` the archive id of
        ``restored["articles"][i]`` (a continuation part maps to the id of its whole article).
        Also ``source``, ``sha256`` and ``encoding``.
        """
        return self.store.page(paper, date, int(page))

    def article(self, article_id: str) -> dict | None:
        """One article, or None.

        Keys: ``id, paper, date, pages, title, kicker, subtitle, byline, head_missing, flags``,
        ``parts`` (one per page it runs on, in order: ``{"page", "index", "title", "paragraphs":
        [{"text", "spans", "role"}], "continued_from_page", "continued_to_page"}``; ``index`` is
        its position in that page's ``restored["articles"]``), and ``spans`` (provenance:
        ``{"page", "start", "end", "field"}`` into that page's text).
        """
        return self.store.article(article_id)

    # --- search ----------------------------------------------------------------

    def search(self, query: str, *, paper: str | None = None, date_from: str | None = None, date_to: str | None = None,
               page: int | None = None, limit: int = 20, offset: int = 0) -> dict:
        """Full-text search over titles, headings and bodies; exact substrings at any length.

        :param query: terms (all must occur), ``"phrases"``, ``A OR B``, ``-exclude``
        :param paper: only this paper
        :param date_from: only issues on or after this date (YYYY-MM-DD)
        :param date_to: only issues on or before this date
        :param page: only articles running on this page
        :param limit: hits to return (1..1000)
        :param offset: hits to skip (paging)
        :returns: ``{"query", "total", "hits": [{"id", "paper", "date", "page", "pages", "title", "snippet", "score"}]}``;
            ``page`` is the first page of the article, ``pages`` all of them; the snippet (about
            64 characters around the first hit) marks hits with U+E000 (start) and U+E001 (end);
            higher score is better (bm25, title weighted 5, kicker/subtitle/byline 2, body 1)
        :raises QuerySyntaxError: malformed query (an :class:`ArchiveError`, a BanmianError)
        """
        expr, terms = fts.parse(query)
        flt = self._filter(paper, date_from, date_to, page)
        if not 1 <= int(limit) <= MAX_LIMIT or int(offset) < 0:
            raise ArchiveError(ArchiveErrors.E503.format(query=query, detail=f"limit must be 1..{MAX_LIMIT} and offset >= 0"))
        total, hits = self.store.search(expr, flt, int(limit), int(offset), terms)
        return {"query": query, "total": total, "hits": hits}

    @staticmethod
    def _filter(paper, date_from, date_to, page) -> SearchFilter:
        if page is not None:
            try:
                page = int(page)
            except (TypeError, ValueError):
                page = 0
            if page <= 0:
                raise ArchiveError(ArchiveErrors.E507.format(detail=f"page filter {page!r}"))
        return SearchFilter(paper or None, check_date(date_from) if date_from else None,
                            check_date(date_to) if date_to else None, page)

    def iter_articles(self, *, paper: str | None = None, date_from: str | None = None,
                      date_to: str | None = None) -> Iterator[dict]:
        """Every article (filtered), ordered by paper, date, page: ``{"id", "paper", "date", "pages", "title", "text", ...}``

        Also carries ``kicker, subtitle, byline, head_missing, flags, parts, spans``.
        """
        return self.store.iter_articles(self._filter(paper, date_from, date_to, None))

    def iter_facts(self, *, paper: str | None = None, date_from: str | None = None,
                   date_to: str | None = None) -> Iterator[dict]:
        """The stored facts: ``{"article_id", "paper", "date", "facts": extract_facts() result}``."""
        return self.store.iter_facts(self._filter(paper, date_from, date_to, None))

    def stats(self) -> dict:
        """Counts of papers, issues, pages, articles and facts."""
        return self.store.stats()
