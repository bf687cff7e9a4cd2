"""Column widths read off the pieces a page's column breaks cut (banmian.restore.columns)."""
import random

import numpy as np
import pytest

from banmian.restore import pipeline, restore
from banmian.restore.columns import column_width, fills_lines

WIDTH = 12
PARAGRAPHS = [
    "连日来，各地抢抓农时，春耕备耕有序推进，在城郊的育秧工厂里，工人们正忙着播种育秧，一派繁忙景象，全市早稻育秧已完成计划的六成以上。",
    "农业部门组织农技人员走进田间地头，指导农户科学施肥、合理灌溉，帮助解决生产中遇到的实际困难。农户们心里更有底了，今年全市粮食播种面积稳定在八十万亩以上，比去年略有增加。",
    "为保障农资供应，市里组织农资企业开展送货下乡活动，种子、化肥、农药等物资直接送到村里，农户足不出村就能买到放心农资，价格也比市场上便宜一些。",
    "据了解，全市还将继续加大对种粮农民的补贴力度，鼓励发展适度规模经营，推动农业生产托管服务覆盖更多农户，让种粮农民得到更多实惠。",
]


def _pieces(paragraph: str, lines: int = 2) -> list[str]:
    """A paragraph set in columns of ``lines`` lines of WIDTH characters, the first line
    an indent narrower, cut at every column end."""
    cuts = list(range(lines * WIDTH - 2, len(paragraph), lines * WIDTH))
    bounds = [0, *cuts, len(paragraph)]
    return [paragraph[a:b] for a, b in zip(bounds, bounds[1:])]


def test_the_width_the_pieces_cut_mid_sentence_agree_on():
    pieces = [p for para in PARAGRAPHS for p in _pieces(para)]
    # columns of two lines of 12 cut every 24 characters: all the page can tell
    assert 2 * WIDTH == column_width(pieces)
    # every piece but a paragraph's last fills its lines (a first piece after an indent's room)
    assert all(fills_lines(p, WIDTH) for para in PARAGRAPHS for p in _pieces(para)[:-1])


def test_a_closing_mark_hangs_past_the_line():
    assert fills_lines("一" * 23 + "。", WIDTH)  # 24 characters
    assert fills_lines("一" * 24 + "。", WIDTH)  # 24 and a mark hung at the end
    assert not fills_lines("一" * 24 + "二", WIDTH)
    assert fills_lines("一" * 24 + "。”", WIDTH)  # two marks hung: a quotation closing after its stop
    assert not fills_lines("一" * 18 + "二。”", WIDTH)


@pytest.mark.parametrize("seed", range(20))
def test_pieces_of_random_lengths_agree_on_no_width(seed):
    rng = random.Random(seed)
    text = "".join(PARAGRAPHS)
    pieces = []
    for _ in range(8):
        start = rng.randrange(len(text) - 40)
        pieces.append(text[start:start + rng.randrange(13, 40)].rstrip("。，、；："))
    pieces = [p for p in pieces if "，" in p or "。" in p]
    assert column_width(pieces) is None


def test_too_few_pieces_tell_no_width():
    assert column_width(_pieces(PARAGRAPHS[0])[:2]) is None
    assert column_width([]) is None


def test_a_piece_that_fills_its_lines_runs_on_where_the_page_shows_its_width(monkeypatch):
    blocks = ["春耕备耕有序推进", "本报记者 张  三"] + [p for para in PARAGRAPHS for p in _pieces(para)]
    page = "\n\n".join(blocks) + "\n"
    (art,) = restore(page).articles
    assert any(p.text.startswith("为保障农资供应") and p.text.endswith("便宜一些。") for p in art.paragraphs)
    monkeypatch.setattr(pipeline, "FILLS_COLUMN", 0.0)
    # the cuts recur every two lines, so the column's height shows too: the piece ends where
    # a column ends (banmian.restore.rhythm), which is enough alone
    (art,) = restore(page).articles
    assert any(p.text.startswith("为保障农资供应") and p.text.endswith("便宜一些。") for p in art.paragraphs)
    monkeypatch.setattr(pipeline, "COLUMN_END", 0.0)
    (art,) = restore(page).articles
    assert not any(p.text.startswith("为保障农资供应") and p.text.endswith("便宜一些。") for p in art.paragraphs)


def test_where_the_width_shows_pieces_that_fill_it_gain_and_open_ones_that_miss_it_lose(monkeypatch):
    # the seam scores the matching sees first (before the column height's odds), with and
    # without the column width's odds
    seen = []
    real = pipeline.match_seams
    monkeypatch.setattr(pipeline, "match_seams", lambda lefts, score, *a: seen.append(score.copy()) or real(lefts, score, *a))
    stray = "全市农资销售网点已经全部恢复营业"  # stops mid-sentence, 16 characters: fills no line of 24
    blocks = ["春耕备耕有序推进", "本报记者 张  三"] + [p for para in PARAGRAPHS[:2] for p in _pieces(para)] + [stray] + \
        [p for para in PARAGRAPHS[2:] for p in _pieces(para)]
    page = "\n\n".join(blocks) + "\n"
    an = pipeline.analyse(page)
    prose = [an.blocks[i].text for i in an.prose]
    with_odds = seen[0]
    seen.clear()
    monkeypatch.setattr(pipeline, "FILLS_COLUMN", 0.0)
    monkeypatch.setattr(pipeline, "MISSES_COLUMN", 0.0)
    pipeline.analyse(page)
    without = seen[0]

    def moved(text):  # a row's odds move as one (rows a rule forbids stay forbidden)
        row = prose.index(text)
        free = (with_odds[row] > pipeline.FORBIDDEN / 2) & (without[row] > pipeline.FORBIDDEN / 2)
        return set(np.round(with_odds[row][free] - without[row][free], 6))

    assert {-2.0} == moved(stray)
    assert {1.5} == moved(_pieces(PARAGRAPHS[2])[0])
    assert {0.0} == moved(_pieces(PARAGRAPHS[3])[-1])  # a paragraph's last piece (17 characters): no change


def test_lead_ins_and_list_items_are_no_pieces_cut_by_a_column():
    # paragraphs that end without a full stop on an undamaged page: a lead-in, list items,
    # an ellipsis; however their lengths fall, they tell no width
    lead_ins = ["会议审议通过了三项议程，主要内容如下：" * 2, "主要措施包括：加快建设，扩大投资；", "一是稳就业，保民生；二是促消费，扩内需；",
                "记者在现场看到，工人们正在忙碌……", "各地积极行动，抓好落实，取得成效："]
    pieces = [(t * 3)[:24] + t[-1] for t in lead_ins for _ in range(3)]  # 24 characters and a mark hung
    assert all(fills_lines(p, 2 * WIDTH) for p in pieces)
    assert column_width(pieces) is None
    cut = [p[:-2] + "进" for p in pieces]  # stopped inside a clause, the same lengths would tell one
    width = column_width(cut)
    assert width is not None and all(fills_lines(p, width) for p in cut)
