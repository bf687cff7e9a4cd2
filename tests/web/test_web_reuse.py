"""The reuse pages of the reader: reused passages in the article view, the formulation index and pages.

One sentence of :mod:`web_fr_data` is printed by two papers on different pages; the
expected passages are read back from :func:`banmian.reuse.find_reuse` over the archive.
"""
from __future__ import annotations

import re
import warnings
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install -e '.[web]')")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from banmian.web.app import create_app
from web_fr_data import PAPER_A, PAPER_B, REUSED, build_fr_archive
from web_helpers import browser_page


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_fr_archive(tmp_path_factory.mktemp("webreuse"))


@pytest.fixture(scope="module")
def expected(db):
    """find_reuse over the archive, run apart from the app (with its own output folder)."""
    from banmian.reuse import find_reuse, read_archive

    out = db.parent / "reuse-out"
    return find_reuse(list(read_archive(db)), out_dir=out, workers=1), out


def reused_members(expected):
    result, _ = expected
    cluster = next(c for c in result.clusters if any(REUSED in m.text for m in c.members))
    return cluster, {m.article: m for m in cluster.members}


def test_formulation_index_and_page_show_the_travelling_sentence(client, expected):
    result, _ = expected
    forms = client.get("/api/formulations").json()["formulations"]
    assert [(f["phrase"], f["label"]) for f in result.formulations] == [(f["phrase"], f["label"]) for f in forms]
    f = next(f for f in forms if f["label"] == "reuse")
    assert {PAPER_A, PAPER_B} == set(f["papers"])
    cluster, members = reused_members(expected)
    detail = client.get(f"/api/formulations/{f['rank']}").json()
    assert set(members) == {o["id"] for o in detail["occurrences"]}
    assert {PAPER_A, PAPER_B} == set(detail["spread"])
    assert sum(f["months"].values()) == sum(n for c in detail["spread"].values() for n in c.values())
    html = client.get(f"/formulations/{f['rank']}").text
    svg = re.search(r'<svg class="chart spread-chart".*?</svg>', html, re.S).group()
    assert len(detail["spread"]) + len(f["months"]) == svg.count('<g class="cell')  # a dot per paper-month + totals
    for aid in members:
        assert f'href="/articles/{quote(aid)}"' in html
    assert f'href="/formulations/{f["rank"]}"' in client.get("/formulations").text


def test_article_view_marks_the_passage_and_links_the_other_occurrence(client, expected):
    cluster, members = reused_members(expected)
    (a, ma), (b, mb) = sorted(members.items())
    data = client.get(f"/api/articles/{quote(a)}/reuse").json()
    passage = next(p for p in data["passages"] if p["cluster"] == cluster.id)
    assert [list(s) for s in ma.spans] == passage["spans"] and [b] == [o["article"] for o in passage["others"]]
    html = client.get(f"/articles/{quote(a)}").text
    marked = re.findall(rf'<span class="m-reuse" data-cluster="{cluster.id}"[^>]*>([^<]*)</span>', html)
    assert ma.text.replace("…", "") == "".join(marked)
    assert f'id="reuse-{cluster.id}"' in html
    assert f'href="/articles/{quote(b)}#reuse-{cluster.id}"' in html


def test_reuse_dir_serves_a_finished_run_and_a_bad_one_fails_cleanly(db, expected, tmp_path):
    result, out = expected
    with TestClient(create_app(db, reuse_dir=out), raise_server_exceptions=False) as c:
        assert [f["phrase"] for f in result.formulations] == [f["phrase"] for f in c.get("/api/formulations").json()["formulations"]]
    with TestClient(create_app(db, reuse_dir=tmp_path / "empty"), raise_server_exceptions=False) as c:
        r = c.get("/api/formulations")
        assert 500 == r.status_code and "W432" in r.json()["error"]["message"]
        aid = next(iter(reused_members(expected)[1]))
        assert 200 == c.get(f"/articles/{quote(aid)}").status_code  # the article is still readable, unhighlighted


def test_clean_errors(client):
    r = client.get("/api/formulations/9999")
    assert 404 == r.status_code and "W430" in r.json()["error"]["message"]
    assert 404 == client.get("/formulations/0").status_code
    assert 404 == client.get("/formulations/%3Cb%3E").status_code
    assert 404 == client.get(f"/api/articles/{quote(PAPER_A)}-1999-01-01-p01-a01/reuse").status_code
    spec = client.get("/openapi.json").json()
    assert {"/api/formulations", "/api/formulations/{rank}", "/api/articles/{article_id}/reuse"} <= set(spec["paths"])


def test_body_offsets_follow_a_sentence_joined_across_a_jump():
    from banmian.archive.store import article_text
    from banmian.web.layers import body_offsets, reuse_layers

    parts = [{"page": 1, "paragraphs": [{"text": "第一段。"}, {"text": "第二段被截断"}]},
             {"page": 4, "paragraphs": [{"text": "接着读完。"}, {"text": "第三段。"}]}]
    text = article_text(parts)
    offsets = body_offsets({"parts": parts})
    texts = [p["text"] for part in parts for p in part["paragraphs"]]
    assert [text[o:o + len(t)] for o, t in zip(offsets, texts)] == texts
    s = text.index("截断接着")
    layers = reuse_layers({"parts": parts}, [{"cluster": 7, "spans": [[s, s + 4]]}])
    assert {1: [(4, 6)], 2: [(0, 2)]} == {k: v["reuse-7"] for k, v in layers.items()}


def test_spread_chart_escapes_paper_names():
    from banmian.web.routes.reuse import spread_chart

    svg = str(spread_chart({"<i>x</i>": {"2024-01": 2}}, {"2024-01": 2}))
    assert "<i>" not in svg and "&lt;i&gt;x&lt;/i&gt;" in svg


@pytest.mark.browser
def test_browser_reuse_link_jumps_to_the_other_occurrence(db, expected):
    cluster, members = reused_members(expected)
    (a, _), (b, mb) = sorted(members.items())
    with browser_page(create_app(db)) as (page, url, errors):
        page.goto(f"{url}/articles/{quote(a)}")
        page.locator("a.other-occurrence").first.click()
        page.wait_for_url(f"**#reuse-{cluster.id}")
        assert mb.text.replace("…", "") == "".join(page.locator(".m-reuse.target-hl").all_text_contents())
        page.screenshot(path="/tmp/web-reuse-article.png", full_page=True)
        page.locator('input[data-layer="reuse"]').uncheck()
        span = page.locator(".para .m-reuse").first
        assert "rgba(0, 0, 0, 0)" == span.evaluate("el => getComputedStyle(el).backgroundColor")
        page.goto(f"{url}/formulations")
        page.locator("a.phrase").first.click()
        page.wait_for_url("**/formulations/*")
        assert page.locator("svg.spread-chart circle").count() >= 2
        page.screenshot(path="/tmp/web-reuse-formulation.png", full_page=True)
        assert not errors, errors


def test_a_large_archive_is_not_computed_on_demand(db, expected, monkeypatch):
    from banmian.web.routes import reuse as reuse_routes

    monkeypatch.setattr(reuse_routes, "MAX_ON_DEMAND", 1)  # the fixture's 3 articles now count as large
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        r = c.get("/api/formulations")
        assert 503 == r.status_code and "W433" in r.json()["error"]["message"]
        aid = next(iter(reused_members(expected)[1]))
        html = c.get(f"/articles/{quote(aid)}")
        assert 200 == html.status_code and 'class="m-reuse"' not in html.text and "<h1" in html.text
