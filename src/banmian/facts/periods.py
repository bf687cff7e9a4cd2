"""Periods and deadlines: which times of an article may date a figure, and which period or deadline a figure takes.

A time dates no figure when it is the dateline, a comparison base (较2018年), part of a document's or a plan's name
(今年一号文件, “十五五”规划), a label (2021年第三批) or inside a title. Two dates joined by 至 are one period; the
times before 分别 date the figures after it in turn; an as-of date (截至), a statistical period or an event's day is
inherited by later sentences, a start date (自3月1日起) is no deadline. These rules read the times, not the figures,
and hold whatever kind of statement the figure becomes, so they are kept out of the cascade in statements.py.
"""
from __future__ import annotations

import re
from datetime import date

from ..restore.cues import SPACES
from .clauses import _bracketed

_TO_BEFORE = re.compile(r"(?:到|至|截至|截止到|截止|在)$")


def _period_view(t: dict | None) -> dict | None:
    if t is None:
        return None
    return {"text": t["text"], "from": t["from"], "to": t["to"], "rule": t["rule"], "spans": [[t["start"], t["end"]]]}


_REPORT_TITLE_AFTER = re.compile(r"》(?:显示|表明|指出)")
# (最新 right after a time is the latest of that time, which dates the figures: 4月的最新调查; 统计局发布的最新数据 stays
# the present; 至今 opening its clause, 至今，他已记录N种, is up to now, not the end of 从2012年至今)
_PRESENT = re.compile(r"目前|截至目前|截止目前|当前|如今|迄今(?=[，,]|已|共|累计)|(?<![\d年月日起])至今(?=[，,])|现有|眼下|(?<!年的)(?<!月的)(?<!日的)(?<!度的)最新")
# a past time counted back from now (而五六年前这一比例仅为N): a state of then, with no date of its own; not a base or a
# start level (与3年前相比, 由几年前的41%上升到70%)
_YEARS_AGO = re.compile(r"(?<![与由从比较几\d一二两三四五六七八九十])[一二两三四五六七八九十几\d]+年前(?!的)")
_VAGUE_SPAN = re.compile(r"近[一二两三四五六七八九十\d]+年|近年来|多年来|多年平均|历年|往年|长期以来|这些年|之后|此后|以来|之初|此前|以前|当初"
                         r"|[一二两三四五六七八九十百\d]+多?年来"  # 60年来, 三年来: a span with no start date
                         r"|[一二两三四五六七八九十\d]+年时间"  # 两年时间，全市新建N个: a duration, no date either
                         rf"|{_YEARS_AGO.pattern}")
# a former level (由原来的79户411人降至…): dated by no period printed before it; the level it changed to keeps its date
_FORMER_LEVEL = re.compile(r"原(?:来|先)的(?:\d+(?:\.\d+)?[^\d，。；、]{1,3})?$")
_LABEL_AFTER = re.compile(r"第[一二三四五六七八九十\d]+[批次届期]")  # 2021年第三批: a name, not a period
_COMPARE_BEFORE = re.compile(r"(?:比|较|与|同|是|相比|超过|超|高于|低于|占)$")  # 占全年计划任务的N%, 均超上年: a base
_DATELINE = re.compile(r"电\s*[（(]|电\s")
# the dateline of a later item of a round-up (\n河北日报邯郸7月1日电  （记者…）): a paper or agency, a place, a day, 电
_ITEM_DATELINE = re.compile(r"\n(?:据)?[\u4e00-\u9fff]{2,16}?\d{1,2}月\d{1,2}日电\s*[（(]")


def _item_datelines(text: str, after: int) -> list[tuple[int, int]]:
    """The spans of the datelines that open later items of a round-up (each dates its item, not its figures)."""
    return [(m.start() + 1, m.end()) for m in _ITEM_DATELINE.finditer(text, max(0, after - 1))]


