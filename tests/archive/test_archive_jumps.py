"""Jump stitching across the pages of one issue, on small hand-written pages."""
from __future__ import annotations

import pytest
from archive_helpers import simple_restore

from banmian.archive import Archive, PageInput
from banmian.archive.jumps import stitch


def art(title, paragraphs, to=None, frm=None, head_missing=False):
    return {"title": title, "paragraphs": [{"text": t, "spans": [], "role": "body"} for t in paragraphs],
            "continued_to_page": to, "continued_from_page": frm, "head_missing": head_missing}


def chains(stitched):
    return [[(p.page, p.index) for p in st.parts] for st in stitched]


def test_explicit_markers_join_front_and_back():
    pages = [
        (1, {"articles": [art("河道治理见成效", ["今年完成河道整治八十公里，"], to=4), art("其他新闻", ["一句话。"])]}),
        (4, {"articles": [art("其他新闻四版", ["另一句话。"]), art("河道治理见成效", ["沿岸新建公园六座。"], frm=1)]}),
    ]
    got = stitch(pages)
    assert [[(1, 0), (4, 1)], [(1, 1)], [(4, 0)]] == chains(got)
    assert ["jump_stitched"] == got[0].flags
    assert [1, 4] == got[0].pages


def test_same_title_ambiguity_is_resolved_by_the_page_named_in_the_marker():
    pages = [
        (1, {"articles": [art("一号文章", ["开头，"], to=5), art("二号文章", ["开头，"], to=4)]}),
        (4, {"articles": [art("二号文章", ["结尾。"], frm=1)]}),
        (5, {"articles": [art("一号文章", ["结尾。"], frm=1)]}),
    ]
    assert [[(1, 0), (5, 0)], [(1, 1), (4, 0)]] == chains(stitch(pages))


def test_missing_markers_match_by_repeated_title_after_an_open_end():
    pages = [
        (1, {"articles": [art("小麦喜获丰收 农民笑开颜", ["今年全县小麦亩产比去年提高了"])]}),
        (2, {"articles": [art("小麦喜获丰收 农民笑开颜", ["五十公斤。"], head_missing=True), art("无关文章", ["完整的一句。"])]}),
    ]
    assert [[(1, 0), (2, 0)], [(2, 1)]] == chains(stitch(pages))


def test_a_closed_front_without_markers_is_not_joined_to_a_similar_title():
    pages = [
        (1, {"articles": [art("全市开展植树活动", ["全市今天开展植树活动。"])]}),
        (2, {"articles": [art("全市开展植树活动", ["另一篇同题报道。"])]}),
    ]
    assert [[(1, 0)], [(2, 0)]] == chains(stitch(pages))


def test_unmatched_parts_stay_separate_and_flagged():
    pages = [
        (1, {"articles": [art("一篇跳版文章", ["开头，"], to=6)]}),
        (3, {"articles": [art("另一篇续文", ["结尾。"], frm=2)]}),
    ]
    got = stitch(pages)
    assert [[(1, 0)], [(3, 0)]] == chains(got)
    assert ["jump_to_unmatched"] == got[0].flags
    assert ["jump_from_unmatched"] == got[1].flags


def test_three_part_chain():
    pages = [
        (1, {"articles": [art("长篇通讯", ["第一部分，"], to=4)]}),
        (4, {"articles": [art("长篇通讯", ["第二部分，"], frm=1, to=5)]}),
        (5, {"articles": [art("长篇通讯", ["第三部分。"], frm=4)]}),
    ]
    assert [[(1, 0), (4, 0), (5, 0)]] == chains(stitch(pages))


FRONT = "{title}\n\n本报讯 全省今年新建改建农村公路一万公里，{tail}\n\n{marker}\n\n别的消息\n\n一条完整的消息。\n"
BACK = "{title}\n\n{marker}\n\n通达所有建制村，群众出行更方便了。\n"


