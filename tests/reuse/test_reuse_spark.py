"""Both engines, one definition: the Spark engine gives the local engine's passages."""
import pytest

from banmian.reuse import find_reuse
from banmian.reuse import stages

pytestmark = pytest.mark.spark


def _table(out, stage):
    t = stages.read(out, stage).to_pydict()
    return sorted(zip(*t.values()))


def test_spark_equals_local(tmp_path, reuse_articles, spark_session):
    from conftest import FILLERS, PASSAGE, article

    # one more travelling passage so that there are two clusters to number
    extra = "各地要因地制宜发展新质生产力，防止一哄而上、泡沫化，也不要搞一种模式。"
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
