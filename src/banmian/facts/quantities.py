"""Quantities: value, unit, comparator, approximate flag and ranges, by one regex cascade.

A quantity's span is the number with the comparator words printed around it
(``超过``, ``近``, ``以上``, ``多``) and its unit: ``766.02亿元``, ``过万亿``,
``5个以上``, ``1100多万``. Comparator *verbs* (``突破``) and change words
(``同比增长``) are read from the context and recorded, not spanned.
Dates (``2023年``, ``11月``) and ordinals (``第3``) are never quantities.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .quantity_forms import (ABOUT_AFTER, below_zero, degrees_of_temperature, listed_before_unit, more_after_unit,
                             more_inside_unit, tens_of_myriads, unit_starts_a_word)
from .cues import (UNIT_SCALES, CHANGE_BASES, CHANGE_WORDS, HEDGE_COMPARATORS, MULTIPLIERS, PREFIX_COMPARATORS,
                   SUFFIX_COMPARATORS, VERB_COMPARATORS, alternation)
from .measures import unit_table
from .time_forms import DAYS_AS_DURATION

__all__ = ["find_quantities", "cn_to_number"]

_DIG = "0-9０-９"
# a thousands separator is an ASCII comma, or a full-width one between full-width digits (１，０００); after ASCII digits the
# full-width comma ends a clause (占比超1/3，109项…: 3 and 109, not 3109)
_ARABIC = rf"[{_DIG}]+(?:(?:,[{_DIG}]|(?<=[０-９])，[０-９])[{_DIG}]{{2}})*(?:[.．][{_DIG}]+)?"
_CN = "零〇一二两三四五六七八九十百千"
_MULT = "万亿|千亿|百亿|十亿|千万|百万|十万|亿|万"
_PER = "斤|公斤|千克|吨|平方米|亩|人|户|度|千瓦时|升|个|件|小时|天|月|年|套|张|次|辆|吨公里|立方米"
# the amounts of a rate per unit (2.5元/斤, 507万吨/年 of capacity, 66微克/立方米 of a pollutant, 0.5毫克/升)
_RATE_OF = "元|美元|吨|千克|公斤|微克|毫克|克"
_PRE = alternation(PREFIX_COMPARATORS)
# (上下 before 游 is the word 上下游, upstream and downstream: 200多家上下游企业 is 200多家)
_SUF = f"(?:{alternation(SUFFIX_COMPARATORS)})(?!(?<=上下)游)"
_APPROX = "多|余"


def _unit_alternation(units) -> str:
    """Longer units first (the longest wins), then the one-character measure words as one character class
    rather than a hundred alternatives tried one by one."""
    longer = [u for u in units if len(u) > 1]
    single = "".join(sorted(re.escape(u) for u in units if len(u) == 1))
    return alternation(longer) + (f"|[{single}]" if single else "")


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The Arabic, Chinese-myriad and small-Chinese quantity patterns over the unit table (built on first use:
    the table reads jieba's dictionary)."""
    unit = rf"(?:{_RATE_OF})/(?:{_PER})|" + _unit_alternation(unit_table())
    arabic_q = re.compile(
        rf"(?P<pre>{_PRE})?(?P<num>{_ARABIC})(?P<a1>{_APPROX})?(?P<mult>{_MULT})?(?P<a2>{_APPROX})?"
        rf"(?:(?P<u1>{unit})?(?P<rsep>[-－—–~～至到])(?P<num2>{_ARABIC})(?P<a3>{_APPROX})?(?P<mult2>{_MULT})?(?(u1)(?=(?P=u1))))?"
        rf"(?P<unit>{unit})?(?P<suf>{_SUF})?"
    )
    cn_q = re.compile(rf"(?P<pre>{_PRE})?(?P<cn>[{_CN}]*[万亿]+)(?P<a2>{_APPROX})?(?P<unit>{unit})?(?P<suf>{_SUF})?")
    # (also with no prefix, hundreds and thousands with 余/多 or a suffix comparator: 百余套, 百元左右, 千亩以上; not tens,
    # 十余名, which the development set leaves out)
    cn_small_q = re.compile(rf"(?P<pre>上|近|过|逾|超|数|几)?(?P<cn>[一二两三四五六七八九]?[十百千]+)(?P<a>{_APPROX})?"
                            rf"(?P<unit>{unit})(?P<suf>{_SUF})?")
    return arabic_q, cn_q, cn_small_q


