"""Rules written after the twenty-seventh held-out set (h27) was merged into the development set, for the kinds of its
misses rather than its sentences: a post's field or appointment kept (生产总监, 特聘研究员), a crown prince (王储, also out of
王国王储), posts printed after a name (某某副总理, 某某大使), 本年度, two thirds of a month (中下旬), 除夕, 上月 as the month before
the report's, a place ending in 多 before a dateline, 不小于/不大于, a negative figure in a list, 约为…的N%, the levels a
decision keeps (将…维持在N不变), 分别 over a span of two years, a duration that qualifies a plan, the figure a change
from 上月 ends at and a past year's level compared with after a forecast (将增长A，低于2018年的B). Sentences written for
the tests (invented places, companies, people and figures), not corpus text."""
from facts_helpers import facts, observations, officials, quantities, targets, times


# --- people ----------------------------------------------------------------------------------------------
def test_a_directors_field_and_an_appointed_title_stay_in_the_post():
    assert officials("甲公司生产总监王小明介绍，新线已投产。") == [("王小明", ["生产总监"])]
    assert officials("某研究院特聘研究员李大成认为，应当加快发展。") == [("李大成", ["特聘研究员"])]


def test_a_crown_prince_is_a_post_also_after_a_kingdom():
    assert officials("甲国王国王储兼国防大臣穆罕默德·本·阿里将访问乙国。") == [("穆罕默德·本·阿里", ["王储", "大臣"])]
    assert officials("双方将共同主持会议，穆罕默德王储表示欢迎。") == [("穆罕默德", ["王储"])]


def test_a_vice_premier_and_an_ambassador_named_first():
    assert officials("张国强副总理将出席开幕式。") == [("张国强", ["副总理"])]
    assert officials("某国官员来到使馆，与李建华大使共度佳节。") == [("李建华", ["大使"])]
    assert officials("甲国驻乙国特命全权大使向乙国总统递交国书。") == []


# --- time references -------------------------------------------------------------------------------------
def test_this_year_as_a_season_and_two_thirds_of_a_month():
    assert times("联赛开幕意味着本年度赛季的开启。", "2026-05-16") == [("本年度", "2026-01-01", "2026-12-31")]
    assert times("某卫星计划于4月中下旬发射，5月上中旬返回。", "2020-02-07") == [
        ("4月中下旬", "2020-04-11", "2020-04-30"), ("5月上中旬", "2020-05-01", "2020-05-20")]


def test_new_years_eve():
    assert times("某公司在除夕成立了工作组，正月初五复工。", "2020-01-30") == [
        ("除夕", "2020-01-24", "2020-01-24"), ("正月初五", "2020-01-29", "2020-01-29")]


def test_last_month_is_the_month_before_the_reports_month():
    assert times("5月份，甲指数为50.8%，较上月上升0.4个百分点。乙指数为53.6%，较上月回落0.2个百分点。", "2026-06-01") == [
        ("5月份", "2026-05-01", "2026-05-31"), ("上月", "2026-04-01", "2026-04-30"), ("上月", "2026-04-01", "2026-04-30")]
    # a later paragraph compares with the same month; 本月 does not move the report's month
    got = times("4月份，甲指数上涨0.3%。\n本月乙指数上涨1.5%，涨幅比上月扩大0.3个百分点。", "2026-05-14")
    assert got[-1] == ("上月", "2026-03-01", "2026-03-31")
    # not a comparison: the month before the issue's
    assert times("4月份，甲指数上涨0.3%。\n某公司已于上月申请破产保护。", "2026-06-17")[-1] == ("上月", "2026-05-01", "2026-05-31")


def test_a_place_ending_in_duo_before_a_dateline():
    assert times("据新华社基多3月14日电  （记者某某）论坛闭幕。", "2026-03-15") == [("3月14日", "2026-03-14", "2026-03-14")]
    assert times("他干了十多个月。", "2026-06-22") == []


# --- quantities ------------------------------------------------------------------------------------------
def test_not_less_than_and_not_more_than():
    assert quantities("载荷不小于22吨，长度不大于5米，宽度小于3米。") == [
        ("不小于22吨", 22.0, "t", "≥"), ("不大于5米", 5.0, "m", "≤"), ("3米", 3.0, "m", "<")]


def test_a_negative_figure_in_a_list():
    assert quantities("三项利率分别为0.0%、0.25%、-0.5%，增速为1.2%和-0.3%。") == [
        ("0.0%", 0.0, "%", "="), ("0.25%", 0.25, "%", "="), ("-0.5%", -0.5, "%", "="), ("1.2%", 1.2, "%", "="),
        ("-0.3%", -0.3, "%", "=")]


def test_about_a_share_of_a_base():
    assert quantities("甲类消费量约为去年同期的95%，乙类为去年同期的80%。") == [("95%", 95.0, "%", "≈"), ("80%", 80.0, "%", "=")]


# --- targets and observations ----------------------------------------------------------------------------
def test_the_levels_a_decision_keeps_are_bare():
    f = facts("2019-10-30", "某央行10月17日宣布，将再贴现率、隔夜拆借利率和准备金利率继续分别维持在0.75%、1.5%、-0.5%不变。")
    assert targets(f) == [] and observations(f) == []
    assert targets(facts("2019-10-30", "明年该国经济增速将维持在6%左右。")) == [("6%左右", "将", "2020-12-31")]


def test_respectively_over_a_span_of_two_years():
    f = facts("2019-10-30", "某组织近日预测，今明两年甲地区经济将分别增长1.2%和1.4%。")
    assert targets(f) == [("1.2%", "将", "2019-12-31"), ("1.4%", "将", "2020-12-31")]


def test_a_duration_that_qualifies_a_plan_dates_no_figure():
    f = facts("2026-04-27", "乙集团在年会召开前公布未来5年的海外战略，来自60个国家的320余名合作伙伴到场。")
    assert targets(f) == []
    assert observations(f) == [("320余名", None, None, "actual")]
    assert targets(facts("2026-04-27", "未来5年，甲公司计划新增投资30亿元。")) == [("30亿元", "计划", None)]


def test_a_change_from_last_month_ends_in_the_reports_month():
    f = facts("2026-05-14", "4月份，甲指数环比上涨0.3%。", "从环比看，乙指数由上月下降0.6%转为上涨0.4%。从同比看，乙指数涨幅比上月扩大0.5个百分点。")
    got = observations(f)[1:]
    assert got == [("0.6%", "2026-03-01", "2026-03-31", "actual"), ("0.4%", "2026-04-01", "2026-04-30", "actual"),
                   ("0.5个百分点", "2026-04-01", "2026-04-30", "actual")]


def test_the_level_of_a_past_year_compared_with_after_a_forecast():
    f = facts("2019-10-30", "某组织预测，明年甲地区经济将增长1.4%，低于2018年的1.9%。")
    assert targets(f) == [("1.4%", "将", "2020-12-31")]
    assert observations(f) == [("1.9%", "2018-01-01", "2018-12-31", "actual")]
