from banmian.reuse.clusters import cluster_passages
from banmian.reuse.formulations import formulation_index


def test_connected_components_join_overlapping_spans():
    passages = [
        (0, 1, 10, 40, 0, 30, 30, 30, 0.0),  # 0 ~ 1
        (1, 2, 2, 31, 5, 34, 29, 29, 0.0),  # 1 (overlapping span) ~ 2
        (3, 4, 0, 20, 0, 20, 20, 20, 0.0),  # unrelated
    ]
    rows = cluster_passages(passages)
    first = {(uid, b, e) for c, uid, b, e, *_ in rows if c == 0}
    assert {(0, 10, 40), (1, 0, 31), (2, 5, 34)} == first
    assert {(3, 0, 20), (4, 0, 20)} == {(uid, b, e) for c, uid, b, e, *_ in rows if c == 1}


def test_disjoint_spans_of_one_article_stay_apart():
    rows = cluster_passages([(0, 1, 0, 20, 0, 20, 20, 20, 0.0), (0, 2, 100, 130, 0, 30, 30, 30, 0.0)])
    assert 2 == len({r[0] for r in rows})


def test_stock_share_labels_clusters():
    rows = cluster_passages([(0, 1, 0, 20, 0, 20, 20, 20, 0.9), (2, 3, 0, 20, 0, 20, 20, 20, 0.1)])
    assert {"stock", "reuse"} == {r[4] for r in rows}


def test_formulation_printed_daily_is_stock_and_ranked_last():
    meta = {u: ("日报", f"2024-05-{u + 1:02d}") for u in range(12)}
    meta.update({20: ("甲报", "2024-05-01"), 21: ("乙报", "2024-06-02"), 22: ("丙报", "2024-06-09")})
    occ = [("每日刊发的固定提法", "frequent", u) for u in range(12)]
    occ += [("从全会传到地方的新提法", "cluster", u) for u in (20, 21, 22)]
    rows = formulation_index(occ, meta, stock_days=10)
    assert ["从全会传到地方的新提法", "每日刊发的固定提法"] == [r["phrase"] for r in rows]
    assert ["reuse", "stock"] == [r["label"] for r in rows]
    assert "2024-05-01" == rows[0]["first_seen"]
    assert ["丙报", "乙报", "甲报"] == rows[0]["papers"]
    assert '{"2024-05":1,"2024-06":2}' == rows[0]["months"]
