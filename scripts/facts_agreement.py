"""Agreement of two annotators on the targets of a facts gold set.

``bench/gold/facts/targets_second_*.json`` holds a second annotator's targets of the
articles of a held-out set, made blind to the first annotation. This prints how far the
two agree, as F1 of one against the other on the benchmark's target key (quantity span,
value, unit, deadline end, modality) and on looser keys: the ceiling a system can be
held to on that set.

Usage: python scripts/facts_agreement.py [--first bench/gold/facts/heldout.json]
       [--second bench/gold/facts/targets_second_h42h43.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "bench" / "gold" / "facts"
# (name, the fields of the full key it keeps)
KEYS = (("full key: span, value, unit, deadline, modality", (0, 1, 2, 3, 4, 5)),
        ("span: is it a target", (0, 1)),
        ("span and deadline", (0, 1, 4)),
        ("span and modality", (0, 1, 5)))


def first_keys(articles: list[dict]) -> set[tuple]:
    """The targets of a gold set (targets point at its quantities for value and unit)."""
    out = set()
    for a in articles:
        quantities = {tuple(q["span"]): q for q in a["quantities"]}
        for t in a["targets"]:
            q = quantities[tuple(t["quantity"])]
            out.add((a["id"], tuple(t["quantity"]), round(q["value"], 6), q["unit"], t["deadline_to"], t["modality"]))
    return out


def second_keys(articles: list[dict]) -> set[tuple]:
    """The targets of a second annotation (each carries its own value and unit)."""
    return {(a["id"], tuple(t["quantity"]), round(float(t["value"]), 6), t["unit"], t["deadline_to"], t["modality"])
            for a in articles for t in a["targets"]}


def agreement(first: set[tuple], second: set[tuple], fields: tuple[int, ...]) -> dict:
    a = {tuple(k[i] for i in fields) for k in first}
    b = {tuple(k[i] for i in fields) for k in second}
    both = len(a & b)
    f1 = 2 * both / (len(a) + len(b)) if a or b else 1.0
    return {"both": both, "first_only": len(a - b), "second_only": len(b - a), "f1": f1}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--first", type=Path, default=GOLD / "heldout.json")
    ap.add_argument("--second", type=Path, default=GOLD / "targets_second_h42h43.json")
    args = ap.parse_args(argv)
    second = json.loads(args.second.read_text(encoding="utf-8"))["articles"]
    ids = {a["id"] for a in second}
    first = [a for a in json.loads(args.first.read_text(encoding="utf-8"))["articles"] if a["id"] in ids]
    if len(first) != len(ids):
        print(f"error: {len(ids) - len(first)} articles of {args.second} are not in {args.first}", file=sys.stderr)
        return 1
    a, b = first_keys(first), second_keys(second)
    print(f"{len(ids)} articles; targets: first annotator {len(a)}, second {len(b)}")
    for name, fields in KEYS:
        r = agreement(a, b, fields)
        print(f"- {name}: F1 {r['f1']:.3f} (both {r['both']}, first only {r['first_only']}, second only {r['second_only']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
