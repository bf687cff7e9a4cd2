"""A character printed twice is kept as printed, with a correction offered beside it."""
import json

import pytest

from banmian.restore import restore
from banmian.restore.render import as_text
from banmian.restore.typos import doubled_characters

PAGE = ("稳住增长势头\n\n本报记者  张  三\n\n"
        "今年以来，全市工业业经济稳中有进，市工信局将重点点推进产业链延链补链强链。\n\n"
        "他常常说，人人都要努力，党委委员带头干，谢谢大家。\n")


def test_a_doubled_character_gets_a_correction_and_stays_in_the_text():
    page = restore(PAGE)
    first, second = page.articles[0].paragraphs
    assert first.text == "今年以来，全市工业业经济稳中有进，市工信局将重点点推进产业链延链补链强链。"  # as printed
    assert [(c.printed, c.suggestion, c.reason) for c in first.corrections] == [
        ("业业", "业", "doubled_character"), ("点点", "点", "doubled_character")]
    assert [page.text[s:e] for s, e in (c.span for c in first.corrections)] == ["业业", "点点"]
    assert second.corrections == []


@pytest.mark.parametrize("text", ["他常常说，人人都要努力。", "党委委员带头干。", "谢谢大家的支持。", "天天锻炼身体好。"])
def test_words_that_double_a_character_are_left_alone(text):
    assert doubled_characters(text) == []


def test_corrections_are_in_the_json_and_the_text_output():
    page = restore(PAGE)
    paragraph = page.to_dict()["articles"][0]["paragraphs"][0]
    assert paragraph["corrections"][0] == {"span": list(page.articles[0].paragraphs[0].corrections[0].span),
                                           "printed": "业业", "suggestion": "业", "reason": "doubled_character"}
    assert json.loads(json.dumps(page.to_dict(), ensure_ascii=False)) == page.to_dict()
    assert "[typo? 业业 → 业]" in as_text(page)
