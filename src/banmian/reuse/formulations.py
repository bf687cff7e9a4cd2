"""The formulation index: which phrasings travel and which are a paper's daily stock.

Researchers of official language track formulations (提法): a phrase's first appearance,
the papers that took it up, and its counts per month. Two sources feed the index:

- reuse clusters: the passage text shared by the members of a cluster;
- stock phrasing: maximal stretches of frequent n-grams (in more than ``max_df``
  articles), which candidate generation ignores so they don't drown the pairs.

A formulation one paper prints on at least ``stock_days`` different days is labelled
``"stock"``; the rest are ``"reuse"``. Reuse is ranked first (by papers, then articles),
stock after it, so the daily boilerplate never hides a phrase that travelled.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

import numpy as np

from .shingles import Shingled

FIELDS = ("rank", "phrase", "label", "source", "first_seen", "last_seen", "papers", "articles", "days", "months")


def codes_text(codes: np.ndarray) -> str:
    """Normalised code points back to a string."""
    return codes.astype("<u4").tobytes().decode("utf-32-le")


def frequent_phrases(s: Shingled, frequent: np.ndarray, min_chars: int = 8) -> list[str]:
    """Distinct maximal stretches of ``s`` made only of frequent n-grams (normalised text).

    :param frequent: sorted int64 hashes of the frequent n-grams
    :param min_chars: shortest phrase kept
    """
    if len(frequent) == 0 or len(s.hashes) == 0:
        return []
    pos = np.minimum(np.searchsorted(frequent, s.hashes), len(frequent) - 1)
    mask = np.concatenate([[False], frequent[pos] == s.hashes, [False]])
    edges = np.flatnonzero(mask[1:] != mask[:-1])
    out = set()
    for start, stop in zip(edges[::2], edges[1::2]):
        end = stop - 1 + s.n
        if end - start >= min_chars:
            out.add(codes_text(s.codes[start:end]))
    return sorted(out)


def cluster_phrases(members: Iterable[tuple[int, str]]) -> dict[int, str]:
    """One phrase per cluster from (cluster, normalised member text) rows: the most common
    member text, then the shortest, then the first in code-point order."""
    texts: dict[int, Counter] = defaultdict(Counter)
    for cid, text in members:
        texts[cid][text] += 1
    return {cid: min(c, key=lambda t: (-c[t], len(t), t)) for cid, c in texts.items()}


def formulation_index(
    occurrences: Iterable[tuple[str, str, int]],
    meta: Mapping[int, tuple[str, str]],
    *,
    stock_days: int = 10,
) -> list[dict]:
    """Aggregate phrase occurrences into ranked, labelled formulations.

    :param occurrences: rows (phrase, source, uid); source is ``"cluster"`` or ``"frequent"``
    :param meta: uid -> (paper, date YYYY-MM-DD)
    :param stock_days: a phrase one paper prints on this many different days is stock
    :returns: dicts with the keys of :data:`FIELDS`; ``months`` is a JSON object
        ``{"YYYY-MM": articles}``, ``papers`` a sorted list
    """
    uids: dict[str, set[int]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    for phrase, source, uid in occurrences:
        uids[phrase].add(int(uid))
        sources[phrase].add(source)
    rows = []
    for phrase, members in uids.items():
        dates = [meta[u][1] for u in members]
        per_paper: dict[str, set[str]] = defaultdict(set)
        for u in members:
            per_paper[meta[u][0]].add(meta[u][1])
        months = Counter(d[:7] for d in dates)
        days = max(len(v) for v in per_paper.values())
        rows.append(
            {
                "phrase": phrase,
                "label": "stock" if days >= stock_days else "reuse",
                "source": "+".join(sorted(sources[phrase])),
                "first_seen": min(dates),
                "last_seen": max(dates),
                "papers": sorted(per_paper),
                "articles": len(members),
                "days": days,
                "months": json.dumps(dict(sorted(months.items())), separators=(",", ":")),
            }
        )
    rows.sort(key=lambda r: (r["label"] == "stock", -len(r["papers"]), -r["articles"], r["first_seen"], r["phrase"]))
    for rank, r in enumerate(rows, 1):
        r["rank"] = rank
    return [{k: r[k] for k in FIELDS} for r in rows]
