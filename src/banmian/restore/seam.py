"""The learned seam model: does block B continue block A inside the same paragraph?

Column breaks cut paragraphs mid-word (`…市工信` / `局将重点推进…`), and the pieces may lie
far apart on the page. The assembler matches open ends to open starts globally and needs
calibrated scores, which this model gives:

- ``continuation_matrix(lefts, rights)``: P(rights[j] continues lefts[i] in one paragraph)
- ``start_prob(texts)``: P(text begins a paragraph) rather than starting mid-sentence
- ``end_prob(texts)``: P(text ends a paragraph) rather than being cut mid-sentence

Each of the three is a logistic model (optionally with a small ReLU layer on top, so
that cues can count only together) over features of the last/first characters of
blocks: hashed character n-gram counts of news prose, words of jieba's dictionary
crossing the seam, punctuation classes, quote/bracket balance and lengths (see
``seam_features``). The artifact holds derived statistics only (hashed,
quantised counts and coefficients, no text) and is rebuilt by ``scripts/train_seam.py``
(``make model``). ``assess`` gives all three scores from one pass over the strings.

Example::

    model = SeamModel.load()
    model.continuation_matrix(["…市工信"], ["局将重点推进", "本报北京5月3日电"])
"""
from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import BanmianError
from .charlm import CharCounts
from .seam_features import END_NAMES, PAIR_NAMES, START_NAMES, end_side, pair_preactivations, start_side

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "seam_model.npz"
FORMAT_VERSION = 2


class SeamModelError(BanmianError):
    """The seam model artifact is missing, unreadable or of another version."""


@dataclass(slots=True)
class Linear:
    """A logistic scorer: ``sigmoid(x @ coef + bias)`` (coefficients on raw features)."""

    coef: np.ndarray
    bias: float


@dataclass(slots=True)
class Hidden:
    """A small ReLU layer added to the linear pair score: ``relu(x @ weights + bias) @ out``."""

    weights: np.ndarray  # (n_features, units), on raw features
    bias: np.ndarray  # (units,)
    out: np.ndarray  # (units,)


@dataclass(slots=True)
class Seams:
    """All scores of one set of left and right blocks, from one pass over the strings."""

    continuation: np.ndarray  # (n_left, n_right)
    left_end: np.ndarray  # end_prob of the lefts
    right_start: np.ndarray  # start_prob of the rights


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40.0, 40.0)))


class SeamModel:
    """Scores seams between text blocks (see module docstring)."""

    def __init__(self, counts: CharCounts, words: CharCounts, pair: Linear, end: Linear, start: Linear,
                 meta: dict | None = None, hidden: Hidden | None = None, end_hidden: Hidden | None = None,
                 start_hidden: Hidden | None = None):
        self.counts = counts
        self.words = words
        n_pair, n_end, n_start = len(PAIR_NAMES), len(END_NAMES), len(START_NAMES)
        n_local = n_pair + n_end + n_start
        if len(pair.coef) != n_local or len(end.coef) != n_end or len(start.coef) != n_start:
            raise SeamModelError("[E302] seam model coefficients do not match the feature set")
        for layer, n_in in ((hidden, n_local), (end_hidden, n_end), (start_hidden, n_start)):
            if layer is not None and layer.weights.shape[0] != n_in:
                raise SeamModelError("[E302] seam model coefficients do not match the feature set")
        self.pair = pair
        self.hidden = hidden
        if hidden is None:
            self._unit_weights, self._unit_bias = pair.coef[:, None], np.array([pair.bias])
        else:
            self._unit_weights = np.column_stack([pair.coef, hidden.weights])
            self._unit_bias = np.concatenate([[pair.bias], hidden.bias])
        self.end, self.end_hidden = end, end_hidden
        self.start, self.start_hidden = start, start_hidden
        self.meta = meta or {}

    # ---- loading and saving ----
    @classmethod
    def load(cls, path: str | Path | None = None) -> "SeamModel":
        """Load a model artifact (default: the packaged one); cached per path.

        :param path: an ``.npz`` written by ``SeamModel.save``; ``None`` for the packaged model
        """
        resolved = Path(path).resolve() if path is not None else DEFAULT_PATH
        return _load_cached(str(resolved))

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The artifact content: derived statistics and coefficients only."""
        return {
            "version": np.array(FORMAT_VERSION),
            "counts_table": self.counts.table,
            "counts_totals": self.counts.totals,
            "words_table": self.words.table,
            "words_totals": self.words.totals,
            "pair_coef": self.pair.coef,
            "pair_bias": np.array(self.pair.bias),
            "end_coef": self.end.coef,
            "end_bias": np.array(self.end.bias),
            "start_coef": self.start.coef,
            "start_bias": np.array(self.start.bias),
            "feature_names": np.array(PAIR_NAMES + END_NAMES + START_NAMES),
            **_stored("hidden", self.hidden),
            **_stored("end_hidden", self.end_hidden),
            **_stored("start_hidden", self.start_hidden),
            "meta": np.array(json.dumps(self.meta, ensure_ascii=False, sort_keys=True)),
        }

    def save(self, path: str | Path) -> None:
        """Write the artifact as a compressed ``.npz``."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            np.savez_compressed(fh, **self.to_arrays())
        _load_cached.cache_clear()

    # ---- scoring ----
    def continuation_matrix(self, lefts: Sequence[str], rights: Sequence[str]) -> np.ndarray:
        """P(rights[j] continues lefts[i] inside one paragraph), shape (len(lefts), len(rights)), float64 in [0,1].

        Only the edges of the blocks and the quote/bracket balance of each left count.
        Calibrated on whole simulated pages, where every block (about 150 of them) is a
        candidate right for every left and a left may also end its paragraph: a true seam
        among so many candidates often scores well below 0.5. Use the log-odds as a score;
        with n candidates instead of ~150, the odds of a pair scale by roughly 150 / n.

        :param lefts: blocks whose end may be continued
        :param rights: blocks whose start may continue a left
        """
        return self.assess(lefts, rights).continuation

    def start_prob(self, texts: Sequence[str]) -> np.ndarray:
        """P(text is the beginning of a paragraph) vs a piece that starts mid-sentence (after a column break)."""
        if not len(texts):
            return np.zeros(0)
        return self._start_prob(start_side(texts, self.counts, self.words).features)

    def end_prob(self, texts: Sequence[str]) -> np.ndarray:
        """P(text is the end of a paragraph) vs a piece cut mid-sentence."""
        if not len(texts):
            return np.zeros(0)
        return self._end_prob(end_side(texts, self.counts, self.words).features)

    def _start_prob(self, features: np.ndarray) -> np.ndarray:
        return _sigmoid(_side_logit(features, self.start, self.start_hidden))

    def _end_prob(self, features: np.ndarray) -> np.ndarray:
        return _sigmoid(_side_logit(features, self.end, self.end_hidden))

    def assess(self, lefts: Sequence[str], rights: Sequence[str]) -> Seams:
        """The continuation matrix plus end_prob(lefts) and start_prob(rights), sharing the per-string work."""
        nl, nr = len(lefts), len(rights)
        if nl == 0 or nr == 0:
            return Seams(np.zeros((nl, nr)), self.end_prob(lefts), self.start_prob(rights))
        left = end_side(lefts, self.counts, self.words)
        right = start_side(rights, self.counts, self.words)
        # unit 0 is the linear score, units 1.. the hidden layer (before its ReLU)
        pre = pair_preactivations(left, right, self.counts, self.words, self._unit_weights, self._unit_bias)
        logit = pre[:, 0, :]
        if self.hidden is not None:
            logit = logit + np.matmul(self.hidden.out, np.maximum(pre[:, 1:, :], 0.0))
        return Seams(
            _sigmoid(logit),
            self._end_prob(left.features),
            self._start_prob(right.features),
        )


