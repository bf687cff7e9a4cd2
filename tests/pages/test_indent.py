"""Paragraph indents: which lines a page indents, and whether it indents at all."""
from banmian.pages.blocks import indent_signs, indented, split_blocks


def test_indented_lines_and_the_pages_style():
    text = "标题\n\n\u3000\u3000第一段开头，\n\n接着写完。\n\n\u3000\u3000第二段。\n\n  第三段。\n"
    blocks = split_blocks(text)
    assert [False, True, False, True, True] == [indented(text, b) for b in blocks]
    assert [-1, 1, -1, 1, 1] == indent_signs(text, blocks)


def test_a_page_without_indents_says_nothing():
    text = "标题\n\n第一段开头，\n\n接着写完。\n\n\u3000\u3000只有这一行缩进。\n"
    assert [0, 0, 0, 0] == indent_signs(text, split_blocks(text))
