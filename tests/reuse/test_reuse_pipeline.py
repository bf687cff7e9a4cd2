import json

import pytest
from reuse_texts import FILLERS, PASSAGE, article

from banmian.reuse import ReuseError, find_reuse, formulation_index, load_reuse
from banmian.reuse import stages


def test_copies_form_one_cluster(reuse_articles):
    result = find_reuse(reuse_articles)
    assert 1 == len(result.clusters)
    members = {m.article: m for m in result.clusters[0].members}
    assert {"p1-2024-03-01-a1", "p1-2024-03-01-a2", "p2-2024-03-05-a1", "p3-2024-04-02-a1"} == set(members)
    m = members["p1-2024-03-01-a1"]
    assert [(len(FILLERS[0]), len(FILLERS[0]) + len(PASSAGE) - 1)] == m.spans
    assert PASSAGE.rstrip("。") == m.text
    assert "reuse" == result.clusters[0].label


def test_same_page_pairs_are_skipped(tmp_path, reuse_articles):
    find_reuse(reuse_articles, out_dir=tmp_path)
    ids = stages.read(tmp_path, "articles", ["id"]).column("id").to_pylist()
    pairs = stages.read(tmp_path, "pairs").to_pydict()
    linked = {(ids[a], ids[b]) for a, b in zip(pairs["uid_a"], pairs["uid_b"])}
    assert ("p1-2024-03-01-a1", "p1-2024-03-01-a2") not in linked
    assert ("p1-2024-03-01-a1", "p2-2024-03-05-a1") in linked


def test_only_same_page_copies_give_nothing():
    arts = [article("a", "报", "2024-01-01", "1", FILLERS[0], PASSAGE), article("b", "报", "2024-01-01", "1", PASSAGE)]
    assert [] == find_reuse(arts).clusters


def test_stock_phrase_is_labelled_in_formulation_index():
    stock = "以人民为中心的发展思想贯穿工作始终"
    arts = [article(f"d{k}", "日报", f"2024-02-{k + 1:02d}", "1", FILLERS[k], stock, FILLERS[k + 6][:k + 4])
            for k in range(6)]
    forms = formulation_index(arts, max_df=3, stock_days=4)
    labels = {f["phrase"]: f["label"] for f in forms}
    assert "stock" == labels.get("以人民为中心的发展思想贯穿工作始终"), forms


def test_resume_skips_finished_stages(tmp_path, reuse_articles):
    first = find_reuse(reuse_articles, out_dir=tmp_path, until="pairs")
    assert [] == first.clusters
    assert stages.is_done(tmp_path, "pairs") and not stages.is_done(tmp_path, "passages")
    mtime = stages.path_of(tmp_path, "pairs").stat().st_mtime_ns
    second = find_reuse(None, out_dir=tmp_path)  # input not needed: articles stage exists
    assert mtime == stages.path_of(tmp_path, "pairs").stat().st_mtime_ns
    assert 1 == len(second.clusters)
    assert json.loads((tmp_path / "options.json").read_text())["min_chars"] == 15


def test_resume_with_other_options_is_refused(tmp_path, reuse_articles):
    find_reuse(reuse_articles, out_dir=tmp_path, until="pairs")
    with pytest.raises(ReuseError, match=r"\[E702\].*min_chars: 15 -> 20"):
        find_reuse(reuse_articles, out_dir=tmp_path, min_chars=20)


def test_unknown_engine_is_an_error(reuse_articles):
    with pytest.raises(ReuseError, match=r"\[E701\]"):
        find_reuse(reuse_articles, engine="dask")


def test_article_without_text_is_an_error():
    with pytest.raises(ReuseError, match=r"\[E705\] Article 0 has no 'text'"):
        find_reuse([{"id": "a", "paper": "p", "date": "2024-01-01", "page": "1"}])


def test_load_reuse_reads_a_finished_run_made_with_any_options(tmp_path, reuse_articles):
    with pytest.raises(ReuseError, match=r"\[E710\]"):
        load_reuse(tmp_path)
    made = find_reuse(reuse_articles, out_dir=tmp_path, min_chars=20)
    assert made.passages() == load_reuse(tmp_path).passages()
