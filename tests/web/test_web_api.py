"""The web reader through an in-process client: JSON API, HTML pages, escaping, errors.

The archive is the tiny one of :mod:`web_helpers` (three page files and one
hand-restored page); expected values are read back from the archive's own API.
"""
from __future__ import annotations

from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install -e '.[web]')")

from banmian.web.app import create_app
from banmian.web.errors import WebError
from banmian.web.markup import snippet_html
from banmian.web.runs import check_runs, page_runs
from web_helpers import (DATE1, DATE2, PAGE_1, PAPER, SCRIPT_TEXT, XSS_TITLE, RawRuns, build_archive,
                         hand_restored_page)

P = quote(PAPER)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def archive(db):
    from banmian.archive import Archive

    a = Archive(db, readonly=True)
    yield a
    a.close()


def covered_text(text: str, article: dict) -> str:
    """The characters of ``text`` an article's spans cover, in page order (computed independently of the app)."""
    spans = [s for p in article["paragraphs"] for s in p["spans"]]
    for name, value in (article.get("field_spans") or {}).items():
        spans.extend(value or [])
    positions = sorted({k for s, e in spans for k in range(s, e)})
    return "".join(text[k] for k in positions)


# --- browse ---------------------------------------------------------------------------

def test_papers_json_and_html(client):
    data = client.get("/api/papers").json()
    assert [PAPER] == [p["paper"] for p in data["papers"]]
    assert 2 == data["papers"][0]["issues"]
    html = client.get("/").text
    assert f'href="/papers/{P}"' in html


def test_calendar_links_only_issue_days(client):
    assert [DATE1, DATE2] == client.get(f"/api/papers/{P}").json()["dates"]
    html = client.get(f"/papers/{P}").text
    assert "2024年3月" in html
    assert f'href="/papers/{P}/{DATE1}"' in html and f'href="/papers/{P}/{DATE2}"' in html
    assert f'href="/papers/{P}/2024-03-07"' not in html
    assert 'class="none">7<' in html  # a day without an issue is shown, not linked


def test_issue_lists_pages_and_stitched_article(client, archive):
    data = client.get(f"/api/papers/{P}/{DATE1}").json()
    assert [1, 4] == [p["page"] for p in data["pages"]]
    assert DATE2 == data["next_date"] and data["previous_date"] is None
    ids_on = {p["page"]: [a["id"] for a in p["articles"]] for p in data["pages"]}
    stitched = [aid for aid in ids_on[1] if aid in ids_on[4]]
    assert stitched, "the article jumping from page 1 to page 4 is listed on both pages"
    assert [1, 4] == archive.article(stitched[0])["pages"]
    html = client.get(f"/papers/{P}/{DATE1}").text
    assert f'href="/articles/{quote(stitched[0])}"' in html
    assert f'href="/papers/{P}/{DATE1}/4"' in html


def test_page_json_keeps_raw_text_and_hides_ingest_paths(client):
    data = client.get(f"/api/papers/{P}/{DATE1}/1").json()
    assert PAGE_1 == data["text"]
    assert "source" not in data and "source" not in data["restored"]
    assert len(data["restored"]["articles"]) == len(data["articles"])
    assert [1, 4] == data["pages_in_issue"]


def test_page_html_runs_tile_the_text_and_mark_each_article(client):
    data = client.get(f"/api/papers/{P}/{DATE1}/1").json()
    raw = RawRuns(client.get(f"/papers/{P}/{DATE1}/1").text)
    assert data["text"] == raw.text()
    assert data["restored"]["articles"], "the restorer found articles on page 1"
    for i, art in enumerate(data["restored"]["articles"]):
        assert covered_text(data["text"], art) == "".join(r["text"] for r in raw.of_article(i))
        assert f"a{i}" in raw.ids  # the card the browser selects


