"""People and posts: officials with organisation and posts, reporters kept apart, one actor id."""
import pytest

from banmian.facts import extract_facts
from banmian.facts.people import find_officials
from banmian.facts.reporters import find_reporters
from banmian.facts.places import gazetteer


def officials(text):
    return [(o["name"], o["org"], o["posts"]) for o in find_officials(text)]


def test_org_and_two_posts():
    assert [("赵建林", "市发改委", ["党组书记", "主任"])] == officials("市发改委党组书记、主任赵建林说，今年形势向好。")


@pytest.mark.parametrize("text, expected", [
    ("记者近日专访了省工信厅厅长王强。", [("王强", "省工信厅", ["厅长"])]),
    ("会议由市委书记张三主持，市长李四出席。", [("张三", "市委", ["书记"]), ("李四", "", ["市长"])]),
    ("公安部党委委员、副部长郑某某强调，", [("郑某某", "公安部", ["党委委员", "副部长"])]),
    ("全国绿化委员会委员、国家林草局副局长刘某某介绍，", [("刘某某", "全国绿化委员会", ["委员", "副局长"])]),
    ("学习习近平总书记的重要讲话", [("习近平", "", ["总书记"])]),
])
def test_officials(text, expected):
    assert expected == officials(text)


@pytest.mark.parametrize("text", [
    "各级党委书记要扛起责任。",          # a post without a name
    "出版社推出三十部长篇小说",      # 部长 inside 部长篇
    "委员会决定，由主任委员会同有关部门办理。",
])
def test_no_official(text):
    assert [] == officials(text)


def test_offsets_point_at_name_posts_and_org():
    text = "昨天，市发改委党组书记、主任赵建林说"
    o = find_officials(text)[0]
    assert "赵建林" == text[slice(*o["name_span"])]
    assert "市发改委" == text[slice(*o["org_span"])]
    assert ["党组书记", "主任"] == [text[s:e] for s, e in o["post_spans"]]


def test_reporters_are_kept_apart_from_officials():
    art = {"title": "稳住增长势头", "byline": "本报记者  张  三  李四 通讯员 王五",
           "paragraphs": ["本报石家庄12月21日电（记者赵六）市发改委主任钱七说，形势向好。", "（孙八参与采写）"]}
    people = extract_facts(art, "2023-12-22", "a1")["people"]
    roles = {(p["name"], p["role"]) for p in people}
    assert {("张三", "reporter"), ("李四", "reporter"), ("王五", "contributor"), ("赵六", "reporter"),
            ("钱七", "official"), ("孙八", "contributor")} == roles
    byline_items = [p for p in people if p.get("field") == "byline"]
    assert all(art["byline"][p["spans"][0][0]:p["spans"][0][1]] == p["text"] for p in byline_items)


@pytest.mark.skipif(not gazetteer(), reason="jionlp location data not installed")
def test_one_actor_across_articles_by_jurisdiction():
    a = extract_facts({"title": "鹿泉区经济稳中向好", "paragraphs": ["区委书记李明说，鹿泉区今年增长较快。"]}, "2023-12-22", "a")
    b = extract_facts({"title": "鹿泉区召开会议", "paragraphs": ["石家庄市鹿泉区委书记李明主持会议。"]}, "2024-01-05", "b")
    ida = [p["actor"] for p in a["people"] if p["name"] == "李明"]
    idb = [p["actor"] for p in b["people"] if p["name"] == "李明"]
    assert ida and ida == idb
    assert "河北省石家庄市鹿泉区" in ida[0]


@pytest.mark.skipif(not gazetteer(), reason="jionlp location data not installed")
def test_jurisdiction_with_admin_code():
    orgs = extract_facts("鹿泉区加快发展。", "2023-12-22")["organisations"]
    j = [o for o in orgs if o["kind"] == "jurisdiction"]
    assert [("鹿泉区", "河北省石家庄市鹿泉区", "130110")] == [(o["name"], o["full"], o["code"]) for o in j]


def test_find_reporters_in_dateline():
    assert ["王五", "赵六"] == [r["name"] for r in find_reporters("本报北京12月21日电（记者王五、赵六）会议召开。")]


def test_people_padded_with_no_break_spaces_or_tabs_are_read_as_with_spaces():
    # pages scraped from the web pad names with `&nbsp;`, e-paper exports with tabs
    speaker = "办好地方报纸\n甲市日报社总编辑  王  丰\n我们把采编力量集中到新平台。"
    byline = "本报记者  张  三  李四"
    for space in ("\u00a0", "\t"):
        assert officials(speaker.replace(" ", space)) == [(f"王{space * 2}丰", "甲市日报社", ["总编辑"])]
        assert [r["name"] for r in find_reporters("", byline.replace(" ", space))] == \
            [r["name"] for r in find_reporters("", byline)]
