"""On a hard-wrapped page the first line of a paragraph under a byline wider than the
column is a full line all the same: the byline is set to its own width. Before, the
line stood alone, so a layout copy printed there no longer matched its twin."""
from banmian.restore import restore

WIDTH = 16
TITLE = "夜市点亮湖滨新城"
BYLINE = "□本报记者 林小溪 周 远 郭 明 何一帆"  # wider than the column
FIRST = "湖滨新城的夜市今年换了新面貌，摊位统一规划，垃圾分类到位，游客吃得放心，摊主也挣得安心。"
SECOND = "夜市管理办公室负责人介绍，下一步将增设停车位和公共厕所，并延长营业时间，让夜市的烟火气更足、更有秩序。"
THIRD = "记者在现场看到，不少年轻人专程赶来打卡，一些老字号小吃摊前排起了长队。"


def printed_lines(paragraph: str) -> list[str]:
    """The paragraph set in a column WIDTH characters wide, its first line indented."""
    lines, line = [], "\u3000\u3000"
    for ch in paragraph:
        line += ch
        if len(line) == WIDTH:
            lines.append(line)
            line = ""
    return lines + [line] if line else lines


def test_a_copy_under_a_wide_byline_is_found_whole_and_removed():
    lines = [TITLE, BYLINE] + printed_lines(SECOND) + printed_lines(FIRST) + printed_lines(SECOND) + printed_lines(THIRD)
    assert len(BYLINE) > WIDTH + 1
    text = "\n".join(lines) + "\n"
    page = restore(text)
    copies = [r for r in page.removed if r.reason == "duplicate"]
    assert copies and copies[0].span[0] == text.index(SECOND[:10])
    # every line of the copy goes, each pointing at the same line of its twin
    assert "".join(text[r.span[0]:r.span[1]] for r in copies) == "".join(printed_lines(SECOND)).lstrip("\u3000")
    assert all(text[r.span[0]:r.span[1]] == text[r.duplicate_of[0]:r.duplicate_of[1]] for r in copies)
    assert all(r.duplicate_of[0] > text.index(FIRST[:10]) for r in copies)
    paragraphs = [p.text for a in page.articles for p in a.paragraphs]
    assert paragraphs == [FIRST, SECOND, THIRD]
