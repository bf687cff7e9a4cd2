"""What a single line looks like: a headline line, a crosshead, or a piece of prose.

A linear model over hashed character features, trained by ``scripts/train_lines.py``
from corpus titles, kickers, subtitles, short paragraphs and random pieces of
paragraphs: naive Bayes counts first, then refined as a multinomial logistic regression
that starts from them (``refine``), which reads held-out lines better (accuracy 0.867 ->
0.917): naive Bayes counts a line's correlated characters as independent evidence. The
artifact holds one weight per class and hash bucket, no text.
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
# A line's score per class is its prior plus FEATURE_WEIGHT times the mean weight of its
# features: naive Bayes sums many correlated features, and averaging then rescaling kept
# its posteriors usable as scores next to the seam model's; the refined weights start there.
FEATURE_WEIGHT = 6.0
# Refinement: Adam over minibatches, from the naive Bayes weights (a trial run read held-out
# lines at 0.910 after 4 epochs, 0.916 after 12 and 0.915 after 15)
REFINE_EPOCHS = 12
REFINE_RATE = 0.05
REFINE_BATCH = 4096
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
        self.log_probs = log_probs  # (3, N_BUCKETS): weight of each feature bucket per class
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
            out[short] = self._scores([_line_buckets(texts[i]) for i in short])[0]
        return _softmax(out)

    def _scores(self, buckets: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Class scores of lines given their feature buckets (every line's features at once:
        one gather, then a sum per line); also the buckets flattened and each line's count."""
        counts = np.fromiter(map(len, buckets), dtype=np.int64, count=len(buckets))
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        flat = np.concatenate(buckets)
        sums = np.add.reduceat(self.log_probs[:, flat], starts, axis=1)
        return self.log_prior + FEATURE_WEIGHT * (sums / counts).T, flat, counts


def _softmax(scores: np.ndarray) -> np.ndarray:
    out = scores - scores.max(axis=1, keepdims=True)
    np.exp(out, out=out)
    out /= out.sum(axis=1, keepdims=True)
    return out


def train(samples: list[tuple[str, int]], alpha: float = 0.5, epochs: int = REFINE_EPOCHS, seed: int = 0,
          progress: bool = False) -> LineModel:
    """Fit the naive Bayes counts from (text, class index) samples, then refine them
    (``epochs=0``: naive Bayes only)."""
    counts = np.full((len(CLASSES), N_BUCKETS), alpha)
    prior = np.zeros(len(CLASSES))
    for text, label in samples:
        np.add.at(counts[label], hash_features(features(text)), 1.0)
        prior[label] += 1
    log_probs = np.log(counts / counts.sum(axis=1, keepdims=True))
    model = LineModel(log_probs, np.log(prior / prior.sum()))
    return refine(model, samples, epochs, seed, progress) if epochs else model


def refine(model: LineModel, samples: list[tuple[str, int]], epochs: int = REFINE_EPOCHS, seed: int = 0,
           progress: bool = False) -> LineModel:
    """Train ``model``'s weights as a multinomial logistic regression (cross-entropy, Adam,
    seeded), starting from them. Lines longer than MAX_LINE_CHARS are skipped: the model
    never reads them."""
    from tqdm import tqdm

    kept = [(text, label) for text, label in samples if len(text) <= MAX_LINE_CHARS]
    if not kept:
        return model
    buckets = [hash_features(features(text)) for text, _ in kept]
    targets = np.eye(len(CLASSES))[[label for _, label in kept]]
    # trained in score units: a feature's weight is FEATURE_WEIGHT times its stored value
    params = {"w": model.log_probs * FEATURE_WEIGHT, "b": model.log_prior.copy()}
    moments = {name: (np.zeros_like(p), np.zeros_like(p)) for name, p in params.items()}
    rng = np.random.default_rng(seed)
    step = 0
    for _ in tqdm(range(epochs), desc="refining the line model", disable=not progress):
        order = rng.permutation(len(kept))
        for start in range(0, len(order), REFINE_BATCH):
            batch = order[start:start + REFINE_BATCH]
            current = LineModel(params["w"] / FEATURE_WEIGHT, params["b"])
            scores, flat, counts = current._scores([buckets[k] for k in batch])
            grad = (_softmax(scores) - targets[batch]) / len(batch)  # d loss / d score
            per_feature = np.repeat(grad / counts[:, None], counts, axis=0)  # a line's score is its features' mean
            grads = {"w": np.stack([np.bincount(flat, weights=per_feature[:, c], minlength=N_BUCKETS)
                                    for c in range(len(CLASSES))]),
                     "b": grad.sum(axis=0)}
            step += 1
            for name, param in params.items():
                mean, square = moments[name]
                mean *= 0.9
                mean += 0.1 * grads[name]
                square *= 0.999
                square += 0.001 * grads[name] ** 2
                param -= REFINE_RATE * (mean / (1 - 0.9 ** step)) / (np.sqrt(square / (1 - 0.999 ** step)) + 1e-8)
    return LineModel(params["w"] / FEATURE_WEIGHT, params["b"])


def save(model: LineModel, path: str | Path) -> None:
    np.savez_compressed(path, log_probs=model.log_probs.astype(np.float16), log_prior=model.log_prior)
