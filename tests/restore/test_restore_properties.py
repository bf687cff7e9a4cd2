"""Nothing lost, nothing invented: properties of restore() on generated damaged pages."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from banmian.restore import restore
from banmian.pages.blocks import NO_LINE_START

from restore_pages import BYLINES, SENTENCES, TITLES, clean_article, wrapped, wrapped_article

SEPARATORS = ["\n", "\n\n", "\n\n\n", "\n　　", "\r\n\r\n", "\n  \n"]


@st.composite
def damaged_pages(draw) -> str:
    """Articles from the test sentences, cut at column breaks, shuffled, duplicated, padded."""
    blocks: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        blocks.append(draw(st.sampled_from(TITLES)))
        if draw(st.booleans()):
            blocks.append(draw(st.sampled_from(["□", ""])) + draw(st.sampled_from(BYLINES)))
        for _ in range(draw(st.integers(1, 4))):
            para = "".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)))
            cuts = sorted(set(draw(st.lists(st.integers(1, len(para) - 1), max_size=2))))
            cuts = [c for c in cuts if para[c] not in NO_LINE_START]
            pieces = [para[a:b] for a, b in zip([0] + cuts, cuts + [len(para)])]
            blocks.extend(pieces)
    # interleave: move a block elsewhere; duplicate a block, whole or truncated
    if len(blocks) > 3 and draw(st.booleans()):
        i = draw(st.integers(0, len(blocks) - 1))
        j = draw(st.integers(0, len(blocks) - 1))
        blocks.insert(j, blocks.pop(i))
    if draw(st.booleans()):
        src = draw(st.sampled_from(blocks))
        keep = draw(st.integers(1, len(src)))
        blocks.insert(draw(st.integers(0, len(blocks))), src[:keep])
    if draw(st.booleans()):
        blocks.insert(0, draw(st.sampled_from(["2024年3月15日 星期五", "第3版", "要闻"])))
    if draw(st.booleans()):
        blocks.append(draw(st.sampled_from(["（下转第四版）", "责编：陈某", "(上接01版)"])))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(blocks), max_size=len(blocks)))
    return "".join(b + s for b, s in zip(blocks, seps))


def check_accounting(text: str) -> None:
    page = restore(text)
    owner = [None] * len(text)

    def claim(spans, who):
        for s, e in spans:
            assert 0 <= s <= e <= len(text)
            for p in range(s, e):
                assert owner[p] is None, f"character {p} {text[p]!r} claimed by {owner[p]} and {who}"
                owner[p] = who

    for n, a in enumerate(page.articles):
        for name in ("kicker", "title", "subtitle", "byline"):
            f = getattr(a, name)
            if f is not None:
                assert f.text == "".join(text[s:e] for s, e in f.spans)
                claim(f.spans, f"article {n} {name}")
        claim(a.jumps, f"article {n} jump")
        for p in a.paragraphs:
            assert p.text == "".join(text[s:e] for s, e in p.spans)  # nothing invented
            assert p.text.strip() == p.text and p.text
            claim(p.spans, f"article {n} paragraph")
            for c in p.corrections:  # offered beside the text, inside it, never applied
                assert text[c.span[0]:c.span[1]] == c.printed and c.printed in p.text
                assert any(s <= c.span[0] and c.span[1] <= e for s, e in p.spans)
    for r in page.removed:
        claim([r.span], f"removed {r.reason}")
        if r.reason == "whitespace":
            assert not text[r.span[0]:r.span[1]].strip()
        if r.reason == "duplicate":
            removed = text[r.span[0]:r.span[1]]
            twin = text[r.duplicate_of[0]:r.duplicate_of[1]]
            assert removed == "".join(twin.split()) or removed == twin
    lost = [i for i, who in enumerate(owner) if who is None]
    assert not lost, f"characters in no article and not removed: {[text[i] for i in lost]}"  # nothing lost


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_pages())
def test_every_character_is_accounted_for_once(text):
    check_accounting(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("今年全市工业经济稳中有进。，“”（）\r\n 　□0123转接第版下上记者本报")), min_size=1, max_size=300))
def test_accounting_holds_on_arbitrary_text(text):
    check_accounting(text)


def test_clean_single_article_comes_back_unchanged():
    for k in range(len(TITLES)):
        paragraphs = [SENTENCES[(k + i) % len(SENTENCES)] + SENTENCES[(k + i + 3) % len(SENTENCES)] for i in range(3)]
        byline = BYLINES[k % len(BYLINES)] if k % 2 else None
        page = restore(clean_article(TITLES[k], byline, paragraphs))
        assert 1 == len(page.articles)
        art = page.articles[0]
        assert TITLES[k] == art.title.text
        assert byline == (art.byline.text if art.byline else None)
        assert paragraphs == [p.text for p in art.paragraphs]
        assert not art.head_missing
        assert [] == [r for r in page.removed if r.reason != "whitespace"]


@st.composite
def hard_wrapped_pages(draw) -> str:
    """Pages extracted line by line: every printed line of a column on its own line, with
    a line moved elsewhere or printed twice now and then."""
    width = draw(st.integers(8, 20))
    indent = draw(st.sampled_from(["", "　　"]))
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        lines.append(draw(st.sampled_from(TITLES)))
        for _ in range(draw(st.integers(1, 4))):
            para = "".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)))
            lines.extend(wrapped(para, width, indent))
    if len(lines) > 3 and draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines) - 1)), lines.pop(draw(st.integers(0, len(lines) - 1))))
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(lines)).strip())
    return "\n".join(lines) + "\n"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hard_wrapped_pages())
def test_every_character_of_a_hard_wrapped_page_is_accounted_for_once(text):
    check_accounting(text)


def test_a_hard_wrapped_article_comes_back_as_its_paragraphs():
    for k, width in enumerate((11, 14, 17, 20)):
        paragraphs = [SENTENCES[(k + i) % len(SENTENCES)] + SENTENCES[(k + i + 5) % len(SENTENCES)] for i in range(4)]
        text = wrapped_article(TITLES[k], BYLINES[k % len(BYLINES)], paragraphs, width, indent="\u3000\u3000")
        page = restore(text)
        assert [TITLES[k]] == [a.title.text for a in page.articles]
        assert paragraphs == [p.text for p in page.articles[0].paragraphs]
        # the paragraph is its lines, the line breaks and indents stay out of it
        assert all(len(p.spans) >= 2 for p in page.articles[0].paragraphs)
