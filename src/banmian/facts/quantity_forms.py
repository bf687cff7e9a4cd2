"""Forms of a printed quantity read after the patterns of quantities.py have matched (kept apart: that module is long).

- A temperature below zero printed with 零下 (零下162摄氏度) is negative, 零下 in the span; 约 or 大约 before 零下 (大约零下N摄氏
  度) makes it approximate, in the span.
- N度 after a word of temperature (测体温：“N度”, 零下N多度) is in ℃, not kWh.
- Bare numbers listed after 分别 before a number with its unit share that unit (同比分别提高了8.46、6.78、8.89个百分点:
  three figures in percentage points), as 高7.5个和1.1个百分点 shares 百分点.
- 折合约N: 约 after 折合 is the comparator, not the end of 合约 (a contract).
- N国 counts countries (17国部长) unless 国 starts a word (2019国际…, 5国家) or the number is a year; N城 counts cities
  unless 城 starts a word (8亿城镇人口).
- 多 printed after the unit (7亩多, 3斤多) makes a range, as 多 before it does (3000多元).
- 十几万 (十几亿) is about ten times the multiplier, as 几十个 is about ten.
- N面 counts flat things (27面定日镜) unless 面 starts a word (面向, 面临); 6栋2004号 is an address, not 6 buildings.
"""
from __future__ import annotations

import re

from .clauses import _clause_start
from .cues import GUO_WORD_SECOND

__all__ = ["below_zero", "degrees_of_temperature", "listed_before_unit", "ABOUT_AFTER", "unit_starts_a_word",
           "more_after_unit", "more_inside_unit", "tens_of_myriads"]

ABOUT_AFTER = ("折合",)  # 折合约1.5亿吨标准煤
_BELOW = "零下"
_TEMPERATURE = "℃"
_ABOUT_BEFORE_BELOW = re.compile(r"(?<![签预节公条合制邀相婚履违守特盟契解隐])(?:大约|约)$")
_BARE = re.compile(r"(?<![\d.．])(\d+(?:\.\d+)?)(?=[、和])")
_LIST_CUE = "分别"
_CUE_REACH = 8
_CLAUSE_REACH = 24  # 增速分别比同期商业、服务业高6.2、2.3个百分点: 分别 opens the clause, its objects between


def _clause_before(text: str, k: int, reach: int) -> str:
    """The text before ``k``: ``reach`` characters, or back to the start of its clause when that is farther (up to
    ``_CLAUSE_REACH``)."""
    start = max(_clause_start(text, k), k - _CLAUSE_REACH, 0)
    return text[min(start, max(0, k - reach)):k]


# a word of temperature before a figure in 度 in its clause (测体温：“N度”, 气温降到零下N多度): degrees Celsius, not
# kilowatt-hours (度 is kWh only for electricity, h16)
_TEMPERATURE_WORD = re.compile(r"体温|气温|温度|水温|室温|高温|低温|降温|升温|测温|零下$")


def degrees_of_temperature(text: str, q: dict) -> None:
    """N度 after a word of temperature in its clause (or right after 零下): the unit ℃ (``q`` changed in place)."""
    if q.get("unit_text") != "度":
        return
    before = text[max(_clause_start(text, q["start"]) - 6, q["start"] - 16, 0):q["start"]]
    if _TEMPERATURE_WORD.search(before):
        q["unit"] = _TEMPERATURE


def below_zero(text: str, q: dict) -> None:
    """零下N摄氏度: the value negative and 零下 in the span (``q`` changed in place)."""
    s = q["start"]
    if q["unit"] == _TEMPERATURE and text[s - 2:s] == _BELOW and q["value"] > 0:
        q["start"] = s - 2
        q["text"] = text[s - 2:q["end"]]
        q["value"] = -q["value"]
        if q.get("low") is not None:
            q["low"], q["high"] = -q["high"] if q.get("high") is not None else None, -q["low"]
        about = _ABOUT_BEFORE_BELOW.search(text, max(0, q["start"] - 2), q["start"])
        if about is not None and q["comparator"] == "=":  # 冷却到大约零下N摄氏度: about, the word in the span
            q["start"] = about.start()
            q["text"] = text[q["start"]:q["end"]]
            q["comparator"], q["approximate"] = "≈", True


def listed_before_unit(text: str, qs: list[dict]) -> list[dict]:
    """Bare numbers of a list opened by 分别 that ends in a number with a unit (分别提高了8.46、6.78、8.89个百分点): each one a
    quantity of that unit. Returns the new quantities (each a copy of the last one with its own number)."""
    new = []
    for q in qs:
        if not q["unit"] or q["comparator"] != "=":
            continue
        k, found = q["start"], []
        while k > 0 and text[k - 1] in "、和":
            m = next((x for x in _BARE.finditer(text, max(0, k - 12), k) if x.end() == k - 1), None)
            if m is None:
                break
            found.append(m)
            k = m.start()
        if not found or _LIST_CUE not in _clause_before(text, k, _CUE_REACH):
            continue
        for m in found:
            new.append(dict(q, text=m.group(1), value=float(m.group(1)), start=m.start(), end=m.end(), shared_unit=True,
                            low=None, high=None))
    return new


