"""Candidate pairs: articles that share rare n-grams (the local engine's self-join).

passim joins shingle postings on the n-gram and counts shared n-grams per pair. An
n-gram printed in more than ``max_df`` articles is stock phrasing (``习近平新时代中国特色``)
and would pair every article with every other, so it is left out of the join and kept
in ``frequent`` for labelling instead. Pairs of articles from the same page are layout
duplicates (the restorer's business) and are skipped.

Memory stays bounded by partitioning the postings by n-gram hash: each partition is
self-joined on its own and only the per-pair counts are kept.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

import numpy as np
from tqdm import tqdm

log = logging.getLogger(__name__)


def _pairs_of_groups(uids: np.ndarray, starts: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (left, right) index pairs inside each group of a hash-sorted postings array."""
    left, right = [], []
    for size in np.unique(sizes):
        first = starts[sizes == size]
        i, j = np.triu_indices(int(size), k=1)
        left.append(uids[(first[:, None] + i[None, :]).ravel()])
        right.append(uids[(first[:, None] + j[None, :]).ravel()])
    if not left:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(left), np.concatenate(right)


def candidate_pairs(
    shingle_sets: Iterable[tuple[int, np.ndarray]],
    page_keys: np.ndarray,
    *,
    max_df: int = 100,
    min_shared: int = 3,
    partitions: int = 16,
    total: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of articles sharing at least ``min_shared`` rare n-grams.

    :param shingle_sets: (uid, distinct int64 hashes) per article
    :param page_keys: page_keys[uid] identifies the printed page (paper+date+page) of each article
    :param max_df: n-grams in more articles than this are frequent, not join keys
    :param min_shared: fewest shared rare n-grams that make a pair
    :param partitions: hash partitions (more = less memory per self-join)
    :returns: (pairs, frequent): pairs rows (uid_a, uid_b, shared) with uid_a < uid_b, sorted;
        frequent rows (hash, df) sorted by hash
    """
    buckets: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in range(partitions)]
    for uid, hashes in tqdm(shingle_sets, total=total, desc="shingles", unit="art", disable=None):
        part = (hashes.view(np.uint64) % np.uint64(partitions)).astype(np.int64)
        order = np.argsort(part, kind="stable")
        cuts = np.searchsorted(part[order], np.arange(partitions + 1))
        for p in range(partitions):
            if cuts[p + 1] > cuts[p]:
                chunk = hashes[order[cuts[p] : cuts[p + 1]]]
                buckets[p].append((chunk, np.full(len(chunk), uid, np.int64)))
    nu = int(len(page_keys))
    keys_all, counts_all, frequent = [], [], []
    for p in tqdm(range(partitions), desc="self-join", unit="part", disable=None):
        if not buckets[p]:
            continue
        h = np.concatenate([c[0] for c in buckets[p]])
        u = np.concatenate([c[1] for c in buckets[p]])
        buckets[p] = []
        order = np.lexsort((u, h))
        h, u = h[order], u[order]
        brk = np.ones(len(h), bool)
        brk[1:] = h[1:] != h[:-1]
        starts = np.flatnonzero(brk)
        sizes = np.diff(np.append(starts, len(h)))
        big = sizes > max_df
        frequent.append(np.stack([h[starts[big]], sizes[big]], axis=1))
        rare = (sizes >= 2) & ~big
        a, b = _pairs_of_groups(u, starts[rare], sizes[rare])
        keep = page_keys[a] != page_keys[b]
        key = a[keep] * nu + b[keep]
        key, count = np.unique(key, return_counts=True)
        keys_all.append(key)
        counts_all.append(count)
        log.debug("partition %d: %d postings, %d frequent, %d pair keys", p, len(h), int(big.sum()), len(key))
    if keys_all:
        key = np.concatenate(keys_all)
        count = np.concatenate(counts_all)
        order = np.argsort(key, kind="stable")
        key, count = key[order], count[order]
        brk = np.ones(len(key), bool)
        brk[1:] = key[1:] != key[:-1]
        starts = np.flatnonzero(brk)
        key, count = key[starts], np.add.reduceat(count, starts) if len(starts) else count[:0]
        ok = count >= min_shared
        pairs = np.stack([key[ok] // nu, key[ok] % nu, count[ok]], axis=1)
    else:
        pairs = np.zeros((0, 3), np.int64)
    freq = np.concatenate(frequent) if frequent else np.zeros((0, 2), np.int64)
    freq = freq[np.argsort(freq[:, 0], kind="stable")]
    return pairs, freq
