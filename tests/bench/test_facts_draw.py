"""The draw of a held-out facts set: strata, exclusions, interleaved order (scripts/draw_facts_set.py)."""
from script_loader import load_script


def _draw():
    return load_script("scripts/draw_facts_set.py")


PLAN = "到2027年，全市力争新增就业岗位3万个，确保完成改造任务120个。各区将建设养老服务中心15个，将培训人员800人，将新增绿地50亩。"
FILLER = "会议要求，各部门要把手头的事一件件排出时间表，扎实推动各项工作落地见效，让群众少跑腿、多受益。"


def article(i: int, kind: str) -> dict:
    if kind == "target":
        paragraphs = [PLAN] + [FILLER + f"（{i}-{k}）" for k in range(80)]
    elif kind == "statistics":
        paragraphs = [f"一季度，全市规模以上工业增加值同比增长{i}.5%，社会消费品零售总额同比增长6.2%。" + FILLER * 3]
    elif kind == "officials":
        paragraphs = [f"市委书记张{i}强调，要抓好春耕生产。市长李{i}主持会议并讲话。" + FILLER * 3]
    else:
        paragraphs = [FILLER]
    return {"id": f"{kind}-{i:02d}", "date": "2026-05-01", "title": f"标题{kind}{i}", "paragraphs": paragraphs}


def test_a_draw_keeps_its_strata_apart_leaves_known_articles_out_and_interleaves():
    d = _draw()
    articles = [article(i, kind) for kind, n in (("target", 16), ("statistics", 8), ("officials", 8), ("other", 5))
                for i in range(n)]
    assert d.stratum(articles[0], d.article_text(articles[0])) == "target"
    assert d.stratum(articles[-1], d.article_text(articles[-1])) is None
    excluded = {"target-00", "statistics-00"}
    order = d.draw(articles, excluded, seed=7)
    assert [s for s, _ in order] == ["target", "statistics", "target", "officials"] * 7
    ids = [a["id"] for _, a in order]
    assert len(set(ids)) == 28 and not excluded & set(ids)
    assert all(a["id"].startswith(s) for s, a in order)
    assert ids == [a["id"] for _, a in d.draw(articles, excluded, seed=7)]  # a seed fixes the draw


def test_when_longer_target_articles_run_out_shorter_ones_fill_the_target_stratum():
    d = _draw()
    # target articles of about 2,000 characters only (PLAN + 36 fillers): below the 2,500 of the last fallback
    shorter = [{"id": f"target-{i:02d}", "date": "2026-05-01", "title": f"标题{i}",
                "paragraphs": [PLAN] + [FILLER + f"（{i}-{k}）" for k in range(36)]} for i in range(16)]
    assert 1500 <= len(d.article_text(shorter[0])) < 2500
    assert d.stratum(shorter[0], d.article_text(shorter[0])) == "target-shorter"
    rest = [article(i, kind) for kind, n in (("statistics", 8), ("officials", 8)) for i in range(n)]
    order = d.draw(shorter + rest, set(), seed=7)
    assert sum(s == "target" for s, _ in order) == 14
    assert all(a["id"].startswith("target") for s, a in order if s == "target")


def test_when_short_officials_articles_run_out_longer_ones_fill_their_stratum():
    d = _draw()
    longer = [{"id": f"officials-{i:02d}", "date": "2026-05-01", "title": f"标题{i}",
               "paragraphs": [f"市委书记张{i}强调，要抓好春耕生产。市长李{i}主持会议并讲话。" + FILLER * 16]} for i in range(8)]
    assert 600 < len(d.article_text(longer[0])) <= 1000
    assert d.stratum(longer[0], d.article_text(longer[0])) == "officials-long"
    rest = [article(i, kind) for kind, n in (("target", 16), ("statistics", 8), ("officials", 3)) for i in range(n)]
    order = d.draw(longer + rest, set(), seed=7)
    officials = [a["id"] for s, a in order if s == "officials"]
    assert len(officials) == 7 and sum(len(d.article_text(a)) > 600 for s, a in order if s == "officials") == 4
