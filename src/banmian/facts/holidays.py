"""The calendar of holidays: fixed solar holidays, lunar festivals and the lunar dates
behind them (via jionlp), each resolved to its occurrence nearest the issue date."""
from __future__ import annotations

import re
from datetime import date, timedelta


def iso(d: date) -> str:
    return d.isoformat()


LUNAR = re.compile(r"(?:农历)?(?:大年(?=初)|正月|腊月|冬月|[二三四五六七八九十]月|十[一二]月)(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)(?:日)?"
                   r"|除夕|(?<!每到)(?<!每逢)大年三十")  # New Year's Eve, the day before 正月初一 (大年三十 whether the month
# has 29 or 30 days; 每到大年三十 recurs, no day)
# holidays with fixed solar dates; 清明 moves by a day or two, the span covers it (rule says approximate)
HOLIDAYS = {"元旦": ((1, 1), (1, 1)), "五一": ((5, 1), (5, 5)), "劳动节": ((5, 1), (5, 5)), "国庆": ((10, 1), (10, 7)),
             "国庆节": ((10, 1), (10, 7)), "清明": ((4, 4), (4, 6)), "清明节": ((4, 4), (4, 6)),
             "圣诞节": ((12, 25), (12, 25)), "圣诞": ((12, 25), (12, 25)), "新年": ((1, 1), (1, 1)),
             "新年第一天": ((1, 1), (1, 1)), "独立日": ((7, 4), (7, 4)),  # 独立日: the United States' (see find_times)
             "六一": ((6, 1), (6, 1)),  # Children's Day
             "十一": ((10, 1), (10, 7)),  # “十一”: National Day, the holiday week as 国庆
             "双11": ((11, 11), (11, 11)), "双十一": ((11, 11), (11, 11))}  # the shopping day, 11 November
# 圣诞 without 节 and 新年 only where they name the holiday (圣诞、新年期间, 新年假期), not 圣诞老人, 新年伊始, 新年贺词
HOLIDAY = re.compile(r"(?P<h>国庆节|国庆|劳动节|五一|元旦|清明节|清明|圣诞节|圣诞(?=[、，,。；和及与]|期间|假期|前后|当天|前夕)"
                      r"|新年第一天|新年(?=期间|假期|长假|前后|当天|前夕)|(?<=[迎过跨])新年|独立日"
                      # 六一 only as the holiday's name, in quotes or before 儿童节 (not 六一村, a count of 61), and not
                      # inside a title (《2026“六一”…报告》: a name, as a year printed without 年 in one)
                      r"|(?<=“)六一(?=”)(?![^《》\n]{0,20}》)|六一(?=国际儿童节|儿童节)"
                      # “十一” only in quotes (去年“十一”前, 去年‘十一’后 inside a quote; not the count 十一, nor “十一五”, a five-year plan)
                      r"|(?<=[“‘])十一(?=[”’])(?![^《》\n]{0,20}》)"
                      # “双11”, “双十一” (the shopping day) in quotes, or before 当天/期间
                      r"|(?<=“)双(?:11|十一)(?=”)|双(?:11|十一)(?=当天|期间))"
                      r"(?:假期|小长假|黄金周|期间)?(?![\u4e00-\u9fff]{0,1}(?:路|街|广场|大道|村|桥))"
                      r"(?!招待会|系列|讲话|献礼|阅兵|晚会|庆典|大典|联欢|劳动奖|青年奖|奖章|奖状)")  # 国庆招待会, 国庆系列讲话: an
# event's name; 全国五一劳动奖状, 五四青年奖章: an award named after the holiday, no time
# holidays that are also given names (李清明, 陈国庆): after a surname they may be a person's name, see given_name_holidays
_GIVEN_NAME_HOLIDAY = re.compile(r"(?<=[\u4e00-\u9fff])(?P<h>清明|国庆)(?!节|假期|小长假|黄金周|期间|前后|当天|前夕|时节)")


def given_name_holidays(text: str) -> set[str]:
    """The holiday words ``text`` uses as a person's given name: jieba reads the character before one as a surname of
    its own (李|清明) or the three as one name (陈国庆). A story names its hero in full once and then by the given name
    alone (清明思忖, 清明宣布), so every bare mention of such a word in the article is that person, not the holiday."""
    from .cues import SURNAMES
    from .people import _posseg

    out: set[str] = set()
    for m in _GIVEN_NAME_HOLIDAY.finditer(text):
        s = m.start("h")
        if m["h"] in out or text[s - 1] not in SURNAMES or (ps := _posseg()) is None:
            continue
        first = next(iter(ps.cut(text[s - 1:s + 4])), None)
        if first is not None and first.flag.startswith("nr") and first.word in (text[s - 1], text[s - 1:s + 2]):
            out.add(m["h"])
    return out


# lunar festivals: the festival day; with 假期/小长假 (in the span) or 期间 the three-day holiday from it
LUNAR_FESTIVALS = {"端午": "五月初五", "中秋": "八月十五"}
LUNAR_FESTIVAL_DAYS = {  # solar dates of the festivals (jionlp is asked for other years)
    "端午": ["2015-06-20", "2016-06-09", "2017-05-30", "2018-06-18", "2019-06-07", "2020-06-25", "2021-06-14",
             "2022-06-03", "2023-06-22", "2024-06-10", "2025-05-31", "2026-06-19", "2027-06-09", "2028-05-28",
             "2029-06-16", "2030-06-05"],
    "中秋": ["2015-09-27", "2016-09-15", "2017-10-04", "2018-09-24", "2019-09-13", "2020-10-01", "2021-09-21",
             "2022-09-10", "2023-09-29", "2024-09-17", "2025-10-06", "2026-09-25", "2027-09-15", "2028-10-03",
             "2029-09-22", "2030-09-12"],
}
LUNAR_HOLIDAY = re.compile(r"(?P<h>端午|中秋)(?P<jie>节)?(?P<suffix>假期|小长假)?(?P<during>期间)?"
                            r"(?![\u4e00-\u9fff]{0,1}(?:路|街|广场|大道|村|桥|粽|月饼|晚会))")