# a paragraph that breaks down the figures of the previous one keeps its period (分用途看，…余额分别为…)
_BREAKDOWN_START = re.compile(r"其中|分[\u4e00-\u9fff]{1,6}看|从[\u4e00-\u9fff]{1,8}看|按[\u4e00-\u9fff]{1,6}分")
# 同期 referring back to the report's period (同期，民营企业…; 占同期…总值的N%), not a comparison base (去年同期, 比同期)
_SAME_PERIOD = re.compile(r"(?:^|[，,：:；]|占)同期")
_AS_OF = re.compile(r"(?:截至|截止|截止到)$")
# an event dated to a day dates the figures reported about it in the next sentences (…21日举行。…签约N个项目; a road opened
# to traffic: …2日，某大桥通车。至此，…N条通道)
_EVENT = re.compile(r"举行|召开|开幕|闭幕|启幕|举办|开通|通车|签约|发布会")


def _as_of(text: str, t: dict) -> bool:
    """Is the time an as-of date (截至3月末)?"""
    return _AS_OF.search(text, max(0, t["start"] - 3), t["start"]) is not None


# a balance (贷款余额9.17万亿元, 余额分别为…): a stock at a moment
# (not 余额增加N: a flow of the span; later items of a list of balances: 余额分别为A、B和C)
_BALANCE_BEFORE = re.compile(r"余额(?:分别)?(?:为|达到?|是)?(?:[\d.]+[万亿]*元?[、和])*$")


def _balance_as_of(text: str, q: dict, per: dict | None, as_of: list) -> dict | None:
    """The period of a balance: the as-of time of its paragraph (截至二季度末，…余额A，上半年增加B。分行业看，…余额C) when
    ``per`` is a span it ends (上半年, which dates the increases), else ``per``. A stock is dated by its moment."""
    x = as_of[0] if as_of else None
    if x is None or per is None or per is x or not x["from"] or not per["from"] or not per["to"] \
            or not per["from"] <= x["from"] <= per["to"] or _BALANCE_BEFORE.search(text, max(0, q["start"] - 40), q["start"]) is None:
        return per
    return x


def _dates_a_start_level(text: str, t: dict) -> bool:
    """Is the time printed inside a start level (从2012年末的9899万人减少至…)? It dates that level only: later sentence
    pieces keep the period before it (截至2019年末，…从2012年末的A减少至B；…从2012年的C下降至D: D is of 2019年末)."""
    return text[t["start"] - 1:t["start"]] in ("从", "由") and text[t["end"]:t["end"] + 1] == "的"


def _document_time_over(doc_times: list[dict], pos: int, issue_iso: str) -> bool:
    """Is the time nearest before ``pos`` in the document (else the first after it) a period already over?"""
    before = [x for x in doc_times if x["end"] <= pos]
    t = before[-1] if before else next((x for x in doc_times if x["start"] >= pos), None)
    return t is not None and t["to"] is not None and t["to"] < issue_iso


_FIRST_DAY = re.compile(r"[”\"’]?(?:假期|小长假|黄金周|期间)?(?:首日|第一天)")
_CONDITION_START = re.compile(r"如果|假如|倘若|一旦|假设|若是")
_RANGE_JOIN = re.compile(rf"(?:零时|\d{{1,2}}[时点](?:\d{{1,2}}分)?)?[{SPACES}]*(?:至|到|—|－|-|~|～)[{SPACES}]*$")


