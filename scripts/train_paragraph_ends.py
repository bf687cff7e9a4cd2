"""Train the paragraph-end model (banmian.restore.paragraph_ends) from the corpus.

Every sentence end of every article of the training dates (banmian.bench.split), on the
counted pages, is a sample: the paragraph so far, the text after it, and whether the paragraph ends there.
The held-out dates measure it: accuracy and log-loss beside always guessing the
commoner answer. Deterministic for a given corpus; the artifact holds hashed weights only.

Usage: python scripts/train_paragraph_ends.py [--corpus PATH] [--out PATH] [--l2 X]
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
from pathlib import Path

import numpy as np
from tqdm import tqdm

from banmian.bench.split import on_fit_page, split_of
from banmian.restore.paragraph_ends import DEFAULT_PATH, fit, sentence_ends

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "rmrb-articles.jsonl.gz"
# Chosen by held-out log-loss of a prototype with these cues: 1, 4, 25 and 60 gave 0.508,
# 0.457, 0.452 and 0.460; hashed cues of rare openings overfit without it.
L2 = 25.0

log = logging.getLogger("train_paragraph_ends")


def samples(corpus: Path) -> dict[str, list[tuple[str, str, bool]]]:
    """The sentence ends of the training and the held-out dates, in one pass over the corpus."""
    out = {"train": [], "eval": []}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in tqdm(fh, desc="sentence ends", unit=" articles"):
            art = json.loads(line)
            split = split_of(art["date"])
            # the assembler's fit pages stay unseen: it learns how far to trust this model
            # on text the model never read (banmian.bench.split)
            if split == "train" and on_fit_page(art):
                continue
            paragraphs = [p.strip() for p in art.get("paragraphs") or [] if p.strip()]
            out[split].extend(sentence_ends(paragraphs))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_PATH)
    ap.add_argument("--l2", type=float, default=L2)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    splits = samples(args.corpus)
    train, held = splits["train"], splits["eval"]
    log.info("fitting on %d sentence ends (%.1f%% end their paragraph)", len(train),
             100 * np.mean([ends for *_, ends in train]))
    model = fit(train, args.l2)
    y = np.array([ends for *_, ends in held], dtype=float)
    z = model.logodds([left for left, *_ in held], [right for _, right, _ in held])
    p = 0.5 * (1.0 + np.tanh(0.5 * z))
    accuracy = float(np.mean((z > 0) == (y == 1)))
    loss = float(-np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
    base = float(y.mean())
    base_loss = float(-(base * np.log(base) + (1 - base) * np.log(1 - base)))
    log.info("held-out dates, %d sentence ends: accuracy %.3f (commoner answer %.3f), log-loss %.3f (base rate %.3f)",
             len(held), accuracy, max(base, 1 - base), loss, base_loss)
    model.save(args.out)
    log.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
