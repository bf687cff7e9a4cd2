"""Export the archive's tables: articles (JSONL, CSV, Parquet, Hive-partitioned Parquet) and facts.

Past one machine the archive travels as Parquet partitioned ``paper=/date=``, which
DuckDB (``read_parquet('DIR/**/*.parquet', hive_partitioning=true)``) and Spark
(``spark.read.parquet(DIR)``) read directly. Every row keeps its stable id, its pages
and its provenance spans (offsets into the stored page text).
"""
from __future__ import annotations

import csv
import json
import logging
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import ArchiveError, ArchiveErrors

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet")
BATCH_ROWS = 2000


def article_row(a: dict) -> dict:
    """The flat export row of one article (lists stay lists; CSV turns them into JSON)."""
    return {
        "id": a["id"], "paper": a["paper"], "date": a["date"], "page": a["pages"][0] if a["pages"] else None,
        "pages": a["pages"], "title": a["title"], "kicker": a.get("kicker"), "subtitle": a.get("subtitle"),
        "byline": a.get("byline"), "head_missing": bool(a.get("head_missing")), "flags": a.get("flags") or [],
        "text": a.get("text", ""),
        "spans": [{"page": s["page"], "start": s["start"], "end": s["end"], "field": s.get("field")} for s in a.get("spans") or []],
        "parts": a.get("parts") or [],  # nested in JSONL; a JSON string in CSV and Parquet
    }


def fact_rows(items: Iterable[dict]) -> Iterator[dict]:
    """One row per extracted fact: list-valued keys of the facts dict give one row per item.

    ``kind`` is the key (``people``, ``quantities``…), ``text`` the item's own ``text`` when it
    has one, ``value`` the whole item as JSON (spans, page_spans, resolved values…).
    """
    for item in items:
        facts = item["facts"] or {}
        for kind, value in facts.items():
            values = value if isinstance(value, list) else [value]
            for n, v in enumerate(values):
                text = v.get("text") if isinstance(v, dict) else v
                yield {"article_id": item["article_id"], "paper": item["paper"], "date": item["date"],
                       "kind": kind, "n": n, "text": None if text is None else str(text),
                       "value": json.dumps(v, ensure_ascii=False, default=str)}


def _schema(kind: str):
    import pyarrow as pa

    if kind == "facts":
        return pa.schema([("article_id", pa.string()), ("paper", pa.string()), ("date", pa.string()),
                          ("kind", pa.string()), ("n", pa.int32()), ("text", pa.string()), ("value", pa.string())])
    span = pa.struct([("page", pa.int32()), ("start", pa.int32()), ("end", pa.int32()), ("field", pa.string())])
    return pa.schema([
        ("id", pa.string()), ("paper", pa.string()), ("date", pa.string()), ("page", pa.int32()),
        ("pages", pa.list_(pa.int32())), ("title", pa.string()), ("kicker", pa.string()), ("subtitle", pa.string()),
        ("byline", pa.string()), ("head_missing", pa.bool_()), ("flags", pa.list_(pa.string())), ("text", pa.string()),
        ("spans", pa.list_(span)), ("parts", pa.string()),
    ])


def _batches(rows: Iterable[dict], schema) -> Iterator:
    import pyarrow as pa

    batch: list[dict] = []
    as_json = [f.name for f in schema if pa.types.is_string(f.type)]
    for row in rows:
        for name in as_json:
            if isinstance(row.get(name), (list, dict)):
                row[name] = json.dumps(row[name], ensure_ascii=False)
        batch.append(row)
        if len(batch) >= BATCH_ROWS:
            yield pa.RecordBatch.from_pylist(batch, schema=schema)
            batch = []
    if batch:
        yield pa.RecordBatch.from_pylist(batch, schema=schema)


def write_rows(rows: Iterable[dict], fmt: str, out: str | Path | IO | None, kind: str = "articles") -> int:
    """Write rows as JSONL, CSV or Parquet to a path (or stdout for ``None``/``-``, text formats only)."""
    if fmt not in FORMATS:
        raise ArchiveError(ArchiveErrors.E504.format(value=fmt, choices=", ".join(FORMATS)))
    count = 0
    if fmt == "parquet":
        import pyarrow.parquet as pq

        if out in (None, "-"):
            raise ArchiveError(ArchiveErrors.E508.format(path="stdout", detail="Parquet needs a file: use -o FILE"))
        schema = _schema(kind)
        with pq.ParquetWriter(str(out), schema, compression="zstd") as writer:
            for batch in _batches(rows, schema):
                writer.write_batch(batch)
                count += batch.num_rows
        return count
    own = out not in (None, "-") and not hasattr(out, "write")
    fh = open(out, "w", encoding="utf-8", newline="") if own else (out if hasattr(out, "write") else sys.stdout)
    try:
        writer = None
        for row in rows:
            if fmt == "jsonl":
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                flat = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in row.items()}
                if writer is None:
                    writer = csv.DictWriter(fh, fieldnames=list(flat))
                    writer.writeheader()
                writer.writerow(flat)
            count += 1
    finally:
        if own:
            fh.close()
    return count


def write_partitioned(rows: Iterable[dict], out_dir: str | Path, kind: str = "articles") -> int:
    """Write Parquet partitioned Hive-style by ``paper=`` and ``date=`` under ``out_dir``."""
    import pyarrow.dataset as ds

    schema = _schema(kind)
    counted = {"n": 0}

    def batches():
        for b in _batches(rows, schema):
            counted["n"] += b.num_rows
            yield b

    try:
        ds.write_dataset(batches(), str(out_dir), schema=schema, format="parquet",
                         partitioning=["paper", "date"], partitioning_flavor="hive",
                         existing_data_behavior="delete_matching", basename_template="part-{i}.parquet",
                         max_partitions=1_000_000)
    except (OSError, ValueError) as exc:
        raise ArchiveError(ArchiveErrors.E508.format(path=out_dir, detail=exc)) from None
    return counted["n"]


def export_articles(archive, fmt: str = "jsonl", out: str | Path | IO | None = None, *,
                    partitioned: str | Path | None = None, **filters) -> int:
    """Export the archive's articles; returns the number of rows written.

    :param archive: an :class:`~banmian.archive.Archive`
    :param fmt: ``jsonl``, ``csv`` or ``parquet``
    :param out: a file path, an open text file, or None for stdout (jsonl/csv)
    :param partitioned: a folder: write Parquet partitioned ``paper=/date=`` there instead
    :param filters: ``paper``, ``date_from``, ``date_to`` as for :meth:`Archive.iter_articles`
    """
    rows = (article_row(a) for a in archive.iter_articles(**filters))
    if partitioned is not None:
        return write_partitioned(rows, partitioned)
    return write_rows(rows, fmt, out)


def export_facts(archive, fmt: str = "csv", out: str | Path | IO | None = None, *,
                 partitioned: str | Path | None = None, **filters) -> int:
    """Export the facts stored at ingest, one row per fact (see :func:`fact_rows`)."""
    rows = fact_rows(archive.iter_facts(**filters))
    if partitioned is not None:
        return write_partitioned(rows, partitioned, kind="facts")
    return write_rows(rows, fmt, out, kind="facts")


