"""Column heights read off where a page's pieces are cut, and what they tell (banmian.restore.rhythm)."""
import pytest

from banmian.restore import articles, pipeline, restore
from banmian.restore.matching import is_open_end
from banmian.restore.columns import lines_filled
from banmian.restore.rhythm import lay_out_columns, lines_of
from banmian.restore.seam_features import NO_LINE_START

WIDTH, HEIGHT, INDENT = 12, 5, 2
# one body of running text: sentences of many lengths, so column ends fall inside words,
# after commas and, from some first lines, right after a full stop (`…比去年略有增加。` /
# `这也让农户们心里…`, where the words read on as well as they read as a new paragraph)
PARAGRAPHS = [
    "镇上的农机合作社也忙了起来。技术员每天都到田里查看苗情。其中，早稻育秧已完成计划的六成以上。",
    "让种粮农民得到更多实惠。其中不少是第一次回乡种地的年轻人。农户足不出村就能买到放心农资。",
    "在城郊的育秧工厂里，工人们正忙着播种育秧。而在镇上的农机合作社，十几台插秧机排成一行。连日来，各地抢抓农时，春耕备耕有序推进。",
    "鼓励发展适度规模经营，推动生产托管服务覆盖更多农户。这样一来，农产品运出去更方便了。全市还将继续加大对种粮农民的补贴力度。",
    "不少外出务工的年轻人也回到村里。全市早稻育秧已完成计划的六成以上。遇到病虫害，他们第一时间拿出防治办法，送到农户手中。",
    "村里的路修好了，农产品运出去更方便了。这些物资直接送到村里，农户足不出村就能买到。为保障农资供应，市里组织企业开展送货下乡活动。",
    "十几台插秧机排成一行，在水田里来回穿梭。合作社负责人说，今年订单比往年多了不少。也有年轻人用手机学习种植技术，尝试发展特色种植。",
    "种子、化肥、农药等物资直接送到村里。今年全市粮食播种面积稳定在八十万亩以上，比去年略有增加。这也让农户们心里更有底了。",
    "他们用手机学习种植技术，尝试发展特色种植。天气转暖以后，育秧进度明显加快。农户们心里更有底了。",
    "还有不少农户选择了订单种植，收入更稳定。农业部门组织农技人员走进田间地头，指导农户科学施肥。",
]


def set_in_columns(paragraphs, start=0, width=WIDTH, height=HEIGHT, indent=INDENT):
    """Pieces of the paragraphs set in columns from line ``start``, cut at every column end
    (a closing mark hangs at the end of the line before), and the joins between them."""
    pieces, joins, line = [], [], start
    for para in paragraphs:
        cuts, consumed, left = [], -indent, lines_of(para, width, indent)
        while left > height - line:
            room = height - line
            consumed, left, line = consumed + room * width, left - room, 0
            pos = consumed
            while 0 < pos < len(para) and para[pos] in NO_LINE_START:
                pos += 1
            if 0 < pos < len(para):
                cuts.append(pos)
        line = (line + left) % height
        bounds = [0, *cuts, len(para)]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
            if k:
                joins.append((len(pieces) - 1, len(pieces)))
            pieces.append(para[a:b])
    return pieces, joins


def _stop_cut_start():
    """A first line from which a column end falls right after a full stop inside a
    paragraph (and no paragraph ends on a column end with its last line full, which would
    read just the same)."""
    for start in range(HEIGHT):
        pieces, joins = set_in_columns(PARAGRAPHS, start)
        line, ends = start, []
        for para in PARAGRAPHS:
            full = lines_filled(para, WIDTH, INDENT)
            ends.append(full is not None and (line + full) % HEIGHT == 0)
            line += lines_of(para, WIDTH, INDENT)
        if any(pieces[a].endswith("。") for a, _ in joins) and not any(ends[:-1]):
            return start
    raise AssertionError("no column end falls after a full stop alone")


