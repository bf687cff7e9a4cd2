"""Rules written after the twenty-fifth held-out set (h25) was merged into the development set, for the kinds of its
misses rather than its sentences: two relative years named together (今明两年) as one time reference, 内 left out of a
year's span, a lower bound across a short verb (至少消耗N), a state of some years ago after a forecast (而五年前…仅为N), a
forecast's frame reaching across clauses of cause (预计，随着…，以及…，到X…将达N), a statistical period printed after a
present word (根据最新数据，2019年…) carried to the paragraph, assistants of a head (厂长助理), Vietnamese women's names
(某氏某某), the feminine ending 娃 of transliterated names, and a two-character name cut before a one-character word.
Sentences written for the tests (invented places, companies, people and figures), not corpus text."""
from facts_helpers import facts, observations, officials, quantities, targets, times


# --- time references ---------------------------------------------------------------------------------
def test_this_year_and_the_next_are_one_reference():
    assert times("某机构预计，甲地区今明两年经济增速将保持在2%左右。", "2020-01-22") == [
        ("今明两年", "2020-01-01", "2021-12-31")]
    assert times("乙国明后两年的投资将继续增加。", "2020-01-22") == [("明后两年", "2021-01-01", "2022-12-31")]


def test_a_figure_of_both_years_has_the_second_years_end_as_deadline():
    f = facts("2020-01-22", "报告预测，乙地区今明两年通胀水平将稳定在2.3%。")
    assert targets(f) == [("2.3%", "将", "2021-12-31")]


def test_nei_after_a_year_is_left_out_of_the_span():
    assert times("该园区改造工程将于今年内全面完工。", "2026-07-23") == [("今年", "2026-01-01", "2026-12-31")]
    assert times("该项目2027年内开工。", "2026-07-23") == [("2027年", "2027-01-01", "2027-12-31")]


# --- quantities -----------------------------------------------------------------------------------------
def test_a_lower_bound_reaches_across_a_short_verb():
    assert quantities("这样一个机房一天至少消耗3万千瓦时电量。") == [("3万千瓦时", 30000.0, "kWh", "≥")]
    assert quantities("去年该厂最少用了5吨原料。") == [("5吨", 5.0, "t", "≥")]
    assert quantities("算下来管理成本大概少了40元。") == [("40元", 40.0, "CNY", "=")]  # a guess, not a bound


# --- targets and observations -----------------------------------------------------------------------
def test_a_state_of_some_years_ago_after_a_forecast_is_reported():
    f = facts("2026-07-01", "某协会预计，2026年甲国无人机销量将达到1200万架，占全球销量近35%，而五六年前这个比重仅为9%左右。")
    assert targets(f) == [("1200万架", "预计", "2026-12-31"), ("近35%", "预计", "2026-12-31")]
    assert observations(f) == [("9%左右", None, None, "actual")]


def test_a_base_or_a_start_level_of_some_years_ago_keeps_the_period():
    f = facts("2026-07-24", "截至2025年底，乙县民营经济税收占全县比重由几年前的35%上升到62%。")
    assert ("62%", "2025-12-01", "2025-12-31", "actual") in observations(f)


def test_a_forecast_frame_reaches_across_clauses_of_cause():
    f = facts("2026-07-01", "某报告预计，随着技术不断进步，以及更严格的排放标准，到2035年全球某产品保有量将达到5亿台。")
    assert targets(f) == [("5亿台", "预计", "2035-12-31")]
    f = facts("2026-07-01", "某报告认为，随着技术不断进步，以及更严格的排放标准，到2035年全球某产品保有量将达到5亿台。")
    assert targets(f) == [("5亿台", "将", "2035-12-31")]  # no frame: the auxiliary of the figure's clause


def test_a_period_printed_after_a_present_word_is_carried_to_the_paragraph():
    f = facts("2020-01-22", "据最新统计，2019年乙国出口同比增长4.7%。乙国出口占全球的份额预计将超过12%。")
    assert targets(f) == []
    assert observations(f) == [("4.7%", "2019-01-01", "2019-12-31", "actual"),
                               ("超过12%", "2019-01-01", "2019-12-31", "forecast")]
    f = facts("2020-01-22", "2019年甲国经济同比增长6.1%。目前，甲国已建成加工厂300家。")
    assert observations(f)[-1] == ("300家", None, None, "actual")  # the present word before the figure still undates


# --- people -------------------------------------------------------------------------------------------
def test_the_assistant_of_a_head_is_a_post():
    assert officials("车间里，厂长助理周明远指着设备告诉记者。") == [("周明远", ["厂长助理"])]
    assert officials("某市市长助理吴立新出席活动。") == [("吴立新", ["市长助理"])]


def test_a_vietnamese_womans_name_has_a_middle_name_shi():
    assert officials("甲国祖国阵线中央委员会主席阮氏明兰出席，副主席黎氏萍表示欢迎。") == [
        ("阮氏明兰", ["主席"]), ("黎氏萍", ["副主席"])]


def test_a_transliterated_name_may_end_in_the_feminine_wa():
    assert officials("某基金组织总裁伊万诺娃20日在会上称，经济企稳。") == [("伊万诺娃", ["总裁"])]


def test_a_two_character_name_ends_before_a_one_character_word():
    assert officials("甲国国家主席范明就共同关心的问题深入沟通。") == [("范明", ["国家主席"])]
    assert officials("某县县长李向东表示，经济增长。") == [("李向东", ["县长"])]
