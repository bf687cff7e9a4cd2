"""Rules written after the fifteenth held-out set (h15) was merged into the development set, meant to generalise
rather than to list words: an auxiliary 将 governs the later clauses of its sentence that state the levels of a change
(环节将由A减少到B，…由C减少到D), the start level of such a change is a figure of now and its end level the target,
durations that are levels of a planned change are figures (审批时间将由7天减少到2—4天), a bare 其中 does not stop a
forecast's frame, a 其中 breakdown of a forecast keeps it, a goal stated with a disposal 将 (目标是将…减少10％) or
with its measure (目标规模为N, 预期为N) is a target with no modality, a plan's year after a paragraph's modal sentence,
headline figures dated by the time printed after them, the years inside a plan's or a document's name date nothing,
conversions (约合人民币N), revisions of a forecast (上调…至N, 维持在N), earlier forecasts (N的预期) and changes
against them, category thresholds (N人口及以上的城市) and descriptors (首艘N车…船, 时速N公里, 高N米的, 每N公里,
不低于N元的津贴 under 每, a survey's sample, 机场群N座机场, the group of a part counted with 共) are no statements;
a sampling rate (抽查N%的县) and a pace (每天推进N米) are no figures either, a planned pace (确保每天N米) is a target;
比上月多N is a change; the level of a year compared with is an observation of that year; 首超 crosses a threshold;
a running total of all years (历年累计) is dated by the day printed before it; 放缓至/加快至 join a start level to an end
level; years joined before 分别 date the figures after it in turn; 今年是… names the year; data sizes
(泽字节) are units and 约合人民币N is approximate. Sentences written for the tests (invented places, names and
figures), not corpus text."""
from facts_helpers import facts, observations, quantities, targets


# --- quantities ----------------------------------------------------------------------
def test_data_sizes_are_units():
    assert ("2.35泽字节", 2.35, "泽字节", "=") in quantities("去年全省数据总量为2.35泽字节，同比增长18%。")


def test_bi_shang_yue_duo_is_a_change_of_the_level():
    f = facts("2019-03-12", "2月份，某省新增贷款1.25万亿元，比上月多4600亿元，比上年同期多2100亿元。")
    got = observations(f)
    assert ("1.25万亿元", "2019-02-01", "2019-02-28", "actual") in got
    assert not any(o[0] in ("4600亿元", "2100亿元") for o in got)


# --- targets: a plan's clauses ----------------------------------------------------------
def test_jiang_governs_the_later_levels_of_a_change_in_its_sentence():
    f = facts("2019-03-05", "某市将推行分级审批，对小型项目简化流程，环节由12个减少到8个，审批时间由120天减少到60天。")
    got = targets(f)
    assert ("8个", "将", None) in got and ("60天", "将", None) in got
    assert ("12个", None, None, "actual") in observations(f)
    assert ("120天", None, None, "actual") in observations(f)


def test_start_level_after_jiang_you_is_a_figure_of_now():
    f = facts("2019-03-05", "注册登记环节将由6个减少到3个，审批时间将由7天减少到2—4天。")
    got = targets(f)
    assert ("3个", "将", None) in got and ("2—4天", "将", None) in got
    assert not any(t[0] in ("6个", "7天") for t in got)
    obs = observations(f)
    assert ("6个", None, None, "actual") in obs and ("7天", None, None, "actual") in obs


def test_planned_durations_and_amounts_after_jiang_and_a_semicolon():
    f = facts("2019-03-05", "进口通关时间将降为6—9小时，边境费用降为280美元；出口通关时间降为12—15小时，单证费用降为60美元。")
    got = targets(f)
    for x in ("6—9小时", "280美元", "12—15小时", "60美元"):
        assert (x, "将", None) in got


def test_durations_of_a_change_already_made_stay_bare():
    f = facts("2026-05-17", "这次检修将两轮巡检合并为一轮，工期压缩至12天。",
              "精细化预报模式投入运行，预报由逐6小时提升到逐小时。")
    assert not any(t[0] in ("12天", "6小时") for t in targets(f))
    assert not any(o[0] in ("12天", "6小时") for o in observations(f))


def test_the_start_level_of_jiang_cong_zai_zhang_zhi():
    f = facts("2019-02-20", "到2021年，每升燃油的平均售价将从目前的9欧元再涨至11欧元（约合85元人民币）。")
    got = targets(f)
    assert ("11欧元", "将", "2021-12-31") in got
    assert not any(t[0] in ("9欧元", "85元") for t in got)
    assert ("9欧元", None, None, "actual") in observations(f)


# --- targets: forecasts and goals without a modal -----------------------------------
def test_a_bare_qizhong_clause_keeps_the_forecast_frame():
    f = facts("2020-05-20", "预计到2020年底，全省公路总里程将达到21.3万公里，覆盖大约97%的乡镇，其中，高速公路大约1.2万公里。")
    assert ("大约1.2万公里", "预计", "2020-12-31") in targets(f)


