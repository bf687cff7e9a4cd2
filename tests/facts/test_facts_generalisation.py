"""Rules written for unseen articles (held-out misses of earlier sets): post modifiers and 兼 chains,
fronted modal frames, plan continuations, gaps between levels, descriptors, inherited periods."""
import pytest

from banmian.facts.people import find_officials
from facts_helpers import facts


def officials(text):
    return [(o["name"], o["org"], o["posts"]) for o in find_officials(text)]


# --- people -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("某组织代理秘书长莫某表示，", [("莫某", "某组织", ["代理秘书长"])]),
    ("某中心副执行主任帕尔默说，", [("帕尔默", "某中心", ["副执行主任"])]),
    ("中央军委委员、国务委员兼外交部长魏某会见来宾。", [("魏某", "中央军委", ["委员", "国务委员", "部长"])]),
    ("某国总理兼财政、外贸部长帕尔默表示，", [("帕尔默", "某国", ["总理", "部长"])]),
    ("某国总统约瑟夫出席。", [("约瑟夫", "某国", ["总统"])]),
    ("国务院副总理刘某将率团访问。", [("刘某", "国务院", ["副总理"])]),
])
def test_posts_modifiers_chains_and_name_ends(text, expected):
    assert expected == officials(text)


def test_a_comma_chain_does_not_jump_over_another_post():
    text = "政治局委员、某委员会副委员长李某在京会见某国财政部长丁某某。"
    assert ("丁某某", "某国财政", ["部长"]) in officials(text)


# --- targets ------------------------------------------------------------------
def test_fronted_frame_governs_the_auxiliary_of_the_clause():
    f = facts("2026-05-01", "咨询公司预计，到2030年本地市场规模将达到80亿元。")
    (t,) = f["targets"]
    assert ("预计", "2030-12-31") == (t["modality"], t["deadline"]["to"])


def test_a_figure_dated_in_a_later_year_is_a_plan_not_an_observation():
    f = facts("2026-05-01", "意见明确，2030年全县绿色建筑占比达到40%。")
    assert [] == f["observations"]
    (t,) = f["targets"]
    assert ("", "2030-12-31", 40.0) == (t["modality"], t["deadline"]["to"], t["value"])


def test_breakdown_after_a_target_is_part_of_the_plan():
    f = facts("2026-05-01", "到2028年，本市将培训2万名家政人员。其中，育婴员8000人，保洁员6000人。")
    assert {20000.0, 8000.0, 6000.0} == {t["value"] for t in f["targets"]}
    assert [] == f["observations"]


def test_the_piece_after_a_semicolon_keeps_the_plan():
    f = facts("2020-05-01", "到2025年，园区产值超过300亿元；高新企业占比超过15%。")
    assert [("2025-12-31", ""), ("2025-12-31", "")] == [(t["deadline"]["to"], t["modality"]) for t in f["targets"]]


def test_a_past_day_only_dates_the_announcement():
    f = facts("2019-10-31", "局长在10月30日举行的通气会上说，全市计划新增停车位1200个。")
    (t,) = f["targets"]
    assert ("计划", None) == (t["modality"], t["deadline"])


# --- observations -------------------------------------------------------------
def test_gap_between_two_levels_is_no_observation():
    f = facts("2026-05-01", "一季度，全区就业率91.7%，比上年末高0.4个百分点。")
    assert [91.7] == [o["value"] for o in f["observations"]]


def test_enumerated_changes_belong_to_their_levels():
    f = facts("2026-05-20", "前4月，港口装卸矿石3亿吨、粮食500万吨，同比分别增长2.5%、7.2%。")
    assert [3e8, 5e6] == [o["value"] for o in f["observations"]]


def test_as_of_date_wins_over_a_present_word():
    f = facts("2020-02-09", "截至2月8日，全市现有在建项目140个。")
    (o,) = f["observations"]
    assert ("2020-02-08", "2020-02-08") == (o["period"]["from"], o["period"]["to"])


def test_breakdown_paragraph_keeps_the_period_of_the_previous_one():
    f = facts("2026-05-01", "截至3月末，全省存款余额9万亿元。", "分地区看，省会城市存款余额4万亿元。")
    assert [("2026-03-21", "2026-03-31")] * 2 == [(o["period"]["from"], o["period"]["to"]) for o in f["observations"]]


def test_the_day_of_an_event_dates_the_next_sentence():
    f = facts("2019-10-22", "研讨会21日在杭州召开。约80位专家参会。")
    (o,) = f["observations"]
    assert ("2019-10-21", 80.0) == (o["period"]["to"], o["value"])


@pytest.mark.parametrize("text", ["这12件展品来自民间收藏。", "一个由9名志愿者组成的服务队成立了。"])
def test_counts_of_things_already_named_are_no_observations(text):
    assert [] == facts("2019-10-22", text)["observations"]


def test_forecast_about_the_period_of_the_paragraph():
    f = facts("2026-07-21", "6月，景区接待游客120万人次。游客好评率预计为96%。")
    (o,) = [o for o in f["observations"] if o["kind"] == "forecast"]
    assert ("2026-06-01", "2026-06-30", 96.0) == (o["period"]["from"], o["period"]["to"], o["value"])
