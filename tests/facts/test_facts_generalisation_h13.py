"""Rules written after the thirteenth held-out set (h13) was merged into the development set, meant to generalise
rather than to list words: heads of government and governors printed after a transliterated name (某某总理, 某某总督),
a group's representative as a role between a post and a name, 第一 as a qualifier of any post; a measure word with 次
(件次, 台次), bounds printed as 最长/最短, a strict prefix with 以上, 六成多, the share after 约占…的; 上年度 and 上一年度 read
against the report's year (never a plan's), the end of last month, a weekday of a week, 到 joining no years; start
verbs (打响, 开幕…) that make a date no deadline, a goal's clause before its figure, a plan's share right after a
future date, a period wholly after the issue; periods from 自从…以来 and 从…至今, spans of years with no start (N年来),
changes linked to their level across 与…相比, 多增 and a record, gaps to a comparison rate, thresholds crossed,
possibilities, a 其中 after a sentence that names the parts, metrics counted in time, rates per unit with a verb.
Sentences written for the tests (invented places, names and figures), not corpus text."""
from facts_helpers import facts, observations, officials, quantities, targets, times


# --- people --------------------------------------------------------------------------
def test_head_of_government_after_a_transliterated_name():
    got = officials("会谈中，我们相信，索马纳总理此访将取得成功。会后，卡拉贝总督会见了代表团。")
    assert ("索马纳", ["总理"]) in got and ("卡拉贝", ["总督"]) in got


def test_team_leader_and_first_deputy_posts():
    got = officials("某省游泳队领队钱海说，训练正常。某市委书记、筹委会第一副主任委员孙立出席。")
    assert ("钱海", ["领队"]) in got
    assert ("孙立", ["书记", "第一副主任委员"]) in got


def test_representative_of_a_group_is_a_role():
    got = officials("某大学教授、“老战士”代表郑安，退休工人代表吴方，某旅游协会驻华代表何平先后发言。")
    assert ("郑安", ["教授"]) in got
    assert not any(name == "吴方" for name, _ in got)
    assert ("何平", ["代表"]) in got


# --- quantities ----------------------------------------------------------------------
def test_measure_word_with_ci_counts_events():
    got = quantities("全年受理咨询12.4万件次，检修设备860台次。")
    assert ("12.4万件次", 124000.0, "件次", "=") in got and ("860台次", 860.0, "台次", "=") in got


def test_bounds_and_strict_prefixes():
    got = quantities("该病潜伏期最长96小时，最短8小时；年产量连续5年超200万吨以上。")
    assert ("最长96小时", 96.0, "小时", "≤") in got and ("最短8小时", 8.0, "小时", "≥") in got
    assert ("超200万吨以上", 2e6, "t", ">") in got


def test_share_in_tenths_with_duo_and_share_after_yue_zhan():
    got = quantities("全县土地流转七成多，外出务工人员约占劳动力总数的41.5%。")
    assert ("七成多", 70.0, "%", "range") in got
    assert ("41.5%", 41.5, "%", "≈") in got


# --- time references -----------------------------------------------------------------
def test_previous_year_of_the_report_not_of_a_plan():
    assert times("2025年，审批平均用时较上一年度缩短3天。", "2026-07-01")[-1] == ("上一年度", "2024-01-01", "2024-12-31")
    got = times("方案提出到2028年建成体系。个人按上年度职工平均工资缴费。", "2026-07-01")
    assert got[-1] == ("上年度", "2025-01-01", "2025-12-31")


def test_end_of_last_month_and_a_weekday():
    assert times("贷款余额增幅较上月末低0.4个百分点。", "2026-05-10") == [("上月末", "2026-04-21", "2026-04-30")]
    assert times("本周二，代表团抵达；上周五，双方通电话。", "2026-05-14") == [
        ("本周二", "2026-05-12", "2026-05-12"), ("上周五", "2026-05-08", "2026-05-08")]


def test_dao_joins_no_years():
    got = times("从2015年到2021年，该市产值从100亿元增长到300亿元。", "2022-01-10")
    assert got == [("2015年", "2015-01-01", "2015-12-31"), ("2021年", "2021-01-01", "2021-12-31")]


