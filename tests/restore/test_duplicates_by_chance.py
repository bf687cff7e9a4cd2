"""Layout copies told from words that meet by chance: a copy whose twin's next words open
another block only for a few characters, a long copy cut where a clause ends, a short
name printed twice, and a copy's fit under a line that stops like a headline."""
from banmian.restore.duplicates import find_duplicates
from banmian.restore.pipeline import HOLE_FIT, entry_fit

from test_duplicates_matching import blocks_of, no_fit

RULE = "第十二条  境外机构违反本规定，扰乱正常的市场交易秩序，损害企业合法权益的，有关部门可以依法限制其在"


def test_three_characters_that_open_another_block_by_chance_keep_no_copy():
    twin = RULE + "本省境内开展经营活动，并向社会公布处理结果。"
    chance = "本省境外来访人员须提前三日登记。"
    blocks = blocks_of("第十一条  各有关部门应当加强协作。", RULE, "第十三条  本规定自公布之日起施行。", twin, chance)
    assert [1] == [d.block for d in find_duplicates(blocks, no_fit)]
    # five characters in common are the copy's own words printed apart: the same text, broken
    apart = "本省境内开展经营活动，并向社会公布处理结果。"
    blocks = blocks_of("第十一条  各有关部门应当加强协作。", RULE, "第十三条  本规定自公布之日起施行。", twin, apart)
    assert [] == find_duplicates(blocks, no_fit)


def test_a_long_copy_cut_where_a_clause_ends_is_cut_there_by_chance():
    clause = "畅通农资下乡渠道，打通田间地头“最后一公里”，“一站式”的农机服务让种粮大户省心省力，合作社的订单也越接越多，村里的年轻人也愿意回来了"
    assert len(clause) >= 60
    twin = clause + "。不少村民把闲置的承包地流转出去，到合作社打工。"
    blocks = blocks_of("春耕时节田野忙", clause, "本报记者 张三", twin)
    assert [1] == [d.block for d in find_duplicates(blocks, no_fit)]
    # a sentence or two that ends where the twin's clause ends is a pull quote, printed on purpose
    short = "畅通农资下乡渠道，打通田间地头“最后一公里”"
    blocks = blocks_of("春耕时节田野忙", short, "本报记者 张三", short + "，合作社的订单越接越多。")
    assert [] == find_duplicates(blocks, no_fit)


def test_a_short_name_that_opens_a_paragraph_elsewhere_is_printed_twice():
    name = "青溪湿地公园（北岸段）"
    para = name + "位于城区东侧，去年建成开放，日均接待游客三千余人次。"
    blocks = blocks_of(para, "今年还将新增步道十二公里。", name, "观鸟长廊引来八方客")
    assert [] == find_duplicates(blocks, no_fit, headline=lambda i: i in (2, 3))
    # the same words read as a piece of running text are a cut-off copy
    assert [2] == [d.block for d in find_duplicates(blocks, no_fit, headline=lambda i: False)]


def test_a_block_under_a_line_that_stops_like_a_headline_may_open_an_article():
    start, cont = 1.5, -6.0
    # under a short line with no clause (`传家久`, `★某某`) a block may open an article
    assert entry_fit("家风传万家", cont, start) == start
    assert entry_fit("家风传万家", 2.0, start) == 2.0
    # on a hard-wrapped page such a line is a printed line of prose the joining left alone
    assert entry_fit("家风传万家", cont, start, headline_above=False) == cont
    # under prose cut off mid-sentence it fills the gap, and after a closed sentence it opens a paragraph
    assert entry_fit("群众的事无小事，件件都要", cont, start) > HOLE_FIT + 0.3 * cont - 1e-9
    assert entry_fit("群众的事无小事。", cont, start) == start
    assert entry_fit(None, cont, start) == start
