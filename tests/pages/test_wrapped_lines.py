"""Hard-wrapped pages: which lines fill their column, and lines joined into one block."""
from banmian.pages.blocks import display_width, full_lines, join_lines, split_blocks

PARAGRAPHS = [
    "青石板路两侧的老房子修缮一新，游客络绎不绝。为了让古城重焕生机，当地坚持“修旧如旧”的原则。",
    "街道变宽了，绿地变多了，居民的笑容也多了。这座小城的变化，大家有目共睹。眼下正值春耕备耕的关键时节。",
    "一荤一素一汤的套餐售价十二元，老年人凭卡还可享受每餐三元的补贴，街坊们都说实惠。",
]


def _column(width: int) -> tuple[str, list[str]]:
    """The paragraphs set in a column ``width`` characters wide, indented; and the last lines."""
    lines, last = ["老街新韵"], ["老街新韵"]
    for para in PARAGRAPHS:
        para = "\u3000\u3000" + para
        cut = [para[i:i + width] for i in range(0, len(para), width)]
        lines += cut
        last.append(cut[-1])
    return "\n".join(lines) + "\n", last


def test_a_hard_wrapped_column_shows_its_full_lines():
    text, last_lines = _column(15)
    blocks = split_blocks(text)
    full = full_lines(text, blocks)
    # the title and each paragraph's last line are short; every other line fills 15 cells
    assert [b.text for b, f in zip(blocks, full) if not f] == [t.strip() for t in last_lines]


def test_a_page_of_blocks_has_no_full_lines():
    text = "老街新韵\n\n" + "\n\n".join(["青石板路两侧的老房子修缮一新，游客络绎不绝。"[: 8 + 3 * k] for k in range(12)]) + "\n"
    assert not any(full_lines(text, split_blocks(text)))


def test_digits_and_latin_letters_are_half_as_wide():
    assert 3.5 == display_width("GDP增长") and 3.0 == display_width("2024年")


def test_joined_lines_keep_the_span_of_each_line():
    text = "今年以来，全市\n工业经济稳中有进。\n下一段\n"
    joined = join_lines(split_blocks(text), [True, False, False])
    assert ["今年以来，全市工业经济稳中有进。", "下一段"] == [b.text for b in joined]
    assert [(0, 7), (8, 17)] == joined[0].spans
    assert joined[0].text == "".join(text[s:e] for s, e in joined[0].spans)
    assert [0, 1] == [b.index for b in joined]
