"""Rules written after the thirty-seventh held-out set (h37) was scored, for the kinds of its misses rather than its
sentences: a range of years under way opening its clause (2023—2027年，某省共安排N项: the whole of the period, observed
as “十三五”期间 is), 确保 after an opening 近年来 (what was secured), 预测 in a list of kinds of reserves (预测、控制、探明储量:
the noun), a plan that lays a rule down (某某计划明确将…: the noun), a rate applied 按N% (a rule's rate, bare), an
age told with the year (某某今年45岁: the year dates no figure), a forecast over a term printed after a past time
(于2月发放…，期限为2年，预计可节省N: a target of no printed date), and the posts in brackets after a name heading its line
(某某代表（某省委书记、省人大常委会主任）).
Sentences written for the tests (invented names, places and figures), not corpus text."""
from facts_helpers import facts, observations, officials, targets


def test_a_range_of_years_under_way_opening_its_clause_is_observed_whole():
    f = facts("2026-05-25", "2023—2027年，甲省共安排120项重大政策，其中，整合政策30项，取消政策20项。")
    period = ("2023-01-01", "2027-12-31", "actual")
    assert targets(f) == [] and observations(f) == [("120项", *period), ("30项", *period), ("20项", *period)]
    # a range of years wholly ahead stays a plan's period
    f = facts("2026-05-25", "2027—2029年，甲省共安排120项重大政策。")
    assert targets(f) == [("120项", "", "2029-12-31")]


def test_quebao_after_an_opening_jinnianlai_reports_what_was_secured():
    f = facts("2026-05-25", "近年来，甲市逐一核对名单，确保5万多困难群众实现100%参保。")
    assert targets(f) == [] and observations(f) == [("5万多", None, None, "actual"), ("100%", None, None, "actual")]
    # without the retrospective opening, 确保 sets the goal
    f = facts("2026-05-25", "甲市将逐一核对名单，确保5万多困难群众实现100%参保。")
    assert [x[1] for x in targets(f)] == ["确保", "确保"]


def test_yuce_in_a_list_of_kinds_of_reserves_is_a_noun():
    f = facts("2026-06-29", "甲油田预测、控制、探明储量连续多年保持在2亿吨以上。")
    assert targets(f) == []


def test_a_plan_that_lays_a_rule_down_is_a_noun():
    f = facts("2026-05-25", "甲省专项担保计划明确将中长期贷款纳入担保范围，单家企业最高可获3000万元担保额度。")
    assert targets(f) == []


def test_a_rate_applied_as_a_bare_percentage_is_no_figure():
    f = facts("2026-05-25", "根据贴息政策，他计划贷款的200万元能按2%贴息。")
    assert targets(f) == [("200万元", "计划", None)] and observations(f) == []


def test_an_age_told_with_the_year_dates_no_figure():
    f = facts("2020-02-17", "王大山今年45岁，曾是贫困户。王大山流转80亩荒山，种上5500多株板栗苗。")
    assert observations(f) == [("80亩", None, None, "actual"), ("5500多株", None, None, "actual")]
    # an age bound of a group leaves the year to the figures
    f = facts("2019-10-31", "2018年75岁以上司机引发的事故为460起。")
    assert observations(f) == [("460起", "2018-01-01", "2018-12-31", "actual")]


def test_a_forecast_over_a_term_printed_after_a_past_time_is_a_target():
    f = facts("2026-05-25", "甲银行于2月为企业发放2500万元贷款，贴息期限为2年，预计可为企业节省利息支出75万元。")
    assert targets(f) == [("75万元", "预计", None)]
    f = facts("2026-05-25", "截至3月末，甲银行已发放贷款20.5亿元，预计相关企业在政策期内可获财政贴息1800万元。")
    assert targets(f) == [("1800万元", "预计", None)]
    # with no term, a forecast about a period over is a forecast observation of it
    f = facts("2026-05-25", "去年前6个月，公司共投入研发费用6.5亿元，预计可享受加计扣除约3亿元。")
    assert targets(f) == [] and ("约3亿元", "2025-01-01", "2025-06-30", "forecast") in observations(f)


def test_posts_in_brackets_after_a_name_heading_its_line():
    text = "代表声音\n王大海代表（甲省委书记、省人大常委会主任）\n在实际工作中，我们始终坚持…\n李小山代表（乙市委书记）\n立足当前。"
    assert officials(text) == [("王大海", ["书记", "主任"]), ("李小山", ["书记"])]
    # a bracket inside a sentence is no heading
    assert officials("会上，王大海（甲省委书记）作了发言。") == []