def test_a_qizhong_breakdown_of_a_forecast_is_dated_by_its_year():
    f = facts("2019-10-18", "报告预计发达经济体增速降至1.6%，新兴经济体增速放缓至3.8%。其中，2019年乙国经济增速为4.7%，"
                            "比今年4月预测值下调了0.3个百分点。")
    got = targets(f)
    assert ("4.7%", "", "2019-12-31") in got
    assert not any(t[0] == "0.3个百分点" for t in got)
    assert not any(o[0] == "0.3个百分点" for o in observations(f))


def test_goals_with_a_disposal_jiang_or_with_their_measure():
    f = facts("2019-02-20", "为此该国推出“2016—2022年全民减盐计划”，目标是将高血压患者的人数在5年内减少8％，10年内减少20％。",
              "该基金目标规模为80亿元，由省财政出资。",
              "数据显示，今年通胀预期为2.9%，符合政府设定的目标。")
    got = targets(f)
    assert ("8％", "", None) in got and ("20％", "", None) in got
    assert ("80亿元", "", None) in got
    assert ("2.9%", "", "2019-12-31") in got


def test_a_plan_year_after_a_modal_sentence_of_the_paragraph():
    f = facts("2019-02-13", "某市将重点打造“一窗通办”品牌。2019年新增80项业务流程优化事项、新增12项高频事项实现全市通办。")
    got = targets(f)
    assert ("80项", "", "2019-12-31") in got and ("12项", "", "2019-12-31") in got


def test_a_report_of_the_current_year_stays_an_observation():
    f = facts("2019-05-13", "某市将继续推进改革。2019年以来，全市已新增市场主体3.2万户。")
    assert not any(t[0] == "3.2万户" for t in targets(f))


def test_a_plan_name_in_quotes_ends_jihua():
    f = facts("2020-05-14", "今年将招收20多万名志愿者。“乡村医生”计划增招3000人，全年招募总数将达到7.5万。")
    assert not any(t[0] == "3000人" and t[1] == "计划" for t in targets(f))
    assert ("7.5万", "将", "2020-12-31") in targets(f)


def test_headline_figures_dated_by_the_time_after_them():
    f = facts("2019-02-20", "30亿件  1月快递业务量",
              "45%以上  2025年某市花卉产值提高",
              "到2025年，力争全市花卉产业产值比现有水平提高45%以上。", title="数读")
    assert ("30亿件", "2019-01-01", "2019-01-31", "actual") in observations(f)
    assert ("45%以上", "", "2025-12-31") in targets(f)


def test_a_document_named_with_a_year_gives_no_deadline():
    f = facts("2019-02-21", "“今年中央文件传递了清晰的导向。确保油料种植面积稳定在2亿亩。”",
              "2026年某市“乡村教师”计划招募公告已经公布，全市计划公开招募640名高校毕业生。")
    got = targets(f)
    assert ("2亿亩", "确保", None) in got
    assert ("640名", "计划", None) in got


def test_future_participants_after_a_place_word_are_counted():
    f = facts("2026-06-10", "博览会将于6月15日开幕，会期持续至17日，预计有来自全国各地超过2000名客商到场参观。")
    assert ("超过2000名", "预计", "2026-06-17") in targets(f)


# --- no statements -------------------------------------------------------------------
def test_conversions_and_earlier_forecasts_are_no_statements():
    f = facts("2020-02-14", "据乙国财政部公布的材料，预计今年国内生产总值增长将达到1.7%，高于此前1.4%的预期。",
              "改革将为该国未来10年节省公共支出6000亿某币（约合人民币9800亿元）。")
    got = targets(f)
    assert ("1.7%", "预计", "2020-12-31") in got
    assert not any(t[0] in ("1.4%", "9800亿元") for t in got)


def test_revised_levels_of_a_forecast_are_bare():
    f = facts("2026-07-09", "某组织8日发布报告，上调某国经济增长预期至4.2%。",
              "具体来看，该组织将某地区经济增速预期下调0.8个百分点至1.1%，欧元区下调0.1个百分点至1.0%，美国维持在2.1%不变。",
              "乙国央行3月12日宣布将政策利率从3.75%下调至3.6%。")
    got = [o[0] for o in observations(f)] + [t[0] for t in targets(f)]
    for x in ("4.2%", "1.1%", "1.0%", "2.1%", "3.75%", "3.6%"):
        assert x not in got
    assert "0.8个百分点" in got


def test_category_thresholds_and_disposals_that_set_a_level():
    f = facts("2020-05-20", "预计到2020年底，全省铁路将覆盖大约95%的30万人口及以上的城市。",
              "报告列举了多个将研发投入目标设定在财政支出3%以上城市的做法。")
    got = targets(f)
    assert ("大约95%", "预计", "2020-12-31") in got
    assert not any(t[0] in ("30万", "3%以上") for t in got)


