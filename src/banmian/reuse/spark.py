"""The Spark engine: the same stages on PySpark, wrapping the same pure functions as UDFs.

As in passim, the algorithms stay pure Python (:mod:`.shingles`, :mod:`.align`,
:mod:`.clusters`, :mod:`.formulations`); Spark only distributes them, with explicit
schemas. The self-join on rare n-grams is a Spark join; clustering and the final
formulation ranking run on the driver over the (small) aligned passages.

``master`` is ``local[*]`` by default; give a cluster URL (``spark://host:7077``) to run
on a cluster, with ``out_dir`` on storage every node can read.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from . import stages
from .clusters import cluster_passages
from .formulations import formulation_index, frequent_phrases
from .local import member_phrases
from .options import ReuseError, ReuseErrors, ReuseOptions

log = logging.getLogger(__name__)


def session(master: str | None = None, *, shuffle_partitions: int | None = None):
    """A SparkSession for banmian (UI off; ``local[*]`` unless a master URL is given).

    In local mode the shuffle uses 16 partitions instead of Spark's 200: on a few cores
    the scheduling of hundreds of tiny tasks costs more than the work.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ReuseError(ReuseErrors.E706.format(detail=exc)) from exc
    import os
    import sys

    # Python workers must run the interpreter that has banmian installed (a venv's python),
    # not whatever ``python3`` is first on PATH; Spark honours the variable, not the config.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master(master or "local[*]").appName("banmian").config("spark.ui.enabled", "false")
    if shuffle_partitions is None and (master or "local").startswith("local"):
        shuffle_partitions = 16
    if shuffle_partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(shuffle_partitions))
    return builder.getOrCreate()


def _write(df, out_dir: Path, stage: str) -> None:
    df.write.mode("overwrite").parquet(str(stages.path_of(out_dir, stage)))


def _frequent(out_dir: Path) -> np.ndarray:
    return np.sort(stages.read(out_dir, "frequent", ["hash"]).column("hash").to_numpy())


def run_pairs(spark, out_dir: Path, opts: ReuseOptions) -> None:
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, LongType

    from .shingles import shingle_set

    n = opts.n
    shingles = F.udf(lambda text: shingle_set(text, n), ArrayType(LongType()))
    arts = spark.read.parquet(str(stages.path_of(out_dir, "articles")))
    postings = arts.select(
        "uid", F.concat_ws("\x1f", "paper", "date", "page").alias("pagekey"), F.explode(shingles("text")).alias("hash")
    )
    postings = postings.cache()  # read by the df count and by the join
    df = postings.groupBy("hash").agg(F.count("*").alias("df")).cache()
    _write(df.where(F.col("df") > opts.max_df), out_dir, "frequent")
    rare = postings.join(df.where((F.col("df") >= 2) & (F.col("df") <= opts.max_df)).select("hash"), "hash")
    a, b = rare.alias("a"), rare.alias("b")
    pairs = (
        a.join(b, (F.col("a.hash") == F.col("b.hash")) & (F.col("a.uid") < F.col("b.uid"))
               & (F.col("a.pagekey") != F.col("b.pagekey")))
        .groupBy(F.col("a.uid").alias("uid_a"), F.col("b.uid").alias("uid_b"))
        .agg(F.count("*").alias("shared"))
        .where(F.col("shared") >= opts.min_shared)
    )
    _write(pairs, out_dir, "pairs")
    df.unpersist()
    postings.unpersist()


def run_passages(spark, out_dir: Path, opts: ReuseOptions) -> None:
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, DoubleType, LongType, StructField, StructType

    from .align import align_texts

    frequent = _frequent(out_dir)
    aopts = opts.align_options()
    names = stages.SCHEMAS["passages"].names[2:]
    schema = ArrayType(StructType([StructField(k, DoubleType() if k == "stock" else LongType()) for k in names]))
    aligner = F.udf(lambda ta, tb: align_texts(ta, tb, aopts, frequent), schema)
    arts = spark.read.parquet(str(stages.path_of(out_dir, "articles"))).select("uid", "text")
    pairs = spark.read.parquet(str(stages.path_of(out_dir, "pairs")))
    joined = (
        pairs.join(arts.withColumnRenamed("uid", "uid_a").withColumnRenamed("text", "text_a"), "uid_a")
        .join(arts.withColumnRenamed("uid", "uid_b").withColumnRenamed("text", "text_b"), "uid_b")
    )
    found = joined.select("uid_a", "uid_b", F.explode(aligner("text_a", "text_b")).alias("p"))
    _write(found.select("uid_a", "uid_b", *[F.col(f"p.{k}").alias(k) for k in names]), out_dir, "passages")


def run_clusters(spark, out_dir: Path, opts: ReuseOptions) -> None:
    rows = [tuple(r) for r in spark.read.parquet(str(stages.path_of(out_dir, "passages"))).collect()]
    members = cluster_passages(rows, stock_share=opts.stock_share)
    cols = list(zip(*members)) if members else [[] for _ in range(6)]
    stages.write_rows(out_dir, "clusters", dict(zip(stages.SCHEMAS["clusters"].names, cols)))


def run_formulations(spark, out_dir: Path, opts: ReuseOptions) -> None:
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, StringType

    from .shingles import shingle

    frequent = _frequent(out_dir)
    n, min_chars = opts.n, opts.min_phrase_chars
    phrases = F.udf(lambda text: frequent_phrases(shingle(text, n), frequent, min_chars), ArrayType(StringType()))
    arts = spark.read.parquet(str(stages.path_of(out_dir, "articles")))
    found = arts.select("uid", F.explode(phrases("text")).alias("phrase"))
    occ = [(r.phrase, "frequent", r.uid) for r in found.collect()]
    # paper, date and the member texts are read on the driver, like the clusters table
    local = stages.read(out_dir, "articles", ["paper", "date", "text"]).to_pydict()
    meta = dict(enumerate(zip(local["paper"], local["date"])))
    clusters = stages.read(out_dir, "clusters").to_pydict()
    occ = member_phrases(clusters, local["text"]) + occ
    rows = formulation_index(occ, meta, stock_days=opts.stock_days)
    stages.write_rows(out_dir, "formulations", {k: [r[k] for r in rows] for k in stages.SCHEMAS["formulations"].names})


def run(out_dir: Path, opts: ReuseOptions, *, master: str | None = None, spark=None, until: str | None = None) -> None:
    """Run every stage not yet written, on Spark (the session is left running: starting
    one costs seconds, and a caller's session is not ours to stop)."""
    for stage in stages.STAGES[1:]:
        if stages.is_done(out_dir, stage):
            log.info("stage %s: output exists, skipped", stage)
        else:
            if spark is None:
                spark = session(master)
            log.info("stage %s: running (spark)", stage)
            {"pairs": run_pairs, "passages": run_passages, "clusters": run_clusters,
             "formulations": run_formulations}[stage](spark, Path(out_dir), opts)
        if stage == until:
            break
