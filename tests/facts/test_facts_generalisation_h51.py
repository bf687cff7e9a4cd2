"""Rules written after the targets-only blind sets h50+h51 were scored (session 18), for the kinds of their misses
rather than their sentences. Targets: a plan's cue after clauses that narrate deeds of a past month is a plan of now;
a purpose clause (为确保…) governs no figure after it; a theme's words (以“…‘十五五’…”为主题) date nothing; 要价 is a
price asked; a clause that states what a forecast covers (主要涉及…N个大类) or the dimensions a plan lists (N个维度) is
no target; a state that has held all along (一直保持在N) is no part of the forecast before it; a third of a relative
month (本月中旬) is resolved, and a plan's frame ending in it wins over the 要 after it; a step up (从A迈上B新台阶) is a
change to its end level; data rates in letters (Mbps) are units, and a start level may carry a bracketed gloss; a goal
set per unit (目标是每亩N) is a goal; 将 before Latin letters is the disposal marker; a clause of the jobs a plan's
work makes (直接或间接增加N个) goes on with its 将.
Sentences written for the tests (invented names, places and figures), not corpus text."""
from facts_helpers import facts, observations, targets, times


def test_a_plan_after_clauses_narrating_past_deeds_is_a_plan_of_now():
    f = facts("2026-02-12", "青川村于2025年11月引进了一家企业，从外地调运苗木10万株，计划在村东北侧种植玫瑰200亩。")
    assert targets(f) == [("200亩", "计划", None)]
    # a past time framing the whole sentence still makes the plan a report of then
    f = facts("2026-02-12", "去年，全县争取了省里支持，计划种植玉米8万亩。")
    assert targets(f) == []


def test_a_purpose_clause_governs_no_figure_after_it():
    f = facts("2026-05-10", "为确保“一河清水向东流”，青川镇关停了2个矿场、4个砖厂、6个养殖场。")
    assert targets(f) == []
    assert [o[0] for o in observations(f)] == ["2个", "4个", "6个"]
    # the figure's own cue still governs it
    f = facts("2026-05-10", "为确保完成全年任务，全市将新建学校20所。")
    assert targets(f) == [("20所", "将", "2026-12-31")]


def test_a_themes_years_date_no_figure():
    f = facts("2026-06-17", "论坛以“同心‘十五五’共赴新征程”为主题，来自高校和企业的代表等800余人参加。")
    assert targets(f) == []
    assert ("800余人", None, None, "actual") in observations(f)


def test_a_price_asked_is_no_obligation():
    f = facts("2026-05-10", "一株5块，你卖不卖？东村要价才3块。")
    assert targets(f) == []


def test_what_a_forecast_covers_and_the_dimensions_a_plan_lists_are_no_targets():
    f = facts("2026-05-10", "全区今年推出60件惠民项目，预计投入15亿元，主要涉及道路改造、养老托育等11个大类。")
    assert targets(f) == [("15亿元", "预计", "2026-12-31")]
    f = facts("2026-05-10", "“明年我们将围绕服务、场景、数据及协同4个维度全面提升。”王强说。")
    assert targets(f) == []


def test_a_state_that_has_held_all_along_is_no_part_of_the_forecast():
    f = facts("2026-05-10", "今年全省油料产量有望超过300万吨；食用油自给率一直保持在60%以上。")
    assert targets(f) == [("超过300万吨", "有望", "2026-12-31")]


def test_a_third_of_a_relative_month():
    assert times("本月中旬", "2026-02-09") == [("本月中旬", "2026-02-11", "2026-02-20")]
    assert times("下个月上旬", "2026-12-09") == [("下个月上旬", "2027-01-01", "2027-01-10")]
    f = facts("2026-02-09", "计划在本月中旬，全市公交运力要恢复到平时的五成以上。")
    assert targets(f) == [("五成以上", "计划", "2026-02-20")]


def test_a_step_up_is_a_change_to_its_end_level():
    f = facts("2026-05-09", "预计到2030年，全省数字经济规模将从2024年的1.2万亿元迈上2万亿元新台阶。")
    assert targets(f) == [("2万亿元", "预计", "2030-12-31")]
    assert observations(f) == [("1.2万亿元", "2024-01-01", "2024-12-31", "actual")]
    # with no start level, the mark a level passed is no figure of its own
    f = facts("2026-05-09", "去年全省进出口总额达1.3万亿元，首次迈上1万亿元台阶。")
    assert [o[0] for o in observations(f)] == ["1.3万亿元"]


def test_data_rates_and_a_start_level_with_a_gloss():
    f = facts("2026-05-29", "园区的下载速率要从目前的10—50Mbps（兆比特每秒）提高到200Mbps，满足高清直播需要。")
    assert targets(f) == [("200Mbps", "要", None)]
    assert observations(f) == [("10—50Mbps", None, None, "actual")]


def test_a_goal_set_per_unit():
    f = facts("2026-05-29", "“这个基地两年内的目标是每亩1200公斤。”")
    assert targets(f) == [("1200公斤", "", None)]


def test_jiang_before_latin_letters_is_the_disposal_marker():
    f = facts("2026-05-29", "至今已有30多个城市将AI系统部署到港口，还有多地正在试点。")
    assert targets(f) == []


def test_the_jobs_a_plans_work_makes_go_on_with_its_auxiliary():
    f = facts("2026-05-29", "新厂建设周期2年，还将引进300多台套生产设备，直接或间接带动数百个就业岗位。")
    assert targets(f) == [("300多台套", "将", None), ("数百个", "将", None)]