def test_descriptors_are_no_observations():
    f = facts("2026-05-10", "4月28日，某船厂打造的全球首艘9000车双燃料汽车运输船命名交付。",
              "该省铺画时速100公里的货运班列线路41条。",
              "高32米的井架之下，工人们正在作业。每4公里为一个小标段。",
              "服务单位每月发放不低于800元的岗位津贴。",
              "报告基于2017年对全国3.1万余名18岁至70岁人口的随机调查作出。",
              "2025年，某湾区机场群5座机场货邮吞吐量再创新高。")
    got = [o[0] for o in observations(f)]
    for x in ("9000车", "100公里", "32米", "4公里", "不低于800元", "3.1万余名", "5座"):
        assert x not in got


def test_a_speed_reached_is_still_reported():
    f = facts("2026-05-14", "4月份，某磁浮线路试运行平稳，最高运行速度达到时速430公里。")
    assert ("430公里", "2026-04-01", "2026-04-30", "actual") in observations(f)


def test_a_target_bound_before_de_is_kept():
    f = facts("2026-05-21", "某市将组建不少于30人的新业态师资团队。")
    assert ("不少于30人", "将", None) in targets(f)


def test_the_group_of_a_part_counted_with_gong():
    f = facts("2020-05-14", "截至5月12日，1200名涉案目标逃犯共到案810名，到案率67.5%。")
    got = observations(f)
    assert ("810名", "2020-05-12", "2020-05-12", "actual") in got
    assert not any(o[0] == "1200名" for o in got)


# --- observations --------------------------------------------------------------------
def test_the_level_of_a_year_compared_with():
    f = facts("2020-01-07", "2019年该市凶杀案共计160起，高于2018年的142起，相比2014年的98起，案发率已明显上升。")
    got = observations(f)
    assert ("142起", "2018-01-01", "2018-12-31", "actual") in got
    assert ("98起", "2014-01-01", "2014-12-31", "actual") in got


def test_shou_chao_crosses_a_threshold():
    f = facts("2026-07-15", "今年上半年，某省跨境电商交易额1.27万亿元，总量历史同期首超1.2万亿元，同比增长8.4%。")
    got = observations(f)
    assert ("1.27万亿元", "2026-01-01", "2026-06-30", "actual") in got
    assert not any(o[0] == "超1.2万亿元" for o in got)


def test_jin_nian_shi_names_the_year():
    f = facts("2026-06-14", "今年是某五年规划的收尾之年，规划实施四年多来进展顺利。某局累计发布280个示范案例。")
    assert ("280个", None, None, "actual") in observations(f)


def test_a_sampling_rate_and_a_pace_are_no_figures():
    f = facts("2019-02-21", "贫困县退出后，省里验收完，国家还要抽查25%的县。",
              "隧洞已经贯通，工人们每天推进12米，保证明年按时完工。")
    assert not any(t[0] == "25%" for t in targets(f))
    assert not any(o[0] in ("25%", "12米") for o in observations(f))


def test_a_planned_pace_is_a_target():
    f = facts("2020-05-05", "我们将调配机械，延长工时，确保每天8米的进度。")
    assert ("8米", "确保", None) in targets(f)


def test_a_running_total_as_of_a_day():
    f = facts("2026-05-10", "5月9日10时，随着一列货运班列从某站发车，该线路历年累计开行突破8万列，发送货值超3100亿美元。")
    got = observations(f)
    assert ("8万列", "2026-05-09", "2026-05-09", "actual") in got
    assert ("超3100亿美元", "2026-05-09", "2026-05-09", "actual") in got


def test_yue_he_with_the_currency_between_is_approximate():
    assert ("9800亿元", 9.8e11, "CNY", "≈") in quantities("节省公共支出6000亿某币（约合人民币9800亿元）。")


def test_start_levels_of_a_forecast_with_fanghuan_or_jiakuai():
    f = facts("2020-01-10", "某机构预计新兴经济体增速将从2019年的3.4%加快至4.2%。预计某国经济增速将从2019年的2.2%放缓至2020年的1.7%。")
    got = targets(f)
    assert ("4.2%", "预计", None) in got and ("1.7%", "预计", "2020-12-31") in got
    obs = observations(f)
    assert ("3.4%", "2019-01-01", "2019-12-31", "actual") in obs and ("2.2%", "2019-01-01", "2019-12-31", "actual") in obs


def test_respective_years_date_respective_figures():
    f = facts("2020-01-10", "该机构预计，2019年和2020年地区贸易量增幅分别为3.1%和3.8%。")
    assert ("3.8%", "预计", "2020-12-31") in targets(f)
    assert ("3.1%", "2019-01-01", "2019-12-31", "forecast") in observations(f)
    assert not any(t[0] == "3.1%" for t in targets(f))
