"""Rules written after the eighth held-out set (h8) was merged into the development set: general
patterns for posts, names, modal frames, deadlines, periods and descriptors. Sentences written for
the tests (invented names), not corpus text."""
import importlib.util

import pytest

from banmian.facts import extract_facts
from facts_helpers import facts, officials, quantities, times


# --- people -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # posts of parliaments and cabinets abroad, with modifiers printed as part of them
    ("代表团会见了某州参议长瓦尔特、某州临时众议长斯通纳。", [("瓦尔特", ["参议长"]), ("斯通纳", ["临时众议长"])]),
    ("某协会荣誉主席罗德尼出席。", [("罗德尼", ["荣誉主席"])]),
    ("他会见了某国外交国务大臣卡迪尔。", [("卡迪尔", ["国务大臣"])]),
    ("国家副主席周某某出席开幕式。", [("周某某", ["国家副主席"])]),
    # 兼 does not jump over another official of the list
    ("众议员兼某协会主席罗伊斯、参议员胡某某出席。", [("罗伊斯", ["众议员", "主席"]), ("胡某某", ["参议员"])]),
    # [org]部长 as for 国防部长 (the annotation convention)
    ("国务委员兼外交部长杨某某会见来宾。", [("杨某某", ["国务委员", "部长"])]),
])
def test_posts_outside_the_old_vocabulary(text, expected):
    assert expected == officials(text)


@pytest.mark.parametrize("text, expected", [
    ("在两国元首和卢卡总统的共同引领下，", [("卢卡", ["总统"])]),
    ("，马克龙总统表示，", [("马克龙", ["总统"])]),
    ("各方与某国前总统乔治·W·布伦特深信，", [("乔治·W·布伦特", ["总统"])]),
])
def test_foreign_leaders(text, expected):
    assert expected == officials(text)


def test_a_country_name_before_a_post_is_no_name():
    assert [] == officials("俄罗斯总统办公厅发表声明。")


@pytest.mark.parametrize("text, expected", [
    ("某集团原总经理王建国严重违纪违法。", [("王建国", ["总经理"])]),  # a word outside the verb list
    ("某市委原书记方某某因违纪被查处。", [("方某某", ["书记"])]),
    ("自治区主席艾买提·吐尔逊在会上说，", [("艾买提·吐尔逊", ["主席"])]),  # a dotted name, not transliterated
    ("某学院教授萨利姆·拉扎认为，", [("萨利姆·拉扎", ["教授"])]),
])
def test_name_ends(text, expected):
    assert expected == officials(text)


def test_reduplicated_words_after_a_post_are_no_names():
    assert [] == officials("牢记总书记殷殷嘱托，奋力前行。")


# --- times --------------------------------------------------------------------
def test_season_without_year_character():
    assert [("2021—2022", "2021-01-01", "2022-12-31")] == times("到2021—2022冰雪季，游客将大增。", "2019-02-10")


def test_lunar_festival_holiday_and_day():
    assert [("端午假期", "2026-06-19", "2026-06-21")] == times("端午假期，全国客流平稳。", "2026-06-22")
    assert [("中秋节", "2019-09-13", "2019-09-13")] == times("中秋节当天，游人如织。", "2019-09-10")


@pytest.mark.skipif(importlib.util.find_spec("jionlp") is None, reason="jionlp not installed")
def test_da_nian_is_the_first_lunar_month():
    assert [("大年初三", "2019-02-07", "2019-02-07")] == times("大年初三，庙会人头攒动。", "2019-02-10")


# --- targets ------------------------------------------------------------------
def test_disposal_jiang_after_an_adverb_of_the_past():
    f = facts("2020-03-01", "目前，该区已将储备的化肥3万吨调运到位。")
    assert [] == f["targets"]


def test_an_jihua_is_a_noun():
    f = facts("2020-03-01", "今年以来，工程按计划推进，共完成投资12亿元。")
    assert [] == f["targets"]
    assert [12e8] == [o["value"] for o in f["observations"]]


def test_frame_governs_parallel_clauses_with_their_own_auxiliary():
    f = facts("2024-01-05", "预计到2027年，全市游客将达到300万人次，旅游收入将达到50亿元。")
    assert [("预计", "2027-12-31")] * 2 == [(t["modality"], t["deadline"]["to"]) for t in f["targets"]]


def test_frame_over_an_auxiliary_after_the_figure():
    f = facts("2024-01-05", "预计到今年底，全省95%左右的村将实现通气，90%以上的乡镇将建成站点。")
    assert ["预计", "预计"] == [t["modality"] for t in f["targets"]]


def test_modal_governs_an_enumeration_of_figures():
    f = facts("2026-06-01", "方案提出，力争用3年时间，推动100个园区升级，换装率超过90%，进港率达到80%、覆盖率实现100%。")
    assert ["力争"] * 4 == [t["modality"] for t in f["targets"]]


def test_present_state_after_a_forecast():
    f = facts("2024-01-05", "今年稻谷良种预计需求量为8亿公斤，现有储备总量为12亿公斤。")
    assert [8e8] == [t["value"] for t in f["targets"]]


