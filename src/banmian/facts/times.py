"""Time references, resolved against the issue date, each with the rule that resolved it.

A rule cascade, not jionlp: jionlp 1.5.29 reads ``十一届`` as 1 October and costs
~20 ms a call, while newspaper time expressions are few and regular. Every
pattern below needs an explicit calendar word (年, 月, 日, 季度, 半年, 五-year plan),
so ordinals such as ``十一届`` or ``二十大`` never match. Contextual references
(``当年``, ``同期``, ``届时``) are kept with ``resolved: False``, never guessed.
"""
from __future__ import annotations

import calendar
from bisect import bisect_right
import re
from datetime import date, timedelta

from .holidays import (HOLIDAY, HOLIDAY_DAY, HOLIDAYS, LUNAR, LUNAR_HOLIDAY, festival_day, given_name_holidays,
                       holiday_start, holidays_of_a_year, iso, lunar_date, nearest_occurrence, spring_eve)
from .time_forms import (DAYS_AS_DURATION, announced_ahead, day_ahead, dotted_days, fiscal_years, reporters_day,
                         same_year_part, spring_festivals, two_years)

__all__ = ["find_times", "parse_issue_date"]

_M = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_D = r"3[01]|[12][0-9]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_SUB = (
    rf"(?:(?P<m1>{_M})(?:月份?)?[-－至到—~～](?P<m2>{_M})月份?"
    r"|前(?P<nq>[1-4一二三四两])(?:个)?季度"
    r"|第?(?P<q>[1-4一二三四])季度(?!末)"
    r"|(?P<half>上半年|下半年)"
    r"|(?<![提之以此])前(?P<nm>1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])个?月份?"  # 前5月份, as 5月份
    r"|第?(?P<qe>[1-4一二三四])季度末"
    rf"|(?P<m>{_M})月(?:(?P<d>{_D})日(?:[-－—–~～至到](?P<d2>{_D})日)?|份|(?P<mpart>底|末|初|中下旬|上中旬|中旬|上旬|下旬))?"
    r"|(?P<ypart>(?<![千百万])年底|(?<![千百万])年末|年初(?!步)|年内|底|末|初(?!步)|内)"  # 千年底蕴: 千年 is the word
    r"|(?P<full>全年(?!龄)))"  # 全年龄段: all ages, no year
)
# 2011年至今, 年初至今, 大年初二至今: from that time to the issue date, spanned whole like 以来 (not 至今年底, 至今天)
_UP_TO_NOW = r"至今(?![年天日])"
# 后年 (the year after next) stands as a word of its own or after a conjunction or a preposition (明年和后年); after
# another word its 后 closes that word (投用后年发电量, 以后年度, 80后年轻人)
_ANCHORED = re.compile(
    r"(?:(?P<y>(?<![\d])\d{4}|[〇零一二三四五六七八九]{4})年|(?P<rel>今年|明年|去年|前年|(?:(?<![\u4e00-\u9fff\d])|(?<=[和与及或到至在于从是]))后年(?![产均销收利营])|本年度|本年|上一年度|上年度|上一年|(?<=[较比与])前一年(?!度)|(?<![攀登迈跨])上年|当年|次年(?!度)|(?<!不)同年))"
    rf"{_SUB}?(?P<same>同期)?(?P<since>以来|{_UP_TO_NOW})?"
)
# 2021—2025年, 2017年至2019年底 (the end of the last year closes the span), and a season printed without 年
# (2021—2022冰雪季, 2017—2018赛季): consecutive years only
_FROM_WORDS = ("从", "自", "由")
_YEAR_RANGE = re.compile(r"(?<!\d)(?P<y1>\d{4})(?P<nian>年)?(?P<sep>[-－至到—~～])(?P<y2>\d{4})(?:年(?:底|末)?|(?P<season>(?=冰雪季|雪季|赛季|学年|年度|财年|采暖季|供暖季|榨季)))")
# (not after a numeral: 两年内, 几年内 are durations, not the issue year's 年内)
# (多 only after a numeral, 十多个月: 基多6月21日电 is a place, then the date)
# (至今 only after the start of the year, 年初至今: a day or a month before 至今 is spanned alone in the development set)
_UNANCHORED = re.compile(rf"(?<![\d.年一二两三四五六七八九十几])(?<![\d一二两三四五六七八九十几百千万]多)(?:{_SUB})"
                         rf"(?P<since>以来|(?<=年初){_UP_TO_NOW})?")
# 日元 after a number is the yen (需要缴纳300日元, 约合16日元), not a day of the month; 日元旦 stays a day
_DAY = re.compile(r"(?<![\d月.])(?P<dd>3[01]|[12][0-9]|[1-9])日(?!元(?!旦))")
_DAY_COUNT = re.compile(DAYS_AS_DURATION)  # 15日内, 30日免签: days counted, no day of the month
# a century (17世纪, 公元16世纪): not the 20世纪 of a decade (20世纪80年代), not a century inside a name (21世纪…协会,
# 21世纪海上丝绸之路: the name of the maritime silk road, no time)
_CENTURY = re.compile(r"(?<![\d“])(?P<n>[1-9]|1\d|2[01])世纪(?!\d|[一二三四五六七八九十]+年代|[\u4e00-\u9fff]{0,8}?(?:协会|学会|基金会|研究院|研究会|公司|集团|中心)|海上丝绸之路)")
# 本世纪: the century of the last year printed before it in its sentence (1992年…提出：在本世纪末 is the 20th), else
# the issue's century
_THIS_CENTURY = re.compile(r"本世纪")


