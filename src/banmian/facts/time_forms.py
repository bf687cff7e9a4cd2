"""Time references of particular forms, kept apart from times.py (which is long).

- Fiscal years (2021财年, 2026—2027财年, 2026/2027财政年度) run from the start day of the country the article names: the
  United States 1 October (a single year names the year the fiscal year ends: 2021财年 is October 2020 to September
  2021), the United Kingdom 6 April, India, Japan, Canada and South Africa 1 April (a single year names the start),
  Bangladesh, Pakistan, Australia, Egypt, New Zealand 1 July (a single year names the end). Two years printed: the first
  is the start.
  The country named in the fiscal year's own sentence decides; else the one country the article names; an article
  naming none of them, or several (and none in the sentence), keeps the calendar reading.
- Japan's official year (2018年度, 上年度, in an article naming Japan only) is its fiscal year, from 1 April.
- 年内 is read (it dates a plan) but not given out as a time reference (extract.py drops it); so are the durations
  未来N年/今后N年.
- 前一年 after a comparison word (较前一年) is the year before the report's, as 上一年.
- 某年春节 (2019年春节期间, 今年春节): the Spring Festival holiday of that year, from New Year's Eve, seven days; 春节假期最后一天 and
  春节长假最后一天: its seventh day.
- A day announced as coming (将于1月29日举行) is not read in an earlier year of its sentence that would put it before
  the issue date (2019年…资格赛…晋级将于1月29日…, issued in January 2020): it is the nearest such day.
- A day named in quotes by its month and day and used as a time (在“5·18”前后) is that day; the name of an event
  (“7·16”大火) is none.
- 同年8月 (the same year as the year printed before it) is the month, spanned without 同年 (as the development set
  spans it) and read in the year of its sentence, else in the last year printed before it in its paragraph (times.py,
  as 同年 alone); with no year in the paragraph it stays unresolved.
- The day a reporter learnt the news (记者25日从…获悉) is read as any bare day with no full date before it, never in the month of an
  earlier full date the article recalls (…2013年10月1日起施行。记者25日…).
- Months listed across ； after a month with a year (去年5月…；9月…) are read in that year.
- 今明两年 (this year and the next) is one reference of both years, as the development set spans it; 明后两年 the two
  years after this one.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .holidays import nearest_occurrence, spring_eve

__all__ = ["announced_ahead", "day_ahead", "dotted_days", "fiscal_years", "reporters_day", "same_year_part",
           "spring_festivals", "two_years", "UNANNOTATED", "unannotated"]

# read to place a plan in time (将于年内开工: a plan of this year) but no time reference of the output (the Guidelines,
# since h15: 年内 is not annotated)
UNANNOTATED = ("年内",)
# durations counted from the issue date (未来5年, 今后3年): read to tell a plan's span from its deadline (a target dated
# only by a duration has none), but no time reference of the output (the Guidelines: durations are not annotated)
UNANNOTATED_RULES = ("next-n-years",)


def unannotated(t: dict) -> bool:
    """Is the time reference ``t`` read for the statements only, not given out (年内, 未来5年)?"""
    # 当年 alone, unresolved (谈起当年的选择, 当年的“小县”): "back then" of a story, which gold.json leaves out (27 in 32);
    # it still reaches the statements, where it keeps a past 将 from being read as a plan
    return t["text"] in UNANNOTATED or t["rule"].startswith(UNANNOTATED_RULES) or t["text"] == "当年" and not t["resolved"]

# country → (month, day the fiscal year starts, whether a single printed year names the year it ends)
_FISCAL_STARTS = {
    "美国": (10, 1, True), "英国": (4, 6, False), "印度": (4, 1, False), "日本": (4, 1, False), "加拿大": (4, 1, False),
    "南非": (4, 1, False),
    "孟加拉国": (7, 1, True), "巴基斯坦": (7, 1, True), "澳大利亚": (7, 1, True), "埃及": (7, 1, True), "新西兰": (7, 1, True),
}
_FISCAL = re.compile(r"(?<!\d)(?P<y1>(?:19|20)\d\d)(?:年)?(?:[—\-－/～~至](?P<y2>(?:19|20)\d\d))?(?:年)?(?:财年|财政年度|会计年度)")


def _country_start(text: str):
    named = {c for c in _FISCAL_STARTS if c in text}
    return _FISCAL_STARTS[named.pop()] if len(named) == 1 else None


def _sentence_country_start(text: str, pos: int):
    """The start day of the one country named in the sentence before ``pos`` (an article on African tourism names
    Egypt, India and South Africa; 南非…在2025—2026财年 is South Africa's), else None."""
    lo = max(text.rfind(c, 0, pos) for c in "。！？\n") + 1
    return _country_start(text[lo:pos])


def fiscal_years(text: str, item) -> list[dict]:
    """The fiscal years of ``text``; ``item(match, start, end, rule)`` builds a time reference."""
    if "财" not in text and "年度" not in text:
        return []
    start = _country_start(text)
    out = []
    for m in _FISCAL.finditer(text):
        here = _sentence_country_start(text, m.start()) or start
        if here is None:
            continue
        month, day, named_by_end = here
        y1 = int(m["y1"])
        if m["y2"]:
            if int(m["y2"]) != y1 + 1:
                continue
            first = date(y1, month, day)
        else:
            first = date(y1 - 1 if named_by_end else y1, month, day)
        out.append(item(m, first, _year_after(first), "fiscal-year"))
    if start is not None and _named_country(text) in _YEAR_IS_FISCAL:
        out += _official_years(text, item, start[0], start[1])
    return out


# countries whose official year, printed N年度, is the fiscal year (Japan's 年度 runs from 1 April: 2018年度 is April
# 2018 to March 2019, 上年度 the one before)
_YEAR_IS_FISCAL = ("日本",)
_OFFICIAL_YEAR = re.compile(r"(?<![\d年])(?:(?P<y>(?:19|20)\d\d)年度|(?P<prev>上一?年度))")


def _named_country(text: str) -> str | None:
    named = {c for c in _FISCAL_STARTS if c in text}
    return named.pop() if len(named) == 1 else None


def _year_after(first: date) -> date:
    return first.replace(year=first.year + 1) - timedelta(days=1)


def _official_years(text: str, item, month: int, day: int) -> list[dict]:
    """N年度 and 上年度 of a country whose official year is its fiscal year, starting on ``month``/``day``."""
    out, last_year = [], None
    for m in _OFFICIAL_YEAR.finditer(text):
        if m["y"]:
            last_year = int(m["y"])
            year = last_year
        elif last_year is not None:
            year = last_year - 1
        else:
            continue  # 上年度 before any N年度: the calendar reading stands
        first = date(year, month, day)
        out.append(item(m, first, _year_after(first), "official-fiscal-year"))
    return out


# (a year told relative to the issue only where 期间 does not follow: the development set splits 今年春节期间 into 今年, and
# reads 今年春节 whole)
_SPRING_YEAR = re.compile(r"(?:(?P<y>(?:19|20)\d\d)年春节(?![假长])|(?P<rel>[今去明])年春节(?![假长期]))")
_RELATIVE_YEARS = {"今": 0, "去": -1, "明": 1}
_SPRING_LAST = re.compile(r"春节(?:假期|长假)最后一天")
_HOLIDAY_DAYS = 7


def spring_festivals(text: str, issue: date, item) -> list[dict]:
    """某年春节 and the last day of the Spring Festival holiday, each from New Year's Eve of its lunar year;
    ``item(match, start, end, rule)`` builds a time reference."""
    out = []
    for m in _SPRING_YEAR.finditer(text):
        first = spring_eve(int(m["y"]) if m["y"] else issue.year + _RELATIVE_YEARS[m["rel"]])
        if first is not None:
            out.append(item(m, first, first + timedelta(days=_HOLIDAY_DAYS - 1), "year+spring-festival"))
    for m in _SPRING_LAST.finditer(text):
        first = spring_eve(issue.year)
        if first is not None:
            last = first + timedelta(days=_HOLIDAY_DAYS - 1)
            out.append(item(m, last, last, "spring-festival-last-day, approximate"))
    return out


# a day named by its month and day in quotes (“5·18”国际博物馆日) used as a time (在“5·18”前后, “5·18”当天): that day, its
# occurrence nearest the issue; not the name of an event (“7·16”大火, “7·20”特大暴雨)
_DOTTED_DAY = re.compile(r"(?<=“)(?P<m>1[0-2]|[1-9])·(?P<d>3[01]|[12][0-9]|[1-9])(?=”(?:前后|当天|期间|前夕|之际|到来))")


def dotted_days(text: str, issue: date, item) -> list[dict]:
    """“M·D” days used as a time; ``item(match, start, end, rule)`` builds a time reference."""
    out = []
    for m in _DOTTED_DAY.finditer(text):
        try:
            day = nearest_occurrence(issue, int(m["m"]), int(m["d"]))
        except ValueError:
            continue  # “2·30”: no such day
        out.append(item(m, day, day, "dotted-day"))
    return out


# two relative years named together (今明两年: this year and the next; 明后两年: the next two)
_TWO_YEARS = re.compile(r"(?P<w>今明|明后)两年")
_FIRST_OF_TWO = {"今明": 0, "明后": 1}


def two_years(text: str, issue: date, item) -> list[dict]:
    """今明两年 and 明后两年, each one reference from the first year's start to the second's end; ``item(match, start,
    end, rule)`` builds a time reference."""
    out = []
    for m in _TWO_YEARS.finditer(text):
        first = issue.year + _FIRST_OF_TWO[m["w"]]
        out.append(item(m, date(first, 1, 1), date(first + 1, 12, 31), f"two-years({m['w']})"))
    return out


_ANNOUNCED_AHEAD = re.compile(r"将(?:于|在)$")


def announced_ahead(text: str, start: int) -> bool:
    """Is the time starting at ``start`` announced as coming (将于X, 将在X)?"""
    return _ANNOUNCED_AHEAD.search(text, max(0, start - 2), start) is not None


# a day that is still to come (要到25日结束轮值, 预计23日闭幕, 她28日的预产期): not pulled back into a past month
_DAY_AHEAD_BEFORE = re.compile(r"(?:将(?:于|在)|要到|预计|计划)$")
_DAY_AHEAD_AFTER = re.compile(r"的?预产期")


def day_ahead(text: str, start: int, end: int) -> bool:
    """Is the bare day spanning ``start``–``end`` announced or expected as coming?"""
    return _DAY_AHEAD_BEFORE.search(text, max(0, start - 3), start) is not None \
        or _DAY_AHEAD_AFTER.match(text, end) is not None


_SAME_YEAR = "同年"


def same_year_part(item: dict, g: dict) -> dict:
    """The part of ``同年…`` after 同年 (``item`` the whole match, unresolved), to be read in its sentence's year."""
    item["start"] += len(_SAME_YEAR)
    item["text"] = item["text"][len(_SAME_YEAR):]
    item["_g"] = g
    return item


_REPORTER = "记者"


def reporters_day(text: str, start: int) -> bool:
    """Is the bare day at ``start`` the day a reporter learnt the news (记者25日从…获悉)?"""
    return text.endswith(_REPORTER, 0, start)


# a count of days before these is a duration, not a day of the month (在15日内作出认定, 30日免签政策; not 日内瓦, Geneva):
# times.py reads no day there, quantities.py reads the count (30日, unit 日, as 30天)
# nor after a word that counts days (连续7日无新增病例, 期限不少于30日, 自公布之日起30日后施行, 为期3日): n2 holds that count
DAYS_AS_DURATION = r"(?<![\d月.])(?P<n>[1-9]\d{0,2})日(?=内(?!瓦)|以内|之内|免签)" \
    r"|(?:(?<=连续)|(?<=为期)|(?<=长达)|(?<=历时)|(?<=日起)|(?<=不少于)|(?<=不超过)|(?<=不低于)|(?<=至少)|(?<=最长))" \
    r"(?P<n2>[1-9]\d{0,2})日(?!元)"
