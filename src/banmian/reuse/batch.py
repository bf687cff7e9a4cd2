"""Batch restore (and facts) over a corpus of page files, as partitioned Parquet.

The corpus is laid out ``PAPER/YYYY-MM-DD/NN.txt``. Each page is restored with
:func:`banmian.restore.restore_file`; when :func:`banmian.facts.extract_facts` exists,
each restored article's facts are extracted too. Output under OUT_DIR::

    articles/paper=…/date=…/*.parquet   paper, date, page, article, index, title, text, json
    facts/paper=…/date=…/*.parquet      paper, date, page, article, json
    errors.parquet                      path, error     (bad files: logged, counted, skipped)

:func:`process_page` is the pure per-file function; the local engine loops over it,
the Spark engine maps it over the file list.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from .options import ReuseError, ReuseErrors

log = logging.getLogger(__name__)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ARTICLE_FIELDS = (("paper", pa.string()), ("date", pa.string()), ("page", pa.int64()), ("article", pa.string()),
                  ("index", pa.int64()), ("title", pa.string()), ("text", pa.string()), ("json", pa.string()))
FACT_FIELDS = (("paper", pa.string()), ("date", pa.string()), ("page", pa.int64()), ("article", pa.string()),
               ("json", pa.string()))
ERROR_FIELDS = (("path", pa.string()), ("error", pa.string()))


@dataclass(slots=True)
class BatchReport:
    """What a batch run did: counts, and the files that failed (path, error)."""

    pages: int
    articles: int
    facts: int
    failed: list[tuple[str, str]]


def page_files(pages_dir: str | Path) -> list[tuple[str, str, str, int | None]]:
    """(path, paper, date, page number) of every ``PAPER/YYYY-MM-DD/NN.txt`` file, sorted.

    Files elsewhere in the tree are skipped with a log line saying why.
    """
    root = Path(pages_dir)
    if not root.is_dir():
        raise ReuseError(ReuseErrors.E708.format(source=root))
    out = []
    for path in sorted(root.rglob("*.txt")):
        rel = path.relative_to(root).parts
        if len(rel) != 3 or not _DATE.match(rel[1]):
            log.warning("skipped %s: not laid out as PAPER/YYYY-MM-DD/NN.txt", path)
            continue
        stem = path.stem
        out.append((str(path), rel[0], rel[1], int(stem) if stem.isdigit() else None))
    return out


def _facts_function():
    try:
        from banmian.facts import extract_facts
    except ImportError:
        try:
            from banmian.facts.extract import extract_facts
        except ImportError:
            log.info("banmian.facts.extract_facts is not available: facts skipped")
            return None
    return extract_facts


def process_page(path: str, paper: str, date: str, page: int | None, with_facts: bool = True,
                 method: str = "global") -> tuple[list, list, list]:
    """Restore one page file: (article rows, fact rows, error rows); never raises on bad data."""
    from banmian.restore import restore_file

    try:
        restored = restore_file(path, page_no=page, method=method).to_dict()
    except Exception as exc:  # a bad file must not abort the batch: record why
        log.warning("skipped %s: %s", path, exc)
        return [], [], [(path, f"{type(exc).__name__}: {exc}")]
    extract = _facts_function() if with_facts else None
    articles, facts, errors = [], [], []
    for k, art in enumerate(restored["articles"], 1):
        aid = f"{paper}-{date}-p{page or 0:02d}-a{k:02d}"
        text = "\n".join(p["text"] for p in art.get("paragraphs", []))
        articles.append((paper, date, page, aid, k, art.get("title") or "", text, json.dumps(art, ensure_ascii=False)))
        if extract is not None:
            try:
                facts.append((paper, date, page, aid, json.dumps(extract(art, date, aid), ensure_ascii=False)))
            except Exception as exc:  # facts are best effort per article
                log.warning("facts skipped for %s: %s", aid, exc)
                errors.append((path, f"facts {aid}: {type(exc).__name__}: {exc}"))
    return articles, facts, errors


def _write_partitioned(rows: list[tuple], fields, out: Path) -> None:
    import pyarrow.dataset as ds

    schema = pa.schema(list(fields))
    table = pa.table({name: [r[i] for r in rows] for i, (name, _) in enumerate(fields)}, schema=schema)
    ds.write_dataset(table, out, format="parquet", partitioning=["paper", "date"], partitioning_flavor="hive",
                     existing_data_behavior="delete_matching")


def _write_errors(rows: list[tuple], out_dir: Path) -> None:
    import pyarrow.parquet as pq

    schema = pa.schema(list(ERROR_FIELDS))
    pq.write_table(pa.table({"path": [r[0] for r in rows], "error": [r[1] for r in rows]}, schema=schema),
                   out_dir / "errors.parquet")


def batch_local(files, out_dir: Path, with_facts: bool = True, method: str = "global") -> BatchReport:
    from tqdm import tqdm

    arts, facts, errors = [], [], []
    for f in tqdm(files, desc="restore", unit="page", disable=None):
        a, fa, e = process_page(*f, with_facts=with_facts, method=method)
        arts += a
        facts += fa
        errors += e
    _write_partitioned(arts, ARTICLE_FIELDS, out_dir / "articles")
    _write_partitioned(facts, FACT_FIELDS, out_dir / "facts")
    _write_errors(errors, out_dir)
    return BatchReport(len(files), len(arts), len(facts), errors)


def batch_spark(files, out_dir: Path, *, master=None, spark=None, with_facts: bool = True,
                method: str = "global") -> BatchReport:
    from .spark import session

    spark = spark or session(master)  # raises E706 when pyspark is missing
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    def struct(fields):
        return StructType([StructField(n, LongType() if t == pa.int64() else StringType()) for n, t in fields])

    rdd = spark.sparkContext.parallelize(files, max(1, min(len(files), 64)))
    done = rdd.map(lambda f: process_page(*f, with_facts=with_facts, method=method)).cache()
    arts = spark.createDataFrame(done.flatMap(lambda r: r[0]), struct(ARTICLE_FIELDS))
    facts = spark.createDataFrame(done.flatMap(lambda r: r[1]), struct(FACT_FIELDS))
    arts.write.mode("overwrite").partitionBy("paper", "date").parquet(str(out_dir / "articles"))
    facts.write.mode("overwrite").partitionBy("paper", "date").parquet(str(out_dir / "facts"))
    errors = done.flatMap(lambda r: r[2]).collect()
    n_arts, n_facts = arts.count(), facts.count()
    done.unpersist()
    _write_errors(errors, out_dir)
    return BatchReport(len(files), n_arts, n_facts, errors)


def batch(pages_dir: str | Path, out_dir: str | Path, *, engine: str = "spark", master: str | None = None, spark=None,
          with_facts: bool = True, method: str = "global") -> BatchReport:
    """Restore every page under ``pages_dir`` (and extract facts) into partitioned Parquet.

    :param pages_dir: corpus laid out ``PAPER/YYYY-MM-DD/NN.txt``
    :param out_dir: output folder (``articles/``, ``facts/``, ``errors.parquet``)
    :param engine: ``"spark"`` or ``"local"``
    :param master: Spark master URL (``local[*]`` when None)
    :param spark: an existing SparkSession
    :param with_facts: extract facts when banmian.facts provides ``extract_facts``
    :param method: restore method, ``"global"`` (seam model) or ``"naive"`` (see banmian.restore)
    """
    if engine not in ("local", "spark"):
        raise ReuseError(ReuseErrors.E701.format(engine=engine))
    files = page_files(pages_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if engine == "local":
        report = batch_local(files, out, with_facts, method)
    else:
        report = batch_spark(files, out, master=master, spark=spark, with_facts=with_facts, method=method)
    if report.failed:
        log.warning("%d of %d pages or articles failed; see %s", len(report.failed), len(files), out / "errors.parquet")
    return report
