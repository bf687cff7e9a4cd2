"""Fit how often a paragraph ends at a sentence end, by how long the paragraph is so far.

On a hard-wrapped page without indents, a printed line that fills its column and ends a
sentence may end its paragraph or not; nothing in the layout tells. The length of the
paragraph up to that point does: a short paragraph seldom stops after its first
sentence, a long one often does. This script measures that share on the training dates
(banmian.bench.split) of the corpus and fits the ramp that ``banmian.restore.wrapped``
uses: log-odds ``low`` up to ``2**x0`` characters, ``high`` from ``2**x1`` on, linear in
log2(length) between. It prints the four constants; no article text is written.

Usage: python scripts/fit_paragraph_ends.py [--corpus PATH]
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np
from tqdm import tqdm

from banmian.bench.split import split_of

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "rmrb-articles.jsonl.gz"
SENTENCE_END = re.compile(r"[。！？][”’」』）]*")
HALF_OCTAVES = 2  # bins per doubling of the length
# Beyond 512 characters a "paragraph" is mostly a whole article printed without breaks,
# where the share falls to nothing: the ramp is fitted to the lengths of real paragraphs.
MAX_LOG2_LENGTH = 9


def count_sentence_ends(path: Path) -> tuple[Counter, Counter]:
    """Sentence ends by length bin, and those among them that end their paragraph."""
    ends, stops = Counter(), Counter()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in tqdm(fh, desc="reading corpus", unit=" articles"):
            art = json.loads(line)
            if split_of(art["date"]) != "train":
                continue
            for para in art.get("paragraphs") or []:
                para = para.strip()
                for m in SENTENCE_END.finditer(para):
                    b = int(math.log2(m.end()) * HALF_OCTAVES)
                    stops[b] += 1
                    ends[b] += m.end() == len(para)
    return ends, stops


def fit_ramp(ends: Counter, stops: Counter) -> tuple[float, float, float, float]:
    """Least-squares ramp (low, high, x0, x1) through the binned log-odds, weighted by counts."""
    bins = sorted(b for b in stops if stops[b] >= 100 and b <= MAX_LOG2_LENGTH * HALF_OCTAVES)
    x = np.array([b / HALF_OCTAVES for b in bins])
    h = np.array([(ends[b] + 0.5) / (stops[b] + 1.0) for b in bins])
    y, w = np.log(h / (1 - h)), np.array([stops[b] for b in bins], dtype=float)
    best = None
    for x0 in np.arange(3.0, 7.01, 0.25):
        for x1 in np.arange(x0 + 0.5, 9.01, 0.25):
            t = np.clip((x - x0) / (x1 - x0), 0.0, 1.0)
            A = np.column_stack([1 - t, t])
            coef, *_ = np.linalg.lstsq(A * np.sqrt(w)[:, None], y * np.sqrt(w), rcond=None)
            err = float(np.sum(w * (A @ coef - y) ** 2))
            if best is None or err < best[0]:
                best = (err, float(coef[0]), float(coef[1]), float(x0), float(x1))
    _, low, high, x0, x1 = best
    return low, high, x0, x1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    ends, stops = count_sentence_ends(args.corpus)
    for b in sorted(stops):
        print(f"length ~{2 ** (b / HALF_OCTAVES):6.0f}: {stops[b]:7d} sentence ends, {ends[b] / stops[b]:.2f} end the paragraph")
    low, high, x0, x1 = fit_ramp(ends, stops)
    print(f"PARAGRAPH_END_RAMP = ({low:.2f}, {high:.2f}, {x0:.2f}, {x1:.2f})  # low, high log-odds; log2 lengths")


if __name__ == "__main__":
    main()
