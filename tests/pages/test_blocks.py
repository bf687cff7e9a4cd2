from banmian.pages.blocks import split_blocks, whitespace_gaps


def test_blocks_are_lines_with_offsets_into_the_original():
    text = "\ufeff标题\r\n\r\n　　第一段，没有结束\n第二段。  \n"
    blocks = split_blocks(text)
    assert ["\ufeff标题".strip("\ufeff"), "第一段，没有结束", "第二段。"] == [b.text for b in blocks]
    for b in blocks:
        assert text[b.start:b.end] == b.text
    assert [0, 1, 2] == [b.index for b in blocks]


def test_whitespace_gaps_cover_the_rest():
    text = "甲乙\n\n丙丁\n"
    blocks = split_blocks(text)
    gaps = whitespace_gaps(text, [(b.start, b.end) for b in blocks])
    assert [(2, 4), (6, 7)] == gaps
