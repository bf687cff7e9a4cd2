"""Indent signs of a page's blocks: +1 indented, -1 flush, 0 unknown. Where the indents
were read off the widths of first lines (the extraction dropped them), a block of one
printed line shows no width to read: flush or not, it says nothing."""
from banmian.model import Block
from banmian.pages.blocks import indent_signs


def block(text: str, start: int, lines: int = 2, lost: bool = False) -> Block:
    step = len(text) // lines
    spans = tuple((start + k * step, start + (k + 1) * step if k < lines - 1 else start + len(text)) for k in range(lines))
    return Block(start, start + len(text), text, lines=spans, lost_indent=lost)


def page(lost: bool) -> tuple[str, list[Block]]:
    texts = ["沿江步道全线贯通", "新修的步道沿着江岸延伸，晨练的居民越来越多。", "步道旁新种的树苗已经成活，入夏后就能遮阴。",
             "社区还在步道沿线设了休息座椅和饮水点。", "家住附近的老人说，每天傍晚都要来走上几圈。"]
    text, blocks, pos = "", [], 0
    for k, t in enumerate(texts):
        lead = "" if lost or k == 0 else "\u3000\u3000"
        text += lead
        pos += len(lead)
        blocks.append(block(t, pos, lines=1 if k == 0 else 2, lost=lost and k > 0))
        text += t + "\n"
        pos += len(t) + 1
    return text, blocks


def test_a_one_line_block_says_nothing_where_indents_were_read_off_widths():
    text, blocks = page(lost=True)
    assert indent_signs(text, blocks) == [0, 1, 1, 1, 1]


def test_a_flush_line_is_flush_where_the_page_prints_its_indents():
    text, blocks = page(lost=False)
    assert indent_signs(text, blocks) == [-1, 1, 1, 1, 1]
