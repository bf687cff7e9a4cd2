"""Train and evaluate the seam model from clean articles (no article text is stored).

Pages are simulated from articles that shared a date+page: every paragraph is cut at
random points that respect typesetting rules (a piece never starts with closing
punctuation, a piece never ends on an opening quote), as column breaks cut them.

- Positives: a cut piece and the piece that really follows it.
- Hard negatives: the same piece paired with the other pieces of its page (other cut
  right-parts that start mid-sentence, starts of other paragraphs, the next paragraph
  of its own article, the titles on the page); pieces that end a paragraph are lefts
  with no continuation at all.

The n-gram counts come from one part of the training pages and the classifiers are fit on
the other part, so the classifiers never see seams whose n-grams were counted from the
very same paragraph. Everything is seeded: the same corpus gives the same artifact.
"""
from __future__ import annotations

import functools
import gzip
import json
import logging
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
from tqdm import tqdm

from ..bench.split import is_fit_page, page_key, split_of
from .charlm import BOS, EOS, CharCounts, symbols, word_counts
from .seam import Hidden, Linear, SeamModel
from .seam_features import NO_LINE_START, end_side, pair_features, start_side

log = logging.getLogger(__name__)

NO_LINE_END = "“‘「『（(《〈【"
MEAN_CUT_GAP = 100  # characters between column breaks inside a paragraph, on average
MAX_CUTS = 4
# Some extractions break lines anywhere (or keep a line that starts with `，`): a small
# share of cuts ignores the typesetting rules so the model learns what such a start means.
RULE_BREAKING_SHARE = 0.03
SIDE_EPOCHS = 40  # epochs of a one-sided model's ReLU layer (one row per piece: few rows)
WORD_BITS = 21  # table of dictionary words: 2 MB for jieba's ~350k words


@functools.lru_cache(maxsize=2)
def dictionary_counts(bits: int) -> CharCounts:
    """jieba's dictionary (the one `jieba.lcut` segments with) as a hashed word table."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return word_counts(dict(jieba.dt.FREQ), bits=bits)


@dataclass(slots=True)
class Piece:
    """One block of a simulated page: a paragraph or a piece of one."""

    text: str
    article: int
    paragraph: int
    first: bool  # begins its paragraph
    last: bool  # ends its paragraph


@dataclass(slots=True)
class SimPage:
    """A simulated page: its pieces (in article order) and its headline lines."""

    key: str
    pieces: list[Piece]
    titles: list[str] = field(default_factory=list)

    def successor(self) -> np.ndarray:
        """Index of the piece that continues each piece in its paragraph, or -1."""
        nxt = np.full(len(self.pieces), -1)
        for i, piece in enumerate(self.pieces):
            if not piece.last:
                nxt[i] = i + 1
        return nxt


def read_pages(path: str | Path, split: str | None = None) -> dict[str, list[dict]]:
    """Articles of the corpus grouped by date+page, optionally only those of one split."""
    pages: dict[str, list[dict]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in tqdm(fh, desc="reading corpus", unit=" articles", leave=False):
            art = json.loads(line)
            if split is not None and split_of(art["date"]) != split:
                continue
            pages[page_key(art["date"], art["page"])].append(art)
    return dict(sorted(pages.items()))


def cut_points(text: str, rng: np.random.Generator, rule_breaking: float = 0.0) -> list[int]:
    """Random column-break positions inside one paragraph.

    Typesetting rules are respected, except for a share ``rule_breaking`` of paragraphs.
    """
    n_cuts = min(MAX_CUTS, int(rng.poisson(len(text) / MEAN_CUT_GAP)))
    if n_cuts == 0 or len(text) < 2:
        return []
    if rule_breaking and rng.random() < rule_breaking:
        allowed = [k for k in range(1, len(text)) if not text[k].isspace()]
    else:
        allowed = [
            k
            for k in range(1, len(text))
            if text[k] not in NO_LINE_START and text[k - 1] not in NO_LINE_END and not text[k].isspace()
        ]
    if not allowed:
        return []
    n_cuts = min(n_cuts, len(allowed))
    return sorted(int(k) for k in rng.choice(allowed, size=n_cuts, replace=False))


def simulate_page(key: str, articles: Sequence[dict], seed: int, rule_breaking: float = 0.0) -> SimPage:
    """Cut the paragraphs of one page's articles as column breaks would."""
    rng = np.random.default_rng([seed, zlib.crc32(key.encode("utf-8"))])
    pieces: list[Piece] = []
    titles: list[str] = []
    for a, art in enumerate(articles):
        for name in ("kicker", "title", "subtitle"):
            value = (art.get(name) or "").strip()
            if value:
                titles.append(value)
        for p, para in enumerate(art.get("paragraphs") or []):
            para = para.strip()
            if not para:
                continue
            cuts = cut_points(para, rng, rule_breaking)
            bounds = [0, *cuts, len(para)]
            for k in range(len(bounds) - 1):
                pieces.append(Piece(para[bounds[k] : bounds[k + 1]], a, p, k == 0, k == len(bounds) - 2))
    return SimPage(key, pieces, titles)


