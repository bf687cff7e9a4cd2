"""Score restored pages against generated gold.

The gold comes from :mod:`banmian.bench.generate`; the prediction is ``Page.to_dict()`` of
the restorer (the JSON contract of issue 2). Every measure is counted per page by
:func:`score_page` and summed (micro-averaged) by :func:`score_pages`, so a large page
weighs more than a small one.

Conventions: precision is 1.0 when nothing was predicted, recall is 1.0 when there was
nothing to find; F1 is their harmonic mean (0.0 when both are 0). Accuracies over an
empty set are ``None``.
"""
from __future__ import annotations

import collections
import difflib
from typing import Iterable

__all__ = ["score_page", "score_pages", "match_articles", "failure_kind", "gold_as_prediction", "prf",
           "COUNTS", "FAILURES"]

# The per-page counts score_pages sums.
COUNTS = (
    "gold_articles", "pred_articles", "matched_articles", "exact_articles",
    "simple_articles", "exact_simple_articles",
    "gold_paragraphs", "pred_paragraphs", "paragraph_tp",
    "gold_seams", "pred_seams", "seam_tp",
    "gold_duplicates", "pred_duplicates", "duplicate_tp",
    "gold_jumps", "jumps_correct", "false_jumps",
    "head_missing_correct", "title_correct", "headings_correct",
    "invented_chars", "unaccounted_chars", "text_chars",
)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (see the module docstring for empty cases)."""
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _gold_body_spans(art: dict) -> list[list[int]] | None:
    spans = art.get("spans")
    if not spans:
        return None
    return [s for para in spans["paragraphs"] for s in para]


def _pred_body_spans(art: dict) -> list[list[int]]:
    return [s for para in art.get("paragraphs", []) for s in para.get("spans", [])]


def _pred_texts(art: dict) -> list[str]:
    return [p["text"] for p in art.get("paragraphs", [])]


def match_articles(gold: list[dict], pred: list[dict], text_len: int | None = None) -> list[tuple[int, int]]:
    """Pair gold and predicted articles one-to-one by the body they share, best first.

    Overlap is counted in characters of the page text when the gold carries spans (so a
    badly broken article still finds its twin), else in characters of identical
    paragraphs. Pairs with no overlap are not matched.

    :returns: ``(gold_index, pred_index)`` pairs
    """
    overlap: collections.Counter = collections.Counter()
    gold_spans = [_gold_body_spans(a) for a in gold]
    if text_len is not None and all(s is not None for s in gold_spans):
        owner = [-1] * text_len
        for gi, spans in enumerate(gold_spans):
            for s, e in spans:
                for i in range(max(0, s), min(e, text_len)):
                    owner[i] = gi
        for pi, art in enumerate(pred):
            for s, e in _pred_body_spans(art):
                for i in range(max(0, s), min(e, text_len)):
                    if owner[i] >= 0:
                        overlap[owner[i], pi] += 1
    else:
        for gi, g in enumerate(gold):
            g_count = collections.Counter(g["paragraphs"])
            for pi, p in enumerate(pred):
                common = g_count & collections.Counter(_pred_texts(p))
                size = sum(len(t) * n for t, n in common.items())
                if size:
                    overlap[gi, pi] = size
    pairs, used_g, used_p = [], set(), set()
    for (gi, pi), size in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if gi in used_g or pi in used_p:
            continue
        pairs.append((gi, pi))
        used_g.add(gi)
        used_p.add(pi)
    return sorted(pairs)


FAILURES = ("unmatched", "order", "split", "merged", "missing_text", "extra_text", "other")


def failure_kind(gold_paragraphs: list[str], pred_paragraphs: list[str] | None) -> str | None:
    """Why a gold article was not restored exactly (one of :data:`FAILURES`), None if it was.

    ``split``: the right text cut into too many paragraphs; ``merged``: too few;
    ``order``: the right paragraphs in the wrong order; ``missing_text``/``extra_text``:
    the prediction's body is a strict part of the gold's / holds more than it.
    """
    if pred_paragraphs is None:
        return "unmatched"
    if gold_paragraphs == pred_paragraphs:
        return None
    g, p = "".join(gold_paragraphs), "".join(pred_paragraphs)
    if g == p:
        return "split" if len(pred_paragraphs) > len(gold_paragraphs) else "merged"
    if sorted(gold_paragraphs) == sorted(pred_paragraphs):
        return "order"
    g_set, p_set = collections.Counter(g), collections.Counter(p)
    if len(p) < len(g) and not (p_set - g_set):
        return "missing_text"
    if len(p) > len(g) and not (g_set - p_set):
        return "extra_text"
    return "other"


def _invented(claimed: str, spans: Iterable, text: str) -> int:
    """Characters of ``claimed`` that are not the text at ``spans`` (0 when it is)."""
    actual = "".join(text[max(0, s):max(0, e)] for s, e in spans)
    if actual == claimed:
        return 0
    matcher = difflib.SequenceMatcher(None, actual, claimed, autojunk=False)
    return len(claimed) - sum(b.size for b in matcher.get_matching_blocks())


def _seams_of(pred: dict, text: str) -> set[tuple[int, int]]:
    """Joins of two blocks inside one output paragraph: (end of span i, start of span i+1).

    Adjacent spans on one line (no newline between them) are not block joins.
    """
    seams = set()
    for art in pred.get("articles", []):
        for para in art.get("paragraphs", []):
            spans = para.get("spans", [])
            for (_, a_end), (b_start, _) in zip(spans, spans[1:]):
                if b_start < a_end or "\n" in text[a_end:b_start]:
                    seams.add((a_end, b_start))
    return seams


def _span_overlap(a: list[int], b: list[int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match_duplicates(gold: list[dict], pred: list[dict]) -> int:
    """One-to-one matches of removed duplicates: a prediction covering over half a gold copy."""
    cands = []
    for gi, g in enumerate(gold):
        need = (g["span"][1] - g["span"][0]) / 2
        for pi, p in enumerate(pred):
            ov = _span_overlap(g["span"], p["span"])
            if ov > need:
                cands.append((ov, gi, pi))
    used_g, used_p, tp = set(), set(), 0
    for _, gi, pi in sorted(cands, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            tp += 1
    return tp


def _field_spans(art: dict) -> dict:
    return art.get("field_spans") or {}


def _accounting(pred: dict, text: str) -> tuple[int, int]:
    """(invented characters, unaccounted non-whitespace characters) of one prediction."""
    invented = 0
    covered = bytearray(len(text))

    def cover(spans):
        for s, e in spans or []:
            covered[max(0, s):max(0, e)] = b"\x01" * (max(0, min(e, len(text))) - max(0, s))

    for art in pred.get("articles", []):
        fspans = _field_spans(art)
        for name in ("kicker", "title", "subtitle", "byline"):
            value = art.get(name)
            if not value:
                continue
            if fspans.get(name) is not None:
                invented += _invented(value, fspans[name], text)
                cover(fspans[name])
            elif value not in text:
                invented += len(value)
        cover(fspans.get("jumps"))
        for para in art.get("paragraphs", []):
            invented += _invented(para["text"], para.get("spans", []), text)
            cover(para.get("spans"))
    for item in pred.get("removed", []):
        cover([item["span"]])
    unaccounted = sum(1 for i, ch in enumerate(text) if not covered[i] and not ch.isspace())
    return invented, unaccounted


def score_page(gold: dict, pred: dict, text: str) -> dict:
    """Counts of one page (see :data:`COUNTS`), plus ``inexact``: gold titles not restored exactly.

    :param gold: a gold dict of :func:`banmian.bench.generate.generate_page`
    :param pred: ``Page.to_dict()`` of the restorer's output for ``text``
    :param text: the page text both refer to
    """
    g_arts, p_arts = gold["articles"], pred.get("articles", [])
    pairs = match_articles(g_arts, p_arts, len(text))
    c = dict.fromkeys(COUNTS, 0)
    c["gold_articles"], c["pred_articles"], c["matched_articles"] = len(g_arts), len(p_arts), len(pairs)
    matched_gold = {gi for gi, _ in pairs}
    inexact = [g_arts[gi]["title"] for gi in range(len(g_arts)) if gi not in matched_gold]
    failures = collections.Counter({"unmatched": len(g_arts) - len(pairs)})
    c["simple_articles"] = sum(1 for g in g_arts if not g.get("composite"))
    for gi, pi in pairs:
        g, p = g_arts[gi], p_arts[pi]
        if g["paragraphs"] == _pred_texts(p):
            c["exact_articles"] += 1
            c["exact_simple_articles"] += not g.get("composite")
        else:
            inexact.append(g["title"])
            failures[failure_kind(g["paragraphs"], _pred_texts(p))] += 1
        c["title_correct"] += (g.get("title") or "") == (p.get("title") or "")
        c["headings_correct"] += all((g.get(k) or "") == (p.get(k) or "") for k in ("kicker", "title", "subtitle", "byline"))
        c["head_missing_correct"] += bool(g.get("head_missing")) == bool(p.get("head_missing"))
        g_jump = (g.get("continued_from_page"), g.get("continued_to_page"))
        p_jump = (p.get("continued_from_page"), p.get("continued_to_page"))
        if g_jump != (None, None):
            c["jumps_correct"] += g_jump == p_jump
        elif p_jump != (None, None):
            c["false_jumps"] += 1
    matched_pred = {pi for _, pi in pairs}
    c["false_jumps"] += sum(
        1 for pi, p in enumerate(p_arts)
        if pi not in matched_pred and (p.get("continued_from_page"), p.get("continued_to_page")) != (None, None)
    )
    c["gold_jumps"] = sum(1 for g in g_arts if (g.get("continued_from_page"), g.get("continued_to_page")) != (None, None))

    g_paras = collections.Counter(t for g in g_arts for t in g["paragraphs"])
    p_paras = collections.Counter(t for p in p_arts for t in _pred_texts(p))
    c["gold_paragraphs"], c["pred_paragraphs"] = sum(g_paras.values()), sum(p_paras.values())
    c["paragraph_tp"] = sum((g_paras & p_paras).values())

    g_seams = {tuple(s) for s in gold.get("seams", [])}
    p_seams = _seams_of(pred, text)
    c["gold_seams"], c["pred_seams"], c["seam_tp"] = len(g_seams), len(p_seams), len(g_seams & p_seams)

    p_dups = [r for r in pred.get("removed", []) if r.get("reason") == "duplicate"]
    g_dups = gold.get("duplicates", [])
    c["gold_duplicates"], c["pred_duplicates"] = len(g_dups), len(p_dups)
    c["duplicate_tp"] = _match_duplicates(g_dups, p_dups)

    c["invented_chars"], c["unaccounted_chars"] = _accounting(pred, text)
    c["text_chars"] = len(text)
    c["inexact"] = inexact
    c["failures"] = {k: failures[k] for k in FAILURES if failures[k]}
    return c


def score_pages(pairs: Iterable[tuple[dict, dict, str]]) -> dict:
    """Score many ``(gold, predicted_page_dict, text)`` triples; micro-averaged.

    :returns: ``article_exact_match`` (gold articles restored with all paragraphs identical
        and in order), ``article_exact_match_simple`` (the same without gold articles flagged
        ``composite``: banners over several reports with inner bylines), ``paragraph_*``,
        ``seam_*``, ``duplicate_*`` precision/recall/F1,
        ``jump_accuracy`` (gold articles with a jump whose matched prediction has the same
        from/to pages; unmatched ones count as wrong) and ``false_jumps``,
        ``head_missing_accuracy``, ``title_accuracy`` and ``heading_accuracy`` (kicker, title,
        subtitle and byline all right) over matched articles,
        ``invented_chars`` and ``unaccounted_chars`` (both should be 0), ``failures`` (gold
        articles not restored exactly, by :func:`failure_kind`) and the raw ``counts``.
    """
    total = dict.fromkeys(COUNTS, 0)
    failures: collections.Counter = collections.Counter()
    pages = 0
    for gold, pred, text in pairs:
        page = score_page(gold, pred, text)
        pages += 1
        for k in COUNTS:
            total[k] += page[k]
        failures.update(page["failures"])

    def ratio(num: int, den: int) -> float | None:
        return num / den if den else None

    out: dict = {"pages": pages}
    out["article_exact_match"] = ratio(total["exact_articles"], total["gold_articles"])
    out["article_exact_match_simple"] = ratio(total["exact_simple_articles"], total["simple_articles"])
    for name in ("paragraph", "seam", "duplicate"):
        p, r, f = prf(total[f"{name}_tp"], total[f"pred_{name}s"], total[f"gold_{name}s"])
        out[f"{name}_precision"], out[f"{name}_recall"], out[f"{name}_f1"] = p, r, f
    out["jump_accuracy"] = ratio(total["jumps_correct"], total["gold_jumps"])
    out["false_jumps"] = total["false_jumps"]
    out["head_missing_accuracy"] = ratio(total["head_missing_correct"], total["matched_articles"])
    out["title_accuracy"] = ratio(total["title_correct"], total["matched_articles"])
    out["heading_accuracy"] = ratio(total["headings_correct"], total["matched_articles"])
    out["invented_chars"] = total["invented_chars"]
    out["unaccounted_chars"] = total["unaccounted_chars"]
    out["failures"] = {k: failures[k] for k in FAILURES}
    out["counts"] = total
    return out


def gold_as_prediction(gold: dict, source: str = "<gold>") -> dict:
    """The gold of a generated page in the restorer's output shape (a perfect prediction).

    Useful to check the scorer (a perfect prediction scores 1.0 everywhere) and to show a
    failing page's gold next to the prediction in the same format.
    """
    articles = []
    for art in gold["articles"]:
        spans = art["spans"]
        articles.append({
            "title": art["title"] or "",
            "kicker": art["kicker"],
            "subtitle": art["subtitle"],
            "byline": art["byline"],
            "continued_from_page": art["continued_from_page"],
            "continued_to_page": art["continued_to_page"],
            "head_missing": art["head_missing"],
            "paragraphs": [{"text": t, "spans": s, "role": "body"} for t, s in zip(art["paragraphs"], spans["paragraphs"])],
            "field_spans": {name: [spans[name]] if spans[name] else None for name in ("title", "kicker", "subtitle", "byline")}
            | {"jumps": spans["jumps"]},
        })
    removed = [{"reason": "duplicate", "span": d["span"], "duplicate_of": d["duplicate_of"]} for d in gold["duplicates"]]
    removed += [{"reason": "furniture", "span": s, "duplicate_of": None} for s in gold["furniture"]]
    removed += [{"reason": "ornament", "span": s, "duplicate_of": None} for s in gold.get("ornaments", [])]
    return {"source": source, "page": gold.get("page"), "articles": articles, "removed": removed}
