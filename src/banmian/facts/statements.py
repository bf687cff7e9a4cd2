"""Statements: targets, observations and tasks, built from quantities and time references.

Every quantity that measures something becomes at most one statement, decided inside
its sentence by a cascade (each step only engaging if the previous did not decide):

1. a change figure right after a level figure (``…766.02亿元，同比增长35.47%``) is the
   *change* of that observation, not a statement of its own;
2. a modality cue before the quantity (确保 力争 争取 预计 计划 目标 将 要 拟 有望) makes
   a *target*, except ``预计`` about a period that has ended or ends this year, which is a
   *forecast observation*;
3. a future deadline introduced by 到/至 (``到2025年，…达到…``) makes a target without modality;
4. a sentence piece that continues a target (after ``；``, or a ``其中`` breakdown) is a target too;
5. a period (in the sentence, else the last one of the paragraph) or a year-on-year basis
   makes an *observation* (actual) -- unless the period ends in a later year than the issue,
   which makes the figure part of a plan (a target without modality).

Not statements: gaps between two levels (``…58.6%，比上年末高1.3个百分点``), counts of
things already named (``在这70部作品中``), figures that state a rule rather than report one
(a format ``15局8胜制``, a limit ``最多可被处以…``, ``每场至少4名…``; a rate paid on a basis
``缴纳…工资收入的0.15%``), counts in a locative phrase (``在12个项目的比赛中``) and the places
participants come from (``来自40多个国家的800名代表``: the 800 is the figure).

Tasks are ``要/必须/着力`` + a verb of work (推动, 推进, 加快…) up to the clause end.

The rules the cascade reads live in modules of their own, each deciding one thing about a figure or a
time: modal_cues.py (is a cue word a modal verb here), modal_scope.py (which cue governs the figure),
periods.py (which times date figures, and which period or deadline a figure takes), changes.py (a
figure that is the change or a level of another), descriptors.py, specifications.py and rules_and_rates.py
(figures that are no statement), metric_names.py (the words that name what a figure measures) and clauses.py
(where a figure stands in its sentence). This module keeps the walk over sentences and figures that applies
them in order, and the tasks.
"""
from __future__ import annotations

import re
from datetime import date

from .changes import (_AGAINST_FORECAST, _BASE_BEFORE_TIME, _BASE_OF_COMPARISON, _CHANGE_LINK, _CHANGE_THEN_LEVEL,
                      _CHANGE_TO, _END_LEVEL, _END_OF_CHANGE, _FIRST_TIME, _PREVIOUS_FORECAST_AFTER, kept_level,
                      _REVISED_LEVEL, _START_LEVEL, _THRESHOLD_CROSSED, _is_level_difference, _planned_change,
                      _planned_duration)
from .clauses import (_bracketed, _clause_end, _clause_start, _in_short_quote, _window_start, opens_own_place,
                      opens_own_time)
from ..restore.cues import SPACES
from .cues import TASK_VERBS, alternation
from .descriptors import (_temperature_condition, _NO_OBSERVATION_UNITS, _PLAN_PARTS, _THRESHOLD_NEXT, _TIME_METRIC,
                          _TIME_METRIC_CHANGE,
                          _PLANNABLE_UNITS, _described, _group_of_a_part, _is_descriptor, _locative,
                          _monitoring_or_capacity, _one_of_a_set, population_of_the_nation,
                          _origin_of_participants, _threshold_of_a_category)
from .metric_names import _metric, _metric_after
from .modal_cues import WHY_ASKED, _AUXILIARIES, _BA_FROM, _BA_TO, _MODAL, _POSSIBLE_BEFORE, _first_modal
from .modal_scope import _EFFORT_SPAN, _modal, _plan_sentence, _plans_after, reports_progress
from .modality import closes_list, counts_places, makes_count
from .periods import (_BREAKDOWN_START, _CONDITION_START, _DATELINE, _EVENT, _FIRST_DAY, _FORMER_LEVEL, _HABITUAL,
                      _YEARLY_RATE,
                      _LABEL_AFTER, _item_datelines, _PRESENT, _SAME_PERIOD, _STARTS, _TO_BEFORE, _VAGUE_SPAN, _as_of,
                      _balance_as_of, _dates_a_start_level,
                      _document_time_over, _month_after_base,
                      _ends_in_a_later_year, _joined_ranges, _period_view, _range_year, _respective_time, _short,
                      _usable_time)
from .rules_and_rates import (_BASIS_BEFORE, _CONVERSION_BEFORE, entitlement, per_act_basis, per_unit_before,
                              _exchange_rate, _rate_per_unit,
                              _illustrates_or_conditions, _match_record, _rate_of_a_basis, _rate_paid_on_a_basis, _reckoned,
                              _states_a_criterion, _states_a_format, _states_a_limit)
from .specifications import _coming_exhibition, _design_or_maximum
from .statement_cues import (_GOAL_COLON, goal_set, _FORECAST_BY, _DISPOSAL_TO, _ANNOUNCED_BEFORE, _GOAL_BEFORE, _GOAL_DISPOSAL, _GOAL_AFTER,
                             _ADOPTED_BUDGET, _RECORD_SINCE, _FROM_BEFORE, _AFTER_COMPLETION, _TERM_OF_FORECAST, _VALIDITY_BEFORE, _GOAL_LEAD, _ANNOUNCES)

__all__ = ["find_statements"]

_SENT = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
# a sentence that tells what a thing is made of (中欧班列东通道由3个口岸组成，已形成27条线路): a description, which the
# period of the paragraph's earlier sentences does not date
_COMPOSITION = re.compile(r"由[^，。；]{1,30}?(?:组成|构成)")
_OWNER_WORDS = re.compile(r"全市|全区|全省|全县|全国|我市|我区|我省|我县|全镇|全州")
_TASK = re.compile(rf"(?P<head>要|必须|着力|将|坚持)(?P<verb>{alternation(TASK_VERBS)})(?P<body>[^。；！？，]*(?:，[^。；！？，]*)?)")


# a change from a dated earlier level to the level of a later year (由2006年的5对增至2026年的13对): the 至 ends the verb of
# change, it sets no deadline; the year dates the level reached
_CHANGED_FROM_YEAR = re.compile(r"[由从]\d{4}年[^，。；]{0,6}?的[^，。；]{1,12}?(?:增|升|提高|提升|扩大|增长|增加|降|减少|下降|缩短)(?:至|到)$")
# a retrospective from a past year's event to a later year (从2016年首届马拉松举办，到2019年报名人数超N): the 到 closes
# the stretch looked back on, it sets no deadline
_LOOKED_BACK_FROM = re.compile(r"[从自](\d{4})年[^。；]{1,30}?[，,]\s*到$")


# a paragraph that opens with a subjectless measure (完善基础设施布局，推进…，推动…提升至95%): one item of the list of
# measures a plan period set out before it (“十五五”时期，…将更加完善。/ 到2030年…) announces
_MEASURE_OPENING = re.compile(r"\s*(?:完善|优化|加强|强化|深化|推进|推动|加快|实施|健全|构建)[\u4e00-\u9fff“”]{2,12}[，,。]")


