"""Rules written after the thirty-second held-out set (h32) was merged into the development set, for the kinds of its
misses rather than its sentences: the goals a report or plan sets out with no modal word (甲市今年政府工作报告设定了…N以上、
…N左右: targets with no modality, dated by a time printed for them) and a forecast attributed to its source with no modal
of its own (据某机构预测，到2035年，…会带动…N: modality 预测; a 将 of its own still wins), the noun 目标客户 (a group aimed
at, not a goal), 争取了 (obtained), a gain per unit under 预计 (预计平均每亩水田能多赚N元: a forecast, not a describing rate) and the level a thing takes before something happens (要到N才会…: a condition).
Sentences written for the tests (invented places, companies and figures), not corpus text."""
from facts_helpers import facts, observations, targets


def test_the_goals_a_report_sets_out_are_targets_with_no_modality():
    f = facts("2020-05-23", "甲市今年政府工作报告设定了蔬菜产量1.6万吨以上、单位水耗降低3.5%左右、农民收入增长7%左右。")
    assert targets(f) == [("1.6万吨以上", "", "2020-12-31"), ("3.5%左右", "", "2020-12-31"), ("7%左右", "", "2020-12-31")]
    assert observations(f) == []
    # with no time printed for them, no deadline (Deadline convention)
    assert targets(facts("2020-05-23", "甲省规划提出，城镇新增就业50万人以上。")) == [("50万人以上", "", None)]
    # what a report shows is reported, not set
    f = facts("2020-05-23", "报告显示，去年甲省城镇新增就业50万人。")
    assert targets(f) == [] and observations(f) == [("50万人", "2019-01-01", "2019-12-31", "actual")]


def test_a_forecast_attributed_to_its_source_keeps_yuce_without_a_modal_of_its_own():
    f = facts("2020-02-04", "据某研究院预测，到2030年，人工智能会带动甲国出口增加7%，带动乙国增加产值超过3000亿美元。")
    assert targets(f) == [("7%", "预测", "2030-12-31"), ("超过3000亿美元", "预测", "2030-12-31")]
    f = facts("2020-02-04", "据某研究院预测，到2030年，甲国产值将增加超过3000亿美元。")
    assert targets(f) == [("超过3000亿美元", "将", "2030-12-31")]


def test_a_count_right_after_the_verb_counts_the_plans_parts():
    f = facts("2026-07-28", "工作方案明确26项具体任务，着力提升服务水平。")
    assert targets(f) == [] and observations(f) == [("26项", None, None, "actual")]
    f = facts("2026-07-28", "方案提出了4项工作目标，要求城区噪声投诉量3年下降15%左右。")
    assert targets(f) == [("15%左右", "", None)] and observations(f) == [("4项", None, None, "actual")]


def test_a_group_aimed_at_is_no_goal():
    f = facts("2026-05-28", "甲公司梳理形成1800余家目标客户名单。")
    assert targets(f) == [] and observations(f) == [("1800余家", None, None, "actual")]
    assert targets(facts("2026-05-28", "甲公司实现了全年500万元的销售目标。")) == [("500万元", "", "2026-12-31")]


def test_zhengqu_le_is_obtained():
    f = facts("2020-01-13", "甲镇为他争取了湿地补偿资金32150元。")
    assert targets(f) == [] and observations(f) == [("32150元", None, None, "actual")]


def test_the_level_a_thing_takes_before_something_happens_is_a_condition():
    f = facts("2019-10-25", "据测算，甲市老龄人口占比要到30%—35%才会趋于稳定。")
    assert targets(f) == [] and observations(f) == []
    assert targets(facts("2019-10-25", "甲省服务消费占比要达到60%以上。")) == [("60%以上", "要", None)]


def test_a_gain_per_unit_under_yuji_is_a_forecast():
    assert targets(facts("2020-05-19", "改养小龙虾后，预计平均每亩水田能多赚2000多元。")) == [("2000多元", "预计", None)]
    # a rate: the year of the sentence dates the plan, not the figure (no deadline)
    f = facts("2020-05-19", "今年打算带动30户发展稻虾共养，改养小龙虾后，预计平均每亩水田能多赚2000多元。")
    assert ("2000多元", "预计", None) in targets(f)
    f = facts("2020-05-19", "改养小龙虾后，每亩水田能多赚2000多元。")
    assert targets(f) == [] and observations(f) == []
