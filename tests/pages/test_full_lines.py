"""Which printed lines of a hard-wrapped page fill their column: widths counted in
characters (generated pages, one character a cell) or in ems (presses set digits at half
width), whichever shows one column; a width one off it is that column measured the wrong
way, not a second column."""
from banmian.pages.blocks import full_lines, split_blocks

CJK = "城乡居民收入稳步增长消费市场持续回暖"  # 18 characters


def page_of(lines: list[str]) -> tuple[str, list]:
    text = "\n".join(lines) + "\n"
    return text, split_blocks(text)


def test_a_line_one_character_short_ends_its_paragraph_on_a_page_of_character_cells():
    plain = [CJK[k:] + CJK[:k] for k in range(10)]
    plain = [line[:16] for line in plain]  # 16 characters, 16 ems
    digits = [f"今年{10 + k}月份社会消费品零售总额增" for k in range(9)]  # 16 characters, 15 ems
    assert all(len(line) == 16 for line in plain + digits)
    last = "消费市场持续回暖势头明显巩固。"  # a paragraph's last line: 15 characters
    text, blocks = page_of(plain[:5] + digits + [last] + plain[5:])
    full = full_lines(text, blocks)
    assert full[5 + len(digits)] is False
    assert all(full[k] for k in range(len(blocks)) if k != 5 + len(digits))


def test_digits_at_half_width_fill_a_line_measured_in_ems():
    plain = [(CJK[k:] + CJK[:k])[:16] for k in range(10)]  # 16 characters, 16 ems
    digits = [f"今年{10 + k}月份社会消费品零售总额增长" for k in range(9)]  # 17 characters, 16 ems
    assert all(len(line) == 17 for line in digits)
    last = "消费市场回暖势头明显。"
    text, blocks = page_of(plain[:5] + digits + plain[5:] + [last])
    full = full_lines(text, blocks)
    assert all(full[:-1]) and full[-1] is False


FILL = "沿江各地加快推进港口航道建设提升通航能力服务流域经济发展"


def paragraph(k: int, last: int, width: int = 15, first: int | None = None) -> list[str]:
    """A paragraph set ``width`` wide: a first line ``first`` wide (an indent lost), two
    full lines, and a last line ``last`` characters long."""
    text = FILL[k % 7:] + FILL[:k % 7]
    lines = [text[:first]] if first else []
    return lines + [text[:width], text[1:width + 1], text[2:2 + last - 1] + "。"]


def test_last_lines_that_happen_to_share_a_width_are_no_column():
    # a long page: the last lines of 48 paragraphs fall on six widths, eight on each
    lines = [line for k in range(48) for line in paragraph(k, (8, 9, 10, 11, 12, 13)[k % 6])]
    text, blocks = page_of(lines)
    full = full_lines(text, blocks)
    assert [full[k] for k in range(len(lines)) if len(lines[k]) == 13] == [False] * 8
    assert all(full[k] for k in range(len(lines)) if len(lines[k]) == 15)


def test_first_lines_that_lost_their_indent_are_a_width_of_their_own():
    # every paragraph opens with a line two characters narrower: the indent's room, kept empty
    lines = [line for k in range(30) for line in paragraph(k, (4, 6, 8, 10, 11)[k % 5], first=13)]
    text, blocks = page_of(lines)
    full = full_lines(text, blocks)
    assert all(full[k] for k in range(len(lines)) if len(lines[k]) in (13, 15))


def test_a_line_that_hangs_two_closing_marks_fills_its_column():
    # `…红火。”` is set at the column's 16 characters with `。”` hanging past it: a full
    # line, where a line two characters wider without them is none
    plain = [(CJK[k:] + CJK[:k])[:16] for k in range(12)]
    quoted = "村里的路修好了，日子越过越红火的人多。”"[2:]  # 16 characters and the two marks
    wide = CJK[:18]  # 18 characters, no closing mark
    assert len(quoted) == 18 and quoted.endswith("。”")
    text, blocks = page_of(plain[:6] + [quoted] + plain[6:9] + [wide] + plain[9:])
    full = full_lines(text, blocks)
    assert full[6] is True
    assert full[10] is False
