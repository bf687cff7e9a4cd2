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
    f = facts("2026-06-29", "甲矿区去年新增的预测、控制、探明储量均超过8000万吨。")
    assert targets(f) == []


def test_a_plan_that_lays_a_rule_down_is_a_noun():
    f = facts("2026-05-25", "乙市专项贴息计划明确将技改贷款纳入贴息范围，单个项目最高可获2000万元贴息额度。")
    assert targets(f) == []


def test_a_rate_applied_as_a_bare_percentage_is_no_figure():
    f = facts("2026-05-25", "按照补贴政策，她计划申请的150万元能按3%贴息。")
    assert targets(f) == [("150万元", "计划", None)] and observations(f) == []


def test_an_age_told_with_the_year_dates_no_figure():
    f = facts("2020-02-17", "王大山今年45岁，曾是贫困户。王大山流转80亩荒山，种上5500多株板栗苗。")
    assert observations(f) == [("80亩", None, None, "actual"), ("5500多株", None, None, "actual")]
    # an age bound of a group leaves the year to the figures
    f = facts("2019-10-31", "2018年75岁以上司机引发的事故为460起。")
    assert observations(f) == [("460起", "2018-01-01", "2018-12-31", "actual")]


def test_a_forecast_over_a_term_printed_after_a_past_time_is_a_target():
    f = facts("2026-05-25", "乙农商行于3月向合作社放款800万元，还款期限为3年，预计能帮合作社少付利息36万元。")
    assert targets(f) == [("36万元", "预计", None)]
    f = facts("2026-05-25", "截至4月末，丙担保公司已累计担保融资8.6亿元，预计受惠商户在合同期内能少花融资成本900万元。")
    assert targets(f) == [("900万元", "预计", None)]
    # with no term, a forecast about a period over is a forecast observation of it
    f = facts("2026-05-25", "去年前9个月，该厂累计采购设备4.2亿元，预计能抵扣进项税约5000万元。")
    assert targets(f) == [] and ("约5000万元", "2025-01-01", "2025-09-30", "forecast") in observations(f)


def test_posts_in_brackets_after_a_name_heading_its_line():
    text = "代表发言摘登\n王大海代表（甲省委书记、省人大常委会主任）\n我们把乡村教师队伍放在首位…\n李小山代表（乙市委书记）\n去年全市新建学校12所。"
    assert officials(text) == [("王大海", ["书记", "主任"]), ("李小山", ["书记"])]
    # a bracket inside a sentence is no heading
    assert officials("会上，王大海（甲省委书记）作了发言。") == []
