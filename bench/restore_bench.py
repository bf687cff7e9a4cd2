"""Restore benchmark: generated damaged pages of held-out dates, both methods, floors.

Runs ``banmian.restore.restore`` with ``method="global"`` and ``method="naive"`` (the
baseline: join a block to the next when it does not end in sentence punctuation) on
pages laid out from corpus articles of evaluation dates by
:mod:`banmian.bench.generate`, scores them with :mod:`banmian.bench.score`, times them
against a plain ``jieba.lcut`` of the same texts in the same run, and writes
``bench/results/restore.md``.

Example:
    .venv/bin/python bench/restore_bench.py --pages 300 --dump /tmp/restore-failures
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import random
import sys
import time
from pathlib import Path

from tqdm import tqdm

from banmian.bench.generate import DamageConfig, GeneratedPage, generate_page, load_corpus, pages_of, sample_pages
from banmian.bench.score import FAILURES, gold_as_prediction, score_page, score_pages
from banmian.bench.machine import describe as describe_machine

log = logging.getLogger("restore_bench")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "rmrb-articles.jsonl.gz"
RESULTS = ROOT / "bench" / "results" / "restore.md"
METHODS = ("global", "naive")
FLOORS = {  # name: (metric key, comparison, bound)
    "article exact-match": ("article_exact_match", ">=", 0.90),
    "paragraph F1": ("paragraph_f1", ">=", 0.97),
    "invented characters": ("invented_chars", "==", 0),
    "restore time / jieba time": ("time_ratio", "<=", 3.0),
}


def _holds(value, op: str, bound) -> bool:
    if value is None:
        return False
    return {">=": value >= bound, "<=": value <= bound, "==": value == bound}[op]


def _timed(fn, items: list, desc: str) -> tuple[list, float, float]:
    """Run ``fn`` on every item; return results, wall seconds and process CPU seconds."""
    out = []
    wall, cpu = time.perf_counter(), time.process_time()
    for item in tqdm(items, desc=desc, unit="page", leave=False):
        out.append(fn(item))
    return out, time.perf_counter() - wall, time.process_time() - cpu


def _restorer(method: str):
    from banmian.restore import restore

    crashes = 0

    def run(page: GeneratedPage) -> dict:
        nonlocal crashes
        try:
            return restore(page.text, source="<generated>", page_no=page.gold["page"], method=method).to_dict()
        except Exception as exc:  # a crash is scored as an empty restoration; the first is logged in full
            crashes += 1
            if crashes == 1:
                log.warning("restore(method=%s) crashed on a page (counted, scored as empty)", method, exc_info=True)
            return {"articles": [], "removed": [], "error": f"{type(exc).__name__}: {exc}"}

    return run


def _fmt(value) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def _gold_stats(pages: list[GeneratedPage]) -> str:
    arts = [a for p in pages for a in p.gold["articles"]]
    return (f"{len(arts)} articles, {sum(len(a['paragraphs']) for a in arts)} paragraphs, "
            f"{sum(len(p.gold['seams']) for p in pages)} seams, "
            f"{sum(len(p.gold['duplicates']) for p in pages)} duplicates, "
            f"{sum(1 for a in arts if a['continued_from_page'] or a['continued_to_page'])} jumps, "
            f"{sum(1 for a in arts if a['head_missing'])} head-missing articles")


def render(results: dict, args, n_pages: int, jieba_cpu: float, jieba_wall: float, stats: str = "") -> str:
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Restore benchmark",
        "",
        f"- date: {now}; machine: {describe_machine()}",
        f"- {n_pages} generated pages of held-out (eval) dates, seed {args.seed}; every kind of damage of",
        "  docs/page-text.md can occur on one page (banmian.bench.generate, default DamageConfig)",
        f"- gold: {stats}",
        f"- jieba.lcut of the same texts: {jieba_cpu:.2f} s CPU ({jieba_wall:.2f} s wall); times are process CPU",
        "  seconds measured in this run after a warm-up (the machine is shared, wall time is noisy)",
        "",
        "| measure | " + " | ".join(results) + " |",
        "|---|" + "---|" * len(results),
    ]
    rows = [
        ("article exact-match", "article_exact_match"),
        ("  … without composite articles", "article_exact_match_simple"),
        ("paragraph precision", "paragraph_precision"),
        ("paragraph recall", "paragraph_recall"),
        ("paragraph F1", "paragraph_f1"),
        ("seam precision", "seam_precision"),
        ("seam recall", "seam_recall"),
        ("seam F1", "seam_f1"),
        ("duplicate precision", "duplicate_precision"),
        ("duplicate recall", "duplicate_recall"),
        ("duplicate F1", "duplicate_f1"),
        ("jump accuracy", "jump_accuracy"),
        ("false jumps", "false_jumps"),
        ("head-missing accuracy", "head_missing_accuracy"),
        ("title accuracy", "title_accuracy"),
        ("heading accuracy (kicker+title+subtitle+byline)", "heading_accuracy"),
        ("invented characters", "invented_chars"),
        ("unaccounted characters", "unaccounted_chars"),
        ("pages that crashed", "crashed"),
        ("pages / second (wall)", "pages_per_second"),
        ("restore CPU seconds", "cpu_seconds"),
        ("restore time / jieba time", "time_ratio"),
    ]
    for label, key in rows:
        lines.append(f"| {label} | " + " | ".join(_fmt(r.get(key)) for r in results.values()) + " |")
    lines += ["", "Gold articles not restored exactly, by kind (see banmian.bench.score.failure_kind):", "",
              "| failure | " + " | ".join(results) + " |", "|---|" + "---|" * len(results)]
    for kind in FAILURES:
        lines.append(f"| {kind} | " + " | ".join(str(r["failures"][kind]) for r in results.values()) + " |")
    for method, r in results.items():
        if r.get("first_error"):
            lines.append(f"\n{method}: {r['crashed']} pages crashed; first error: `{r['first_error']}`")
    lines += ["", "## Floors (issue 2)", "", "| floor | " + " | ".join(results) + " |", "|---|" + "---|" * len(results)]
    for label, (key, op, bound) in FLOORS.items():
        cells = []
        for r in results.values():
            ok = _holds(r.get(key), op, bound) and not r.get("crashed")  # crashes void every floor
            cells.append(f"{_fmt(r.get(key))} {'holds' if ok else 'FAILS'}")
        lines.append(f"| {label} {op} {bound} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "Article exact-match: gold articles whose paragraphs are all identical, in order, to those of",
        "the predicted article matched to them (one-to-one, by shared characters). Paragraph P/R/F1",
        "over the multiset of paragraph texts; seams are joins of two blocks inside one paragraph;",
        "duplicates are removed spans matched to gold copies by overlap. Head-missing and title",
        "accuracy are over matched articles; jump accuracy over gold articles with a jump.",
        "Composite articles: corpus articles whose body holds an inner byline line (a banner such",
        "as 新春走基层 over several reports); a restorer may fairly split them, so the exact-match",
        "rate is also given without them.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="number of generated pages (default 300)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=RESULTS, help="Markdown results file")
    parser.add_argument("--dump", type=Path, help="write failing pages, gold and predictions here (in /tmp)")
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated: global,naive")
    parser.add_argument("--wrapped-pages", type=int, default=100,
                        help="also score this many hard-wrapped pages (one printed line per line; 0: none)")
    parser.add_argument("--clean-pages", type=int, default=100,
                        help="also score this many undamaged pages (one whole paragraph a line; 0: none)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    if not args.corpus.exists():
        print(f"skipped: corpus {args.corpus} not found (the benchmark needs ../shared/corpus)")
        return 0
    if args.dump and str(args.dump.resolve()).startswith(str(ROOT)):
        parser.error("--dump must point outside the repository (dumped pages hold corpus text)")

    rng = random.Random(args.seed)
    corpus_pages = sample_pages(pages_of(load_corpus(args.corpus), "eval"), args.pages, rng)
    pages: list[GeneratedPage] = [generate_page(p, rng) for p in tqdm(corpus_pages, desc="generate", unit="page")]
    texts = [p.text for p in pages]

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    runners = {m: _restorer(m) for m in methods}
    for page in pages[:3]:  # warm up: dictionaries, models, caches
        jieba.lcut(page.text)
        for run in runners.values():
            run(page)

    _, jieba_wall, jieba_cpu = _timed(jieba.lcut, texts, "jieba.lcut")
    results, predictions = {}, {}
    for method, run in runners.items():
        preds, wall, cpu = _timed(run, pages, f"restore {method}")
        predictions[method] = preds
        score = score_pages((p.gold, pred, p.text) for p, pred in zip(pages, preds))
        score["crashed"] = sum(1 for pred in preds if "error" in pred)
        score["first_error"] = next((pred["error"] for pred in preds if "error" in pred), None)
        score["pages_per_second"] = len(texts) / wall if wall else None
        score["cpu_seconds"] = cpu
        score["time_ratio"] = cpu / jieba_cpu if jieba_cpu else None
        results[method] = score

    report = render(results, args, len(texts), jieba_cpu, jieba_wall, _gold_stats(pages))
    if args.wrapped_pages:
        report += _variant_section(args, runners, args.wrapped_pages, 1, DamageConfig(hard_wrap=1.0), [
            "## Hard-wrapped pages", "",
            f"{args.wrapped_pages} more pages (seed {args.seed + 1}), damaged the same way, printed as PDF-to-text tools",
            "extract them: one line of text per printed line of a column (of 12 to 22 characters), single",
            f"newlines, indents on {DamageConfig().indent:.0%} of the pages. Without indents a full line that ends a",
            "sentence may end its paragraph or run on, and only the words tell; these pages are not in the floors."])
        report += _variant_section(args, runners, args.wrapped_pages, 3,
                                   DamageConfig(hard_wrap=1.0, indent=1.0, lost_indent=1.0), [
            "## Hard-wrapped pages without their indents", "",
            f"{args.wrapped_pages} more pages (seed {args.seed + 3}), hard-wrapped as above, from a paper that indents its",
            "paragraphs, extracted as pdftotext does: every first line is still set two characters narrower, but the",
            "indent itself is gone. Not in the floors."])
    if args.clean_pages:
        report += _variant_section(args, runners, args.clean_pages, 2, DamageConfig.none(), [
            "## Undamaged pages", "",
            f"{args.clean_pages} more pages (seed {args.seed + 2}) laid out with no damage at all: one whole paragraph",
            "a line, as e-paper exports and scrapers print articles. No seams, duplicates or jumps to find; what",
            "is left is reading the headings and telling articles apart. Not in the floors."], UNDAMAGED_ROWS)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)
    print(f"written to {args.out}")

    if args.dump:
        dumped = dump_failures(args.dump, pages, predictions)
        print(f"dumped {dumped} failing pages to {args.dump}")
    return 0


VARIANT_ROWS = (("article exact-match", "article_exact_match"), ("paragraph F1", "paragraph_f1"),
                 ("seam F1", "seam_f1"), ("duplicate F1", "duplicate_f1"), ("title accuracy", "title_accuracy"),
                 ("invented characters", "invented_chars"), ("restore time / jieba time", "time_ratio"))

# On undamaged pages every seam found is false and there is no copy to find.
UNDAMAGED_ROWS = tuple(row for row in VARIANT_ROWS if row[1] not in ("seam_f1", "duplicate_f1")) + (
    ("seams found (all false)", "pred_seams"),)


def _variant_section(args, runners: dict, n: int, seed_offset: int, damage: DamageConfig, head: list[str],
                     rows: tuple = VARIANT_ROWS) -> str:
    """The same measures on pages of another kind (hard-wrapped: extracted line by line, as
    PDF to text does; undamaged), which real extractions deliver besides the damaged pages
    page-text.md describes. ``head`` is the section's heading and description."""
    import jieba

    rng = random.Random(args.seed + seed_offset)
    corpus_pages = sample_pages(pages_of(load_corpus(args.corpus), "eval"), n, rng)
    pages = [generate_page(p, rng, damage=damage) for p in tqdm(corpus_pages, desc=f"generate {head[0][3:]}", unit="page")]
    _, _, jieba_cpu = _timed(jieba.lcut, [p.text for p in pages], f"jieba.lcut {head[0][3:]}")
    results = {}
    for method, run in runners.items():
        preds, _, cpu = _timed(run, pages, f"restore {method} {head[0][3:]}")
        results[method] = score_pages((p.gold, pred, p.text) for p, pred in zip(pages, preds))
        results[method]["time_ratio"] = cpu / jieba_cpu if jieba_cpu else None
    lines = ["", *head, f"Gold: {_gold_stats(pages)}.", "",
             "| measure | " + " | ".join(results) + " |", "|---|" + "---|" * len(results)]
    for label, key in rows:
        lines.append(f"| {label} | " + " | ".join(_fmt(r.get(key, r["counts"].get(key))) for r in results.values()) + " |")
    return "\n".join(lines) + "\n"


