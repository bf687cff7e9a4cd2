"""Search: exact substrings at any length, phrases, filters, snippets, bad syntax."""
from __future__ import annotations

import pytest
from archive_helpers import simple_restore

from banmian.archive import Archive, PageInput, QuerySyntaxError
from banmian.archive.fts import fold, to_fts

PAGES = [
    ("wbrb", "2024-01-05", 1, "国债发行规模扩大\n\n财政部今天宣布，今年将发行超长期特别国债。\n\n鹿泉区新建产业园\n\n鹿泉区生物医药产业园今天开工。\n"),
    ("wbrb", "2024-02-10", 3, "春节假期出行\n\n节日期间全省铁路发送旅客二百万人次，比去年增长百分之十。\n"),
    ("hbrb", "2024-01-20", 2, "地方债券顺利发行\n\n省财政厅发行地方政府债券，其中包括专项债券。\n\n国\n\n一个字的标题下面是正文。\n"),
]


@pytest.fixture(scope="module")
def archive():
    a = Archive(":memory:", restorer=simple_restore, facts=False)
    a.ingest_pages([PageInput(p, d, n, t) for p, d, n, t in PAGES], progress=False)
    yield a
    a.close()


def ids(result):
    return sorted(h["id"] for h in result["hits"])


def brute_force(archive, query):
    return sorted(a["id"] for a in archive.iter_articles()
                  if fold(query) in fold("\n".join([a["title"], a["text"]])))


@pytest.mark.parametrize("query", ["国", "债", "国债", "鹿泉", "生物", "医药", "特别国债", "百分之十", "发行", "债券", "。"])
def test_exact_substring_hits_match_a_brute_force_scan(archive, query):
    assert brute_force(archive, query) == ids(archive.search(query, limit=100))
    assert archive.search(query)["total"] == len(brute_force(archive, query))


def test_one_and_two_character_queries(archive):
    assert ["wbrb-2024-01-05-p01-a01"] == ids(archive.search("国债"))
    assert ["wbrb-2024-01-05-p01-a02"] == ids(archive.search("鹿泉"))
    assert ["hbrb-2024-01-20-p02-a02", "wbrb-2024-01-05-p01-a01"] == ids(archive.search("国"))


def test_characters_must_be_adjacent(archive):
    assert 0 == archive.search("国鹿")["total"]
    assert 0 == archive.search("债国")["total"]
    # adjacent across a paragraph break does not count
    assert 0 == archive.search("大财")["total"]


def test_terms_phrases_or_and_exclusion(archive):
    assert ["wbrb-2024-01-05-p01-a01"] == ids(archive.search("财政 国债"))
    assert ["wbrb-2024-01-05-p01-a01"] == ids(archive.search('"特别 国债"'))
    assert ["hbrb-2024-01-20-p02-a01", "wbrb-2024-01-05-p01-a02"] == ids(archive.search("鹿泉 OR 专项"))
    assert ["hbrb-2024-01-20-p02-a01"] == ids(archive.search("发行 -国债"))
    assert ["hbrb-2024-01-20-p02-a01"] == ids(archive.search("发行 NOT 国债"))
    # FTS5 syntax inside a term is plain text, not an operator
    assert 0 == archive.search("国债*")["total"]
    assert 0 == archive.search("NEAR(国 债)")["total"]


def test_filters(archive):
    assert ["hbrb-2024-01-20-p02-a01"] == ids(archive.search("发行", paper="hbrb"))
    assert ["wbrb-2024-01-05-p01-a01"] == ids(archive.search("发行", date_to="2024-01-10"))
    assert ["hbrb-2024-01-20-p02-a01"] == ids(archive.search("发行", date_from="2024-01-06", date_to="2024-01-31"))
    assert ["hbrb-2024-01-20-p02-a01"] == ids(archive.search("发行", page=2))
    assert 0 == archive.search("发行", page=3)["total"]
    assert 0 == archive.search("国债", paper="nosuch")["total"]


def test_snippets_mark_hits_and_titles_rank_first(archive):
    hit = archive.search("铁路")["hits"][0]
    assert "\ue000铁路\ue001" in hit["snippet"]
    assert {"id", "paper", "date", "page", "pages", "title", "snippet", "score"} == set(hit)
    assert ("春节假期出行", 3, "2024-02-10") == (hit["title"], hit["page"], hit["date"])
    ranked = archive.search("发行")["hits"]
    assert all(a["score"] >= b["score"] for a, b in zip(ranked, ranked[1:]))


def test_paging(archive):
    everything = [h["id"] for h in archive.search("。", limit=100)["hits"]]
    assert everything[1:3] == [h["id"] for h in archive.search("。", limit=2, offset=1)["hits"]]


@pytest.mark.parametrize("query, detail", [
    ("", "empty"), ("   ", "empty"), ('"国债', "not closed"), ('国"债', "not closed"), ("OR 国债", "OR needs"),
    ("国债 OR", "OR needs"), ("-国债", "only exclusions"), ("国债 NOT", "must be followed"), ("\u3000", "empty"),
])
def test_bad_syntax_is_a_clear_error(archive, query, detail):
    with pytest.raises(QuerySyntaxError, match=r"\[E503\] Bad search query .*" + detail):
        archive.search(query)


def test_bad_filters_are_clear_errors(archive):
    from banmian.archive import ArchiveError

    with pytest.raises(ArchiveError, match=r"\[E500\]"):
        archive.search("国债", date_from="2024-1-5")
    with pytest.raises(ArchiveError, match=r"\[E507\]"):
        archive.search("国债", page=0)


def test_query_translation():
    assert '"国债"' == to_fts("国债")
    assert '("国" OR "债") AND "发行"' == to_fts("国 OR 债 发行")
    assert '("发行") NOT ("国债")' == to_fts("发行 -国债")


def test_width_and_case_fold(archive):
    a = Archive(":memory:", restorer=simple_restore, facts=False)
    a.ingest_pages([PageInput("x", "2024-01-01", 1, "ＧＤＰ增长\n\n全年ＧＤＰ增长百分之五，CPI平稳。\n")], progress=False)
    assert 1 == a.search("gdp")["total"] == a.search("ｃｐｉ")["total"]


def test_snippet_window_marks_every_hit_and_falls_back_to_the_title():
    from banmian.archive.fts import snippet

    body = "开头的话。" * 10 + "国债发行顺利，国债 利率平稳。" + "结尾的话。" * 10
    got = snippet([body, "", "标题"], ["国债"], width=30)
    assert got.startswith("…") and got.endswith("…")
    assert 2 == got.count("\ue000") == got.count("\ue001")
    assert "\ue000国债 \ue001" not in got and "\ue000国债 利\ue001" not in got
    assert "\ue000国债\ue001 利率" in got or "\ue000国债\ue001" in got
    assert "\ue000标题\ue001" == snippet(["正文没有", "", "标题"], ["标题"])
    assert "\ue000ＧＤＰ\ue001增长" == snippet(["ＧＤＰ增长"], ["gdp"])


def test_sqlite_store_implements_the_store_protocol():
    from banmian.archive import Store
    from banmian.archive.sqlite import SqliteStore

    store = SqliteStore(":memory:")
    assert isinstance(store, Store)
    store.close()