# (两至三成, 二到三成: a range of tenths, one quantity as 18—35岁, h26)
_TENTHS = re.compile(rf"(?P<pre>{_PRE})?(?P<cn>[一二两三四五六七八九])(?:[至到—](?P<cn2>[一二两三四五六七八九]))?成(?:(?P<a>多|余)|(?P<about>左右)|(?P<bound>以上|以下))?(?![员为功立绩果效都本交型熟长])")
# characters before a one-character comparator that make it part of a word: 签约, 最近, 通过
_PRE_BAD_BEFORE = {"约": set("签预节公条合制邀相婚履违守特盟契解隐"), "近": set("最接将附临亲靠贴逼就遥"),
                   "超": set("高赶"), "过": set("通经超不越度错难跨太胜闯走看做听说用有到得"), "逾": set()}
_CN_PAIR_OF_TENS = re.compile(r"([一二三四五六七八])([二三四五六七八九])十")
_PERCENT_CN = re.compile(rf"百分之(?P<cn>[{_CN}]+(?:点[{_CN}]+)?)")
_WIDE = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
# characters that make a preceding/following digit part of something else (model names, dates, ordinals)
_NOT_BEFORE = set("第0123456789０１２３４５６７８９.．AaBbCcGgVvXx")
_DENOMINATOR = re.compile(r"[0-9０-９]/$")  # 1/3人在外打工: the denominator of a fraction (not 2.89亿吨/95万标箱)
_TIME_AFTER = ("年", "月", "日", "号", "时", "届", "季度", "点", "版", "周年", "期", "次会议", "号线")
_TIME_WORDS = ("周年", "次会议")  # after a number these are an anniversary or an ordinal session, whatever unit matched
_COHORT_UNITS = ("级", "届", "期")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_YEARS_AS_DURATION = "年头"
_DAY_COUNT = re.compile(DAYS_AS_DURATION)
_MARK_HUNDREDTHS = re.compile(r"\d{2}(?!\d)")
_BARE_MYRIAD_UNITS = {"名", "列", "所", "亩", "台", "辆", "吨", "公里", "千瓦", "标箱", "艘", "架", "项",
                      "群", "头"}  # 万群中蜂、万头草食牲畜 (listed with 万亩): a count of colonies and head of livestock
# idioms of countless numbers (成千上万, 千千万万, 成百上千): no figure
_COUNTLESS = re.compile(r"成千上万|千千万万|成百上千|成千成万")
# a currency word may stand between the verb and the amount (约合人民币1.37万亿元)
_VERB_COMP = re.compile(rf"(?:约合(?:人民币|美元|欧元)|{alternation(VERB_COMPARATORS)})$")
_CHANGE = re.compile(rf"(?P<basis>{alternation(CHANGE_BASES)})?(?P<word>{alternation(CHANGE_WORDS)})了?(?:约|近)?$")


_FRACTION = ("分", "之")  # N分之M
_PER_BASIS = "每"  # 每百万人口: a bare Chinese myriad after it is the basis of a rate
# 亿元以上规模企业, 万元以下: a bare myriad with a unit and a bound is a threshold of 1e8 (1e4)
_BOUND_SUFFIXES = ("以上", "及以上", "以下", "及以下")


# the verb of a threshold crossed right before a bare 万亿 and its unit (产值突破万亿元)
_CROSSED_BEFORE = re.compile(r"(?:突破|超过|迈上|跨过|跨越)$")


def _bare_myriad_threshold(g: dict) -> bool:
    return bool(g.get("unit")) and g.get("suf") in _BOUND_SUFFIXES