def _joined_ranges(text: str, times: list[dict]) -> list[dict]:
    """Two dates joined by 至 (自5月1日零时至5月5日24时, 2023年6月至2026年5月底) date one period."""
    out: list[dict] = []
    for t in times:
        prev = out[-1] if out else None
        if prev is not None and prev["resolved"] and t["resolved"] and t["start"] - prev["end"] <= 6 \
                and _RANGE_JOIN.fullmatch(text, prev["end"], t["start"]) and prev["from"] <= t["to"]:
            out[-1] = dict(prev, end=t["end"], text=text[prev["start"]:t["end"]], to=t["to"], rule="range-joined")
            continue
        if prev is not None and prev["resolved"] and t["resolved"] and text[prev["start"] - 1:prev["start"]] in ("自", "从") \
                and text[t["start"] - 1:t["start"]] == "至" and t["start"] - prev["end"] <= 24 and prev["from"] < t["to"] \
                and not re.search(r"[，。；：、,\d]", text[prev["end"]:t["start"] - 1]):
            # 自2025年11月海南…新政策实施至2026年4月30日: the words between name what ran, the two dates one span
            out[-1] = dict(prev, end=t["end"], text=text[prev["start"]:t["end"]], to=t["to"], rule="range-joined")
            continue
        out.append(t)
    return out


def _range_year(t: dict | None, which: int) -> dict | None:
    """The first (0) or last (1) year of a period joined from two years (从2012年到2018年)."""
    if t is None or not re.search(r"年(?:到|至|—|－|-|~|～)", t.get("text", "")) or not t["from"] or not t["to"]:
        return None
    a, b = t["from"], t["to"]
    if not (a.endswith("-01-01") and b.endswith("-12-31")) or a[:4] == b[:4]:
        return None
    y = a[:4] if which == 0 else b[:4]
    return dict(t, **{"from": f"{y}-01-01", "to": f"{y}-12-31", "rule": "range-joined-" + ("start" if which == 0 else "end")})


# verbs after a date that make it the start of something (将自3月1日开始…, 揭幕战将于5月20日打响, 总决赛将于4月26日开战,
# 将于6月1日开幕, 将于今年3月1日施行…法, 生效): a start date, no deadline for the figures that follow (the gold dates them by
# an event's end only; a law that takes effect dates when it starts to apply)
_STARTS = re.compile(r"[”\"’]?(?:开始|起|打响|开战|开赛|开幕|揭幕|启动|开启|开工|开跑|鸣枪|施行|生效)")


def _years_of(t: dict) -> list[dict]:
    """The years of one time spanning two to five whole years (今明两年: 2019 and 2020), else none."""
    a, b = t["from"] or "", t["to"] or ""
    if not (a.endswith("-01-01") and b.endswith("-12-31")) or not 0 < int(b[:4]) - int(a[:4]) < 5:
        return []
    return [dict(t, **{"from": f"{y}-01-01", "to": f"{y}-12-31"}) for y in range(int(a[:4]), int(b[:4]) + 1)]


def _respective_time(text: str, q: dict, qs: list[dict], before_t: list[dict]) -> dict | None:
    """The time that dates ``q`` in ``2019年和2020年全球经济增速分别为2.4%和2.5%``: the k-th of the times joined before
    分别 dates the k-th of the figures after it, when their numbers agree."""
    group = [before_t[-1]]
    for x in reversed(before_t[:-1]):
        if re.fullmatch(r"[和、与及]", text[x["end"]:group[0]["start"]]):
            group.insert(0, x)
        else:
            break
    if len(group) < 2:
        group = _years_of(group[0])  # 今明两年…分别增长A和B: one year each, in order
    if len(group) < 2:
        return None
    k = text.find("分别", group[-1]["end"], q["start"])
    if k < 0 or re.search(r"[，。；]", text[group[-1]["end"]:k]):
        return None
    figures = [x for x in qs if x["start"] > k and not re.search(r"[，。；]", text[k:x["start"]])]
    if len(figures) != len(group) or q not in figures:
        return None
    return group[figures.index(q)]


def _month_after_base(text: str, per: dict | None, q: dict) -> dict | None:
    """The report's month for a figure dated by the 上月 a change starts from (由上月下降0.7%转为上涨0.3%, …涨幅比上月扩大0.2个百分点):
    the month after it; the base's own level (由上月下降0.7%) keeps 上月."""
    if per is None or not per["rule"].startswith("relative-month(上月)") or text[per["start"] - 1:per["start"]] != "由":
        return None
    if re.fullmatch(r"[^，。；\d]{0,6}", text[per["end"]:q["start"]]):
        return None
    y, m = (int(per["from"][:4]), int(per["from"][5:7]) + 1)
    y, m = (y + 1, 1) if m == 13 else (y, m)
    end = (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)).toordinal() - 1
    return dict(per, **{"from": f"{y}-{m:02d}-01", "to": date.fromordinal(end).isoformat(), "rule": per["rule"] + "+next"})


