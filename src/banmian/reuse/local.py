"""The embedded engine: numpy self-join and pure-Python alignment, no server.

Runs the stages of :mod:`banmian.reuse.stages` on one machine. Memory stays bounded:
the self-join is partitioned by n-gram hash (see :mod:`.candidates`) and the alignment
keeps the corpus's shingles in flat arrays (16 bytes a character, ~370 MB for 23M
characters) shared by the forked workers.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import numpy as np
from tqdm import tqdm

from . import stages
from .align import align
from .candidates import candidate_pairs
from .clusters import cluster_passages
from .formulations import cluster_phrases, codes_text, formulation_index, frequent_phrases
from .options import ReuseOptions
from .shingles import Shingled, normalize, shingle

log = logging.getLogger(__name__)


class _Corpus:
    """Every article's shingles in three flat arrays (16 bytes a character), built once
    before the alignment workers fork, so they share it instead of re-shingling."""

    def __init__(self, texts: list[str], n: int):
        self.n = n
        hashes, order, offsets, hs, os_ = [], [], [], [0], [0]
        for t in tqdm(texts, desc="prepare", unit="art", disable=None):
            s = shingle(t, n)
            hashes.append(s.hashes)
            order.append(s.order)
            offsets.append(s.offsets)
            hs.append(hs[-1] + len(s.hashes))
            os_.append(os_[-1] + len(s.offsets))
        self.hashes = np.concatenate(hashes) if hashes else np.zeros(0, np.int64)
        self.order = np.concatenate(order).astype(np.int32) if order else np.zeros(0, np.int32)
        self.offsets = np.concatenate(offsets).astype(np.int32) if offsets else np.zeros(0, np.int32)
        self.hstart = np.array(hs, np.int64)
        self.ostart = np.array(os_, np.int64)

    def get(self, uid: int) -> Shingled:
        h = self.hashes[self.hstart[uid] : self.hstart[uid + 1]]
        order = self.order[self.hstart[uid] : self.hstart[uid + 1]]
        ordered = h[order]
        keep = np.ones(len(ordered), bool)
        keep[1:] = ordered[1:] != ordered[:-1]
        offsets = self.offsets[self.ostart[uid] : self.ostart[uid + 1]]
        return Shingled(np.zeros(0, np.uint32), offsets, h, self.n, order, ordered, ordered[keep])


def _frequent(out_dir: Path) -> np.ndarray:
    return np.sort(stages.read(out_dir, "frequent", ["hash"]).column("hash").to_numpy())


def run_pairs(out_dir: Path, opts: ReuseOptions, arts) -> None:
    keys: dict[tuple, int] = {}
    page_keys = np.array([keys.setdefault(k, len(keys)) for k in zip(arts["paper"], arts["date"], arts["page"])], np.int64)
    texts = arts["text"]
    sets = ((uid, shingle(t, opts.n).unique) for uid, t in enumerate(texts))
    pairs, freq = candidate_pairs(sets, page_keys, max_df=opts.max_df, min_shared=opts.min_shared,
                                  partitions=opts.partitions, total=len(texts))
    log.info("%d candidate pairs, %d frequent n-grams", len(pairs), len(freq))
    stages.write_rows(out_dir, "frequent", {"hash": freq[:, 0], "df": freq[:, 1]})
    stages.write_rows(out_dir, "pairs", {"uid_a": pairs[:, 0], "uid_b": pairs[:, 1], "shared": pairs[:, 2]})


_STATE: dict = {}  # shared with forked alignment workers (copy-on-write)


def _align_chunk(bounds: tuple[int, int]) -> list[tuple]:
    """Align pairs[lo:hi] (worker side)."""
    ua, ub, texts, aopts, frequent = (_STATE[k] for k in ("ua", "ub", "texts", "aopts", "frequent"))
    lo, hi = bounds
    rows = []
    for a, b in zip(ua[lo:hi].tolist(), ub[lo:hi].tolist()):
        for p in align(texts.get(a), texts.get(b), aopts, frequent):
            rows.append((a, b) + p.as_tuple())
    return rows


def run_passages(out_dir: Path, opts: ReuseOptions, arts, workers: int = 1) -> None:
    """Align every candidate pair; ``workers`` > 1 forks that many processes, which share
    the prepared shingles of the parent."""
    pairs = stages.read(out_dir, "pairs")
    ua, ub = pairs.column("uid_a").to_numpy(), pairs.column("uid_b").to_numpy()
    order = np.lexsort((ub, ua))
    _STATE.update(ua=ua[order], ub=ub[order], texts=_Corpus(arts["text"], opts.n), aopts=opts.align_options(),
                  frequent=_frequent(out_dir))
    step = max(1, min(2000, len(ua) // max(1, 20 * workers) + 1))
    chunks = [(lo, min(lo + step, len(ua))) for lo in range(0, len(ua), step)]
    rows: list[tuple] = []
    bar = tqdm(total=len(ua), desc="align", unit="pair", disable=None)
    try:
        if workers > 1 and len(chunks) > 1:
            import multiprocessing as mp

            with mp.get_context("fork").Pool(workers) as pool:
                for (lo, hi), found in zip(chunks, pool.imap(_align_chunk, chunks)):
                    rows.extend(found)
                    bar.update(hi - lo)
        else:
            for lo, hi in chunks:
                rows.extend(_align_chunk((lo, hi)))
                bar.update(hi - lo)
    finally:
        bar.close()
        _STATE.clear()
    log.info("%d passages from %d pairs", len(rows), len(ua))
    cols = list(zip(*rows)) if rows else [[] for _ in range(9)]
    stages.write_rows(out_dir, "passages", dict(zip(stages.SCHEMAS["passages"].names, cols)))


def run_clusters(out_dir: Path, opts: ReuseOptions) -> None:
    t = stages.read(out_dir, "passages").to_pydict()
    rows = list(zip(*(t[k] for k in stages.SCHEMAS["passages"].names)))
    members = cluster_passages(rows, stock_share=opts.stock_share)
    cols = list(zip(*members)) if members else [[] for _ in range(6)]
    stages.write_rows(out_dir, "clusters", dict(zip(stages.SCHEMAS["clusters"].names, cols)))


def member_phrases(clusters: dict, texts: list[str]) -> list[tuple[str, str, int]]:
    """(phrase, "cluster", uid) occurrences: each member of a cluster carries the cluster's phrase."""
    normal = [(c, codes_text(normalize(texts[u][b:e])[0])) for c, u, b, e in
              zip(clusters["cluster"], clusters["uid"], clusters["begin"], clusters["end"])]
    phrase = cluster_phrases(normal)
    return [(phrase[c], "cluster", u) for c, u in zip(clusters["cluster"], clusters["uid"])]


