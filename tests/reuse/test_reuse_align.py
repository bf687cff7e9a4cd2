from reuse_texts import CLAUSE_DROP, FILLERS, PASSAGE, WORD_EDIT

from banmian.reuse.align import AlignOptions, align_texts


def _one(a, b):
    found = align_texts(a, b)
    assert 1 == len(found), found
    return found[0]


def test_exact_copy_gives_exact_spans():
    a = FILLERS[0] + PASSAGE + FILLERS[1]
    b = FILLERS[2] + PASSAGE
    ab, ae, bb, be, *_ = _one(a, b)
    assert PASSAGE.rstrip("。") == a[ab:ae]
    assert PASSAGE.rstrip("。") == b[bb:be]


def test_changed_word_is_bridged():
    a = FILLERS[0] + PASSAGE
    b = WORD_EDIT + FILLERS[3]
    ab, ae, bb, be, matched, length, _ = _one(a, b)
    assert (len(FILLERS[0]), len(FILLERS[0]) + len(PASSAGE) - 1) == (ab, ae)
    assert (0, len(WORD_EDIT) - 1) == (bb, be)
    assert matched < length


def test_dropped_clause_is_bridged():
    a = PASSAGE
    b = FILLERS[4] + CLAUSE_DROP
    ab, ae, bb, be, *_ = _one(a, b)
    assert PASSAGE.rstrip("。") == a[ab:ae]
    assert CLAUSE_DROP.rstrip("。") == b[bb:be]


def test_unrelated_texts_share_nothing():
    assert [] == align_texts(FILLERS[0] + FILLERS[1], FILLERS[2] + FILLERS[3])


def test_min_chars_drops_short_matches():
    shared = "实体经济发展"  # 6 characters shared, below 15
    assert [] == align_texts(FILLERS[0] + shared, shared + FILLERS[1])
    assert 1 == len(align_texts(FILLERS[0] + shared, shared + FILLERS[1], AlignOptions(min_chars=5)))
