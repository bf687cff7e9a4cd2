"""Rules written after the thirty-ninth held-out set (h39) was scored, for the kinds of its misses rather than its
sentences. Targets: a count of goals or indicators (N个目标, N个…指标) is what a plan holds, not a level it sets; a
result verb of depth, height or length after a disposal 将 and its object (将…刷深N米) makes no future; a start (从…开始)
dates no period a 预计 figure is of (a target of no deadline); 将 with no time of its own going on with the
paragraph's forecast of a whole year already over is a forecast of it too. Times: 本世纪 in the century of its sentence's year, else
the issue's; a bare year end (年末, 年底) a quarter or more ahead of the issue, told with no cue of the future after a
past year, is that year's; a year in the base of a comparison (较2016年的…) is not the year 同年 repeats; “双11” (the
shopping day) after a printed year is that year's; 攀上年产 is no 上年. Quantities: 群 and 人 starting a word after a
number (群众, 人民), a year-like count of people (2000人) kept; 超过了 (comparator >, outside the span); 海里 and 毫升.
Sentences written for the tests (invented names, places and figures), not corpus text."""
from facts_helpers import facts, observations, quantities, targets, times


# targets

def test_a_count_of_goals_is_no_goal_level():
    f = facts("2026-07-10", "这项工程可以帮助实现联合国11个减贫目标中的6个目标，前景可观。")
    assert targets(f) == [] and ("6个", None, None, "actual") in observations(f)
    f = facts("2026-07-10", "“十五五”时期，甲集团明确了8个质量效益考核指标。")
    assert targets(f) == [] and observations(f) == [("8个", None, None, "actual")]
    f = facts("2026-07-10", "到2030年，乙县将建成120个美丽乡村的目标。")
    assert targets(f) == [("120个", "将", "2030-12-31")]


def test_a_result_verb_of_depth_after_a_disposal_jiang_is_no_future():
    f = facts("2020-01-17", "2005年以来，两座水库联合调度，12次冲沙，将下游河段主槽冲深2.35米。")
    assert targets(f) == []
    assert ("2.35米", "2005-01-01", "2020-01-17", "actual") in observations(f)


def test_a_start_dates_no_period_of_a_forecast():
    f = facts("2020-03-10", "按照调度指令，从3月5日开始，丙水库以25立方米每秒的流量向下游放水，预计总放水量约2亿立方米。")
    assert targets(f) == [("约2亿立方米", "预计", None)]


def test_jiang_going_on_with_a_forecast_of_a_past_year_is_a_forecast_too():
    f = facts("2020-02-26", "据介绍，预计2019年甲省果园机械化率、茶园机械化率分别达到41%、33%，两项都比上年高出3个百分点。"
                            "山区综合机械化率将超过52%。")
    assert targets(f) == [] and ("超过52%", "2019-01-01", "2019-12-31", "forecast") in observations(f)


# times

def test_ben_shiji_is_the_century_of_its_sentence_s_year_else_the_issue_s():
    assert times("本世纪初，丁厂的海外业务刚刚起步。", "2019-10-10") == [("本世纪", "2001-01-01", "2100-12-31")]
    assert times("1987年，他在报告中提出：在本世纪末实现翻两番。", "2020-01-13") == [
        ("1987年", "1987-01-01", "1987-12-31"), ("本世纪", "1901-01-01", "2000-12-31")]


def test_a_bare_year_end_ahead_of_the_issue_after_a_past_year_is_that_year_s():
    f = facts("2020-02-28", "2019年全省水泥产能利用率为71.2%。年末库存水泥比上年末减少86万吨。")
    assert ("年末", "2019-12-01", "2019-12-31") in [(t["text"], t["from"], t["to"]) for t in f["times"]]
    assert targets(f) == []
    assert ("86万吨", "2019-12-01", "2019-12-31", "actual") in observations(f)
    f = facts("2020-02-28", "2019年全省新建公园35个。年底还将新建公园20个。")  # a cue of the future: the issue year's
    assert ("年底", "2020-12-01", "2020-12-31") in [(t["text"], t["from"], t["to"]) for t in f["times"]]


def test_the_base_of_a_comparison_is_not_the_year_tongnian_repeats():
    assert times("2023年某榜单显示，本省入选者达820人次，较2016年的95人次增长7倍多。同年，本省创新指数升至第五。",
                 "2026-05-29")[-1] == ("同年", "2023-01-01", "2023-12-31")


def test_shuang11_after_a_year_is_that_year_s():
    assert times("2016年“双11”当天，戊网店卖出6万多条围巾。", "2020-01-17") == [
        ("2016年", "2016-01-01", "2016-12-31"), ("双11", "2016-11-11", "2016-11-11")]


def test_pan_shang_nian_chan_is_no_shangnian():
    assert times("自1980年攀上年产3000万吨高峰后，己矿连续多年保持高产。", "2019-10-10") == [
        ("1980年", "1980-01-01", "1980-12-31")]


# quantities

def test_qun_and_ren_starting_a_word_are_no_units():
    assert quantities("庚河滩区是230万群众的家园。") == [("230万", 2300000.0, "", "=")]
    assert quantities("你们是辛省7000多万人民的代表。") == [("7000多万", 70000000.0, "", "range")]
    assert quantities("每2000人配1名网格员。")[0] == ("2000人", 2000.0, "人", "=")


def test_chaoguo_le_is_a_comparator_outside_the_span():
    assert quantities("壬公司的网点已超过了1200家。") == [("1200家", 1200.0, "家", ">")]


def test_nautical_miles_and_millilitres_are_units():
    assert quantities("平台在离岸80多海里的海上。") == [("80多海里", 80.0, "海里", "range")]
    assert quantities("每克样品产气可达120毫升以上。") == [("120毫升以上", 120.0, "毫升", "≥")]
