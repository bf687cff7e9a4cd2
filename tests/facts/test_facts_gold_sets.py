"""The gold sets stay usable as held-out measures: the held-out set (h14 now) shares no article with the development
set, every span lies inside its article and reads as a figure or a name, and every statement points to an annotated
quantity. Reads the texts from the corpus; skips without it (the repository holds no article text)."""
import gzip
import json
from pathlib import Path

import pytest

from banmian.facts import article_text

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "bench" / "gold" / "facts"
CORPUS = ROOT.parent / "shared" / "corpus" / "rmrb-articles.jsonl.gz"


def _sets():
    # (heldout_next: the blind set drawn and scored for the round after the held-out one, when there is one)
    names = [n for n in ("gold", "heldout", "heldout_next") if (GOLD / f"{n}.json").exists()]
    return {name: json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["articles"] for name in names}


def test_heldout_articles_are_not_in_the_development_set():
    sets = _sets()
    ids = [{a["id"] for a in articles} for articles in sets.values()]
    assert all(not x & y for i, x in enumerate(ids) for y in ids[i + 1:])
    # the issue asks for 40 annotated articles at least; each held-out round adds 20 or more
    assert len(sets["gold"]) >= 40 and len(sets["heldout"]) >= 20


def test_statements_point_to_annotated_quantities():
    for articles in _sets().values():
        for a in articles:
            spans = {tuple(q["span"]) for q in a["quantities"]}
            assert all(tuple(s["quantity"]) in spans for s in a["targets"] + a["observations"]), a["id"]


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus not available")
def test_heldout_spans_read_as_figures_and_names():
    held = {a["id"]: a for a in _sets()["heldout"]}
    texts = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            if any(i in line[:60] for i in held):
                art = json.loads(line)
                if art["id"] in held:
                    texts[art["id"]] = article_text(art)
    assert set(texts) == set(held)
    for i, a in held.items():
        text = texts[i]
        assert len(text) == a["text_length"], i
        for q in a["quantities"]:
            s, e = q["span"]
            # a Chinese numeral with 万/亿, a share in tenths with a comparator (超七成, 六成多), or hundreds and
            # thousands or tens with a comparator (上百种, 近千人, 几十条: quantities by the Guidelines, as 上百只 and 几十种
            # in gold.json), or a multiple in a small Chinese numeral (超两倍, as 2.5倍 in gold.json)
            span = text[s:e]
            assert any(c.isdigit() or c in "万亿成百千十" for c in span) or \
                ("倍" in span and any(c in "一二三四五六七八九两" for c in span)), (i, span)
        for p in a["people"]:
            s, e = p["name"]
            # up to 17: a dotted three-part transliterated name is printed that long (阿图罗·奥罗佩萨·加西亚, 12; a
            # three-part name with five-character parts, 17, in h15)
            assert 2 <= e - s <= 17 and all(ps[1] <= s or ps[0] >= e for ps in p["posts"]), (i, text[s:e])


def test_targets_only_blind_sets_share_no_article_with_any_other_set():
    blind = {path.stem: json.loads(path.read_text(encoding="utf-8"))["articles"]
             for path in sorted(GOLD.glob("targets_blind_*.json"))}
    assert blind, "no targets-only blind set"
    ids = [{a["id"] for a in articles} for articles in list(_sets().values()) + list(blind.values())]
    assert all(not x & y for i, x in enumerate(ids) for y in ids[i + 1:])
    for articles in blind.values():
        assert len(articles) == len({a["id"] for a in articles})
        assert all(0 <= t["quantity"][0] < t["quantity"][1] <= a["text_length"] for a in articles for t in a["targets"])