@pytest.mark.parametrize("to_marker, from_marker, back_page", [
    ("(下转04版)", "(上接01版)", 4),
    ("（下转第四版）", "（紧接第一版）", 4),
    ("转第3版", "（接第1版）", 3),
    ("（下转第十二版）", "（上接第一版）", 12),
    ("", "", 4),  # no markers at all: the front stops mid-sentence, the title repeats
])
def test_marker_variants_through_ingest(to_marker, from_marker, back_page):
    title = "农村公路四通八达"
    pages = [
        PageInput("wbrb", "2024-06-01", 1, FRONT.format(title=title, tail="实现", marker=to_marker)),
        PageInput("wbrb", "2024-06-01", back_page, BACK.format(title=title, marker=from_marker)),
    ]
    with Archive(":memory:", restorer=simple_restore, facts=False) as archive:
        summary = archive.ingest_pages(pages, progress=False)
        assert 1 == summary.jumps_stitched
        a = archive.article("wbrb-2024-06-01-p01-a01")
        assert [1, back_page] == a["pages"]
        assert [(1, None, back_page), (back_page, 1, None)] == [
            (p["page"], p["continued_from_page"], p["continued_to_page"]) for p in a["parts"]]
        assert title == a["title"]
        # the back page maps its part to the whole article
        assert "wbrb-2024-06-01-p01-a01" == archive.page("wbrb", "2024-06-01", back_page)["articles"][0]
        # the sentence cut by the jump is found whole
        assert ["wbrb-2024-06-01-p01-a01"] == [h["id"] for h in archive.search("实现通达")["hits"]]
        assert 2 == archive.stats()["articles"]


@pytest.mark.parametrize("text, is_open", [
    ("今年全县小麦亩产比去年提高了", True),
    ("到二〇三五年，全省将基本建成现代化经济体系，一张宏伟的发展蓝图", True),  # prose may end in 图
    ("全县小麦亩产比去年提高了五十公斤。", False),
    ("他说：“我们一定要把路修好。”", False),
    ("本报记者  于  洋摄", False),
    ("（新华社北京2月14日电）", False),
    ("版式设计：张丹峰", False),
    ("影像中国", False),
])
def test_what_counts_as_stopping_mid_sentence(text, is_open):
    from banmian.archive.jumps import _ends_open

    assert is_open == _ends_open(text)


def test_a_front_split_at_a_crosshead_is_rejoined():
    # the restorer cut article 0 at its crosshead `产业链条越拉越长`, which now carries the marker
    pages = [
        (1, {"articles": [art("新能源汽车产销两旺", ["今年以来，全省新能源汽车产量大幅增长。"]),
                          art("产业链条越拉越长", ["配套企业纷纷落户园区，"], to=4),
                          art("别的文章", ["一句完整的话，后面没有句号"])]}),
        (4, {"articles": [art("新能源汽车产销两旺", ["带动就业两万人。"], frm=1), art("第四版新闻", ["一句话。"])]}),
    ]
    got = stitch(pages)
    assert [[(1, 0), (1, 1), (4, 0)], [(1, 2)], [(4, 1)]] == chains(got)
    assert ["jump_stitched", "split_rejoined"] == got[0].flags
    assert [1, 4] == got[0].pages


def test_one_marker_alone_does_not_pick_an_arbitrary_article():
    pages = [
        (1, {"articles": [art("甲文章", ["完整的一句。"]), art("乙文章", ["也是完整的一句。"])]}),
        (3, {"articles": [art("丙文章", ["结尾的一句。"], frm=1)]}),
    ]
    got = stitch(pages)
    assert [[(1, 0)], [(1, 1)], [(3, 0)]] == chains(got)
    assert ["jump_from_unmatched"] == got[2].flags


