"""Draw the articles of the next held-out facts set (see bench/gold/facts/NOTES.md).

A set is drawn blind, from corpus articles in neither gold set (by id or by text), in
three strata: articles that set targets (the strict target cues, on long articles),
articles of statistics and articles that name officials (short ones), weather forecasts
left out, and written in an interleaved order fixed before anyone reads them. This is
the draw of h35 (seed 20038), rebuilt from the NOTES description of the earlier draws:
their own code was not kept, and this cue is looser than theirs (61 articles of
4000-5500 characters matched it at h35, against about 22 expected). Target articles of
4000-7000 characters ran out at h40: later draws top the target stratum up with articles
of 2500-4000 characters, and when those ran out too at h47, of 1500-2500 characters.
Short officials articles ran out at h49: that stratum is topped up with officials articles
of 600-1000 characters. At h54 the statistics and officials strata ran out, and target articles
of 1500-2500 characters nearly did: from h54 a set is drawn for targets only (``--targets-only``,
28 target articles), topped up with target articles of 1000-1500 characters. Every set in
bench/gold/facts is excluded, a set stored apart before its merge too (h40's draw repeated 14
articles of h39 before this was so), and so is every earlier draw given with ``--exclude``.

Usage: python scripts/draw_facts_set.py --seed 20039 --out /tmp/h36/draw.json
       python scripts/draw_facts_set.py --seed 20058 --targets-only --exclude /tmp/h52/draw.json ... --out ...
(the draw holds ids, dates, strata and lengths only; write it outside the repository)
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

from banmian.facts import article_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "rmrb-articles.jsonl.gz"
GOLD = ROOT / "bench" / "gold" / "facts"

STRICT = re.compile(r"力争|确保|预计|预测|到20\d\d年|年底前|计划|争取|有望|目标")
LOOSE = re.compile(r"将|拟|要")
FIGURE = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两.．%]+\s*(?:%|个|万|亿|元|吨|公里|千米|米|亩|人|家|项|台|辆|座|所|户"
                    r"|套|次|倍|平方米|千瓦|度|件|条|名|天|年)")
POST_THEN_SURNAME = re.compile(
    r"(?:书记|省长|市长|县长|主任|部长|局长|厅长|主席|总理|总书记|院长|董事长|总经理|负责人|司长|处长|区长|镇长|村长|队长|会长|秘书长|"
    r"大使|总裁|校长|所长|站长|经理|委员)[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    r"沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]")
STRATA = (("target", 14), ("statistics", 7), ("officials", 7))
ORDER = ("target", "statistics", "target", "officials")  # repeated: the interleaved order
TARGETS_ONLY = (("target", 28),)  # a targets-only set (from h54: the statistics and officials strata ran out)


def strict_cues(text: str) -> int:
    """Strict target cues with a figure within 15 characters of the same clause."""
    return sum(1 for clause in re.split(r"[。；！？\n，]", text) for m in STRICT.finditer(clause)
               if FIGURE.search(clause[m.end():m.end() + 15]))


def sets_targets(text: str) -> bool:
    loose = sum(1 for m in LOOSE.finditer(text) if FIGURE.search(text[m.end():m.end() + 25]))
    strict = strict_cues(text)
    return strict >= 2 or (strict >= 1 and loose >= 3)


def reports_statistics(text: str) -> bool:
    return len(re.findall(r"同比|%|％", text)) >= 2


def names_officials(text: str) -> bool:
    return len(POST_THEN_SURNAME.findall(text)) >= 2


def weather(article: dict, text: str) -> bool:
    return bool(re.search(r"天气|预报|气温|降水", article.get("title") or "")) or text.count("℃") >= 3


def stratum(article: dict, text: str) -> str | None:
    """The stratum an article falls in (a short one matching both short cues is statistics)."""
    if weather(article, text):
        return None
    if 4000 <= len(text) <= 5500 and sets_targets(text):
        return "target"
    if 5500 < len(text) <= 7000 and sets_targets(text):
        return "target-long"  # drawn only when the main target stratum runs out
    if 2500 <= len(text) < 4000 and sets_targets(text):
        return "target-short"  # ... and only when the long one has run out too (it did at h40)
    if 1500 <= len(text) < 2500 and sets_targets(text):
        return "target-shorter"  # ... and only when the short one has run out too (it did at h47)
    if 1000 <= len(text) < 1500 and sets_targets(text):
        return "target-brief"  # ... and only when the shorter one has run out too (it did at h54)
    if 150 <= len(text) <= 600:
        if reports_statistics(text):
            return "statistics"
        if names_officials(text):
            return "officials"
    if 600 < len(text) <= 1000 and names_officials(text):
        return "officials-long"  # drawn only when the short officials articles have run out (they did at h49)
    return None


def draw(articles: list[dict], excluded_ids: set[str], seed: int, strata: tuple = STRATA,
         order: tuple = ORDER) -> list[tuple[str, dict]]:
    """The interleaved draw: (stratum, article) pairs, no text drawn twice or known."""
    known = {article_text(a) for a in articles if a["id"] in excluded_ids}
    pools: dict[str, list[dict]] = {}
    for a in articles:
        text = article_text(a)
        if a["id"] in excluded_ids or text in known:
            continue
        s = stratum(a, text)
        if s:
            pools.setdefault(s, []).append(a)
    rng = random.Random(seed)
    # a new stratum goes last, so that the earlier pools are shuffled as they were
    for name in ("target", "target-long", "target-short", "statistics", "officials", "target-shorter", "officials-long",
                 "target-brief"):
        pools.setdefault(name, []).sort(key=lambda a: a["id"])
        rng.shuffle(pools[name])
    seen: set[str] = set()

    def take(pool: list[dict], k: int) -> list[dict]:
        out = []
        for a in pool:
            if len(out) == k:
                break
            text = article_text(a)
            if text not in seen:
                seen.add(text)
                out.append(a)
        return out

    taken = {name: take(pools[name], k) for name, k in strata}
    need = dict(strata)
    for name, fallback in (("target", "target-long"), ("target", "target-short"), ("target", "target-shorter"),
                           ("officials", "officials-long"), ("target", "target-brief")):
        if name in need:
            taken[name] += take(pools[fallback], need[name] - len(taken[name]))
    iters = {name: iter(taken[name]) for name, _ in strata}
    rounds = sum(k for _, k in strata) // len(order)
    return [(name, next(iters[name])) for _ in range(rounds) for name in order]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True, help="the draw (JSON), outside the repository")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--targets-only", action="store_true",
                    help="28 articles of the target strata only (the statistics and officials strata ran out at h54)")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="earlier draws (JSON, as written by --out) not yet stored in bench/gold/facts")
    args = ap.parse_args(argv)
    if str(args.out.resolve()).startswith(str(ROOT)):
        ap.error("--out must be outside the repository")
    # every set in the folder: a set stored apart before its merge (heldout_next.json) too
    excluded = {a["id"] for path in sorted(GOLD.glob("*.json"))
                for a in json.loads(path.read_text(encoding="utf-8"))["articles"]}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh]
    excluded |= {r["id"] for path in args.exclude for r in json.loads(path.read_text(encoding="utf-8"))}
    strata, interleave = (TARGETS_ONLY, ("target",)) if args.targets_only else (STRATA, ORDER)
    order = draw(articles, excluded, args.seed, strata, interleave)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps([{"stratum": s, "id": a["id"], "date": a["date"], "len": len(article_text(a))}
                                    for s, a in order], ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(order)} articles drawn to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