def test_a_plan_year_is_not_carried_to_the_next_paragraph_but_an_event_day_is():
    f = facts("2024-01-05", "到2026年，全市将建成5个产业园。", "该市将组建不少于20人的专家团队。")
    deadlines = {t["value"]: (t["deadline"] or {}).get("to") for t in f["targets"]}
    assert {5.0: "2026-12-31", 20.0: None} == deadlines
    g = facts("2024-01-05", "博览会将于1月10日至15日举行。", "届时将举办100多场活动。")
    assert ["2024-01-15"] == [t["deadline"]["to"] for t in g["targets"]]


def test_undated_forecast_title_over_a_finished_holiday():
    f = facts("2026-05-06", "五一假期，全国铁路发送旅客1.2亿人次。", title="假期客流预计超10亿人次")
    (o,) = [o for o in f["observations"] if o["kind"] == "forecast"]
    assert (1e9, None) == (o["value"], o["period"])
    assert [] == f["targets"]


# --- observations ---------------------------------------------------------------
def test_comparison_base_behind_a_quote_mark_is_no_period():
    f = facts("2026-02-01", "与此同时，全区用水量较“十三五”末下降约17%。")
    (o,) = f["observations"]
    assert o["period"] is None


@pytest.mark.parametrize("text", [
    "2月1日，面积500亩的蔬菜基地开始春播。",
    "2月1日，一条650米长、3米宽的步道建成。",
])
def test_sizes_printed_as_attributes_are_no_observations(text):
    assert [] == facts("2026-02-05", text)["observations"]


def test_new_units():
    f = facts("2026-07-05", "今年1—6月，某省造船完工量1280万载重吨，同比增长9%。")
    assert [("载重吨", 1.28e7)] == [(q["unit"], q["value"]) for q in f["quantities"] if q["unit"] != "%"]
    (o,) = f["observations"]
    assert (1.28e7, 9.0) == (o["value"], o["change"]["value"])


def test_figures_in_quoted_speech_are_reported():
    f = facts("2020-02-20", "“两天的时间，我们就卖了1000多公斤蔬菜，很受欢迎。”合作社负责人说。")
    assert [1000.0] == [o["value"] for o in f["observations"]]
    assert [] == facts("2020-02-20", "他们评出“最关心的5件事”。")["observations"]


def test_a_subtitle_line_before_the_dateline_is_text():
    f = extract_facts({"title": "短讯", "paragraphs": ["前4月全国期货成交额增长30%", "本报电 据协会统计，市场运行平稳。"]},
                      "2020-05-18", "a1")
    (o,) = f["observations"]
    assert ("2020-01-01", "2020-04-30") == (o["period"]["from"], o["period"]["to"])


def test_two_dates_joined_by_zhi_date_one_period():
    f = facts("2026-05-07", "自5月1日零时至5月5日24时，全省充电站充电次数共计39万次。")
    (o,) = f["observations"]
    assert ("2026-05-01", "2026-05-05") == (o["period"]["from"], o["period"]["to"])


def test_the_earlier_level_of_a_from_to_change_is_undated():
    f = facts("2020-03-01", "2019年底，全省贫困发生率由原来的5.4%下降至0.1%。")
    periods = {o["value"]: o["period"] and o["period"]["to"] for o in f["observations"]}
    assert {5.4: None, 0.1: "2019-12-31"} == periods


def test_a_habitual_rate_has_no_period():
    f = facts("2026-03-01", "今年1—2月，全市工业增长5%。", "该县每年投入8亿元帮扶资金。")
    periods = {o["value"]: o["period"] for o in f["observations"]}
    assert periods[8e8] is None


# --- quantities and times ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("全年开行突破万列。", [("万列", 1e4, "列", ">")]),
    ("选派万名干部下乡。", [("万名", 1e4, "名", "=")]),
    ("出口总额将逼近250亿美元。", [("250亿美元", 2.5e10, "USD", "≈")]),
    ("每间教室大概有45张课桌。", [("45张", 45.0, "张", "≈")]),
])
def test_bare_myriads_and_comparator_verbs(text, expected):
    assert expected == quantities(text)


@pytest.mark.parametrize("text", ["万人空巷", "万家灯火", "亿万人民"])
def test_idioms_with_myriads_are_no_quantities(text):
    assert [] == quantities(text)


@pytest.mark.parametrize("text, issue, expected", [
    ("部长赵某22至23日在外地调研。", "2019-02-23", [("22至23日", "2019-02-22", "2019-02-23")]),
    ("发布“2018年度十大品牌”。", "2019-01-10", [("2018年度", "2018-01-01", "2018-12-31")]),
    ("提出2030年初步建成新体系。", "2026-06-01", [("2030年", "2030-01-01", "2030-12-31")]),
    ("会议是第二次年度工作会。", "2019-01-10", []),
    ("比清明假期增长5%。", "2020-05-08", [("清明假期", "2020-04-04", "2020-04-06")]),
])
def test_time_spans(text, issue, expected):
    assert expected == times(text, issue)


def test_column_name_is_no_time():
    assert [] == times("守护绿水青山（今日谈）", "2020-01-25")
