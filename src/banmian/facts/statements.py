"""Statements: targets, observations and tasks, built from quantities and time references.

Every quantity that measures something becomes at most one statement, decided inside
its sentence by a cascade (each step only engaging if the previous did not decide):

1. a change figure right after a level figure (``…766.02亿元，同比增长35.47%``) is the
   *change* of that observation, not a statement of its own;
2. a modality cue before the quantity (确保 力争 争取 预计 计划 目标 将 要 拟 有望) makes
   a *target*, except ``预计`` about a period that has ended or ends this year, which is a
   *forecast observation*;
3. a future deadline introduced by 到/至 (``到2025年，…达到…``) makes a target without modality;
4. a period (in the sentence, else the last one of the paragraph) or a year-on-year basis
   makes an *observation* (actual).

Tasks are ``要/必须/着力`` + a verb of work (推动, 推进, 加快…) up to the clause end.
"""
from __future__ import annotations

import re
from datetime import date

from .cues import TARGET_MODALITIES, TASK_VERBS, alternation

__all__ = ["find_statements"]

_SENT = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
_MODAL = re.compile(alternation(TARGET_MODALITIES))
_YAO_BAD_BEFORE = set("主重需只必纲摘首紧想提概扼")
_YAO_BAD_AFTER = ("求", "素", "点", "闻", "害", "件", "是", "领")
_JIANG_BAD_AFTER = ("近", "军", "领", "士")
_JIANG_BAD_BEFORE = set("即")  # 即将 stays future, but 将 alone is the cue; both accepted below
_CHANGE_LINK = re.compile(r"^[，,、]?(?:其中[，,]?)?(?:同比|环比|(?:比|较)[^，。；]{1,12}?)?[^，。；]{0,4}?"
                          r"(?:增长|增加|提高|上升|下降|减少|降低|回落|提升|增|降)了?(?:约|近)?$")
_METRIC_TAIL = re.compile(r"(?:同比|环比)?(?:分别)?(?:已经|已|将|要|共|累计|预计)?(?:达到|达|实现|完成|突破|超过|增长到|增长至|增至|增长|增加到|增加|提高到|提高至|提高|提升到|提升至|提升|下降到|下降至|下降|降低到|降低|减少|控制在|保持在|稳定在|为|是|有|占|超|逾|近|约|在|共|累计|新增|净增|至|到|了)+$")
_METRIC_HEAD = re.compile(r"^(?:前|底|以来|期间|内|其中|同时|此外|另外|目前|截至目前|全年|今年|当年|力争|确保|争取|预计|计划|目标是|目标为|将|要|使|让|推动|实现|带动|完成|全市|全区|全省|全县|全国|我市|我区|我省|我县|，|、|的)+")
_OWNER_WORDS = re.compile(r"全市|全区|全省|全县|全国|我市|我区|我省|我县|全镇|全州")
_TO_BEFORE = re.compile(r"(?:到|至|截至|截止到|截止|在)$")
_TASK = re.compile(rf"(?P<head>要|必须|着力|将|坚持)(?P<verb>{alternation(TASK_VERBS)})(?P<body>[^。；！？，]*(?:，[^。；！？，]*)?)")


def _metric(sent: str, lo: int, hi: int) -> tuple[int, int]:
    """The metric's offsets inside ``sent`` between ``lo`` and the quantity at ``hi``."""
    seg = sent[lo:hi]
    k = max(seg.rfind("，"), seg.rfind("：") , seg.rfind(","))
    if k >= 0 and len(seg) - k > 2:
        lo, seg = lo + k + 1, seg[k + 1:]
    t = _METRIC_TAIL.search(seg)
    if t:
        seg = seg[: t.start()]
    h = _METRIC_HEAD.match(seg)
    if h:
        lo, seg = lo + h.end(), seg[h.end():]
    t = _BUILD_TAIL.search(seg)
    if t:
        seg = seg[: t.start()]
    return lo, lo + len(seg)


_BUILD_TAIL = re.compile(r"(?:建成|建设|培育|打造|新建|形成|引进|落地|开工|实施|推动|带动|吸引|新增|招引|举办|开展|创建|认定|累计|共|已|了)+$")
_AFTER = re.compile(r"[^，。；！？、,;!?]{1,16}")