def test_duplicate_is_struck_through_and_links_to_its_twin(client):
    text, restored = hand_restored_page()
    (d1, d2), (t1, t2) = restored["removed"][0]["span"], restored["removed"][0]["duplicate_of"]
    raw = RawRuns(client.get(f"/papers/{P}/{DATE2}/2").text)
    assert text == raw.text()
    deleted = "".join(r["text"] for r in raw.runs if r["deleted"])
    assert text[d1:d2] == deleted
    twin_links = [a for a in raw.links if a.get("data-twin") == f"{t1} {t2}"]
    assert twin_links and all(a["href"] == f"#o{t1}" for a in twin_links)
    assert f"o{t1}" in raw.ids  # the link target exists
    kept = [r for r in raw.runs if int(r["attrs"]["data-s"]) >= t1 and int(r["attrs"]["data-e"]) <= t2]
    assert text[t1:t2] == "".join(r["text"] for r in kept) and not any(r["deleted"] for r in kept)


def test_article_json_and_html_show_parts_pages_and_provenance(client, archive):
    ids = [a["id"] for p in client.get(f"/api/papers/{P}/{DATE1}").json()["pages"] for a in p["articles"]]
    aid = next(i for i in ids if len(archive.article(i)["pages"]) > 1)
    data = client.get(f"/api/articles/{quote(aid)}").json()
    assert archive.article(aid)["title"] == data["title"]
    assert [1, 4] == [part["page"] for part in data["parts"]]
    html = client.get(f"/articles/{quote(aid)}").text
    for part in data["parts"]:
        for para in part["paragraphs"]:
            s, e = para["spans"][0]
            assert f'href="/papers/{P}/{DATE1}/{part["page"]}#s{s}-{e}"' in html
    assert f'href="/papers/{P}/{DATE1}/4"' in html


# --- search ---------------------------------------------------------------------------

def test_search_highlights_with_mark(client):
    data = client.get("/api/search", params={"q": "国债"}).json()
    assert data["total"] >= 1 and "\ue000国债\ue001" in data["hits"][0]["snippet"]
    html = client.get("/search", params={"q": "国债"}).text
    assert "<mark>国债</mark>" in html
    assert "\ue000" not in html and "\ue001" not in html


@pytest.mark.parametrize("query", ["鹿泉", "债", "口袋公园"])
def test_search_finds_short_and_long_queries(client, query):
    hits = client.get("/api/search", params={"q": query}).json()["hits"]
    assert hits and all("\ue000" in h["snippet"] for h in hits)


def test_search_filters_and_paging(client):
    every = client.get("/api/search", params={"q": "本报"}).json()
    assert every["total"] >= 3
    dates = {h["date"] for h in every["hits"]}
    assert {DATE1, DATE2} <= dates
    late = client.get("/api/search", params={"q": "本报", "from": DATE2}).json()
    assert late["hits"] and {DATE2} == {h["date"] for h in late["hits"]}
    early = client.get("/api/search", params={"q": "本报", "to": DATE1}).json()
    assert {DATE1} == {h["date"] for h in early["hits"]}
    assert 0 == client.get("/api/search", params={"q": "本报", "paper": "别的报"}).json()["total"]
    on4 = client.get("/api/search", params={"q": "本报", "page": 4}).json()
    assert on4["total"] < every["total"]
    first = client.get("/api/search", params={"q": "本报", "limit": 1}).json()["hits"]
    second = client.get("/api/search", params={"q": "本报", "limit": 1, "offset": 1}).json()["hits"]
    assert 1 == len(first) == len(second) and first[0]["id"] != second[0]["id"]
    assert [h["id"] for h in every["hits"][:2]] == [first[0]["id"], second[0]["id"]]


def test_search_html_pages_through_results(client, monkeypatch):
    from banmian.web.routes import search

    monkeypatch.setattr(search, "PAGE_SIZE", 1)
    html = client.get("/search", params={"q": "本报"}).text
    assert 'rel="next"' in html and "offset=1" in html and 'rel="prev"' not in html
    html = client.get("/search", params={"q": "本报", "offset": 1}).text
    assert 'rel="prev"' in html


