"""Both engines, one definition: the Spark engine gives the local engine's passages."""
import pytest

from banmian.reuse import find_reuse
from banmian.reuse import stages

pytestmark = pytest.mark.spark


def _table(out, stage):
    t = stages.read(out, stage).to_pydict()
    return sorted(zip(*t.values()))


def test_spark_equals_local(tmp_path, reuse_articles, spark_session):
    from reuse_texts import FILLERS, PASSAGE, article

    # one more travelling passage so that there are two clusters to number
    extra = "各村要看准自家的山水选产业，防止一窝蜂上马、同质化，也不要照搬一种模式。"
    arts = reuse_articles + [
        article("p4-2024-05-01-a1", "晚报", "2024-05-01", "2", FILLERS[12], extra),
        article("p5-2024-05-02-a1", "晨报", "2024-05-02", "5", extra, FILLERS[13], PASSAGE),
    ]
    local = find_reuse(arts, out_dir=tmp_path / "local", max_df=3)
    spark = find_reuse(arts, engine="spark", spark=spark_session, out_dir=tmp_path / "spark", max_df=3)
    assert 2 == len(local.clusters)
    assert local.passages() == spark.passages()
    assert [c.to_dict() for c in local.clusters] == [c.to_dict() for c in spark.clusters]
    for stage in ("frequent", "pairs", "passages", "clusters"):
        assert _table(tmp_path / "local", stage) == _table(tmp_path / "spark", stage), stage
    assert local.formulations == spark.formulations


def test_batch_spark_equals_local(tmp_path, spark_session):
    import pyarrow.dataset as ds

    from banmian.reuse.batch import batch

    day = tmp_path / "pages" / "县报" / "2024-03-01"
    day.mkdir(parents=True)
    (day / "01.txt").write_text("乡村振兴有了新路子\n\n本报讯  合作社引进了新的育苗技术，今年的秧苗长势格外喜人。\n", encoding="utf-8")
    (day / "02.txt").write_bytes(b"\x00\x01\x02binary")
    reports = {}
    for engine in ("local", "spark"):
        reports[engine] = batch(tmp_path / "pages", tmp_path / engine, engine=engine, spark=spark_session,
                                with_facts=False, method="naive")
    assert (2, 1) == (reports["spark"].pages, len(reports["spark"].failed))
    assert reports["local"].articles == reports["spark"].articles

    def rows(engine):
        t = ds.dataset(tmp_path / engine / "articles", partitioning="hive").to_table().to_pydict()
        return sorted(zip(t["article"], t["text"], map(str, t["paper"]), map(str, t["date"])))

    assert rows("local") == rows("spark")
