"""Which modal cue governs a figure, and how far back a cue reaches.

A figure takes the first modal verb of its own clause, else of an earlier clause (further back only along an
enumeration of figures), else a modal verb right after it (100%村庄要达到). In a clause that enumerates figures with a
cue each (确保建成A、力争建成B), a figure takes its own item's cue. A non-auxiliary frame in front
(预计，到2024年底…将达到N) wins over the 将/要 of the figure's own clause unless another figure stands between, and only
when it is a frame (nothing but a time after it in its clause, or it opens an enumeration: modality precedence, NOTES.md).
A present state, a condition (在确保…的前提下) or a report of what was done (已) stops the reach. This is kept apart
from modal_cues.py because it decides reach across clauses, not the sense of a word.
"""
from __future__ import annotations

import re

from .clauses import _clause_end, _window_start
from .modal_cues import _AUXILIARIES, _first_modal
from .periods import _PRESENT, _YEARS_AGO

def _plan_sentence(s0: int, sent: str, text: str) -> bool:
    """Does the sentence carry a modal cue of a plan (将, 要, 计划…; not 预计, a forecast)?"""
    m = _first_modal(sent, s0, text, 0, len(sent))
    return m is not None and m.group(0) != "预计"


def _plans_after(sent: str, s0: int, text: str, i: int) -> bool:
    """Does an auxiliary of a plan (将, 要) follow the time ending at ``sent[i]`` in its clause (今年将新设…)?"""
    end = _clause_end(sent, i)
    m = _first_modal(sent, s0, text, i, end)
    return m is not None and m.group(0) in _AUXILIARIES


# the years a plan gives itself (将通过5年的努力，…，年产值超过N; 将用三年时间，…): the plan's cue reaches the clauses
# after it as it does with a future date, and along all of them
_EFFORT_SPAN = re.compile(r"(?:通过|经过|用|再用|花|利用)(?:约|近)?(?:\d{1,2}|[一二两三四五六七八九十])年(?:左右)?的?(?:时间|努力|奋斗)")
# a clause that reports the progress of a plan: what was done (已, 已经) or what is left (剩余, 尚余); or a state that
# has held all along (…有望超过N；自给率一直保持在M以上), whatever an earlier clause plans or forecasts
_PROGRESS = re.compile(r"已经?(?!经)|剩余|尚余|一直|始终|历来|向来")