def test_bad_query_syntax_is_a_clear_400(client):
    r = client.get("/api/search", params={"q": '"国债'})
    assert 400 == r.status_code
    message = r.json()["error"]["message"]
    assert '"国债' in message and "Traceback" not in message
    r = client.get("/search", params={"q": '"国债'})
    assert 400 == r.status_code and 'class="error-message"' in r.text
    assert 'value="&#34;国债"' in r.text  # the form keeps the query, escaped


@pytest.mark.parametrize("params", [{"q": "国债", "from": "2024-13-01"}, {"q": "国债", "to": "yesterday"},
                                    {"q": "国债", "page": "x"}, {"q": "国债", "page": "0"},
                                    {"q": "国债", "limit": "0"}, {"q": "国债", "offset": "-1"}, {},
                                    {"q": "债" * 600}])
def test_bad_search_parameters_are_400_json(client, params):
    r = client.get("/api/search", params=params)
    assert 400 == r.status_code
    assert {"status", "title", "message"} == set(r.json()["error"])


# --- escaping -------------------------------------------------------------------------

def test_markup_in_page_text_is_escaped_everywhere(client):
    page2 = client.get(f"/papers/{P}/{DATE2}/2").text
    assert "<img src=x" not in page2
    assert "&lt;img src=x onerror=alert(1)&gt;" in page2
    page1 = client.get(f"/papers/{P}/{DATE2}/1").text
    assert SCRIPT_TEXT not in page1 and "&lt;script&gt;" in page1
    found = client.get("/api/search", params={"q": "检测标题"}).json()["hits"]
    assert found and XSS_TITLE == found[0]["title"]
    for url in (f"/articles/{quote(found[0]['id'])}", "/search?q=检测标题", f"/papers/{P}/{DATE2}"):
        html = client.get(url).text
        assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html, url


def test_snippet_markup_escapes_before_marking():
    html = snippet_html("<b>a</b>\ue000国债\ue001 \ue001x\ue000y")
    assert "&lt;b&gt;a&lt;/b&gt;<mark>国债</mark> x<mark>y</mark>" == str(html)


def test_security_headers(client):
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "nosniff" == r.headers["x-content-type-options"]


# --- errors and paths -----------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "/papers/别的报", f"/papers/{P}/2024-03-07", f"/papers/{P}/2024-02-30", f"/papers/{P}/03-05-2024",
    f"/papers/{P}/{DATE1}/99", f"/papers/{P}/{DATE1}/0", "/articles/not-an-id",
    "/articles/" + quote(f"{PAPER}-{DATE1}-p09-a09"), "/nowhere", "/papers/%2E%2E", "/papers/a%20b",
])
def test_not_found_is_clean_in_html_and_json(client, url):
    r = client.get(url)
    assert 404 == r.status_code and "text/html" in r.headers["content-type"]
    assert "Traceback" not in r.text and 'class="message"' in r.text
    api = client.get("/api" + url if url != "/nowhere" else "/api/nowhere")
    assert 404 == api.status_code and 404 == api.json()["error"]["status"]


@pytest.mark.parametrize("url", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2Fapp.py",
                                 "/static/%2e%2e/%2e%2e/archive/db.py", "/static//etc/passwd",
                                 "/papers/..%2F..%2Fetc/passwd", "/static/../../../../etc/passwd"])
def test_no_file_outside_the_static_folder_is_served(client, url):
    r = client.get(url)
    assert r.status_code in (400, 404)
    assert "create_app" not in r.text and "root:" not in r.text


def test_static_files_are_served(client):
    assert "selectArticle" in client.get("/static/reader.js").text


def test_every_html_page_names_its_json_twin(client):
    urls = ["/", f"/papers/{P}", f"/papers/{P}/{DATE1}", f"/papers/{P}/{DATE1}/1",
            "/articles/" + quote(client.get(f"/api/papers/{P}/{DATE1}").json()["pages"][0]["articles"][0]["id"]),
            "/search?q=国债"]
    for url in urls:
        r = client.get(url)
        assert 200 == r.status_code, url
        twin = r.headers["link"].split(">")[0].lstrip("<")
        assert twin.startswith("/api/")
        assert 200 == client.get(twin).status_code and client.get(twin).json(), url


