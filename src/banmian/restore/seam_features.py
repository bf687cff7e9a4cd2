"""Features of seams between text blocks, computed once per string and combined per pair.

A seam is judged from the last few characters of the left block, the first few of the
right block, and the quote/bracket balance of the left block as a whole. Everything per
string is computed once (``EndSide``, ``StartSide``); a pair costs only a few broadcast
hash folds and table lookups, so a 40x80 matrix is a handful of numpy operations.

The same code builds training rows and scores pages, so the two cannot drift apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..pages.blocks import NO_LINE_START
from .charlm import BOS, DIGIT, EOS, FNV_OFFSET, LATIN, PAD, CharCounts, fold, head_windows, symbols, tail_windows

ORDER = 3  # characters taken from each side of a seam for n-gram lookups
# (left chars, right chars) of the n-grams that straddle a seam
CROSS = ((1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (3, 1))  # each (a, b>1) follows (a, b-1)
# the n-gram evidence means something else after punctuation than inside a word, so the
# pair features are given twice: once as they are, once gated by "left ends in punctuation"
_PUNCT_END = ("end", "closer", "comma", "colon", "ellipsis")

# character classes at the edges of a block
_CLASSES = {
    "end": "。！？!?",
    "closer": "”’」』）)》〉】\"'",
    "comma": "，、,",
    "colon": "；：;:",
    "ellipsis": "…—-·",
    "opener": "“‘「『（(《〈【",
}
CLASS_NAMES = ["end", "closer", "comma", "colon", "ellipsis", "opener", "digit", "latin", "other"]
_CLASS_OF = {ch: CLASS_NAMES.index(name) for name, chars in _CLASSES.items() for ch in chars}
_PAIRS = (("“", "”"), ("（", "）"), ("《", "》"))
# A piece cut mid-sentence reaches its first clause end sooner than a paragraph start
# does (it holds only the tail of a clause), so that distance is a start feature.
_CLAUSE_END = re.compile("[，。；：？！、,;:?!]")

END_NAMES = (
    [f"end_last_{c}" for c in CLASS_NAMES]
    + ["end_closer_after_end"]
    + [f"end_logc_{a}" for a in range(1, ORDER + 1)]
    + [f"end_eos_llr_{a}" for a in range(1, ORDER + 1)]
    + [f"end_word_{a}" for a in range(1, ORDER + 1)]
    + ["end_open_quote", "end_open_paren", "end_open_book", "end_loglen", "end_short"]
)
START_NAMES = (
    [f"start_first_{c}" for c in CLASS_NAMES]
    + ["start_no_line_start"]
    + [f"start_logc_{b}" for b in range(1, ORDER + 1)]
    + [f"start_bos_llr_{b}" for b in range(1, ORDER + 1)]
    + [f"start_word_{b}" for b in range(1, ORDER + 1)]
    + ["start_unmatched_quote", "start_unmatched_paren", "start_unmatched_book", "start_loglen", "start_short"]
    + ["start_first_clause", "start_no_clause_end"]
)
PAIR_NAMES = (
    [f"pair_logc_{a}{b}" for a, b in CROSS]
    + [f"pair_pmi_{a}{b}" for a, b in CROSS]
    + [f"pair_seen_{a}{b}" for a, b in CROSS]
    + ["pair_quote_closes", "pair_quote_stray", "pair_paren_closes", "pair_paren_stray"]
    + [f"pair_word_{a}{b}" for a, b in CROSS]
)
PAIR_NAMES = PAIR_NAMES + [f"punct_{name}" for name in PAIR_NAMES]


def _symbol_luts() -> tuple[np.ndarray, np.ndarray]:
    """Class of each symbol, and whether a line may not start with it (indexed by symbol)."""
    classes = np.full(LUT_SIZE, CLASS_NAMES.index("other"), dtype=np.int64)
    for ch, cls in _CLASS_OF.items():
        for sym in symbols(ch):
            classes[sym] = cls
    classes[DIGIT] = CLASS_NAMES.index("digit")
    classes[LATIN] = CLASS_NAMES.index("latin")
    no_start = np.zeros(LUT_SIZE, dtype=np.float64)
    for sym in symbols(NO_LINE_START):
        no_start[sym] = 1.0
    return classes, no_start


LUT_SIZE = 0x10000  # symbols beyond the Basic Multilingual Plane count as "other"
_CLASS_LUT, _NO_START_LUT = _symbol_luts()
_PAD_CLASS = len(CLASS_NAMES)  # an empty string has no edge class (its one-hot row stays zero)


def _edge_classes(syms: np.ndarray) -> np.ndarray:
    cls = _CLASS_LUT[np.minimum(syms, LUT_SIZE - 1).astype(np.int64)]
    return np.where(syms == PAD, _PAD_CLASS, cls)


def _onehot(cls: np.ndarray) -> np.ndarray:
    out = np.zeros((len(cls), len(CLASS_NAMES) + 1))
    out[np.arange(len(cls)), cls] = 1.0
    return out[:, :-1]


@dataclass(slots=True)
class EndSide:
    """Per-string features of the end of a block (the left side of a seam)."""

    hashes: list[np.ndarray]  # hashes[a-1]: hash of the last a symbols, shape (n,)
    valid: np.ndarray  # (n, ORDER) bool: the string has at least a symbols
    logc: np.ndarray  # (n, ORDER) log1p count of the last a symbols
    open_quote: np.ndarray  # (n,) float 0/1
    open_paren: np.ndarray
    punct_end: np.ndarray  # (n,) float 0/1: the last character is punctuation
    features: np.ndarray  # (n, len(END_NAMES))

    def take(self, idx: np.ndarray) -> "EndSide":
        """The rows ``idx`` only."""
        return EndSide([h[idx] for h in self.hashes], self.valid[idx], self.logc[idx], self.open_quote[idx],
                       self.open_paren[idx], self.punct_end[idx], self.features[idx])


@dataclass(slots=True)
class StartSide:
    """Per-string features of the start of a block (the right side of a seam)."""

    syms: np.ndarray  # (n, ORDER) uint64 first symbols, PAD-filled
    valid: np.ndarray  # (n, ORDER) bool
    logc: np.ndarray  # (n, ORDER) log1p count of the first b symbols
    unmatched_quote: np.ndarray
    unmatched_paren: np.ndarray
    features: np.ndarray  # (n, len(START_NAMES))

    def take(self, idx: np.ndarray) -> "StartSide":
        """The rows ``idx`` only."""
        return StartSide(self.syms[idx], self.valid[idx], self.logc[idx], self.unmatched_quote[idx],
                         self.unmatched_paren[idx], self.features[idx])


def end_side(texts: Sequence[str], counts: CharCounts, words: CharCounts) -> EndSide:
    """Features of the ends of ``texts`` (``words``: dictionary word frequencies)."""
    n = len(texts)
    syms = tail_windows(texts, ORDER)  # right-aligned
    nsym = (syms != PAD).sum(1)
    cls = _edge_classes(syms)
    closer_after_end = ((cls[:, -1] == CLASS_NAMES.index("closer")) & (cls[:, -2] == CLASS_NAMES.index("end")))
    bal = np.array([[t.count(o) > t.count(c) for o, c in _PAIRS] for t in texts], dtype=np.float64).reshape(n, 3)
    lengths = np.array([len(t.strip()) for t in texts], dtype=np.float64)
    valid = nsym[:, None] >= np.arange(1, ORDER + 1)[None, :]
    # hashes of the last a symbols, then of the same followed by EOS; one table lookup for all
    hashes = np.empty((2 * ORDER, n), dtype=np.uint64)
    for a in range(1, ORDER + 1):
        h = np.full(n, FNV_OFFSET, dtype=np.uint64)
        for k in range(ORDER - a, ORDER):
            h = fold(h, syms[:, k])
        hashes[a - 1] = h
    hashes[ORDER:] = fold(hashes[:ORDER], np.uint64(EOS))
    looked = counts.logc(hashes).T * np.tile(valid, 2)
    logc, eos = looked[:, :ORDER], looked[:, ORDER:]
    word = words.logc(hashes[:ORDER]).T * valid
    hashes = list(hashes[:ORDER])
    onehot = _onehot(cls[:, -1])
    feats = np.column_stack(
        [onehot, closer_after_end, logc, eos - logc, word, bal, np.log1p(lengths), (nsym < ORDER).astype(float)]
    )
    punct = onehot[:, [CLASS_NAMES.index(c) for c in _PUNCT_END]].sum(1)
    return EndSide(hashes, valid, logc, bal[:, 0], bal[:, 1], punct, feats)


def _unmatched(texts: Sequence[str], opener: str, closer: str) -> list[bool]:
    """Does each text close a quote/bracket it never opened (so it began inside one)?"""
    out = []
    for t in texts:
        c = t.find(closer)
        out.append(c >= 0 and not 0 <= t.find(opener) < c)
    return out


def _first_clause(text: str) -> tuple[float, float]:
    """log1p(characters before the first clause end), and 1.0 if there is none."""
    text = text.lstrip()
    m = _CLAUSE_END.search(text, 1)
    return (float(np.log1p(m.start())), 0.0) if m else (float(np.log1p(len(text))), 1.0)


def start_side(texts: Sequence[str], counts: CharCounts, words: CharCounts) -> StartSide:
    """Features of the starts of ``texts`` (``words``: dictionary word frequencies)."""
    n = len(texts)
    syms = head_windows(texts, ORDER)  # left-aligned
    nsym = (syms != PAD).sum(1)
    first = syms[:, 0]
    cls = _edge_classes(first)
    no_start = _NO_START_LUT[np.minimum(first, LUT_SIZE - 1).astype(np.int64)]
    unmatched = np.array([_unmatched(texts, o, c) for o, c in _PAIRS], dtype=np.float64).reshape(3, n).T
    lengths = np.array([len(t.strip()) for t in texts], dtype=np.float64)
    clause = np.array([_first_clause(t) for t in texts], dtype=np.float64).reshape(n, 2)
    valid = nsym[:, None] >= np.arange(1, ORDER + 1)[None, :]
    # hashes of the first b symbols, then of BOS followed by them; one table lookup for all
    hashes = np.empty((2 * ORDER, n), dtype=np.uint64)
    h = np.full(n, FNV_OFFSET, dtype=np.uint64)
    hb = fold(np.full(n, FNV_OFFSET, dtype=np.uint64), np.uint64(BOS))
    for b in range(ORDER):
        h = hashes[b] = fold(h, syms[:, b])
        hb = hashes[ORDER + b] = fold(hb, syms[:, b])
    looked = counts.logc(hashes).T * np.tile(valid, 2)
    logc, bos = looked[:, :ORDER], looked[:, ORDER:]
    word = words.logc(hashes[:ORDER]).T * valid
    feats = np.column_stack(
        [_onehot(cls), no_start, logc, bos - logc, word, unmatched, np.log1p(lengths), (nsym < ORDER).astype(float),
         clause]
    )
    return StartSide(syms, valid, logc, unmatched[:, 0], unmatched[:, 1], feats)


def seam_lookups(left: EndSide, right: StartSide, counts: CharCounts,
                 words: CharCounts) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Counts of the n-grams straddling every seam: ``(lc, ok, wc)``, each (len(CROSS), n_left, n_right).

    ``lc`` is log1p(count) in news prose, ``wc`` log1p(frequency) as a dictionary word,
    both zero where a side is too short (``ok`` false). These lookups are the only
    per-pair work; every other pair feature is a product of per-string values.
    """
    nl, nr = len(left.open_quote), len(right.unmatched_quote)
    k = len(CROSS)
    hashes = np.empty((k, nl, nr), dtype=np.uint64)
    ok = np.empty((k, nl, nr), dtype=bool)
    for idx, (a, b) in enumerate(CROSS):
        if b == 1:
            h = fold(left.hashes[a - 1][:, None], right.syms[None, :, 0])
        else:  # extend the (a, b-1) n-gram, computed just before
            h = fold(hashes[idx - 1], right.syms[None, :, b - 1])
        hashes[idx] = h
        np.logical_and(left.valid[:, a - 1][:, None], right.valid[:, b - 1][None, :], out=ok[idx])
    lc = counts.logc(hashes)
    lc *= ok
    wc = words.logc(hashes)
    wc *= ok
    return lc, ok, wc