def test_a_piece_fills_its_lines_after_an_indent_and_with_hanging_marks():
    assert lines_filled("一" * 10, WIDTH, INDENT) == 1
    assert lines_filled("一" * 22, WIDTH, INDENT) == 2
    assert lines_filled("一" * 10 + "。", WIDTH, INDENT) == 1  # the stop hangs past the line
    assert lines_filled("一" * 10 + "。”", WIDTH, INDENT) == 1
    assert lines_filled("一" * 11, WIDTH, INDENT) is None
    assert lines_filled("一" * 12, WIDTH, 0) == 1
    assert lines_of("一" * 11, WIDTH, INDENT) == 2


def test_the_height_the_cuts_of_a_body_agree_on():
    pieces, joins = set_in_columns(PARAGRAPHS, start=1)
    layout = lay_out_columns(pieces, dict(joins), [0] * len(pieces), WIDTH, is_open_end)
    assert layout is not None and layout.height == HEIGHT and layout.indent == INDENT
    (body,) = layout.bodies.values()
    assert body.phase == (HEIGHT - 1) % HEIGHT  # the body started one line into a column
    assert body.lines == sum(lines_of(p, WIDTH, INDENT) for p in PARAGRAPHS)


def test_cuts_that_agree_on_no_height_tell_nothing():
    pieces, joins = set_in_columns(PARAGRAPHS[:1], start=0)
    # one cut: no gap between two cuts shows the height
    assert len(joins) <= 2
    assert lay_out_columns(pieces, dict(joins[:1]), [0] * len(pieces), WIDTH, is_open_end) is None
    assert lay_out_columns([], {}, [], WIDTH, is_open_end) is None


def test_a_column_end_right_after_a_full_stop_is_a_seam_on_a_column_end():
    start = _stop_cut_start()
    pieces, joins = set_in_columns(PARAGRAPHS, start)
    at_stop = [(a, b) for a, b in joins if pieces[a].endswith("。")]
    # the words cannot tell this break from a paragraph's end: leave it out of the joins
    seams = {a: b for a, b in joins if (a, b) not in at_stop}
    layout = lay_out_columns(pieces, seams, [0] * len(pieces), WIDTH, is_open_end)
    on_ends = layout.seams_on_ends()
    assert set(at_stop) <= set(on_ends)
    # paragraph ends on column ends are there too, but no pair off one
    for a, _ in on_ends:
        assert pieces[a].endswith("。")
    assert not layout.seams_off_ends()


def test_a_join_after_a_cut_where_no_column_ends_is_off_the_ends():
    pieces, joins = set_in_columns(PARAGRAPHS, start=2)
    phase = lay_out_columns(pieces, dict(joins), [0] * len(pieces), WIDTH, is_open_end).bodies[0].phase
    # a stray piece cut mid-sentence that fills its line, joined to the last paragraph
    # (pieces printed before it, and their cuts, stay where they were)
    k = len(pieces) - 1 - [b for _, b in joins].count(len(pieces) - 1)
    stray = "全市农资销售网点已经"  # one line after the indent
    end = sum(lines_of(p, WIDTH, INDENT) for p in PARAGRAPHS[:-1]) + 1  # (the body's first line is 0)
    assert end % HEIGHT != phase  # it ends where no column ends
    texts = pieces[:k] + [stray] + pieces[k:]
    seams = {a + (a >= k): b + (b >= k) for a, b in joins} | {k: k + 1}
    layout = lay_out_columns(texts, seams, [0] * len(texts), WIDTH, is_open_end)
    assert layout.seams_off_ends() == [(k, k + 1)]
    # without the stray piece nothing is off
    assert not lay_out_columns(pieces, dict(joins), [0] * len(pieces), WIDTH, is_open_end).seams_off_ends()