# --- targets -------------------------------------------------------------------------
def test_a_start_verb_makes_no_deadline():
    f = facts("2026-05-10", "联赛揭幕战将于5月22日打响，16支球队将在6个月里展开角逐。")
    assert targets(f) == [("16支", "将", None)]
    f = facts("2026-05-10", "博览会将于6月3日开幕，预计吸引观众5万人次。")
    assert targets(f) == [("5万人次", "预计", None)]


def test_goal_clause_before_its_figure():
    f = facts("2026-05-10", "“我们的第一个目标，是拍遍全县的60个古村落。”")
    assert targets(f) == [("60个", "", None)]


def test_share_right_after_a_future_date_is_a_plan():
    f = facts("2026-07-20", "按照2026年底40%以上的社区达标、2028年90%以上的社区达标的目标推进。")
    assert targets(f) == [("40%以上", "", "2026-12-31"), ("90%以上", "", "2028-12-31")]
    assert observations(f) == []


# --- observations --------------------------------------------------------------------
def test_since_a_date_and_until_now():
    f = facts("2026-02-20", "自从去年12月暴发以来，共有1.5万余人次就诊，86例病情严重。")
    assert ("1.5万余人次", "2025-12-01", "2026-02-20", "actual") in observations(f)
    assert ("86例", "2025-12-01", "2026-02-20", "actual") in observations(f)
    f = facts("2026-02-20", "“从1月25日至今，已经召开发布会31场。”")
    assert observations(f) == [("31场", "2026-01-25", "2026-02-20", "actual")]


def test_years_since_give_no_period():
    f = facts("2026-09-20", "2026年，该矿迎来建矿50周年。50年来，该矿累计产煤3.2亿吨。")
    assert observations(f) == [("3.2亿吨", None, None, "actual")]


def test_changes_linked_to_their_level():
    f = facts("2026-01-15", "2025年，检测项目增加到150项，与2024年相比增幅12%，与2023年相比增幅35%。")
    assert observations(f) == [("150项", "2025-01-01", "2025-12-31", "actual")]
    f = facts("2026-01-15", "2025年，贷款增加2.1万亿元，同比多增3200亿元。")
    assert [o[0] for o in observations(f)] == ["2.1万亿元"]
    f = facts("2026-01-15", "2025年，登记项目超过6000项，创历史新高，较2024年增长7.2%。")
    assert [o[0] for o in observations(f)] == ["超过6000项"]


def test_gap_to_a_comparison_rate_and_a_threshold_crossed():
    f = facts("2026-01-15", "2025年，全行业利润增长9.1%，高出同期收入增速2.3个百分点。")
    assert [o[0] for o in observations(f)] == ["9.1%"]
    f = facts("2026-01-15", "2025年，该港吞吐量达到1030万标箱，首次突破1000万标箱，同比增加85万标箱。")
    assert [o[0] for o in observations(f)] == ["1030万标箱"]


def test_a_possibility_is_no_figure():
    f = facts("2026-01-15", "据模型测算，今年该病可能导致超过5000人住院。")
    assert observations(f) == [] and targets(f) == []


def test_qizhong_after_a_sentence_that_names_the_parts():
    f = facts("2026-07-10", "某报告显示，2025年全国登记试验5100项。",
              "报告分为甲类和乙类两大类。其中，甲类试验3000项，占比为58.8%。")
    got = observations(f)
    assert ("3000项", "2025-01-01", "2025-12-31", "actual") in got
    assert ("58.8%", "2025-01-01", "2025-12-31", "actual") in got


def test_metric_counted_in_time_and_rate_per_unit():
    f = facts("2026-04-20", "一季度，全省光伏电站平均发电小时数280小时。北部片区发电小时数最低，达150小时。")
    assert [o[0] for o in observations(f)] == ["280小时", "150小时"]
    f = facts("2026-04-20", "一季度，一台收割机每小时收割小麦15亩。")
    assert observations(f) == []
