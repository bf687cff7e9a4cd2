"""Measure the doubled-character corrections (banmian.restore.typos) on held-out corpus dates.

False alarms: every Chinese character the corpus prints twice on purpose (`常常`, names
such as `佩佩`) that the rule flags. Catches: in one paragraph in twenty, one character
chosen at random is doubled, as a typesetting slip would; how many of those are flagged.
Prints both counts; no article text is written.

Usage: python scripts/measure_typos.py [--corpus PATH] [--seed N]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from tqdm import tqdm

from banmian.bench.split import split_of
from banmian.restore.typos import doubled_characters

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "rmrb-articles.jsonl.gz"
SLIP_SHARE = 0.05


def _chinese(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    printed = alarms = slips = caught = 0
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in tqdm(fh, desc="reading corpus", unit=" articles"):
            art = json.loads(line)
            if split_of(art["date"]) != "eval":
                continue
            for para in art.get("paragraphs") or []:
                spots = [k for k in range(1, len(para) - 2) if para[k] == para[k + 1] and _chinese(para[k])]
                flagged = set(doubled_characters(para))
                printed += len(spots)
                alarms += len(flagged)
                if rng.random() < SLIP_SHARE:
                    where = [k for k in range(1, len(para) - 2) if _chinese(para[k])]
                    if where:
                        k = rng.choice(where)
                        slips += 1
                        caught += k in doubled_characters(para[:k + 1] + para[k] + para[k + 1:])
    print(f"doubled on purpose: {printed}, flagged: {alarms}")
    print(f"doubled at random: {slips}, flagged: {caught}")


if __name__ == "__main__":
    main()
