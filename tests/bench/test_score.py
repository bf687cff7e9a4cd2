"""The benchmark scorer on tiny hand-built pages with known scores."""
import pytest

from banmian.bench.score import failure_kind, gold_as_prediction, match_articles, prf, score_page, score_pages

# A page of two articles: A's paragraph 1 is cut by a column break, its second half sits
# after article B (interleaving); a truncated copy of A's paragraph 2 follows B's byline.
T_A = "春风来了"
A1a = "今年以来各地加快推进"
A1b = "重点项目建设。"
A2 = "项目开工数量明显增加。"
T_B = "新桥通车"
BY_B = "本报记者 王明"
B1 = "一座新桥日前建成通车。"
DUP = A2[:5]
LINES = [T_A, A1a, A2, T_B, BY_B, DUP, B1, A1b]
TEXT = "\n\n".join(LINES) + "\n"


def _span(line_no: int, length: int | None = None) -> list[int]:
    start = sum(len(x) + 2 for x in LINES[:line_no])
    return [start, start + (len(LINES[line_no]) if length is None else length)]


def _gold() -> dict:
    return {
        "page": 2,
        "articles": [
            {"id": "a", "kicker": None, "title": T_A, "subtitle": None, "byline": None,
             "paragraphs": [A1a + A1b, A2], "head_missing": False,
             "continued_from_page": None, "continued_to_page": 5,
             "spans": {"kicker": None, "title": _span(0), "subtitle": None, "byline": None,
                       "paragraphs": [[_span(1), _span(7)], [_span(2)]], "jumps": []}},
            {"id": "b", "kicker": None, "title": T_B, "subtitle": None, "byline": BY_B,
             "paragraphs": [B1], "head_missing": False,
             "continued_from_page": None, "continued_to_page": None,
             "spans": {"kicker": None, "title": _span(3), "subtitle": None, "byline": _span(4),
                       "paragraphs": [[_span(6)]], "jumps": []}},
        ],
        "seams": [[_span(1)[1], _span(7)[0]]],
        "duplicates": [{"span": _span(5), "duplicate_of": _span(2, len(DUP))}],
        "furniture": [],
    }


def _para(line_nos: list[int]) -> dict:
    return {"text": "".join(LINES[i] for i in line_nos), "spans": [_span(i) for i in line_nos], "role": "body"}


def _naive_prediction() -> dict:
    """What a left-to-right joiner does: A1a+A2 joined, A1b left alone in B, the copy kept."""
    gold = gold_as_prediction(_gold())
    gold["articles"][0]["paragraphs"] = [_para([1, 2])]
    gold["articles"][0]["continued_to_page"] = None
    gold["articles"][1]["paragraphs"] = [_para([5, 6]), _para([7])]
    gold["removed"] = []
    return gold


def test_gold_text_offsets_are_right():
    assert A1b == TEXT[slice(*_span(7))]
    assert DUP == TEXT[slice(*_span(5))]


def test_perfect_prediction_scores_one():
    result = score_pages([(_gold(), gold_as_prediction(_gold()), TEXT)])
    assert 1.0 == result["article_exact_match"]
    assert (1.0, 1.0, 1.0) == (result["paragraph_precision"], result["paragraph_recall"], result["paragraph_f1"])
    assert 1.0 == result["seam_f1"]
    assert 1.0 == result["duplicate_f1"]
    assert 1.0 == result["jump_accuracy"]
    assert 0 == result["invented_chars"]
    assert 0 == result["unaccounted_chars"]


def test_naive_prediction_scores():
    result = score_pages([(_gold(), _naive_prediction(), TEXT)])
    assert 0.0 == result["article_exact_match"]
    # gold paragraphs {A1a+A1b, A2, B1}; predicted {A1a+A2, DUP+B1, A1b}: none shared
    assert 0.0 == result["paragraph_recall"]
    assert 0.0 == result["paragraph_f1"]
    # predicted seams: (end A1a, start A2), (end DUP, start B1); gold seam not among them
    assert 0.0 == result["seam_precision"]
    assert 2 == result["counts"]["pred_seams"]
    # no duplicate removed: precision 1.0 by convention, recall 0
    assert (1.0, 0.0) == (result["duplicate_precision"], result["duplicate_recall"])
    assert 0.0 == result["jump_accuracy"]
    assert 1.0 == result["title_accuracy"]
    assert 0 == result["unaccounted_chars"]  # the copy sits in an article: accounted, though wrong
    assert 0 == result["invented_chars"]


def test_unaccounted_counts_characters_in_no_span():
    pred = gold_as_prediction(_gold())
    pred["removed"] = []  # the duplicate copy is now nowhere
    result = score_pages([(_gold(), pred, TEXT)])
    assert len(DUP) == result["unaccounted_chars"]
    assert 0.0 == result["duplicate_recall"]


