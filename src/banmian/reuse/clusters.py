"""Passages clustered across articles: connected components over aligned spans.

Each aligned pair links a span of article a to a span of article b. Spans of one article
that overlap by at least half of the shorter are the same occurrence (unless one is nested
in a span five times longer: a quote inside a reprint). The connected
components of that graph are the clusters (a formulation that travelled from a plenum
communiqué into five provincial reports is one cluster of six members).

Pure Python over plain tuples; both engines call :func:`cluster_passages` on the same
sorted input, so cluster ids agree.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


NESTED = 0.2  # a span under a fifth of an overlapping one is a separate occurrence


class _UnionFind:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of overlapping spans, sorted."""
    out: list[list[int]] = []
    for b, e in sorted(spans):
        if out and b < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([b, e])
    return [(b, e) for b, e in out]


def cluster_passages(passages: Iterable[tuple], *, stock_share: float = 0.5) -> list[tuple]:
    """Cluster aligned passages.

    :param passages: rows (uid_a, uid_b, a_begin, a_end, b_begin, b_end, matched, length, stock)
    :param stock_share: a cluster whose passages are on average at least this share stock
        n-grams is labelled ``"stock"``, otherwise ``"reuse"``
    :returns: member rows (cluster, uid, begin, end, label, stock), ordered by cluster then
        article then begin; clusters are numbered by their first (uid, begin)
    """
    rows = sorted(tuple(p) for p in passages)
    spans = []  # node -> (uid, begin, end)
    for r in rows:
        spans.append((r[0], r[2], r[3]))
        spans.append((r[1], r[4], r[5]))
    uf = _UnionFind(len(spans))
    for k in range(len(rows)):
        uf.union(2 * k, 2 * k + 1)
    by_article: dict[int, list[int]] = defaultdict(list)
    for node, (uid, _, _) in enumerate(spans):
        by_article[uid].append(node)
    for nodes in by_article.values():
        # Spans of one article are one occurrence when they overlap by half the shorter one,
        # unless the shorter is under NESTED of the longer: a sentence quoted inside a
        # reprinted article stays its own cluster instead of vanishing into the reprint.
        nodes.sort(key=lambda i: (spans[i][1], spans[i][2], i))
        groups: list[list[int]] = []  # [begin, end, node]
        for i in nodes:
            _, b, e = spans[i]
            best, best_share = None, 0.5
            for g in groups:
                if g[1] <= b:
                    continue
                inter = min(e, g[1]) - max(b, g[0])
                shorter, longer = sorted((e - b, g[1] - g[0]))
                share = inter / max(1, shorter)
                if share >= best_share and shorter >= NESTED * longer:
                    best, best_share = g, share
            if best is None:
                groups.append([b, e, i])
            else:
                uf.union(i, best[2])
    members: dict[int, dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    stock: dict[int, list[float]] = defaultdict(list)
    for node, (uid, b, e) in enumerate(spans):
        members[uf.find(node)][uid].append((b, e))
    for k, r in enumerate(rows):
        stock[uf.find(2 * k)].append(float(r[8]))
    ordered = sorted(members, key=lambda root: min((uid, min(s)[0]) for uid, s in members[root].items()))
    out = []
    for cid, root in enumerate(ordered):
        share = round(sum(stock[root]) / len(stock[root]), 4)
        label = "stock" if share >= stock_share else "reuse"
        for uid in sorted(members[root]):
            for b, e in _merge(members[root][uid]):
                out.append((cid, uid, b, e, label, share))
    return out
