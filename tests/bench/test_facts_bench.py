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
