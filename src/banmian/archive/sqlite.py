"""The default store: one SQLite file (WAL), opened through apsw.

apsw bundles a current SQLite and lets us register the per-character FTS5 tokenizer
(:mod:`.fts`); Python's own ``sqlite3`` here is too old for short Chinese queries.
Tables: ``pages`` (raw text + restore JSON + content hash), ``articles`` (stitched
articles), ``article_pages`` (page filter), ``articles_fts`` (title, heading, body),
``facts`` (extract_facts JSON per article). An issue is replaced inside one
``BEGIN IMMEDIATE`` transaction, so a crash mid-issue leaves the previous version.

The page text is stored once: a paragraph whose spans reproduce its text is stored as
spans only (in ``pages.restored`` and ``articles.parts``) and its text is sliced back
from the page on reading, and the FTS index is contentless. This halves the archive
compared with storing every copy (measured on the corpus).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from pathlib import Path
from typing import Iterator

import apsw

from . import fts
from .errors import ArchiveError, ArchiveErrors
from .store import IssueRecord, PageRecord, SearchFilter, article_text

log = logging.getLogger(__name__)

SCHEMA_VERSION = "3"
SNIPPET_CHARS = 64  # characters shown around the first hit
# bm25 weights of the FTS columns: title, heading (kicker/subtitle/byline), body
WEIGHTS = (5.0, 2.0, 1.0)

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS pages(
    paper TEXT NOT NULL, date TEXT NOT NULL, page INTEGER NOT NULL,
    page_name TEXT, source TEXT, sha256 TEXT NOT NULL, encoding TEXT,
    text TEXT NOT NULL, restored TEXT NOT NULL, articles TEXT NOT NULL, ingested_at TEXT,
    restorer TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (paper, date, page));
CREATE TABLE IF NOT EXISTS articles(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, paper TEXT NOT NULL, date TEXT NOT NULL,
    first_page INTEGER NOT NULL, pages TEXT NOT NULL, title TEXT, kicker TEXT, subtitle TEXT,
    byline TEXT, head_missing INTEGER NOT NULL, flags TEXT NOT NULL, parts TEXT NOT NULL,
    spans TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_issue ON articles(paper, date, first_page);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE TABLE IF NOT EXISTS article_pages(
    article INTEGER NOT NULL, page INTEGER NOT NULL, PRIMARY KEY (article, page)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_pages_page ON article_pages(page, article);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, heading, body, tokenize='{fts.TOKENIZER}', content='', contentless_delete=1);
CREATE TABLE IF NOT EXISTS facts(
    article_id TEXT PRIMARY KEY, paper TEXT NOT NULL, date TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS facts_issue ON facts(paper, date);
"""


def _strip(paragraphs: list[dict], page_text: str) -> list[dict]:
    """Paragraphs without ``text`` where their spans reproduce it (the text lives in the page)."""
    out = []
    for p in paragraphs:
        spans = p.get("spans") or []
        if spans and p.get("text") == "".join(page_text[s:e] for s, e in spans):
            out.append({k: v for k, v in p.items() if k != "text"})
        else:
            out.append(p)
    return out


def _fill(paragraphs: list[dict], page_text: str) -> list[dict]:
    """Put back the ``text`` of paragraphs stored as spans only."""
    return [p if "text" in p else {"text": "".join(page_text[s:e] for s, e in p["spans"]), **p} for p in paragraphs]


def _restored_for_storage(restored: dict, page_text: str) -> dict:
    arts = [{**a, "paragraphs": _strip(a.get("paragraphs") or [], page_text)} for a in restored.get("articles") or []]
    return {**restored, "articles": arts}


def _restored_from_storage(restored: dict, page_text: str) -> dict:
    for a in restored.get("articles") or []:
        a["paragraphs"] = _fill(a.get("paragraphs") or [], page_text)
    return restored


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _where(flt: SearchFilter, alias: str = "a") -> tuple[str, list]:
    """SQL conditions and bindings for the paper / date range / page filters."""
    conds, args = [], []
    if flt.paper:
        conds.append(f"{alias}.paper = ?")
        args.append(flt.paper)
    if flt.date_from:
        conds.append(f"{alias}.date >= ?")
        args.append(flt.date_from)
    if flt.date_to:
        conds.append(f"{alias}.date <= ?")
        args.append(flt.date_to)
    if flt.page is not None:
        conds.append(f"EXISTS (SELECT 1 FROM article_pages ap WHERE ap.article = {alias}.rowid AND ap.page = ?)")
        args.append(int(flt.page))
    return "".join(f" AND {c}" for c in conds), args


