"""Rules written after the thirty-first held-out set (h31) was merged into the development set, for the kinds of its
misses rather than its sentences: a visit after a leader's transliterated name (某国总理某某访华), the deputy secretary of a
party branch or general branch printed whole (村党支部副书记, 社区党总支副书记), a chief officer named with a field (首席商务官),
the head of a farm or forest farm (林场场长), the Korean surname 玄, a disposal 将 holding its object under a limit
(将城镇调查失业率控制在N以内), what a thing can do in a unit of time under 预计 (预计一年可享受…约N: a forecast), a year that
names a report's edition (2020年营商环境报告: no period, no deadline), the 至 of a change to a later year's level
(由2006年的5对增至2026年的13对: no deadline) and the levels of a time metric changed (通关时间由111小时压减为83小时:
observations, as 工期由90天缩短至30天). Sentences written for the tests (invented places, companies, people and
figures), not corpus text."""
from facts_helpers import facts, observations, officials, targets


# --- people ----------------------------------------------------------------------------------------------
def test_a_visit_after_a_leaders_name_ends_the_name():
    assert officials("乙国总理德茨访华，双方签署合作文件。") == [("德茨", ["总理"])]
    assert officials("丙国总统洛安访美期间表示，合作深入。") == [("洛安", ["总统"])]


def test_the_deputy_secretary_of_a_party_branch_is_printed_whole():
    assert officials("乙村党支部副书记管新民介绍，村里种稻多年。") == [("管新民", ["党支部副书记"])]
    assert officials("丙社区党总支副书记甘大夫说，莲子好卖。") == [("甘大夫", ["党总支副书记"])]


def test_a_chief_officer_named_with_a_field_is_a_post():
    assert officials("甲公司执行副总裁兼首席商务官李芳娜表示，订单增加。") == [("李芳娜", ["执行副总裁", "首席商务官"])]
    assert officials("乙集团首席运营官任小东说，产能恢复。") == [("任小东", ["首席运营官"])]


def test_the_head_of_a_forest_farm_is_a_post():
    assert officials("乙林场场长陶红梅说，今年种树很多。") == [("陶红梅", ["场长"])]


def test_xuan_is_a_surname():
    assert officials("甲村第一书记玄明说，村里变化很大。") == [("玄明", ["第一书记"])]


# --- targets and observations ----------------------------------------------------------------------------
def test_a_disposal_jiang_holding_its_object_under_a_limit_is_no_target():
    f = facts("2019-02-25", "甲省将城镇调查失业率控制在5.5%以内，登记失业率控制在4.5%以内。")
    assert targets(f) == [] and observations(f) == []
    # with an adverb and no object of its own, 将 is the future
    assert targets(facts("2019-02-25", "今年，甲灌区耗水量将严格控制在14亿立方米左右。")) == [("14亿立方米左右", "将", "2019-12-31")]


def test_what_a_thing_can_do_in_a_unit_of_time_under_yuji_is_a_forecast():
    assert targets(facts("2026-06-19", "甲公司进口生豆预计一年可享受关税减让约200万元。")) == [("约200万元", "预计", None)]
    assert targets(facts("2026-06-19", "乙电站预计每年可节省成本300万元。")) == [("300万元", "预计", None)]
    assert targets(facts("2026-06-19", "乙电站一年可发电300万千瓦时。")) == []


def test_a_year_naming_a_reports_edition_dates_no_figure():
    f = facts("2019-10-29", "其中，2020年营商环境报告采纳35项，综合得分为78.2分。")
    assert targets(f) == []
    assert observations(f) == [("35项", None, None, "actual"), ("78.2分", None, None, "actual")]
    f = facts("2019-10-29", "甲银行2019年、2020年营商环境报告显示，甲市重点指标共压缩办理时间64%。")
    assert targets(f) == [] and observations(f) == [("64%", None, None, "actual")]


def test_the_zhi_of_a_change_to_a_later_years_level_sets_no_deadline():
    f = facts("2026-07-01", "甲铁路要确保安全运营。", "客运方面，甲铁路每日开行列车由2006年的5对增至2026年的13对。")
    assert targets(f) == []
    assert observations(f) == [("5对", "2006-01-01", "2006-12-31", "actual"), ("13对", "2026-01-01", "2026-12-31", "actual")]


def test_the_levels_of_a_time_metric_changed_are_observations():
    f = facts("2019-10-29", "甲市整体通关时间由111小时压减为83小时。")
    assert observations(f) == [("111小时", None, None, "actual"), ("83小时", None, None, "actual")]
    f = facts("2019-10-29", "甲市纳税时间由207个小时压缩到138个小时以内。")
    assert observations(f) == [("207个小时", None, None, "actual"), ("138个小时以内", None, None, "actual")]
    # after a disposal 将 the levels are the measure's object's, bare
    assert observations(facts("2019-10-29", "甲公司采用新设备，将发酵周期从7天缩短至4天。")) == []