def cn_to_number(text: str) -> float | None:
    """Read a Chinese numeral such as ``一千一百``, ``三万``, ``万亿``, ``十四``; None if unreadable."""
    if not text:
        return None
    total, section, digit = 0.0, 0.0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (digit if digit is not None else 1) * _CN_SMALL[ch]
            digit = None
        elif ch in _CN_BIG:
            unit = _CN_BIG[ch]
            section += digit or 0
            if section == 0 and total == 0:
                section = 1
            if unit == 100_000_000:
                total = (total + section) * unit
            else:
                total += section * unit
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _identifier_or_clock(text: str, i: int) -> bool:
    """Is the number starting at ``i`` a code after one Latin letter (K7155次, not CPI1.7%), or the minutes of a
    clock time or the second half of a score (18：00, 3∶0)?"""
    if _latin(text[i - 1]) and not (i > 1 and _latin(text[i - 2])):
        return True
    return text[i - 1] in ":：∶" and i > 1 and text[i - 2].isdigit()


def _exact(base: float, mult: float) -> float:
    """``base * mult`` without binary noise: 33.98 * 1e12 is 33980000000000, not …999.996."""
    return float(Decimal(repr(base)) * Decimal(repr(mult)))


def _arabic(text: str) -> float:
    return float(text.translate(_WIDE).replace(",", ""))


def _step(num_text: str) -> float:
    """The range width meant by ``多``/``余`` after a number: 1100多 -> 100, 10多 -> 10, 3多 -> 1."""
    t = num_text.translate(_WIDE).replace(",", "")
    if "." in t:
        return 10 ** -len(t.split(".")[1])
    stripped = t.rstrip("0")
    return float(10 ** (len(t) - len(stripped))) if stripped else 1.0


def _context_before(text: str, start: int, width: int = 8) -> str:
    return text[max(0, start - width):start]


# 约占 with the whole between it and the share (约占总人次的68.4%, 约占产量七成), 约为 with the base of the share
# (约为去年同期的95%): the share is approximate
_ABOUT_SHARE = re.compile(r"约占[^，。；、：:\d%％]{1,10}$|约(?:为|是|相当于)[^，。；、：:\d%％]{1,10}的$")


# a difference to a base printed with 多/少 (比上月多3.05万亿元, 较去年同期少2个)
_MORE_THAN = re.compile(r"(?:比|较)[^，。；、\d]{1,8}?(?P<word>多|少)了?(?:约|近)?$")


# a hedge, then a short verb phrase without a figure or a clause mark, then the quantity (至少需要300名), or a lower
# bound right before a verb of one or two characters and the quantity (至少消耗20万千瓦时; not 大概少了53元, a guess)
_HEDGED = re.compile(rf"(?P<hedge>{alternation(HEDGE_COMPARATORS)})(?:需要|要|得|为|能)[^，。；、：:！？\d%％（）()“”]{{0,6}}$"
                     r"|(?P<bound>至少|最少)[\u4e00-\u9fff]{1,2}$")


def _hedged_comparator(text: str, start: int) -> str | None:
    """The comparator a hedge word lends the quantity at ``start`` across a short verb phrase, if any."""
    m = _HEDGED.search(_context_before(text, start, 10))
    return HEDGE_COMPARATORS[m.group("hedge") or m.group("bound")] if m else None


# a bound that must not be passed (误差不能大于2毫米, 不得超过3天, 不能低于60分): the negation turns > into ≤ and < into ≥
_NEGATED_BOUND = re.compile(r"(?:不能|不得|不可|不应|不宜|不准)(?:大于|高于|多于|超过|超出|小于|低于|少于)?$")
_NEGATED = {">": "≤", "<": "≥"}


def _negated_bound(text: str, start: int, q: dict) -> None:
    if q["comparator"] in _NEGATED and _NEGATED_BOUND.search(_context_before(text, start, 8)):
        q["comparator"] = _NEGATED[q["comparator"]]


