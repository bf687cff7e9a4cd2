"""Features of seams between text blocks, computed once per string and combined per pair.

A seam is judged from the last few characters of the left block, the first few of the
right block, and the quote/bracket balance of the left block as a whole. Everything per
string is computed once (``EndSide``, ``StartSide``); a pair costs only a few broadcast
hash folds and table lookups, so a 40x80 matrix is a handful of numpy operations.

The same code builds training rows and scores pages, so the two cannot drift apart.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .charlm import BOS, DIGIT, EOS, FNV_OFFSET, LATIN, PAD, CharCounts, fold, head_symbols, tail_symbols

ORDER = 3  # characters taken from each side of a seam for n-gram lookups
# (left chars, right chars) of the n-grams that straddle a seam
CROSS = ((1, 1), (1, 2), (2, 1), (1, 3), (2, 2), (3, 1))

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
_DIGIT_CLASS = CLASS_NAMES.index("digit")
_LATIN_CLASS = CLASS_NAMES.index("latin")
_OTHER_CLASS = CLASS_NAMES.index("other")
# Typesetting never starts a line with these (禁则).
NO_LINE_START = "，。、；：？！）》」』”’〉】…,.;:?!)%"
_PAIRS = (("“", "”"), ("（", "）"), ("《", "》"))

END_NAMES = (
    [f"end_last_{c}" for c in CLASS_NAMES]
    + ["end_closer_after_end"]
    + [f"end_logc_{a}" for a in range(1, ORDER + 1)]
    + [f"end_eos_llr_{a}" for a in range(1, ORDER + 1)]
    + ["end_open_quote", "end_open_paren", "end_open_book", "end_loglen", "end_short"]
)
START_NAMES = (
    [f"start_first_{c}" for c in CLASS_NAMES]
    + ["start_no_line_start"]
    + [f"start_logc_{b}" for b in range(1, ORDER + 1)]
    + [f"start_bos_llr_{b}" for b in range(1, ORDER + 1)]
    + ["start_unmatched_quote", "start_unmatched_paren", "start_unmatched_book", "start_loglen", "start_short"]
)
PAIR_NAMES = (
    [f"pair_logc_{a}{b}" for a, b in CROSS]
    + [f"pair_pmi_{a}{b}" for a, b in CROSS]
    + [f"pair_seen_{a}{b}" for a, b in CROSS]
    + ["pair_quote_closes", "pair_quote_stray", "pair_paren_closes", "pair_paren_stray"]
)


def _edge_class(ch: str) -> int:
    cls = _CLASS_OF.get(ch)
    if cls is not None:
        return cls
    if ch.isdigit():
        return _DIGIT_CLASS
    if ch.isascii() and ch.isalpha():
        return _LATIN_CLASS
    return _OTHER_CLASS


def _unmatched_close(text: str, opener: str, closer: str) -> bool:
    """Does ``text`` close a quote/bracket it never opened (so it began inside one)?"""
    c = text.find(closer)
    if c < 0:
        return False
    o = text.find(opener)
    return o < 0 or c < o


@dataclass(slots=True)
class EndSide:
    """Per-string features of the end of a block (the left side of a seam)."""

    hashes: list[np.ndarray]  # hashes[a-1]: hash of the last a symbols, shape (n,)
    valid: np.ndarray  # (n, ORDER) bool: the string has at least a symbols
    logc: np.ndarray  # (n, ORDER) log1p count of the last a symbols
    open_quote: np.ndarray  # (n,) float 0/1
    open_paren: np.ndarray
    features: np.ndarray  # (n, len(END_NAMES))


@dataclass(slots=True)
class StartSide:
    """Per-string features of the start of a block (the right side of a seam)."""

    syms: np.ndarray  # (n, ORDER) uint64 first symbols, PAD-filled
    valid: np.ndarray  # (n, ORDER) bool
    logc: np.ndarray  # (n, ORDER) log1p count of the first b symbols
    unmatched_quote: np.ndarray
    unmatched_paren: np.ndarray
    features: np.ndarray  # (n, len(START_NAMES))


def end_side(texts: Sequence[str], counts: CharCounts) -> EndSide:
    """Features of the ends of ``texts``."""
    n = len(texts)
    syms = np.full((n, ORDER), PAD, dtype=np.uint64)
    nsym = np.zeros(n, dtype=np.int64)
    last_cls = np.zeros(n, dtype=np.int64)
    closer_after_end = np.zeros(n)
    bal = np.zeros((n, 3))
    lengths = np.zeros(n)
    end_cls = CLASS_NAMES.index("end")
    closer_cls = CLASS_NAMES.index("closer")
    for i, text in enumerate(texts):
        tail = tail_symbols(text, ORDER)
        k = len(tail)
        nsym[i] = k
        if k:
            syms[i, ORDER - k :] = tail
        stripped = text.rstrip()
        lengths[i] = len(stripped)
        if stripped:
            last_cls[i] = _edge_class(stripped[-1])
            if last_cls[i] == closer_cls and len(stripped) > 1 and _edge_class(stripped[-2]) == end_cls:
                closer_after_end[i] = 1.0
        for p, (o, c) in enumerate(_PAIRS):
            bal[i, p] = text.count(o) > text.count(c)
    valid = nsym[:, None] >= np.arange(1, ORDER + 1)[None, :]
    hashes, logc, eos = [], np.zeros((n, ORDER)), np.zeros((n, ORDER))
    for a in range(1, ORDER + 1):
        h = np.full(n, FNV_OFFSET, dtype=np.uint64)
        for k in range(ORDER - a, ORDER):
            h = fold(h, syms[:, k])
        hashes.append(h)
        ok = valid[:, a - 1]
        logc[:, a - 1] = np.where(ok, counts.logc(h), 0.0)
        eos[:, a - 1] = np.where(ok, counts.logc(fold(h, np.uint64(EOS))), 0.0)
    onehot = np.zeros((n, len(CLASS_NAMES)))
    onehot[np.arange(n), last_cls] = lengths > 0
    feats = np.column_stack(
        [onehot, closer_after_end, logc, eos - logc, bal, np.log1p(lengths), (nsym < ORDER).astype(float)]
    )
    return EndSide(hashes, valid, logc, bal[:, 0], bal[:, 1], feats)


def start_side(texts: Sequence[str], counts: CharCounts) -> StartSide:
    """Features of the starts of ``texts``."""
    n = len(texts)
    syms = np.full((n, ORDER), PAD, dtype=np.uint64)
    nsym = np.zeros(n, dtype=np.int64)
    first_cls = np.zeros(n, dtype=np.int64)
    no_start = np.zeros(n)
    unmatched = np.zeros((n, 3))
    lengths = np.zeros(n)
    for i, text in enumerate(texts):
        head = head_symbols(text, ORDER)
        k = len(head)
        nsym[i] = k
        if k:
            syms[i, :k] = head
        stripped = text.lstrip()
        lengths[i] = len(stripped)
        if stripped:
            first_cls[i] = _edge_class(stripped[0])
            no_start[i] = stripped[0] in NO_LINE_START
        for p, (o, c) in enumerate(_PAIRS):
            unmatched[i, p] = _unmatched_close(text, o, c)
    valid = nsym[:, None] >= np.arange(1, ORDER + 1)[None, :]
    logc, bos = np.zeros((n, ORDER)), np.zeros((n, ORDER))
    h = np.full(n, FNV_OFFSET, dtype=np.uint64)
    hb = fold(np.full(n, FNV_OFFSET, dtype=np.uint64), np.uint64(BOS))
    for b in range(1, ORDER + 1):
        h = fold(h, syms[:, b - 1])
        hb = fold(hb, syms[:, b - 1])
        ok = valid[:, b - 1]
        logc[:, b - 1] = np.where(ok, counts.logc(h), 0.0)
        bos[:, b - 1] = np.where(ok, counts.logc(hb), 0.0)
    onehot = np.zeros((n, len(CLASS_NAMES)))
    onehot[np.arange(n), first_cls] = lengths > 0
    feats = np.column_stack(
        [onehot, no_start, logc, bos - logc, unmatched, np.log1p(lengths), (nsym < ORDER).astype(float)]
    )
    return StartSide(syms, valid, logc, unmatched[:, 0], unmatched[:, 1], feats)


def pair_features(left: EndSide, right: StartSide, counts: CharCounts) -> np.ndarray:
    """Features of every (left, right) seam: shape (n_left, n_right, len(PAIR_NAMES))."""
    nl, nr = len(left.open_quote), len(right.unmatched_quote)
    out = np.empty((nl, nr, len(PAIR_NAMES)))
    k = len(CROSS)
    for idx, (a, b) in enumerate(CROSS):
        h = left.hashes[a - 1][:, None]
        for j in range(b):
            h = fold(h, right.syms[None, :, j])
        ok = left.valid[:, a - 1][:, None] & right.valid[:, b - 1][None, :]
        lc = np.where(ok, counts.logc(h), 0.0)
        out[:, :, idx] = lc
        out[:, :, k + idx] = np.where(ok, lc - left.logc[:, a - 1][:, None] - right.logc[:, b - 1][None, :], 0.0)
        out[:, :, 2 * k + idx] = lc > 0
    q, p = left.open_quote[:, None], left.open_paren[:, None]
    uq, up = right.unmatched_quote[None, :], right.unmatched_paren[None, :]
    out[:, :, 3 * k] = q * uq
    out[:, :, 3 * k + 1] = (1.0 - q) * uq
    out[:, :, 3 * k + 2] = p * up
    out[:, :, 3 * k + 3] = (1.0 - p) * up
    return out