def _metric_after(sent: str, pos: int) -> tuple[int, int]:
    """When nothing before the figure names it (建成5个以上产业集群), the noun after it does."""
    m = _AFTER.match(sent, pos)
    if not m:
        return pos, pos
    return m.start(), m.end()


def _period_view(t: dict | None) -> dict | None:
    if t is None:
        return None
    return {"text": t["text"], "from": t["from"], "to": t["to"], "rule": t["rule"], "spans": [[t["start"], t["end"]]]}


_PRESENT = re.compile(r"目前|截至目前|截止目前|当前|如今|现有|眼下")
_VAGUE_SPAN = re.compile(r"近[一二两三四五六七八九十\d]+年|近年来|多年来|历年|往年|长期以来|这些年|之后|此后|以来")
_COMPARE_BEFORE = re.compile(r"(?:比|较|与|同|是|相比|超过)$")
_BA = ("其", "该", "这", "此", "原", "所有", "相关", "各", "全部", "一", "两")
# ages, multiples and durations describe, they do not report a figure of a metric
_NO_OBSERVATION_UNITS = {"周岁", "岁", "倍", "级", "天", "小时", "分钟", "秒", "周", "个月"}
_BA_VERBS = re.compile(r"纳入|列入|作为|视为|转化为|变为|列为|确定为|打造成|建成")
_DATELINE = re.compile(r"电\s*[（(]|电\s")


def _bracketed(text: str, pos: int) -> bool:
    """Is ``pos`` inside 《…》 (a document title, whose words are no statement)?"""
    a = text.rfind("《", 0, pos)
    return a >= 0 and text.rfind("》", a, pos) < 0


def _window_start(sent: str, rel: int, clauses: int = 2) -> int:
    """Start of the window of ``clauses`` comma-clauses before the quantity (and its own)."""
    k = rel
    for _ in range(clauses + 1):
        j = max(sent.rfind("，", 0, k), sent.rfind(",", 0, k), sent.rfind("：", 0, k))
        if j < 0:
            return 0
        k = j
    return k + 1


def _modal(sent: str, s0: int, text: str, rel: int) -> re.Match | None:
    """The first modality cue in the clause window before the quantity, if it is a real one."""
    lo = _window_start(sent, rel)
    for m in _MODAL.finditer(sent, lo, rel):
        w = m.group(0)
        if _bracketed(text, s0 + m.start()):
            continue
        if w == "要":
            if m.start() > 0 and sent[m.start() - 1] in _YAO_BAD_BEFORE:
                continue
            if sent.startswith(_YAO_BAD_AFTER, m.end()):
                continue
        if w == "将":
            if sent.startswith(_JIANG_BAD_AFTER, m.end()):
                continue
            nxt = sent[m.end():m.end() + 1]
            if nxt.isdigit() or sent.startswith(_BA, m.end()):
                continue  # 将17种抗癌药纳入: the disposal marker, not the future
            clause_end = min([i for i in (sent.find("，", m.end()), sent.find("。", m.end())) if i >= 0] or [len(sent)])
            if _BA_VERBS.search(sent, m.end(), clause_end):
                continue  # 将…纳入/作为…: disposal, not the future
        if w == "计划" and sent.startswith(("单列", "生育"), m.end()):
            continue
        return m
    return None


def _usable_time(text: str, t: dict, dateline: tuple[int, int]) -> bool:
    if not t["resolved"]:
        return False
    if dateline[0] <= t["start"] < dateline[1]:
        return False
    if _COMPARE_BEFORE.search(text[max(0, t["start"] - 2):t["start"]]) or t["text"].endswith("同期"):
        return False
    return not _bracketed(text, t["start"])


