"""Features of the two decisions the assembler learns from generated pages.

1. *Seam*: does prose block j continue prose block i (inside one paragraph)? The seam
   model's text score is combined with where the two blocks stand on the page.
2. *Title*: is a lone short line inside a body a new article's title, or a crosshead?

The weights are fitted by ``scripts/train_assembly.py`` on generated pages of training
dates and stored in ``data/assembly.json``; these functions are shared by training and
restoring, so both see exactly the same features.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import Errors, ModelError
from ..model import Block
from ..pages.blocks import NO_LINE_START
from .cues import COLUMN_TAG, DATELINE, SUBTITLE_VERBS, VERSE_MAX_CHARS, spaced
from .matching import is_open_end
from .roles import neighbour_index
from .seam import Hidden

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "assembly.json"

SEAM_FEATURES = (
    "cont_logit",  # the seam model's log-odds that j continues i
    "adjacent",  # j is the next prose block after i, nothing between
    "log_distance",  # log(1 + blocks between them)
    "left_heading",  # P(head) + P(cross) of i, from the line model
    "right_heading",  # P(head) + P(cross) of j
    "right_start_logit",  # the seam model's log-odds that j starts a paragraph
    "left_end_logit",  # ... that i ends a paragraph
    "right_no_line_start",  # j starts with punctuation no line may start with
    "headings_between",  # bylines, subtitles, jump markers between i and j
    "right_after_heading",  # j directly follows a byline/subtitle/jump marker
    "left_short",  # i has at most 6 characters
    "right_dateline",  # j opens with a dateline (本报…电)
    "left_closed",  # i ends a sentence (。！？): a column may still break right there
    "left_semicolon",  # i ends with ；or ： (list items, lead-ins)
    "left_dateline",  # i is a dateline standing alone (本报北京5月20日电  （记者…）)
    "straddle_pmi",  # n-grams across the cut (banmian.restore.ngrams): PMI of the bigram
    "straddle_next",  # log P(j's first character | i's last two)
    "straddle_prev",  # log P(i's last character | j's first two), read backwards
    "straddle_quad",  # log count of the 4-gram i[-2:] + j[:2]
    "adjacent_open",  # adjacent and i stops mid-sentence: the plain column break
    "adjacent_straddle",  # adjacent times the straddling bigram PMI
    "far_cont",  # not adjacent times the seam model's log-odds (an interleaved tail)
    "topic",  # how much the two blocks share their topic (IDF-weighted bigram cosine)
    "far_topic",  # not adjacent times topic: a far tail must be about the same story
    "left_comma",  # i ends with ，or 、: the sentence goes on (unless it is a line of verse)
    "left_comma_long",  # ... and i is longer than a line of verse
    "right_indent",  # +1: j is indented (a paragraph starts); -1: j is flush on a page that indents
    "closed_flush",  # i ends a sentence and j is flush on a page that indents: the column broke there
    "paragraph_end",  # i ends a sentence: log-odds that its paragraph ends there, were j next (paragraph_ends.py),
    # times P(j starts a paragraph)
)
TITLE_FEATURES = (
    "head_vs_cross",  # log P(head)/P(cross) of the (last) line
    "frag",  # P(frag) of the line
    "next_dateline",  # the text after it opens with a dateline
    "similarity",  # bigram cosine of the text after it with the open article
    "similarity_title",  # ... with the open article's title
    "open_paragraphs",  # log(1 + paragraphs of the open article so far)
    "length",  # log length of the line
    "has_comma",
    "ends_question",
    "numbered",  # 一、 （一） 1. — crosshead numbering
    "next_open_start",  # the text after it starts mid-sentence
    "column_tag",  # ends with a column name in brackets: （神州看点）
    "has_space",  # two phrases side by side, as titles print them
    "next_length",  # log length of the paragraph after it
    "after_open_end",  # the open article's last paragraph stops mid-sentence
    "two_line",  # the group has two lines (kicker + title, or a two-line crosshead)
    "first_head_vs_cross",  # log P(head)/P(cross) of the first of two lines (0 for one line)
    "first_length",  # log length of the first of two lines (0 for one line)
    "segment_similarity",  # the text up to the next heading against the open article
    "other_similarity",  # ... against the closest other article opened before
    "open_crossheads",  # log(1 + crossheads the open article has so far)
    "same_shape_before",  # the open article already has a crosshead of as many lines
    "same_shape_after",  # the next heading group is bare and has as many lines: a series
    "open_bylined",  # the open article has a byline (long reports carry sections)
    "open_banner",  # the open article is headed by a column banner (八方速递): its items are crossheads
    "after_credit",  # the open article's last paragraph is a credit (`（作者为…）`), which ends articles
    "indent",  # +1: the line is indented like a paragraph; -1: flush on a page that indents
    "three_line",  # the group has three lines (kicker, title and subtitle, or a tall crosshead)
    "series",  # bigram Dice with the open article's last crosshead or the next bare heading
)


# Two headline lines, one over the other: kicker over title, or title over subtitle?
# (Learned from the corpus's own headings; the clear cases are rules in
# banmian.restore.articles, this model decides the rest.)
PAIR_FEATURES = (
    "upper_length",  # log length of the upper line
    "lower_length",  # log length of the lower line
    "length_ratio",  # upper_length - lower_length: a subtitle is often shorter than its title
    "upper_head_vs_cross",  # line model log P(head)/P(cross) of the upper line
    "lower_head_vs_cross",
    "upper_frag",  # line model P(frag) of the upper line
    "lower_frag",
    "lower_column_tag",  # the lower line ends with a column tag (（权威发布）): it is the title
    "upper_reports",  # the upper line reports an act (出席, 强调…), as kickers over a quote do
    "lower_reports",  # ... the lower line does, as subtitles under a meeting's title do
    "upper_digits",
    "lower_digits",  # figures (同比增长22%) are typical of subtitles
    "upper_comma",
    "lower_comma",
    "upper_space",  # two phrases side by side
    "lower_space",
    "lower_exclaims",  # ends with ！ or ？
    "upper_exclaims",
    "upper_quote",
    "lower_quote",
)


def pair_features(upper: str, lower: str, upper_probs, lower_probs) -> np.ndarray:
    """Features of two stacked headline lines (see PAIR_FEATURES)."""

    return np.array([
        math.log(len(upper)), math.log(len(lower)), math.log(len(upper)) - math.log(len(lower)),
        _head_vs_cross(upper_probs), _head_vs_cross(lower_probs), upper_probs[2], lower_probs[2],
        float(bool(COLUMN_TAG.search(lower))),
        float(bool(SUBTITLE_VERBS.search(upper))), float(bool(SUBTITLE_VERBS.search(lower))),
        float(any(ch.isdigit() for ch in upper)), float(any(ch.isdigit() for ch in lower)),
        float("，" in upper), float("，" in lower), float(spaced(upper.strip())), float(spaced(lower.strip())),
        float(lower.endswith(("！", "？"))), float(upper.endswith(("！", "？"))),
        float("“" in upper), float("“" in lower),
    ])


@dataclass(frozen=True, slots=True)
class HeadingContext:
    """What the title-or-crosshead decision sees of one bare heading group (one or two
    lines with no byline, subtitle or jump marker) and of the article open above it."""

    lines: tuple[str, ...]
    probs: tuple  # line model (head, cross, frag) of each line
    next_text: str | None  # the paragraph right after the group
    next_open: bool  # ... starts mid-sentence
    similarity: float
    similarity_title: float
    segment_similarity: float
    other_similarity: float
    open_paragraphs: int
    open_crossheads: int
    after_open_end: bool
    same_shape_before: bool
    same_shape_after: bool
    open_bylined: bool
    open_banner: bool
    after_credit: bool
    indent: int = 0
    series: float = 0.0


def logit(p) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


ADJACENT = SEAM_FEATURES.index("adjacent")


@dataclass(frozen=True, slots=True)
class Weights:
    """The assembler's learned weights. Seams have two sets, rows [far, adjacent]: a
    plain column break and an interleaved tail read differently, and one linear model
    for both lets the many far pairs outvote the few adjacent ones."""

    seam: np.ndarray  # (2, len(SEAM_FEATURES))
    seam_bias: np.ndarray  # (2,)
    title: np.ndarray
    title_bias: float
    pair: np.ndarray  # log-odds that two stacked lines are title over subtitle (not kicker over title)
    pair_bias: float
    # a small ReLU layer over the title features, added to the linear title score, so that the features'
    # evidence can combine (the linear score adds each feature's log-odds on its own)
    title_hidden: Hidden | None = None
    # the same for the seam scores, one layer per row of ``seam`` (far, adjacent), or None
    seam_hidden: tuple[Hidden, Hidden] | None = None

    @classmethod
    @lru_cache(maxsize=4)
    def load(cls, path: str | Path | None = None) -> "Weights":
        data = json.loads(Path(path or DEFAULT_PATH).read_text(encoding="utf-8"))
        seam = np.array(data["seam"])
        if tuple(data["seam_features"]) != SEAM_FEATURES or tuple(data["title_features"]) != TITLE_FEATURES \
                or tuple(data.get("pair_features", ())) != PAIR_FEATURES or seam.shape != (2, len(SEAM_FEATURES)):
            raise ModelError(Errors.E040.format(path=path or DEFAULT_PATH))
        hidden = _hidden(data.get("title_hidden"), len(TITLE_FEATURES), path)
        seam_hidden = data.get("seam_hidden")
        if seam_hidden is not None:
            seam_hidden = tuple(_hidden(h, len(SEAM_FEATURES), path) for h in seam_hidden)
        return cls(seam, np.array(data["seam_bias"]), np.array(data["title"]), float(data["title_bias"]),
                   np.array(data["pair"]), float(data["pair_bias"]), hidden, seam_hidden)

    def title_score(self, x: np.ndarray) -> float:
        """Log-odds that a bare heading group with title features ``x`` opens a new article."""
        return float(x @ self.title + self.title_bias + _layer(self.title_hidden, x))

    def title_over_subtitle(self, upper: str, lower: str, upper_probs, lower_probs) -> bool:
        """Are two stacked headline lines a title over its subtitle (else a kicker over its title)?"""
        return float(pair_features(upper, lower, upper_probs, lower_probs) @ self.pair + self.pair_bias) > 0

    def seam_scores(self, X: np.ndarray) -> np.ndarray:
        """Log-odds of every pair of ``X`` (features on the last axis)."""
        far_layer, adjacent_layer = self.seam_hidden or (None, None)
        far = X @ self.seam[0] + self.seam_bias[0] + _layer(far_layer, X)
        return np.where(X[..., ADJACENT] > 0, X @ self.seam[1] + self.seam_bias[1] + _layer(adjacent_layer, X), far)

    def to_json(self) -> str:
        return json.dumps(
            {"seam_features": SEAM_FEATURES, "seam": self.seam.round(5).tolist(),
             "seam_bias": self.seam_bias.round(5).tolist(),
             "title_features": TITLE_FEATURES, "title": self.title.round(5).tolist(),
             "title_bias": round(self.title_bias, 5),
             "pair_features": PAIR_FEATURES, "pair": self.pair.round(5).tolist(),
             "pair_bias": round(self.pair_bias, 5),
             **({"title_hidden": _stored(self.title_hidden)} if self.title_hidden is not None else {}),
             **({"seam_hidden": [_stored(h) for h in self.seam_hidden]} if self.seam_hidden is not None else {})},
            indent=1,
        )


def _layer(hidden: Hidden | None, X: np.ndarray) -> np.ndarray | float:
    """What a ReLU layer adds to a linear score of features ``X`` (last axis); 0 without one."""
    if hidden is None:
        return 0.0
    return np.maximum(X @ hidden.weights + hidden.bias, 0.0) @ hidden.out


def _stored(hidden: Hidden) -> dict:
    return {"weights": hidden.weights.round(5).tolist(), "bias": hidden.bias.round(5).tolist(),
            "out": hidden.out.round(5).tolist()}


def _hidden(data: dict | None, n_features: int, path) -> Hidden | None:
    """A stored ReLU layer, refused when it reads another number of features than the code makes."""
    if data is None:
        return None
    hidden = Hidden(np.array(data["weights"]), np.array(data["bias"]), np.array(data["out"]))
    if hidden.weights.shape[0] != n_features:
        raise ModelError(Errors.E040.format(path=path or DEFAULT_PATH))
    return hidden


HEADING_ROLES = ("byline", "subtitle", "jump_from", "jump_to")


def seam_features(blocks: list[Block], prose: list[int], lefts: list[int], cont: np.ndarray, lines: np.ndarray,
                  start_p: np.ndarray, end_p: np.ndarray, straddle: np.ndarray, topic: np.ndarray,
                  indents: np.ndarray, paragraph_end: np.ndarray) -> np.ndarray:
    """Features of every (left, right) pair: shape (len(lefts), len(prose), len(SEAM_FEATURES)).

    ``paragraph_end`` is ParagraphEnds.matrix of the prose blocks, 0 in the rows of lefts
    that end no sentence.
    ``lefts`` index into ``prose``; pairs with right <= left are computed but never used.
    """
    n = len(prose)
    pos = np.asarray(prose)
    heading_before = np.zeros(len(blocks) + 1)
    after_heading = np.zeros(n)
    for b in blocks:
        heading_before[b.index + 1] = heading_before[b.index] + (b.role in HEADING_ROLES)
    for k, i in enumerate(prose):
        j = neighbour_index(blocks, i, -1)
        after_heading[k] = j is not None and blocks[j].role in HEADING_ROLES
    texts = [blocks[i].text for i in prose]
    heading = lines[:, 0] + lines[:, 1]
    right_start = logit(start_p)
    no_start = np.array([t[:1] in NO_LINE_START and bool(t) for t in texts], dtype=float)
    dateline = np.array([bool(DATELINE.match(t)) for t in texts], dtype=float)
    X = np.zeros((len(lefts), n, len(SEAM_FEATURES)))
    for r, i in enumerate(lefts):
        X[r, :, 0] = logit(cont[i])
        X[r, :, 1] = 0.0
        if i + 1 < n and neighbour_index(blocks, prose[i], 1) == prose[i + 1]:
            X[r, i + 1, 1] = 1.0
        X[r, :, 2] = np.log1p(np.abs(pos - pos[i]))
        X[r, :, 3] = heading[i]
        X[r, :, 4] = heading
        X[r, :, 5] = right_start
        X[r, :, 6] = logit(end_p[i])
        X[r, :, 7] = no_start
        X[r, :, 8] = np.log1p(np.abs(heading_before[pos] - heading_before[pos[i] + 1]))
        X[r, :, 9] = after_heading
        X[r, :, 10] = len(texts[i]) <= 6
        X[r, :, 11] = dateline
        X[r, :, 12] = not is_open_end(texts[i])
        X[r, :, 13] = texts[i].rstrip()[-1:] in "；;：:"
        X[r, :, 14] = dateline[i] and len(texts[i]) <= 40
        X[r, :, 15:19] = straddle[i]
        X[r, :, 19] = X[r, :, 1] * (1 - X[r, :, 12])
        X[r, :, 20] = X[r, :, 1] * X[r, :, 15]
        X[r, :, 21] = (1 - X[r, :, 1]) * X[r, :, 0]
        X[r, :, 22] = topic[i]
        X[r, :, 23] = (1 - X[r, :, 1]) * topic[i]
        X[r, :, 24] = texts[i].rstrip()[-1:] in "，、,"
        X[r, :, 25] = X[r, :, 24] * (len(texts[i]) > VERSE_MAX_CHARS)  # a line of verse is a paragraph of its own
        X[r, :, 26] = indents
        X[r, :, 27] = X[r, :, 12] * (indents < 0)
        # (only as far as j reads as a sentence's start: after a full stop nothing of one
        # article starts mid-sentence, and the model never saw such a start)
        X[r, :, 28] = paragraph_end[i] * start_p
    return X


_NUMBERED = ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "（一）", "（二）", "（三）",
             "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）", "1.", "2.", "3.", "4.", "5.")


def _head_vs_cross(probs) -> float:
    return math.log((probs[0] + 1e-6) / (probs[1] + 1e-6))


def title_features(ctx: HeadingContext) -> np.ndarray:
    line, (_, _, frag) = ctx.lines[-1], ctx.probs[-1]
    next_text = ctx.next_text
    two = len(ctx.lines) > 1
    return np.array([
        _head_vs_cross(ctx.probs[-1]),
        frag,
        float(bool(next_text) and bool(DATELINE.match(next_text))),
        ctx.similarity,
        ctx.similarity_title,
        math.log1p(ctx.open_paragraphs),
        math.log(len(line)),
        float("，" in line),
        float(line.endswith(("？", "?"))),
        float(line.startswith(_NUMBERED)),
        float(ctx.next_open),
        float(bool(COLUMN_TAG.search(line)) and not line.startswith(("（", "("))),
        float(spaced(line.strip())),
        math.log1p(len(next_text or "")),
        float(ctx.after_open_end),
        float(two),
        _head_vs_cross(ctx.probs[0]) if two else 0.0,
        math.log(len(ctx.lines[0])) if two else 0.0,
        ctx.segment_similarity,
        ctx.other_similarity,
        math.log1p(ctx.open_crossheads),
        float(ctx.same_shape_before),
        float(ctx.same_shape_after),
        float(ctx.open_bylined),
        float(ctx.open_banner),
        float(ctx.after_credit),
        float(ctx.indent),
        float(len(ctx.lines) > 2),
        ctx.series,
    ])