class SqliteStore:
    """A :class:`~banmian.archive.store.Store` in one SQLite file."""

    def __init__(self, path: str | Path = "banmian.db", *, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        if readonly and self.path != ":memory:" and not os.path.exists(self.path):
            raise ArchiveError(ArchiveErrors.E505.format(path=self.path, detail="no such file"))
        flags = apsw.SQLITE_OPEN_READONLY if readonly else apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE
        try:
            self.con = apsw.Connection(self.path, flags=flags)
            fts.register(self.con)
            self.con.set_busy_timeout(30_000)
            if not readonly:
                if self.path != ":memory:":
                    self.con.execute("PRAGMA journal_mode=WAL")
                self.con.execute("PRAGMA synchronous=NORMAL")
                self._create()
                self._migrate()
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except apsw.Error as exc:
            raise ArchiveError(ArchiveErrors.E505.format(path=self.path, detail=exc)) from None
        if row is None or row[0] != SCHEMA_VERSION:
            found = row[0] if row else "none"
            self.con.close()
            raise ArchiveError(ArchiveErrors.E505.format(
                path=self.path, detail=f"schema version {found}, this banmian writes {SCHEMA_VERSION}: ingest into a new file"))

    def _create(self) -> None:
        with self.con:
            self.con.execute(_SCHEMA)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            weights = ", ".join(str(w) for w in WEIGHTS)
            self.con.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', ?)", (f"bm25({weights})",))

    def _migrate(self) -> None:
        """Bring an archive of schema 2 to 3: pages gain the restorer that made them.

        Its pages get an empty restorer, so the next ingest of their files restores them again.
        """
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row and row[0] == "2":
            with self.con:
                self.con.execute("ALTER TABLE pages ADD COLUMN restorer TEXT NOT NULL DEFAULT ''")
                self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION,))
            log.info("%s: archive schema 2 upgraded to %s", self.path, SCHEMA_VERSION)

    def _write_check(self) -> None:
        if self.readonly:
            raise ArchiveError(ArchiveErrors.E506.format(path=self.path))

    # --- writing ---------------------------------------------------------------

    def page_versions(self, paper: str, date: str) -> dict[int, tuple[str, str]]:
        rows = self.con.execute("SELECT page, sha256, restorer FROM pages WHERE paper = ? AND date = ?", (paper, date))
        return {page: (sha, restorer) for page, sha, restorer in rows}

    def issue_pages(self, paper: str, date: str) -> list[PageRecord]:
        rows = self.con.execute(
            "SELECT page, text, restored, sha256, page_name, source, encoding, articles, restorer FROM pages "
            "WHERE paper = ? AND date = ? ORDER BY page", (paper, date))
        return [PageRecord(paper, date, page, text, _restored_from_storage(json.loads(restored), text), sha, name,
                           source, enc, json.loads(arts), restorer)
                for page, text, restored, sha, name, source, enc, arts, restorer in rows]

    def replace_issue(self, issue: IssueRecord) -> None:
        """Delete the stored issue and write the new one in a single transaction."""
        self._write_check()
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        try:
            self._delete_issue(issue.paper, issue.date)
            now = _now()
            for p in issue.pages:
                self._insert_page(p, now)
            texts = {p.page: p.text for p in issue.pages}
            for a in issue.articles:
                self._insert_article(a, texts)
            for article_id, data in issue.facts.items():
                con.execute("INSERT INTO facts VALUES (?, ?, ?, ?)",
                            (article_id, issue.paper, issue.date, json.dumps(data, ensure_ascii=False, default=str)))
        except BaseException:  # including KeyboardInterrupt: leave the issue as it was
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    def _delete_issue(self, paper: str, date: str) -> None:
        con = self.con
        con.execute("DELETE FROM articles_fts WHERE rowid IN (SELECT rowid FROM articles WHERE paper = ? AND date = ?)", (paper, date))
        con.execute("DELETE FROM article_pages WHERE article IN (SELECT rowid FROM articles WHERE paper = ? AND date = ?)", (paper, date))
        con.execute("DELETE FROM articles WHERE paper = ? AND date = ?", (paper, date))
        con.execute("DELETE FROM facts WHERE paper = ? AND date = ?", (paper, date))
        con.execute("DELETE FROM pages WHERE paper = ? AND date = ?", (paper, date))

    def _insert_page(self, p: PageRecord, now: str) -> None:
        self.con.execute(
            "INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (p.paper, p.date, p.page, p.page_name, p.source, p.sha256, p.encoding, p.text,
             json.dumps(_restored_for_storage(p.restored, p.text), ensure_ascii=False), json.dumps(p.articles), now,
             p.restorer))

    def _insert_article(self, a, page_texts: dict[int, str]) -> None:
        con = self.con
        parts = [{**part, "paragraphs": _strip(part["paragraphs"], page_texts.get(part["page"], ""))} for part in a.parts]
        con.execute(
            "INSERT INTO articles(id, paper, date, first_page, pages, title, kicker, subtitle, byline, "
            "head_missing, flags, parts, spans) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.paper, a.date, a.pages[0], json.dumps(a.pages), a.title, a.kicker, a.subtitle, a.byline,
             int(a.head_missing), json.dumps(a.flags), json.dumps(parts, ensure_ascii=False), json.dumps(a.spans)))
        rowid = con.last_insert_rowid()
        con.executemany("INSERT OR IGNORE INTO article_pages VALUES (?, ?)", [(rowid, p) for p in a.pages])
        con.execute("INSERT INTO articles_fts(rowid, title, heading, body) VALUES (?, ?, ?, ?)",
                    (rowid, a.title or "", a.heading, a.text))

    # --- reading ---------------------------------------------------------------

    def papers(self) -> list[dict]:
        rows = self.con.execute(
            "SELECT paper, count(DISTINCT date), min(date), max(date) FROM pages GROUP BY paper ORDER BY paper")
        return [{"paper": p, "issues": n, "first_date": a, "last_date": b} for p, n, a, b in rows]

    def dates(self, paper: str) -> list[str]:
        return [d for (d,) in self.con.execute("SELECT DISTINCT date FROM pages WHERE paper = ? ORDER BY date", (paper,))]

    def pages(self, paper: str, date: str) -> list[dict]:
        rows = self.con.execute(
            "SELECT page, page_name, articles FROM pages WHERE paper = ? AND date = ? ORDER BY page", (paper, date))
        return [{"page": page, "page_name": name, "articles": json.loads(arts)} for page, name, arts in rows]

    def page(self, paper: str, date: str, page: int) -> dict | None:
        row = self.con.execute(
            "SELECT page_name, text, restored, articles, source, sha256, encoding FROM pages "
            "WHERE paper = ? AND date = ? AND page = ?", (paper, date, int(page))).fetchone()
        if row is None:
            return None
        name, text, restored, arts, source, sha, enc = row
        return {"paper": paper, "date": date, "page": int(page), "page_name": name, "text": text,
                "restored": _restored_from_storage(json.loads(restored), text), "articles": json.loads(arts),
                "source": source, "sha256": sha, "encoding": enc}

    _ARTICLE_COLS = "a.id, a.paper, a.date, a.pages, a.title, a.kicker, a.subtitle, a.byline, a.head_missing, a.flags, a.parts, a.spans"

    def _page_texts(self, paper: str, date: str, pages: list[int] | None = None) -> dict[int, str]:
        if pages is None:
            rows = self.con.execute("SELECT page, text FROM pages WHERE paper = ? AND date = ?", (paper, date))
        else:
            marks = ", ".join("?" * len(pages))
            rows = self.con.execute(f"SELECT page, text FROM pages WHERE paper = ? AND date = ? AND page IN ({marks})",
                                    (paper, date, *pages))
        return dict(rows)

    @staticmethod
    def _article_row(row, page_texts: dict[int, str]) -> dict:
        aid, paper, date, pages, title, kicker, subtitle, byline, head_missing, flags, parts, spans = row[:12]
        parts = json.loads(parts)
        for part in parts:
            part["paragraphs"] = _fill(part["paragraphs"], page_texts.get(part["page"], ""))
        return {"id": aid, "paper": paper, "date": date, "pages": json.loads(pages), "title": title or "",
                "kicker": kicker, "subtitle": subtitle, "byline": byline, "head_missing": bool(head_missing),
                "parts": parts, "flags": json.loads(flags), "spans": json.loads(spans)}

    def article(self, article_id: str) -> dict | None:
        row = self.con.execute(f"SELECT {self._ARTICLE_COLS} FROM articles a WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        return self._article_row(row, self._page_texts(row[1], row[2], json.loads(row[3])))

    def search(self, fts_query: str, flt: SearchFilter, limit: int, offset: int,
               terms: list[str] | None = None) -> tuple[int, list[dict]]:
        where, args = _where(flt)
        base = "FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?" + where
        try:
            # one pass over the matches gives both the ranked page and the total (a window count)
            # rank and count over rowids only; the article rows are read for the shown page alone
            inner = (f"SELECT f.rowid AS rid, f.rank AS rank, count(*) OVER () AS total {base}" if where else
                     "SELECT f.rowid AS rid, f.rank AS rank, count(*) OVER () AS total FROM articles_fts f "
                     "WHERE articles_fts MATCH ?")
            rows = self.con.execute(
                f"WITH top AS ({inner} ORDER BY f.rank LIMIT ? OFFSET ?) "
                f"SELECT {self._ARTICLE_COLS}, top.rank, top.total FROM top JOIN articles a ON a.rowid = top.rid "
                "ORDER BY top.rank", (fts_query, *args, int(limit), int(offset))).fetchall()
            if rows:
                total = rows[0][13]
            elif offset == 0:
                total = 0
            else:  # paged past the end: count separately
                (total,) = self.con.execute(f"SELECT count(*) {base}", (fts_query, *args)).fetchone()
        except apsw.SQLError as exc:  # parse() quotes every term, so this is a bug, but say it clearly
            raise ArchiveError(ArchiveErrors.E503.format(query=fts_query, detail=str(exc))) from None
        hits = []
        for row in rows:
            art = self._article_row(row, self._page_texts(row[1], row[2], json.loads(row[3])))
            heading = "\n".join(x for x in (art["kicker"], art["subtitle"], art["byline"]) if x)
            hits.append({"id": art["id"], "paper": art["paper"], "date": art["date"], "page": art["pages"][0],
                         "pages": art["pages"], "title": art["title"],
                         "snippet": fts.snippet([article_text(art["parts"]), heading, art["title"]], terms or [], SNIPPET_CHARS),
                         "score": round(-row[12], 4)})
        return total, hits

    def iter_articles(self, flt: SearchFilter) -> Iterator[dict]:
        where, args = _where(flt)
        rows = self.con.execute(
            f"SELECT {self._ARTICLE_COLS} FROM articles a WHERE 1{where} ORDER BY a.paper, a.date, a.first_page, a.id", args)
        issue, texts = None, {}
        for row in rows:
            if (row[1], row[2]) != issue:
                issue = (row[1], row[2])
                texts = self._page_texts(*issue)
            out = self._article_row(row, texts)
            out["text"] = article_text(out["parts"])
            yield out

    def iter_facts(self, flt: SearchFilter) -> Iterator[dict]:
        where, args = _where(SearchFilter(flt.paper, flt.date_from, flt.date_to), alias="x")
        rows = self.con.execute(f"SELECT x.article_id, x.paper, x.date, x.data FROM facts x WHERE 1{where} "
                                "ORDER BY x.paper, x.date, x.article_id", args)
        for aid, paper, date, data in rows:
            yield {"article_id": aid, "paper": paper, "date": date, "facts": json.loads(data)}

    def stats(self) -> dict:
        one = lambda sql: self.con.execute(sql).fetchone()[0]  # noqa: E731
        return {"papers": one("SELECT count(DISTINCT paper) FROM pages"),
                "issues": one("SELECT count(*) FROM (SELECT DISTINCT paper, date FROM pages)"),
                "pages": one("SELECT count(*) FROM pages"), "articles": one("SELECT count(*) FROM articles"),
                "facts": one("SELECT count(*) FROM facts")}

    def close(self) -> None:
        self.con.close()
