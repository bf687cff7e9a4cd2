"""Does a paragraph end at this sentence end, or does the next sentence go on in it?

On a hard-wrapped page that prints no indents, a line that fills its column and ends a
sentence may end its paragraph or not: nothing in the layout tells. The words around it
do, in part: a paragraph seldom stops after one short sentence; a quote's attribution
(`…乘势而上。”王某某说。`) often ends one; the next sentence opens a paragraph when it sets a
scene (`在某某县，…`, `3月5日，…`) and goes on one when it refers back (`这…`, `但…`,
`他…`) or names the speaker of the quote just closed (`“…。”王某某说，…`).

A logistic regression over hashed cues of the paragraph so far and the text after the
sentence end, trained by ``scripts/train_paragraph_ends.py`` on every sentence end of the
corpus's training dates (about a third end their paragraph). The artifact holds hashed
weights only, no text.
"""
from __future__ import annotations

import math
import re
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "paragraph_ends.npz"
N_BUCKETS = 1 << 18
SENTENCE_END = re.compile(r"[。！？；…]+[”’」』）]*")
_AT_END = re.compile(SENTENCE_END.pattern + r"\s*$")
RIGHT_CONTEXT = 60  # characters of the text after the sentence end that the cues read
_SCENE = re.compile(r"\d+月|\d{4}年|今年|去年|近年|目前|此外|同时|另外|据|在")
_SPEECH = ("说", "表示", "介绍", "认为", "指出", "强调")
_CLAUSE = re.compile(r"[，。！？；：]")


def ends_sentence(text: str) -> bool:
    """Does ``text`` end at a sentence end (closing marks after it included)?"""
    return bool(_AT_END.search(text))


def _octave(n: int) -> int:
    """A length in half-octaves: 1, 2, 3, 4, 6, 8, 11, 16 … fall in bins of their own."""
    return int(math.log2(max(n, 1)) * 2)


def cues(left: str, right: str) -> list[str]:
    """The cues of one sentence end: those of the paragraph so far (``left``, ending with
    the sentence end), of the text after it (``right``, its first RIGHT_CONTEXT
    characters) and the one across them."""
    return left_cues(left) + right_cues(right) + [_across(left, right)]


def left_cues(left: str) -> list[str]:
    ends = list(SENTENCE_END.finditer(left))
    last = left[ends[-2].end():] if len(ends) > 1 else left  # the sentence that ends here
    out = ["bias", f"len:{_octave(len(left))}", f"sentences:{min(len(ends), 8)}", f"last:{_octave(len(last))}",
           f"quotes:{left.count('“') - left.count('”')}", f"opens:{left[:1]}",
           f"quoted:{left[:1] == '“'}{left[-1:] == '”'}", f"lastopens:{last[:2]}"]
    out += [f"L{k}:{left[-k:]}" for k in (1, 2, 3, 4)]
    if "说" in last or "表示" in last:
        out.append("quoting")
    return out


def right_cues(right: str) -> list[str]:
    right = right[:RIGHT_CONTEXT]
    clause = _CLAUSE.search(right)
    first_clause = right[:clause.start()] if clause else right
    following = SENTENCE_END.search(right)
    out = [f"next:{_octave(following.end() if following else len(right))}",
           f"clause:{min(len(first_clause), 20) // 3}"]
    out += [f"R{k}:{right[:k]}" for k in (1, 2, 3, 4, 5, 6)]
    out += [f"speech:{word}" for word in _SPEECH if word in first_clause]
    if _SCENE.match(right):
        out.append("scene")
    if right[:1].isdigit():
        out.append("digit")
    return out


def _across(left: str, right: str) -> str:
    return f"across:{left[-1:]}{right[:1]}"


@lru_cache(maxsize=1 << 16)
def _bucket(cue: str) -> int:
    return zlib.crc32(cue.encode("utf-8")) % N_BUCKETS


def buckets(cue_list: list[str]) -> np.ndarray:
    return np.fromiter(map(_bucket, cue_list), dtype=np.int64, count=len(cue_list))


def sentence_ends(paragraphs: Sequence[str]) -> Iterator[tuple[str, str, bool]]:
    """Every sentence end of an article's paragraphs but the last one's: the paragraph so
    far, the text after it (the rest of the paragraph, or the next paragraph) and whether
    the paragraph ends there."""
    for i, para in enumerate(paragraphs):
        for m in SENTENCE_END.finditer(para):
            if m.end() < len(para):
                yield para[:m.end()], para[m.end():m.end() + RIGHT_CONTEXT], False
            elif i + 1 < len(paragraphs):
                yield para, paragraphs[i + 1][:RIGHT_CONTEXT], True


class ParagraphEnds:
    """Log-odds that a paragraph ends at a sentence end."""

    def __init__(self, weights: np.ndarray):
        self.weights = weights  # (N_BUCKETS,)

    @classmethod
    @lru_cache(maxsize=4)
    def load(cls, path: str | Path | None = None) -> "ParagraphEnds":
        return cls(np.load(path or DEFAULT_PATH)["weights"].astype(np.float64))

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, weights=self.weights.astype(np.float32))

    def logodds(self, lefts: Sequence[str], rights: Sequence[str]) -> np.ndarray:
        """One score per (paragraph so far, text after it) pair."""
        return self._sums([cues(left, right) for left, right in zip(lefts, rights)])

    def _sums(self, cue_lists: list[list[str]]) -> np.ndarray:
        """The summed weights of each list of cues (one gather for all of them)."""
        if not cue_lists:
            return np.zeros(0)
        counts = np.fromiter(map(len, cue_lists), dtype=np.int64, count=len(cue_lists))
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        return np.add.reduceat(self.weights[buckets([c for cue_list in cue_lists for c in cue_list])], starts)

    def matrix(self, lefts: Sequence[str], rights: Sequence[str]) -> np.ndarray:
        """The score of every left with every right, shape (len(lefts), len(rights)): the
        cues of each side are summed once, only the one across the pair is read per pair.
        (Whether a left ends a sentence at all is the caller's to check.)"""
        left = self._sums([left_cues(t) for t in lefts]).reshape(-1, 1)
        right = self._sums([right_cues(t) for t in rights]).reshape(1, -1)
        ends = {e: n for n, e in enumerate(sorted({t[-1:] for t in lefts}))}
        starts = {s: n for n, s in enumerate(sorted({t[:1] for t in rights}))}
        across = np.array([[self.weights[_bucket(_across(e, s))] for s in starts]
                           for e in ends]).reshape(len(ends), len(starts))
        end_of = np.array([ends[t[-1:]] for t in lefts], dtype=np.int64)
        start_of = np.array([starts[t[:1]] for t in rights], dtype=np.int64)
        return left + right + across[np.ix_(end_of, start_of)]


def fit(samples: Iterable[tuple[str, str, bool]], l2: float) -> ParagraphEnds:
    """Fit the weights by L2-regularised logistic regression (L-BFGS, deterministic)."""
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    rows, labels = [], []
    for left, right, ends in samples:
        rows.append(buckets(cues(left, right)))
        labels.append(float(ends))
    y = np.array(labels)
    cols = np.concatenate(rows)
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    X = csr_matrix((np.ones(len(cols)), (row_of, cols)), shape=(len(rows), N_BUCKETS))
    XT = X.T.tocsr()

    def loss_and_grad(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = X @ w
        p = 0.5 * (1.0 + np.tanh(0.5 * z))  # the logistic function, without overflow
        loss = float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * (w @ w))
        return loss, XT @ (p - y) + l2 * w

    result = minimize(loss_and_grad, np.zeros(N_BUCKETS), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return ParagraphEnds(result.x)
