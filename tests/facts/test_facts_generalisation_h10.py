"""Rules written after the tenth held-out set (h10) was merged into the development set: names joined by a
dash or ending in a one-character part, a name before 及, Tibetan names ending in 村 inside a list; 预测 as a
modality, disposal 将 with a change of its object, 将/合并 over a list's count, 争取…资金 obtained, a plan's
start date, goals (预期目标N) and start levels of a forecast. Sentences written for the tests (invented names
and figures), not corpus text."""
import pytest

from facts_helpers import facts, observations, officials, targets


# --- people -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a dash inside a transliterated name
    ("某国议会议长阿卜杜拉—萨利姆、秘书长王某出席。", [("阿卜杜拉—萨利姆", ["议长"]), ("王某", ["秘书长"])]),
    ("某国旅游部长安娜·玛丽亚—桑托斯说，游客增加。", [("安娜·玛丽亚—桑托斯", ["部长"])]),
    # a one-character last part of a dotted name
    ("外长会见某国总理阿里夫·汗。", [("阿里夫·汗", ["总理"])]),
    # a name before the conjunction 及
    ("某联盟委员会主席卡巴及其他代表出席。", [("卡巴", ["主席"])]),
    # a Tibetan name of a list that ends in 村
    ("副主任张某某、多吉江村、王某出席。", [("张某某", ["副主任"]), ("多吉江村", ["副主任"]), ("王某", ["副主任"])]),
])
def test_names_h10(text, expected):
    assert officials(text) == expected


def test_dash_of_a_range_is_no_name():
    assert officials("主任王某说，2019—2020年度…") == [("王某", ["主任"])]


# --- targets -------------------------------------------------------------------
def test_yuce_is_a_forecast_modality():
    f = facts("2020-06-01", "某机构预测今年某地区经济萎缩4.2%，出口下降12%。")
    assert ("4.2%", "预测", "2020-12-31") in targets(f)
    assert ("12%", "预测", "2020-12-31") in targets(f)


def test_yuce_as_attribution_keeps_the_auxiliary():
    f = facts("2026-06-01", "据某局预测，假期日均客流将达150万人次。")
    assert targets(f) == [("150万人次", "将", None)]


def test_forecast_start_level_is_an_observation():
    f = facts("2020-06-01", "某机构预测今年某地失业率从去年的6.1%升至8.4%，青年失业率从9%升至11.5%。")
    assert ("8.4%", "预测", "2020-12-31") in targets(f)
    assert ("11.5%", "预测", "2020-12-31") in targets(f)
    assert ("6.1%", "2019-01-01", "2019-12-31", "actual") in observations(f)


def test_disposal_jiang_with_a_change_of_its_object():
    f = facts("2026-05-01", "工程将某河道通航水深由5米提升至7米，可通行大船。")
    assert targets(f) == [] and observations(f) == []
    f = facts("2026-05-01", "将某类人群的起付线降低40%，报销比例提高3个百分点。")
    assert targets(f) == []


def test_disposal_jiang_with_a_merged_list():
    f = facts("2026-05-01", "某市将登记、审查和验收等6个手续合并办理。")
    assert targets(f) == []
    assert observations(f) == [("6个", None, None, "actual")]


def test_rate_of_a_basis_is_no_target():
    f = facts("2026-05-01", "某市财政将按个人缴费额的30%给予补贴。")
    assert targets(f) == []


def test_funds_obtained_with_zhengqu():
    f = facts("2020-01-10", "去年，某省争取中央资金3200万元选聘护林员810人。")
    assert targets(f) == []


def test_start_date_is_no_deadline():
    f = facts("2019-02-10", "某局将自3月1日开始开展专项行动；某指标力争达到75%以上。")
    assert targets(f) == [("75%以上", "力争", None)]


def test_goal_of_a_future_period():
    f = facts("2026-03-10", "2026年某市新增就业预期目标60万人以上。")
    assert targets(f) == [("60万人以上", "", "2026-12-31")]