def test_openapi_describes_the_api_only(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/papers", "/api/papers/{paper}", "/api/papers/{paper}/{date}", "/api/papers/{paper}/{date}/{page}",
            "/api/articles/{article_id}", "/api/search"} <= set(spec["paths"])
    assert all(path.startswith("/api/") for path in spec["paths"])  # later areas add API paths, never HTML ones
    assert "SearchOut" in spec["components"]["schemas"]
    assert client.get("/docs").status_code == 404  # no Swagger UI: it would load scripts from a CDN


def test_create_app_refuses_a_missing_archive(tmp_path):
    with pytest.raises(WebError):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_page_runs_skip_spans_that_do_not_fit():
    text = "标题\n正文一句。"
    restored = {"articles": [{"paragraphs": [{"text": "正文一句。", "spans": [[3, 8], [5, 99], [-1, 2], ["x", 1]]}],
                              "field_spans": {"title": [[0, 2]]}}],
                "removed": [{"reason": "whitespace", "span": [2, 3]}, {"reason": "duplicate", "span": [40, 50]}]}
    runs = page_runs(text, restored)
    check_runs(text, runs)
    assert "标题正文一句。" == "".join(r.text for r in runs if 0 in r.arts)
    assert ["whitespace"] == [r.reason for r in runs if r.reason]


def test_serve_command_is_documented_and_fails_cleanly(tmp_path):
    from click.testing import CliRunner

    from banmian.web.commands import serve

    assert "Example:" in serve.help
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "missing.db")])
    assert 0 != result.exit_code and "Error:" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("shared", [False, True], ids=["archive-per-thread", "shared-archive"])
def test_concurrent_requests_on_a_real_server(db, shared):
    """apsw refuses one connection in two threads at once: the reader must not 500 under load."""
    import concurrent.futures as cf

    import httpx

    from banmian.archive import Archive
    from web_helpers import ServerThread

    app = create_app(db, archive=Archive(db, readonly=True)) if shared else create_app(db)
    urls = [f"/papers/{P}/{DATE1}/1", f"/papers/{P}/{DATE1}/4", f"/api/papers/{P}/{DATE2}",
            "/api/search?q=" + quote("本报"), "/search?q=" + quote("国债"), f"/papers/{P}"] * 4
    with ServerThread(app) as srv, httpx.Client(base_url=srv.url, timeout=20) as http:
        with cf.ThreadPoolExecutor(8) as pool:
            codes = list(pool.map(lambda u: http.get(u).status_code, urls))
    assert [200] * len(urls) == codes


def test_each_thread_gets_its_own_archive(db):
    import threading

    from banmian.web.access import ArchiveAccess

    access = ArchiveAccess(db)
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(access.get())) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert 3 == len({id(a) for a in seen}) and access.get() not in seen
    assert access.get() is access.get()
    access.close()


def test_a_shared_archive_is_used_by_one_thread_at_a_time():
    import threading
    import time

    from banmian.web.access import ArchiveAccess

    class Probe:
        inside = most = 0

        def papers(self):
            Probe.inside += 1
            Probe.most = max(Probe.most, Probe.inside)
            time.sleep(0.01)
            Probe.inside -= 1
            return []

    access = ArchiveAccess(archive=Probe())
    threads = [threading.Thread(target=lambda: access.get().papers()) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert 1 == Probe.most


def test_page_runs_mark_extra_layers():
    text = "鹿泉区举办职业技能大赛。"
    runs = page_runs(text, {"articles": [], "removed": []}, {"reuse": [[0, 3]], "facts": [[2, 5], [9, 99]]})
    check_runs(text, runs)
    assert "鹿泉区" == "".join(r.text for r in runs if "reuse" in r.marks)
    assert "区举办" == "".join(r.text for r in runs if "facts" in r.marks)