def reports_progress(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a figure's clause up to it) reports a plan's progress, or a state that has held all
    along, rather than the plan."""
    return _PROGRESS.search(text, start, end) is not None


def _modal(sent: str, s0: int, text: str, rel: int, figures: tuple = (), carry_aux: bool = True,
           figure_end: int | None = None) -> re.Match | None:
    """The modality cue governing the quantity: the first one of its own clause, else of the
    nearest earlier clause (up to two back), else a modal verb right after it in its clause
    (``100%村庄要达到``). A frame in front (``预计，到2024年底…将达到N``) wins over the
    auxiliary of the figure's own clause unless another figure stands between them.

    :param figures: offsets (in ``sent``) of the other quantities of the sentence
    :param figure_end: where the figure ends (in ``sent``); its start when not given
    """
    figure_end = rel if figure_end is None else figure_end
    own = _window_start(sent, rel, 0)
    for back in range(_BACK):
        lo, hi = _window_start(sent, rel, back), (_window_start(sent, rel, back - 1) if back else rel)
        if back > 2 and not _figure_clauses(sent, lo, rel, figures) and not _RESULT_CLAUSE.match(sent, own) \
                and not _SPELLED_OUT.search(sent, lo, rel) and not _EFFORT_SPAN.search(sent, 0, hi):
            # further back only along an enumeration of figures (力争…，A超过N%，B达到M%、C实现K%), or from a result
            # clause (计划用N年时间，构建…，把…，使四成左右的老年人…: the result a plan aims at reaches back to it)
            break
        if back and (_PRESENT.search(sent, _window_start(sent, rel, back - 1), rel)
                     or _YEARS_AGO.search(sent, _window_start(sent, rel, back - 1), rel)):
            break  # …预计需求量为N，现有供种总量为M (a present state), …而五年前这一比例仅为M (a past one) after a forecast
        m = _first_modal(sent, s0, text, lo, hi)
        if m is not None and not back and _SHARE_OF_SUBJECT.search(sent, m.end(), rel):
            return None  # 得到解决或计划逐步解决的占总数的71.3%: the cue is inside the subject whose share is reported
        if m is not None and not back:
            m = _enumerated_item_modal(sent, s0, text, m, rel, figures) or m
        if m is not None and back and _SCOPE_CLAUSE.match(sent, own):
            return None  # 计划招录2.4万人，涉及…86个单位: the scope the plan covers, counted now, not planned
        if m is not None and back and reports_progress(sent, own, rel):
            return None  # 计划建设N公里公路，并已为此拨款M, …，剩余N处正在建设: the figure's own clause reports what was done
            # or what is left
        if m is not None and back and _PURPOSE_BEFORE.search(sent, max(0, m.start() - 3), m.start()):
            continue  # 为确保…，某镇关停了N个矿场: the cue of a purpose clause governs no figure of the clauses after it
        if m is not None and back and _CONDITION_CLAUSE.search(sent, m.end(), hi):
            continue  # 在确保安全的前提下，…到岗N人: the cue of a condition governs no figure; a cue before the condition
            # (要按照…，在确保…的前提下，…，使…缩短为N) still governs the clauses after it
        if m is not None and back and m.group(0) in _AUXILIARIES and _OWN_DEADLINE.search(sent, m.end(), rel):
            return None  # …将推进网络建设，到2027年底前，实现95%…: a goal with a deadline of its own, no modal printed
        if m is not None and back and not carry_aux and m.group(0) in _AUXILIARIES \
                and not (back == 1 and _SUBJECTLESS_MAKING.match(sent, own)) and not _SPELLED_OUT.search(sent, m.end(), rel) \
                and not _COLON_SPELLS_OUT.match(sent, m.end()):
            break  # 本次调水将持续N天，…水位达M米: with no future date, an auxiliary governs its own clause only
        if m is not None and m.group(0) == "预测":
            aux = _first_modal(sent, s0, text, m.end(), rel)
            while aux is not None and aux.group(0) not in _AUXILIARIES:
                aux = _first_modal(sent, s0, text, aux.end(), rel)
            if aux is not None:
                return aux  # 某机构预测2020年…将下滑至N: 预测 attributes the forecast, the figure keeps its auxiliary
        if m is not None:
            if m.group(0) in _AUXILIARIES:
                frame = _fronted_frame(sent, s0, text, rel, lo, figures, back)
                if frame is not None:
                    return frame
            elif m.group(0) == _HEDGE:  # 某机构预计，…今年经济增速有望达到N: the forecast frame in front wins (as over 将)
                frame = _fronted_frame(sent, s0, text, rel, lo, figures, back)
                if frame is not None and frame.group(0) == _FORECAST_FRAME:
                    return frame
            return m
    clause_end = _clause_end(sent, rel)
    m = _first_modal(sent, s0, text, rel, clause_end)
    # the subject's head noun may stand between (约300名各地青年选手将参赛): measured from the figure's end
    if m is not None and m.group(0) in ("要", "将", "力争", "确保", "争取") and m.start() - figure_end <= 12:
        return m
    return None


def _enumerated_item_modal(sent: str, s0: int, text: str, m: re.Match, rel: int, figures: tuple) -> re.Match | None:
    """The modal verb of the figure's own item when its clause enumerates figures, each with its cue, after 、
    (确保建成A、力争建成B: B takes 力争), else None."""
    k = sent.rfind("、", m.end(), rel)
    if k < 0 or not any(m.end() <= f < k for f in figures):
        return None
    return _first_modal(sent, s0, text, k + 1, rel)


_BACK = 7
# 的 closing a headless relative clause, then 占 (…计划解决的占建议总数的N%): the clause before 的 names the things counted,
# its cue describes them; the figure is their share now (not 占比, a noun a plan may set: 计划…的占比达到N%)
_SHARE_OF_SUBJECT = re.compile(r"的占(?!比)")
# a clause with no subject that opens with the manner adverb of a measure (…将大力发展…，努力建设…，积极培育…，改造N亩):
# one item of the list of measures the auxiliary before it announces, as a clause with a figure is
_MEASURE_CLAUSE = re.compile(r"[，,]?(?:大力|努力|积极|加快|全力|着力|持续|深入|切实|全面|进一步|高标准|扎实|稳步)")
_HEDGE, _FORECAST_FRAME = "有望", "预计"
# a clause stating the result the plan's actions aim at (…，使四成左右的老年人能…)
_RESULT_CLAUSE = re.compile(r"[，,]?(?:使|让|从而使|进而使)")
# a clause with no subject of its own that opens with a verb making what it counts (…将进行升级，打造N平方米空间) or with
# the level the change before it reaches (…将继续增高N米，达到海拔M米): the auxiliary of the clause before still governs it,
# with no future date too
_SUBJECTLESS_MAKING = re.compile(r"[，,]?(?:(?:并|还|再|同时)?(?:打造|建设|建成|新建|创建|培育|设立|建立|形成|新增|上线|开设|增设|达到)|"
                                 # 还将提供…，直接或间接增加N个工作岗位: the jobs the plan's work makes
                                 r"(?:直接或间接|直接和间接|直接|间接)(?:增加|创造|带动|提供)|"
                                 r"并(?:从|向|通过)[^，。；]{1,16}?(?:调入|安排|筹集|拨付|投入))")
# a clause opening with 即 spells out the plan the auxiliary before it announces (将推动“甲乙”工程，即用3年时间，使用N元…，
# 补贴培训M人次): the clauses after it are that plan's, with no future date too
_SPELLED_OUT = re.compile(r"[，,]即(?!使|便|可|将)")
# a colon closing the auxiliary's own clause (…将打造…新格局：A达到N，B达到M): what follows spells out what the auxiliary
# announces, as a clause opening with 即 does, so its clauses are that plan's, with no future date too
_COLON_SPELLS_OUT = re.compile(r"[^，,。；：！？]{0,30}：")
# a clause that states what a plan covers (…，涉及全市各部门42个单位), not what it plans
_SCOPE_CLAUSE = re.compile(r"[，,]?(?:共|总共|一共|主要)?涉及")
# a deadline printed as a clause of its own between an auxiliary and the figure (…将推进…，到2027年底前，实现N): the figure
# is the goal of that deadline, not of the auxiliary before it (not …将…，到2030年共打造N个: the deadline inside the clause)
_OWN_DEADLINE = re.compile(r"[，,；]\s*到\d{4}年[^，,。；\d]{0,4}[，,]")
# 为, 为了 right before a cue opens a purpose clause (为确保…，为力争…，)
_PURPOSE_BEFORE = re.compile(r"(?:^|[，,；\s“])为了?$")
_CONDITION_CLAUSE = re.compile(r"(?:的)?(?:前提下|基础上|同时)[，,]?$")


def _figure_clauses(sent: str, lo: int, rel: int, figures: tuple) -> bool:
    """Does every clause between ``lo`` and the figure at ``rel`` (the first excepted) carry a figure?"""
    k = _window_start(sent, rel, 0)
    while k > lo:
        j = _window_start(sent, k - 1, 0)
        if j <= lo:
            break
        if not any(j <= f < k for f in figures) and sent[j:k].strip("，,： ") not in ("其中", "同时") \
                and not _MEASURE_CLAUSE.match(sent, j):
            return False  # a bare 其中 (…覆盖N%的城市，其中，高铁…M公里) joins a breakdown to the enumeration
        k = j
    return True


def _fronted_frame(sent: str, s0: int, text: str, rel: int, clause_start: int, figures: tuple,
                   at: int = 0) -> re.Match | None:
    """A non-auxiliary modal in the one or two clauses before ``clause_start`` (the clause ``at`` clauses
    back from the figure) with no figure after it, except figures of parallel clauses that have an
    auxiliary of their own (预计到X，A将达到N，B将达到M; 预计…，N%的A将…，M%的B将…)."""
    causes = 0  # cause clauses right before the figure's clause (…预计，随着A，以及B，到2035年…将达到N) extend the reach
    while _CAUSE_CLAUSE.match(sent, _window_start(sent, rel, at + 1 + causes)) and causes < 3:
        causes += 1
    for back in (at + 1 + causes, at + 2 + causes):
        lo = _window_start(sent, rel, back)
        m = _first_modal(sent, s0, text, lo, clause_start)
        if m is not None and m.group(0) == "预测":
            return None  # 据某机构预测，…将达N: the attribution of a forecast, the figure keeps its auxiliary
        if m is not None and m.group(0) not in _AUXILIARIES and not _frames_the_sentence(sent, m, figures):
            return None  # CPI预计将回落至2.5%，失业率则将上升至4.5%: a cue with a predicate of its own governs its clause only
        if m is not None and m.group(0) not in _AUXILIARIES:
            between = [f for f in figures if m.end() <= f < rel]
            # figures between of parallel clauses with an auxiliary, or with no modal of their own (预计…将提升到A，
            # 总量达到B，…将提高到C: the frame governs all three)
            if all(_auxiliary_clause(sent, s0, text, f) or _no_modal_clause(sent, s0, text, f, m.start(), m.end()) for f in between):
                return m
            return None
    return None


# what may stand between a fronted frame and the end of its clause: nothing (预计，…; IMF预计，…) or the time it looks
# to (预计到2020年底，…; 力争到2030年，…; 预计到2021—2022冰雪季，…)
_FRAME_TIME = re.compile(r"(?:到|至|在|于)?[^，,：。；]{0,12}?(?:年|月|日|旬|底|末|初|前|期间|时期|假期|季|春运|节)(?:底|末|初|前|内|期间)?")


def _frames_the_sentence(sent: str, m: re.Match, figures: tuple = ()) -> bool:
    """Is the cue ``m`` a frame of what follows, not a verb of its own clause? A frame's clause holds nothing after it
    but a time (``预计，…``, ``IMF预计，…``, ``预计到2020年底，…``), or it opens its clause and that clause states a
    figure of the enumeration it heads (``预计2020年…比重将提升到17.8%，总量达到2.55亿``). Not frames: a cue after the
    subject of its clause (``…年限预计到2020年有望达到11.2年，…比例有望达到20%``, ``CPI预计将回落至2.5%，失业率则将…``)
    or one with a predicate of its own and no figure (``预计于2035年前完成二期建设，届时…将达到125公里``)."""
    ends = [i for i in (sent.find("，", m.end()), sent.find(",", m.end()), sent.find("：", m.end())) if i >= 0]
    end = min(ends) if ends else len(sent)
    rest = sent[m.end():end]
    if rest == "" or _FRAME_TIME.fullmatch(rest) is not None:
        return True
    head = sent[_window_start(sent, m.start(), 0):m.start()]
    return _OPENING.fullmatch(head) is not None and any(m.end() <= f < end for f in figures)


# a clause stating the cause of what follows (随着…, 受…影响, 由于…, 得益于…, and a cause added with 以及/加之): no cue of its
# own, it stands between a forecast's frame and its figure
_CAUSE_CLAUSE = re.compile(r"\s*(?:随着|伴随着|受|由于|得益于|以及|加之)")
_OPENING = re.compile(r"\s*(?:同时|此外|另外|而且?|并且?|但|其中)?")


def _no_modal_clause(sent: str, s0: int, text: str, f: int, frame_start: int, frame_end: int) -> bool:
    """Does the clause of the figure at ``f`` (a clause after the frame's own) carry no modal of its own?"""
    lo = _window_start(sent, f, 0)
    if lo <= frame_start:
        return False  # the figure sits in the frame's own clause (预计A达N，B将突破M: B keeps 将)
    ends = [i for i in (sent.find("，", f), sent.find("。", f), sent.find("；", f)) if i >= 0]
    return _first_modal(sent, s0, text, lo, min(ends) if ends else len(sent)) is None


def _auxiliary_clause(sent: str, s0: int, text: str, f: int) -> bool:
    """Does the clause of the figure at ``f`` carry 将/要 (before or after the figure)?"""
    lo = _window_start(sent, f, 0)
    ends = [i for i in (sent.find("，", f), sent.find("。", f), sent.find("；", f)) if i >= 0]
    hi = min(ends) if ends else len(sent)
    m = _first_modal(sent, s0, text, lo, hi)
    while m is not None and m.group(0) not in _AUXILIARIES:  # 预计…比重将提升到A: the frame's own clause
        m = _first_modal(sent, s0, text, m.end(), hi)
    return m is not None
