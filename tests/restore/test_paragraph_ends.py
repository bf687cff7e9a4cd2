"""The paragraph-end model: does a paragraph end at a sentence end?"""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from banmian.restore.paragraph_ends import ParagraphEnds, ends_sentence, fit, sentence_ends

from restore_pages import SENTENCES


def test_sentence_ends_label_each_stop_of_an_article_but_its_last():
    got = list(sentence_ends(["甲乙。丙丁！“戊。”", "己庚？", "辛。"]))
    assert got == [("甲乙。", "丙丁！“戊。”", False), ("甲乙。丙丁！", "“戊。”", False),
                   ("甲乙。丙丁！“戊。”", "己庚？", True), ("己庚？", "辛。", True)]


def test_a_run_of_stops_is_one_sentence_end():
    assert [ends for *_, ends in sentence_ends(["他说……也好。", "下一段。"])] == [False, True]


def test_ends_sentence():
    assert ends_sentence("居民的笑容也多了。")
    assert ends_sentence("“乘势而上。”")
    assert ends_sentence("真的吗？ ")
    assert not ends_sentence("全市工业经济稳中有进，")
    assert not ends_sentence("同比增长6.2%")


TEXT = st.text(alphabet="今年我们说这在据“”。，！？1２", max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=4), st.lists(TEXT, min_size=1, max_size=4))
def test_the_page_matrix_is_the_pairwise_score(lefts, rights):
    # the matrix sums each side's cues once: it must equal scoring every pair whole
    model = ParagraphEnds.load()
    pairwise = np.array([[model.logodds([left], [right])[0] for right in rights] for left in lefts])
    assert np.allclose(model.matrix(lefts, rights), pairwise)


def test_the_fit_learns_what_opens_a_paragraph():
    # articles whose paragraphs open with `记者了解到，` and whose sentences inside a
    # paragraph go on with `与此相关，`: the cue after the stop decides
    articles = []
    for k in range(40):
        paragraphs = []
        for m in range(3):
            a, b = SENTENCES[(k + m) % len(SENTENCES)], SENTENCES[(k + 2 * m + 1) % len(SENTENCES)]
            paragraphs.append("记者了解到，" + a + "与此相关，" + b)
        articles.append(paragraphs)
    model = fit((s for paragraphs in articles for s in sentence_ends(paragraphs)), l2=1.0)
    left = "记者了解到，" + SENTENCES[0]
    opens, goes_on = model.logodds([left, left], ["记者了解到，" + SENTENCES[3], "与此相关，" + SENTENCES[3]])
    assert opens > 0 > goes_on


def test_the_shipped_model_reads_a_speaker_after_a_quote_as_the_same_paragraph():
    # `“…。”王某某说。` is one paragraph: the attribution follows its quote
    model = ParagraphEnds.load()
    quote = "“我们要把握机遇，乘势而上。”"
    speaker, scene = model.logodds([quote, quote], ["王某某说。", "去年以来，城区建成社区食堂45家。"])
    assert speaker < 0
    assert speaker < scene