def pair_planes(left: EndSide, right: StartSide, counts: CharCounts, words: CharCounts) -> np.ndarray:
    """Features of every (left, right) seam as planes: shape (len(PAIR_NAMES), n_left, n_right)."""
    nl, nr = len(left.open_quote), len(right.unmatched_quote)
    half = len(PAIR_NAMES) // 2
    out = np.empty((2 * half, nl, nr))
    k = len(CROSS)
    lc, ok, wc = seam_lookups(left, right, counts, words)
    out[:k] = lc
    for idx, (a, b) in enumerate(CROSS):
        np.subtract(lc[idx], left.logc[:, a - 1][:, None] + right.logc[:, b - 1][None, :], out=out[k + idx])
    out[k : 2 * k] *= ok
    np.greater(lc, 0.0, out=out[2 * k : 3 * k])
    q, p = left.open_quote[:, None], left.open_paren[:, None]
    uq, up = right.unmatched_quote[None, :], right.unmatched_paren[None, :]
    out[3 * k] = q * uq
    out[3 * k + 1] = (1.0 - q) * uq
    out[3 * k + 2] = p * up
    out[3 * k + 3] = (1.0 - p) * up
    out[3 * k + 4 : 4 * k + 4] = wc
    np.multiply(out[:half], left.punct_end[None, :, None], out=out[half:])
    return out


