"""Levels and changes: figures that are the change of another figure, a level of a change, or read against another
figure.

A change right after a level is that level's change (…766.02亿元，同比增长35.47%), and a threshold the level
crossed only repeats it (910万吨，首次突破900万吨). A gap to a base (比上年末高1.3个百分点), the start and end levels
of a change (由A减少到B, 从2018年的40元上涨至45元), the level a revision sets (上调…预期至4.6%) and an earlier forecast
are each decided by relating a figure to another one of its sentence; that is the one idea of this module.
"""
from __future__ import annotations

import re

from .clauses import _clause_start, _window_start
from .modal_cues import _first_modal, disposal_keeps

# what links a change to the level before it: 同比增长, 比上年提高, 同比多增 (a change of a change), 与2018年相比增幅,
# and a record between them (超过5000项，创历史新高，较2024年增长6.4%), and the real change after the nominal one
# (名义增长9.6%，扣除价格因素影响，实际增长7.1%: a change of the same level)
_CHANGE_LINK = re.compile(r"^(?:[，,]?[^，。；、（(]{1,12}[，,](?=同比|环比|比|较|与|实际))?[，,、]?(?:其中[，,]?)?(?:创[^，。；]{1,8}[，,])?(?:资产总额|总额|总量)?"
                          r"(?:同比|环比|(?:比|较)[^，。；]{1,12}?|与[^，。；]{1,10}?相比)?(?:大幅|明显|稳步|分别|均|也|又|再|累计|实际|名义)?"
                          r"(?:增长|增加|提高|上升|下降|减少|降低|回落|提升|增幅|降幅|涨幅|多增|少增|多减|少减|增产|减产|增|降"
                          r"|(?<=[^，。；]{2})[高低多少快慢])了?(?:约|近|为|达)?$")


# 获贷率58.6%，比上年末高1.3个百分点: the gap between two levels, printed after one of them
_DIFFERENCE = re.compile(r"(?:(?:比|较|与)[^，。；,]{1,16}?(?:高|低|快|慢|加快|放缓|扩大|收窄|提高|提升|下降|增加|减少|回落|相差)"
                         r"|(?:高出|低于|高于|快于|慢于)[^，。；,]{1,16}?)了?(?:约|近)?$")  # 高出同期…增速1.7个百分点


# the gap to a level printed inside the comparison (比当日到期量1.05万亿元多1500亿元): the difference of two levels
_GAP_TO_A_LEVEL = re.compile(r"(?:比|较)[^，。；]{1,24}?(?:多|少|高出|低出)(?:约|近)?$")


def _is_level_difference(text: str, sent: str, s0: int, q: dict, qs: list[dict]) -> bool:
    """A percentage-point gap to a comparison base, after a rate printed earlier in the sentence: the
    rate is the observation, the gap describes it (a gap with no rate before it is an observation); an amount more or
    less than a level printed in its comparison (比到期量1.05万亿元多1500亿元)."""
    gap = _GAP_TO_A_LEVEL.search(text, max(s0, q["start"] - 30), q["start"])
    if gap is not None and any(gap.start() < p["start"] and p["end"] <= q["start"] and p["unit"] == q["unit"] for p in qs):
        return True
    if q["unit"] != "pp":
        return False
    clause = sent[_window_start(sent, q["start"] - s0, 0):q["start"] - s0]
    if not _DIFFERENCE.search(clause):
        return False
    return any(p["unit"] in ("%", "pp") and p["end"] <= q["start"] for p in qs if p is not q)


# 销量下滑16%至12.23万辆, 比上年增加32万人，达到3588万人: the change of the level printed after it
_CHANGE_THEN_LEVEL = re.compile(r"[，,]?(?:至|到)(?:约|近)?|[，,](?:达到|达)(?:了)?(?:约|近)?")
_THRESHOLD_CROSSED = re.compile(r"[，,]?(?:首次|再次|历史性)?(?:突破|超过|跨过|迈上|站上)"
                                # 出口1401.3亿元，为月度历史首次突破1400亿元关口: the mark the level passed, named after 为
                                r"|[，,]为[\u4e00-\u9fff]{0,8}?(?:首次|再次|历史性)(?:突破|超过|跨过|迈上|站上)")
_FIRST_TIME = re.compile(r"[，,][\u4e00-\u9fff]{0,8}?(?:首次|首|再次|再)")  # 25.47万亿元，规模历史同期首超25万亿元


_END_LEVEL = re.compile(r"(?:从|由)[^，。；]{0,20}?\d[^，。；]{0,12}?(?:下降|减少|增长|增加|提高|提升|上升|上涨|扩大|缩小|降低|"
                        r"跃升|攀升|回落|放缓|加快|减缓|回升|下滑|收窄|升|降)了?(?:到|至)了?$"
                        # 从2024年的N万亿元迈上M万亿元新台阶: a step up to the end level
                        r"|(?:从|由)[^，。；]{0,20}?\d[^，。；]{0,12}?(?:迈上|跃上|登上|站上)$")
_START_LEVEL = re.compile(r"(?:由|从)[^，。；、“”]{0,14}$")
_CHANGE_TO = re.compile(r"(?:（[^（）]{1,12}）)?(?:[^，。；、\d]{0,6}?)(?:(?:下降|减少|增长|增加|提高|提升|上升|上涨|扩大|缩小|降低|跃升|攀升|回落|放缓|加快|减缓|回升|下滑|收窄|升|降|涨)了?(?:到|至)"
                        r"|迈上|跃上|登上|站上)")
