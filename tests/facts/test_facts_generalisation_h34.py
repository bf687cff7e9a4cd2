"""Rules written after the thirty-fourth held-out set (h34) was merged into the development set, for the kinds of its
false targets rather than its sentences: a goal verb marked done (确保了N场: a report), a forecast that is the object of a
revision (预测分别下调至A和B: the noun, and B is revised as A is), a 要 under a past time opening the sentence (过去…要跑出N
公里: what had to be done then), 计划 as the noun of a programme (研发计划), a disposal 将 whose object is connected (将…N项…
接入…), a cue inside the subject of a share (…或计划解决的占总数的N%), the extent of a zone (N公里范围内), a rule's basis
(按每吸纳1人…) and entitlement (…的，可再增加N次), the whole of a plan period already under way (“十三五”期间，…总投资N: an
observation of the period), a figure that earns a rank (今年以N跻身前十: a standing, not the year's plan) and the century
of the Maritime Silk Road's name (21世纪海上丝绸之路: no time). Sentences written for the tests (invented places,
companies and figures), not corpus text."""
from facts_helpers import facts, observations, targets, times


def test_a_goal_verb_marked_done_reports():
    f = facts("2020-05-06", "过去一年，乙市公安确保了2.6万余场群众性活动平稳举办。")
    assert targets(f) == [] and observations(f) == [("2.6万余场", None, None, "actual")]
    assert targets(facts("2020-05-06", "甲省警方将确保3.4万余场大型活动安全举办。")) == [("3.4万余场", "将", None)]


def test_a_forecast_revised_is_a_noun_and_every_revised_level_is_bare():
    f = facts("2019-10-31", "甲机构和乙研究院日前将今年出口增速预测分别下调至4%和3.5%，创五年来新低。")
    assert targets(f) == [] and observations(f) == []
    # the revision's change is no forecast of 预测 either
    assert targets(facts("2019-10-31", "甲组织最近将今年经济增长预测下调0.5个百分点。")) == []
    # a forecast verb still governs its figure
    assert targets(facts("2019-10-31", "甲组织预测今年经济增长2.5%。")) == [("2.5%", "预测", "2019-12-31")]


def test_yao_under_a_past_time_opening_the_sentence_is_no_plan():
    f = facts("2019-02-27", "“过去村民为了看病，要走出30公里去镇上。”")
    assert targets(f) == [] and observations(f) == [("30公里", None, None, "actual")]
    assert targets(facts("2019-02-27", "明年村民要修通30公里的路。")) == [("30公里", "要", "2020-12-31")]


def test_jihua_after_yanfa_is_the_noun_of_a_programme():
    f = facts("2026-07-06", "甲省重点研发计划由女性科研人员牵头的项目占比为28.6%。")
    assert targets(f) == []


def test_a_disposal_jiang_whose_object_is_connected_is_no_future():
    f = facts("2020-05-06", "在甲市，政务平台将公安数十项服务事项接入网上大厅。")
    assert targets(f) == [] and observations(f) == [("数十项", None, None, "actual")]


def test_a_cue_inside_the_subject_of_a_share_governs_nothing():
    f = facts("2020-05-20", "截至目前，提案反映事项已经落实或计划分步落实的占提案总数的68.4%。")
    assert targets(f) == [] and observations(f) == [("68.4%", None, None, "actual")]
    # a share a plan sets (占比) stays the plan's
    assert targets(facts("2020-05-20", "甲市计划使绿电的占比达到71.3%。")) == [("71.3%", "计划", None)]


def test_the_extent_of_a_zone_is_no_target():
    f = facts("2019-10-24", "甲市今年底将完成江岸1公里范围内34家企业搬迁。")
    assert targets(f) == [("34家", "将", "2019-12-31")]


def test_a_rules_basis_and_entitlement_are_no_targets():
    f = facts("2026-07-03", "延长见习补贴政策至2026年底，对商户按每招用1名学徒不超过2000元的标准给予奖励。")
    assert [t[0] for t in targets(f)] == []
    f = facts("2026-07-03", "继续执行助学政策至2026年底，学生考取资格证的可领取1次奖励，考取多个资格证的，可再额外增加3次领取机会。")
    assert targets(f) == [] and observations(f) == []
    # a count that is not the single unit of a basis, and a 可 with no condition before it, stay the plan's
    assert targets(facts("2026-07-03", "到2026年底，甲市要吸纳100人就业。")) == [("100人", "要", "2026-12-31")]


def test_the_whole_of_a_plan_period_under_way_is_observed_not_planned():
    f = facts("2019-02-27", "经核算，“十三五”期间，乙项目计划总投资1.46万亿元，拉动社会投资2万亿元。")
    assert targets(f) == []
    assert observations(f) == [("1.46万亿元", "2016-01-01", "2020-12-31", "actual"),
                               ("2万亿元", "2016-01-01", "2020-12-31", "actual")]
    # a period not yet begun stays a plan's
    assert targets(facts("2019-02-27", "“十四五”期间，乙项目总投资1.46万亿元。")) == [("1.46万亿元", "", "2025-12-31")]


def test_a_figure_that_earns_a_rank_reports_a_standing():
    f = facts("2026-07-08", "甲公司将扩大生产。今年甲牌手机以21.75亿美元市场估值跻身全球前十。")
    assert targets(f) == [] and observations(f) == [("21.75亿美元", "2026-01-01", "2026-12-31", "actual")]
    # with no rank the year's figure after a plan's sentence is the plan's (plan-year convention)
    assert targets(facts("2026-07-08", "甲公司将扩大生产。今年甲牌手机市场估值21.75亿美元。")) == [("21.75亿美元", "", "2026-12-31")]


def test_the_century_of_the_maritime_silk_road_is_no_time():
    assert times("甲港是21世纪海上丝绸之路沿线枢纽港。", "2019-10-31") == []
    assert times("进入21世纪，甲市发展加快。", "2019-10-31") == [("21世纪", "2001-01-01", "2100-12-31")]