def _century_since(text: str, it: dict, issue: date) -> dict:
    """进入21世纪以来, 本世纪以来: a century with 以来 runs from its start to the issue date, spanned with 以来 (as
    今年以来); a century not yet begun, or one with no 以来, is left whole."""
    if text.startswith("以来", it["end"]) and it["from"] is not None and it["from"] <= iso(issue):
        it.update(text=it["text"] + "以来", end=it["end"] + 2, to=iso(issue), rule=it["rule"] + "+since")
    return it
_SENT_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?=年)")
# a season named by one year (2026赛季): that year, spanned without 赛季 (as 2019—2020赛季)
_SEASON_YEAR = re.compile(r"(?<![\d—\-－至到~～])(?P<y>(?:19|20)\d\d)(?=赛季)")
# 当年改造当年完工: within one year, no reference to a year
_WITHIN_ONE_YEAR = re.compile(r"当年[\u4e00-\u9fff]{1,4}当年")
# (also two decades in a row, 上世纪五六十年代: one reference from the first to the end of the second)
_DECADE = re.compile(r"(?P<c>上世纪|上个世纪|20世纪|二十世纪)?(?P<d0>[一二三四五六七八](?=[二三四五六七八九]十年代))?"
                     r"(?P<d>[1-9]0|[一二三四五六七八九]十)年代")
# （今日谈）: a column's name; 大前天 (three days before) is not 前天; 探明天然气: 天然气 is the word, 明 ends 探明;
# 目前天津, 当前天气, 提前天数: 前 ends the word before (目前, 当前, 此前, 之前, 提前, 日前, 空前, 眼前), 天 starts the next
# 光明日报, 文明日, 聪明天才: 明 ends the word before (光明, 文明, 证明, 发明, 鲜明…), 日/天 starts the next; 美好的明天, 乡村的
# 明天: a 明天 owned by 的 is the figurative future, no day
_REL_DAY = re.compile(r"(?<!大)(?P<w>今天|今日|昨天|昨日|(?<![目当此之提日空眼])前天|"
                      r"(?<![光文证发聪清透鲜分高英阐简查黎昭声申载])(?<!的)明天|(?<![光文证发聪清透鲜分高英阐简查黎昭声申载])明日)"
                      r"(?!谈[）)]|然[气林])")
_WEEK = re.compile(r"(?P<w>本周|上周|下周)(?P<wd>[一二三四五六日天](?![\u4e00-\u9fff]{0,1}[些切直定般])?)?")
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_CROSS_RANGE = re.compile(r"(?P<m1>1[0-2]|0?[1-9])月(?P<d1>3[01]|[12][0-9]|0?[1-9])日[-－—–~～至到](?P<m2>1[0-2]|0?[1-9])月(?P<d2>3[01]|[12][0-9]|0?[1-9])日")
_QUARTER_END_REL = re.compile(r"(?P<w>上季末|上季度末|本季末|上一季度末)")
_DAY_RANGE = re.compile(r"(?:(?P<m>1[0-2]|0?[1-9])月|(?<![\d月.]))(?P<d1>3[01]|[12][0-9]|0?[1-9])日?[-－—–~～至到](?P<d2>3[01]|[12][0-9]|0?[1-9])日")
# five-year plans: 十一五 to 十九五, and the first nine printed in quotes (“一五”, 1953–1957; “九五”, 1996–2000)
_FYP = re.compile(r"十(?P<n>[一二三四五六七八九])五|(?<=“)(?P<first>[一二三四五六七八九])五(?=”)")
_FIRST_PLANS = {1: 1953, 2: 1958}  # the third started in 1966, after three years of adjustment; every plan since is 5 years
_MONTH_REL = re.compile(r"(?P<mrel>本月|上个?月|下个?月|月底|月初|当月)(?:(?P<md>3[01]|[12][0-9]|[1-9])日|(?P<mend>末|底)|(?P<mstart>初)"
                        r"|(?P<mthird>中下旬|上中旬|上旬|中旬|下旬))?")
# 换届时, 本届时间: 届 ends a word (换届, 本届, 历届, 应届, 往届, 上届, 每届, 首届, 下届), no contextual 届时
_UNRES = re.compile(r"(?<![换本历应往上每首下])(?P<u>届时)")
# 未来5年, 今后3年, 未来2—3年 (a span of durations: its longest end)
_NEXT_YEARS = re.compile(r"(?P<w>未来|今后)(?:[一二两三四五六七八九十]|\d{1,2})?[—\-－至到~～]?(?P<n>[一二两三四五六七八九十]|\d{1,2})年")

_CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def parse_issue_date(value: str) -> date:
    """Parse ``YYYY-MM-DD``; raise ValueError with a clear message otherwise."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"expected YYYY-MM-DD, got {value!r}")
    return date.fromisoformat(value.strip())


def _num(text: str) -> int:
    if text.isdigit():
        return int(text)
    if "十" in text:
        a, _, b = text.partition("十")
        return (_CN[a] if a else 1) * 10 + (_CN[b] if b else 0)
    return _CN[text]


# a year before 1900 is a date only where an event is dated by it (自1899年开始统计以来, 完成于1688年); 1000年历史,
# 公元前1200年, 约1500年 are durations or eras the Guidelines leave out
_HISTORICAL_FIRST = 1500
_DURATION_AFTER = ("历史", "的历史", "之久", "前", "来", "多", "余", "左右", "以上")
_ERA_BEFORE = ("公元前", "约", "近", "超过", "有", "逾", "长达", "距今")


def _historical_year(m: re.Match) -> bool:
    """Is the four-digit year ``m`` (before 1900) a date of an event rather than a duration or an era?"""
    text, s, e = m.string, m.start(), m.start() + len(m["y"]) + 1
    return m["y"].isdigit() and _year(m["y"]) >= _HISTORICAL_FIRST and not text.startswith(_DURATION_AFTER, e) \
        and not text[max(0, s - 3):s].endswith(_ERA_BEFORE)


def _year(text: str) -> int:
    return int(text) if text.isdigit() else int("".join(str(_CN[c]) for c in text))


def _month_part(y: int, mo: int, part: str | None) -> tuple[date, date, str]:
    """The days of a part of a month (底/末/下旬: 21st to the end; 初/上旬: 1-10; 中旬: 11-20), or the whole month."""
    if part in ("底", "末", "下旬"):
        return date(y, mo, 21), _month_end(y, mo), "month-end"
    if part in ("初", "上旬"):
        return date(y, mo, 1), date(y, mo, 10), "month-start"
    if part == "中旬":
        return date(y, mo, 11), date(y, mo, 20), "month-middle"
    if part in ("中下旬", "上中旬"):  # two thirds of the month: 4月中下旬 is 11 to the month's end
        return date(y, mo, 1 if part == "上中旬" else 11), _month_end(y, mo) if part == "中下旬" else date(y, mo, 20), "month-part"
    return date(y, mo, 1), _month_end(y, mo), "month"


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _nearest_year(issue: date, month: int) -> int:
    """A month printed without a year: the issue year, unless it lies more than 8 months ahead
    (``12月`` in a January issue is last December; ``8月`` in January is this August)."""
    return issue.year - 1 if month - issue.month > 8 else issue.year


def _sub_range(g: dict, year: int | None, issue: date) -> tuple[date, date, str] | None:
    """Resolve the sub-period of a year (or of the issue year when ``year`` is None)."""
    def y_for(month: int) -> int:
        return year if year is not None else _nearest_year(issue, month)

    if g.get("m1"):
        a, b = _num(g["m1"]), _num(g["m2"])
        if not (1 <= a <= b <= 12):
            return None
        y = y_for(b)
        return date(y, a, 1), _month_end(y, b), "month-range"
    if g.get("nq"):
        n = _num(g["nq"])
        y = year if year is not None else (issue.year if 3 * n <= issue.month + 1 else issue.year - 1)
        return date(y, 1, 1), _month_end(y, 3 * n), "first-n-quarters"
    if g.get("qe"):
        n = _num(g["qe"])
        y = y_for(3 * n)
        return date(y, 3 * n, 1), _month_end(y, 3 * n), "quarter-end-month"
    if g.get("q"):
        n = _num(g["q"])
        y = y_for(3 * n - 2)
        return date(y, 3 * n - 2, 1), _month_end(y, 3 * n), "quarter"
    if g.get("half"):
        y = year if year is not None else issue.year
        if g["half"] == "上半年":
            return date(y, 1, 1), date(y, 6, 30), "half-year"
        return date(y, 7, 1), date(y, 12, 31), "half-year"
    if g.get("nm"):
        n = _num(g["nm"])
        if not 1 <= n <= 12:
            return None
        y = y_for(n)
        return date(y, 1, 1), _month_end(y, n), "first-n-months"
    if g.get("m"):
        mo = _num(g["m"])
        if not 1 <= mo <= 12:
            return None
        y = y_for(mo)
        if g.get("d"):
            d = _num(g["d"])
            try:
                day = date(y, mo, d)
                last = date(y, mo, _num(g["d2"])) if g.get("d2") else day
            except ValueError:
                return None
            return day, last, "day" if last == day else "day-range"
        return _month_part(y, mo, g.get("mpart"))
    if g.get("ypart"):
        y = year if year is not None else issue.year
        p = g["ypart"].lstrip("年")
        if p in ("底", "末"):
            return date(y, 12, 1), date(y, 12, 31), "year-end"
        if p == "初":
            return date(y, 1, 1), date(y, 2, _month_end(y, 2).day), "year-start"
        return date(y, 1, 1), date(y, 12, 31), "within-year"
    if g.get("full"):
        y = year if year is not None else issue.year
        return date(y, 1, 1), date(y, 12, 31), "full-year"
    return None


_COMPARED_WITH_LAST_MONTH = re.compile(r"[比较由与]上月")
_REL_YEARS = {"今年": 0, "本年": 0, "本年度": 0, "明年": 1, "去年": -1, "上年": -1, "前年": -2, "后年": 2}
# 上年度, 上一年度, 上一年: the year before the report's, read like 上年 (one reference, 上年度 spanned whole)
_PREVIOUS_YEAR = {"上年度": "上年", "上一年度": "上年", "上一年": "上年", "前一年": "上年"}  # 较前一年 (h14)


def _item(m: re.Match, start: date | None, end: date | None, rule: str) -> dict:
    return {"text": m.group(0), "start": m.start(), "end": m.end(),
            "from": iso(start) if start else None, "to": iso(end) if end else None,
            "rule": rule, "resolved": start is not None}


# 同年8月 and 同年 alone: the year printed last before it in its paragraph (1999年6月，…。同年…; 2025年，…。截至同年9月);
# 当年 ("back then", also 当年7月) stays unresolved: read in the year before it, it turns a past 将 into a report
_SAME_YEAR = "同年"


def _anchored(m: re.Match, issue: date) -> dict | None:
    g = m.groupdict()
    if g["rel"] == _SAME_YEAR and not (g["same"] or g["since"]) and (sub := _sub_range(g, None, issue)) is not None:
        return same_year_part(_item(m, None, None, "same-year+" + sub[2]), g)  # 同年8月: 8月, read in the year before it
    if g["rel"]:
        rel = _PREVIOUS_YEAR.get(g["rel"], g["rel"])
        if rel not in _REL_YEARS:
            return _item(m, None, None, "contextual-year")
        year, rule = issue.year + _REL_YEARS[rel], f"relative-year({rel})"
    else:
        year, rule = _year(g["y"]), "absolute-year"
        if not (1900 <= year <= 2100 or _historical_year(m)):
            return None
    sub = _sub_range(g, year, issue)
    if sub is None:
        if any(g.get(k) for k in ("m1", "nq", "q", "half", "nm", "m", "ypart", "full")):
            return None
        start, end = date(year, 1, 1), date(year, 12, 31)
    else:
        start, end, subrule = sub
        rule += "+" + subrule
    if g.get("since"):
        end, rule = issue, rule + "+since"
    if g.get("same"):
        rule += "+same-period"
    it = _item(m, start, end, rule)
    if g.get("ypart") == "内" and it["text"].endswith("内"):  # 今年内: the year, 内 outside the span (as 15分钟内)
        it["end"], it["text"] = it["end"] - 1, it["text"][:-1]
    if g.get("same") and g["y"] and not g.get("since"):
        it["end"], it["text"] = m.start("same"), m.group(0)[:m.start("same") - m.start()]  # 较2018年同期: the year
    return it


def find_times(text: str, issue: date | str) -> list[dict]:
    """Every time reference of ``text``, resolved against ``issue`` (a date or YYYY-MM-DD).

    Items carry ``start``/``end`` offsets, ``from``/``to`` ISO dates (None when
    unresolved), ``rule`` and ``resolved``.
    """
    if isinstance(issue, str):
        issue = parse_issue_date(issue)
    cands: list[dict] = []
    for m in _YEAR_RANGE.finditer(text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if m["nian"] and m["sep"] == "到" and text[max(0, m.start() - 1):m.start()] in _FROM_WORDS:
            continue  # 从2012年到2018年: two years, the start and the end of a change (到 after 从 joins no period; with
            # no 从, 2013年到2018年，… names one period, as 至 does)
        if 1900 <= y1 <= y2 <= 2100 and (m["season"] is None or y2 == y1 + 1):
            cands.append(_item(m, date(y1, 1, 1), date(y2, 12, 31), "year-range" if m["season"] is None else "season"))
    for m in _ANCHORED.finditer(text):
        it = _anchored(m, issue)
        if it and re.fullmatch(r"\d{4}年", it["text"]) and text[it["end"]:it["end"] + 1] == "度":
            it["end"] += 1  # 2018年度: the year's report or ranking
            it["text"] += "度"
        if it:
            cands.append(it)
    for m in _UNANCHORED.finditer(text):
        g = m.groupdict()
        if g.get("ypart") and not g["ypart"].startswith("年"):
            continue  # a bare 底/末/初/内 is no time reference
        if g.get("m") and not g["m"].isdigit() and not (g.get("d") or text[m.end():m.end() + 1] in ("份",) or g.get("mpart")):
            continue  # a bare Chinese-numeral month (北京十月文艺出版社) is too often a name
        sub = _sub_range(g, None, issue)
        if sub:
            it = _item(m, sub[0], issue if g.get("since") else sub[1], "issue-year+" + sub[2] + ("+since" if g.get("since") else ""))
            if not g.get("since"):
                it["_g"] = g
            cands.append(it)
    for m in _DECADE.finditer(text):
        d = m["d"]
        n = int(d) if d.isdigit() else _num(d)
        base = 1900 if (m["c"] or n >= 50) else 2000
        n0 = n if not m["d0"] or _num(m["d0"]) * 10 != n - 10 else n - 10  # 五六十年代: the fifties and the sixties
        cands.append(_item(m, date(base + n0, 1, 1), date(base + n + 9, 12, 31), "decade"))
    for m in _REL_DAY.finditer(text):
        it = _item(m, issue, issue, f"relative-day({m['w']})")
        it["_rel_day"] = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1}[m["w"]]
        cands.append(it)
    for m in _WEEK.finditer(text):
        monday = issue - timedelta(days=issue.weekday()) + timedelta(days=7 * {"本周": 0, "上周": -1, "下周": 1}[m["w"]])
        if m["wd"]:  # 本周一, 上周五: one day of that week
            day = monday + timedelta(days=_WEEKDAYS[m["wd"]])
            cands.append(_item(m, day, day, f"relative-week({m['w']})+weekday"))
            continue
        cands.append(_item(m, monday, monday + timedelta(days=6), f"relative-week({m['w']})"))
    for m in _DAY.finditer(text):
        if _DAY_COUNT.match(text, m.start()):
            continue
        d = int(m["dd"])
        y, mo = issue.year, issue.month
        if d > issue.day:  # a day after the issue date: last month's
            mo -= 1
            if mo == 0:
                y, mo = y - 1, 12
        try:
            day = date(y, mo, d)
        except ValueError:
            continue
        it = _item(m, day, day, "day-of-issue-month")
        it["_day"] = d
        cands.append(it)
    for m in _FYP.finditer(text):
        n = 10 + _CN[m["n"]] if m["n"] else _CN[m["first"]]
        y0 = _FIRST_PLANS.get(n, 1966 + 5 * (n - 3))
        cands.append(_item(m, date(y0, 1, 1), date(y0 + 4, 12, 31), "five-year-plan"))
    for m in _MONTH_REL.finditer(text):
        w = m["mrel"].replace("个", "")  # 上个月 = 上月
        if w == "当月":
            if re.search(r"\d月份?$", text[max(0, m.start() - 3):m.start()]):
                continue  # 4月当月: the month printed just before, one reference (gold.json: 4月)
            cands.append(_item(m, None, None, "contextual-month"))
            continue
        y, mo = issue.year, issue.month + {"上月": -1, "下月": 1}.get(w, 0)
        if mo == 0:
            y, mo = y - 1, 12
        elif mo == 13:
            y, mo = y + 1, 1
        if m["md"]:  # 本月24日
            try:
                day = date(y, mo, int(m["md"]))
                cands.append(_item(m, day, day, f"relative-month({w})+day"))
            except ValueError:
                pass
            continue
        # 月底, 上月末, 本月底 (the last third of that month), 月初, 本月初 (the first), 本月中旬, 下个月上旬 (a third)
        part = {"月底": "底", "月初": "初"}.get(w) or m["mend"] or m["mstart"] or m["mthird"]
        frm, to, rule = _month_part(y, mo, part)
        if w in ("月底", "月初"):
            rule = f"issue-{rule}"
        elif part:
            rule = f"relative-month({w})+{rule.removeprefix('month-')}"
        else:
            rule = f"relative-month({w})"
        cands.append(_item(m, frm, to, rule))
    for m in _UNRES.finditer(text):
        cands.append(_item(m, None, None, "contextual"))
    for m in _NEXT_YEARS.finditer(text):
        n = _num(m["n"])
        try:
            later = issue.replace(year=issue.year + n)
        except ValueError:  # 29 February
            later = issue.replace(year=issue.year + n, day=28)
        cands.append(_item(m, issue, later, "next-n-years-from-issue"))
    for m in _DAY_RANGE.finditer(text):
        mo = int(m["m"]) if m["m"] else issue.month
        y = _nearest_year(issue, mo)
        try:
            it = _item(m, date(y, mo, int(m["d1"])), date(y, mo, int(m["d2"])), "issue-year+day-range")
        except ValueError:
            continue
        if not m["m"]:
            it["_dayrange"] = (int(m["d1"]), int(m["d2"]))
        cands.append(it)
    for m in _CROSS_RANGE.finditer(text):
        m1, m2 = int(m["m1"]), int(m["m2"])
        y2 = _nearest_year(issue, m2)
        y1 = y2 - 1 if m1 > m2 else y2
        try:
            cands.append(_item(m, date(y1, m1, int(m["d1"])), date(y2, m2, int(m["d2"])), "issue-year+date-range"))
        except ValueError:
            pass
    for m in _QUARTER_END_REL.finditer(text):
        it = _item(m, None, None, "previous-quarter-end")
        it["_qrel"] = m["w"]
        cands.append(it)
    named = given_name_holidays(text)
    for m in HOLIDAY.finditer(text):
        if m["h"] == "独立日" and "美国" not in text:
            continue  # many countries have an independence day; the United States' is 4 July
        if m["h"] in named and m.end() == m.end("h"):
            continue  # 李清明…清明宣布: a person's given name, not the holiday
        (m1, d1), (m2, d2) = HOLIDAYS[m["h"]]
        first = nearest_occurrence(issue, m1, d1)
        it = _item(m, first, date(first.year, m2, d2), f"holiday({m['h']}), approximate")
        end = m.end() if re.search(r"(?:假期|小长假|黄金周)$", m.group(0)) else m.end("h")  # 清明假期; “五一”假期 stays 五一
        it["start"], it["end"], it["text"] = m.start("h"), end, text[m.start("h"):end]
        it["_holiday"] = m["h"]
        cands.append(it)
    for m in LUNAR_HOLIDAY.finditer(text):
        day = festival_day(m["h"], issue)
        if day is None:
            continue
        if m["suffix"] or m["during"]:
            it = _item(m, day, day + timedelta(days=2), f"holiday({m['h']}), approximate")
            end = m.end("suffix") if m["suffix"] else m.end("jie") if m["jie"] else m.end("h")
        else:
            it = _item(m, day, day, f"festival({m['h']})")
            end = m.end("jie") if m["jie"] else m.end("h")
        it["start"], it["end"], it["text"] = m.start("h"), end, text[m.start("h"):end]
        it["_holiday"] = m["h"]
        cands.append(it)
    for m in HOLIDAY_DAY.finditer(text):
        first = holiday_start(m["h"], issue)
        if first is not None:
            day = first + timedelta(days=_num(m["n"]) - 1)
            cands.append(_item(m, day, day, f"holiday-day({m['h']}), approximate"))
    for m in LUNAR.finditer(text):
        res = holiday_start("春节", issue) if m.group(0) in ("除夕", "大年三十") else \
            lunar_date(m.group(0).replace("大年", "正月").rstrip("日"), issue)  # 大年初三 is 正月初三
        if res:
            it = _item(m, res, res, "lunar-date(jionlp)")
            since = re.match(rf"以来|{_UP_TO_NOW}", text[m.end():m.end() + 3])
            if since and res <= issue:
                # 除夕以来, 正月初四以来, 大年初二至今: from that day to the issue date, as 1月24日以来
                it.update(text=it["text"] + since.group(0), end=since.end() + m.end(), to=iso(issue),
                          rule=it["rule"] + "+since")
            cands.append(it)
    for m in _CENTURY.finditer(text):
        n = int(m["n"])
        cands.append(_century_since(text, _item(m, date(100 * (n - 1) + 1, 1, 1), date(100 * n, 12, 31), "century"), issue))
    for m in _THIS_CENTURY.finditer(text):
        sent = max(text.rfind(c, 0, m.start()) for c in "。！？\n") + 1
        years = _SENT_YEAR.findall(text, sent, m.start())
        y = int(years[-1]) if years else issue.year
        n = (y - 1) // 100 + 1
        cands.append(_century_since(text, _item(m, date(100 * (n - 1) + 1, 1, 1), date(100 * n, 12, 31), "this-century"),
                                    issue))
    for m in _SEASON_YEAR.finditer(text):
        y = int(m["y"])
        cands.append(_item(m, date(y, 1, 1), date(y, 12, 31), "season-year"))
    within = [m.span() for m in _WITHIN_ONE_YEAR.finditer(text)]
    cands = [t for t in cands if not any(a <= t["start"] < b for a, b in within)]
    cands += holidays_of_a_year(text, cands)
    fiscal = fiscal_years(text, _item)
    spans = {(t["start"], t["end"]) for t in fiscal}
    cands = [t for t in cands if (t["start"], t["end"]) not in spans]  # 2018年度 of Japan: its fiscal year only
    cands += fiscal + spring_festivals(text, issue, _item) + dotted_days(text, issue, _item) + two_years(text, issue, _item)
    cands.sort(key=lambda t: (t["start"], -(t["end"] - t["start"])))
    out: list[dict] = []
    last_end = -1
    for t in cands:
        if t["start"] >= last_end:
            out.append(t)
            last_end = t["end"]
    return _joined_ranges(text, _in_context(text, out, issue))


# two calendar references joined by 至 or a dash are one period (2019年11月至2020年10月, 2019年10月底至11月,
# 2012年11月15日至2020年4月23日); 到 is left alone: 从2012年到2018年 names two years, the start and the end of a change
_RANGE_MARK = re.compile(r"[至—－\-~～]")


def _joined_ranges(text: str, items: list[dict]) -> list[dict]:
    out: list[dict] = []
    for t in items:
        prev = out[-1] if out else None
        if prev is not None and prev["resolved"] and t["resolved"] and t["start"] - prev["end"] == 1 \
                and _RANGE_MARK.fullmatch(text, prev["end"], t["start"]) and prev["from"] < t["from"] <= t["to"]:
            out[-1] = dict(prev, end=t["end"], text=text[prev["start"]:t["end"]], to=t["to"], rule=prev["rule"] + "+range")
            continue
        out.append(t)
    return out


def _move_to_year(t: dict, year: int) -> None:
    """Move a resolved reference within one year (a year, its end, a half) to the same part of ``year``."""
    if not t["resolved"] or t["from"][:4] != t["to"][:4] or t["from"][5:] == "02-29":
        return
    first = date.fromisoformat(t["from"]).replace(year=year)
    m, d = int(t["to"][5:7]), int(t["to"][8:])
    month_end = date.fromisoformat(t["to"]) == _month_end(int(t["to"][:4]), m)
    last = _month_end(year, m) if month_end else date(year, m, d)
    t["from"], t["to"] = iso(first), iso(last)


_SENT_END = re.compile(r"[。！？；\n]")
_FULL_STOP = re.compile(r"[。！？\n]")


def _start_of(starts: list[int], pos: int) -> int:
    """The start of the sentence (``starts``: the ends of its stops) holding ``pos``."""
    k = bisect_right(starts, pos)
    return starts[k - 1] if k else 0


def _in_context(text: str, items: list[dict], issue: date) -> list[dict]:
    """Re-resolve references that lean on the text before them.

    A bare day (``19日``) takes the year and month of the last full date before it
    (the dateline ``5月6日电`` or ``2010年7月1日``); ``今天``/``昨天`` count from that
    date; a bare month (``6月底``) takes the year of an explicit year earlier in the
    same sentence (``确保今年3月底…、6月底…``).
    """
    last_day: date | None = None
    first_day: date | None = None  # the first full date of the text (the dateline, 本报北京2月5日电)
    wire = _closing_dateline(text, issue)  # （新华社北京2月15日电） closing the text: the day it was filed
    sent_year: tuple[int, int] | None = None  # (sentence start, year)
    starts = [m.end() for m in _SENT_END.finditer(text)]
    full_starts = [m.end() for m in _FULL_STOP.finditer(text)]
    month_year: tuple[int, int] | None = None  # (start of the sentence across ；, year of its last dated month)
    paras = [m.end() for m in re.finditer("\n", text)]
    last_month = None
    last_quarter_end = None
    text_year: int | None = None  # the last explicit year of the text: what 全年 refers to
    para_year: tuple[int, int] | None = None  # (paragraph, year) of the last year printed: what 同年 refers to
    story_year: int | None = None  # the last year printed, when before the issue's: the year a past story tells of
    report_year: int | None = None  # the last explicit year not after the issue: what 上年 (上年度) refers to

    def sent_year_here(start: int) -> bool:
        return bool(sent_year and sent_year[0] == start)

    def para(pos: int) -> int:
        return bisect_right(paras, pos)

    for t in items:
        g = t.pop("_g", None)
        day = t.pop("_day", None)
        dr = t.pop("_dayrange", None)
        qrel = t.pop("_qrel", None)
        if qrel is not None:  # 上季末: the quarter before the last quarter mentioned, else before the issue's
            y, mo = last_quarter_end or (issue.year, ((issue.month - 1) // 3) * 3 + 3)
            if qrel != "本季末":
                y, mo = (y - 1, 12) if mo == 3 else (y, mo - 3)
            t["from"], t["to"], t["resolved"] = iso(date(y, mo, 1)), iso(_month_end(y, mo)), True
        if t["rule"].endswith(("quarter-end-month", "+quarter")) and t["resolved"]:
            last_quarter_end = (int(t["to"][:4]), int(t["to"][5:7]))
        if dr is not None:
            base = last_day or issue
            try:
                t["from"], t["to"] = iso(base.replace(day=dr[0])), iso(base.replace(day=dr[1]))
                t["rule"] = "day-range-of-last-date-month" if last_day else "day-range-of-issue-month"
            except ValueError:
                pass
        rel = t.pop("_rel_day", None)
        t.pop("_holiday", None)
        k = bisect_right(starts, t["start"])
        s_start = starts[k - 1] if k else 0
        if g is not None and g.get("full") and text_year is not None and not sent_year_here(s_start):
            t["from"], t["to"], t["rule"] = f"{text_year}-01-01", f"{text_year}-12-31", "text-year+full-year"
        elif g is not None and (sent_year and sent_year[0] == s_start
                                or g.get("m") and month_year and month_year[0] == _start_of(full_starts, t["start"])):
            sub = _sub_range(g, sent_year[1] if sent_year and sent_year[0] == s_start else month_year[1], issue)
            if sub and sub[1] < issue and announced_ahead(text, t["start"]):
                sub = _sub_range(g, None, issue)  # 2019年…资格赛，晋级将于1月29日举行的正赛: a coming day
            if sub:
                t["from"], t["to"], t["rule"], t["resolved"] = iso(sub[0]), iso(sub[1]), "sentence-year+" + sub[2], True
        elif g is not None and t["rule"].startswith("same-year+") and para_year and para_year[0] == para(t["start"]):
            sub = _sub_range(g, para_year[1], issue)
            if sub:
                t["from"], t["to"], t["rule"], t["resolved"] = iso(sub[0]), iso(sub[1]), "paragraph-year+" + sub[2], True
        elif g is not None and story_year is not None and t["rule"].startswith("issue-year+") and t["resolved"] \
                and _far_ahead(g, date.fromisoformat(t["from"]), issue) and not _told_as_coming(text, t["start"], t["end"]):
            # 1998年夏季，…。9月4日，江泽民在九江…; 回顾2019年，…。4月在重庆… (issued 4 January 2020): a day still to come in
            # the issue year, or a month a quarter or more ahead, told with no cue of the future, is one of the story's year
            sub = _sub_range(g, story_year, issue)
            if sub:
                t["from"], t["to"], t["rule"] = iso(sub[0]), iso(sub[1]), "story-year+" + sub[2]
        elif t["rule"] == "contextual-year" and t["text"] == _SAME_YEAR and para_year and para_year[0] == para(t["start"]):
            t["from"], t["to"], t["rule"], t["resolved"] = f"{para_year[1]}-01-01", f"{para_year[1]}-12-31", "paragraph-year", True
        elif day is not None and last_day is not None and not reporters_day(text, t["start"]):
            try:
                d = last_day.replace(day=day)
                t["from"] = t["to"] = iso(d)
                t["rule"] = "day-of-last-date-month"
            except ValueError:
                pass
            else:
                d2 = _day_in_the_dateline_month(d, day, last_day, first_day, issue)
                if d2 is not None and not (d > issue and day_ahead(text, t["start"], t["end"])):
                    t["from"] = t["to"] = iso(d2)
                    t["rule"] = "day-of-dateline-month"
        elif t["rule"] == "lunar-date(jionlp)" and sent_year_here(s_start) and sent_year[1] < issue.year \
                and t["from"] > iso(issue) and not _told_as_coming(text, t["start"], t["end"]):
            # 丙镇2019年的庙会，从大年初三办到了大年初五 (issued January 2020): a day of the first lunar month still to
            # come, told of a past year printed in its sentence, is that year's
            d = date.fromisoformat(t["from"])
            new_year = lunar_date("正月初一", d)
            eve = spring_eve(sent_year[1])
            if new_year is not None and eve is not None and 0 <= (d - new_year).days < 30:
                t["from"] = t["to"] = iso(eve + timedelta(days=1 + (d - new_year).days))
                t["rule"] += "+sentence-year"
        elif rel is not None:
            # (今天的好日子, 发展到今天: a figurative now, the issue date; the Guidelines' 今日之广西)
            # (also 100多年后的今天, 21世纪的今天, 今日中国, and a paragraph opening with 今天，: the present of a commentary)
            figurative = rel == 0 and (text.startswith(("的", "中国"), t["end"]) or text[max(0, t["start"] - 1):t["start"]] in ("到", "有", "的")
                                       or text[max(0, t["start"] - 1):t["start"]] == "\n" and text.startswith("，", t["end"]))
            # a wire dateline closing the text is the day its reporter tells of as 今天 (a paragraph opening 今天，我们…),
            # not the present of a commentary or a quote (今天的民营企业, 发展到今天: the issue date)
            opening = text[max(0, t["start"] - 1):t["start"]] == "\n" and text.startswith("，", t["end"])
            base = (wire if opening and wire else issue) if figurative else last_day or wire or issue
            d = base + timedelta(days=rel)
            t["from"] = t["to"] = iso(d)
            t["rule"] += "+present" if figurative else "+dateline" if last_day or wire else "+issue-date"
        if t["rule"] in ("contextual-month", "relative-month(上月)", "relative-month(上月)+end") and last_month \
                and (last_month[1] == para(t["start"]) or t["start"] and _COMPARED_WITH_LAST_MONTH.match(text, t["start"] - 1)):
            # 比上月, 较上月, 由上月: the month before the report's, printed in an earlier paragraph
            y, mo = last_month[0]
            if t["rule"].startswith("relative-month(上月)"):
                y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
            first = 21 if t["rule"].endswith("+end") else 1  # 上月末: the last third of the month before
            t["from"], t["to"], t["resolved"] = iso(date(y, mo, first)), iso(_month_end(y, mo)), True
            t["rule"] += "+context-month"
        if t["resolved"] and t["from"][8:] == "01" and t["to"] == iso(_month_end(int(t["from"][:4]), int(t["from"][5:7]))) \
                and t["from"][:7] == t["to"][:7] and not t["rule"].startswith(("relative-month", "contextual-month")):
            # (not 上月, the base of a comparison, nor 本月: a relative month; the report's month stays for a later 上月)
            last_month = ((int(t["from"][:4]), int(t["from"][5:7])), para(t["start"]))
        if t["rule"].startswith("relative-year(上年)") and report_year is not None:
            # 上年, 上年末, 上年同期: the year before the report's (2019年末…比上年末减少: December 2018)
            _move_to_year(t, report_year - 1)
            t["rule"] = t["rule"].replace("relative-year(上年)", "text-year-1(上年)")
        if t["rule"].startswith(("absolute-year", "relative-year")) and t["resolved"] and not t["text"].endswith("年度"):
            # (2025年度项目资金结算工作已在5月20日前完成: an accounting year names the work, not the year of later dates)
            sent_year = (s_start, int(t["from"][:4]))
            if not (t["text"][:1].isdigit() and text[max(0, t["start"] - 1):t["start"]] in ("较", "比")):
                # 2023年…榜单显示，…较2016年的95人次增长7倍多。同年，…: the base of a comparison is not the year 同年 repeats
                para_year = (para(t["start"]), sent_year[1])
            story_year = sent_year[1] if sent_year[1] < issue.year else None
            if t["rule"].endswith("+month"):  # 去年5月…；9月…: months listed across ； share the year
                month_year = (_start_of(full_starts, t["start"]), sent_year[1])
            if t["rule"].startswith("absolute-year") or t["rule"].startswith(("relative-year(今年)", "relative-year(去年)")):
                text_year = int(t["from"][:4])
                if text_year <= issue.year:  # a report's year is never ahead of the issue (到2028年 is a plan's)
                    report_year = text_year
        if t["rule"] == "issue-year+day" and t["from"] and t["from"][:4] == str(issue.year):
            report_year = issue.year  # …去年冬种时…。4月11日…，目前…比上年增加: a day of the issue year reports this year
        if t["resolved"] and t["from"] == t["to"] and not t["rule"].startswith("holiday("):
            # (a fixed holiday prints no month: 2月3日和4日…迎新年活动。5日一早… is 5 February, not 5 January)
            last_day = date.fromisoformat(t["from"])
            first_day = first_day or last_day
    return items


# a cue of what is to come in the sentence of a time (将于, 计划, 预计, 等到…时): the time is ahead, not a past story's
# (not 要, which also asks or quotes: 强调要…, 重要)
_COMING = re.compile(r"将|计划|预计|拟|力争|确保|争取|有望|届时|目标|未来|下一步|等到|就能|可望")


def _far_ahead(g: dict, first: date, issue: date) -> bool:
    """Does a month or a day read in the issue year lie ahead of the issue date, a day at all, a month by three or more
    (a near month told with no cue is more often the coming one: 8月 in a July issue)? A bare year end (年末, 年底) read in
    the issue year lies ahead by three months or more until September (2019年…。年末库存…, issued February 2020:
    the end of 2019)."""
    if g.get("ypart") in ("年末", "年底") and first > issue:
        return issue.month <= 9
    if not g.get("m") or first <= issue:
        return False
    return bool(g.get("d")) or first.month - issue.month >= 3


def _told_as_coming(text: str, start: int, end: int) -> bool:
    """Is the time at ``start``–``end`` told as still to come (a cue in its sentence, or 将于/预计 right before it)?"""
    s = max((m.end() for m in _FULL_STOP.finditer(text, 0, start)), default=0)
    e = _FULL_STOP.search(text, end)
    return bool(_COMING.search(text, s, e.start() if e else len(text))) or day_ahead(text, start, end)


# a wire dateline closing the text (…。\n（新华社北京2月15日电  记者…）): the day the story was filed, the "today" of a story
# that prints no date of its own before its 今天
_CLOSING_DATELINE = re.compile(r"[（(](?:新华社|本报|中新社)[^（()）\d]{0,8}?(?P<m>1[0-2]|[1-9])月(?P<d>3[01]|[12]\d|[1-9])日电[^（()）]{0,60}[）)]\s*$")


def _closing_dateline(text: str, issue: date) -> date | None:
    """The day of a wire dateline that closes ``text`` (not after the issue date: else the year before), or None."""
    m = _CLOSING_DATELINE.search(text, max(0, len(text) - 90))
    if m is None:
        return None
    try:
        d = date(issue.year, int(m["m"]), int(m["d"]))
        return d if d <= issue else date(issue.year - 1, int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def _day_in_the_dateline_month(d: date, day: int, last_day: date, first_day: date | None, issue: date) -> date | None:
    """A bare day read in the month of the last full date (``d``) that reports what is past by the dateline: when that
    month puts it after the issue date (今年5月20日—6月20日是宣传月。启动仪式19日举行, issue 20 May: 19 May), or before the
    last full date of another month than the dateline's (…1月29日抵达…。5日…, dateline 2月5日: 5 February), the day of
    the dateline's month, if that is not after the issue date; else None."""
    if first_day is None or first_day.month == last_day.month:
        return None
    if not (d > issue or day < last_day.day):
        return None
    try:
        d2 = first_day.replace(day=day)
    except ValueError:
        return None
    return d2 if d2 <= issue else None
