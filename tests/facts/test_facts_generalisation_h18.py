"""Rules written after the eighteenth held-out set (h18) was merged into the development set, meant to generalise
rather than to list one article's words: where a name ends (a transliterated name read up to its verb when a character
is missing from the table, a common noun that is no name, a name closed by the post after it, 的 before a leader
named first), posts (天皇, 长官 after a ministry, 工长, 总经理助理); temperatures below zero, power in kW, 公顷 as printed,
more currencies and measure words, bare numbers of a 分别 list sharing the last unit, 折合约; fiscal years by country,
某年春节 and the last day of its holiday, 前一年 after a comparison word, 年内 read but not given out, a quoted century;
the forecast frame over 有望, goals named after the figure, 该计划 as a noun, a policy's validity, a start of output, an
adopted budget, records since a time, 自…以来 with words between, an as-of day over its year, temperatures as
conditions, countries counted as N国. Sentences written for the tests (invented places, names and figures), not
corpus text."""
from facts_helpers import facts, observations, officials, quantities, targets, times


# --- people --------------------------------------------------------------------------
def test_a_dotted_name_runs_to_its_verb():
    assert ("哈桑·马哈茂德", ["主席"]) in officials("某国可再生能源协会主席哈桑·马哈茂德表示，前景很好。")
    assert ("德尼·西蒙", ["研究员"]) in officials("该所研究员德尼·西蒙分析称，风险上升。")  # not 西蒙分析


def test_an_undotted_name_may_end_outside_the_table():
    assert ("巴雅尔图嘎", ["总统"]) in officials("会见某国总统巴雅尔图嘎。")
    assert ("达纳坤", ["主席"]) in officials("该机构主席达纳坤表示，需求将稳定。")


def test_a_common_noun_is_no_name():
    assert officials("全区共有20个院士项目落户，院士项目不断增加。") == []
    assert officials("认真学习习近平总书记文艺工作座谈会讲话。") == [("习近平", ["总书记"])]


def test_new_posts():
    assert ("金永植", ["长官"]) in officials("某国国土交通部长官金永植表示，将加快建设。")
    assert ("王建平", ["工长"]) in officials("车间工区工长王建平回忆说。")
    assert ("刘小东", ["副工长"]) in officials("工区副工长刘小东说。")
    assert ("陈立新", ["总经理助理"]) in officials("公司总经理助理陈立新介绍，产量提高。")


def test_a_name_closed_by_the_post_after_it():
    got = officials("国家主席习近平特使、国务委员王明出席仪式。")
    assert ("习近平", ["国家主席"]) in got and ("王明", ["特使", "国务委员"]) in got


def test_de_before_a_leader_named_first():
    assert ("卡洛斯", ["总统"]) in officials("习近平主席同来访的卡洛斯总统举行会谈。")


def test_rare_surname():
    assert ("雒明光", ["部长"]) in officials("文化部部长雒明光和某国部长共同揭牌。")


# --- quantities ----------------------------------------------------------------------
def test_below_zero():
    got = quantities("冷库温度保持在零下25摄氏度，车间为12摄氏度。")
    assert ("零下25摄氏度", -25.0, "℃", "=") in got and ("12摄氏度", 12.0, "℃", "=") in got


def test_power_in_kilowatts_and_hectares_as_printed():
    got = quantities("电站装机45兆瓦，规划总装机2吉瓦，修复草场80万公顷。")
    assert ("45兆瓦", 45000.0, "kW", "=") in got and ("2吉瓦", 2e6, "kW", "=") in got
    assert ("80万公顷", 8e5, "公顷", "=") in got


def test_more_currencies_and_measure_words():
    got = quantities("投入5亿索莫尼，来自12国的代表，发布4型新车，全年发射35箭。")
    assert ("5亿索莫尼", 5e8, "索莫尼", "=") in got and ("12国", 12.0, "国", "=") in got
    assert ("4型", 4.0, "型", "=") in got and ("35箭", 35.0, "箭", "=") in got
    assert not any(q[2] == "国" for q in quantities("2026国际论坛开幕，5国家代表出席。"))


def test_bare_numbers_of_a_fenbie_list_share_the_last_unit():
    got = quantities("两项指标同比分别提高了3.25、1.4个百分点。")
    assert ("3.25", 3.25, "pp", "=") in got and ("1.4个百分点", 1.4, "pp", "=") in got
    assert not any(q[0] == "3" for q in quantities("第1、2、3个项目已完工。"))


def test_about_after_zhehe():
    assert ("约2000万吨标准煤", 2e7, "tce", "≈") in quantities("节能量增长2倍，折合约2000万吨标准煤。")


# --- times ---------------------------------------------------------------------------
def test_fiscal_years_by_country():
    assert ("2023财年", "2022-10-01", "2023-09-30") in times("美国国会通过2023财年预算。", "2022-12-01")
    assert ("2025/2026财政年度", "2025-04-06", "2026-04-05") in times("英国政府公布2025/2026财政年度预算。", "2025-03-20")
    assert ("2025—2026财年", "2025-07-01", "2026-06-30") in times("孟加拉国公布2025—2026财年预算。", "2025-06-10")
    assert ("2025—2026", "2025-01-01", "2026-12-31") in times("某地公布2025—2026财年预算。", "2025-06-10")


