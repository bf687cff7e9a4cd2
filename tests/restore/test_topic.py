import math
from collections import Counter

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from banmian.restore.topic import bigrams, cosine, cosines_left_out, page_idf, similarity_matrix

TEXTS = ["社区食堂办到家门口，老年人吃饭更方便。", "贸易伙伴看，对东盟进出口增长。", "社区食堂向乡镇延伸，老年人受益。", "海关将继续优化通关流程。"]


def test_matrix_agrees_with_pairwise_cosine_without_context():
    idf = page_idf(TEXTS)
    S = similarity_matrix(TEXTS, idf)
    for i, a in enumerate(TEXTS):
        for j, b in enumerate(TEXTS):
            assert abs(cosine(bigrams(a), bigrams(b), idf) - S[i, j]) < 1e-9


def test_same_story_is_more_similar_than_another():
    S = similarity_matrix(TEXTS, page_idf(TEXTS))
    assert S[0, 2] > S[0, 1]
    assert np.allclose(S, S.T)


def test_context_windows_do_not_fail_on_short_pages():
    assert (1, 1) == similarity_matrix(TEXTS[:1], {}, before=2, after=1).shape


# Texts of a few characters drawn from a small alphabet, so bigrams recur across texts;
# empty and one-character texts (no bigrams) are among them.
_texts = st.lists(st.text(alphabet="社区食堂老年人，。ab\u3000", max_size=12), max_size=8)


@given(_texts)
def test_page_idf_is_the_document_frequency_of_each_bigram(texts):
    idf = page_idf(texts)
    df = Counter(g for t in texts for g in set(bigrams(t)))
    assert idf.keys() == df.keys()
    for gram, n in df.items():
        assert abs(idf[gram] - math.log((max(1, len(texts)) + 1) / (n + 0.5)) ** 2) < 1e-9


@given(_texts)
def test_matrix_agrees_with_pairwise_cosine_of_the_bags(texts):
    idf = page_idf(texts)
    S = similarity_matrix(texts, idf)
    assert S.shape == (len(texts), len(texts))
    for i, a in enumerate(texts):
        for j, b in enumerate(texts):
            assert abs(cosine(bigrams(a), bigrams(b), idf) - S[i, j]) < 1e-9


@given(_texts, _texts)
def test_cosines_left_out_agree_with_the_cosine_of_each_bag_against_the_rest(texts, others):
    # each bag against the whole less itself (the headline and the other paragraphs left
    # to an article), as the interleaved-tail settling compares them
    idf = page_idf(texts + others)
    bags = [bigrams(t) for t in texts]
    whole = sum(bags, Counter()) + sum((bigrams(t) for t in others), Counter())
    direct = sum(cosine(t, whole - t, idf) for t in bags)
    assert abs(cosines_left_out(bags, whole, idf) - direct) < 1e-9
