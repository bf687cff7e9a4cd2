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
    got = resolve("2010年7月16日，码头起火。从19日21时开始", "2020-05-07")
    assert ("19日", "2010-07-19", "2010-07-19") == got[-1]


def test_today_is_the_dateline_day():
    assert ("今天", "2019-10-30", "2019-10-30") == resolve("本报北京10月30日电 记者今天获悉", "2019-10-31")[-1]


def test_month_takes_the_year_of_its_sentence():
    assert ("9月底", "2020-09-21", "2020-09-30") == resolve("确保今年4月底完成、9月底完成", "2020-01-16")[-1]


@pytest.mark.parametrize("bad", ["2023-13-01", "23-12-22", "", "tomorrow"])
def test_bad_issue_date(bad):
    with pytest.raises(ValueError):
        parse_issue_date(bad)