def test_rejoined_parts_map_to_one_article_id():
    restored1 = {"articles": [art("新能源汽车产销两旺", ["今年以来，全省新能源汽车产量大幅增长。"]),
                              art("产业链条越拉越长", ["配套企业纷纷落户园区，"], to=4)]}
    restored4 = {"articles": [art("新能源汽车产销两旺", ["带动就业两万人。"], frm=1)]}
    with Archive(":memory:", facts=False) as archive:
        archive.ingest_pages([PageInput("wbrb", "2024-06-01", 1, "第一版", restored=restored1),
                              PageInput("wbrb", "2024-06-01", 4, "第四版", restored=restored4)], progress=False)
        aid = "wbrb-2024-06-01-p01-a01"
        assert [aid, aid] == archive.page("wbrb", "2024-06-01", 1)["articles"]
        assert [aid] == archive.page("wbrb", "2024-06-01", 4)["articles"]
        a = archive.article(aid)
        assert [(1, None, None), (1, None, 4), (4, 1, None)] == [
            (p["page"], p["continued_from_page"], p["continued_to_page"]) for p in a["parts"]]
        assert 1 == archive.search("园区，带动")["total"]


@pytest.mark.parametrize("text, marker", [
    ("（下转第四版）", ("to", 4)),
    ("改革还要继续深化。（下转第四版）", ("to", 4)),
    ("修订作了哪些规定？ 转第11版", ("to", 11)),
    ("（紧接第一版）", ("from", 1)),
    ("这是第3版的内容。", None),
])
def test_jump_markers_at_the_end_of_a_paragraph(text, marker):
    from banmian.archive.jumps import _marker

    assert marker == _marker(text)


def test_a_back_part_that_lost_its_headline_is_preferred_on_the_named_page():
    pages = [
        (1, {"articles": [art("河道治理见成效", ["今年完成河道整治八十公里，沿岸"], to=4)]}),
        (4, {"articles": [art("第四版新闻", ["一句话。"]), art("", ["新建公园六座。"])]}),
    ]
    assert [[(1, 0), (4, 1)], [(4, 0)]] == chains(stitch(pages))


def test_a_front_split_at_its_crossheads_without_a_marker_is_rejoined():
    # no marker on page 1: the restorer cut the front at two crossheads, and only its last
    # section stops mid-sentence; the back names page 1 under the front's title
    pages = [
        (1, {"articles": [art("新能源汽车产销两旺", ["今年以来，全省新能源汽车产量大幅增长。"]),
                          art("产业链条越拉越长", ["配套企业纷纷落户园区。"]),
                          art("人才引进步伐加快", ["园区今年引进工程师三百多名，带动"]),
                          ]}),
        (4, {"articles": [art("新能源汽车产销两旺", ["就业两万人。"], frm=1)]}),
    ]
    got = stitch(pages)
    assert [[(1, 0), (1, 1), (1, 2), (4, 0)]] == chains(got)
    assert "split_rejoined" in got[0].flags


def test_an_open_front_whose_marked_tail_sits_under_another_headline_is_rejoined():
    # the front stops mid-sentence; its tail, with the `下转` marker, was printed under the
    # next article's headline, so the restorer gave it that title
    pages = [
        (1, {"articles": [art("新能源汽车产销两旺", ["今年以来，全省新能源汽车产量大幅"]),
                          art("老街换新颜", ["增长，配套企业纷纷落户园区。"], to=4),
                          art("", ["老街改造今天完工。"])]}),
        (4, {"articles": [art("新能源汽车产销两旺", ["带动就业两万人。"], frm=1)]}),
    ]
    got = stitch(pages)
    assert [[(1, 0), (1, 1), (4, 0)], [(1, 2)]] == chains(got)


def test_an_open_front_is_not_rejoined_to_a_marked_article_with_its_own_back():
    # `老街换新颜` jumps to page 4 too, under its own title: it is not the front's tail
    pages = [
        (1, {"articles": [art("新能源汽车产销两旺", ["今年以来，全省新能源汽车产量大幅"]),
                          art("老街换新颜", ["老街改造今天完工，"], to=4)]}),
        (4, {"articles": [art("新能源汽车产销两旺", ["增长。"], frm=1),
                          art("老街换新颜", ["居民纷纷点赞。"], frm=1)]}),
    ]
    got = stitch(pages)
    assert [[(1, 0), (4, 0)], [(1, 1), (4, 1)]] == chains(got)


