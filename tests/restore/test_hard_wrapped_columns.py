"""Hard-wrapped pages whose columns have several widths."""
from banmian.restore import restore

from restore_pages import SENTENCES, wrapped

# A paragraph of a 20-character column whose last line is 12 characters wide and ends a
# sentence, as wide as every line of the 12-character column beside it.
LAST_LINE_AS_WIDE_AS_THE_NARROW_COLUMN = "今年以来，全市工业经济稳中有进，规模以上工业增加值同比增长较快。"
NARROW_STORY = [SENTENCES[6] + SENTENCES[7], SENTENCES[8] + SENTENCES[9], SENTENCES[11] + SENTENCES[12]]


def two_column_page(wide: list[str], narrow_width: int) -> str:
    """A story in a 20-character column beside one in a narrower column, line by line."""
    lines = ["稳住增长势头 加快转型升级", "本报记者 张  三"]
    for para in wide:
        lines += wrapped(para, 20)
    lines += ["春耕备耕有序推进", "本报记者 李四"]
    for para in NARROW_STORY:
        lines += wrapped(para, narrow_width)
    return "\n".join(lines) + "\n"


def test_a_short_last_line_as_wide_as_another_column_ends_its_paragraph():
    # (the next paragraph opens with words that could go on a sentence: the width decides)
    wide = [LAST_LINE_AS_WIDE_AS_THE_NARROW_COLUMN, "但也要看到，部分行业生产经营仍面临不少困难。" + SENTENCES[3]]
    assert wrapped(wide[0], 20)[-1] == "工业增加值同比增长较快。"
    page = restore(two_column_page(wide, 12))
    first = page.articles[0]
    assert [p.text for p in first.paragraphs] == wide


def test_a_crosshead_as_wide_as_another_column_does_not_run_on():
    crosshead = "工匠精神与产业升级比翼齐飞"  # 13 characters, as wide as the narrow column's lines
    wide = [SENTENCES[0] + SENTENCES[1], crosshead, SENTENCES[13] + SENTENCES[10]]
    page = restore(two_column_page(wide, 13))
    # (whether it heads a section or a story of its own is the title decision's)
    texts = [p.text for art in page.articles for p in art.paragraphs] + [art.title.text for art in page.articles if art.title]
    assert crosshead in texts
    assert wide[2] in texts


def test_a_printed_line_of_prose_that_ends_like_a_photo_credit_runs_on():
    # `…的画面。真人拍摄` ends as `某某摄` credits do, but it is a line of running text
    para = ("清晨时分，动画工作室已经忙碌起来。一边的录音棚里，配音演员反复推敲角色台词；另一边的机房里，"
            "年轻的建模师不断调整模型渲染的画面。真人拍摄与动画制作，两种创作方式在同一空间相得益彰。")
    lines = wrapped(para, 17)
    assert lines[3].endswith("真人拍摄")
    other = SENTENCES[6] + SENTENCES[7] + SENTENCES[8]
    page = restore("\n".join(["动画工作室的新气象", "本报记者 张  三", *lines, *wrapped(other, 17)]) + "\n")
    assert [p.text for p in page.articles[0].paragraphs] == [para, other]