def dump_failures(folder: Path, pages: list[GeneratedPage], predictions: dict[str, list[dict]]) -> int:
    """Write every page the first method restores inexactly: text, gold (both shapes), predictions."""
    folder.mkdir(parents=True, exist_ok=True)
    first = next(iter(predictions))
    n = 0
    for i, page in enumerate(pages):
        per_method = {m: score_page(page.gold, preds[i], page.text) for m, preds in predictions.items()}
        s = per_method[first]
        if not (s["inexact"] or s["invented_chars"] or s["unaccounted_chars"]):
            continue
        n += 1
        stem = folder / f"{i:04d}"
        stem.with_suffix(".txt").write_text(page.text, encoding="utf-8")
        (folder / f"{i:04d}.gold.json").write_text(
            json.dumps(page.gold, ensure_ascii=False, indent=1), encoding="utf-8")
        (folder / f"{i:04d}.gold-as-prediction.json").write_text(
            json.dumps(gold_as_prediction(page.gold), ensure_ascii=False, indent=1), encoding="utf-8")
        for method, preds in predictions.items():
            (folder / f"{i:04d}.{method}.json").write_text(
                json.dumps(preds[i], ensure_ascii=False, indent=1), encoding="utf-8")
            s = per_method[method]
            (folder / f"{i:04d}.{method}.score.json").write_text(
                json.dumps({k: v for k, v in s.items()}, ensure_ascii=False, indent=1), encoding="utf-8")
    return n


if __name__ == "__main__":
    sys.exit(main())
