import numpy as np

from banmian.restore.topic import bigrams, cosine, page_idf, similarity_matrix

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
