"""Align the matching region of two articles: local alignment tolerant of small edits.

Candidate pairs only say that two articles share some rare n-grams. Here every shared
n-gram of the pair (rare or not) becomes an anchor; anchors on one diagonal merge into
exact matches; exact matches chain into a passage across small edits (a changed word
is a short gap on both sides, a dropped clause a gap on one side). The chain is scored
like a local alignment with linear gap costs: matched characters minus a cost per
changed or inserted character, so two unrelated stock phrases far apart never chain.

Pure numpy over two :class:`Shingled` texts, so both engines call the same code.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .shingles import N, Shingled, shingle


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """How passages are aligned and which are kept.

    n: shingle length (characters); min_chars: shortest passage kept (normalised characters,
    punctuation not counted); max_gap: longest unmatched stretch bridged inside a passage;
    gap_cost: score lost per character of a gap on both sides (a changed word);
    indel_cost: score lost per character of a gap on one side only (a dropped clause);
    min_match: matched share of the passage's longer side; max_repeat: n-grams repeated
    more often than this in one article are not used as anchors (tables, lists of numbers).
    """

    n: int = N
    min_chars: int = 15
    max_gap: int = 40
    gap_cost: float = 0.5
    indel_cost: float = 0.25
    min_match: float = 0.5
    max_repeat: int = 20


@dataclass(frozen=True, slots=True)
class Passage:
    """One aligned passage between articles a and b (offsets into the original texts)."""

    a_begin: int
    a_end: int
    b_begin: int
    b_end: int
    matched: int  # normalised characters inside exact matches
    length: int  # normalised length of the longer side
    stock: float  # share of the passage made of frequent (stock) n-grams

    def as_tuple(self) -> tuple:
        return (self.a_begin, self.a_end, self.b_begin, self.b_end, self.matched, self.length, self.stock)


def anchors(a: Shingled, b: Shingled, max_repeat: int = 20) -> tuple[np.ndarray, np.ndarray]:
    """Positions (ia, ib) where a and b have the same n-gram (n-grams repeated more than
    ``max_repeat`` times in either text are skipped)."""
    if len(a.hashes) == 0 or len(b.hashes) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    sa, oa, sb, ob = a.sorted, a.order, b.sorted, b.order
    ua, ub = (a.unique, b.unique) if len(a.unique) <= len(b.unique) else (b.unique, a.unique)
    pos = np.minimum(np.searchsorted(ub, ua), len(ub) - 1)
    common = ua[ub[pos] == ua]
    if len(common) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    la, ra = np.searchsorted(sa, common, "left"), np.searchsorted(sa, common, "right")
    lb, rb = np.searchsorted(sb, common, "left"), np.searchsorted(sb, common, "right")
    ca, cb = ra - la, rb - lb
    ok = (ca <= max_repeat) & (cb <= max_repeat)
    la, lb, ca, cb = la[ok], lb[ok], ca[ok], cb[ok]
    per = ca * cb  # anchors per common n-gram: every a position with every b position
    total = int(per.sum())
    group = np.repeat(np.arange(len(per)), per)
    k = np.arange(total) - np.repeat(np.cumsum(per) - per, per)
    ia = oa[la[group] + k // cb[group]]
    ib = ob[lb[group] + k % cb[group]]
    return ia.astype(np.int64), ib.astype(np.int64)


def exact_runs(ia: np.ndarray, ib: np.ndarray, n: int) -> np.ndarray:
    """Merge anchors on one diagonal into maximal exact matches: rows (a0, a1, b0, b1), sorted by a0."""
    if len(ia) == 0:
        return np.zeros((0, 4), np.int64)
    diag = ib - ia
    order = np.lexsort((ia, diag))
    ia, diag = ia[order], diag[order]
    brk = np.ones(len(ia), bool)
    brk[1:] = (diag[1:] != diag[:-1]) | (ia[1:] != ia[:-1] + 1)
    starts = np.flatnonzero(brk)
    ends = np.append(starts[1:], len(ia)) - 1
    a0 = ia[starts]
    a1 = ia[ends] + n
    d = diag[starts]
    runs = np.stack([a0, a1, a0 + d, a1 + d], axis=1)
    return runs[np.lexsort((runs[:, 2], runs[:, 0]))]


def _links(runs: np.ndarray, opts: AlignOptions) -> tuple[np.ndarray, np.ndarray]:
    """Edges (i, j): run j may directly follow run i in a passage (runs sorted by a0).

    Only runs starting within ``max_gap`` after run i ends are candidates, found by
    binary search, so the cost grows with the runs near each other, not with all pairs.
    """
    a0, a1, b0, b1 = (runs[:, k] for k in range(4))
    lo = np.searchsorted(a0, a0, "right")
    hi = np.searchsorted(a0, a1 + opts.max_gap, "right")
    count = np.maximum(hi - lo, 0)
    i = np.repeat(np.arange(len(runs)), count)
    j = np.repeat(lo, count) + (np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count))
    ga = a0[j] - a1[i]
    gb = b0[j] - b1[i]
    ok = (b0[i] < b0[j]) & (a1[i] < a1[j]) & (b1[i] < b1[j])
    ok &= (ga <= opts.max_gap) & (gb <= opts.max_gap) & (ga > -opts.n) & (gb > -opts.n)
    return i[ok], j[ok]


def chain_runs(runs: np.ndarray, opts: AlignOptions) -> list[tuple[int, int, int, int, int]]:
    """Chain exact matches into passages (a0, a1, b0, b1, matched), best-scoring first.

    Dynamic programming over runs sorted by their start in a: a run may follow another
    when it starts after it on both sides (overlaps of up to n-1 characters are trimmed)
    and neither gap exceeds max_gap. Score: matched characters minus ``gap_cost`` per
    character changed on both sides and ``indel_cost`` per character present on one side.
    Short runs with no possible neighbour cannot become a passage and are dropped first,
    which keeps the quadratic part small.
    """
    if len(runs) == 0:
        return []
    src, dst = _links(runs, opts)
    useful = (runs[:, 1] - runs[:, 0]) >= opts.min_chars
    useful[src] = True
    useful[dst] = True
    new_index = np.cumsum(useful) - 1
    runs = runs[useful]
    src, dst = new_index[src], new_index[dst]
    r = len(runs)
    if r == 0:
        return []
    a0, a1, b0, b1 = (runs[:, k].tolist() for k in range(4))
    preds: list[list[int]] = [[] for _ in range(r)]
    for p, q in zip(src.tolist(), dst.tolist()):
        preds[q].append(p)
    best = [float(a1[i] - a0[i]) for i in range(r)]
    pred = [-1] * r
    for i in range(r):
        own = a1[i] - a0[i]
        for p in preds[i]:
            ga, gb = a0[i] - a1[p], b0[i] - b1[p]
            ga0, gb0 = max(0, ga), max(0, gb)
            score = (best[p] + own - max(0, -min(ga, gb))
                     - opts.gap_cost * min(ga0, gb0) - opts.indel_cost * abs(ga0 - gb0))
            if score > best[i]:
                best[i], pred[i] = score, p
    used = [False] * r
    chains = []
    for end in sorted(range(r), key=lambda i: (-best[i], i)):
        if used[end]:
            continue
        members = []
        k = end
        while k >= 0 and not used[k]:
            used[k] = True
            members.append(k)
            k = pred[k]
        members.reverse()
        matched = 0
        prev_a = prev_b = -1
        for k in members:
            skip = max(prev_a - a0[k], prev_b - b0[k], 0)
            matched += max(0, a1[k] - a0[k] - skip)
            prev_a, prev_b = a1[k], b1[k]
        first, last = members[0], members[-1]
        chains.append((a0[first], a1[last], b0[first], b1[last], matched))
    return chains


def stock_share(s: Shingled, start: int, end: int, frequent: np.ndarray | None) -> float:
    """Share of the n-grams of ``s.codes[start:end]`` that are frequent (sorted int64 array)."""
    if frequent is None or len(frequent) == 0:
        return 0.0
    h = s.hashes[start : max(start, end - s.n + 1)]
    if len(h) == 0:
        return 0.0
    pos = np.minimum(np.searchsorted(frequent, h), len(frequent) - 1)
    return round(float(np.mean(frequent[pos] == h)), 4)


def align(a: Shingled, b: Shingled, opts: AlignOptions = AlignOptions(), frequent: np.ndarray | None = None) -> list[Passage]:
    """Every passage of at least ``opts.min_chars`` shared by a and b, in order of a."""
    ia, ib = anchors(a, b, opts.max_repeat)
    out = []
    taken: list[tuple[int, int, int, int]] = []
    for x0, x1, y0, y1, matched in chain_runs(exact_runs(ia, ib, opts.n), opts):
        longer = max(x1 - x0, y1 - y0)
        if min(x1 - x0, y1 - y0) < opts.min_chars or matched < opts.min_match * longer:
            continue
        # One-to-one: a weaker chain overlapping a kept one on either side is the same text
        # aligned at a shift (templated sentences: "用电量…亿千瓦时，同比增长…"), not a second passage.
        if any(x0 < t1 and t0 < x1 or y0 < u1 and u0 < y1 for t0, t1, u0, u1 in taken):
            continue
        taken.append((x0, x1, y0, y1))
        ab, ae = a.span(x0, x1)
        bb, be = b.span(y0, y1)
        out.append(Passage(ab, ae, bb, be, matched, longer, stock_share(a, x0, x1, frequent)))
    out.sort(key=lambda p: (p.a_begin, p.b_begin, p.a_end, p.b_end))
    return out


def align_texts(text_a: str, text_b: str, opts: AlignOptions = AlignOptions(), frequent: np.ndarray | None = None) -> list[tuple]:
    """:func:`align` on raw texts, as plain tuples (the shape of the Spark UDF's result)."""
    return [p.as_tuple() for p in align(shingle(text_a, opts.n), shingle(text_b, opts.n), opts, frequent)]
