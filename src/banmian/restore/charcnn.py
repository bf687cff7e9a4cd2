"""A character-level cross-encoder for seams: does block B continue block A in one paragraph?

A second, independent continuation scorer next to ``seam.SeamModel``. It reads the window
``left[-W:] + SEP + right[:W]`` (the left end padded on the left, the right start padded
on the right), embeds each character, runs two width-3 convolutions (ReLU), max-pools
over positions and scores the pooled vector with a small dense layer. The output is the
log-odds that the right block continues the left one, calibrated on whole simulated
pages (every block of a page is a candidate right for every left), like
``SeamModel.continuation_matrix``.

Inference is pure numpy and exploits that most of the window depends on one side only:
the convolution outputs whose receptive field lies inside ``left + SEP`` (or ``SEP +
right``) are computed once per string, and only the four outputs that straddle the seam
(one of the first layer, three of the second) are computed per pair. A 120x120 page is a
few small matrix products.

The artifact (``data/charcnn.npz``) holds the weights and the character vocabulary as
code points, nothing else; it is rebuilt by ``scripts/train_charcnn.py`` (PyTorch is a
training-only dependency: ``pip install banmian[train]``).

Example::

    cnn = CharCNN.load()
    cnn.continuation_matrix(["…市工信"], ["局将重点推进", "本报北京5月3日电"])  # log-odds
"""
from __future__ import annotations

import functools
import json
import logging
import unicodedata
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import BanmianError

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "charcnn.npz"
FORMAT_VERSION = 1

# Reserved symbol ids; characters of the vocabulary follow from N_SPECIAL on.
PAD, SEP, UNK_HAN, UNK_LATIN, UNK_DIGIT, UNK_PUNCT, UNK_OTHER, SPACE = range(8)
N_SPECIAL = 8


class CharCNNError(BanmianError):
    """The CharCNN artifact is missing, unreadable or of another version."""


def unknown_class(ch: str) -> int:
    """The id of a character outside the vocabulary: one per broad character class."""
    if ch.isspace():
        return SPACE
    cat = unicodedata.category(ch)
    if cat == "Nd" or cat == "No":
        return UNK_DIGIT
    if cat.startswith("P") or cat.startswith("S"):
        return UNK_PUNCT
    if cat == "Lo" and "\u2e80" <= ch <= "\U0003134f":
        return UNK_HAN
    if cat.startswith("L"):
        return UNK_LATIN
    return UNK_OTHER


class Vocabulary:
    """Maps characters to ids (code points of the known characters, classes for the rest)."""

    def __init__(self, codes: np.ndarray):
        self.codes = np.asarray(codes, dtype=np.int64)
        self._ids: dict[str, int] = {chr(int(c)): N_SPECIAL + k for k, c in enumerate(self.codes)}

    def __len__(self) -> int:
        return N_SPECIAL + len(self.codes)

    def _id(self, ch: str) -> int:
        i = self._ids.get(ch)
        if i is None:
            i = self._ids[ch] = unknown_class(ch)  # cached: unknown characters recur
        return i

    def tails(self, texts: Sequence[str], width: int) -> np.ndarray:
        """Ids of the last ``width`` characters of each text, padded on the left, shape (n, width)."""
        out = np.full((len(texts), width), PAD, dtype=np.int64)
        get = self._id
        for r, text in enumerate(texts):
            tail = text[-width:] if text else ""
            if tail:
                out[r, width - len(tail):] = [get(ch) for ch in tail]
        return out

    def heads(self, texts: Sequence[str], width: int) -> np.ndarray:
        """Ids of the first ``width`` characters of each text, padded on the right, shape (n, width)."""
        out = np.full((len(texts), width), PAD, dtype=np.int64)
        get = self._id
        for r, text in enumerate(texts):
            head = text[:width]
            if head:
                out[r, : len(head)] = [get(ch) for ch in head]
        return out


def windows(vocab: Vocabulary, lefts: Sequence[str], rights: Sequence[str], width: int) -> np.ndarray:
    """The full windows ``tail(left) + SEP + head(right)`` of aligned pairs, shape (n, 2*width+1) (training)."""
    tails = vocab.tails(lefts, width)
    heads = vocab.heads(rights, width)
    return np.hstack([tails, np.full((len(tails), 1), SEP, dtype=np.int64), heads])


