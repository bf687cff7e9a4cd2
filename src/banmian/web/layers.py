"""Facts, reused passages and suspected typos laid over the paragraphs of the article view.

Facts point into the facts' document text (title, then every paragraph, one a line:
:func:`banmian.facts.article_text`); reused passages point into the archive's article
text (paragraphs only, a paragraph cut by a jump joined to its continuation:
:func:`banmian.archive.store.article_text`). Both are mapped here to ``(paragraph,
start, end)`` of the paragraphs the article page shows, then each paragraph is cut
into runs with :func:`banmian.web.runs.page_runs` (its ``layers``), so the template
only wraps runs in spans: no offsets in JavaScript, every text escaped by Jinja.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from itertools import accumulate

from .runs import page_runs

log = logging.getLogger(__name__)

# fact type -> (layer name, which items); the CSS styles each layer differently
FACT_LAYERS = {"person": ("people", lambda f: f.get("role") == "official"),
               "quantity": ("quantities", lambda f: True),
               "time": ("times", lambda f: True)}


def paragraphs_of(article: dict) -> list[str]:
    """The paragraph texts of an archive article, every part in reading order."""
    return [p.get("text") or "" for part in article.get("parts") or () for p in part.get("paragraphs") or ()]


def facts_offsets(article: dict) -> list[int]:
    """Start of each paragraph in the facts' document text (``title + "\\n" + paragraphs``)."""
    pos = len(article.get("title") or "") + 1
    out = []
    for text in paragraphs_of(article):
        out.append(pos)
        pos += len(text) + 1
    return out


def body_offsets(article: dict) -> list[int] | None:
    """Start of each paragraph in the archive's article text, or None if it cannot be rebuilt."""
    from ..archive.store import _SENTENCE_END, article_text

    out, lines = [], []
    for part in article.get("parts") or ():
        texts = [p.get("text") or "" for p in part.get("paragraphs") or ()]
        for k, text in enumerate(texts):
            joins = k == 0 and lines and lines[-1] and lines[-1].rstrip()[-1:] not in _SENTENCE_END
            if joins:  # continues the previous line across the jump
                out.append(sum(len(x) + 1 for x in lines[:-1]) + len(lines[-1]))
                lines[-1] += text
            else:
                out.append(sum(len(x) + 1 for x in lines))
                lines.append(text)
    try:
        expected = article_text(article.get("parts") or [])
    except Exception:  # a part without paragraph texts: no mapping rather than a wrong one
        return None
    return out if "\n".join(lines) == expected else None


def to_paragraphs(spans, offsets: list[int], lengths: list[int]) -> list[tuple[int, int, int]]:
    """Cut text spans at paragraph boundaries: ``(paragraph, start, end)`` in paragraph offsets."""
    out = []
    for span in spans or ():
        try:
            s, e = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        for k, (start, n) in enumerate(zip(offsets, lengths)):
            a, b = max(s, start), min(e, start + n)
            if a < b:
                out.append((k, a - start, b - start))
    return out


def fact_layers(article: dict, facts: dict | None) -> dict[int, dict[str, list]]:
    """Paragraph index -> {layer: spans} for the people, quantities and times of ``facts``."""
    out: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    if not facts:
        return out
    texts = paragraphs_of(article)
    offsets, lengths = facts_offsets(article), [len(t) for t in texts]
    for layer, (kind, keep) in FACT_LAYERS.items():
        for item in facts.get(kind) or ():
            if item.get("field") or not keep(item):  # facts of the subtitle/byline are not in the paragraphs
                continue
            spans = item.get("name_spans") if layer == "person" and item.get("name_spans") else item.get("spans")
            for k, s, e in to_paragraphs(spans, offsets, lengths):
                out[k][layer].append((s, e))
    return out