def bylined(title, paragraphs, byline="本报记者 王五", **kw):
    return {**art(title, paragraphs, **kw), "byline": byline}


def test_a_closed_front_split_at_bylined_sections_is_rejoined_by_topic():
    # no marker and no open end: the back goes on with the story of the feature's second
    # section (the veteran 罗振川), not with its first
    pages = [
        (2, {"articles": [bylined("向守护堤坝的人们致敬", ["村医周晓岚的儿子给她留了张字条，叮嘱她按时吃饭，她看了心里一暖。"]),
                          bylined("堤上缺人手 我先顶上去", ["退伍老兵罗振川报名上堤，在最险的管涌点日夜值守。"],
                                  byline="本报记者 李四"),
                          art("全省春耕备耕有序推进", ["本报北京2月8日电  各地抓紧春耕备耕，农资供应充足。"])]}),
        (3, {"articles": [art("向守护堤坝的人们致敬",
                              ["老兵罗振川瞒着老伴，说去镇上开会，扛起铁锹就上了堤。"], frm=2)]}),
    ]
    assert [[(2, 0), (2, 1), (3, 0)], [(2, 2)]] == chains(stitch(pages))


def test_a_story_on_the_same_topic_next_to_a_closed_front_is_no_section_of_it():
    # `市渔政支队…` follows the commentary on the same topic, but with a dateline and no
    # byline it is a story of its own: the back continues the commentary itself
    pages = [
        (5, {"articles": [bylined("偷捕偷捞终究是自断后路", ["禁渔是为了让江里的鱼多起来，渔民迟早会尝到甜头。"], byline="钟一平"),
                          art("市渔政支队负责人就禁渔期执法答记者问",
                              ["本报北京5月20日电  负责人表示，偷捕偷捞只会换来空荡荡的江面和冷清的渔村。"])]}),
        (9, {"articles": [art("偷捕偷捞终究是自断后路", ["偷捕偷捞只会换来空荡荡的江面和冷清的渔村，得不偿失。"], frm=5)]}),
    ]
    assert [[(5, 0), (9, 0)], [(5, 1)]] == chains(stitch(pages))


def test_a_front_whose_title_became_its_kicker_is_still_found_by_the_back():
    # the restorer took the front's first crosshead for its title and its title for a kicker
    front = art("守住耕地就是守住饭碗", ["耕地是种粮人的本钱，一寸也不能少。"])
    front["kicker"] = "田间地头话粮安"
    pages = [
        (5, {"articles": [front, art("把种粮的账算明白", ["我们村种粮的历史，就是一部守着土地过日子的历史，乡亲们始终带着娃娃"])]}),
        (12, {"articles": [art("田间地头话粮安", ["守着这片土地，守着种粮的日子。"], frm=5)]}),
    ]
    assert [[(5, 0), (5, 1), (12, 0)]] == chains(stitch(pages))


def test_a_back_repeating_the_line_the_restorer_read_as_the_fronts_subtitle_finds_its_front():
    # `某地羽毛球…资格赛收官` / `8名中国小将闯入正赛` read as title over subtitle on the front
    # page; the back repeats the second line alone. Another story on the front page also
    # stops mid-sentence, and is printed first.
    front = art("某地羽毛球公开赛资格赛收官", ["本报北京2月21日电  资格赛当地时间20日收官，两名中国小将在决胜局中"])
    front["subtitle"] = "8名中国小将闯入正赛"
    pages = [
        (14, {"articles": [art("冰雪运动进校园", ["越来越多的中小学开设冰雪课程，孩子们"]), front]}),
        (20, {"articles": [art("8名中国小将闯入正赛", ["逆转对手，拿到了正赛席位。"], frm=14)]}),
    ]
    assert [[(14, 0)], [(14, 1), (20, 0)]] == chains(stitch(pages))