# a figure that is a level of a change (环节将由4个减少到3个, 办理时间由9天减少到3—5天, 单证时间降为8—10小时): the end level
# right after the change verb, or the start level between 由/从 and the change
_END_OF_CHANGE = re.compile(r"(?:下降|减少|增长|增加|提高|提升|上升|上涨|扩大|缩小|缩短|压缩|降低|延长|升|降)了?(?:到|至|为)(?:约|近)?$")


def _level_of_change(text: str, s0: int, q: dict) -> bool:
    """Is ``q`` the start or the end level of a change printed around it (由A减少到B, 降为B)?"""
    if _END_OF_CHANGE.search(text, max(s0, q["start"] - 8), q["start"]):
        return True
    return _START_LEVEL.search(text, max(s0, q["start"] - 16), q["start"]) is not None \
        and _CHANGE_TO.match(text, q["end"]) is not None


def _planned_change(text: str, s0: int, q: dict) -> bool:
    """Is ``q`` a level of a change in a clause that reports nothing done (环节由19个减少到14个, 边境费用降为316美元)? An
    auxiliary of an earlier clause of the sentence (施工许可将实行…，…环节由19个减少到14个) then governs it too, as a future
    date would."""
    lo = _clause_start(text, q["start"])
    # (not the level of a disposal 将 of its own clause: 并将…税率从15%降至7.5%)
    return _level_of_change(text, s0, q) and re.search(r"已|了|将", text[max(s0, lo):q["start"]]) is None


# the level an auxiliary says will be reached (倾角将达到24度, 审批时长将达到3天): the metric's planned figure
_WILL_REACH = re.compile(r"将(?:达到|达)(?:约|近)?$")


def _planned_duration(sent: str, s0: int, text: str, q: dict, plan: dict | None) -> bool:
    """Is the duration or angle ``q`` a level of a planned change (办理时间将由9天减少到3—5天, 单证时间将降为8—10小时) or
    one that will be reached (倾角将达到24度)? It is then the metric's figure; a change already made (周期压缩至12天) or a
    resolution (由逐3小时提升到逐小时) stays bare."""
    if _WILL_REACH.search(text, max(s0, q["start"] - 6), q["start"]) is not None:
        return True
    if text[q["start"] - 1:q["start"]] == "逐" or not _level_of_change(text, s0, q):
        return False
    return plan is not None or _first_modal(sent, s0, text, 0, q["start"] - s0) is not None


# the base of a comparison right before a figure: 较此前预测的410亿美元, 比上年的N (a figure named to compare with)
_BASE_OF_COMPARISON = re.compile(r"(?:较|比|相比|高于|低于)[^，。；、\d]{0,8}的$")


# the comparison before a year whose level follows (高于2018年的135起, 相比2014年的94起)
_BASE_BEFORE_TIME = re.compile(r"(?:高于|低于|相比|相较|比|较|超过|少于|多于)(?:于)?$")
# the level a revision sets (上调…预期至4.6%, 下调0.2个百分点至0.9%) and an earlier forecast named after its figure
# and a later item of a list of revised levels (预测分别下调至3%和2.5%: 2.5% is revised as 3% is)
_REVISED_LEVEL = re.compile(r"(?:上调|下调|调升|调降|调高|调低)了?(?:[^，。；\d]{0,12}|约?\d+(?:\.\d+)?个百分点)(?:至|到)"
                            r"(?:-?\d+(?:\.\d+)?[%％][和、与及])?$")
# a level kept (预期维持在1.3%不变), the first or a later item of a list of kept levels (维持在0.0%、0.25%、-0.5%不变)
_KEPT_LEVEL = re.compile(r"维持在(?:-?\d+(?:\.\d+)?%、){0,4}$")
# a decision that keeps its object at a level (将…利率继续维持在N不变) or holds it under a limit (将城镇调查失业率控制在N以内，
# 登记失业率控制在N以内): a disposal 将 (modal_cues.disposal_keeps), its levels bare as a forecast's; only after a
# disposal with an object (a forecast's 控制在 is its goal)
_HELD_LEVEL = re.compile(r"控制在$")


def kept_level(text: str, sent: str, s0: int, q: dict) -> bool:
    """Is ``q`` a level a forecast or a decision keeps (预期维持在N不变, 将利率维持在N不变): bare, as a revised level."""
    lo = max(s0, q["start"] - 30)
    if disposal_keeps(sent, "控制") and _HELD_LEVEL.search(text, lo, q["start"]) is not None:
        return True
    return ("预期" in sent or disposal_keeps(sent, "维持")) and _KEPT_LEVEL.search(text, lo, q["start"]) is not None
_PREVIOUS_FORECAST_AFTER = re.compile(r"的(?:预期|预测值|预测|预估)")
# a change measured against an earlier forecast (比4月预测值低0.1个百分点, 较此前预测增加12.5%, 比此前预测减少N)
_AGAINST_FORECAST = re.compile(r"(?:比|较|与)[^，。；]{0,12}(?:预测|预期)(?:值|数)?(?:相比)?[^，。；\d]{0,6}$")
