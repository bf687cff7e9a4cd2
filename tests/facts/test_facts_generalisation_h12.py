"""Rules written after the twelfth held-out set (h12) was merged into the development set, meant to generalise rather
than to list words: measure words taken from the dictionary's measure-word tag (a count is a number and a measure
word), cohorts and editions named by a year (2025级), identifiers after one Latin letter (K7155次), race times, the yen
read apart from a day (16日元), durations inside a period (今年前4个月); periods joined by 至 across years, the n-th day
of a holiday, a year before a holiday; formats and limits that state a rule (15局8胜制, 每场至少4名…最多7名, 最多可被处以…),
rates paid on a basis, counts in a locative phrase, counts of what a plan makes (打造35个示范区), a modal cue after 的, a
future count with its subject between the figure and 将, a goal with no date. Sentences written for the tests (invented
places, names and figures), not corpus text."""
from banmian.facts.quantities import find_quantities
from banmian.facts.times import find_times

from facts_helpers import facts, observations, targets


def quantities(text):
    return [(q["text"], q["value"], q["unit"]) for q in find_quantities(text)]


# --- quantities ------------------------------------------------------------------
def test_measure_words_count_without_a_table_entry():
    got = quantities("比赛采用9局5胜制，选手先赢2盘，全书收入论述57段，已连续举办13届，累计走了8000步。")
    for item in [("9局", 9.0, "局"), ("2盘", 2.0, "盘"), ("57段", 57.0, "段"), ("13届", 13.0, "届"), ("8000步", 8000.0, "步")]:
        assert item in got


def test_year_named_cohorts_and_codes_are_no_counts():
    assert quantities("某大学2024级学生和2019届毕业生参加。") == []
    assert quantities("在开往某地的K1234次列车和Z56次列车上。") == []
    assert ("2.1%", 2.1, "%") in quantities("在3月CPI2.1%的同比涨幅中。")


def test_race_times_are_no_quantities_travel_times_are():
    assert quantities("冠军成绩为2小时08分31秒，亚军以31分05秒完赛。") == []
    assert ("40分钟", 40.0, "分钟") in quantities("全程运行时间约1小时40分钟。")


def test_yen_is_no_day():
    assert ("500日元", 500.0, "JPY") in quantities("每件需要缴纳500日元（1元人民币约合15日元）。")
    assert [t["text"] for t in find_times("每件需要缴纳500日元（1元人民币约合15日元）。", "2020-03-10")] == []


def test_duration_inside_a_period_is_no_quantity():
    f = facts("2026-06-10", "今年前5个月，某省进出口总值1200亿元，同比增长8%。")
    assert "5个月" not in [q["text"] for q in f["quantities"]]


# --- time references ---------------------------------------------------------------
def test_periods_joined_across_years():
    got = [(t["text"], t["from"], t["to"]) for t in find_times("试点将从2021年9月至2022年6月进行。", "2021-08-01")]
    assert got == [("2021年9月至2022年6月", "2021-09-01", "2022-06-30")]
    got = [(t["text"], t["from"], t["to"]) for t in find_times("收录2015年3月2日至2019年7月8日的文章。", "2020-01-01")]
    assert got == [("2015年3月2日至2019年7月8日", "2015-03-02", "2019-07-08")]


def test_nth_day_of_a_holiday_and_a_year_before_a_holiday():
    got = [(t["text"], t["from"]) for t in find_times("国庆假期第四天，景区客流平稳。", "2019-10-05")]
    assert got == [("国庆假期第四天", "2019-10-04")]
    got = [(t["text"], t["from"], t["to"]) for t in find_times("比去年国庆假期增长5%。", "2020-10-08")]
    assert got == [("去年国庆假期", "2019-10-01", "2019-10-07")]
    got = [t["text"] for t in find_times("较2017年同期增长3%。", "2018-06-01")]
    assert got == ["2017年"]


# --- statements ----------------------------------------------------------------------
def test_rules_of_a_game_and_limits_of_a_law_are_no_observations():
    f = facts("2026-03-01", "今年联赛采用9局5胜制，每局比赛21分制。每队每场至少3名队员上场，最多6名。",
              "按照某市条例，违规者最多可被处以罚款5000元。")
    assert observations(f) == []


def test_rate_paid_on_a_basis_is_no_observation():
    f = facts("2026-03-01", "参保人员按本人月薪酬的0.5%缴费，用人单位按职工薪酬总额的0.7%缴费。",
              "一季度，某市服务业增加值占全市生产总值的61.2%。")
    got = [o[0] for o in observations(f)]
    assert "0.5%" not in got and "0.7%" not in got and "61.2%" in got


def test_count_in_a_locative_phrase_is_no_statement():
    f = facts("2026-05-10", "5月20日至25日，选手们将在15个项目的比赛中展开角逐。")
    assert targets(f) == [] and observations(f) == []


def test_count_of_what_a_plan_makes_is_a_target_and_a_closed_list_is_counted():
    f = facts("2026-05-10", "某部将率先在甲市、乙市、丙市等12个地区开展试点，到2030年共打造40个示范区。")
    assert ("40个", "将", "2030-12-31") in targets(f)
    assert ("12个", None, None, "actual") in observations(f)


def test_modal_after_de_is_part_of_a_noun():
    f = facts("2020-01-10", "文件要求对常住人口不足2万人的拟撤并乡镇、300个拟搬迁的自然村加强保障。")
    assert not any(m == "拟" for _, m, _ in targets(f))


def test_future_count_with_its_subject_before_jiang():
    f = facts("2026-05-10", "记者获悉：约900名来自各地的青少年运动员将参赛。")
    assert ("约900名", "将", None) in targets(f)


def test_goal_without_a_date_is_a_target_without_deadline():
    f = facts("2020-02-19", "办法提出某县湿地保护率的目标为不低于42%。")
    assert targets(f) == [("不低于42%", "", None)]


def test_places_participants_come_from_describe_them():
    f = facts("2026-05-10", "5月9日，论坛在某市开幕，来自30多个国家和地区的600余名嘉宾参加。",
              "来自甲省、乙省等9个省份的代表队参赛。")
    got = [o[0] for o in observations(f)]
    assert "30多个" not in got and "600余名" in got and "9个" in got