def find_statements(text: str, quantities: list[dict], times: list[dict], issue: date,
                    officials: list[dict], owner_default: str | None, owners: dict | None = None) -> dict:
    """Targets, observations and tasks of ``text`` (document offsets).

    :param owners: what 全市/全区/全省/全国 refer to in this article (last character -> full name)
    """
    owners = owners or {}
    targets: list[dict] = []
    observations: list[dict] = []
    tasks: list[dict] = []
    issue_iso = issue.isoformat()
    # the dateline (本报北京5月6日电) dates the report, not the figures
    first_para_start = text.find("\n") + 1
    dm = _DATELINE.search(text, first_para_start, first_para_start + 40)
    dateline = (first_para_start, dm.start()) if dm else (-1, -1)
    para_start = 0
    para_period: dict | None = None
    prev_para_period: dict | None = None
    last_level: dict | None = None
    for sm in _SENT.finditer(text):
        s0, s1 = sm.span()
        sent = sm.group(0)
        nl = text.rfind("\n", 0, s0 + 1)
        if nl + 1 > para_start:
            para_start = nl + 1
            prev_para_period, para_period = para_period, None
            if sent.startswith("其中"):
                para_period = prev_para_period
        qs = [q for q in quantities if s0 <= q["start"] < s1]
        ts = [t for t in times if s0 <= t["start"] < s1 and _usable_time(text, t, dateline)]
        speaker = None
        for o in officials:
            if para_start <= o["name_span"][0] < s1:
                speaker = o
        owner = None
        om = _OWNER_WORDS.search(sent)
        if om:
            owner = owners.get(om.group(0)[-1], om.group(0))
        present = _PRESENT.search(sent)
        for q in qs:
            rel = q["start"] - s0
            before_t = [t for t in ts if t["end"] <= q["start"]]
            t = before_t[-1] if before_t else None
            after_t = (t["end"] - s0) if t else 0
            since = t is not None and re.match(r"[”\"’]?以来", sent[after_t:after_t + 3]) is not None
            vague = None if since else _VAGUE_SPAN.search(sent, after_t, rel)
            now = _PRESENT.search(sent, after_t, rel)
            if q.get("change") and last_level is not None and last_level["_sent"] == s0:
                gap = text[last_level["_qend"]:q["start"]]
                if _CHANGE_LINK.match(gap) and "change" not in last_level:
                    last_level["change"] = {"value": q["value"], "unit": q["unit"], "direction": q["change"]["direction"],
                                            "basis": q["change"]["basis"], "spans": [[q["start"], q["end"]]]}
                    continue
            if q["unit"] in _NO_OBSERVATION_UNITS or q["text"].endswith("级") or _bracketed(text, q["start"]):
                continue
            mod = _modal(sent, s0, text, rel)
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
            is_past = t is not None and t["to"] is not None and t["to"] < issue_iso
            is_future = t is not None and t["to"] is not None and t["to"] > issue_iso
            to_before = t is not None and _TO_BEFORE.search(text[max(s0, t["start"] - 4):t["start"]]) is not None
            if mod is not None and not (is_past and mod.group(0) != "预计"):
                w = mod.group(0)
                if w == "预计" and is_past:
                    st = dict(base, kind="forecast", period=_period_view(t))
                    observations.append(st)
                else:
                    st = dict(base, modality=w, modality_spans=[[s0 + mod.start(), s0 + mod.end()]],
                              deadline=_period_view(t) if t else None)
                    targets.append(st)
            elif is_future and to_before:
                st = dict(base, modality="", modality_spans=[], deadline=_period_view(t))
                targets.append(st)
            else:
                if t is not None and not vague and not now:
                    per = t
                elif present or vague or t is not None:
                    per = None
                else:
                    per = para_period
                view = _period_view(per)
                if since and per is t and view:  # “十三五”以来: from the start of the period to the issue
                    view = dict(view, to=issue_iso, rule=view["rule"] + "+since")
                st = dict(base, kind="actual", period=view)
                if q.get("change"):
                    st["change"] = {"value": q["value"], "unit": q["unit"], "direction": q["change"]["direction"],
                                    "basis": q["change"]["basis"], "spans": [[q["start"], q["end"]]]}
                observations.append(st)
            last_level = st
        if present:
            para_period = None
        elif ts:  # figures of later sentences inherit a statistical period, never a single day
            para_period = ts[-1] if ts[-1]["from"] != ts[-1]["to"] else None
        for m in _TASK.finditer(sent):
            body = m.group("body")
            if len(body) < 2:
                continue
            a, b = s0 + m.start("verb"), s0 + m.end()
            tasks.append({"text": text[a:b], "verb": m.group("verb"), "area": text[s0 + m.end("verb"):b],
                          "owner": owner or owner_default, "speaker": speaker["name"] if speaker else None,
                          "spans": [[a, b]], "evidence": [[s0, s1]]})
    for st in targets + observations:
        st.pop("_sent", None)
        st.pop("_qend", None)
    return {"targets": targets, "observations": observations, "tasks": tasks}
