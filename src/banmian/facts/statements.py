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
_CHANGE_LINK = re.compile(r"^[，,、]?(?:其中[，,]?)?(?:同比|环比|比上年同期|比上年|比去年同期|比去年|较上年同期|较上年|较去年)?"
                          r"(?:分别)?(?:增长|增加|提高|上升|下降|减少|降低|回落|增|降)了?(?:约|近)?$")
_METRIC_TAIL = re.compile(r"(?:同比|环比)?(?:分别)?(?:已经|已|将|要|共|累计|预计)?(?:达到|达|实现|完成|突破|超过|增长到|增长至|增至|增长|增加到|增加|提高到|提高至|提高|提升到|提升至|提升|下降到|下降至|下降|降低到|降低|减少|控制在|保持在|稳定在|为|是|有|占|超|逾|近|约|在|共|累计|新增|净增|至|到|了)+$")
_METRIC_HEAD = re.compile(r"^(?:其中|同时|此外|另外|目前|截至目前|全年|今年|当年|力争|确保|争取|预计|计划|目标是|目标为|将|要|使|让|推动|实现|带动|完成|全市|全区|全省|全县|全国|我市|我区|我省|我县|，|、|的)+")
_OWNER_WORDS = re.compile(r"全市|全区|全省|全县|全国|我市|我区|我省|我县|全镇|全州")
_TO_BEFORE = re.compile(r"(?:到|至|截至|截止到|截止|在)$")
_TASK = re.compile(rf"(?P<head>要|必须|着力|将|坚持)(?P<verb>{alternation(TASK_VERBS)})(?P<body>[^。；！？，]*(?:，[^。；！？，]*)?)")


def _modal_before(sent: str, upto: int) -> re.Match | None:
    best = None
    for m in _MODAL.finditer(sent, 0, upto):
        w = m.group(0)
        if w == "要":
            if m.start() > 0 and sent[m.start() - 1] in _YAO_BAD_BEFORE:
                continue
            if sent.startswith(_YAO_BAD_AFTER, m.end()):
                continue
        if w == "将" and sent.startswith(_JIANG_BAD_AFTER, m.end()):
            continue
        if w == "计划" and sent.startswith(("单列", "生育"), m.end()):
            continue
        best = m
    return best


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
    return lo, lo + len(seg)


def _period_view(t: dict | None) -> dict | None:
    if t is None:
        return None
    return {"text": t["text"], "from": t["from"], "to": t["to"], "rule": t["rule"], "spans": [[t["start"], t["end"]]]}


def find_statements(text: str, quantities: list[dict], times: list[dict], issue: date,
                    officials: list[dict], owner_default: str | None) -> dict:
    """Targets, observations and tasks of ``text`` (document offsets)."""
    targets: list[dict] = []
    observations: list[dict] = []
    tasks: list[dict] = []
    issue_iso = issue.isoformat()
    year_end = date(issue.year, 12, 31).isoformat()
    para_start = 0
    last_period: dict | None = None
    last_level: dict | None = None  # the last observation/target, for attaching changes
    for sm in _SENT.finditer(text):
        s0, s1 = sm.span()
        sent = sm.group(0)
        if text.rfind("\n", 0, s0 + 1) >= para_start and "\n" in text[para_start:s0 + 1]:
            para_start = text.rfind("\n", 0, s0 + 1) + 1
            last_period = None
        qs = [q for q in quantities if s0 <= q["start"] < s1]
        ts = [t for t in times if s0 <= t["start"] < s1]
        speaker = None
        for o in officials:
            if o["name_span"][0] < s1 and o["name_span"][0] >= para_start:
                speaker = o
        owner = None
        om = _OWNER_WORDS.search(sent)
        if om:
            owner = om.group(0)
        for q in qs:
            rel = q["start"] - s0
            before_t = [t for t in ts if t["end"] <= q["start"]]
            t = before_t[-1] if before_t else (ts[0] if ts else None)
            # 1. change figure attached to the level just before
            if q.get("change") and last_level is not None and last_level["_sent"] == s0:
                gap = text[last_level["_qend"]:q["start"]]
                if _CHANGE_LINK.match(gap) and "change" not in last_level:
                    last_level["change"] = {"value": q["value"], "unit": q["unit"], "direction": q["change"]["direction"],
                                            "basis": q["change"]["basis"], "spans": [[q["start"], q["end"]]]}
                    last_level["spans"].append([q["start"], q["end"]])
                    continue
            if q["unit"] == "" and q["comparator"] == "≥" and q["text"].endswith("级"):
                continue  # 千亿级: a class of things, not a reported or targeted figure
            mod = _modal_before(sent, rel)
            lo = max(mod.end() if mod else 0, (t["end"] - s0) if t and t["end"] <= q["start"] else 0)
            ms, me = _metric(sent, lo, rel)
            metric = sent[ms:me]
            qv = {"text": q["text"], "value": q["value"], "unit": q["unit"], "comparator": q["comparator"],
                  "approximate": q["approximate"], "low": q.get("low"), "high": q.get("high"),
                  "spans": [[q["start"], q["end"]]]}
            base = {"metric": metric, "metric_spans": [[s0 + ms, s0 + me]] if me > ms else [],
                    "owner": owner or owner_default, "speaker": speaker["name"] if speaker else None,
                    "quantity": qv, "value": q["value"], "unit": q["unit"],
                    "evidence": [[s0, s1]], "spans": [[q["start"], q["end"]]], "_sent": s0, "_qend": q["end"]}
            is_future = t is not None and t["to"] is not None and t["to"] > issue_iso
            to_before = t is not None and _TO_BEFORE.search(text[max(s0, t["start"] - 4):t["start"]]) is not None
            if mod is not None:
                w = mod.group(0)
                if w == "预计" and (t is None or (t["to"] or "9999") <= year_end):
                    st = dict(base, kind="forecast", period=_period_view(t or last_period))
                    observations.append(st)
                else:
                    st = dict(base, modality=w, modality_spans=[[s0 + mod.start(), s0 + mod.end()]],
                              deadline=_period_view(t) if t else None)
                    targets.append(st)
            elif is_future and to_before:
                st = dict(base, modality="", modality_spans=[], deadline=_period_view(t))
                targets.append(st)
            elif t is not None or last_period is not None or q.get("change"):
                per = t or last_period
                st = dict(base, kind="actual", period=_period_view(per))
                if q.get("change"):
                    st["change"] = {"value": q["value"], "unit": q["unit"], "direction": q["change"]["direction"],
                                    "basis": q["change"]["basis"], "spans": [[q["start"], q["end"]]]}
                observations.append(st)
            else:
                continue
            last_level = st
        if ts:
            last_period = ts[-1]
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