def _side_logit(features: np.ndarray, linear: Linear, hidden: Hidden | None) -> np.ndarray:
    """The log-odds of a one-sided score (a start or an end): linear, plus its ReLU layer if any."""
    logit = features @ linear.coef + linear.bias
    if hidden is not None:
        logit = logit + np.maximum(features @ hidden.weights + hidden.bias, 0.0) @ hidden.out
    return logit


def _stored(name: str, hidden: Hidden | None) -> dict[str, np.ndarray]:
    """The arrays of an optional ReLU layer, keyed ``{name}_weights`` etc. (none if absent)."""
    if hidden is None:
        return {}
    return {f"{name}_weights": hidden.weights, f"{name}_bias": hidden.bias, f"{name}_out": hidden.out}


def _hidden(arrays: dict[str, np.ndarray], name: str) -> Hidden | None:
    """The ReLU layer ``name`` of a loaded artifact, or None if it has none."""
    if f"{name}_weights" not in arrays:
        return None
    return Hidden(arrays[f"{name}_weights"], arrays[f"{name}_bias"], arrays[f"{name}_out"])


@functools.lru_cache(maxsize=8)
def _load_cached(path: str) -> SeamModel:
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except FileNotFoundError:
        raise SeamModelError(f"[E301] seam model not found: {path} (run `make model`)") from None
    except (OSError, ValueError) as exc:
        raise SeamModelError(f"[E301] seam model unreadable: {path}: {exc}") from None
    if int(arrays.get("version", -1)) != FORMAT_VERSION:
        raise SeamModelError(f"[E303] seam model {path} has format {arrays.get('version')}, expected {FORMAT_VERSION}")
    names = list(arrays["feature_names"])
    if names != PAIR_NAMES + END_NAMES + START_NAMES:
        raise SeamModelError(f"[E302] seam model {path} was trained on another feature set (run `make model`)")
    counts = CharCounts(arrays["counts_table"], arrays["counts_totals"])
    model = SeamModel(
        counts,
        CharCounts(arrays["words_table"], arrays["words_totals"]),
        Linear(arrays["pair_coef"].astype(np.float64), float(arrays["pair_bias"])),
        Linear(arrays["end_coef"].astype(np.float64), float(arrays["end_bias"])),
        Linear(arrays["start_coef"].astype(np.float64), float(arrays["start_bias"])),
        json.loads(str(arrays["meta"])),
        _hidden(arrays, "hidden"),
        _hidden(arrays, "end_hidden"),
        _hidden(arrays, "start_hidden"),
    )
    log.debug("loaded seam model %s", path)
    return model
