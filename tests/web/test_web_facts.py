"""The facts pages of the reader: actors, target threads with their chart, facts in the article view.

The archive is built from :mod:`web_fr_data` (page texts we wrote); expected values are
read back from the archive's stored facts and :func:`banmian.facts.track`, never typed in.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install -e '.[web]')")

from banmian.web.app import create_app
from web_fr_data import DATE_1, DATE_2, PAPER_A, build_fr_archive
from web_helpers import browser_page


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_fr_archive(tmp_path_factory.mktemp("webfacts"))


@pytest.fixture(scope="module")
def stored(db):
    from banmian.archive import Archive

    with Archive(db, readonly=True) as a:
        return list(a.iter_facts()), {art["id"]: art for art in a.iter_articles()}


def officials(stored):
    records, _ = stored
    return [(rec, p) for rec in records for p in rec["facts"]["people"] if p["role"] == "official"]


class Marked(HTMLParser):
    """The text inside each ``<span class="m-...">`` of the article paragraphs, by layer."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.marks: dict[str, list[str]] = {}
        self.stack: list[list[str]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "span":
            self.stack.append([c for c in (dict(attrs).get("class") or "").split() if c.startswith("m-")])

    def handle_endtag(self, tag):
        if tag == "span" and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        for layers in self.stack[-1:]:
            for layer in layers:
                self.marks.setdefault(layer, []).append(data)


def test_actors_index_and_actor_page_follow_the_stored_people(client, stored):
    people = officials(stored)
    assert people, "the fixture has an official with posts"
    actor = people[0][1]["actor"]
    index = client.get("/api/actors").json()["actors"]
    row = next(a for a in index if a["id"] == actor)
    assert sum(1 for _, p in people if p["actor"] == actor) == row["mentions"]
    data = client.get("/api/actors/" + quote(actor)).json()
    assert [rec["article_id"] for rec, p in people if p["actor"] == actor] == [a["id"] for a in data["articles"]]
    assert {DATE_1, DATE_2} == {a["date"] for a in data["articles"]}
    spell = data["posts"][0]
    assert (people[0][1]["org"], people[0][1]["posts"]) == (spell["org"], spell["posts"])
    assert (DATE_1, DATE_2) == (spell["first_date"], spell["last_date"])  # the same posts printed in both issues
    html = client.get("/actors/" + quote(actor))
    assert 200 == html.status_code and f'/api/actors/{quote(actor)}' in html.headers["link"]
    for a in data["articles"]:
        assert f'href="/articles/{quote(a["id"])}"' in html.text
    assert f'href="/actors/{quote(actor)}"' in client.get("/actors").text


def test_targets_follow_track_and_draw_one_mark_per_statement(client, stored):
    from banmian.facts import track

    records, _ = stored
    expected = track([rec["facts"] for rec in records])
    data = client.get("/api/targets").json()
    assert [(t["id"], t["status"]) for t in expected["threads"]] == [(t["id"], t["status"]) for t in data["threads"]]
    thread = next(t for t in data["threads"] if t["observations"])
    assert thread["targets"][0]["issue_date"] == DATE_1 and thread["observations"][0]["issue_date"] == DATE_2
    html = client.get("/targets").text
    svgs = re.findall(r"<svg class=\"chart target-chart\".*?</svg>", html, re.S)
    assert len(expected["threads"]) == len(svgs)
    n_targets = sum(len(t["targets"]) for t in expected["threads"])
    n_obs = sum(len(t["observations"]) for t in expected["threads"])
    assert (n_targets, n_obs) == (html.count('<g class="target">'), html.count('<g class="observation">'))
    # the observation (period ending 2024-11-30) is drawn left of the target's deadline (2025) and below it
    target = re.search(r'<g class="target">.*?<circle cx="([\d.]+)" cy="([\d.]+)"', svgs[0], re.S)
    obs = re.search(r'<g class="observation">.*?<circle cx="([\d.]+)" cy="([\d.]+)"', svgs[0], re.S)
    assert float(obs.group(1)) < float(target.group(1)) and float(obs.group(2)) > float(target.group(2))
    for st in thread["targets"] + thread["evidence"]:
        assert f'href="/articles/{quote(st["article"])}"' in html
    assert "<script>" not in html.split("</head>")[1]


def test_article_view_marks_people_quantities_and_times(client, stored):
    from banmian.facts import article_text

    records, articles = stored
    rec = next(r for r in records if r["facts"]["targets"])
    doc = article_text({"title": articles[rec["article_id"]]["title"],
                        "paragraphs": articles[rec["article_id"]]["text"].split("\n")})
    html = client.get("/articles/" + quote(rec["article_id"])).text
    marks = Marked(html[html.index("<section class=\"part\""):]).marks
    for layer, kind in (("m-person", "people"), ("m-quantity", "quantities"), ("m-time", "times")):
        items = [f for f in rec["facts"][kind] if not f.get("field") and f.get("role", "official") == "official"]
        spans = [s for f in items for s in (f.get("name_spans") or f["spans"])] if kind == "people" else \
            [s for f in items for s in f["spans"]]
        want = sorted(doc[s:e] for s, e in spans if doc[s:e] not in articles[rec["article_id"]]["title"])
        assert want and want == sorted(marks.get(layer, [])), layer
    assert 'data-layer="person"' in html and 0 == html.split("<main>")[1].count("<script")


def test_article_facts_json_and_clean_errors(client, stored):
    records, _ = stored
    aid = records[0]["article_id"]
    assert records[0]["facts"] == client.get(f"/api/articles/{quote(aid)}/facts").json()["facts"]
    missing = f"{PAPER_A}-1999-01-01-p01-a01"
    r = client.get(f"/api/articles/{quote(missing)}/facts")
    assert 404 == r.status_code and "W421" in r.json()["error"]["message"]
    assert 404 == client.get("/api/articles/not-an-id/facts").status_code
    r = client.get("/actors/" + quote("<b>x</b>@y"))
    assert 404 == r.status_code and "&lt;b&gt;x&lt;/b&gt;" in r.text and "<b>x</b>" not in r.text
    assert 404 == client.get("/api/actors/" + "x" * 300).status_code


def test_openapi_describes_the_facts_twins(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/actors", "/api/actors/{actor_id}", "/api/targets", "/api/articles/{article_id}/facts"} <= set(spec["paths"])
    assert {"ActorsOut", "ActorOut", "TargetsOut"} <= set(spec["components"]["schemas"])


def test_target_chart_escapes_text_and_formats_values():
    from banmian.web.routes.facts import fmt_value, target_chart

    bad = "<script>alert(1)</script>"
    thread = {"metric": bad, "unit": "CNY",
              "targets": [{"issue_date": "2024-01-10", "deadline": {"to": "2025-12-31"}, "value": 1e11, "text": bad}],
              "observations": [{"issue_date": "2024-12-20", "period": {"to": "2024-11-30"}, "value": 7.6602e10,
                                "text": bad}]}
    svg = str(target_chart(thread))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "1000亿元" == fmt_value(1e11, "CNY") and "766.02亿元" == fmt_value(7.6602e10, "CNY")
    assert "No dated figures" in str(target_chart({"targets": [], "observations": []}))


@pytest.mark.browser
def test_browser_facts_toggle_and_targets_chart(db):
    with browser_page(create_app(db)) as (page, url, errors):
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        aid = next(t for t in page.request.get(url + "/api/targets").json()["threads"])["targets"][0]["article"]
        page.goto(f"{url}/articles/{quote(aid)}")
        person = page.locator(".para .m-person").first
        shown = person.evaluate("el => getComputedStyle(el).backgroundColor")
        assert shown not in ("rgba(0, 0, 0, 0)", "transparent")
        page.screenshot(path="/tmp/web-facts-article.png", full_page=True)
        page.locator('input[data-layer="person"]').uncheck()
        assert "rgba(0, 0, 0, 0)" == person.evaluate("el => getComputedStyle(el).backgroundColor")
        quantity = page.locator(".para .m-quantity").first  # other layers stay on
        assert quantity.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
        page.goto(f"{url}/targets")
        chart = page.locator("svg.target-chart").first
        assert chart.is_visible() and chart.bounding_box()["width"] > 200
        assert 1 <= page.locator("svg.target-chart g.observation circle").count()
        page.screenshot(path="/tmp/web-facts-targets.png", full_page=True)
        actor = page.request.get(url + "/api/actors").json()["actors"][0]["id"]
        page.goto(f"{url}/actors/{quote(actor)}")
        assert page.locator("h1.actor-name").inner_text().startswith(actor.split("@")[0])
        page.screenshot(path="/tmp/web-facts-actor.png", full_page=True)
        assert not errors, errors