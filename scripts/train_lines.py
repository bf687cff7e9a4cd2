"""Build the corpus statistics of single lines: the line classifier (headline /
crosshead / prose fragment: naive Bayes counts refined as a logistic regression), the
character n-gram counts used across column breaks and the list of column banners
(banmian.restore.banners).

Usage: python scripts/train_lines.py [--corpus PATH] [--out PATH] [--ngrams PATH] [--banners PATH]
Only training dates are used (banmian.bench.split), and only the counted training pages:
the pages kept for fitting the assembler must be text these statistics never saw.
Deterministic for a given corpus.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

import numpy as np
from tqdm import tqdm

from banmian.bench.split import on_fit_page, split_of
from banmian.pages.blocks import NO_LINE_START
from banmian.restore import banners, lines, ngrams
from banmian.restore.cues import SENTENCE_END

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "rmrb-articles.jsonl.gz"


def fragments(paragraph: str, rng: random.Random) -> list[str]:
    """Pieces a column break can leave of a paragraph: a head, a tail, a middle."""
    n = len(paragraph)
    if n < 6:
        return []
    cuts = sorted(rng.sample(range(1, n), min(2, n - 1)))
    cuts = [c for c in cuts if paragraph[c] not in NO_LINE_START]
    out = []
    if cuts:
        out.append(paragraph[: cuts[0]])
        out.append(paragraph[cuts[-1]:])
        if len(cuts) == 2 and cuts[1] - cuts[0] > 1:
            out.append(paragraph[cuts[0]: cuts[1]])
    return out


def samples(corpus: Path, split: str, seed: int):
    """Labelled lines of the articles of ``split``; of training dates, only of the counted
    pages: the pages kept for fitting the assembler must be lines the classifier never
    learned (refined on every training page, it knew the fit pages' headlines by heart,
    and the title decisions fitted on them trusted it too much: fresh generated pages
    restored 2.6 points worse)."""
    rng = random.Random(seed)
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in tqdm(fh, desc=f"lines ({split})", unit=" articles"):
            art = json.loads(line)
            if split_of(art["date"]) != split or (split == "train" and not _counted(art)):
                continue
            for key in ("title", "kicker", "subtitle"):
                if art.get(key) and not art[key].startswith(("—", "-")):
                    yield art[key], 0
            for p in art["paragraphs"]:
                p = p.strip()
                if not p:
                    continue
                if len(p) <= 30 and p[-1] not in SENTENCE_END:
                    yield p, 1
                elif rng.random() < 0.35:
                    for frag in fragments(p, rng):
                        yield frag, 2
                    if rng.random() < 0.3:
                        yield p, 2


def _counted(art: dict) -> bool:
    """Not on a page kept for fitting the decisions that read these statistics."""
    return not on_fit_page(art)


def training_articles(corpus: Path):
    """The corpus articles of training dates."""
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if split_of(art["date"]) == "train":
                yield art


def training_paragraphs(corpus: Path):
    """Headlines and paragraphs of the counted training pages, the text of the n-gram counts."""
    for art in filter(_counted, training_articles(corpus)):
        for key in ("title", "kicker", "subtitle"):
            if art.get(key):
                yield art[key]
        yield from art["paragraphs"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=lines.DEFAULT_PATH)
    ap.add_argument("--ngrams", type=Path, default=ngrams.DEFAULT_PATH)
    ap.add_argument("--banners", type=Path, default=banners.DEFAULT_PATH)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    found = banners.derive(training_articles(args.corpus))
    banners.save(found, args.banners)
    print(f"saved {len(found)} column banners to {args.banners}")
    ngrams.save(ngrams.count(tqdm(training_paragraphs(args.corpus), desc="n-grams", unit=" lines", mininterval=2)),
                args.ngrams)
    print(f"saved {args.ngrams}")
    model = lines.train(list(samples(args.corpus, "train", args.seed)), seed=args.seed, progress=True)
    lines.save(model, args.out)
    model = lines.LineModel.load(args.out)
    held = list(samples(args.corpus, "eval", args.seed + 1))
    texts = [t for t, _ in held]
    gold = np.array([y for _, y in held])
    pred = np.concatenate([model.proba(texts[i:i + 2000]).argmax(1) for i in range(0, len(texts), 2000)])
    for k, name in enumerate(lines.CLASSES):
        tp = int(((pred == k) & (gold == k)).sum())
        p = tp / max(1, int((pred == k).sum()))
        r = tp / max(1, int((gold == k).sum()))
        print(f"{name:6s} precision {p:.3f} recall {r:.3f} n={int((gold == k).sum())}")
    print(f"accuracy {(pred == gold).mean():.3f} on {len(gold)} held-out lines; saved {args.out}")


if __name__ == "__main__":
    main()
