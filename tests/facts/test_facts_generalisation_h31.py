"""Rules written after the thirty-first held-out set (h31) was merged into the development set, for the kinds of its
misses rather than its sentences: a visit after a leader's transliterated name (某国总理某某访华), the deputy secretary of a
party branch or general branch printed whole (村党支部副书记, 社区党总支副书记), a chief officer named with a field (首席商务官),
the head of a farm or forest farm (林场场长), the Korean surname 玄, a disposal 将 holding its object under a limit
(将义务教育辍学率控制在N以内), what a thing can do in a unit of time under 预计 (预计一年可节约…约N: a forecast), a year that
names a report's edition (2025年城市宜居报告: no period, no deadline), the 至 of a change to a later year's level
(由2009年的4对增至2026年的11对: no deadline) and the levels of a time metric changed (待泊时间由46小时压减为29小时:
observations, as 工期由80天缩短至35天). Sentences written for the tests (invented places, companies, people and
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
    assert officials("甲公司执行副总裁兼首席技术官陈芳娜表示，订单增加。") == [("陈芳娜", ["执行副总裁", "首席技术官"])]
    assert officials("乙集团首席运营官任小东说，产能恢复。") == [("任小东", ["首席运营官"])]


def test_the_head_of_a_forest_farm_is_a_post():
    assert officials("乙林场场长陶红梅说，今年种树很多。") == [("陶红梅", ["场长"])]


def test_xuan_is_a_surname():
    assert officials("甲村第一书记玄明说，村里变化很大。") == [("玄明", ["第一书记"])]


# --- targets and observations ----------------------------------------------------------------------------
def test_a_disposal_jiang_holding_its_object_under_a_limit_is_no_target():
    f = facts("2019-02-25", "甲县将义务教育辍学率控制在0.5%以内，学生近视率控制在45%以内。")
    assert targets(f) == [] and observations(f) == []
    # with an adverb and no object of its own, 将 is the future
    assert targets(facts("2019-02-25", "今年，乙市工业用水总量将严格控制在3.6亿立方米左右。")) == [("3.6亿立方米左右", "将", "2019-12-31")]


def test_what_a_thing_can_do_in_a_unit_of_time_under_yuji_is_a_forecast():
    assert targets(facts("2026-06-19", "乙食品厂新装的冷库预计一年可节约电费约80万元。")) == [("约80万元", "预计", None)]
    assert targets(facts("2026-06-19", "乙电站预计每年可节省成本300万元。")) == [("300万元", "预计", None)]
    assert targets(facts("2026-06-19", "乙电站一年可发电300万千瓦时。")) == []


def test_a_year_naming_a_reports_edition_dates_no_figure():
    f = facts("2019-10-29", "其中，2025年城市宜居报告共列出42项指标，丙市总分为86.5分。")
    assert targets(f) == []
    assert observations(f) == [("42项", None, None, "actual"), ("86.5分", None, None, "actual")]
    f = facts("2019-10-29", "乙机构2018年、2019年绿色发展报告显示，丙市主要指标平均缩短审批用时52%。")
    assert targets(f) == [] and observations(f) == [("52%", None, None, "actual")]


def test_the_zhi_of_a_change_to_a_later_years_level_sets_no_deadline():
    f = facts("2026-07-01", "甲铁路要确保安全运营。", "客运方面，甲铁路每日开行动车由2009年的4对增至2026年的11对。")
    assert targets(f) == []
    assert observations(f) == [("4对", "2009-01-01", "2009-12-31", "actual"), ("11对", "2026-01-01", "2026-12-31", "actual")]


def test_the_levels_of_a_time_metric_changed_are_observations():
    f = facts("2019-10-29", "乙港船舶平均待泊时间由46小时压减为29小时。")
    assert observations(f) == [("46小时", None, None, "actual"), ("29小时", None, None, "actual")]
    f = facts("2019-10-29", "乙区企业开办时间由96个小时压缩到48个小时以内。")
    assert observations(f) == [("96个小时", None, None, "actual"), ("48个小时以内", None, None, "actual")]
    # after a disposal 将 the levels are the measure's object's, bare
    assert observations(facts("2019-10-29", "甲厂改进工艺，将烘干周期从9天缩短至5天。")) == []
