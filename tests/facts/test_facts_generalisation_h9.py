"""Rules written after the ninth held-out set (h9) was merged into the development set: names after
posts, disposal 将, modal frames, plan counts and the period convention (同期, start and end levels).
Sentences written for the tests (invented names and figures), not corpus text."""
import pytest

from banmian.facts.quantities import find_quantities
from facts_helpers import facts, observations, officials, targets


# --- people -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a name followed by 以 (manner) or an act of office (任免, 根据)
    ("某国外交部长李某以视频方式出席会议。", [("李某", ["部长"])]),
    ("国家主席周某某任免驻外大使。", [("周某某", ["国家主席"])]),
    # an adverb after a post is no name (主席郑重提出), and it does not hide the name before the post
    ("三年前，周某某主席郑重提出倡议。", [("周某某", ["主席"])]),
    # transliteration characters of the Xinhua table (别, 包, 优, 素, 姬)
    ("某国外交部长优努别科夫将访华。", [("优努别科夫", ["部长"])]),
    # a list after one post: a name that starts with no surname character (Tibetan, Mongolian)
    ("某委员会副主任张某某、次旺扎西、王某出席。",
     [("张某某", ["副主任"]), ("次旺扎西", ["副主任"]), ("王某", ["副主任"])]),
])
def test_names_after_posts(text, expected):
    assert expected == officials(text)


# --- quantities ---------------------------------------------------------------
def test_change_then_level_is_no_range():
    qs = [(q["text"], q["unit"], q["comparator"]) for q in find_quantities("某公司上半年销量下降12%至8.5万辆。")]
    assert qs == [("12%", "%", "="), ("8.5万辆", "辆", "=")]
    assert [(q["text"], q["comparator"]) for q in find_quantities("增幅在3%至5%之间")] == [("3%至5%", "range")]


# --- targets ----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "为便于管理，某区将全区划分成300个网格，每个网格配备网格员。",  # 划分成: the disposal marker
    "某博物馆将每日预约名额下调为最大接待量的30%。",
    "某市将检查发现的20个典型问题予以通报。",
])
def test_disposal_jiang_is_no_target(sentence):
    assert targets(facts("2026-05-10", sentence)) == []


def test_frame_governs_a_middle_clause_without_modal():
    f = facts("2019-02-20", "预计2022年某省老年人口比重将提升到20%，总量达到900万，抚养比将提高到30%左右。")
    assert ("30%左右", "预计", "2022-12-31") in targets(f)
    assert ("900万", "预计", "2022-12-31") in targets(f)


def test_frame_does_not_override_a_later_auxiliary_of_its_own():
    f = facts("2026-05-01", "“五一”假期，预计日均客流达80万人次，单日最高客流将突破95万人次。")
    assert ("95万人次", "将", "2026-05-05") in targets(f)


def test_condition_clause_is_no_target():
    f = facts("2020-02-20", "在确保安全的前提下，工地人员到岗60人，施工机械15台。")
    assert targets(f) == []


def test_plan_noun_and_category_threshold():
    f = facts("2020-03-10", "某县早稻计划播种面积为5万亩，目前已完成3万亩，占计划面积的60%。")
    assert ("60%", "计划") not in [t[:2] for t in targets(f)]
    f = facts("2020-05-10", "某公司表示，今年计划发布8款以上5G新品。")
    assert targets(f) == [("8款以上", "计划", "2020-12-31")]


def test_auxiliary_without_a_future_date_governs_its_own_clause_only():
    f = facts("2026-06-23", "本次调水将持续20天左右，水库起调水位达250米，蓄水量增加约8亿立方米。")
    assert targets(f) == []
    assert ("250米", None, None, "actual") in observations(f)


def test_plan_counts_are_observations():
    f = facts("2026-05-20", "规划紧扣“十五五”人才发展目标，重点从6个方面提出了30项举措。")
    assert targets(f) == []
    assert observations(f) == [("6个", None, None, "actual"), ("30项", None, None, "actual")]


# --- observations -----------------------------------------------------------
def test_same_period_anaphor_dates_a_later_paragraph():
    f = facts("2026-05-13", "今年前4个月，某省进出口值为1.2万亿元，同比增长10%。",
              "新兴市场发展势头良好。同期，对东盟进出口增长8%。", "机电产品出口占比近五成。")
    obs = observations(f)
    assert ("8%", "2026-01-01", "2026-04-30", "actual") in obs
    assert ("近五成", None, None, "actual") in obs  # no period stated in its sentence or paragraph


def test_start_and_end_levels():
    f = facts("2020-01-09", "2019年，某市新书品种达1.2万种；新书定价中位数从2018年的38元上涨至42元。")
    assert ("42元", "2019-01-01", "2019-12-31", "actual") in observations(f)
    assert ("38元", "2018-01-01", "2018-12-31", "actual") in observations(f)
    f = facts("2019-10-11", "从2013年到2018年，某省数字经济规模从1.2万亿元增长到3.1万亿元。")
    obs = observations(f)
    assert ("1.2万亿元", "2013-01-01", "2013-12-31", "actual") in obs
    assert ("3.1万亿元", "2018-01-01", "2018-12-31", "actual") in obs


def test_first_day_of_a_holiday_and_changes():
    f = facts("2026-05-02", "“五一”假期首日，该市各景区游客量预计80万人次，同比增长6%。")
    assert observations(f)[0][:4] == ("80万人次", "2026-05-01", "2026-05-01", "forecast")
    f = facts("2026-07-10", "6月，某市汽车销量为9万辆，销售额为200亿元，同比分别增长20%和35%。今年上半年，销量下降5%至9.1万辆。")
    obs = observations(f)
    assert not any(o[0] in ("20%", "35%") for o in obs)  # the changes of the two levels, 分别…和
    assert ("9.1万辆", "2026-01-01", "2026-06-30", "actual") in obs
    assert not any(o[0] == "5%" for o in obs)


def test_rates_per_unit_are_no_observations():
    f = facts("2020-05-10", "新系统每吨稻谷去除5%水分，每分钟供水6000升。")
    assert observations(f) == []
