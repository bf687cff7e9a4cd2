"""Stage checkpoints shared by both engines (passim's resumable Parquet stages).

A run's output folder holds one Parquet table (a file, or a Spark directory with
``_SUCCESS``) per stage::

    articles      uid, id, paper, date, page, text       (the input, numbered)
    frequent      hash, df                               (stock n-grams)
    pairs         uid_a, uid_b, shared                   (candidate pairs)
    passages      uid_a, uid_b, a_begin, a_end, b_begin, b_end, matched, length, stock
    clusters      cluster, uid, begin, end, label, stock
    formulations  rank, phrase, label, source, first_seen, last_seen, papers, articles, days, months

A stage whose table exists is skipped, so an interrupted run resumes where it stopped;
``options.json`` makes sure a resumed run uses the options that made the tables.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .options import ReuseError, ReuseErrors, ReuseOptions, dumps

log = logging.getLogger(__name__)

STAGES = ("articles", "pairs", "passages", "clusters", "formulations")

SCHEMAS = {
    "articles": pa.schema([("uid", pa.int64()), ("id", pa.string()), ("paper", pa.string()), ("date", pa.string()),
                           ("page", pa.string()), ("text", pa.string())]),
    "frequent": pa.schema([("hash", pa.int64()), ("df", pa.int64())]),
    "pairs": pa.schema([("uid_a", pa.int64()), ("uid_b", pa.int64()), ("shared", pa.int64())]),
    "passages": pa.schema([("uid_a", pa.int64()), ("uid_b", pa.int64()), ("a_begin", pa.int64()), ("a_end", pa.int64()),
                           ("b_begin", pa.int64()), ("b_end", pa.int64()), ("matched", pa.int64()), ("length", pa.int64()),
                           ("stock", pa.float64())]),
    "clusters": pa.schema([("cluster", pa.int64()), ("uid", pa.int64()), ("begin", pa.int64()), ("end", pa.int64()),
                           ("label", pa.string()), ("stock", pa.float64())]),
    "formulations": pa.schema([("rank", pa.int64()), ("phrase", pa.string()), ("label", pa.string()), ("source", pa.string()),
                               ("first_seen", pa.string()), ("last_seen", pa.string()), ("papers", pa.list_(pa.string())),
                               ("articles", pa.int64()), ("days", pa.int64()), ("months", pa.string())]),
}
REQUIRED = ("id", "paper", "date", "page", "text")


def path_of(out_dir: Path, stage: str) -> Path:
    return Path(out_dir) / f"{stage}.parquet"


def is_done(out_dir: Path, stage: str) -> bool:
    """True when the stage's table was completely written (local file or Spark ``_SUCCESS``)."""
    p = path_of(out_dir, stage)
    return p.is_file() or (p / "_SUCCESS").exists()


def write_rows(out_dir: Path, stage: str, columns: dict) -> None:
    """Write a stage table atomically (temporary name, then rename)."""
    table = pa.table(columns, schema=SCHEMAS[stage])
    final = path_of(out_dir, stage)
    tmp = final.with_name(final.name + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, final)


def read(out_dir: Path, stage: str, columns: list[str] | None = None) -> pa.Table:
    p = path_of(out_dir, stage)
    if p.is_dir():
        schema = SCHEMAS[stage]
        if columns:
            schema = pa.schema([schema.field(c) for c in columns])
        return pq.read_table(p, columns=columns, schema=schema)
    return pq.read_table(p, columns=columns)


def check_options(out_dir: Path, options: ReuseOptions) -> None:
    """Record the options of a new run; refuse to resume a run made with other options."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = out_dir / "options.json"
    if stamp.exists():
        old = json.loads(stamp.read_text())
        new = options.fingerprint()
        diff = ", ".join(f"{k}: {old.get(k)!r} -> {v!r}" for k, v in new.items() if old.get(k) != v)
        if diff:
            raise ReuseError(ReuseErrors.E702.format(path=out_dir, diff=diff))
    else:
        stamp.write_text(dumps(options))


def write_articles(out_dir: Path, articles: Iterable[dict]) -> int:
    """The ``articles`` stage: number the input articles by id (duplicates skipped, logged)."""
    rows: dict[str, tuple] = {}
    dupes = 0
    for i, art in enumerate(articles):
        for f in REQUIRED:
            if art.get(f) is None:
                raise ReuseError(ReuseErrors.E705.format(index=i, field=f))
        key = str(art["id"])
        if key in rows:
            dupes += 1
            continue
        rows[key] = (key, str(art["paper"]), str(art["date"]), str(art["page"]), str(art["text"]))
    if dupes:
        log.warning("skipped %d articles whose id was already seen", dupes)
    if not rows:
        raise ReuseError(ReuseErrors.E709)
    ordered = [rows[k] for k in sorted(rows)]
    cols = {"uid": list(range(len(ordered)))}
    for k, name in enumerate(REQUIRED):
        cols[name] = [r[k] for r in ordered]
    write_rows(out_dir, "articles", cols)
    return len(ordered)