# a rank the figure earns, in its clause after it (今年甲品牌以N品牌价值跻身全球前十, …位居全国第一): a standing reached,
# a report, not the year's plan
_STANDING_AFTER = re.compile(r"[^，。；！？]{0,12}?(?:跻身|位居|位列|名列|稳居|排名|排在)")
# 在N个月内完成, 于N日内完成: a time limit (在…内, a bound the completion must keep), bare, not a goal's time to complete
_TIME_LIMIT = re.compile(r"[在于](?:约|近|最多|最长)?$")
# a duration right before the verb of a completion (确保6天完工): under a goal's cue, the time the completion may take
_TIME_TO_COMPLETE = re.compile(r"(?:内|之内|以内)?(?:完工|竣工|建成|完成|交付|投产|投用|建好)")
# a proposal told in the sentence before the figure (2026年，某市提出加快实施…行动，推动…突破100家): what was proposed for a
# year not over is a goal of that year, as in a sentence with a modal cue; not the noun phrase 提出的 (…纲要提出的N项),
# nor a count in 提出's own clause (提出2020年N项活动计划: the items proposed, counted now)
_PROPOSED = re.compile(r"提出(?![的了过])")
# a sentence opening with the plan it follows (根据国家规划，…; 按照…规划，…)
_PLAN_SOURCE = re.compile(r"[“”\s]*(?:根据|按照|依据|依照)[^，。；]{0,12}?(?:规划|计划|纲要)[，,]")
# 期间 right after a period (“十三五”期间, 2016—2020年期间): the whole period, not its end
_WHOLE_PERIOD_AFTER = re.compile(r"[”\"]?期间")

# the cues of a plan made now (not 预计/预测, which may forecast a period already over)
_PLAN_CUES = ("计划", "将", "拟", "力争", "争取", "确保")


def _narrated_before(text: str, time_end: int, cue: int) -> bool:
    """Whether a past time dates a deed done in its own clause (于去年11月引进了…), and the plan's cue opens a later
    clause: the plan that follows the deeds is of now. A time that frames the sentence (去年，…) dates the plan too."""
    own = _clause_start(text, cue)
    time_clause_end = _clause_end(text, time_end)
    return own > time_clause_end > time_end and "了" in text[time_end:time_clause_end] \
        and not re.search(r"[^，；\s]{3,}", text[own:cue])


def _measure_item(text: str, para_start: int, p_end: int, times: list[dict], prev_deadline: dict | None,
                  issue: date) -> dict | None:
    """The plan period (ending in a later year than the issue) that the paragraph ``para_start``–``p_end`` lists a
    measure of: the last future time of the paragraph just before, when this paragraph opens with a measure and prints
    no time of its own; its figures with no modal are that plan's goals (targets with no modality), else None."""
    if prev_deadline is None or not _ends_in_a_later_year(prev_deadline, issue) or not _MEASURE_OPENING.match(text, para_start):
        return None
    if any(para_start <= x["start"] < p_end and x["resolved"] for x in times):
        return None
    return prev_deadline


# a paragraph that is a heading of goals (2020年经济社会发展主要预期目标：, 主要目标是：), and the items listed under it
_GOAL_HEADING = re.compile(r"(?:目标|指标)(?:是|为|如下)?[：:]\s*$")
_LIST_ITEM = re.compile(r"\s*(?:——|—|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])")


def _goal_list(text: str, prev_start: int, prev_end: int, start: int, times: list[dict], issue: date,
               listed: dict | None) -> dict | None:
    """The goals a heading lists, for the paragraph opening at ``start`` (the one before it: ``prev_start``–``prev_end``):
    ``{"time": the heading's time or None}`` when that paragraph is a heading of goals or an item under one, and this
    one opens as an item of the list (——, （一）, 一是, 1.); else None. Figures of the items with no modal of their own
    are the goals, dated by a time of the heading not yet over (2020年 in May 2020), as a goal named before its figure."""
    if not _LIST_ITEM.match(text, start):
        return None
    if _GOAL_HEADING.search(text, prev_start, prev_end):
        dated = [x for x in times if prev_start <= x["start"] < prev_end and x["resolved"] and x["to"]
                 and x["to"] >= issue.isoformat()]
        return {"time": dated[-1] if dated else None}
    return listed  # the list goes on while its items do


_LEAD = re.compile(r"[\u4e00-\u9fff]{2,3}$")
# a sentence that turns against the one before or names a source of its own (不过，根据…数据，…): no parallel of it
_TURN_OR_SOURCE = re.compile(r"[“”\s]*(?:不过|但|然而|根据|据|按照|依据)")


def _parallel_target(text: str, s0: int, q: dict, earlier: list[dict]) -> dict | None:
    """The statement of the sentence before (``earlier``, its targets with a modal) whose wording a figure of a sentence
    with no time or cue of its own repeats: the same two or three characters right before the figure (预计今年A可供种N，
    需种M。B可供种K，需种L。) go on with that target's modality and deadline; else None."""
    lead = _LEAD.search(text, max(s0, q["start"] - 3), q["start"])
    if lead is None:
        return None
    for x in reversed(earlier):
        start = x["quantity"]["spans"][0][0]
        if x["modality"] and text[start - len(lead.group(0)):start] == lead.group(0):
            return {"modality": x["modality"], "modality_spans": x["modality_spans"], "deadline": x["deadline"]}
    return None


def _looks_back(text: str, s0: int, t: dict, issue: date) -> bool:
    m = _LOOKED_BACK_FROM.search(text, s0, t["start"])
    return m is not None and int(m.group(1)) < issue.year


def _plan_continued(text: str, sent: str, s0: int, prev_target: dict | None, new_paragraph: bool) -> dict | None:
    """The target a sentence piece continues, if any: the piece after a ``；`` inside a plan
    (``到2025年，…超过5万亿元；…比重超过2%``) keeps its modality and deadline; a breakdown
    (``将培养3.7万名人才。其中，护理人员1.9万人…``) keeps the deadline, with no modality of its own."""
    if prev_target is None:
        return None
    if sent.lstrip().startswith("其中"):
        return {"modality": "", "modality_spans": [], "deadline": prev_target["deadline"]}
    if not new_paragraph and text[s0 - 1:s0] == "；":
        return prev_target
    return None


_NO_PERIOD = {"none": True}
# a rate the figure is set at (赤字率拟按3%左右安排, 按5%执行): the level planned, not a rate of a basis
_LEVEL_ARRANGED = re.compile(r"(?:安排|执行|确定|掌握)")
# the rate of a change printed right after its amount (减少277平方公里，减幅达1.9%; 增加1.2万户，增幅达174%)
_RATE_OF_THE_CHANGE = re.compile(r"(?:减少|增加|下降|增长|提高|降低|扩大|缩小)[约近]?[\d.]+[^\d，。；]{0,6}[，,]"
                                 r"(?:减幅|增幅|降幅|涨幅)(?:达到|达|为)?$")
# the original plan, given up or superseded (原本计划今年再建N, 原计划需N): no target, no report
_FORMER_PLAN = re.compile(r"(?:原本|本来|原先|原)计划[^，。；\d]{0,10}$")
# a cue whose quoted object is the subject of 是 (确保“…”是…): the cue is inside the subject
_CUE_AS_SUBJECT = re.compile(r"“[^”]{1,20}”(?:是|成为)")
# a time that dates a document named after it (今年2月编制的《…计划》, 5月14日发布的《…》)
_DOCUMENT_DATED = re.compile(r"[^，。；《]{0,12}?(?:编制|发布|印发|出台|制定|公布)的《")
# a duration right after a modal cue (力争3年拆除, 计划用5年时间, 将在6年内): not a year (2025年), nor a year's part
_DURATION_AFTER_CUE = re.compile(r"(?:用|再用|在)?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年(?:内|时间|左右|间)?(?!\d|底|末|初|前|后|级|度)")


