"""Archive benchmark: ingest rate, index size, query latency, search recall, jump stitching.

Runs on the whole corpus in ../shared (skips politely if it is absent):

1. Every corpus article is laid out as a clean page (articles of one date+page share a
   page) with its restore JSON, and ingested through ``Archive.ingest_pages`` into a
   fresh SQLite archive in /tmp (corpus text never goes into the repository).
2. 1-, 2-, 4- and 8-character queries cut from random articles: p50/p95 latency of a
   ranked top-10 search with snippets and total count, and recall against a brute-force
   substring scan of the same fields (floor 1.0).
3. Jump stitching: ``banmian.bench.generate.generate_issue`` makes whole issues of the
   held-out dates with jumps (marked, unmarked, cut mid-sentence) and gold; the gold
   pages' articles go through ``jumps.stitch`` and every gold jump must come out as one
   article with exactly its two parts (floor 0.95). With ``--restore`` the generated
   page text also goes through the real restorer first (end to end, reported only).

Usage: python bench/archive_bench.py [--queries 200] [--restore-issues 100] [--articles N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from tqdm import tqdm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from banmian.archive import Archive, PageInput  # noqa: E402
from banmian.archive.fts import fold, to_fts  # noqa: E402
from banmian.archive.jumps import stitch  # noqa: E402

CORPUS = HERE.parent.parent / "shared" / "corpus" / "rmrb-articles.jsonl.gz"
RESULTS = HERE / "results" / "archive.md"
FLOOR_RECALL = 1.0
FLOOR_JUMPS = 0.95
LENGTHS = (1, 2, 4, 8)


def clean_page(paper: str, date: str, page: int, docs: list[dict]) -> PageInput:
    """Lay out the corpus articles of one page cleanly, with the restore JSON a perfect restorer returns."""
    chunks: list[str] = []
    pos = 0
    articles = []

    def block(text: str) -> list[int]:
        nonlocal pos
        start = pos
        chunks.append(text + "\n\n")
        pos += len(text) + 2
        return [start, start + len(text)]

    for doc in docs:
        spans: dict = {"jumps": []}
        fields = {}
        for name in ("kicker", "title", "subtitle", "byline"):
            value = (doc.get(name) or "").strip()
            fields[name] = value or None
            spans[name] = [block(value)] if value else None
        paras = [{"text": t, "spans": [block(t)], "role": "body"} for t in doc.get("paragraphs") or [] if t.strip()]
        articles.append({**fields, "title": fields["title"] or "", "continued_from_page": None, "continued_to_page": None,
                         "head_missing": False, "paragraphs": paras, "field_spans": spans, "flags": []})
    restored = {"source": "corpus", "encoding": "utf-8", "page": page, "articles": articles, "removed": []}
    return PageInput(paper, date, page, "".join(chunks), page_name=docs[0].get("page_name") or None, restored=restored)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def sample_queries(docs: list[dict], n: int, length: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        doc = rng.choice(docs)
        text = rng.choice(doc["paragraphs"] or [doc["title"]])
        if len(text) < length:
            continue
        start = rng.randrange(0, len(text) - length + 1)
        q = text[start:start + length]
        if any(ch.isspace() for ch in q) or '"' in q:
            continue
        out.append(q)
    return out


def bench_ingest(corpus: list[dict], db: Path) -> tuple[Archive, dict]:
    pages: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for doc in corpus:
        pages[(doc["date"], int(doc["page"]))].append(doc)
    inputs = [clean_page("rmrb", date, page, docs) for (date, page), docs in sorted(pages.items())]
    archive = Archive(db, facts=False)
    t0, c0 = time.perf_counter(), time.process_time()
    summary = archive.ingest_pages(inputs, progress=True)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    archive.store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.stat().st_size
    fts_bytes = None
    try:
        fts_bytes = archive.store.con.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%'").fetchone()[0]
    except Exception:  # dbstat not compiled in
        pass
    chars = sum(len(p.text) for p in inputs)
    return archive, {"pages": len(inputs), "articles": summary.articles, "issues": summary.issues_written,
                     "wall": wall, "cpu": cpu, "size": size, "fts_bytes": fts_bytes, "chars": chars,
                     "false_stitches": summary.jumps_stitched}


def bench_search(archive: Archive, corpus: list[dict], n: int, rng: random.Random) -> dict:
    # the brute-force side sees exactly the indexed fields: title, heading, body
    docs = {}
    for a in archive.iter_articles():
        heading = "\n".join(x for x in (a["kicker"], a["subtitle"], a["byline"]) if x)
        docs[a["id"]] = fold("\n".join([a["title"], heading, a["text"]]))
    con = archive.store.con
    results = {}
    for length in LENGTHS:
        queries = sample_queries(corpus, n, length, rng)
        lat, found, expected, extra = [], 0, 0, 0
        for q in tqdm(queries, desc=f"{length}-char queries", unit="q"):
            t0 = time.perf_counter()
            archive.search(q, limit=10)
            lat.append((time.perf_counter() - t0) * 1000)
            hits = {aid for (aid,) in con.execute(
                "SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?", (to_fts(q),))}
            fq = fold(q)
            truth = {aid for aid, text in docs.items() if fq in text}
            expected += len(truth)
            found += len(truth & hits)
            extra += len(hits - truth)
        results[length] = {"queries": len(queries), "p50": pct(lat, 0.5), "p95": pct(lat, 0.95),
                           "recall": found / expected if expected else 1.0, "expected": expected, "extra": extra}
    return results


def _gold_restored(gold_page: dict) -> dict:
    """The restore JSON a perfect restorer returns for a generated page (from its gold)."""
    arts = []
    for a in gold_page["articles"]:
        arts.append({"title": a["title"] or "", "kicker": a["kicker"], "subtitle": a["subtitle"], "byline": a["byline"],
                     "continued_from_page": a["continued_from_page"], "continued_to_page": a["continued_to_page"],
                     "head_missing": a["head_missing"],
                     "paragraphs": [{"text": t, "spans": s, "role": "body"} for t, s in zip(a["paragraphs"], a["spans"]["paragraphs"])]})
    return {"page": gold_page["page"], "articles": arts, "removed": []}


def _found_end_to_end(s: dict, issue, got) -> bool:
    """Did stitching of restored pages join this gold jump? Judged by text, not by titles
    (the restorer may title a part differently): one article must hold the end of the
    front part (on its page) and, in a later part, the start of the back part, in its body
    or its byline."""
    (p, fa), (q, ta) = [(x["page"], x["article"]) for x in s["parts"]]
    pages = issue.gold["pages"]
    front_end = issue.pages[pages.index(p)].gold["articles"][fa]["paragraphs"][-1][-12:]
    back_start = issue.pages[pages.index(q)].gold["articles"][ta]["paragraphs"][0][:12]

    def holds(part, piece):
        # An inner byline that opens a back part (`本报记者 刘志强` in a composite article) is a
        # paragraph in the gold and may be the part's byline in the restoration: both hold it.
        texts = [para.get("text", "") for para in part.article.get("paragraphs") or []]
        return any(piece in text for text in texts + [part.article.get("byline") or ""])

    for st in got:
        fronts = [i for i, part in enumerate(st.parts) if part.page == p and holds(part, front_end)]
        if fronts and any(part.page == q and holds(part, back_start) for part in st.parts[fronts[0] + 1:]):
            return True
    return False


def bench_jumps(corpus: list[dict], rng: random.Random, restore_issues: int) -> dict:
    from banmian.bench.generate import DamageConfig, generate_issue
    from banmian.bench.split import split_of

    by_date: dict[str, dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for doc in corpus:
        if split_of(doc["date"]) == "eval":
            by_date[doc["date"]][int(doc["page"])].append(doc)
    gold_total = correct = false_joins = unmarked = unmarked_ok = 0
    e2e = {"issues": 0, "gold": 0, "correct": 0, "failed_pages": 0}
    restore = None
    if restore_issues:
        try:
            from banmian.restore import restore
        except Exception as exc:  # the restorer is optional for this benchmark
            print(f"end-to-end skipped: {exc}", file=sys.stderr)
    for date in tqdm(sorted(by_date), desc="issues with jumps", unit="issue"):
        pages = [by_date[date][p] for p in sorted(by_date[date])]
        if len(pages) < 2:
            continue
        issue = generate_issue(pages, rng, DamageConfig(), jump_share=0.6)
        gold = {(s["parts"][0]["page"], s["parts"][0]["article"], s["parts"][1]["page"], s["parts"][1]["article"])
                for s in issue.gold["stitched"]}
        got = stitch([(g.gold["page"], _gold_restored(g.gold)) for g in issue.pages])
        pairs = {(st.parts[i].page, st.parts[i].index, st.parts[i + 1].page, st.parts[i + 1].index)
                 for st in got for i in range(len(st.parts) - 1)}
        chains = {tuple((p.page, p.index) for p in st.parts) for st in got}
        for s in issue.gold["stitched"]:
            key = ((s["parts"][0]["page"], s["parts"][0]["article"]), (s["parts"][1]["page"], s["parts"][1]["article"]))
            gold_total += 1
            ok = key in chains
            correct += ok
            front = issue.pages[issue.gold["pages"].index(key[0][0])].gold["articles"][key[0][1]]
            if front["continued_to_page"] is None:
                unmarked += 1
                unmarked_ok += ok
        false_joins += len(pairs - gold)
        if restore is not None and e2e["issues"] < restore_issues:
            e2e["issues"] += 1
            restored = []
            t0 = time.process_time()
            for g in issue.pages:
                try:
                    restored.append((g.gold["page"], restore(g.text, page_no=g.gold["page"]).to_dict()))
                except Exception:
                    e2e["failed_pages"] += 1
            got = stitch(restored)
            e2e["cpu"] = e2e.get("cpu", 0.0) + time.process_time() - t0
            e2e["pages"] = e2e.get("pages", 0) + len(restored)
            for s in issue.gold["stitched"]:
                e2e["gold"] += 1
                e2e["correct"] += _found_end_to_end(s, issue, got)
    return {"gold": gold_total, "correct": correct, "accuracy": correct / gold_total if gold_total else 0.0,
            "false_joins": false_joins, "unmarked": unmarked, "unmarked_ok": unmarked_ok, "e2e": e2e}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200, help="queries per length")
    parser.add_argument("--restore-issues", type=int, default=100, help="issues to run end to end through the restorer (0: none)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--articles", type=int, default=0, help="use only the first N corpus articles (quick check)")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    from banmian.bench.generate import load_corpus

    rng = random.Random(args.seed)
    corpus = load_corpus(CORPUS)
    if args.articles:
        corpus = corpus[: args.articles]
    with tempfile.TemporaryDirectory(prefix="banmian-archive-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        archive, ing = bench_ingest(corpus, db)
        search = bench_search(archive, corpus, args.queries, rng)
        archive.close()
    jumps = bench_jumps(corpus, rng, args.restore_issues)
    write_report(ing, search, jumps, args)
    recall_ok = all(r["recall"] >= FLOOR_RECALL for r in search.values())
    return 0 if recall_ok and jumps["accuracy"] >= FLOOR_JUMPS else 1


def write_report(ing: dict, search: dict, jumps: dict, args) -> None:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    ok = lambda cond: "holds" if cond else "**FAILS**"  # noqa: E731
    lines = [
        "# Archive benchmark",
        "",
        f"- date: {now}; machine: {os.cpu_count()} CPUs (nproc), {mem:.1f} GiB RAM, Python {platform.python_version()}, "
        f"SQLite {__import__('apsw').sqlite_lib_version()} via apsw (shared machine: wall times are noisy)",
        f"- corpus: {ing['articles']:,} articles on {ing['pages']:,} clean pages ({ing['issues']} issues, "
        f"{ing['chars'] / 1e6:.1f} M characters), ingested with their restore JSON (`Archive.ingest_pages`), "
        "so the numbers are the archive's own cost (stitching, storage, per-character FTS5 index), not the restorer's",
        f"- `python bench/archive_bench.py --queries {args.queries} --restore-issues {args.restore_issues} --seed {args.seed}`",
        "",
        "## Ingest and index",
        "",
        "| measure | value |",
        "|---|---|",
        f"| ingest wall time | {ing['wall']:.1f} s ({ing['articles'] / ing['wall']:.0f} articles/s, {ing['pages'] / ing['wall']:.1f} pages/s) |",
        f"| ingest CPU time | {ing['cpu']:.1f} s |",
        f"| archive file size | {ing['size'] / 2**20:.1f} MiB ({ing['size'] / ing['chars']:.1f} bytes per character of page text) |",
    ]
    if ing["fts_bytes"]:
        lines.append(f"| of which the FTS5 index | {ing['fts_bytes'] / 2**20:.1f} MiB |")
    lines += [
        f"| jumps stitched in the clean corpus (none are real: false joins) | {ing['false_stitches']} |",
        "",
        "## Search (ranked top 10 with snippets + total count; recall vs brute-force substring scan)",
        "",
        "| query length | queries | p50 ms | p95 ms | expected hits | recall | floor | extra hits |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for length, r in search.items():
        lines.append(f"| {length} | {r['queries']} | {r['p50']:.1f} | {r['p95']:.1f} | {r['expected']:,} | {r['recall']:.4f} | "
                     f">= {FLOOR_RECALL} {ok(r['recall'] >= FLOOR_RECALL)} | {r['extra']} |")
    lines += [
        "",
        "Extra hits are articles the index finds but the scan does not: characters adjacent only across",
        "whitespace inside a paragraph (the tokenizer skips whitespace), never across paragraphs.",
        "",
        "## Jump stitching (generated issues of held-out dates, gold restore JSON)",
        "",
        "| measure | value |",
        "|---|---|",
        f"| gold jumps | {jumps['gold']} ({jumps['unmarked']} without a `下转` marker on the front) |",
        f"| stitched exactly (accuracy) | {jumps['correct']} = {jumps['accuracy']:.4f}, floor >= {FLOOR_JUMPS} {ok(jumps['accuracy'] >= FLOOR_JUMPS)} |",
        f"| … of the unmarked ones | {jumps['unmarked_ok']} of {jumps['unmarked']} |",
        f"| false joins | {jumps['false_joins']} |",
    ]
    e2e = jumps["e2e"]
    if e2e["issues"]:
        acc = e2e["correct"] / e2e["gold"] if e2e["gold"] else 0.0
        lines.append(f"| end to end through the current restorer ({e2e['issues']} issues, {e2e['failed_pages']} pages failed to restore) | "
                     f"{e2e['correct']} of {e2e['gold']} = {acc:.4f} (informative: the restorer's split of each page into articles decides most misses) |")
        if e2e["pages"]:
            lines.append(f"| restore + stitch of those damaged pages | {e2e['pages'] / e2e['cpu']:.1f} pages per CPU second "
                         "(the restorer, not the archive, sets the rate of `banmian ingest` on raw pages) |")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main())