def _annotate_context(text: str, start: int, q: dict) -> None:
    before = _context_before(text, start)
    m = _VERB_COMP.search(_context_before(text, start, 11))
    hedged = None if m else _hedged_comparator(text, start)
    if m and q["comparator"] == "=":
        verb = re.sub(r"(?:人民币|美元|欧元)$", "", m.group(0))
        q["comparator"] = VERB_COMPARATORS[verb]
    elif hedged and q["comparator"] == "=":
        q["comparator"], q["approximate"] = hedged, hedged == "≈"
    elif q["comparator"] == "=" and q["unit"] == "%" and _ABOUT_SHARE.search(_context_before(text, start, 12)):
        q["comparator"], q["approximate"] = "≈", True
    _negated_bound(text, start, q)
    m = _CHANGE.search(before)
    more = None if m else _MORE_THAN.search(_context_before(text, start, 12))
    if more:  # 比上月多3.05万亿元, 比上年同期少2个: a change against a base, as 比上年增加
        q["change"] = {"direction": "+" if more.group("word") == "多" else "-",
                       "basis": "mom" if "上月" in more.group(0) else "yoy" if re.search("上年|去年", more.group(0)) else None}
    if m:
        q["change"] = {"direction": CHANGE_WORDS[m.group("word")],
                       "basis": CHANGE_BASES.get(m.group("basis") or "", None)}
        if m.group("basis") is None:  # 同比 may stand a few characters earlier: 同比分别增长
            far = text[max(0, start - 14):start]
            for b in sorted(CHANGE_BASES, key=len, reverse=True):
                if b in far:
                    q["change"]["basis"] = CHANGE_BASES[b]
                    break


# two neighbouring digits give a rough range from the lower (八九十亿元: 80 to 90 亿, 五六十万元: 50 to 60 万)
_NEIGHBOUR_DIGITS = re.compile(r"(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])(?P<rest>[十百千]?(?:万亿|万|亿)?)")


def _neighbour_digit_range(cn: str) -> tuple[float, float] | None:
    """``(low, high)`` of a Chinese numeral printed as two neighbouring digits (八九十亿), else None."""
    m = _NEIGHBOUR_DIGITS.fullmatch(cn)
    if not m or _CN_DIGITS[m.group("b")] != _CN_DIGITS[m.group("a")] + 1:
        return None
    low, high = cn_to_number(m.group("a") + m.group("rest")), cn_to_number(m.group("b") + m.group("rest"))
    return (low, high) if low is not None and high is not None else None


def _build(m: re.Match, kind: str) -> dict | None:
    g = m.groupdict()
    pre, suf, unit_txt = g.get("pre"), g.get("suf"), g.get("unit")
    mult = MULTIPLIERS.get(g.get("mult") or "", 1.0)
    approx_word = g.get("a1") or g.get("a2")
    if kind == "arabic":
        base = _arabic(g["num"])
    else:
        base = cn_to_number(g["cn"])
        if base is None:
            return None
        mult = 1.0
    value = _exact(base, mult)
    comparator, approximate = "=", False
    low = high = None
    neighbours = _neighbour_digit_range(g["cn"]) if kind == "cn" else None
    if neighbours:
        value, (low, high) = neighbours[0], neighbours
        comparator, approximate = "range", True
    if pre:
        comparator, approximate = PREFIX_COMPARATORS[pre]
    if g.get("num2"):
        mult2 = MULTIPLIERS.get(g.get("mult2") or "", mult)
        if not g.get("mult") and base <= _arabic(g["num2"]):  # 20至30万元: the first number shares the second's
            value = _exact(base, mult2)  # multiplier; not 6000到1.1万人 (6000万 would pass the upper end)
        low, high = value, _exact(_arabic(g["num2"]), mult2)
        comparator = "range"
    elif approx_word:
        step = _step(g["num"]) if kind == "arabic" else 1.0
        if kind == "arabic" and g.get("a2") and not g.get("a1") and g.get("mult"):
            step = 1.0  # 3万多: the step is one unit of the multiplier
        low, high = value, _exact(base + step, mult) if kind == "arabic" else value * 2
        comparator, approximate = "range", True
    if suf:
        c, a = SUFFIX_COMPARATORS[suf]
        if comparator == "range" and c in ("≥", ">"):
            high = None
        if (comparator, c) in ((">", "≥"), ("<", "≤")):
            c = comparator  # 超1000万吨以上: the strict prefix and the suffix say the same, strictly
        comparator = c if comparator != "range" else comparator
        approximate = approximate or a
    if unit_txt and "/" in unit_txt:  # 2.5元/斤: a price per unit (微克/立方米: an amount outside the table as printed)
        amount, per = unit_txt.split("/", 1)
        unit = f"{unit_table()[amount]}/{unit_table().get(per, per)}" if amount in unit_table() else unit_txt
    else:
        unit = unit_table().get(unit_txt, "") if unit_txt else ""
    scale = UNIT_SCALES.get(unit_txt or "", 1.0)  # 30兆瓦: 3e4 kW
    if scale != 1.0 and low is not None:
        low, high = low * scale, high * scale if high is not None else None
    return {
        "text": m.group(0),
        "value": value * scale,
        "unit": unit,
        "unit_text": unit_txt or "",
        "comparator": comparator,
        "approximate": approximate,
        "low": low,
        "high": high,
    }