def test_a_body_under_a_crosshead_goes_on_counting_and_one_under_a_title_starts_afresh():
    above, above_joins = set_in_columns(PARAGRAPHS[:2], start=3)
    crosshead = "送货下乡"
    line_after = (3 + sum(lines_of(p, WIDTH, INDENT) for p in PARAGRAPHS[:2]) + lines_of(crosshead, WIDTH, INDENT)) % HEIGHT
    below, below_joins = set_in_columns(PARAGRAPHS[2:], start=line_after)
    n = len(above)
    texts = above + [crosshead] + below
    seams = dict(above_joins) | {a + n + 1: b + n + 1 for a, b in below_joins}
    bodies = [0] * n + [1] + [2] * len(below)
    layout = lay_out_columns(texts, seams, bodies, WIDTH, is_open_end)
    assert layout.flows_through(0, [crosshead], 2) is True
    # the same body under a new article's title starts on another line of its column
    fresh, fresh_joins = set_in_columns(PARAGRAPHS[2:], start=(line_after + 2) % HEIGHT)
    texts = above + [crosshead] + fresh
    seams = dict(above_joins) | {a + n + 1: b + n + 1 for a, b in fresh_joins}
    layout = lay_out_columns(texts, seams, [0] * n + [1] + [2] * len(fresh), WIDTH, is_open_end)
    assert layout.flows_through(0, [crosshead], 2) is False
    assert layout.flows_through(0, [crosshead], 7) is None  # no such body


def test_restoring_joins_a_column_break_after_a_full_stop(monkeypatch):
    start = _stop_cut_start()
    pieces, joins = set_in_columns(PARAGRAPHS, start)
    at_stop = next(a for a, _ in joins if pieces[a].endswith("。"))
    whole = next(p for p in PARAGRAPHS if pieces[at_stop] in p and pieces[at_stop + 1] in p)
    page = "\n\n".join(["春耕备耕有序推进", "本报记者 张  三", *pieces]) + "\n"
    seam = pieces[at_stop] + pieces[at_stop + 1]
    (art,) = restore(page).articles
    # (the paragraph starts as printed; the weights also run the next one on, a separate
    # error at +0.04 log-odds, so its end is not asserted here)
    assert any(p.text.startswith(whole) for p in art.paragraphs)
    assert any(seam in p.text for p in art.paragraphs)
    monkeypatch.setattr(pipeline, "COLUMN_END", 0.0)
    (art,) = restore(page).articles
    assert not any(seam in p.text for p in art.paragraphs)


def _page_with_heading(heading: str, start: int, fresh: bool) -> str:
    """A body, a lone heading line, and a body that goes on counting lines from the one
    above through the heading (or, ``fresh``, starts two lines further on)."""
    above, _ = set_in_columns(PARAGRAPHS[:5], start)
    line = start + sum(lines_of(p, WIDTH, INDENT) for p in PARAGRAPHS[:5]) + lines_of(heading, WIDTH, INDENT)
    below, _ = set_in_columns(PARAGRAPHS[5:], (line + 2 * fresh) % HEIGHT)
    return "\n\n".join(["春耕备耕有序推进", "本报记者 张  三", *above, heading, *below]) + "\n"


@pytest.mark.parametrize("fresh", [False, True])
def test_the_page_tells_whether_the_body_under_a_heading_goes_on(fresh):
    page = _page_with_heading("春耕生产忙", 3, fresh)
    an = pipeline.analyse(page)
    (line,) = [i for i, b in enumerate(an.blocks) if b.text == "春耕生产忙"]
    assert an.column_flow == {line: not fresh}


def test_a_heading_the_body_runs_on_through_is_a_crosshead(monkeypatch):
    # a heading whose words leave it open: under a body that starts afresh it is a new
    # title (`春耕生产忙`, spoken of in the body around it, reads as a crosshead on its words
    # alone, so it cannot show what the count of lines decides)
    heading = "田间地头春意浓"
    page = _page_with_heading(heading, 3, fresh=False)
    (art,) = restore(page).articles
    assert heading in [p.text for p in art.paragraphs]
    assert [a.title.text for a in restore(_page_with_heading(heading, 3, fresh=True)).articles] == \
        ["春耕备耕有序推进", heading]
    monkeypatch.setattr(articles, "FLOWS_THROUGH", 0.0)
    assert [a.title.text for a in restore(page).articles] == ["春耕备耕有序推进", heading]