def pair_preactivations(left: EndSide, right: StartSide, counts: CharCounts, words: CharCounts,
                        weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """``X @ weights + bias`` for every seam without building X: shape (n_left, units, n_right).

    X is the training row of a seam: pair features, then the left's end features, then
    the right's start features. The gated half of the pair features becomes per-left
    weights; the PMI and quote features are sums of outer products of per-string values,
    so they cost one small matrix product. Only the n-gram counts (and whether they are
    non-zero) are planes. ``tests/restore/test_seam_model.py`` checks this equals X.
    """
    n_pair, n_end = len(PAIR_NAMES), len(END_NAMES)
    half, k = n_pair // 2, len(CROSS)
    lc, _, wc = seam_lookups(left, right, counts, words)
    planes = np.concatenate([lc, lc > 0.0, wc])  # (3k, n_left, n_right)
    wp = weights[:n_pair]
    row = wp[None, :half, :] + left.punct_end[:, None, None] * wp[None, half:, :]  # (n_left, half, units)
    coef = np.concatenate([row[:, :k] + row[:, k : 2 * k], row[:, 2 * k : 3 * k], row[:, 3 * k + 4 : 4 * k + 4]], axis=1)
    a_idx = [a - 1 for a, _ in CROSS]
    b_idx = [b - 1 for _, b in CROSS]
    v_left = left.valid[:, a_idx].astype(np.float64)  # (n_left, k)
    v_right = right.valid[:, b_idx].astype(np.float64)  # (n_right, k)
    pmi = row[:, k : 2 * k]  # (n_left, k, units)
    q, p = left.open_quote, left.open_paren
    lhs = np.concatenate(
        [
            -pmi * (v_left * left.logc[:, a_idx])[:, :, None],
            -pmi * v_left[:, :, None],
            (row[:, 3 * k] * q[:, None])[:, None, :],
            (row[:, 3 * k + 1] * (1.0 - q)[:, None])[:, None, :],
            (row[:, 3 * k + 2] * p[:, None])[:, None, :],
            (row[:, 3 * k + 3] * (1.0 - p)[:, None])[:, None, :],
        ],
        axis=1,
    )  # (n_left, 2k + 4, units)
    uq, up = right.unmatched_quote, right.unmatched_paren
    rhs = np.concatenate(
        [v_right.T, (v_right * right.logc[:, b_idx]).T, uq[None], uq[None], up[None], up[None]]
    )  # (2k + 4, n_right)
    if weights.shape[1] == 1:  # one unit: 2-D products (a batch of tiny BLAS calls costs more)
        pre = (np.einsum("if,fij->ij", coef[:, :, 0], planes) + lhs[:, :, 0] @ rhs)[:, None, :]
    else:
        pre = np.matmul(coef.transpose(0, 2, 1), planes.transpose(1, 0, 2))
        pre += np.matmul(lhs.transpose(0, 2, 1), rhs)
    pre += (left.features @ weights[n_pair : n_pair + n_end])[:, :, None]
    pre += (right.features @ weights[n_pair + n_end :] + bias).T[None, :, :]
    return pre


def pair_features(left: EndSide, right: StartSide, counts: CharCounts, words: CharCounts) -> np.ndarray:
    """Features of every (left, right) seam: shape (n_left, n_right, len(PAIR_NAMES)) (a view)."""
    return pair_planes(left, right, counts, words).transpose(1, 2, 0)
