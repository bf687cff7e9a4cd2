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


def test_every_kind_of_line_end_separates_blocks():
    lines = ["小城故事多", "　　本报记者 张三", "今年以来，全市工业经济稳中有进。"]
    for sep in ("\n", "\r\n", "\r", "\u2028", "\r\n\r\n", "\r\r"):
        text = sep.join(lines) + sep
        blocks = split_blocks(text)
        assert ["小城故事多", "本报记者 张三", "今年以来，全市工业经济稳中有进。"] == [b.text for b in blocks], repr(sep)
        assert all(text[b.start:b.end] == b.text for b in blocks)


def test_a_hard_wrapped_page_reads_the_same_with_windows_or_old_mac_line_ends():
    from pathlib import Path

    from banmian.restore import restore

    page = Path(__file__).resolve().parents[2] / "examples" / "pages" / "minsheng-daily" / "2024-03-16" / "03.txt"
    text = page.read_text(encoding="utf-8")
    want = [[p.text for p in a.paragraphs] for a in restore(text).articles]
    assert len(want) == 2
    for sep in ("\r\n", "\r"):
        other = text.replace("\n", sep)
        restored = restore(other)
        assert want == [[p.text.replace(sep, "") for p in a.paragraphs] for a in restored.articles]
        assert all(other[s:e] in p.text for a in restored.articles for p in a.paragraphs for s, e in p.spans)
