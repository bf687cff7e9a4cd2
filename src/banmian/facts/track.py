"""Tracking: link targets and later observations of the same owner and metric.

A *thread* is one (owner, metric, unit) across articles and issues. Its targets are
the restatements of one goal (raised, lowered, re-dated, restated); its
observations are the figures reported for it. The status of the latest target
follows from them:

- **met** / **missed**: an observation covers the deadline (its period reaches it) and
  does / does not satisfy the target's comparator; an earlier observation that already
  satisfies the target also makes it met;
- **on track**: the deadline has not passed and the latest figure is at least the
  pro-rata share of the target for the time elapsed;
- **not yet due**: the deadline has not passed (and the figures, if any, are behind
  pro-rata: then ``behind`` is true);
- **unverifiable**: no deadline, or the deadline has passed with no figure for it.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable

__all__ = ["track", "metric_key"]

_SYNONYMS = [
    (re.compile(r"规模以上"), "规上"),
    (re.compile(r"^(?:GDP|国内生产总值|生产总值|经济总量)$"), "地区生产总值"),
    (re.compile(r"(?:总额|总量|规模)$"), ""),
    (re.compile(r"[\s“”\"'（）()]"), ""),
]


def metric_key(metric: str) -> str:
    """Normalise a metric so restatements in other words meet: 规模以上工业增加值 = 规上工业增加值."""
    m = metric or ""
    for rx, rep in _SYNONYMS:
        m = rx.sub(rep, m)
    return m


def _flatten(facts: Iterable[dict]) -> tuple[list[dict], list[dict]]:
    targets, observations = [], []
    for f in facts:
        if "targets" in f or "observations" in f:
            targets.extend(f.get("targets", []))
            observations.extend(f.get("observations", []))
        elif "modality" in f:
            targets.append(f)
        elif "kind" in f:
            observations.append(f)
    return targets, observations


def _key(st: dict) -> tuple:
    return (st.get("owner") or "", metric_key(st.get("metric", "")), st.get("unit") or "")


def _satisfies(value: float, target: dict) -> bool:
    tv = target["value"]
    c = target["quantity"]["comparator"] if "quantity" in target else "="
    if c in ("<", "≤"):
        return value <= tv
    if c == "range":
        return value >= (target["quantity"].get("low") or tv)
    return value >= tv


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _status(target: dict, obs: list[dict], as_of: date) -> tuple[str, list[dict], bool]:
    deadline = _d((target.get("deadline") or {}).get("to"))
    later = [o for o in obs if o.get("issue_date", "") >= target.get("issue_date", "")
             and o.get("article") != target.get("article")]
    later.sort(key=lambda o: ((o.get("period") or {}).get("to") or "", o.get("issue_date", "")))
    evidence = [o for o in later]
    if any(_satisfies(o["value"], target) for o in later):
        return "met", evidence, False
    if deadline is None:
        return "unverifiable", evidence, False
    covering = [o for o in later if (_d((o.get("period") or {}).get("to")) or date.min) >= deadline]
    if covering:
        return ("met" if _satisfies(covering[-1]["value"], target) else "missed"), evidence, False
    if as_of <= deadline:
        if later:
            last = later[-1]
            start = _d(target.get("issue_date")) or as_of
            seen = _d((last.get("period") or {}).get("to")) or _d(last.get("issue_date")) or as_of
            span = max((deadline - start).days, 1)
            elapsed = min(max((seen - start).days / span, 0.0), 1.0)
            if target["value"] and last["value"] / target["value"] >= elapsed:
                return "on track", evidence, False
            return "not yet due", evidence, True
        return "not yet due", evidence, False
    return "unverifiable", evidence, False


def _revisions(targets: list[dict]) -> list[dict]:
    out = []
    for a, b in zip(targets, targets[1:]):
        kinds = []
        if b["value"] > a["value"]:
            kinds.append("raised")
        elif b["value"] < a["value"]:
            kinds.append("lowered")
        if (a.get("deadline") or {}).get("to") != (b.get("deadline") or {}).get("to"):
            kinds.append("re-dated")
        out.append({"from": a.get("article"), "to": b.get("article"), "change": kinds or ["restated"]})
    return out


def _ev(st: dict) -> dict:
    return {"article": st.get("article"), "issue_date": st.get("issue_date"), "spans": st.get("spans"),
            "text": st.get("text"), "value": st.get("value"), "unit": st.get("unit"),
            "period": st.get("period"), "deadline": st.get("deadline")}


def track(facts: Iterable[dict], as_of: str | None = None) -> dict:
    """Link targets with the later observations of the same owner and metric.

    :param facts: ``extract_facts`` results (one per article), or flat target/observation items
    :param as_of: the date the status is judged at (default: the latest issue date seen)
    :returns: ``{"as_of": ..., "threads": [...]}``; each thread has ``owner``, ``metric``,
        ``unit``, ``targets``, ``observations``, ``revisions``, ``status``, ``behind`` and ``evidence``
    """
    targets, observations = _flatten(facts)
    dates = [s.get("issue_date") for s in targets + observations if s.get("issue_date")]
    as_of_d = date.fromisoformat(as_of) if as_of else (max(_d(x) for x in dates) if dates else date.today())
    by_key: dict[tuple, dict] = {}
    for t in targets:
        by_key.setdefault(_key(t), {"targets": [], "observations": []})["targets"].append(t)
    for o in observations:
        if _key(o) in by_key:
            by_key[_key(o)]["observations"].append(o)
    threads = []
    for (owner, metric, unit), g in sorted(by_key.items()):
        ts = sorted(g["targets"], key=lambda t: (t.get("issue_date", ""), t.get("article", "")))
        status, evidence, behind = _status(ts[-1], g["observations"], as_of_d)
        threads.append({
            "id": f"{owner}|{metric}|{unit}", "owner": owner, "metric": metric, "unit": unit,
            "status": status, "behind": behind,
            "targets": [_ev(t) for t in ts], "observations": [_ev(o) for o in g["observations"]],
            "revisions": _revisions(ts), "evidence": [_ev(o) for o in evidence],
        })
    return {"as_of": as_of_d.isoformat(), "threads": threads}
