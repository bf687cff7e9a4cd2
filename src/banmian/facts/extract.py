"""``extract_facts``: run the extractors over one article and assemble the items.

Each extractor is a pure function over a text; this module only gathers them,
resolves jurisdictions with the article's dominant places, gives every item the
article id, ``spans`` into the document text (see :mod:`banmian.facts.text`) and,
when the article carries page spans, ``page_spans``.
"""
from __future__ import annotations

import logging
from collections import Counter

from ..errors import BanmianError, Errors
from .people import actor_id, find_officials
from .reporters import find_reporters
from .places import find_places
from .quantities import find_quantities
from .statements import find_statements
from .text import Document, document_of, paragraph_view
from .time_forms import unannotated
from .times import find_times, parse_issue_date

log = logging.getLogger(__name__)

__all__ = ["extract_facts", "IssueDateError", "FACT_TYPES"]

FACT_TYPES = ("people", "organisations", "quantities", "times", "targets", "observations", "tasks")
_LEVEL_OF_CHAR = {"省": "province", "市": "city", "州": "city", "区": "county", "县": "county"}


class IssueDateError(BanmianError, ValueError):
    """The issue date is missing or not a valid YYYY-MM-DD date."""


def _issue(value):
    try:
        return parse_issue_date(value)
    except (ValueError, TypeError):
        raise IssueDateError(Errors.E020.format(value=value)) from None


def _dominant(places: list[dict]) -> dict[str, dict]:
    """The most mentioned resolved place per level: what ``市``/``全区`` refers to."""
    by_level: dict[str, Counter] = {}
    best: dict[str, dict] = {}
    for p in places:
        if p.get("full"):
            by_level.setdefault(p["level"], Counter())[p["full"]] += 1
            best.setdefault(p["full"], p)
    out = {}
    for level, c in by_level.items():
        full, _ = c.most_common(1)[0]
        out[level] = best[full]
    # a county implies its city and province
    return out


def _jurisdiction(org: str, places_in_org: list[dict], dominant: dict[str, dict]) -> dict | None:
    if places_in_org:
        p = places_in_org[-1]
        if p.get("full"):
            return {"name": p["full"], "code": p["code"], "rule": "named"}
    if org and org[0] in _LEVEL_OF_CHAR:
        level = _LEVEL_OF_CHAR[org[0]]
        d = dominant.get(level)
        if d:
            return {"name": d["full"], "code": d["code"], "rule": f"article-dominant-{level}"}
    return None


def _with_page(doc: Document, item: dict, field_name: str | None = None) -> dict:
    ps = []
    for s, e in item["spans"]:
        mapped = doc.page_spans(s, e, field_name)
        if mapped is None:
            return item
        ps.extend(mapped)
    item["page_spans"] = ps
    return item


def _people(doc: Document, dominant: dict, aid: str) -> tuple[list[dict], list[dict]]:
    people: list[dict] = []
    orgs: list[dict] = []
    sources = [(None, doc.text)] + [(f, doc.fields[f]) for f in ("kicker", "subtitle") if f in doc.fields]
    for field_name, text in sources:
        for o in find_officials(text):
            org_places = find_places(o["org"]) if o["org"] else []
            jur = _jurisdiction(o["org"], org_places, dominant)
            item = {"article": aid, "role": "official", "name": o["name"], "org": o["org"], "posts": o["posts"],
                    "post_orgs": o["post_orgs"], "jurisdiction": jur,
                    "actor": actor_id(o["name"], jur["name"] if jur else None, o["org"]),
                    "text": text[o["start"]:o["end"]], "spans": [[o["start"], o["end"]]],
                    "name_spans": [o["name_span"]], "org_spans": [o["org_span"]] if o["org_span"] else [],
                    "post_spans": o["post_spans"]}
            if field_name:
                item["field"] = field_name
            people.append(_with_page(doc, item, field_name))
            if o["org"] and o["org_span"]:  # one item per mention, like every other fact
                orgs.append(_with_page(doc, {"article": aid, "kind": "organisation", "name": o["org"],
                                             "jurisdiction": jur, "text": o["org"], "spans": [o["org_span"]],
                                             **({"field": field_name} if field_name else {})}, field_name))
    for r in find_reporters(doc.text, doc.fields.get("byline")):
        fname = r.get("field")
        src = doc.fields.get(fname) if fname else doc.text
        item = {"article": aid, "role": r["role"], "name": r["name"], "actor": f"{r['name']}@press",
                "text": src[r["start"]:r["end"]], "spans": [[r["start"], r["end"]]]}
        if fname:
            item["field"] = fname
        people.append(_with_page(doc, item, fname))
    return people, orgs