# a yearly rate in the figure's clause (预计村集体每年收入不少于N、每户增收不少于N, 预计带动…年均增收约N): a forecast of every
# year, with no deadline unless its own sentence prints one (到2020年…每年要…, “十五五”时期…年均…)
_YEARLY_RATE = re.compile(r"每年|年均")
# a rate of habit before the figure (每年投入N, 每个月几万元的利息): no figure of a period
_HABITUAL = re.compile(r"(?:每年|每个?月|每周|每天|每日|常年)[^，。；]{0,6}$")


def _short(t: dict | None) -> bool:
    """Is ``t`` a span of days (at most a month), not a year or a plan period?"""
    if t is None or not t["from"] or not t["to"]:
        return False
    return (date.fromisoformat(t["to"]) - date.fromisoformat(t["from"])).days <= 31


def _ends_in_a_later_year(period: dict, issue: date) -> bool:
    """Does the period end after the issue year? Nothing observed can be dated there."""
    return period["to"] is not None and int(period["to"][:4]) > issue.year


_PLAN_NAME_AFTER = re.compile(r"[”\"’](?:规划|计划|纲要)(?!期)|(?:规划|纲要)(?!期)")  # 今年计划发布N款: a modal, not a name
# a duration that qualifies a plan (未来5年的全球规划, 未来三年发展战略) or the terms of an agreement (签署了未来5年投资
# N的合作备忘录): the plan's or the agreement's span, no date of the figures after it
_DURATION_OF_PLAN = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:规划|战略|蓝图)|[^，。；]{0,16}?的[\u4e00-\u9fff]{0,4}?(?:备忘录|协议|合同|意向书)")


# a time that qualifies the plan a figure is a share of (支出规模为年初预算的37.9%, 完成全年目标的60%): when the plan was set
# or what it covers, not the period of the figure (the period printed before, 1—5月, stays)
_SHARE_OF_PLAN_AFTER = re.compile(r"(?:预算|目标|计划|任务)的")
# the verb of an event held, right before a year that starts the event's name (举行2020年新春招待会)
_HELD_BEFORE = re.compile(r"(?:举行|召开|举办)$")

# a time that starts the name of a document (今年一号文件, 2026年…招募公告): it dates the document, not the figures
_DOCUMENT_AFTER = re.compile(r"(?:(?!发布|印发|出台|下发|公布|发出|颁布|联合)[^，。；：、\d]){0,20}?"
                             r"(?:一号文件|文件|公告|通知|意见|方案)(?![\u4e00-\u9fff]{0,2}(?:显示|表明|指出))"
                             # not documents counted (某年文件和会议数量减少N, 今年文件数量): the things whose number the
                             # year dates, coordinated with another noun or followed by a word of number
                             r"(?![和与及、]|数|总数|总量|量)")


# a year inside a title won (2012年法网亚军, 2019年世锦赛冠军) or an award that qualifies a person or a work (2015年荣获全国
# 劳动模范称号的某某, 2019年度省科学技术奖的某某教授): a name of the person, not a period of a figure
_TITLE_WON_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:冠军|亚军|季军|得主)|[^，。；\d]{0,16}?(?:称号|荣誉|奖章|勋章|奖)的")


# an age told with the year (王某今年45岁, 今年59岁的某某): the year says how old a person is, it dates no figure (the
# development set leaves the figures after 今年59岁的胡某…。这个社区有5470多户 undated); not an age bound of a group
# (2018年度60岁以上乘客投诉的事件为130起: the year is the figures')
_AGE_AFTER = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周岁|岁)(?!以上|以下|及以上|及以下|至|到|—|-)")