# after 国, these make it the first character of a word (国际, 国家, 国内, 国企…), not a unit of countries; likewise 面
# (5面向…, 3面临…) and 村 before 民 (84万村民: people, not villages); a building's number before a room's (6栋2004号房)
# is part of an address, no count
_DIGITS = set("0123456789")
# 3.5具身大模型 (具身, embodied; 具有, 具体), “117项目”片区 (a name: 项目 is the noun; but 3项目标 counts goals)
_WORD_AFTER = {"国": GUO_WORD_SECOND, "城": set("镇市乡区"), "村": set("民"), "面": set("向临对积料板值貌"), "栋": _DIGITS,
               "群": set("众体岛落"), "人": set("民"),
               "幢": _DIGITS, "具": set("身有体备"), "项": set("目"),
               "本": set("科土地届次市省县区国部年月周"),
               # 5市场, 3市民, 2市委…: 市 starts a word (not cities counted)
               "市": set("场民长委政区县级值内域属管面容郊镇直辖")}  # 3本科专业, 2本地企业: 本 starts a word
_COUNT_AFTER = {"项": "目标"}
# 230万群众, 7000多万人民: 群 and 人 start a word (群众, 群体, 人民); 2000人, 1950人 stay counts of people, whatever year
# the number looks like
_NOT_YEAR_LIKE = {"群", "人"}
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def unit_starts_a_word(text: str, end: int, q: dict) -> bool:
    """Does the one-character unit of ``q`` (ending at ``end``) start a word instead (2019国际…, 5国家), or a room's
    number follow it (6栋2004号: an address)?"""
    if q["unit_text"] == _CUBIC:
        return _MYRIAD_CUBIC.search(q["text"]) is None  # N亿方 (cubic metres), not 3方会谈 (parties)
    after = _WORD_AFTER.get(q["unit_text"])
    if after is None:
        return False
    counted = _COUNT_AFTER.get(q["unit_text"])
    if counted and text.startswith(counted, end):
        return False
    return text[end:end + 1] in after or q["unit_text"] not in _NOT_YEAR_LIKE and _YEAR_LIKE.fullmatch(q["text"][:-1]) is not None


_CUBIC = "方"
_MYRIAD_CUBIC = re.compile(r"[万亿][多余]?方")
_MORE = "多"
_AFTER_MORE = set("，。；、）)”的\n")
# a measure of length, area or weight with 多 and then the thing measured or the dimension (1亩多辣椒, 4米多高的楼梯,
# 2米多宽): 多 closes the quantity too, unless it starts a word of its own (5米多功能…, 3吨多种…)
_MEASURES_MORE = {"m", "km", "亩", "kg", "g", "t", "斤", "cm", "m2", "km2", "公顷"}
_WORD_AFTER_MORE = set("种样功元个次年家项方彩层重人少位部党国边名维媒")


def more_after_unit(text: str, q: dict) -> None:
    """7亩多: 多 after the unit of an exact Arabic quantity, closing it (or after a measure, before what is measured:
    1亩多辣椒, 4米多高), makes a range of one unit (``q`` changed in place; 3个多月 is a duration with 多 inside, not
    after the unit: 月 follows)."""
    e = q["end"]
    closes = text[e + 1:e + 2] in _AFTER_MORE or q["unit"] in _MEASURES_MORE and text[e + 1:e + 2] not in _WORD_AFTER_MORE
    if q["comparator"] != "=" or not q["unit_text"] or text[e:e + 1] != _MORE or not closes \
            or not q["text"][:1].isdigit():
        return
    q["end"] = e + 1
    q["text"] = text[q["start"]:e + 1]
    q["comparator"], q["approximate"], q["low"], q["high"] = "range", True, q["value"], q["value"] + 1.0


# 3个多月, 3个多小时, 1分多钟: 多 inside a unit of time (the classifier, 多, the rest of the unit) makes a range of one
# unit, spanned whole (the development set: 8个多月, unit 个月; 5个小时 has the unit 小时)
_MORE_INSIDE = {("个", "月"): "个月", ("个", "小时"): "小时", ("分", "钟"): "分钟"}


def more_inside_unit(text: str, q: dict) -> None:
    """3个多月: ``q`` read as 3个 is widened over 多 and the rest of its unit of time, a range (changed in place)."""
    e = q["end"]
    if q["comparator"] != "=" or text[e:e + 1] != _MORE:
        return
    for (head, rest), unit in _MORE_INSIDE.items():
        if q["unit_text"] == head and text.startswith(rest, e + 1):
            q["end"] = e + 1 + len(rest)
            q["text"] = text[q["start"]:q["end"]]
            q["unit"] = q["unit_text"] = unit
            q["comparator"], q["approximate"], q["low"], q["high"] = "range", True, q["value"], q["value"] + 1.0
            return


_TENS_BEFORE = "十"
_SOME = "几"


def tens_of_myriads(text: str, q: dict) -> None:
    """十几万家: 十 before 几 and a multiplier makes about ten times the multiplier (≈ 1e5), the span from 十."""
    s = q["start"]
    if q["text"].startswith(_SOME) and text[s - 1:s] == _TENS_BEFORE and q["text"][1:2] in ("万", "亿"):
        q["start"] = s - 1
        q["text"] = text[s - 1:q["end"]]
        q["value"] *= 10
        q["comparator"], q["approximate"] = "≈", True