# a question why a thing is (to be) done (为什么要分N步…？, 为何要投资N亿元…？): its figures are what is asked about, no
# statement of a plan nor a report
_WHY_QUESTION = re.compile(rf"{WHY_ASKED}要")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _asks_why(text: str, s0: int, q: dict) -> bool:
    """Is ``q`` inside a why-question (为什么要…N…？) whose asking words stand before it in its sentence?"""
    if _WHY_QUESTION.search(text, s0, q["start"]) is None:
        return False
    end = _SENTENCE_END.search(text, q["end"])
    return end is not None and end.group(0) in "？?"


# a count of items whose noun is the goal itself (6个目标, 8个考核指标, 3项目标): not after 的 (100个示范村的目标 is a level)
# (N个“…”建设目标: a quoted name inside the noun is part of it)
_GOAL_NOUN_AFTER = re.compile(r"(?:(?!的)[\u4e00-\u9fff“”‘’]){0,12}?(?:目标|指标)(?![\u4e00-\u9fff])")


def _counts_goals(text: str, st: dict) -> bool:
    """Does the target ``st`` count goals or indicators (its measure word 个/项, the noun after it 目标/指标)?"""
    s, e = st["quantity"]["spans"][0]
    return st["unit"] in ("个", "项") and _GOAL_NOUN_AFTER.match(text, e) is not None


