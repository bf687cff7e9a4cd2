"""Figures that specify a thing rather than report a figure about it (kept apart from descriptors.py, which reads
counts and sizes of things already named): the sides of a size printed as a product (30米×60米), a rating that names
a class of equipment (500千伏线路, 4台30万千瓦机组), how far away a place is (10公里之外), a design figure or a maximum a
facility can deliver (设计年发电量N, 单日可最大提供N车次), and what an exhibition not yet open will show (汇聚N组、N件文物
under a title that announces it as coming). None is planned by a modal or reported yet: bare.
"""
from __future__ import annotations

import re

from .clauses import _clause_start

# the sides of a size printed as a product (冰场尺寸为30米×60米): a specification, not a figure
_TIMES_SIGNS = "×xX＊*"
# a figure that names a class of equipment by its rating (500千伏线路, 4台30万千瓦机组: each unit's rating after the count)
_RATED_UNITS = {"kV", "kW", "MW", "kVA"}
# how far away a place is (在中山站10公里之外的基地)
_AWAY_AFTER = re.compile(r"(?:之外|以外|开外)")
# the equipment a rating names (220千伏线路接入, 5万千瓦风力发电机组)
_RATED_THING_AFTER = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:线路|机组|变电站|换流站|输电线|变压器|主变)")


def _specification(text: str, q: dict) -> bool:
    """Does ``q`` specify a thing (a side of ``30米×60米``, a rating ``500千伏线路``, the rating of each unit after their
    count ``4台30万千瓦机组``) or say how far away a place is (``10公里之外``)?"""
    if text[q["end"]:q["end"] + 1] in _TIMES_SIGNS and re.match(r"\d", text[q["end"] + 1:q["end"] + 2]) \
            or text[q["start"] - 1:q["start"]] in _TIMES_SIGNS and re.search(r"[米m]$", text[max(0, q["start"] - 2):q["start"] - 1]):
        return True
    if q["unit"] in _RATED_UNITS and (_RATED_THING_AFTER.match(text, q["end"])
                                      or re.search(r"\d[台套座个组]$", text[max(0, q["start"] - 2):q["start"]])):
        return True
    return _AWAY_AFTER.match(text, q["end"]) is not None


# what a thing can do in a unit of time (一小时能分拣N, 每年可节约…约N, 年均可提供N)
_IN_TIME = r"(?<![\d今明去当全上本后前将老青少中半])(?:每|一)?(?:年|小时|天)(?:(?!将|预计|要)[^，。；\d]){0,8}?"
_NOT_A_CAPACITY_AFTER = r"(?!达到|达|实现|完成|源|力|耗|效|容纳)"
_CAN_IN_TIME = _IN_TIME + r"(?:可以|可|能够|能)" + _NOT_A_CAPACITY_AFTER
# a design figure or a maximum a facility can deliver (设计年发电量12亿千瓦时, 单日可最大提供约1300车次): a specification
# even in a sentence that plans something else (…，将直接带动…); no modal between the word and the figure
_DESIGN_BEFORE = re.compile(r"设计(?:年|日)?[\u4e00-\u9fff]{0,4}?(?:量|能力|容量|时速|速度|寿命)(?:为|达|约|近)?$"
                            r"|(?:可最大|最大可|可最多)[\u4e00-\u9fff]{0,4}?(?:约|近)?$"
                            # a yearly or daily throughput a plant can reach (年处理鲜笋可达1.2万吨, 日加工能力可达N)
                            r"|(?:年|日)(?:处理|加工|生产|产)[\u4e00-\u9fff]{0,6}?可(?:达到|达)(?:约|近)?$"
                            # what a thing can do in a unit of time (一小时能分拣N, 每年可节约…约N, 年发电量可满足N户): a
                            # capacity claimed, not a figure reported or planned (no 将/预计 between)
                            rf"|{_CAN_IN_TIME}(?:(?!将|预计|要)[^，。；\d]){{1,12}}?(?:约|近)?$"
                            # what a plant yields once in operation (全部投产后年均发电量约N, 投运后每年可为…带来约N; not
                            # 投产后预计年产N, a forecast)
                            r"|(?:投产|投运)后(?:(?!预计|预测|将|计划|力争|确保)[^，。；\d]){0,16}?(?:约|近)?$")