def reuse_layers(article: dict, passages: list[dict]) -> dict[int, dict[str, list]]:
    """Paragraph index -> {"reuse-<cluster>": spans} for the article's reused passages."""
    out: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    if not passages:
        return out
    offsets = body_offsets(article)
    if offsets is None:
        log.info("reuse highlighting skipped for %s: its text cannot be rebuilt from its paragraphs",
                 article.get("id"))
        return out
    lengths = [len(t) for t in paragraphs_of(article)]
    for p in passages:
        for k, s, e in to_paragraphs(p["spans"], offsets, lengths):
            out[k][f"reuse-{p['cluster']}"].append((s, e))
    return out


def typo_notes(article: dict) -> dict[int, list[tuple[int, int, str]]]:
    """Paragraph index -> ``(start, end, note)`` of each correction the restorer offered,
    mapped from page offsets to the paragraph's through its spans."""
    notes: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    paragraphs = [p for part in article.get("parts") or () for p in part.get("paragraphs") or ()]
    for k, p in enumerate(paragraphs):
        spans = p.get("spans") or []
        starts = accumulate((e - s for s, e in spans), initial=0)  # each span's start in the paragraph
        placed = list(zip(spans, starts))
        for c in p.get("corrections") or ():
            s, e = c["span"]
            for (a, b), base in placed:
                if a <= s and e <= b:
                    notes[k].append((base + s - a, base + e - a, f"印刷疑误 typo? {c['printed']} → {c['suggestion']}"))
    return notes


def paragraph_runs(article: dict, facts: dict | None, passages: list[dict]) -> list[list[dict]]:
    """For every paragraph (parts in order), its runs ``{"text", "css", "cluster"}``.

    ``css`` names the layers covering the run (``m-person m-reuse``...), ``cluster`` the
    reuse cluster of the run (the first, if passages overlap) for its link.
    """
    facts_by_para = fact_layers(article, facts)
    reuse_by_para = reuse_layers(article, passages)
    notes = typo_notes(article)
    out, seen = [], set()  # the first run of each cluster carries its anchor
    for k, text in enumerate(paragraphs_of(article)):
        layers = {**facts_by_para.get(k, {}), **reuse_by_para.get(k, {})}
        if notes.get(k):
            layers["typo"] = [(s, e) for s, e, _ in notes[k]]
        if not layers:
            out.append([{"text": text, "css": "", "cluster": None, "first": False, "note": None}])
            continue
        runs, pos = [], 0
        for r in page_runs(text, None, layers):
            clusters = [m.split("-", 1)[1] for m in r.marks if m.startswith("reuse-")]
            css = sorted({"m-reuse" if m.startswith("reuse-") else f"m-{m}" for m in r.marks})
            cluster = clusters[0] if clusters else None
            runs.append({"text": r.text, "css": " ".join(css), "cluster": cluster,
                         "first": cluster is not None and cluster not in seen,
                         "note": next((n for s, e, n in notes.get(k, ()) if s <= pos < e), None)})
            pos += len(r.text)
            if cluster is not None:
                seen.add(cluster)
        out.append(runs)
    return out


def article_highlights(request, article: dict) -> dict:
    """What the article page lays over its paragraphs (a Jinja global, so the article route
    stays as it is): ``runs`` per paragraph (parts in order), the reused ``passages`` with
    their other occurrences, and which fact layers occur (for the toggles).

    A failure of facts or reuse is logged and the article is shown plain: reading the
    article matters more than its highlights.
    """
    from .routes.facts import facts_of_article
    from .routes.reuse import passages_of_article

    archive = request.app.state.archives.get()
    facts, passages = None, []
    try:
        facts = facts_of_article(archive, article["id"], article.get("paper"), article.get("date"))
    except Exception as exc:  # noqa: BLE001 - highlights are optional
        log.warning("facts highlighting skipped for %s: %s: %s", article.get("id"), type(exc).__name__, exc)
    try:
        passages = passages_of_article(request, archive, article["id"], on_demand=False)
    except Exception as exc:  # noqa: BLE001
        log.warning("reuse highlighting skipped for %s: %s: %s", article.get("id"), type(exc).__name__, exc)
    runs = paragraph_runs(article, facts, passages)
    present = sorted({c for para in runs for r in para for c in r["css"].split() if c})
    return {"runs": runs, "passages": passages, "layers": present}
