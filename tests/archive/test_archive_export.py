"""Export: JSONL, CSV, Parquet and Hive-partitioned Parquet (read back by DuckDB), facts."""
from __future__ import annotations

import csv
import io
import json

import pytest
from archive_helpers import simple_restore

from banmian.archive import Archive, ArchiveError, PageInput
from banmian.archive.export import export_articles, export_facts

PAGES = [
    ("wbrb", "2024-01-05", 1, "港口吞吐量创新高\n\n今年前十个月港口货物吞吐量增长百分之八，\n\n（下转第三版）\n"),
    ("wbrb", "2024-01-05", 3, "港口吞吐量创新高\n\n（上接第一版）\n\n集装箱航线新增十二条。\n"),
    ("hbrb", "2024-02-01", 2, "冰雪旅游升温\n\n滑雪场接待游客同比增长三成。\n"),
]


@pytest.fixture
def archive(monkeypatch):
    import banmian.archive.db as db

    monkeypatch.setattr(db, "_default_facts", lambda: lambda art, date, aid: {"numbers": ["百分之八"] if "八" in art["text"] else []})
    a = Archive(":memory:", restorer=simple_restore)
    a.ingest_pages([PageInput(p, d, n, t) for p, d, n, t in PAGES], progress=False)
    yield a
    a.close()


def test_jsonl_has_stable_ids_pages_and_provenance(archive):
    buf = io.StringIO()
    assert 2 == export_articles(archive, "jsonl", buf)
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert ["hbrb-2024-02-01-p02-a01", "wbrb-2024-01-05-p01-a01"] == [r["id"] for r in rows]
    stitched = rows[1]
    assert [1, 3] == stitched["pages"]
    pages = {n: t for p, d, n, t in PAGES if p == "wbrb"}
    for span in stitched["spans"]:
        assert span["field"] in {"title", "jump", "paragraph"}
        assert pages[span["page"]][span["start"]:span["end"]]
    body = [s for s in stitched["spans"] if s["field"] == "paragraph"]
    assert stitched["text"].replace("\n", "") == "".join(pages[s["page"]][s["start"]:s["end"]] for s in body)
    assert [1, 3] == [part["page"] for part in stitched["parts"]]


def test_csv_turns_lists_into_json(archive, tmp_path):
    out = tmp_path / "a.csv"
    export_articles(archive, "csv", out, paper="wbrb")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert 1 == len(rows)
    assert [1, 3] == json.loads(rows[0]["pages"])


def test_parquet_and_partitioned_parquet_read_by_duckdb(archive, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    export_articles(archive, "parquet", tmp_path / "a.parquet")
    got = duckdb.sql(f"SELECT id, pages, parts FROM read_parquet('{tmp_path / 'a.parquet'}') ORDER BY id").fetchall()
    assert [("hbrb-2024-02-01-p02-a01", [2]), ("wbrb-2024-01-05-p01-a01", [1, 3])] == [g[:2] for g in got]
    assert [1, 3] == [part["page"] for part in json.loads(got[1][2])]
    part = tmp_path / "parts"
    assert 2 == export_articles(archive, "parquet", partitioned=part)
    assert (part / "paper=wbrb" / "date=2024-01-05").is_dir()
    got = duckdb.sql(f"SELECT id, paper, CAST(date AS VARCHAR), spans[1].field FROM read_parquet('{part}/**/*.parquet', "
                     "hive_partitioning=true) ORDER BY id").fetchall()
    assert [("hbrb-2024-02-01-p02-a01", "hbrb", "2024-02-01", "title"),
            ("wbrb-2024-01-05-p01-a01", "wbrb", "2024-01-05", "title")] == got


def test_facts_export(archive, tmp_path):
    buf = io.StringIO()
    assert 1 == export_facts(archive, "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [("wbrb-2024-01-05-p01-a01", "numbers", '"百分之八"')] == [(r["article_id"], r["kind"], r["value"]) for r in rows]
    export_facts(archive, "parquet", tmp_path / "f.parquet")
    import pyarrow.parquet as pq

    assert 1 == pq.read_table(tmp_path / "f.parquet").num_rows


def test_unknown_format_is_an_error(archive):
    with pytest.raises(ArchiveError, match=r"\[E504\]"):
        export_articles(archive, "xml", io.StringIO())


def test_real_facts_are_stored_and_exported():
    facts = pytest.importorskip("banmian.facts")
    if not hasattr(facts, "extract_facts"):
        pytest.skip("banmian.facts has no extract_facts yet")
    text = "全市经济稳步增长\n\n本报讯 2023年全市地区生产总值达到一千二百亿元，比上年增长百分之六。\n"
    with Archive(":memory:", restorer=simple_restore) as archive:
        summary = archive.ingest_pages([PageInput("wbrb", "2024-01-05", 1, text)], progress=False)
        assert 1 == summary.facts
        buf = io.StringIO()
        n = export_facts(archive, "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) > 0
    assert {"wbrb-2024-01-05-p01-a01"} == {r["article_id"] for r in rows}


@pytest.mark.spark
@pytest.mark.slow
def test_partitioned_parquet_is_read_by_spark(archive, tmp_path):
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    export_articles(archive, "parquet", partitioned=tmp_path / "parts")
    spark = SparkSession.builder.master("local[1]").appName("banmian-archive-test").getOrCreate()
    try:
        rows = spark.read.parquet(str(tmp_path / "parts")).select("id", "paper", "pages").orderBy("id").collect()
    finally:
        spark.stop()
    assert [("hbrb-2024-02-01-p02-a01", "hbrb", [2]), ("wbrb-2024-01-05-p01-a01", "wbrb", [1, 3])] == \
        [(r["id"], r["paper"], list(r["pages"])) for r in rows]
