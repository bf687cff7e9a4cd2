"""The facts benchmark refuses a held-out article whose text it was tuned on under another id."""
from script_loader import load_script


def _bench():
    return load_script("bench/facts_bench.py")


def test_a_held_out_article_printed_twice_under_two_ids_is_caught():
    articles = {
        "dev-1": {"title": "青川市推进城市更新", "paragraphs": ["今年将改造老旧小区40个。"]},
        "dev-2": {"title": "春耕备耕有序推进", "paragraphs": ["各地抢抓农时。"]},
        "held-1": {"title": "青川市推进城市更新", "paragraphs": ["今年将改造老旧小区40个。"]},  # the same page printed again
        "held-2": {"title": "青川市推进城市更新", "paragraphs": ["今年将改造老旧小区50个。"]},
    }
    sets = {"development": [{"id": "dev-1"}, {"id": "dev-2"}], "held-out": [{"id": "held-1"}, {"id": "held-2"}]}
    assert ["held-1"] == _bench().repeated_texts(sets, articles)
    assert [] == _bench().repeated_texts({"development": sets["development"]}, articles)


def test_a_held_out_set_tuned_on_no_longer_claims_the_honest_number():
    heading = _bench().set_heading
    assert "the honest number" in heading("held-out")
    tuned = heading("held-out", "rules were written for its misses")
    assert "honest number" not in tuned.replace("its honest number is its first-contact row", "")
    assert "rules were written for its misses" in tuned and "first-contact" in tuned
    assert "optimistic" in heading("development")


def test_a_targets_only_set_is_scored_on_the_target_key_overall_and_per_drawn_set():
    bench = _bench()
    articles = {
        "a": {"title": "青川市推进城市更新", "paragraphs": ["到2027年，青川市力争新建充电桩500个。"]},
        "b": {"title": "河西县春耕备耕", "paragraphs": ["河西县今年将新修水渠30公里。"]},
    }
    text_a, text_b = (bench.article_text(articles[k]) for k in "ab")
    s_a, s_b = text_a.index("500个"), text_b.index("30公里")
    gold = [{"id": "a", "set": "h1", "date": "2026-05-01", "text_length": len(text_a),
             "targets": [{"quantity": [s_a, s_a + 4], "value": 500.0, "unit": "个", "deadline_to": "2027-12-31",
                          "modality": "力争"}]},
            {"id": "b", "set": "h2", "date": "2026-05-01", "text_length": len(text_b),
             # a wrong deadline: the key must not match
             "targets": [{"quantity": [s_b, s_b + 4], "value": 30.0, "unit": "km", "deadline_to": "2027-12-31",
                          "modality": "将"}]}]
    res = bench.score_targets(gold, articles)
    assert (res["h1"]["tp"], res["h1"]["fp"], res["h1"]["fn"]) == (1, 0, 0)
    assert (res["h2"]["tp"], res["h2"]["fp"], res["h2"]["fn"]) == (0, 1, 1)
    assert (res["all"]["tp"], res["all"]["fp"], res["all"]["fn"]) == (1, 1, 1) and res["all"]["f1"] == 0.5