def find_statements(text: str, quantities: list[dict], times: list[dict], issue: date,
                    officials: list[dict], owner_default: str | None, owners: dict | None = None) -> dict:
    """Targets, observations and tasks of ``text`` (document offsets).

    :param owners: what 全市/全区/全省/全国 refer to in this article (last character -> full name)
    """
    owners = owners or {}
    times = [dict(t, to=t["from"], text=t["text"] + "首日") if t["resolved"] and t["from"] and _FIRST_DAY.match(text, t["end"])
             else t for t in _joined_ranges(text, times)]  # “五一”假期首日: the first day, not the holiday
    targets: list[dict] = []
    observations: list[dict] = []
    tasks: list[dict] = []
    issue_iso = issue.isoformat()
    # the dateline (本报北京5月6日电) dates the report, not the figures
    first_para_start = text.find("\n") + 1
    dm = _DATELINE.search(text, first_para_start, first_para_start + 40)
    # the dateline starts its own line (a subtitle line before 本报电 is text, not dateline)
    dateline = (max(first_para_start, text.rfind("\n", 0, dm.start()) + 1), dm.start()) if dm else (-1, -1)
    para_start = 0
    forecast_para = -1  # the paragraph of the last forecast of a period already over
    para_period: dict | None = None
    plan_period = False  # the paragraph's period was printed for a plan (今年将…), not for a report
    doc_period: dict | None = None  # the last statistical period of the article, for an anaphoric 同期
    prev_para_period: dict | None = None
    as_of_period: dict | None = None  # the paragraph's last as-of time (截至二季度末), for a balance (see _balance_as_of)
    prev_as_of: dict | None = None
    last_level: dict | None = None
    para_deadline: dict | None = None
    item_plan: dict | None = None  # the plan period a paragraph of measures falls under (see _measure_item)
    goals_listed: dict | None = None  # the goals a heading lists in the paragraphs after it (see _goal_list)
    piece_target: dict | None = None  # the last target of the previous sentence piece
    items = _item_datelines(text, max(dateline[1], first_para_start))  # the later items of a round-up
    times = [x for x in times if not any(a <= x["start"] < b for a, b in items)]
    times = [x for x in times if not _RECORD_SINCE.match(text, x["end"])]  # 为2010年以来最高水平: a record, no period
    doc_times = [x for x in times if _usable_time(text, x, dateline)]
    para_sents: list[tuple[int, str]] = []  # the earlier sentences of the paragraph, for a plan's modal sentence
    time_before_de = {x["end"]: x for x in times if x["resolved"] and text[x["end"]:x["end"] + 1] == "的"}
    for sm in _SENT.finditer(text):
        s0, s1 = sm.span()
        sent = sm.group(0)
        nl = text.rfind("\n", 0, s0 + 1)
        plan = _plan_continued(text, sent, s0, piece_target, new_paragraph=nl + 1 > para_start)
        piece_target = None
        if nl + 1 > para_start:
            goals_listed = _goal_list(text, para_start, nl, nl + 1, times, issue, goals_listed)
            para_start = nl + 1
            para_sents = []
            prev_para_period, para_period = para_period, None
            prev_as_of, as_of_period = as_of_period, None
            plan_period = False
            prev_deadline, para_deadline = para_deadline, None
            p_end = text.find("\n", para_start)
            p_end = len(text) if p_end < 0 else p_end
            item_plan = _measure_item(text, para_start, p_end, times, prev_deadline, issue)
            # a paragraph without dates keeps the previous paragraph's deadline only when it is an event's
            # days (…3日至9日举行。/…将举办N场活动); a plan's year is not carried (its figures stay undated)
            if not any(para_start <= x["start"] < p_end and x["resolved"] for x in times) and _short(prev_deadline) \
                    and para_start - prev_deadline["end"] < 400 and text.rfind("\n", prev_deadline["end"], para_start - 1) < 0 \
                    and not _STARTS.match(text[prev_deadline["end"]:prev_deadline["end"] + 3]):
                para_deadline = prev_deadline  # from the paragraph just before only, never a start date (自X起)
            if _BREAKDOWN_START.match(sent):
                para_period, as_of_period = prev_para_period, prev_as_of
                para_deadline = prev_deadline
        elif para_period is None and prev_para_period is not None and sent.lstrip().startswith("其中") \
                and not any(para_start <= x["start"] < s0 and x["resolved"] for x in times) \
                and not any(para_start <= x["start"] < s0 for x in quantities):
            # 报告包括…两大类。其中，…2997项: a paragraph that names the parts without figures, then breaks the report
            # down, as a paragraph opening with 其中 (figures printed before the 其中 would be what it breaks down)
            para_period = prev_para_period
        qs = [q for q in quantities if s0 <= q["start"] < s1]
        ts = [t for t in times if s0 <= t["start"] < s1 and _usable_time(text, t, dateline)]
        if not ts and para_deadline is not None and (_ANNOUNCES.search(sent) or opens_own_time(sent) or opens_own_place(sent)):
            para_deadline = None  # …宣布，到2031年前将…。某公司宣布追加N: another party starts afresh; …；近期，拟下达N: so does a timed measure
        speaker = None
        for o in officials:
            if para_start <= o["name_span"][0] < s1:
                speaker = o
        owner = None
        om = _OWNER_WORDS.search(sent)
        if om:
            owner = owners.get(om.group(0)[-1], om.group(0))
        present = _PRESENT.search(sent)
        sent_future = any(x["to"] and x["to"] > issue_iso for x in ts)
        effort_span = _EFFORT_SPAN.search(sent) is not None  # 将通过5年的努力，…: the years a plan gives itself
        last_change_end = None
        bound_end = None
        for q in qs:
            rel = q["start"] - s0
            # a date inside a condition (如果各国从7月初…开放边境，预计…下降58%) dates the condition, not the figure after it
            before_t = [t for t in ts if t["end"] <= q["start"] and not (
                _CONDITION_START.search(text, _clause_start(text, t["start"]), t["start"]) and "，" in text[t["end"]:q["start"]])]
            t = before_t[-1] if before_t else None
            if t is not None and t["from"] and t["from"][4:] == "-01-01" and (t["to"] or "")[4:] == "-12-31" \
                    and _first_modal(sent, s0, text, t["end"] - s0, q["start"] - s0) is None \
                    and _GOAL_BEFORE.search(text, max(t["end"], q["start"] - 16), q["start"]) is None:
                # (截至4月底，…今年已发放N，全年将新增M: the modal after the year makes M the year's plan; so does a goal
                # word, 截至6月，…累计投放N，全年投放目标不低于M)
                # 截至7月4日，泰国今年累计接待…N: the as-of day, not the whole year it falls in (a quarter or a holiday
                # after an as-of day is the period reported: 截至3月末，一季度…)
                t = next((x for x in reversed(before_t[:-1]) if _as_of(text, x) and x["from"] and t["from"]
                          and t["to"] and t["from"] <= x["from"] <= t["to"]), t)
            if text[q["start"] - 1:q["start"]] == "\n":
                # a headline of figures (45.2亿件  1月快递业务完成量, 50%以上  2025年林业总产值提高): the time printed
                # after the figure, across the spaces, dates it
                head = [x for x in ts if x["start"] >= q["end"] and re.fullmatch(rf"[{SPACES}]{{1,4}}", text[q["end"]:x["start"]])]
                if head:
                    t = head[0]
            headline = t is not None and t["start"] >= q["end"]
            if t is None and not before_t:
                # 首批力量1400人于2月13日抵达…: a past day printed after the figure, in its clause, dates it
                t = next((x for x in ts if x["start"] >= q["end"] and x["to"] and x["to"] < issue_iso
                          and x["from"] == x["to"] and x["start"] - q["end"] <= 12
                          and not re.search(r"截至|截止", text[q["end"]:x["start"]])), None)
                # …加扩建31户，截至5月25日，竣工率100%: an as-of day dates what follows it, not the figure before it
            if t is not None and not headline and before_t:
                t = _respective_time(text, q, qs, before_t) or t
            after_t = (t["end"] - s0) if t else 0
            if t is not None and _LABEL_AFTER.match(text, t["end"]):
                earlier = [x for x in before_t[:-1] if not _LABEL_AFTER.match(text, x["end"])]
                t = earlier[-1] if earlier else None
                if t is None and para_period is not None and para_period["from"] == para_period["to"]:
                    pass
                after_t = (t["end"] - s0) if t else 0
            since = t is not None and (re.match(r"[”\"’]?(?:以来|起|开始|至今)", sent[after_t:after_t + 3]) is not None or (
                _FROM_BEFORE.search(text, max(s0, t["start"] - 7), t["start"]) is not None
                and "以来" in sent[after_t:rel]))
            # 自从去年11月暴发以来, 从1月23日至今: from that date to the issue
            vague = None if since else _VAGUE_SPAN.search(sent, after_t, rel) or _FORMER_LEVEL.search(sent, after_t, rel)
            now = _PRESENT.search(sent, after_t, rel) if t is None or not _as_of(text, t) else None  # 截至X，现有N
            if q.get("change") and bound_end is not None and _CHANGE_LINK.match(text[bound_end:q["start"]]):
                continue  # the change of a category bounded just before (…总金额超过1亿元，同比增长14.3%)
            if q.get("change") and last_level is not None and last_level["_sent"] == s0:
                # from the level, or from the change already linked to it (…增幅10%，与2017年相比增幅40%)
                gap = text[max(last_level["_qend"], last_change_end or 0):q["start"]]
                if _CHANGE_LINK.match(gap) and "change" in last_level:
                    last_level.setdefault("change_of_change", {"value": q["value"], "unit": q["unit"],
                                                               "spans": [[q["start"], q["end"]]]})
                    continue
                if _CHANGE_LINK.match(gap) and "change" not in last_level:
                    last_level["change"] = {"value": q["value"], "unit": q["unit"], "direction": q["change"]["direction"],
                                            "basis": q["change"]["basis"], "spans": [[q["start"], q["end"]]]}
                    last_change_end = q["end"]  # 同比分别增长3.4%、9.1%: the rest are changes of the other levels
                    continue
            if last_level is not None and last_level["_sent"] == s0 and last_level["unit"] == q["unit"] \
                    and not _START_LEVEL.search(text, max(s0, last_level["spans"][0][0] - 16), last_level["spans"][0][0]) \
                    and (_THRESHOLD_CROSSED.fullmatch(text, last_level["_qend"], q["start"])
                         or q["text"].startswith(("超", "逾")) and _FIRST_TIME.fullmatch(text, last_level["_qend"], q["start"])):
                last_level["_qend"] = q["end"]  # a change after it is still the level's (…，同比增加293万吨)
                continue  # 海外权益产量910万吨，首次突破900万吨: the threshold the level crossed
            # 产出动画1万分钟, 节约…时间约1875万小时: an amount of time counted in 万/亿 is a total (output, time saved), not
            # a duration
            total_time = q["unit"] in _PLANNABLE_UNITS and re.search(r"\d[万亿]", q["text"]) is not None
            # 确保项目6天完工: the time a goal's cue gives a completion, the figure of the goal (a time taken, 36小时内完成…,
            # stays a bare duration)
            total_time = total_time or q["unit"] in _PLANNABLE_UNITS and _TIME_TO_COMPLETE.match(text, q["end"]) is not None \
                and _first_modal(sent, s0, text, _clause_start(text, q["start"]) - s0, q["start"] - s0) is not None \
                and not _TIME_LIMIT.search(text, max(s0, q["start"] - 2), q["start"])
            if q["unit"] in _NO_OBSERVATION_UNITS and not total_time and not (q["unit"] in _PLANNABLE_UNITS and (_TIME_METRIC.search(
                    text, max(s0, q["start"] - 12), q["start"]) or _planned_duration(sent, s0, text, q, plan)
                    or _TIME_METRIC_CHANGE.search(text, max(s0, q["start"] - 24), q["start"]))) \
                    or q["text"].endswith("级") or _bracketed(text, q["start"]):
                continue
            if _states_a_format(text, q) or _locative(text, s0, q) or _rate_of_a_basis(text, s0, q) \
                    or _origin_of_participants(text, s0, q) or _exchange_rate(text, q) or _states_a_criterion(text, q) \
                    or _rate_paid_on_a_basis(text, s0, q) or _one_of_a_set(text, q) or _reckoned(text, s0, q) \
                    or _illustrates_or_conditions(text, s0, q) or _match_record(text, q) or _asks_why(text, s0, q):
                continue
            if _is_level_difference(text, sent, s0, q, qs) or _is_descriptor(text, s0, q):
                continue
            if not sent_future and _MODAL.search(sent) is None and _monitoring_or_capacity(text, s0, q) \
                    or _temperature_condition(sent, q) \
                    or _design_or_maximum(text, q) or _coming_exhibition(text, q):
                continue  # in a plan the capacity is the planned figure (通过能力将达到N标准箱)
            if q.get("change") and any(_CHANGE_THEN_LEVEL.fullmatch(text, q["end"], x["start"]) for x in qs if x["start"] >= q["end"]):
                continue  # 销量下滑16%至12.23万辆: the change of the level printed after it
            if q["unit"] == "%" and _BASIS_BEFORE.search(text, max(s0, q["start"] - 20), q["start"]) \
                    and not _LEVEL_ARRANGED.match(text, q["end"]):
                continue  # 将按个人缴费额的65%给予补贴: a rate of a basis (赤字率拟按3%左右安排: the level itself)
            if q["unit"] == "%" and _RATE_OF_THE_CHANGE.search(text, max(s0, q["start"] - 30), q["start"]):
                continue  # 较2024年减少277平方公里，减幅达1.9%: the rate of the change just printed, no figure of its own
            if q["unit"] != "%" and _FORMER_PLAN.search(text, max(s0, q["start"] - 16), q["start"]):
                continue  # 原本计划今年再建N, 原计划需N个工日: a plan given up or superseded, neither planned nor reported (达到原计划的
                # 65%: the progress against it, reported)
            if _POSSIBLE_BEFORE.search(text, max(s0, q["start"] - 10), q["start"]):
                continue  # 可能导致超过8000人死亡: a possibility, not a modal of the target list and no report
            if _rate_per_unit(text, s0, q):
                continue  # 每分钟8000升, 每吨稻谷去除5%: a rate per unit describes, it reports no figure
            if last_change_end is not None and text[last_change_end:q["start"]] in ("、", "和", "及", "、和") and q["unit"] in ("%", "pp"):
                last_change_end = q["end"]  # 增速分别达到12.5%、8.4%: the rest of an enumeration of changes
                continue
            if re.match(r"增速(?:分别)?(?:为|达到|达)$", text[max(s0, q["start"] - 7):q["start"]].split("，")[-1]):
                last_change_end = q["end"]
                continue
            if q["comparator"] in ("≥", "≤") and q["text"].endswith(("以上", "以下")) and _THRESHOLD_NEXT.match(text, q["end"]) \
                    and not headline:
                continue
            attributive = q["text"].endswith(("以上", "以下")) and re.match(r"的|[\u4e00-\u9fff]", text[q["end"]:q["end"] + 1]) \
                and not makes_count(text, q)  # 建设3000个以上充换电站: the count of what is built, not a category
            quoted = _in_short_quote(text, q["start"])
            mod = _modal(sent, s0, text, rel, tuple(x["start"] - s0 for x in qs if x is not q),
                         carry_aux=sent_future or para_deadline is not None or _planned_change(text, s0, q) or effort_span,
                         figure_end=q["end"] - s0)
            subject = _CUE_AS_SUBJECT.match(sent, mod.end()) if mod is not None and mod.end() <= rel else None
            if subject is not None and subject.end() <= rel:
                mod = None  # 确保“一泓清水永续北上”是N人民的使命: the cue and its quoted object are the subject of 是, what the
                # figure is said of; the cue governs no figure after 是
            if mod is not None and mod.start() >= q["end"] - s0:
                # 30家乡镇文化站今年将新建…: the modal after the figure, and the time between them dates the plan
                between = [x for x in ts if q["end"] <= x["start"] and x["end"] <= s0 + mod.start()]
                t = between[-1] if between else t
            if mod is not None and (mod.group(0) in _GOAL_LEAD or sent[mod.start() - 1:mod.end()] in _GOAL_LEAD) \
                    and _GOAL_AFTER.match(text, q["end"]):
                mod = None  # 要实现平均N的增收目标, “…达N”这个…目标即将实现: the goal named after the figure, no modal
            elif mod is not None and mod.end() <= _clause_start(text, q["start"]) - s0 and _GOAL_AFTER.match(text, q["end"]) \
                    and _first_modal(sent, s0, text, _clause_start(text, q["start"]) - s0, rel) is None:
                mod = None  # 某集团将在今后5年间…，实现到2029年累计销售…2600万辆的长期目标: the goal of a clause with no modal
            goal = _GOAL_DISPOSAL.search(text, max(s0, q["start"] - 40), q["start"]) \
                or _GOAL_COLON.search(text, s0, q["start"]) \
                or goal_set(text, max(s0, q["start"] - 70), q)
            if mod is not None and goal is not None and goal.re is _GOAL_COLON \
                    and _DISPOSAL_TO.search(text, s0 + mod.start(), q["start"]):
                mod = None  # 目标：…未来3年将…种植面积扩大至2万亩: the goal's level, a disposal 将 is no modal
            if mod is not None and goal is not None and goal.start() >= s0 + mod.end():
                mod = None  # …15%将用于更新设备，其最终目标是到2028年将…降至20%: the goal, not the earlier auxiliary
            if mod is None and plan is None and t is None and _END_OF_CHANGE.search(text, max(s0, q["start"] - 8), q["start"]) \
                    and _planned_change(text, s0, q):
                # 施工许可将实行…，环节由19个减少到14个，办理时间由169.5天减少到97天: the end level of a change after a
                # target of the sentence continues it, however many clauses stand between
                chain = [x for x in targets if x["_sent"] == s0 and x["modality"] in _AUXILIARIES]
                if chain:
                    plan = {"modality": chain[-1]["modality"], "modality_spans": chain[-1]["modality_spans"],
                            "deadline": chain[-1]["deadline"]}
            if mod is None and plan is None and t is None and not ts and para_sents and not _TURN_OR_SOURCE.match(sent):
                plan = _parallel_target(text, s0, q, [x for x in targets if x["_sent"] == para_sents[-1][0]])
            lo = max(mod.end() if mod else 0, (t["end"] - s0) if t else 0)
            ms, me = _metric(sent, lo, rel)
            if me - ms < 2 and (mod is not None or t is not None):  # 全市规上工业增加值力争2024年突破…
                hi = min(x for x in (mod.start() if mod else rel, (t["start"] - s0) if t else rel))
                ms, me = _metric(sent, _window_start(sent, hi, 0), hi)
            if me - ms < 2 and q["unit"] not in ("%", "pp", "CNY", "USD"):
                ms, me = _metric_after(sent, rel + len(q["text"]))
            metric = sent[ms:me]
            qv = {"text": q["text"], "value": q["value"], "unit": q["unit"], "comparator": q["comparator"],
                  "approximate": q["approximate"], "low": q.get("low"), "high": q.get("high"),
                  "spans": [[q["start"], q["end"]]]}
            base = {"metric": metric, "metric_spans": [[s0 + ms, s0 + me]] if me > ms else [],
                    "owner": owner or owner_default, "speaker": speaker["name"] if speaker else None,
                    "quantity": qv, "value": q["value"], "unit": q["unit"],
                    "evidence": [[s0, s1]], "spans": [[q["start"], q["end"]]], "_sent": s0, "_qend": q["end"]}
            base_time = time_before_de.get(q["start"] - 1)
            if base_time is not None and base_time["to"] < issue_iso \
                    and _BASE_BEFORE_TIME.search(text, max(s0, base_time["start"] - 3), base_time["start"]):
                # 高于2018年的135起，相比2014年的94起: the level of the year compared with, an observation of that year, also
                # after a forecast (将增长1.4%，低于2018年的1.9%)
                st = dict(base, kind="actual", period=_period_view(base_time))
                observations.append(st)
                continue
            if mod is not None and mod.end() <= rel and counts_places(text, q) and not closes_list(text, q["start"]):
                continue  # 将分赴30个省、…, 将加强沿黄8个省辖市: where the action goes, neither planned nor reported
            if q["unit"] == "方面" or q["unit"] in ("个", "项", "条") and _PLAN_PARTS.match(text, q["end"]) \
                    or mod is not None and closes_list(text, q["start"]) and counts_places(text, q):
                # 从8个方面提出44项举措, 将重点检查8方面, 将赴…等6个省（区）: the parts a plan or measure lists, or the
                # places it names, counted now, not a target of it
                st = dict(base, kind="actual", period=None)
                observations.append(st)
                last_level, piece_target = st, None
                continue
            if mod is not None and mod.group(0) in _AUXILIARIES and t is not None and t["to"] is not None \
                    and t["to"] < issue_iso and t["end"] <= s0 + mod.start() \
                    and _ANNOUNCED_BEFORE.match(text, t["end"], s0 + mod.start()) is not None:
                t = None  # 某部今年2月表示，将向…投入N: the month dates the announcement, the plan has no printed date
            if mod is not None and mod.group(0) in _PLAN_CUES and t is not None and t["to"] is not None \
                    and t["to"] < issue_iso and _narrated_before(text, t["end"], s0 + mod.start()):
                t = None  # 于去年11月引进了…，调运了…，计划种植N亩: the past dates what was done before the plan, not the plan
            if mod is not None and mod.group(0) in _AUXILIARIES and t is not None and t["to"] is not None \
                    and t["to"] < issue_iso and t["end"] <= s0 + mod.start() and _DOCUMENT_DATED.match(text, t["end"]):
                t = None  # 根据某局今年2月编制的《…计划》，某市将开展N项行动: the month dates the document, not the plan's figures
            is_past = t is not None and t["to"] is not None and t["to"] < issue_iso
            is_future = t is not None and t["to"] is not None and t["to"] > issue_iso
            to_before = t is not None and _TO_BEFORE.search(text[max(s0, t["start"] - 4):t["start"]]) is not None \
                and not _VALIDITY_BEFORE.search(text, max(s0, t["start"] - 5), t["start"]) \
                and not _CHANGED_FROM_YEAR.search(text, s0, t["start"]) and not _looks_back(text, s0, t, issue) \
                and not (re.search(r"截至|截止", text[max(s0, t["start"] - 4):t["start"]]) and "已" in text[t["end"]:q["start"]])
            # 截至2020年1月，…保有量已达到N: an as-of month not yet over, with 已, reports a figure; it sets no goal
            # a past period makes a modal a report (去年…争取…任务N万亩); a past day only dates the
            # announcement (在今天召开的发布会上表示，…计划供应N剂次)
            rough = "几" in q["text"]  # 十几亿: no figure
            if population_of_the_nation(text, q) and (rough or mod is not None or goal is not None or plan is not None
                                                      or is_future):
                # 确保14亿多人口整体迈入现代化: the country's people, a standing figure however a goal is worded around it
                # (undated); a vague one (惠及十几亿人口) is no figure reported either
                if not rough:
                    observations.append(dict(base, kind="actual", period=None))
                continue
            ba_from = _BA_FROM.search(text, s0, q["start"])
            if ba_from is not None and (mod is None or s0 + mod.start() == ba_from.start()):
                continue  # 将航道水深由6米提升至8米: the levels of a measure's object, neither reported nor forecast
            ba_to = _BA_TO.search(text, max(s0, q["start"] - 24), q["start"])
            if ba_to is not None and goal is None and not is_future and plan is None \
                    and (mod is None or s0 + mod.start() == ba_to.start()):
                continue  # 2014年…授权扩展…，将面积扩展到N: the level a measure sets its object to, neither planned nor reported
            # 环节将由4个减少到3个: under an auxiliary too, the start level is a figure of now, the end level the target
            start_under_aux = mod is not None and mod.end() <= rel and _START_LEVEL.search(
                text, max(s0 + mod.end(), q["start"] - 16), q["start"]) is not None and _CHANGE_TO.match(text, q["end"]) is not None
            if mod is not None and mod.group(0) not in _AUXILIARIES or mod is not None and t is not None and not is_future \
                    or start_under_aux:
                sl = _START_LEVEL.search(text, max(s0, q["start"] - 16), q["start"])
                if sl is not None and _CHANGE_TO.match(text, q["end"]):
                    # 预计…占比由31.2%降至12.2%, 预测…贫困率从去年的30.3%升至…: the start level is a figure of now or of
                    # the date printed in it, the end level is the forecast
                    st = dict(base, kind="actual", period=_period_view(t) if is_past else None)
                    observations.append(st)
                    last_level, piece_target = st, None
                    continue
                em = _END_LEVEL.search(text, max(s0, q["start"] - 36), q["start"])
                start_date = is_past and text[t["start"] - 1:t["start"]] in ("从", "由") and text[t["end"]:t["end"] + 1] == "的"
                if is_past and em is not None and (t["start"] >= em.start() or start_date):
                    outer = [x for x in before_t if x["end"] <= min(em.start(), t["start"])]
                    t = outer[-1] if outer else None  # 从去年的30.3%升至34.7%: 去年 dates the start level only
                    is_past = t is not None and t["to"] is not None and t["to"] < issue_iso
                    is_future = t is not None and t["to"] is not None and t["to"] > issue_iso
            reported = is_past and t["from"] != t["to"]
            if _described(text, s0, q) or _group_of_a_part(text, q, qs):
                continue
            if per_act_basis(text, q) or entitlement(text, s0, q):
                continue  # 按每吸纳1人…的标准, 取得证书的可申领1次补贴: a rule's basis or entitlement, no figure
            if _threshold_of_a_category(text, q):
                bound_end = q["end"]  # a change printed right after it is the category's (…超过1亿元，同比增长14.3%)
                continue  # 覆盖…99%的20万人口及以上的城市: the threshold of a category, not a figure
            if _CONVERSION_BEFORE.search(text, max(s0, q["start"] - 6), q["start"]):
                continue  # 8550亿雷亚尔（约合人民币1.37万亿元）: the amount converted, the same figure again
            if _REVISED_LEVEL.search(text, max(s0, q["start"] - 24), q["start"]) or _PREVIOUS_FORECAST_AFTER.match(text, q["end"]) \
                    or kept_level(text, sent, s0, q):
                # 上调中国经济增长预期至4.6%, 欧元区下调0.2个百分点至0.9%, 美国维持在2.3%不变: the level a revision sets, the
                # revision (the change) is what is reported; 高于此前2.32%的预期: an earlier forecast
                continue
            if _AGAINST_FORECAST.search(text, max(s0, q["start"] - 24), q["start"]):
                continue  # 比今年7月的预测值下调了0.1个百分点: a change against an earlier forecast, neither forecast nor reported
            if mod is not None and mod.end() <= rel and _BASE_OF_COMPARISON.search(text, max(s0 + mod.end(), q["start"] - 12), q["start"]):
                continue  # 预计…将达N，较此前预测的M: the base a forecast is compared with, neither forecast nor reported
            # …到今年底可完成N；一边向M违法建设“亮剑”，力争3年拆除K: a piece with a cue of its own after the figure starts
            # a measure of its own; the figure before that cue is a figure of now, neither the earlier piece's plan nor
            # dated by its deadline
            fresh_piece = mod is None and t is None and text[s0 - 1:s0] == "；" \
                and _first_modal(sent, s0, text, rel, len(sent)) is not None
            if mod is not None and not (reported and mod.group(0) not in ("预计", "预测")):
                w = mod.group(0)
                # 预计 about a period already over (printed here or earlier in the paragraph: 6月，…满意度预计为N分)
                over = t if is_past else (para_period if t is None and para_period is not None
                                          and para_period["to"] is not None and para_period["to"] < issue_iso else None)
                own = _clause_start(text, q["start"])
                # 2021年初已动工，投产后预计年产值N: a phase opening the figure's clause after a past time looks past it
                # (the forecast is of the output after the phase, not of the period over); so does a term printed after
                # the time (于2月发放…，期限为2年，预计可节省N): a target of no printed date
                phase_after = t is not None and t["end"] <= own and _AFTER_COMPLETION.match(text, own) is not None
                phase_after = phase_after or over is not None \
                    and _TERM_OF_FORECAST.search(text, max(s0, over["end"]), q["start"]) is not None
                # 从3月5日开始，某水库…放水，预计总放水量N: a start (开始, 起) dates no period the forecast is of; the
                # total expected from it on is a target of no printed deadline
                phase_after = phase_after or over is not None and _STARTS.match(text[over["end"]:over["end"] + 3]) is not None
                # 预计2019年…分别达到N、M。…某机械化率将超过K (no time of its own): 将 goes on with the paragraph's forecast
                # of a period already over, a forecast of it too
                goes_on = w == "将" and t is None and over is not None and forecast_para == para_start \
                    and over["from"].endswith("-01-01") and over["to"].endswith("-12-31")  # a whole year over
                if (w in ("预计", "预测") or goes_on) and over is not None and not phase_after:
                    st = dict(base, kind="forecast", period=_period_view(over))
                    observations.append(st)
                    forecast_para = para_start
                elif w == "预计" and t is None and s0 < first_para_start and \
                        _document_time_over(doc_times, q["start"], issue_iso):
                    # 预计 in an undated title over a report about a period already over (a holiday's
                    # figures): a forecast, undated
                    st = dict(base, kind="forecast", period=None)
                    observations.append(st)
                else:
                    start_only = t is not None and _STARTS.match(text[t["end"]:t["end"] + 3]) is not None
                    # 未来5年，…计划新增投资N: a duration from the issue, no deadline (only a duration is printed)
                    start_only = start_only or t is not None and t["rule"].startswith("next-n-years")
                    # 明年春天正式运营后，工厂预计年产N: the time dates the start of the output, not the figure's deadline; so
                    # does a phase opening the figure's own clause after the time (今年新增…，进入丰产期后…预计可增加N)
                    start_only = start_only or t is not None and (
                        _AFTER_COMPLETION.match(text, t["end"]) is not None
                        or t["end"] <= own and _AFTER_COMPLETION.match(text, own) is not None)
                    # 预计…每年收入不少于N: a yearly rate takes no deadline from the paragraph, only from its own sentence
                    start_only = start_only or (t is None or is_past) and \
                        _YEARLY_RATE.search(text, _clause_start(text, q["start"]), q["start"]) is not None
                    # 今年…，预计平均每亩地能多挣N元: a gain per unit is a rate too, the year of an earlier clause dates the
                    # plan, not the figure (a year in the figure's own clause is its period: 今年每亩…支出预计N元)
                    start_only = start_only or per_unit_before(text, s0, q) is not None \
                        and not (t is not None and t["start"] >= _clause_start(text, q["start"]))
                    # 力争3年拆除N, 计划5年新增N: a duration right after the cue of the figure's own clause says how long the
                    # plan runs; it sets no deadline, and no time of an earlier clause does
                    start_only = start_only or s0 + mod.start() >= _clause_start(text, q["start"]) \
                        and _DURATION_AFTER_CUE.match(text, s0 + mod.end()) is not None
                    # 100多年后的今天，…将缩短为50分钟: a figurative today is the present the plan is told from, no deadline
                    start_only = start_only or t is not None and t["rule"].endswith("+present")
                    st = dict(base, modality=w, modality_spans=[[s0 + mod.start(), s0 + mod.end()]],
                              deadline=None if start_only else _period_view(t if t is not None and not is_past else para_deadline))
                    targets.append(st)
            elif (is_future or t is None) and (to_before or _GOAL_BEFORE.search(text, max(s0, q["start"] - 16), q["start"])
                                               or goal is not None or _GOAL_AFTER.match(text, q["end"])
                                               or goals_listed is not None and plan is None):
                # 到2025年…N, 预期目标N; a goal with no date is a target without a deadline (控制目标为不低于40%); an item
                # under a heading of goals (主要预期目标： / ——…N) is dated by the heading
                duration = t is not None and t["rule"].startswith("next-n-years")  # 未来3年…扩大至N: no deadline
                by = _FORECAST_BY.search(text, s0, q["start"])
                dated = t if t is not None or goals_listed is None else goals_listed["time"]
                st = dict(base, modality="预测" if by else "", modality_spans=[[by.end() - 3, by.end() - 1]] if by else [],
                          deadline=None if duration else _period_view(dated))
                targets.append(st)
            elif (attributive and not (is_future and t["end"] == q["start"])) or quoted:
                # 伤亡3人以上事故, “最关心的5件事”: a category or a name, not a figure; but a share right after a future
                # date is what a plan sets for that date (按照2026年底30%以上的学校达标)
                continue
            elif plan is not None and (t is None or is_future and not since and sent.lstrip().startswith("其中")) \
                    and not fresh_piece and not reports_progress(text, _clause_start(text, q["start"]), q["start"]):
                # 预计发达经济体…降至1.7%…。其中，2019年中国经济增速为6.1%: a breakdown of a forecast keeps it, dated by a
                # period not over printed in it
                st = dict(base, modality=plan["modality"], modality_spans=plan["modality_spans"],
                          deadline=plan["deadline"] if t is None else _period_view(t))
                targets.append(st)
            elif _states_a_limit(text, s0, q):
                continue  # neither planned nor reported: what a rule allows
            else:
                start_level = _START_LEVEL.search(text, max(s0, q["start"] - 16), q["start"])
                end_level = None
                em = _END_LEVEL.search(text, max(s0, q["start"] - 36), q["start"])
                if em is not None and not (start_level and _CHANGE_TO.match(text, q["end"])):
                    # 从2018年的40元上涨至45元: the date inside the start level does not date the end level
                    if t is not None and t["start"] >= em.start():
                        outer = [x for x in before_t if x["end"] <= em.start()]
                        end_level = outer[-1] if outer else para_period
                        if end_level is None:
                            end_level = _NO_PERIOD
                    elif _range_year(t, 1) is not None:
                        end_level = _range_year(t, 1)  # 从2012年到2018年，…增长到B: B is 2018's
                if end_level is _NO_PERIOD:
                    end_level = None
                    if em is not None:
                        per = None
                if start_level and _CHANGE_TO.match(text, q["end"]):
                    # 空置率由改造之初的12.6%下降至…: the earlier level is dated only by a date printed
                    # between 由/从 and it (从2018年的40元上涨至…)
                    inner = [x for x in ts if start_level.start() <= x["start"] and x["end"] <= q["start"]]
                    per = inner[-1] if inner else _range_year(t, 0)  # 从2012年到2018年，…从A增长到B: A is 2012's
                elif end_level is not None:
                    per = end_level
                elif t is not None and not now and (not vague or t["from"] == t["to"] and "累计" in sent[vague.end():rel]
                                                    and re.fullmatch(r"历年|多年来|近年来", vague.group(0))):
                    per = t  # 6月3日9时，…货运航线历年累计飞行突破2万班: a running total as of that day
                elif present or vague or t is not None or _HABITUAL.search(text, max(s0, q["start"] - 8), q["start"]):
                    per = None  # 每年投入N亿元: a rate of habit, not a figure of a period
                else:
                    per = None if plan_period or _COMPOSITION.search(sent) else para_period or item_plan
                    if per is None and doc_period is not None and _SAME_PERIOD.search(sent):
                        per = doc_period  # 同期，对新兴市场进出口增长N%: the period of the report, named before
                per = _balance_as_of(text, q, per, [x for x in before_t if _as_of(text, x)][-1:] or [as_of_period])
                view = _period_view(_month_after_base(text, per, q) or per)
                if since and per is t and view:  # “十三五”以来: from the start of the period to the issue; 自X起 after it: a start
                    view = dict(view, to=issue_iso, rule=view["rule"] + "+since") if view["from"] <= issue_iso else None
                plan_year = per is t and view is not None and not since \
                    and view["from"] <= issue_iso < view["to"] and view["from"].endswith("-01-01") and view["to"].endswith("-12-31") \
                    and not re.search(r"已|了|累计|完成|实现", text[s0:q["start"]]) \
                    and not re.search(r"有|是|在", text[_clause_start(text, q["start"]):q["start"]]) \
                    and not _STANDING_AFTER.match(text, q["end"]) \
                    and (any(_plan_sentence(x0, x, text) for x0, x in para_sents)  # 今年还有3项…在申请中: a state
                         or _PROPOSED.search(text, s0, _clause_start(text, q["start"])) is not None)
                # 根据国家规划，从2019年至2021年，3年共开展N (in 2020): a plan's figure for a period not over, as its source says
                plan_source = per is t and view is not None and view["from"] <= issue_iso < view["to"] \
                    and _PLAN_SOURCE.match(text, s0) is not None
                plan_year = plan_year or plan_source
                adopted = _ADOPTED_BUDGET.search(text, max(s0, q["start"] - 12), q["start"]) is not None
                # “十三五”期间，…总投资N (in 2019): the whole of a period already under way, no modal: the figure the period
                # is reckoned to add up to, an observation of the period, not a goal; so is a range of years opening its
                # clause (2023—2027年，某省共安排145项…, in 2026; not 接任2020至2021年度轮值主席国, an attribute)
                adopted = adopted or not plan_source and per is t and view is not None and view["from"] < issue_iso \
                    and (_WHOLE_PERIOD_AFTER.match(text, t["end"]) is not None
                         or t["rule"] == "year-range" and text[t["end"]:t["end"] + 1] in "，,")
                if fresh_piece and view is not None and view["from"] > issue_iso:
                    view = None
                if view and not adopted and (_ends_in_a_later_year(view, issue) or per is t and view["from"] > issue_iso
                                             or plan_year):
                    # …上海将重点打造…。2019年新增100项…: a period not over after a plan's sentence is the plan's year
                    # a period wholly after the issue (2026年底 in July 2026) has no figure to report yet
                    deadline_ahead = _TO_BEFORE.search(text, max(0, per["start"] - 4), per["start"]) is not None
                    if per is t or deadline_ahead or _BREAKDOWN_START.match(sent.lstrip()) or plan_year \
                            or per is item_plan:
                        # 2030年…占比达到30%, 到2028年，…。…覆盖率不低于75%, “十五五”时期…目标。其中…:
                        # a figure of a plan, not of a state
                        st = dict(base, modality="", modality_spans=[], deadline=view)
                        targets.append(st)
                        last_level = piece_target = st
                        continue
                    view = None  # a plan's period named earlier in the paragraph dates no report
                st = dict(base, kind="actual", period=view)
                if q.get("change"):
                    st["change"] = {"value": q["value"], "unit": q["unit"], "direction": q["change"]["direction"],
                                    "basis": q["change"]["basis"], "spans": [[q["start"], q["end"]]]}
                observations.append(st)
            last_level = st
            piece_target = st if "deadline" in st else None  # targets carry a deadline, observations a period
        para_sents.append((s0, sent))
        if present and not (ts and ts[-1]["start"] - s0 >= present.end()):  # 根据最新数据，2019年…: the year is reported
            para_period = None
        elif ts:  # later sentences inherit a statistical period or an as-of date (截至), never an event's day, nor a
            # date that dates a start level only (截至2019年末，…从2012年末的A减少至B: 2019年末 is carried)
            last = next((x for x in reversed(ts) if not _dates_a_start_level(text, x)), None)
            if last is not None and text[last["end"]:last["end"] + 1] == "是" and len(ts) == 1:
                last = None  # 今年是…行动计划的收官之年: the sentence says what the year is, it reports no figure of it
            carried = para_period if para_period is not None and _as_of(text, para_period) else None
            # 截至2月20日，…。图为20日，…。该基地已提供约40台: a day that is neither a period nor an as-of date keeps the
            # as-of date of the paragraph
            para_period = None if last is None else last if (last["from"] != last["to"] or _as_of(text, last) or _EVENT.search(sent)) else carried
            as_of_period = next((x for x in reversed(ts) if _as_of(text, x)), as_of_period)
            # 45家中心今年将新设…。据介绍，已累计建成近500个…: a year a plan is set for dates no later report
            plan_period = para_period is not None and _plans_after(sent, s0, text, para_period["end"] - s0)
        if para_period is not None and para_period["from"] != para_period["to"] and para_period["to"] <= issue_iso:
            doc_period = para_period  # a statistical period already reported, for a later 同期
        future = [x for x in ts if x["to"] and x["to"] > issue_iso
                  and not _STARTS.match(text[x["end"]:x["end"] + 3])]  # 将自3月1日开始…: a start, no deadline
        if future:
            para_deadline = future[-1]
        for m in _TASK.finditer(sent):
            body = m.group("body")
            if len(body) < 2:
                continue
            a, b = s0 + m.start("verb"), s0 + m.end()
            tasks.append({"text": text[a:b], "verb": m.group("verb"), "area": text[s0 + m.end("verb"):b],
                          "owner": owner or owner_default, "speaker": speaker["name"] if speaker else None,
                          "spans": [[a, b]], "evidence": [[s0, s1]]})
    for st in [x for x in targets if _counts_goals(text, x)]:
        # 11个…目标中的6个目标, 明确了8个…考核指标: a count of goals or indicators, what a plan holds, not a level it sets
        targets.remove(st)
        observations.append(dict({k: v for k, v in st.items() if k not in ("modality", "modality_spans", "deadline")},
                                 kind="actual", period=None))
    for st in targets + observations:
        st.pop("_sent", None)
        st.pop("_qend", None)
    return {"targets": targets, "observations": observations, "tasks": tasks}