def test_spring_festival_of_a_year_and_its_last_day():
    got = times("2021年春节期间客流同比下降，与2020年春节期间相比减少。", "2021-02-20")
    assert ("2021年春节", "2021-02-11", "2021-02-17") in got and ("2020年春节", "2020-01-24", "2020-01-30") in got
    assert ("春节假期最后一天", "2021-02-17", "2021-02-17") in times("17日是春节假期最后一天。", "2021-02-18")


def test_qianyinian_after_a_comparison_word():
    assert ("前一年", "2020-01-01", "2020-12-31") in times("2021年某国出口额较前一年增长5%。", "2022-01-10")
    assert not any(t[0] == "前一年" for t in times("项目提前一年完成。", "2022-01-10"))


def test_nianneiis_not_given_out_but_dates_a_plan():
    f = facts("2026-05-10", "二期将于年内开工，建成后每年供应蔬菜2000吨。")
    assert not any(t["text"] == "年内" for t in f["times"])
    assert ("2000吨", "将", None) in targets(f)


def test_a_quoted_century_names_something():
    assert not any(t[0] == "21世纪" for t in times("第二届“21世纪海洋合作”论坛开幕。", "2019-10-20"))


# --- targets -------------------------------------------------------------------------
def test_forecast_frame_over_youwang():
    f = facts("2026-05-10", "某开发银行预计，该国今年经济增速有望达到6.5%。")
    assert ("6.5%", "预计", "2026-12-31") in targets(f)


def test_goals_named_after_the_figure():
    f = facts("2026-05-10", "在“运营里程达5000公里”这个中长期目标即将实现之际，新的问题出现。",
              "共有800万人完成登记，占政府设定1000万人目标的80%。",
              "治理150万公顷荒漠被列为方案核心目标之一。",
              "专家认为，要实现平均1.5万元的增收目标，需长期稳定收益。")
    got = targets(f)
    assert ("5000公里", "", None) in got and ("1000万人", "", None) in got
    assert ("150万公顷", "", None) in got and ("1.5万元", "", None) in got


def test_a_plan_referred_back_to_is_a_noun():
    f = facts("2026-05-10", "该计划由某部牵头制定，涵盖12项战略目标和60项具体行动。")
    assert not targets(f)
    assert ("12项", None, None, "actual") in observations(f) and ("60项", None, None, "actual") in observations(f)


def test_a_policy_extended_to_a_year_sets_no_deadline():
    f = facts("2026-05-10", "配套减免政策一并延长至2030年，售价2万美元及以下的家电产品增值税率从15%降至10%。")
    assert not any(t[0] in ("2万美元及以下", "15%") for t in targets(f))  # a bound and a start level, no plan's figures


def test_the_start_of_output_is_no_deadline():
    f = facts("2026-05-10", "今年冬天正式投产后，工厂预计年产8000吨饲料，年产值2亿元。")
    assert ("8000吨", "预计", None) in targets(f) and ("2亿元", "预计", None) in targets(f)


def test_an_adopted_budget_is_reported():
    f = facts("2026-01-10", "某国2026年的财政预算总额达到300万亿韩元。")
    assert ("300万亿韩元", "2026-01-01", "2026-12-31", "actual") in observations(f)
    assert not targets(f)


# --- observations --------------------------------------------------------------------
def test_a_record_since_a_time_dates_nothing():
    f = facts("2019-02-10", "全年列车正点率达92.6%，为2013年以来最高水平；始发正点率94.1%。")
    assert ("94.1%", "2018-01-01", "2018-12-31", "actual") not in observations(f)
    assert not any(o[1] == "2013-01-01" for o in observations(f))


def test_zi_before_a_date_with_words_between():
    f = facts("2026-05-06", "自隧道2021年6月1日通车以来，巡检车已累计排查并整改超2000处隐患。")
    assert ("超2000处", "2021-06-01", "2026-05-06", "actual") in observations(f)


def test_an_as_of_day_over_the_year_it_falls_in():
    f = facts("2026-07-10", "截至7月4日，某岛今年累计接待入境游客超600万人次。")
    assert ("超600万人次", "2026-07-04", "2026-07-04", "actual") in observations(f)


def test_temperatures_are_conditions_unless_forecast():
    f = facts("2026-05-10", "从零下30摄氏度的冷库，到15摄氏度的厂房，园区不断扩大。")
    assert not observations(f)
    f = facts("2020-02-27", "预计3月，沿河各站平均气温较常年同期偏高1.5摄氏度。")
    assert ("1.5摄氏度", "预计", "2020-03-31") in targets(f)


def test_countries_counted_as_n_guo_are_a_description():
    f = facts("2026-05-10", "出席会议的15国部长或代表见证了签约。")
    assert not observations(f)