def test_invented_characters_are_counted():
    pred = gold_as_prediction(_gold())
    pred["articles"][1]["paragraphs"][0]["text"] = B1[:-1] + "！！"  # one changed, one added
    pred["articles"][1]["byline"] = "本报记者 李华"  # two characters not at its span
    result = score_pages([(_gold(), pred, TEXT)])
    assert 2 + 2 == result["invented_chars"]
    assert 0.5 == result["article_exact_match"]


def test_one_paragraph_split_in_two():
    pred = gold_as_prediction(_gold())
    pred["articles"][0]["paragraphs"][0:1] = [_para([1]), _para([7])]
    result = score_pages([(_gold(), pred, TEXT)])
    assert 0.5 == result["article_exact_match"]
    # predicted {A1a, A1b, A2, B1} vs gold {A1a+A1b, A2, B1}: 2 shared
    assert pytest.approx(2 / 4) == result["paragraph_precision"]
    assert pytest.approx(2 / 3) == result["paragraph_recall"]
    assert 0.0 == result["seam_recall"]


def test_false_jump_and_head_missing():
    pred = gold_as_prediction(_gold())
    pred["articles"][1]["continued_from_page"] = 1
    pred["articles"][1]["head_missing"] = True
    result = score_pages([(_gold(), pred, TEXT)])
    assert 1 == result["false_jumps"]
    assert 0.5 == result["head_missing_accuracy"]
    assert 1.0 == result["jump_accuracy"]  # article A's jump is still right


def test_articles_match_by_shared_text_even_when_order_differs():
    gold = _gold()
    pred = gold_as_prediction(gold)
    pred["articles"].reverse()
    assert [(0, 1), (1, 0)] == match_articles(gold["articles"], pred["articles"], len(TEXT))
    assert 1.0 == score_pages([(gold, pred, TEXT)])["article_exact_match"]


def test_matching_without_gold_spans_uses_paragraph_text():
    gold = _gold()
    for art in gold["articles"]:
        art.pop("spans")
    pred = gold_as_prediction(_gold())
    pred["articles"].reverse()
    assert [(0, 1), (1, 0)] == match_articles(gold["articles"], pred["articles"])


def test_pages_are_micro_averaged():
    perfect = (_gold(), gold_as_prediction(_gold()), TEXT)
    naive = (_gold(), _naive_prediction(), TEXT)
    result = score_pages([perfect, naive, perfect])
    assert 3 == result["pages"]
    assert pytest.approx(4 / 6) == result["article_exact_match"]
    assert pytest.approx(6 / 9) == result["paragraph_recall"]


def test_duplicate_matches_need_most_of_the_copy():
    gold = _gold()
    pred = gold_as_prediction(gold)
    s, e = gold["duplicates"][0]["span"]
    pred["removed"] = [{"reason": "duplicate", "span": [s, s + 1], "duplicate_of": None}]
    assert 0 == score_page(gold, pred, TEXT)["duplicate_tp"]
    pred["removed"] = [{"reason": "duplicate", "span": [s, e - 1], "duplicate_of": None}]
    assert 1 == score_page(gold, pred, TEXT)["duplicate_tp"]


def test_prf_conventions():
    assert (1.0, 1.0, 1.0) == prf(0, 0, 0)
    assert (1.0, 0.0, 0.0) == prf(0, 0, 3)
    assert (0.5, 1.0, pytest.approx(2 / 3)) == prf(1, 2, 1)


def test_exact_match_without_composite_articles():
    gold = _gold()
    gold["articles"][1]["composite"] = True
    pred = gold_as_prediction(_gold())
    pred["articles"][1]["paragraphs"] = []  # the composite article restored wrongly
    result = score_pages([(gold, pred, TEXT)])
    assert 0.5 == result["article_exact_match"]
    assert 1.0 == result["article_exact_match_simple"]


def test_heading_accuracy_needs_every_field():
    pred = gold_as_prediction(_gold())
    pred["articles"][1]["byline"] = None
    result = score_pages([(_gold(), pred, TEXT)])
    assert 1.0 == result["title_accuracy"]
    assert 0.5 == result["heading_accuracy"]


@pytest.mark.parametrize("gold, pred, kind", [
    (["甲乙", "丙丁"], ["甲乙", "丙丁"], None),
    (["甲乙", "丙丁"], None, "unmatched"),
    (["甲乙", "丙丁"], ["甲", "乙", "丙丁"], "split"),
    (["甲乙", "丙丁"], ["甲乙丙丁"], "merged"),
    (["甲乙", "丙丁"], ["丙丁", "甲乙"], "order"),
    (["甲乙", "丙丁"], ["甲乙"], "missing_text"),
    (["甲乙"], ["甲乙", "戊"], "extra_text"),
    (["甲乙"], ["甲戊"], "other"),
])
def test_failure_kinds(gold, pred, kind):
    assert kind == failure_kind(gold, pred)


def test_failures_are_counted_per_kind():
    result = score_pages([(_gold(), _naive_prediction(), TEXT)])
    assert 2 == sum(result["failures"].values())
