"""Tracking: targets linked with later observations of the same owner and metric."""
import pytest

from banmian.facts import extract_facts, track

TARGET = "全市规上工业增加值力争2024年突破1000亿元。"


def run(*articles, as_of=None):
    facts = [extract_facts({"title": "经济", "paragraphs": [text]}, date, f"a{i}") for i, (date, text) in enumerate(articles)]
    return track(facts, as_of=as_of)["threads"]


def status(*articles, as_of=None):
    (thread,) = run(*articles, as_of=as_of)
    return thread["status"]


def test_met():
    assert "met" == status(("2023-12-22", TARGET), ("2025-01-20", "2024年，全市规上工业增加值达到1080亿元。"))


def test_missed():
    assert "missed" == status(("2023-12-22", TARGET), ("2025-01-20", "2024年，全市规上工业增加值达到900亿元。"))


def test_not_yet_due_without_figures():
    assert "not yet due" == status(("2023-12-22", TARGET), as_of="2024-03-01")


def test_on_track():
    assert "on track" == status(("2023-12-22", TARGET), ("2024-07-20", "上半年，全市规上工业增加值达到600亿元。"))


def test_behind_is_not_yet_due():
    (thread,) = run(("2023-12-22", TARGET), ("2024-07-20", "上半年，全市规上工业增加值达到200亿元。"))
    assert ("not yet due", True) == (thread["status"], thread["behind"])


def test_unverifiable_after_the_deadline():
    assert "unverifiable" == status(("2023-12-22", TARGET), as_of="2025-06-01")


def test_restatement_is_one_thread():
    threads = run(("2023-12-22", TARGET), ("2024-03-01", "全市规模以上工业增加值力争2024年突破1100亿元。"))
    assert 1 == len(threads)
    assert [["raised"]] == [r["change"] for r in threads[0]["revisions"]]
    assert 2 == len(threads[0]["targets"])


def test_evidence_points_at_the_observation():
    (thread,) = run(("2023-12-22", TARGET), ("2025-01-20", "2024年，全市规上工业增加值达到1080亿元。"))
    (ev,) = thread["evidence"]
    assert ("a1", pytest.approx(1.08e11)) == (ev["article"], ev["value"])
