"""Rules written after the thirtieth held-out set (h30) was merged into the development set, for the kinds of its
misses rather than its sentences: a deputy to a people's congress (全国人大代表、某市委书记) holding only the local post,
the verb 地处 before a place that starts with 长 (no 处长), a feeling or a manner after a name (自豪地说, 主动请缨), the
assistant of a director (主任助理), 快要/就要…了 (about to happen, no plan), yearly quotas under a deadline (到2020年，每年要…),
a disposal 将 putting its object to a use or launching it (将…用于, 将…送入), the fiscal year of the country named in its
own sentence (South Africa's from 1 April), what a capacity yields in the clauses after it (年均可提供N，满足N户), monthly
rates (每个月N元), a time up to now (2011年至今, 年初至今, 大年初二至今) and yearly rates forecast with no deadline of the
paragraph (预计…每年收入不少于N). Sentences written for the tests (invented places, companies, people and figures), not
corpus text."""
from facts_helpers import facts, observations, officials, targets, times


# --- people ----------------------------------------------------------------------------------------------
def test_a_deputy_to_a_peoples_congress_holds_only_the_local_post():
    assert officials("全国人大代表、甲州市委书记王明说，要守住底线。") == [("王明", ["书记"])]
    assert officials("省人大代表、乙村党支部书记李芳介绍，村里种茶多年。") == [("李芳", ["党支部书记"])]
    assert officials("丙国常驻联合国代表赵立民发言。") == [("赵立民", ["代表"])]


def test_dichu_before_a_place_is_no_post():
    assert officials("甲区地处长江上游，肩负保护重任。") == []
    assert officials("他们有的从内地处长岗位上辞职。甲市财政局处长王明说，收入增长。") == [("王明", ["处长"])]


def test_a_feeling_or_a_manner_after_a_name_ends_the_name():
    assert officials("“第一批货就从这里装车。”甲港北站站长周建军自豪地说。") == [("周建军", ["站长"])]
    assert officials("乙公司总经理焦大广兴奋地对记者说，订单很多。") == [("焦大广", ["总经理"])]
    assert officials("2018年1月，丙市中心主任叶静华主动请缨，到社区值守。") == [("叶静华", ["主任"])]


def test_the_assistant_of_a_director_is_a_post():
    assert officials("甲省金融办主任助理刘强主动请缨，奔赴乙村。") == [("刘强", ["主任助理"])]


# --- time references -------------------------------------------------------------------------------------
def test_a_time_up_to_now_runs_to_the_issue_date():
    assert times("2025年至今，甲国接待游客增长。", "2026-05-15") == [("2025年至今", "2025-01-01", "2026-05-15")]
    assert times("年初至今，各地已发放补贴约3亿元。", "2019-10-22") == [("年初至今", "2019-01-01", "2019-10-22")]
    assert times("从大年初二至今，王明一天也没有休息。", "2020-02-24") == [("大年初二至今", "2020-01-26", "2020-02-24")]
    assert times("3月至今年底，甲市新增绿地。", "2020-05-08")[-1] == ("3月至今年底", "2020-03-01", "2020-12-31")


def test_a_fiscal_year_is_read_for_the_country_of_its_sentence():
    text = "甲国与埃及、印度合作。南非旅游部长介绍，在2025—2026财年，南非会议局共申办100项活动。"
    assert times(text, "2026-05-15") == [("2025—2026财年", "2025-04-01", "2026-03-31")]


# --- targets and observations ----------------------------------------------------------------------------
def test_about_to_happen_is_no_plan():
    f = facts("2020-05-15", "“50万斤白菜快要卖完了，剩下的也就这两天的事。”")
    assert targets(f) == []
    assert observations(f) == [("50万斤", None, None, "actual")]


def test_a_yearly_quota_under_a_deadline_is_a_plan():
    assert targets(facts("2019-02-19", "到2022年，那就是每年要造林15万亩。")) == [("15万亩", "要", "2022-12-31")]
    assert targets(facts("2019-02-19", "甲县环卫工人每年要清扫道路50公里。")) == []


def test_a_disposal_jiang_putting_its_object_to_a_use_or_launching_it_is_no_target():
    f = facts("2020-05-06", "乙型运载器首次试飞告捷，它将重约9吨的卫星成功送入预定轨道。")
    assert targets(f) == []
    assert observations(f) == [("约9吨", None, None, "actual")]
    assert targets(facts("2020-01-13", "45%的甲省纳税人将减税红利用于研发。")) == []
    # the figure after 将 is what it plans; after a passive 将 is the future
    assert targets(facts("2020-01-13", "甲国防部将拨款28亿美元用于更新系统。")) == [("28亿美元", "将", None)]
    assert targets(facts("2020-01-13", "甲卫星将由乙火箭送入500公里的轨道。")) == [("500公里", "将", None)]


def test_what_a_capacity_yields_in_a_later_clause_is_no_target():
    f = facts("2026-07-08", "5月18日，乙光伏电站首批组件并网。待9月电站全部建成后，年均可提供9亿千瓦时清洁电力，满足40万户居民的用电需求。")
    assert targets(f) == [] and observations(f) == []
    f = facts("2026-05-11", "甲管线计划于2028年底全线贯通，每年可为乙地输送超50亿立方米天然气，减少燃煤消耗600万吨。")
    assert targets(f) == [] and observations(f) == []


def test_a_monthly_rate_is_no_figure_of_the_year():
    f = facts("2020-02-17", "今年，甲店的贷款到期。“每个月几万元的利息，真令人头疼。”")
    assert observations(f) == [("几万元", None, None, "actual")]


def test_a_yearly_rate_forecast_takes_no_deadline_of_the_paragraph():
    f = facts("2020-05-15", "今年，甲镇新建大棚6个。“预计村集体每年分红不少于8万元、每户增收不少于3000元。”")
    assert targets(f) == [("不少于8万元", "预计", None), ("不少于3000元", "预计", None)]
    # a yearly rate under a deadline of its own sentence keeps it
    f = facts("2026-05-15", "今年，甲镇新建大棚6个。预计到2030年，甲市每年新增用电100亿千瓦时。")
    assert targets(f) == [("100亿千瓦时", "预计", "2030-12-31")]