def run_formulations(out_dir: Path, opts: ReuseOptions, arts) -> None:
    frequent = _frequent(out_dir)
    texts = arts["text"]
    occ = member_phrases(stages.read(out_dir, "clusters").to_pydict(), texts)
    for uid, t in enumerate(tqdm(texts, desc="stock phrases", unit="art", disable=None)):
        occ.extend((p, "frequent", uid) for p in frequent_phrases(shingle(t, opts.n), frequent, opts.min_phrase_chars))
    meta = dict(enumerate(zip(arts["paper"], arts["date"])))
    rows = formulation_index(occ, meta, stock_days=opts.stock_days)
    stages.write_rows(out_dir, "formulations", {k: [r[k] for r in rows] for k in stages.SCHEMAS["formulations"].names})


def run(out_dir: Path, opts: ReuseOptions, *, until: str | None = None, workers: int | None = None) -> None:
    """Run every stage not yet written (``until`` stops after the named stage; ``workers``
    alignment processes, default: the machine's cores, at most 4)."""
    if workers is None:
        workers = min(4, os.cpu_count() or 1)
    arts = None
    for stage in stages.STAGES[1:]:
        if stages.is_done(out_dir, stage):
            log.info("stage %s: output exists, skipped", stage)
        else:
            if arts is None:
                arts = stages.read(out_dir, "articles", ["paper", "date", "page", "text"]).to_pydict()
            log.info("stage %s: running (local)", stage)
            started = time.perf_counter()
            if stage == "pairs":
                run_pairs(out_dir, opts, arts)
            elif stage == "passages":
                run_passages(out_dir, opts, arts, workers)
            elif stage == "clusters":
                run_clusters(out_dir, opts)
            else:
                run_formulations(out_dir, opts, arts)
            log.info("stage %s: done in %.1f s", stage, time.perf_counter() - started)
        if stage == until:
            break