# a year that names a report's edition, alone or in a list (2020年营商环境报告, 2019年、2020年营商环境报告显示): a
# report named ahead of the year it is published in, so the figures it reports are not of that year (a statistical
# bulletin, 公报, is named by the year it covers and is left out)
_REPORT_NAME_AFTER = re.compile(r"(?:、\d{4}年)*[\u4e00-\u9fff]{2,8}?(?<!工作)报告(?!期)")


# a word after a period of several years that names its first part (“十五五”首季, “十五五”开局起步, 开局之年): the time
# meant is that part (a quarter, a year already begun), not the whole plan period, which then dates no figure
_FIRST_PART_AFTER = re.compile(r"[”\"’]?(?:时期|期间)?(?:首季|首年|首月|开局|起步|第一年|头一年|元年|开篇)")


# what a quoted slogan is (以“…”为主题, “…”主题活动): its words name, they date nothing
_THEME_AFTER = re.compile(r"(?:为|作为)?(?:主题|题|口号|主线|宗旨)")


def _usable_time(text: str, t: dict, dateline: tuple[int, int]) -> bool:
    if not t["resolved"]:
        return False
    if _TITLE_WON_AFTER.match(text, t["end"]):
        return False
    if dateline[0] <= t["start"] < dateline[1]:
        return False
    before = re.sub(r"[“”\"‘’《]", "", text[max(0, t["start"] - 4):t["start"]])  # 较“十三五”末: the base behind a quote
    if _COMPARE_BEFORE.search(before) or t["text"].endswith("同期"):
        return False
    if _bracketed(text, t["start"]):  # a document title dates nothing, unless it is a report that says so
        close = text.find("》", t["start"])
        return close >= 0 and _REPORT_TITLE_AFTER.match(text, close) is not None
    if _PLAN_NAME_AFTER.match(text, t["end"]):  # “十五五”规划编制工作: the name of a plan, not a period
        return False
    if _FIRST_PART_AFTER.match(text, t["end"]) and t["from"] and t["to"] and t["to"][:4] > t["from"][:4]:
        return False  # “十五五”首季国内生产总值实现N的增长: the plan's first quarter, not the five years
    if t["rule"].startswith("next-n-years") and _DURATION_OF_PLAN.match(text, t["end"]):
        return False
    if _SHARE_OF_PLAN_AFTER.match(text, t["end"]):
        return False
    if t["text"].endswith("年") and _HELD_BEFORE.search(text, max(0, t["start"] - 2), t["start"]):
        return False  # 17日晚…举行2020年新春招待会，…近260人出席: the year names the event held, its day dates the figures
    if _AGE_AFTER.match(text, t["end"]):
        return False  # 王某今年45岁，…流转100亩荒山: an age, not the period of the figures after it
    if _REPORT_NAME_AFTER.match(text, t["end"]):
        return False  # 世界银行2020年营商环境报告采纳N项: the year names the report (its edition), not the figures' period
    if _DOCUMENT_AFTER.match(text, t["end"]):
        return False  # 今年一号文件释放了…, 2026年…青年见习计划报名通知正式发布: the time names a document
    a, b = text.rfind("“", 0, t["start"]), text.find("”", t["end"])
    if a >= 0 and b >= 0 and text.rfind("”", a, t["start"]) < 0 and b - a <= 30 \
            and re.search(r"(?:计划|规划|纲要|方案|行动|工程)$", text[a:b]):
        return False  # “2014—2019年国家减少烟草计划”: the name of a plan, its years date no figure
    if a >= 0 and b >= 0 and text.rfind("”", a, t["start"]) < 0 and b - a <= 40 and _THEME_AFTER.match(text, b + 1):
        return False  # 以“同心‘十五五’共赴新征程”为主题，…N人参加: a theme's words, its years date no figure
    return True