def paragraph_stream(pages: Iterable[Sequence[dict]]) -> np.ndarray:
    """All paragraphs of the given pages as one symbol stream, each wrapped in BOS/EOS."""
    buf: list[int] = []
    for articles in pages:
        for art in articles:
            for para in art.get("paragraphs") or []:
                syms = symbols(para)
                if syms:
                    buf.append(BOS)
                    buf.extend(syms)
                    buf.append(EOS)
    return np.array(buf, dtype=np.uint64)


def _standardisation(X: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features and weights as float arrays (weights rescaled to mean 1), with the weighted
    mean and standard deviation of each feature (1 where a feature is constant)."""
    X = np.asarray(X, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    w = w * (len(w) / w.sum())
    mu = (X * w[:, None]).sum(0) / w.sum()
    sd = np.sqrt(((X - mu) ** 2 * w[:, None]).sum(0) / w.sum())
    sd[sd < 1e-9] = 1.0
    return X, w, mu, sd


def fit_logistic(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0, iters: int = 20) -> Linear:
    """Weighted, L2-regularised logistic regression by Newton's method (deterministic).

    Features are standardised for the fit and the coefficients mapped back, so the
    returned model applies to raw features.
    """
    X, w, mu, sd = _standardisation(X, w)
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    beta = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(Z @ beta, -40, 40)))
        grad = Z.T @ (w * (p - y)) + reg * beta
        hess = (Z * (w * p * (1 - p))[:, None]).T @ Z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.max(np.abs(step)) < 1e-4:
            break
    coef = beta[:-1] / sd
    bias = float(beta[-1] - np.sum(beta[:-1] * mu / sd))
    return Linear(coef, bias)


def fit_hidden(X: np.ndarray, y: np.ndarray, w: np.ndarray, linear: Linear, units: int = 16, epochs: int = 8,
               batch: int = 4096, lr: float = 3e-3, l2: float = 1e-4, seed: int = 0) -> tuple[Linear, Hidden]:
    """Add a small ReLU layer on top of a fitted logistic model and train both (Adam, seeded).

    The linear model starts where ``fit_logistic`` left it and the layer's output weights
    start at zero, so training begins from the linear model's loss and only adds
    interactions the linear model cannot express (e.g. "n-gram evidence counts only
    when both edges are letters").
    """
    rng = np.random.default_rng(seed)
    X, w, mu, sd = _standardisation(X, w)
    Z = ((X - mu) / sd).astype(np.float32)
    n, f = Z.shape
    params = {
        "beta": (linear.coef * sd).astype(np.float64),
        "b0": np.array([linear.bias + float(linear.coef @ mu)]),
        "W": rng.normal(0.0, 1.0 / np.sqrt(f), size=(f, units)),
        "c": np.zeros(units),
        "v": np.zeros(units),
    }
    m = {k: np.zeros_like(v) for k, v in params.items()}
    s2 = {k: np.zeros_like(v) for k, v in params.items()}
    step = 0
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch):
            idx = order[start : start + batch]
            zb, yb, wb = Z[idx].astype(np.float64), y[idx], w[idx]
            pre = zb @ params["W"] + params["c"]
            act = np.maximum(pre, 0.0)
            logit = zb @ params["beta"] + params["b0"][0] + act @ params["v"]
            p = 1.0 / (1.0 + np.exp(-np.clip(logit, -40, 40)))
            g = wb * (p - yb) / len(idx)
            gact = np.outer(g, params["v"]) * (pre > 0)
            grads = {
                "beta": zb.T @ g,
                "b0": np.array([g.sum()]),
                "W": zb.T @ gact + l2 * params["W"],
                "c": gact.sum(0),
                "v": act.T @ g + l2 * params["v"],
            }
            step += 1
            for k, gk in grads.items():
                m[k] = 0.9 * m[k] + 0.1 * gk
                s2[k] = 0.999 * s2[k] + 0.001 * gk * gk
                mh = m[k] / (1 - 0.9**step)
                sh = s2[k] / (1 - 0.999**step)
                params[k] -= lr * mh / (np.sqrt(sh) + 1e-8)
    coef = params["beta"] / sd
    bias = float(params["b0"][0] - np.sum(params["beta"] * mu / sd))
    W = params["W"] / sd[:, None]
    c = params["c"] - (mu / sd) @ params["W"]
    return Linear(coef, bias), Hidden(W, c, params["v"].copy())


def page_rows(page: SimPage, counts: CharCounts, words: CharCounts, rng: np.random.Generator, negatives: int, max_lefts: int):
    """Training rows of one page: (pair rows X, y, w), (end rows X, y), (start rows X, y)."""
    texts = [p.text for p in page.pieces]
    cands = texts + page.titles
    left = end_side(cands, counts, words)
    right = start_side(cands, counts, words)
    n, m = len(texts), len(cands)
    nxt = page.successor()
    end_rows = (left.features[:n], np.array([p.last for p in page.pieces], dtype=float))
    start_rows = (right.features[:n], np.array([p.first for p in page.pieces], dtype=float))

    open_lefts = [i for i in range(n) if nxt[i] >= 0]
    closed_lefts = [i for i in range(m) if i >= n or nxt[i] < 0]
    rng.shuffle(open_lefts)
    rng.shuffle(closed_lefts)
    lefts = open_lefts[:max_lefts] + closed_lefts[: max(1, max_lefts // 3)]
    if not lefts or m < 2:
        return None, end_rows, start_rows
    # the first piece of the next paragraph of the same article: the hardest negative
    next_para = np.full(n, -1)
    for i in range(n):
        j = i + 1
        while j < n and page.pieces[j].article == page.pieces[i].article and not page.pieces[j].first:
            j += 1
        if j < n and page.pieces[j].article == page.pieces[i].article and page.pieces[j].first:
            next_para[i] = j

    li, rj, ys, ws = [], [], [], []
    for i in lefts:
        pos = int(nxt[i]) if i < n else -1
        forced = int(next_para[i]) if i < n and nxt[i] < 0 else -1
        if i < n and nxt[i] >= 0:
            # for an open piece, the next paragraph start is after its whole paragraph
            k = i
            while k < n and not page.pieces[k].last:
                k += 1
            forced = int(next_para[k]) if k < n else -1
        pool = [j for j in range(m) if j != i and j != pos and j != forced]
        take = min(negatives, len(pool))
        sample = rng.choice(pool, size=take, replace=False) if take else []
        weight = len(pool) / take if take else 0.0
        if pos >= 0:
            li.append(i), rj.append(pos), ys.append(1.0), ws.append(1.0)
        if forced >= 0:
            li.append(i), rj.append(forced), ys.append(0.0), ws.append(1.0)
        for j in sample:
            li.append(i), rj.append(int(j)), ys.append(0.0), ws.append(weight)
    li_a, rj_a = np.array(li), np.array(rj)
    # features of the sampled pairs only (the per-string sides are shared)
    uniq_l, inv_l = np.unique(li_a, return_inverse=True)
    uniq_r, inv_r = np.unique(rj_a, return_inverse=True)
    sub_left = left.take(uniq_l)
    sub_right = right.take(uniq_r)
    pf = pair_features(sub_left, sub_right, counts, words)[inv_l, inv_r]
    X = np.hstack([pf, sub_left.features[inv_l], sub_right.features[inv_r]])
    return (X, np.array(ys), np.array(ws)), end_rows, start_rows


def train(
    pages: dict[str, list[dict]],
    *,
    seed: int = 20260427,
    bits: int = 24,
    max_order: int = 4,
    min_count: dict[int, int] | None = None,
    negatives: int = 12,
    max_lefts: int = 40,
    hidden_units: int = 6,
    side_units: int = 16,
    progress: bool = True,
) -> SeamModel:
    """Train a seam model on pages of clean articles (``{page key: [article dict, ...]}``).

    :param pages: training pages, e.g. from ``read_pages(path, "train")``
    :param seed: seeds every random choice
    :param bits: log2 of the n-gram table size (2**24 bytes = 16 MB before compression)
    :param max_order: highest character n-gram order counted
    :param min_count: per order, n-grams seen fewer times are not stored
    :param negatives: random negative rights sampled per left piece (weighted back to the page)
    :param max_lefts: open left pieces used per page
    :param hidden_units: ReLU units added on top of the logistic pair model (0: linear only;
        6 units gain ~3 points of top-1 accuracy for ~20% more scoring time)
    :param side_units: ReLU units added on top of each one-sided model, start and end (0:
        linear only; 16 units lift start AUC from 0.906 to 0.920 and end AUC from 0.982 to
        0.985 on held-out dates, at no measurable cost: one small product per string)
    :param progress: show tqdm progress bars
    """
    if min_count is None:
        min_count = {3: 2, 4: 2, 5: 2}
    keys = sorted(pages)
    fit_keys = [k for k in keys if is_fit_page(k)]  # the classifiers are fitted on uncounted text
    count_keys = [k for k in keys if not is_fit_page(k)]
    if not fit_keys or not count_keys:
        log.warning("only %d pages: counting and fitting on the same pages", len(keys))
        fit_keys = count_keys = keys
    log.info("counting n-grams on %d pages, fitting on %d pages", len(count_keys), len(fit_keys))
    stream = paragraph_stream(pages[k] for k in tqdm(count_keys, desc="streams", disable=not progress, leave=False))
    counts = CharCounts.build([stream], max_order=max_order, bits=bits, min_count=min_count)
    del stream
    words = dictionary_counts(min(bits, WORD_BITS))

    pair_parts, end_parts, start_parts = [], [], []
    rng = np.random.default_rng(seed)
    for key in tqdm(fit_keys, desc="seam rows", disable=not progress):
        page = simulate_page(key, pages[key], seed, RULE_BREAKING_SHARE)
        if not page.pieces:
            continue
        pr, er, sr = page_rows(page, counts, words, rng, negatives, max_lefts)
        if pr is not None:
            pair_parts.append(pr)
        end_parts.append(er)
        start_parts.append(sr)
    if not pair_parts:
        raise ValueError("no training seams: the pages hold no paragraphs")
    X = np.vstack([p[0] for p in pair_parts])
    y = np.concatenate([p[1] for p in pair_parts])
    w = np.concatenate([p[2] for p in pair_parts])
    log.info("fitting on %d seam pairs (%d positive)", len(y), int(y.sum()))
    pair = fit_logistic(X, y, w)
    hidden = None
    if hidden_units:
        pair, hidden = fit_hidden(X, y, w, pair, units=hidden_units, seed=seed)
    end, end_hidden = fit_side(np.vstack([e[0] for e in end_parts]), np.concatenate([e[1] for e in end_parts]),
                               side_units, seed)
    start, start_hidden = fit_side(np.vstack([s[0] for s in start_parts]), np.concatenate([s[1] for s in start_parts]),
                                   side_units, seed)
    meta = {
        "seed": seed,
        "bits": bits,
        "max_order": max_order,
        "min_count": {str(k): v for k, v in sorted(min_count.items())},
        "count_pages": len(count_keys),
        "fit_pages": len(fit_keys),
        "seam_pairs": int(len(y)),
        "positives": int(y.sum()),
        "hidden_units": hidden_units,
        "side_units": side_units,
    }
    return SeamModel(counts, words, pair, end, start, meta, hidden, end_hidden, start_hidden)


def fit_side(X: np.ndarray, y: np.ndarray, units: int, seed: int) -> tuple[Linear, Hidden | None]:
    """A one-sided model (does a piece start / end a paragraph?): logistic, then a ReLU layer.

    Its rows are few (one per piece, a fifth of the pair rows), so the layer is trained
    for more epochs than the pair model's (SIDE_EPOCHS).
    """
    w = np.ones(len(y))
    linear = fit_logistic(X, y, w)
    if not units:
        return linear, None
    return fit_hidden(X, y, w, linear, units=units, epochs=SIDE_EPOCHS, seed=seed)


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve (ties count one half)."""
    scores = np.asarray(scores, dtype=np.float64)
    labels = np.asarray(labels, dtype=bool)
    n_pos, n_neg = int(labels.sum()), int((~labels).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    _, inv, cnt = np.unique(scores, return_inverse=True, return_counts=True)
    # average rank of each distinct score (1-based)
    ends = np.cumsum(cnt)
    avg_rank = ends - (cnt - 1) / 2.0
    ranks = avg_rank[inv]
    return float((ranks[labels].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def evaluate(model: SeamModel, pages: dict[str, list[dict]], seed: int = 7, progress: bool = True) -> dict:
    """Held-out quality: AUCs of the three scores and top-1 ranking accuracy of the true right.

    For every open piece of a simulated page the candidates are all pieces of the page
    (cut right-parts and paragraph starts) except itself.
    """
    pair_s, pair_y, start_s, start_y, end_s, end_y = [], [], [], [], [], []
    hits = lefts = 0
    for key in tqdm(sorted(pages), desc="evaluating", disable=not progress):
        page = simulate_page(key, pages[key], seed)
        n = len(page.pieces)
        if n < 2:
            continue
        texts = [p.text for p in page.pieces]
        seams = model.assess(texts, texts)
        nxt = page.successor()
        start_s.append(seams.right_start)
        start_y.append([p.first for p in page.pieces])
        end_s.append(seams.left_end)
        end_y.append([p.last for p in page.pieces])
        for i in np.flatnonzero(nxt >= 0):
            row = seams.continuation[i].copy()
            row[i] = -1.0
            mask = np.arange(n) != i
            pair_s.append(row[mask])
            pair_y.append((np.arange(n) == nxt[i])[mask])
            lefts += 1
            hits += int(np.argmax(row) == nxt[i])
    metrics = {
        "pages": len(pages),
        "open_lefts": lefts,
        "continuation_auc": auc(np.concatenate(pair_s), np.concatenate(pair_y)) if pair_s else float("nan"),
        "top1_accuracy": hits / lefts if lefts else float("nan"),
        "mean_candidates": float(np.mean([len(s) for s in pair_s])) if pair_s else float("nan"),
        "start_auc": auc(np.concatenate(start_s), np.concatenate(start_y)),
        "end_auc": auc(np.concatenate(end_s), np.concatenate(end_y)),
    }
    return metrics