# an exhibition announced as coming in the title (某馆将推出…大展, …将亮相…博览会国家展)
_COMING_SHOW_TITLE = re.compile(r"将[^，。\n]{0,10}?(?:推出|亮相|开幕|举办|展出|开展|开放)[^\n]*?(?:展|博览会)"
                                r"|(?:展|博览会)[^\n]*?将[^，。\n]{0,6}?(?:推出|亮相|开幕|举办|展出|开展|开放)")
# what the exhibition shows or covers, before its figure (汇聚1129组文物, 展览面积共3万平方米)
_SHOWS_BEFORE = re.compile(r"(?:汇聚|汇集|展出|展示|呈现|展览面积|展区面积|展陈面积)[^，。；\d]{0,4}$")


def _coming_exhibition(text: str, q: dict) -> bool:
    """Is ``q`` what an exhibition not yet open will show (its items or its area), in an article whose title announces
    it as coming? Nothing is reported yet and no modal governs the figure: bare (as the area of a future exhibition)."""
    title_end = text.find("\n")
    if title_end < 0 or not _COMING_SHOW_TITLE.search(text, 0, title_end):
        return False
    lo = _clause_start(text, q["start"])
    if _SHOWS_BEFORE.search(text, max(lo, q["start"] - 10), q["start"]):
        return True
    # the second figure of a list after the verb (汇聚1129组、近3000件文物)
    return text[lo:q["start"]].rstrip("近约超过逾多余").endswith("、") and _SHOWS_BEFORE.search(
        re.sub(r"[\d.]+[\u4e00-\u9fff]?、$", "", text[lo:q["start"]].rstrip("近约超过逾"))) is not None


# a capacity claimed in an earlier clause of the sentence (年均可提供N千瓦时电力，满足N户家庭的用电需求; 每年可输送N，…，减排
# 二氧化碳N吨): it reaches the clauses after it that add what it yields, with no modal, time or figure-free verb of their own
# (可, 可以, 能够 only: a bare 能 also ends 产能, 技能; a later clause stating a level or a rate of its own, 年出口交货值超过N,
# 减容率达N, 其中，某产品每天N吨, is a figure of its own)
_CAN_EARLIER = re.compile(_IN_TIME + r"(?:可以|可|能够)" + _NOT_A_CAPACITY_AFTER + r"[^。；！？]*\d[^。；！？]*，$")
# (also a goal's cue: 争取年出栏量能到500头, what the farm aims at, is the goal's figure)
_FORECAST_BEFORE = re.compile(r"(?:预计|争取|力争|确保)[^，。；\d]{0,12}$")
_OWN_CUE = re.compile(r"将|预计|计划|要|力争|确保|争取|目标|\d{4}年|今年|明年|已|了|达|为|超过|是|每")


def _design_or_maximum(text: str, q: dict) -> bool:
    """Is ``q`` a design figure or a maximum of a facility (设计年发电量N, 单日可最大提供N车次), or what such a capacity
    yields in a later clause of its sentence (年均可提供N电力，满足N户)?"""
    lo = _clause_start(text, q["start"])
    m = _DESIGN_BEFORE.search(text, max(lo, q["start"] - 20), q["start"])
    if m is not None:
        # 预计一年可享受…约N, 预计每年能给…增加N: what a thing can do in a unit of time, forecast, is the forecast's figure
        return _FORECAST_BEFORE.search(text, lo, m.start()) is None
    s0 = max(text.rfind(c, 0, lo) for c in "。；！？\n") + 1
    return lo > s0 and _OWN_CUE.search(text, lo, q["start"]) is None \
        and _CAN_EARLIER.search(text, max(s0, lo - 80), lo) is not None
