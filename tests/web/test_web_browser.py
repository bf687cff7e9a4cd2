"""End to end in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

A uvicorn server runs in a thread on 127.0.0.1 and a free port over the tiny archive of
:mod:`web_helpers`. Skipped, with the reason, when Chromium or Playwright is missing
(CI installs Chromium with ``make browser``); no browser is ever downloaded.
"""
from __future__ import annotations

from urllib.parse import quote

import pytest

from web_helpers import (DATE1, DATE2, PAPER, TIMEOUT_MS, ServerThread, build_archive, hand_restored_page,
                         launch_chromium, playwright_or_skip)

pytestmark = pytest.mark.browser

P = quote(PAPER)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from banmian.web.app import create_app

    db = build_archive(tmp_path_factory.mktemp("webb"))
    with ServerThread(create_app(db)) as srv:
        yield srv


@pytest.fixture(scope="module")
def browser():
    sync_api = playwright_or_skip()
    with sync_api.sync_playwright() as pw:
        b = launch_chromium(pw)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    pg.dialogs = []  # any alert() would mean page text ran as script
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    yield pg
    context.close()


def api(page, server, path):
    return page.request.get(server.url + path).json()


def covered_text(text, article):
    spans = [s for p in article["paragraphs"] for s in p["spans"]]
    for value in (article.get("field_spans") or {}).values():
        spans.extend(value or [])
    return "".join(text[k] for k in sorted({k for s, e in spans for k in range(s, e)}))


def test_click_article_highlights_its_source_spans(page, server):
    data = api(page, server, f"/api/papers/{P}/{DATE1}/1")
    page.goto(f"{server.url}/papers/{P}/{DATE1}/1")
    assert 0 == page.locator("#raw .r.hl").count()
    for i, art in enumerate(data["restored"]["articles"]):
        page.locator(f"#a{i} .title").click()
        assert covered_text(data["text"], art) == "".join(page.locator("#raw .r.hl").all_text_contents())
        assert "selected" in page.locator(f"#a{i}").get_attribute("class")
        assert page.url.endswith(f"#a{i}")
    # a paragraph click marks that paragraph's spans more strongly
    page.locator("#a0 .para").first.click()
    s, e = data["restored"]["articles"][0]["paragraphs"][0]["spans"][0]
    assert data["text"][s:e] == "".join(page.locator("#raw .r.hl-strong").all_text_contents())
    assert not page.errors


def test_duplicate_is_struck_through_and_jumps_to_its_twin(page, server):
    text, restored = hand_restored_page()
    (d1, d2), (t1, t2) = restored["removed"][0]["span"], restored["removed"][0]["duplicate_of"]
    page.goto(f"{server.url}/papers/{P}/{DATE2}/2")
    struck = page.locator("#raw del")
    assert text[d1:d2] == "".join(struck.all_text_contents())
    assert "line-through" in struck.first.evaluate("el => getComputedStyle(el).textDecorationLine")
    page.locator("#raw a.twin").first.click()
    assert text[t1:t2] == "".join(page.locator("#raw .r.twin-hl").all_text_contents())
    assert page.url.endswith(f"#s{t1}-{t2}")
    assert not page.dialogs and not page.errors


def test_search_marks_hits_and_opens_the_article(page, server):
    page.goto(f"{server.url}/search")
    page.fill("form.search input[name=q]", "国债")
    page.click("form.search button[type=submit]")
    page.wait_for_selector("ol.hits")
    marks = page.locator(".snippet mark").all_text_contents()
    assert marks and {"国债"} == set(marks)
    hit = api(page, server, "/api/search?q=" + quote("国债"))["hits"][0]
    page.locator(".hit-title").first.click()
    page.wait_for_url("**/articles/**")
    assert hit["title"] == page.locator("h1.title").inner_text()
    assert not page.dialogs, "markup in the title must not run"


def test_article_provenance_link_highlights_the_span_on_its_page(page, server):
    hit = api(page, server, "/api/search?q=" + quote("春耕"))["hits"][0]
    article = api(page, server, "/api/articles/" + quote(hit["id"]))
    part = article["parts"][-1]
    s, e = part["paragraphs"][0]["spans"][0]
    page.goto(f"{server.url}/articles/{quote(hit['id'])}")
    assert [f"第{n}版" for n in article["pages"]] == page.locator(".meta .page-link").all_text_contents()
    page.locator(f'.prov a[href$="/{part["page"]}#s{s}-{e}"]').click()
    page.wait_for_url(f"**/{part['page']}#s{s}-{e}")
    text = api(page, server, f"/api/papers/{P}/{DATE1}/{part['page']}")["text"]
    assert text[s:e] == "".join(page.locator("#raw .r.twin-hl").all_text_contents())


def test_page_text_never_runs_as_script(page, server):
    for url in (f"/papers/{P}/{DATE2}/1", f"/papers/{P}/{DATE2}/2", "/search?q=" + quote("检测标题")):
        page.goto(server.url + url)
        page.wait_for_load_state("load")
    assert not page.dialogs
    assert 0 == page.locator("main img").count()
    assert 0 == page.locator("main script").count()


def test_search_hit_opens_its_page_with_the_article_selected(page, server):
    hit = api(page, server, "/api/search?q=" + quote("口袋公园"))["hits"][0]
    data = api(page, server, f"/api/papers/{P}/{hit['date']}/{hit['page']}")
    index = data["articles"].index(hit["id"])
    page.goto(f"{server.url}/search?q={quote('口袋公园')}")
    page.locator(".hit-page").first.click()
    page.wait_for_selector(f"#a{index}.selected")
    expected = covered_text(data["text"], data["restored"]["articles"][index])
    assert expected == "".join(page.locator("#raw .r.hl").all_text_contents())


def test_selecting_an_article_scrolls_its_spans_into_view(page, server):
    page.set_viewport_size({"width": 1000, "height": 420})  # the raw pane must scroll
    page.goto(f"{server.url}/papers/{P}/{DATE1}/1")
    raw = page.locator("#raw")
    assert raw.evaluate("el => el.scrollHeight > el.clientHeight")
    last = page.locator(".card").count() - 1
    page.locator(f"#a{last} .title").click()
    box, first = raw.bounding_box(), page.locator("#raw .r.hl").first.bounding_box()
    assert raw.evaluate("el => el.scrollTop") > 0
    assert box["y"] <= first["y"] and first["y"] + first["height"] <= box["y"] + box["height"]
