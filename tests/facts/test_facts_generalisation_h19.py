"""Rules written after the nineteenth held-out set (h19) was merged into the development set, to follow the Deadline
convention and the modality precedence settled then (NOTES.md, Guidelines) rather than to list one article's words:
another party's announcement starts afresh (no deadline carried into it), a fronted modal frames the sentence only
when it is a frame (nothing but a time after it in its clause, or it opens an enumeration of figures), a law's start
date (将于X施行) is no deadline, a goal named after the figure in a clause with no modal has none, a modal after the
year keeps the year (全年将…) over an as-of day, an as-of month with 已 reports, 计划 after a count is a noun, 涉及 states
the scope a plan covers, a subjectless 并-clause of funds continues the auxiliary before it, and an as-of day dates
what follows it only. Sentences written for the tests (invented places, companies and figures), not corpus text."""
from facts_helpers import facts, observations, targets


# --- deadlines ---------------------------------------------------------------------------
def test_an_announcement_of_another_party_takes_no_earlier_deadline():
    f = facts("2026-07-01", "日前，甲公司宣布，到2030年前将在该国投资300亿元建设数据中心。乙公司宣布追加50亿元投资。"
              "丙公司计划在北部建设产业园，投资规模可达20亿元。")
    got = targets(f)
    assert ("300亿元", "将", "2030-12-31") in got
    assert ("20亿元", "计划", None) in got


def test_a_plan_continued_keeps_the_deadline_of_its_paragraph():
    # the Deadline convention: a sentence with no time of its own takes the last future time of its paragraph
    f = facts("2026-03-01", "到2028年，全省将新建充电桩5万个。同时，力争公共充电站覆盖率达到90%。")
    got = targets(f)
    assert ("5万个", "将", "2028-12-31") in got and ("90%", "力争", "2028-12-31") in got


def test_a_law_taking_effect_dates_its_start_only():
    f = facts("2026-01-10", "为缓解人手短缺，某国将于今年3月1日施行新的移民法。",
              "某律师预计，随着该法的生效，该国有望每年新引进3万名技工。")
    assert ("3万名", "预计", None) in targets(f)


# --- modality precedence -----------------------------------------------------------------
def test_a_cue_after_its_subject_governs_its_own_clause_only():
    f = facts("2026-05-20", "今年，该国物价指数预计将回落至2.6%，失业率则将上升至4.8%。")
    got = targets(f)
    assert ("2.6%", "预计", "2026-12-31") in got and ("4.8%", "将", "2026-12-31") in got
    f = facts("2019-10-20", "该省森林覆盖率预计到2020年有望达到63.5%，城市建成区绿地率有望达到38%。")
    assert ("38%", "有望", "2020-12-31") in targets(f)


def test_a_fronted_frame_still_governs_the_clauses_after_it():
    f = facts("2019-03-01", "预计到2020年底，全省公路里程将达到20万公里，高速公路将达8000公里。")
    got = targets(f)
    assert ("20万公里", "预计", "2020-12-31") in got and ("8000公里", "预计", "2020-12-31") in got
    f = facts("2019-03-01", "案由：预计2020年全市老年人口比重将提升到18.5%，总量达到120万，抚养比将提高到30%左右。")
    assert ("30%左右", "预计", "2020-12-31") in targets(f)


def test_a_frame_with_a_predicate_of_its_own_is_no_frame():
    f = facts("2026-05-10", "线路一期全长35公里，预计于2032年前完成延伸段建设，届时全线运营里程将达到80公里。")
    assert ("80公里", "将", "2032-12-31") in targets(f)


def test_a_goal_named_after_the_figure_in_a_clause_with_no_modal():
    f = facts("2020-01-15", "某企业将在今后5年间投入200亿元，实现到2029年累计交付电动船舶600艘的长期目标。")
    assert ("600艘", "", "2029-12-31") in targets(f)


def test_a_modal_after_the_year_keeps_the_year_over_an_as_of_day():
    f = facts("2020-05-22", "截至4月底，该行今年已发放贷款354亿元，全年将新增贷款900亿元。")
    assert ("900亿元", "将", "2020-12-31") in targets(f)


def test_an_as_of_month_with_yi_reports_a_figure():
    f = facts("2020-01-15", "据报道，截至2020年1月，该国电动汽车保有量已达到18.5万辆。")
    assert targets(f) == []
    assert ("18.5万辆", "2020-01-01", "2020-01-31", "actual") in observations(f)


# --- not targets ---------------------------------------------------------------------------
def test_jihua_after_a_count_is_a_noun():
    f = facts("2020-05-29", "全乡7个计划搬迁村整体签约率已达95%以上。对未签约的80户计划搬迁户，安排旧房拆除60户、原址改建20户。")
    assert targets(f) == []


def test_the_scope_a_plan_covers_is_counted_now():
    f = facts("2019-10-15", "这是今年首次集中招聘，计划招录1.2万人，涉及省直机关60个单位、15个直属机构。")
    got = targets(f)
    assert ("1.2万人", "计划", None) in got
    assert not any(t[0] in ("60个", "15个") for t in got)
    assert ("60个", None, None, "actual") in observations(f)


def test_an_as_of_day_dates_what_follows_it_only():
    f = facts("2020-05-29", "全镇完成老旧房屋修缮86户、新建厨厕42户，截至5月20日，验收率100%。")
    obs = observations(f)
    assert ("86户", None, None, "actual") in obs and ("42户", None, None, "actual") in obs


def test_a_subjectless_funding_clause_continues_the_auxiliary():
    f = facts("2020-05-23", "省级财政还将安排800亿元专项债券，并从省属企业利润等渠道调入近200亿元资金。")
    got = targets(f)
    assert ("800亿元", "将", None) in got and ("近200亿元", "将", None) in got