class CharCNN:
    """Scores seams between text blocks with a small character CNN (see module docstring).

    Weights use the PyTorch layouts: ``emb`` (V, E), ``conv1_w`` (C1, E, 3), ``conv2_w``
    (C2, C1, 3), ``dense1_w`` (H, C2), ``dense2_w`` (1, H).
    """

    def __init__(self, codes: np.ndarray, width: int, weights: dict[str, np.ndarray], meta: dict | None = None):
        if width < 4:
            raise CharCNNError("[E311] CharCNN window width must be at least 4")
        self.vocab = Vocabulary(codes)
        self.width = int(width)
        self.meta = meta or {}
        w = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}
        self.weights = w
        if w["emb"].shape[0] != len(self.vocab):
            raise CharCNNError("[E312] CharCNN embedding does not match its vocabulary")
        emb, k1 = w["emb"], w["conv1_w"]
        # per-symbol contribution of each first-layer tap: (3, V, C1)
        self._taps = np.stack([emb @ k1[:, :, t].T for t in range(3)]).astype(np.float32)
        self._b1 = w["conv1_b"]
        k2 = w["conv2_w"]
        self._u = [np.ascontiguousarray(k2[:, :, t].T) for t in range(3)]  # (C1, C2) each
        self._u_pair = np.ascontiguousarray(np.hstack([self._u[2], self._u[1], self._u[0]]))  # (C1, 3*C2)
        self._b2 = w["conv2_b"]
        self._d1 = np.ascontiguousarray(w["dense1_w"].T)  # (C2, H)
        self._d1b = w["dense1_b"]
        self._d2 = np.ascontiguousarray(w["dense2_w"][0])  # (H,)
        self._d2b = float(w["dense2_b"][0])

    # ---- loading ----
    @classmethod
    def load(cls, path: str | Path | None = None) -> "CharCNN":
        """Load an artifact (default: the packaged one); cached per path.

        :param path: an ``.npz`` written by ``scripts/train_charcnn.py``; ``None`` for the packaged one
        """
        resolved = Path(path).resolve() if path is not None else DEFAULT_PATH
        return _load_cached(str(resolved))

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The artifact content: weights (the embedding as float16) and the vocabulary's code points."""
        arrays = {f"w_{k}": (v.astype(np.float16) if k == "emb" else v) for k, v in self.weights.items()}
        return {
            "version": np.array(FORMAT_VERSION),
            "width": np.array(self.width),
            "codes": self.vocab.codes.astype(np.int32),
            **arrays,
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
    def _left_side(self, lefts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per-left parts: first-layer pair pre-activation, second-layer parts at W-1 and W, pool."""
        W, T = self.width, self._taps
        ids = self.vocab.tails(lefts, W)
        seq = np.hstack([ids, np.full((len(ids), 1), SEP, dtype=np.int64)])  # positions 0..W
        # first layer, centres 1..W-1 (inside left + SEP)
        h1 = np.maximum(T[0][seq[:, 0 : W - 1]] + T[1][seq[:, 1:W]] + T[2][seq[:, 2 : W + 1]] + self._b1, 0.0)
        g = [h1 @ u for u in self._u]  # (n, W-1, C2); index k is centre k+1
        # second layer, centres 2..W-2
        pre = g[0][:, 0 : W - 3] + g[1][:, 1 : W - 2] + g[2][:, 2 : W - 1] + self._b2
        pool = np.maximum(pre.max(axis=1), 0.0)
        # centre W of the first layer: x[W-1], SEP, x[W+1]; the left share
        h1_pair = T[0][ids[:, W - 1]] + T[1][SEP] + self._b1
        at_w1 = g[0][:, W - 3] + g[1][:, W - 2] + self._b2  # centre W-1, without the pair tap
        at_w = g[0][:, W - 2]  # centre W, left tap only
        return h1_pair, at_w1, at_w, pool

    def _right_side(self, rights: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        W, T = self.width, self._taps
        ids = self.vocab.heads(rights, W)
        seq = np.hstack([np.full((len(ids), 1), SEP, dtype=np.int64), ids])  # positions W..2W
        # first layer, centres W+1..2W-1 (inside SEP + right)
        h1 = np.maximum(T[0][seq[:, 0 : W - 1]] + T[1][seq[:, 1:W]] + T[2][seq[:, 2 : W + 1]] + self._b1, 0.0)
        g = [h1 @ u for u in self._u]  # index k is centre W+1+k
        # second layer, centres W+2..2W-2
        pre = g[0][:, 0 : W - 3] + g[1][:, 1 : W - 2] + g[2][:, 2 : W - 1] + self._b2
        pool = np.maximum(pre.max(axis=1), 0.0)
        h1_pair = T[2][ids[:, 0]]
        at_w = g[2][:, 0]  # centre W, right tap only
        at_w2 = g[1][:, 0] + g[2][:, 1] + self._b2  # centre W+1, without the pair tap
        return h1_pair, at_w, at_w2, pool

    def continuation_matrix(self, lefts: Sequence[str], rights: Sequence[str]) -> np.ndarray:
        """Log-odds that rights[j] continues lefts[i] inside one paragraph, shape (len(lefts), len(rights)).

        Only the last ``width`` characters of a left and the first ``width`` of a right
        count. Calibrated on whole simulated pages (~150 candidate rights per left, a left
        may also end its paragraph), so a true seam often scores below 0; use it as a score.

        :param lefts: blocks whose end may be continued
        :param rights: blocks whose start may continue a left
        """
        nl, nr = len(lefts), len(rights)
        if nl == 0 or nr == 0:
            return np.zeros((nl, nr))
        lh, l_w1, l_w, lpool = self._left_side(lefts)
        rh, r_w, r_w2, rpool = self._right_side(rights)
        c2 = self._b2.shape[0]
        h1 = np.maximum(lh[:, None, :] + rh[None, :, :], 0.0).reshape(nl * nr, -1)
        q = (h1 @ self._u_pair).reshape(nl, nr, 3, c2)
        pooled = np.maximum(lpool[:, None, :], rpool[None, :, :])
        np.maximum(pooled, q[:, :, 0] + l_w1[:, None, :], out=pooled)
        np.maximum(pooled, q[:, :, 1] + l_w[:, None, :] + (r_w + self._b2)[None, :, :], out=pooled)
        np.maximum(pooled, q[:, :, 2] + r_w2[None, :, :], out=pooled)
        hidden = np.maximum(pooled.reshape(nl * nr, c2) @ self._d1 + self._d1b, 0.0)
        return (hidden @ self._d2 + self._d2b).reshape(nl, nr).astype(np.float64)

    def score_pairs(self, lefts: Sequence[str], rights: Sequence[str]) -> np.ndarray:
        """Log-odds of aligned pairs (lefts[k], rights[k]) by the plain (undecomposed) network; for checks."""
        W = self.width
        x = windows(self.vocab, lefts, rights, W)  # (n, 2W+1)
        w = self.weights
        e = w["emb"][x]  # (n, L, E)
        h1 = np.maximum(sum(e[:, t : x.shape[1] - 2 + t] @ w["conv1_w"][:, :, t].T for t in range(3)) + w["conv1_b"], 0)
        h2 = np.maximum(sum(h1[:, t : h1.shape[1] - 2 + t] @ w["conv2_w"][:, :, t].T for t in range(3)) + w["conv2_b"], 0)
        hidden = np.maximum(h2.max(axis=1) @ w["dense1_w"].T + w["dense1_b"], 0.0)
        return (hidden @ w["dense2_w"][0] + w["dense2_b"][0]).astype(np.float64)


@functools.lru_cache(maxsize=8)
def _load_cached(path: str) -> CharCNN:
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except FileNotFoundError:
        raise CharCNNError(f"[E310] CharCNN artifact not found: {path} (run scripts/train_charcnn.py)") from None
    except (OSError, ValueError) as exc:
        raise CharCNNError(f"[E310] CharCNN artifact unreadable: {path}: {exc}") from None
    if int(arrays.get("version", -1)) != FORMAT_VERSION:
        raise CharCNNError(f"[E313] CharCNN artifact {path} has format {arrays.get('version')}, expected {FORMAT_VERSION}")
    weights = {k[2:]: v for k, v in arrays.items() if k.startswith("w_")}
    model = CharCNN(arrays["codes"], int(arrays["width"]), weights, json.loads(str(arrays["meta"])))
    log.debug("loaded CharCNN %s", path)
    return model
