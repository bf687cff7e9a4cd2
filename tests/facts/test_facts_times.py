"""Time references resolved against the issue date, with the rule; the 十一届 trap."""
import pytest

from banmian.facts.times import find_times, parse_issue_date

ISSUE = "2023-12-22"


def resolve(text, issue=ISSUE):
    return [(t["text"], t["from"], t["to"]) for t in find_times(text, issue)]


@pytest.mark.parametrize("text, expected", [
    ("明年", [("明年", "2024-01-01", "2024-12-31")]),
    ("年底", [("年底", "2023-12-01", "2023-12-31")]),
    ("1至11月", [("1至11月", "2023-01-01", "2023-11-30")]),
    ("今年前三季度", [("今年前三季度", "2023-01-01", "2023-09-30")]),
    ("“十四五”时期", [("十四五", "2021-01-01", "2025-12-31")]),
    ("今年以来", [("今年以来", "2023-01-01", "2023-12-22")]),
    ("2021—2025年", [("2021—2025年", "2021-01-01", "2025-12-31")]),
    ("前4月", [("前4月", "2023-01-01", "2023-04-30")]),
    ("二〇二三年十二月", [("二〇二三年十二月", "2023-12-01", "2023-12-31")]),
    ("上世纪70年代", [("上世纪70年代", "1970-01-01", "1979-12-31")]),
])
def test_resolution(text, expected):
    assert expected == resolve(text)


def test_rule_is_recorded():
    (t,) = find_times("明年年底前", ISSUE)
    assert "relative-year(明年)+year-end" == t["rule"]


@pytest.mark.parametrize("text", ["党的十一届三中全会", "第十一届全运会", "党的二十大", "北京十月文艺出版社"])
def test_ordinals_are_not_dates(text):
    assert [] == resolve(text)


def test_unresolvable_kept_unresolved():
    (t,) = find_times("届时将全面恢复", ISSUE)
    assert (False, None, None) == (t["resolved"], t["from"], t["to"])


def test_bare_day_follows_the_last_full_date():
    got = resolve("2010年7月16日，仓库失火。从19日起", "2020-05-07")
    assert ("19日", "2010-07-19", "2010-07-19") == got[-1]


def test_today_is_the_dateline_day():
    assert ("今天", "2019-10-30", "2019-10-30") == resolve("本报北京10月30日电 记者今天获悉", "2019-10-31")[-1]


def test_month_takes_the_year_of_its_sentence():
    assert ("9月底", "2020-09-21", "2020-09-30") == resolve("确保今年4月底完成、9月底完成", "2020-01-16")[-1]


@pytest.mark.parametrize("bad", ["2023-13-01", "23-12-22", "", "tomorrow"])
def test_bad_issue_date(bad):
    with pytest.raises(ValueError):
        parse_issue_date(bad)


@pytest.mark.parametrize("text, issue, expected", [
    ("一季度末，余额较上季末增加", "2020-05-14", [("一季度末", "2020-03-01", "2020-03-31"), ("上季末", "2019-12-01", "2019-12-31")]),
    ("1月26日至2月3日春节假期期间", "2020-02-05", [("1月26日至2月3日", "2020-01-26", "2020-02-03")]),
    ("“五一”期间全国市场", "2020-05-08", [("五一", "2020-05-01", "2020-05-05")]),
    # 4月当月 is one reference, 4月 (gold.json, twice; the h38 round: 当月 after a month is no second reference)
    ("4月当月，客流量较上月增长", "2020-05-18", [("4月", "2020-04-01", "2020-04-30"), ("上月", "2020-03-01", "2020-03-31")]),
    ("截至本月24日", "2026-07-31", [("本月24日", "2026-07-24", "2026-07-24")]),
    ("将在未来两年内", "2020-05-18", [("未来两年", "2020-05-18", "2022-05-18")]),
])
def test_more_resolutions(text, issue, expected):
    assert expected == resolve(text, issue)


def test_full_year_follows_the_year_of_the_text():
    got = resolve("2019年全省蔬菜产量稳定，与上年基本持平。全年花卉产值增长。", "2020-01-16")
    assert [("2019年", "2019-01-01", "2019-12-31"), ("上年", "2018-01-01", "2018-12-31"),
            ("全年", "2019-01-01", "2019-12-31")] == got
