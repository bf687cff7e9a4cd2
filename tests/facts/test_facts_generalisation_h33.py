"""Rules written after the thirty-third held-out set (h33) was merged into the development set, for the kinds of its
misses rather than its sentences: figures after a disposal 将 whose object is sorted, placed or handed down (将…归纳为N个,
将…定位到N头, 将…下放至…: the disposal marker, not the future), a stretch looked back on from a past year's event
(从2016年…举办，到2019年…N: the 到 closes the retrospective, it sets no deadline), a plan spelled out after 即 (将推动…工程，即用
3年时间，…补贴培训N: the auxiliary governs the clauses that spell it out) and a year's goal after an as-of date (截至6月，…累计
N，全年…目标不低于M: the goal word, like a modal, makes M the year's plan, not a figure as of June), and the paragraphs of
measures under a plan period (“十五五”时期，…将更加完善。/完善…，推动…提升至N: the period's goals, no modality).
Sentences written for the tests (invented places, companies and figures), not corpus text."""
from facts_helpers import facts, observations, targets


def test_a_disposal_jiang_that_sorts_places_or_hands_down_its_object_is_no_future():
    f = facts("2019-02-14", "甲办将群众来信内容归纳为15个大类、126个子类，形成2.8万字的汇编。")
    assert targets(f) == []
    assert observations(f) == [("15个", None, None, "actual"), ("126个", None, None, "actual"), ("2.8万字", None, None, "actual")]
    f = facts("2019-02-14", "乙厂按照订单要求，将机器定位到2针8头。")
    assert targets(f) == [] and observations(f) == [("8头", None, None, "actual")]
    assert targets(facts("2019-02-28", "将占地面积50亩以下的项目用地审批权限下放至县级政府。")) == []
    # 将把: 把 is the disposal marker, 将 the future auxiliary
    assert targets(facts("2019-02-14", "某委将把建议归纳为20个大类。")) == [("20个", "将", None)]


def test_a_stretch_looked_back_on_from_a_past_year_sets_no_deadline():
    f = facts("2019-10-29", "从2016年首届甲城龙舟节开幕，到2019年参赛队伍超1200支。")
    assert targets(f) == [] and observations(f) == [("超1200支", "2019-01-01", "2019-12-31", "actual")]
    # a modal of its own still makes a goal; a stretch from a year not yet past is a plan's
    assert targets(facts("2019-10-29", "从2016年起，到2020年甲城报名人数将超15万人。")) == [("超15万人", "将", "2020-12-31")]
    assert targets(facts("2019-10-29", "从2020年起步，到2025年甲城报名人数超15万人。")) == [("超15万人", "", "2025-12-31")]


def test_an_auxiliary_governs_the_clauses_that_spell_its_plan_out_after_ji():
    f = facts("2019-10-29", "乙部部长介绍，将大力实施“丙丁”计划，即用5年时间，利用80亿元的专项结余，资助培训300万人次。")
    assert targets(f) == [("80亿元", "将", None), ("300万人次", "将", None)] and observations(f) == []
    # with no 即, an auxiliary with no future date governs its own clause only; a past adverb makes no plan
    f = facts("2019-10-29", "甲部将推动“甲乙”工程，补贴培训500万人次。")
    assert targets(f) == [] and observations(f) == [("500万人次", None, None, "actual")]
    assert targets(facts("2019-10-29", "甲部已推动“甲乙”工程，即用3年时间补贴培训500万人次。")) == []


def test_a_goal_word_after_the_year_makes_the_figure_the_years_goal_not_an_as_of_figure():
    f = facts("2026-07-15", "截至今年6月，全省累计回收旧衣物超3000万件，2026年全省全年回收目标不低于1亿件。")
    assert targets(f) == [("不低于1亿件", "", "2026-12-31")]
    assert observations(f) == [("超3000万件", "2026-06-01", "2026-06-30", "actual")]
    # with no goal word the as-of date still dates the running total of the year
    f = facts("2026-07-15", "截至今年6月，甲省今年累计回收旧衣物超3000万件。")
    assert targets(f) == [] and observations(f) == [("超3000万件", "2026-06-01", "2026-06-30", "actual")]


def test_paragraphs_of_measures_under_a_plan_period_set_its_goals():
    f = facts("2026-07-22", "甲部长表示，“十五五”时期，甲国乡村道路运输保障能力将稳步提升。\n"
                            "完善路网主干布局，推进断头路改造，推动建制村通客车比例提升至95%，加快建设快递配送网。\n"
                            "优化运力配置，到2030年改造8万公里左右的老旧乡村道路。\n"
                            "加强数字赋能，加快建设20个国家级、80个省级智慧交通示范区。")
    assert targets(f) == [("95%", "", "2030-12-31"), ("8万公里左右", "", "2030-12-31"), ("20个", "", "2030-12-31"),
                          ("80个", "", "2030-12-31")]
    assert observations(f) == []
    # a paragraph that does not open with a measure reports; the plan of this year only is not carried to the next paragraph
    f = facts("2026-07-22", "甲部长表示，“十五五”时期，甲国乡村道路运输保障能力将稳步提升。\n据统计，建制村通客车比例为91%。")
    assert targets(f) == [] and observations(f) == [("91%", None, None, "actual")]
    f = facts("2026-07-22", "甲部长表示，今年甲国乡村道路运输保障能力将稳步提升。\n完善路网主干布局，推动建制村通客车比例提升至95%。")
    assert targets(f) == [] and observations(f) == [("95%", None, None, "actual")]