def _outside_times(quantities: list[dict], times: list[dict]) -> list[dict]:
    """A duration printed inside a time reference (今年前4个月) is part of the period, not a quantity."""
    return [q for q in quantities if not any(t["start"] <= q["start"] and q["end"] <= t["end"] for t in times)]


def extract_facts(article: dict | str, issue_date: str, article_id: str | None = None) -> dict:
    """Extract people, organisations, quantities, times, targets, observations and tasks.

    :param article: a restored article dict (``title``, ``paragraphs`` …) or plain text
    :param issue_date: the issue date, ``YYYY-MM-DD``; relative times resolve against it
    :param article_id: the id put on every item (default: ``article["id"]`` or "")
    :returns: a dict with one list per fact type; every item has ``article``, ``text``
        and ``spans`` into :func:`article_text` (or into a named ``field``)
    """
    issue = _issue(issue_date)
    doc = document_of(article, article_id)
    aid = doc.article_id
    text = doc.text
    places = find_places(text)
    for f in ("kicker", "subtitle"):
        if f in doc.fields:
            places_f = find_places(doc.fields[f])
            places = places + [dict(p, field=f) for p in places_f]
    dominant = _dominant(places)
    people, orgs = _people(doc, dominant, aid)
    for p in places:
        fname = p.get("field")
        item = {"article": aid, "kind": "jurisdiction", "name": p["text"], "full": p.get("full"), "code": p.get("code"),
                "level": p.get("level"), "text": p["text"], "spans": [[p["start"], p["end"]]]}
        if p.get("ambiguous"):
            item["ambiguous"] = p["ambiguous"]
        if fname:
            item["field"] = fname
        orgs.append(_with_page(doc, item, fname))
    times = find_times(text, issue)
    quantities = _outside_times(find_quantities(text), times)
    officials = [p for p in people if p["role"] == "official" and "field" not in p]
    for o in officials:
        o["name_span"] = o["name_spans"][0]
    owner_default = None
    for level in ("county", "city", "province"):
        if level in dominant:
            owner_default = dominant[level]["full"]
            break
    owners = {"国": "中国"}
    for ch, level in (("省", "province"), ("市", "city"), ("区", "county"), ("县", "county"), ("州", "city")):
        if level in dominant:
            owners[ch] = dominant[level]["full"]
    stm = find_statements(paragraph_view(text), quantities, times, issue, officials, owner_default, owners)
    for o in officials:
        o.pop("name_span", None)
    interviewee = next((p for p in people if p.get("field") == "subtitle" and p["role"] == "official"), None)
    out_q = []
    for q in quantities:
        item = {"article": aid, "text": q["text"], "spans": [[q["start"], q["end"]]], "value": q["value"], "unit": q["unit"],
                "unit_text": q["unit_text"], "comparator": q["comparator"], "approximate": q["approximate"],
                "low": q["low"], "high": q["high"]}
        if q.get("change"):
            item["change"] = q["change"]
        out_q.append(_with_page(doc, item))
    out_t = []
    for t in times:
        if unannotated(t):
            continue  # 年内, 未来5年: they date a plan or span it, they are no time references of the output
        item = {"article": aid, "text": t["text"], "spans": [[t["start"], t["end"]]], "from": t["from"], "to": t["to"],
                "rule": t["rule"], "resolved": t["resolved"]}
        out_t.append(_with_page(doc, item))
    statements = {}
    for kind in ("targets", "observations", "tasks"):
        items = []
        for st in stm[kind]:
            s, e = st["evidence"][0]
            if st.get("speaker") is None and interviewee is not None:
                st["speaker"] = interviewee["name"]
            if kind == "tasks":  # a task's span is the assigned work itself; its sentence is the evidence
                s, e = st["spans"][0]
            item = {"article": aid, "issue_date": issue.isoformat(), **st, "text": text[s:e], "spans": [[s, e]]}
            items.append(_with_page(doc, item))
        statements[kind] = items
    return {"people": people, "organisations": orgs, "quantities": out_q, "times": out_t, **statements}
