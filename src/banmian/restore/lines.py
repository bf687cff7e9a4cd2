"""What a single line looks like: a headline line, a crosshead, or a piece of prose.

A small multinomial naive Bayes over hashed character features, trained by
``scripts/train_lines.py`` from corpus titles, kickers, subtitles, short paragraphs and
random pieces of paragraphs. The artifact holds hashed counts only, no text.
"""
from __future__ import annotations

import itertools
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from .cues import CLOSERS, SENTENCE_END, spaced

CLASSES = ("head", "cross", "frag")
N_BUCKETS = 1 << 18
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "lines_model.npz"
# Naive Bayes sums many correlated features; averaging per feature and rescaling keeps
# the posteriors usable as scores next to the seam model's.
FEATURE_WEIGHT = 6.0
# Longer lines are never headings (corpus titles: 99th percentile 43 characters).
MAX_LINE_CHARS = 80


def _char_class(ch: str) -> str:
    if ch in SENTENCE_END:
        return "end"
    if ch in CLOSERS:
        return "close"
    if ch in "，、：,:":
        return "comma"
    if ch.isdigit():
        return "digit"
    if ch.isspace():
        return "space"
    if "\u4e00" <= ch <= "\u9fff":
        return "han"
    return "other"


def features(text: str) -> list[str]:
    """The hashed-feature strings of one line (shape first, then characters)."""
    shape, chars, pairs = _feature_parts(text)
    return shape + [f"u:{ch}" for ch in chars] + [f"b:{pair}" for pair in pairs]


def _feature_parts(text: str) -> tuple[list[str], str, list[str]]:
    """The shape features, the characters and the bigrams a line's features are made of
    (its first 60 characters, the bigrams that start among them)."""
    head = text[:60]
    return _shape_features(text), head, list(map(str.__add__, head, text[1:61]))


def _shape_features(text: str) -> list[str]:
    n = len(text)
    length = "1-4" if n <= 4 else "5-8" if n <= 8 else "9-14" if n <= 14 else "15-22" if n <= 22 else "23-32" if n <= 32 else "33-50" if n <= 50 else "51+"
    out = [f"len:{length}", f"F:{text[:1]}", f"L:{text[-1:]}", f"Fc:{_char_class(text[:1])}", f"Lc:{_char_class(text[-1:])}",
           f"L2:{text[-2:]}", f"F2:{text[:2]}"]
    if spaced(text):
        out.append("has:space")
    if "，" in text:
        out.append("has:comma")
    if "。" in text[:-1]:
        out.append("has:inner-stop")
    return out


@lru_cache(maxsize=1 << 18)
def _bucket(feature: str) -> int:
    # the same few thousand character and bigram features recur on every page: hash each once
    return zlib.crc32(feature.encode("utf-8")) % N_BUCKETS


def hash_features(feats: list[str]) -> np.ndarray:
    return np.fromiter(map(_bucket, feats), dtype=np.int64, count=len(feats))


class _Buckets(dict):
    """Bucket of each character (or bigram) feature with one prefix, hashed on first use."""

    def __init__(self, prefix: str):
        super().__init__()
        self.prefix = prefix

    def __missing__(self, key: str) -> int:
        bucket = self[key] = _bucket(self.prefix + key)
        return bucket


_UNIGRAMS, _BIGRAMS = _Buckets("u:"), _Buckets("b:")


@lru_cache(maxsize=1 << 16)
def _line_buckets(text: str) -> np.ndarray:
    """``hash_features(features(text))``, in the same order, without formatting each
    character's feature string: a hard-wrapped page has hundreds of lines. (Cached: such
    a page reads its lines twice, before and after joining them, and furniture lines
    recur from page to page.)"""
    shape, chars, pairs = _feature_parts(text)
    return np.fromiter(
        itertools.chain(map(_bucket, shape), map(_UNIGRAMS.__getitem__, chars), map(_BIGRAMS.__getitem__, pairs)),
        dtype=np.int64, count=len(shape) + len(chars) + len(pairs))


class LineModel:
    """P(head | cross | frag) for single lines."""

    def __init__(self, log_probs: np.ndarray, log_prior: np.ndarray):
        self.log_probs = log_probs  # (3, N_BUCKETS)
        self.log_prior = log_prior  # (3,)

    @classmethod
    @lru_cache(maxsize=4)
    def load(cls, path: str | Path | None = None) -> "LineModel":
        data = np.load(path or DEFAULT_PATH)
        return cls(data["log_probs"].astype(np.float64), data["log_prior"].astype(np.float64))

    def proba(self, texts: list[str]) -> np.ndarray:
        """Posterior over CLASSES for each text, shape (len(texts), 3).

        Lines longer than any headline or crosshead are prose outright (and cost nothing).
        """
        out = np.empty((len(texts), len(CLASSES)))
        out[:] = (-50.0, -50.0, 0.0)
        short = [i for i, text in enumerate(texts) if len(text) <= MAX_LINE_CHARS]
        if short:
            # every line's features at once: one gather, then a sum per line
            idx = [_line_buckets(texts[i]) for i in short]
            counts = np.fromiter(map(len, idx), dtype=np.int64, count=len(idx))
            starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
            sums = np.add.reduceat(self.log_probs[:, np.concatenate(idx)], starts, axis=1)
            out[short] = self.log_prior + FEATURE_WEIGHT * (sums / counts).T
        out -= out.max(axis=1, keepdims=True)
        np.exp(out, out=out)
        out /= out.sum(axis=1, keepdims=True)
        return out


def train(samples: list[tuple[str, int]], alpha: float = 0.5) -> LineModel:
    """Fit the naive Bayes counts from (text, class index) samples."""
    counts = np.full((len(CLASSES), N_BUCKETS), alpha)
    prior = np.zeros(len(CLASSES))
    for text, label in samples:
        np.add.at(counts[label], hash_features(features(text)), 1.0)
        prior[label] += 1
    log_probs = np.log(counts / counts.sum(axis=1, keepdims=True))
    return LineModel(log_probs, np.log(prior / prior.sum()))


def save(model: LineModel, path: str | Path) -> None:
    np.savez_compressed(path, log_probs=model.log_probs.astype(np.float16), log_prior=model.log_prior)