def festival_day(name: str, issue: date) -> date | None:
    """The solar date of a lunar festival nearest the issue date (within half a year)."""
    days = [date.fromisoformat(x) for x in LUNAR_FESTIVAL_DAYS[name]]
    near = [d for d in days if abs((d - issue).days) <= 200]
    if near:
        return min(near, key=lambda d: abs((d - issue).days))
    return lunar_date(LUNAR_FESTIVALS[name], issue)
# the n-th day of a holiday (春节假期第二天, 国庆假期第三天): counted from the holiday's first day
HOLIDAY_DAY = re.compile(r"(?P<h>春节|国庆节|国庆|劳动节|五一|清明节|清明|端午节|端午|中秋节|中秋)(?:假期|小长假|黄金周)"
                          r"第(?P<n>[一二三四五六七]|[1-7])天")


def holidays_of_a_year(text: str, cands: list[dict]) -> list[dict]:
    """A year printed right before a holiday dates it (去年端午节假期, 今年清明假期, 2019年国庆): one reference,
    the holiday of that year."""
    years = {t["end"]: t for t in cands if re.fullmatch(r"(?:absolute-year|relative-year\([^)]*\))", t["rule"])}
    out = []
    for h in cands:
        y = years.get(h.get("start"))
        name = h.get("_holiday")
        end = h.get("end")
        if y is None and name is not None and text[h["start"] - 1:h["start"]] == "“" and text.startswith("”黄金周", h["end"]):
            # 今年“十一”黄金周: the year, the quoted holiday and its week, one reference (gold.json)
            y, end = years.get(h["start"] - 1), h["end"] + 4
        if y is None and name is not None and name not in LUNAR_FESTIVALS and text[h["start"] - 1:h["start"]] == "“" \
                and years.get(h["start"] - 1, {}).get("rule") == "absolute-year" and h["from"]:
            # 2019年“双11”当天: two references (gold.json, as 今年“五一”假期), the quoted holiday one of that year
            year = int(years[h["start"] - 1]["from"][:4])
            h["from"], h["to"] = (iso(date.fromisoformat(x).replace(year=year)) for x in (h["from"], h["to"]))
            continue
        if y is None or name is None:
            continue
        year = int(y["from"][:4])
        first, last = date.fromisoformat(h["from"]), date.fromisoformat(h["to"])
        if name in LUNAR_FESTIVALS:
            days = [d for d in LUNAR_FESTIVAL_DAYS[name] if d.startswith(str(year))]
            if not days:
                continue
            first, last = date.fromisoformat(days[0]), date.fromisoformat(days[0]) + (last - first)
        else:
            first, last = first.replace(year=year), last.replace(year=year)
        out.append({"text": text[y["start"]:end], "start": y["start"], "end": end, "from": iso(first),
                    "to": iso(last), "rule": y["rule"] + "+" + h["rule"], "resolved": True})
    return out


def spring_eve(year: int) -> date | None:
    """New Year's Eve (除夕) of the lunar year that begins in ``year``."""
    new_year = lunar_date("正月初一", date(year, 3, 1))
    return new_year - timedelta(days=1) if new_year and new_year.year == year else None


def holiday_start(name: str, issue: date) -> date | None:
    """The first day of a holiday: its fixed date, the lunar festival, or New Year's Eve for 春节 (the
    Spring Festival holiday starts on 除夕, the day before 正月初一)."""
    if name in HOLIDAYS:
        (m1, d1), _ = HOLIDAYS[name]
        return nearest_occurrence(issue, m1, d1)
    if name.removesuffix("节") in LUNAR_FESTIVALS:
        return festival_day(name.removesuffix("节"), issue)
    if name == "春节":
        new_year = lunar_date("正月初一", issue)
        return new_year - timedelta(days=1) if new_year else None
    return None


def nearest_occurrence(issue: date, month: int, day: int) -> date:
    """A holiday's fixed date printed without a year: its occurrence nearest the issue date (新年 in a July issue is the
    coming 1 January, 国庆 in a May issue this October)."""
    return min((date(issue.year + k, month, day) for k in (-1, 0, 1)), key=lambda d: abs((d - issue).days))


def lunar_date(expr: str, issue: date) -> date | None:
    """A lunar date via jionlp (imported only here: it costs seconds), the occurrence nearest the issue."""
    try:
        import time as _time

        import jionlp
    except ImportError:
        return None
    for year_shift in (0, -1):
        base = _time.mktime((issue.year + year_shift, issue.month, issue.day, 0, 0, 0, 0, 0, -1))
        try:
            res = jionlp.parse_time(expr, time_base=base)
        except Exception:  # jionlp raises bare ValueErrors and worse on odd input
            return None
        d = date.fromisoformat(res["time"][0][:10])
        if (d - issue).days <= 183:
            return d
    return None