def find_quantities(text: str) -> list[dict]:
    """Every quantity of ``text`` with ``start``/``end`` offsets, in text order."""
    out: list[dict] = []
    taken: list[tuple[int, int]] = []
    idioms = [m.span() for m in _COUNTLESS.finditer(text)]
    arabic_q, cn_q, cn_small_q = _patterns()
    for kind, rx in (("arabic", arabic_q), ("cn", cn_q)):
        for m in rx.finditer(text):
            s, e = m.span()
            if e == s:
                continue
            g = m.groupdict()
            num_start = m.start("num") if kind == "arabic" else m.start("cn")
            if num_start > 0 and (text[num_start - 1] in _NOT_BEFORE or _identifier_or_clock(text, num_start)
                                  or _DENOMINATOR.search(text, max(0, num_start - 2), num_start)):
                continue  # 第3, 2.5; K7155次, D368次 (train numbers); 18：00, 3∶0: ordinals, identifiers, clocks; 1/3
            if g.get("unit") == _FRACTION[0] and text.startswith(_FRACTION[1], e):
                continue  # 三十万分之一, 3分之2: a fraction, not points
            if kind == "arabic":
                nxt = text[e:e + 1]
                if nxt and nxt.isascii() and nxt.isalpha() and not g.get("unit"):
                    continue  # 5G, 3D, 2035A
                if not g.get("unit") and not g.get("mult") and not g.get("suf"):
                    continue  # a bare number: a year, a code, a list item
                if g.get("unit") == "分" and text[num_start - 1:num_start] in ("时", "点"):
                    continue  # 10时04分 is a clock time
                if g.get("unit") == "点" and "." not in g["num"]:
                    continue  # 下午3点 is a clock time; index points are printed with decimals (128.3点)
                if g.get("unit") == "号" and not (g.get("a1") or g.get("a2")):
                    continue  # 3号楼, 5号: a label or a day; only an approximate count is a count (50多号病人)
                if g.get("unit") in ("秒", "米") and _MARK_HUNDREDTHS.match(text, e):
                    continue  # 22秒84, 21米09: a race time or a field mark (hundredths printed after the unit)
                if g.get("unit") == "型" and len(g["num"]) >= 3:
                    continue  # 18650型锂离子电池: a model named by its number, no count of models (3型火箭)
                if g.get("unit") == "对" and re.match(r"[\d一]", text[e:e + 1]):
                    continue  # 1对1帮扶: a ratio, not pairs
                if (g.get("unit") in _COHORT_UNITS or g.get("suf") == "级") and _YEAR_LIKE.fullmatch(g["num"]):
                    continue  # 2025级, 2019届, 2020期: a cohort or an edition named by its year, not a count
                if not g.get("unit") and not g.get("mult") and text.startswith(_TIME_AFTER, m.end("num")):
                    continue
                if not g.get("unit") and not g.get("mult") and g.get("suf") == "级":
                    continue
                if (g.get("a1") or g.get("a2") or g.get("mult")) is None and text.startswith(_TIME_AFTER, m.end("num")) \
                        and (not g.get("unit") or text.startswith(_TIME_WORDS, m.end("num"))):
                    continue  # 70周年, 3次会议; but a measure word that starts like a date word counts (4期, 22届, 300日元)
            else:
                if not (g.get("unit") or g.get("pre") or g.get("suf") == "级"):
                    continue  # 千万不能, 万众一心
                if g["cn"] in ("万", "亿") and not g.get("pre") and g.get("unit") not in _BARE_MYRIAD_UNITS \
                        and not _bare_myriad_threshold(g):
                    continue  # 万众, 亿万人民; but 万名干部, 突破万列 (a classifier no idiom starts with)
                if g.get("suf") == "级" and g.get("unit"):
                    pass
            if kind == "cn" and any(a < e and s < b for a, b in idioms):
                continue  # 成千上万家, 千千万万个村子: "countless", no number
            if g.get("pre") in ("上", "过", "数", "几") and kind == "arabic":
                s = m.start("num")  # 上/过 before Arabic digits is a verb, not a comparator
            pre = g.get("pre")
            if pre in _PRE_BAD_BEFORE and s > 0 and text[s - 1] in _PRE_BAD_BEFORE[pre] \
                    and not text.startswith(ABOUT_AFTER, s - 2):
                s = m.start("num") if kind == "arabic" else m.start("cn")  # 签约66.5亿元: no comparator
            if kind == "cn" and not pre and g["cn"].strip("万亿") == "" and not (
                    g["cn"] in ("万", "亿") and (g.get("unit") in _BARE_MYRIAD_UNITS or _bare_myriad_threshold(g))) \
                    and not (g["cn"] == "万亿" and g.get("unit") and _CROSSED_BEFORE.search(text, max(0, s - 2), s)):
                # (突破万亿元, 突破万亿千瓦时: a threshold of a trillion crossed, as 过万亿元)
                continue  # 亿万人民, 万众: no number without a digit or a comparator
            if any(a < e and s < b for a, b in taken):
                ns = m.start("num") if kind == "arabic" else m.start("cn")
                if g.get("pre") and not any(a < e and ns < b for a, b in taken):
                    s = ns  # the prefix belongs to the previous quantity: 5个以上千亿级
                else:
                    continue
            q = _build(m, kind)
            if q is None:
                continue
            if unit_starts_a_word(text, e, q):
                if not g.get("mult") and not (kind == "cn" and q["unit_text"] == "市"):  # (超百万市民: 百万 stands)
                    continue  # 2019国际…: no count
                e -= len(q["unit_text"])  # 8亿城镇人口: the number stands, 城 starts the noun
                q["unit"], q["unit_text"], q["text"] = "", "", text[s:e]
            if kind == "cn" and not g.get("pre") and text[s - 1:s] == _PER_BASIS:
                continue  # 每百万人口: the basis of a rate, not a figure
            if g.get("unit") == "个" and text.startswith(_YEARS_AS_DURATION, e):
                continue  # 干了4个年头: a duration in years, which the Guidelines leave out (as 30年来, 连续22年)
            if g.get("unit") == "人" and text[e:e + 1] == "口":  # 22万人口: 人口 is the noun, not the unit
                e -= 1
                q["unit"], q["unit_text"] = "", ""
            if q["unit_text"] == "度" and "电" not in text[max(0, s - 12):e + 1]:
                q["unit"] = "度"  # 360度全景: an angle (or a temperature); kWh only next to electricity (用电, 度电)
            if g.get("unit") == "级" and kind == "cn":
                q["unit"], q["unit_text"], q["comparator"], q["approximate"] = "", "", "≥", True
            if s != m.start() or e != m.end():
                q["text"] = text[s:e]
                pre = g.get("pre")
                # the prefix's comparator goes with the prefix only (约800万人口 keeps ≈: only 人 left the span)
                if pre and s > m.start() and q["comparator"] == PREFIX_COMPARATORS[pre][0]:
                    q["comparator"], q["approximate"] = "=", False
                    if g.get("suf"):  # 节约2小时左右: the suffix's comparator still stands (约 ended 节约)
                        q["comparator"], q["approximate"] = SUFFIX_COMPARATORS[g["suf"]]
            elif g.get("pre") and q["comparator"] == "range" and not g.get("num2"):
                # 至少1000多元, 近2300多张: the printed comparator bounds the figure, 多/余 only blurs it
                q["comparator"] = PREFIX_COMPARATORS[g["pre"]][0]
            if kind == "arabic" and s == m.start("num") and s > 0 and text[s - 1] in "-−－" \
                    and text[s - 2:s - 1] in ("为", "是", "：", ":", "（", "(", "约", "至", "到", "、", "和"):
                s -= 1  # 约为-0.6个百分点, 0.25%、-0.5%: a negative figure (also as an item of a list)
                q["value"], q["text"] = -q["value"], text[s:e]
            q["start"], q["end"] = s, e
            degrees_of_temperature(text, q)
            below_zero(text, q)
            more_after_unit(text, q)
            more_inside_unit(text, q)
            tens_of_myriads(text, q)
            e = q["end"]
            s = q["start"]
            _annotate_context(text, s, q)
            out.append(q)
            taken.append((s, e))
    for m in cn_small_q.finditer(text):  # 上百只, 近千人, 数百家
        s, e = m.span()
        if any(a < e and s < b for a, b in taken):
            continue
        v = cn_to_number(m.group("cn"))
        if v is None or not (m.group("pre") or m.group("a") or m.group("suf")):
            continue  # 三百人: a Chinese numeral needs a comparator (the Guidelines)
        if not m.group("pre") and (m.group("cn")[-1] == "十" or s > 0 and text[s - 1] in _CN):
            continue  # 十余名 (tens, left out); 五千三百余人 read from its middle
        low = high = None
        if m.group("pre"):
            c, a = PREFIX_COMPARATORS[m.group("pre")]
        elif m.group("a"):  # 百余套: a range of one step of its numeral
            c, a, low, high = "range", True, v, v + _CN_SMALL[m.group("cn")[-1]]
        else:
            c, a = SUFFIX_COMPARATORS[m.group("suf")]
        q = {"text": m.group(0), "value": v, "unit": unit_table()[m.group("unit")], "unit_text": m.group("unit"),
             "comparator": c, "approximate": a, "low": low, "high": high, "start": s, "end": e}
        _annotate_context(text, s, q)
        out.append(q)
        taken.append((s, e))
    for m in _DAY_COUNT.finditer(text):  # 15日内, 30日免签: days counted (no day of the month, see times.py)
        s, e = m.span()
        pre = next((w for w in ("不少于", "不超过", "不低于", "至少", "最长") if text.endswith(w, 0, s)), None)
        c = "=" if pre is None else PREFIX_COMPARATORS.get(pre, ("≤", False))[0]  # 最长30日: at most
        s = s - len(pre) if pre else s  # 不少于30日: the prefix comparator belongs to the span
        if not any(a < e and s < b for a, b in taken):
            q = {"text": text[s:e], "value": float(m["n"] or m["n2"]), "unit": "日", "unit_text": "日", "comparator": c,
                 "approximate": False, "low": None, "high": None, "start": s, "end": e}
            _annotate_context(text, s, q)
            out.append(q)
            taken.append((s, e))
    for m in _TENTHS.finditer(text):  # 超七成, 降三成
        s, e = m.span()
        before = text[max(0, s - 4):s]
        if not m.group("pre") and not m.group("a") and not m.group("about") and not m.group("bound") and not m.group("cn2") \
                and not any(w in before for w in ("降", "增", "下降", "占", "提高", "减少", "超", "近")):
            continue  # 六成多: 多 after the share is a comparator of its own
        if any(a < e and s < b for a, b in taken):
            continue
        c, a = PREFIX_COMPARATORS[m.group("pre")] if m.group("pre") else ("≈", True) if m.group("about") else ("=", False)
        if m.group("bound") and not m.group("pre"):  # 九成以上: a share bounded by its suffix (超八成以上 stays >)
            c, a = SUFFIX_COMPARATORS[m.group("bound")]
        value = 10.0 * cn_to_number(m.group("cn"))
        low = high = None
        if m.group("a") and not m.group("pre"):
            c, a, low, high = "range", True, value, value + 10.0
        elif m.group("cn2"):
            c, a, low, high = "range", True, value, 10.0 * cn_to_number(m.group("cn2"))
        q = {"text": m.group(0), "value": value, "unit": "%", "unit_text": "成",
             "comparator": c, "approximate": a, "low": low, "high": high, "start": s, "end": e}
        _annotate_context(text, s, q)
        out.append(q)
        taken.append((s, e))
    for m in _PERCENT_CN.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken):
            continue
        whole, _, frac = m.group("cn").partition("点")
        pair = _CN_PAIR_OF_TENS.fullmatch(whole)
        if pair is not None and not frac and _CN_DIGITS[pair.group(2)] == _CN_DIGITS[pair.group(1)] + 1:
            # 百分之八九十: two tens in a row, a range from the first (as 八九成, 两三万)
            lo, hi = 10.0 * _CN_DIGITS[pair.group(1)], 10.0 * _CN_DIGITS[pair.group(2)]
            q = {"text": m.group(0), "value": lo, "unit": "%", "unit_text": "百分之", "comparator": "range",
                 "approximate": True, "low": lo, "high": hi, "start": s, "end": e}
            _annotate_context(text, s, q)
            out.append(q)
            taken.append((s, e))
            continue
        v = cn_to_number(whole)
        if v is None:
            continue
        if frac:
            v += float("0." + "".join(str(_CN_DIGITS.get(c, 0)) for c in frac))
        q = {"text": m.group(0), "value": v, "unit": "%", "unit_text": "百分之", "comparator": "=",
             "approximate": False, "low": None, "high": None, "start": s, "end": e}
        _annotate_context(text, s, q)
        out.append(q)
        taken.append((s, e))
    for q in listed_before_unit(text, out):
        if not any(a < q["end"] and q["start"] < b for a, b in taken):
            _annotate_context(text, q["start"], q)
            out.append(q)
    out.sort(key=lambda q: q["start"])
    out = _without_clock_readings(text, out)
    for i in range(len(out) - 2, -1, -1):  # 12亿、8亿千瓦时 / 3.1万、2万人次: an enumeration shares the last unit
        prev, q = out[i], out[i + 1]
        if not prev["unit"] and q["unit"] and text[prev["end"]:q["start"]] in ("、", "和", "及", "与") and prev["text"][-1] in "万亿":
            prev["unit"], prev["unit_text"], prev["shared_unit"] = q["unit"], q["unit_text"], True
    for prev, q in zip(out, out[1:]):  # 高7.5个和1.1个百分点: 个 shares the 百分点 that follows
        if prev["unit_text"] == "个" and q["unit"] == "pp" and text[prev["end"]:q["start"]] in ("和", "、", "及"):
            prev["unit"], prev["unit_text"], prev["shared_unit"] = "pp", "个百分点", True
    for prev, q in zip(out, out[1:]):  # 5个以上千亿级产业集群: each of the 5 is at least 1e11
        if q["text"].endswith("级") and q["start"] == prev["end"] and not prev["text"].endswith("级"):
            prev["each"] = {"value": q["value"], "comparator": q["comparator"], "spans": [[q["start"], q["end"]]]}
    return out


# a race or stop-watch reading: hours, minutes and seconds printed back to back
_CLOCK_READING = re.compile(r"(?:\d{1,2}(?:个)?小时)?\d{1,2}分\d{1,2}(?:\.\d+)?秒")


def _without_clock_readings(text: str, qs: list[dict]) -> list[dict]:
    """Drop the parts of race and stop-watch times (1小时25分49秒, 22分31秒): a result of a race, not a figure of a
    metric (the gold leaves them out since h11); a travel time without seconds (约1小时45分钟) stays."""
    readings = [m.span() for m in _CLOCK_READING.finditer(text)]
    if not readings:
        return qs
    return [q for q in qs if not any(a <= q["start"] and q["end"] <= b for a, b in readings)]
