"""A tiny archive for the web tests: three page files we wrote, plus one hand-restored page.

The file pages go through the real ingest (layout PAPER/YYYY-MM-DD/NN.txt, decoding,
jump stitching, search index) with :func:`fixture_restorer`, so the tests do not move
with the restore engine; expected values are read back from the archive.
The hand-restored page (``ingest_pages`` with its restore JSON) carries what the web
must show whatever the restorer does: a layout duplicate pointing at its twin and a
title made of markup.
"""
from __future__ import annotations

import os
import re
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

PAPER = "示例日报"
DATE1, DATE2 = "2024-03-05", "2024-03-06"
XSS_TITLE = "<img src=x onerror=alert(1)>检测标题"
SCRIPT_TEXT = '<script>alert("x")</script>'

PAGE_1 = """2024年3月5日 星期二

第1版 要闻

春耕备耕有序推进
——记青山县农业农村局的一天

□本报记者 王晓明

本报青山3月4日电  连日来，青山县各乡镇抓住晴好天气，组织农民整地施肥、检修农机，春耕备耕工作有序推进。县农业农村局把种子、化肥和农药的供应作为重点，派出技术人员深入田间地头，帮助农户解决实际困难。

今年全县计划播种粮食作物三十二万亩，比去年增加一万五千亩。县里还安排专项资金，用于高标准农田建设和小型水利设施维修。

“今年的种子早就备好了，技术员还上门教我们测土配方施肥。”东坪村种粮大户李大山说。（下转04版）

城区新建三座口袋公园

本报讯  记者从市住房和城乡建设局获悉，今年城区将新建三座口袋公园，利用街角空地和闲置地块，为居民提供休闲去处。

公园建设将充分听取周边居民意见，增加座椅、健身器材和儿童游乐设施。预计六月底前全部完工。
"""

PAGE_4 = """第4版 综合

春耕备耕有序推进
（上接01版）

县农业农村局局长表示，下一步将继续加强农资市场监管，严厉打击假冒伪劣农资，确保农民用上放心种子、放心化肥。

同时，县里将组织农机手开展跨区作业，提高农机利用率，力争在清明前完成春播准备工作。

图书馆延长开放时间

本报讯  为满足读者需求，市图书馆从本月起延长开放时间，每天开放至晚上九点，周末照常开放。

图书馆还新增了自习座位两百个，并开通了线上预约服务。读者可以通过手机预约座位，减少排队等候时间。
"""

# Markup inside otherwise normal Chinese text (the decoder refuses files that look like HTML).
PAGE_2_1 = f"""第1版 要闻

鹿泉区举办职业技能大赛

本报鹿泉3月5日电  鹿泉区日前举办职业技能大赛，来自全区的两百多名选手参加了电工、焊工等项目的比赛。{SCRIPT_TEXT}比赛设置理论考试和实际操作两个环节。

获奖选手将获得相应的职业技能等级证书，优秀选手还将推荐参加省级比赛。
"""


def write_pages(root: Path) -> Path:
    """Write the three page files under ``root`` in the archive layout; return ``root``."""
    for date, page, text in ((DATE1, 1, PAGE_1), (DATE1, 4, PAGE_4), (DATE2, 1, PAGE_2_1)):
        folder = root / PAPER / date
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{page:02d}.txt").write_text(text, encoding="utf-8")
    return root


def hand_restored_page() -> tuple[str, dict]:
    """Page 2 of DATE2: a title of markup, a paragraph printed twice (the first copy removed).

    Offsets are computed from the literal strings, spaCy-style.
    """
    dup = "国债发行现场人头攒动，投资者排起长队，本期国债发行总额为三百亿元，期限三年。"
    title = XSS_TITLE
    byline = "本报记者 陈立"
    body2 = "据介绍，本期国债票面利率为百分之二点三八，每年付息一次。"
    text = f"{title}\n{byline}\n{dup}\n{dup}\n{body2}\n"
    t0 = 0
    b0 = len(title) + 1
    d1 = b0 + len(byline) + 1  # removed copy
    d2 = d1 + len(dup) + 1  # kept copy
    p2 = d2 + len(dup) + 1
    restored = {
        "articles": [{
            "title": title, "kicker": None, "subtitle": None, "byline": byline,
            "continued_from_page": None, "continued_to_page": None, "head_missing": False,
            "paragraphs": [{"text": dup, "spans": [[d2, d2 + len(dup)]], "role": "body"},
                           {"text": body2, "spans": [[p2, p2 + len(body2)]], "role": "body"}],
            "field_spans": {"title": [[t0, len(title)]], "kicker": None, "subtitle": None,
                            "byline": [[b0, b0 + len(byline)]], "jumps": []},
            "flags": [],
        }],
        "removed": [{"reason": "duplicate", "span": [d1, d1 + len(dup)], "duplicate_of": [d2, d2 + len(dup)]}],
    }
    return text, restored


_FURNITURE = re.compile(r"^(?:\d{4}年\d{1,2}月\d{1,2}日.*|第\d+版.*)$")
_JUMP = re.compile(r"[（(](上接|下转)(\d+)版[）)]")
_SENTENCE_END = tuple("。！？”」）)")


def fixture_restorer(text, source="<text>", page_no=None):
    """A tiny rule-based restorer for the fixture pages only, returning the real ``Page``.

    The web tests test the web, not the restorer: this keeps their pages' articles fixed
    while the restore engine improves. Lines are blocks; furniture is ``第N版…``/dates; a
    short line without a sentence end starts an article (title), ``——`` a subtitle,
    ``□…``/``本报记者`` a byline; ``（上接/下转NN版）`` set the jump links.
    """
    from banmian.model import Article, Field, Page, Paragraph, Removed

    page = Page(text=text, source=source, page_no=page_no)
    used = [False] * len(text)
    current = None
    for m in re.finditer(r"[^\n]+", text):
        s, e, line = m.start(), m.end(), m.group()
        if _FURNITURE.match(line):
            page.removed.append(Removed("furniture", (s, e)))
            used[s:e] = [True] * (e - s)
            continue
        jump = _JUMP.search(line)
        body_end = jump.start() + s if jump else e
        if jump and current is not None:
            current.jumps.append((jump.start() + s, jump.end() + s))
            if jump.group(1) == "上接":
                current.continued_from_page = int(jump.group(2))
            else:
                current.continued_to_page = int(jump.group(2))
            used[jump.start() + s:jump.end() + s] = [True] * (jump.end() - jump.start())
        if body_end == s:
            continue
        piece = text[s:body_end]
        if line.startswith("——") and current is not None:
            current.subtitle = Field(piece, [(s, body_end)])
        elif line.startswith("□") and current is not None:
            page.removed.append(Removed("ornament", (s, s + 1)))
            current.byline = Field(piece[1:], [(s + 1, body_end)])
        elif len(piece) <= 24 and not piece.endswith(_SENTENCE_END) and not jump:
            current = Article(title=Field(piece, [(s, body_end)]))
            page.articles.append(current)
        elif current is not None:
            current.paragraphs.append(Paragraph(piece, [(s, body_end)]))
        else:
            page.removed.append(Removed("furniture", (s, body_end)))
        used[s:body_end] = [True] * (body_end - s)
    for m in re.finditer(r"\s+", text):
        if not any(used[m.start():m.end()]):
            page.removed.append(Removed("whitespace", (m.start(), m.end())))
    page.removed.sort(key=lambda r: r.span)
    return page


def build_archive(tmp: Path) -> Path:
    """Ingest the fixture pages into ``tmp/web.db``; return its path."""
    from banmian.archive import Archive, PageInput

    db = tmp / "web.db"
    archive = Archive(db, restorer=fixture_restorer, facts=False)
    try:
        summary = archive.ingest([write_pages(tmp / "pages")], progress=False)
        assert not summary.skipped, summary.skipped
        text, restored = hand_restored_page()
        archive.ingest_pages([PageInput(PAPER, DATE2, 2, text, page_name="经济", restored=restored)], progress=False)
    finally:
        archive.close()
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerThread:
    """uvicorn serving ``app`` on 127.0.0.1 and a free port, in a daemon thread."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "ServerThread":
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 10_000


def launch_chromium(sync_playwright):
    """Debian's Chromium, headless and offline, from a running ``sync_playwright()``."""
    return sync_playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def playwright_or_skip():
    """Playwright's sync API; the test is skipped, with the reason, without Chromium or Playwright."""
    import pytest

    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM} (run `make browser` as root)")
    return pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@contextmanager
def browser_page(app):
    """A headless Chromium page beside ``app`` served on a free port: (page, base url, page errors)."""
    sync_api = playwright_or_skip()
    with ServerThread(app) as srv, sync_api.sync_playwright() as pw:
        browser = launch_chromium(pw)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.set_default_timeout(TIMEOUT_MS)
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            yield page, srv.url, errors
        finally:
            browser.close()


class RawRuns:
    """Parse the runs of a page view: ``[{"attrs": {...}, "text": str, "deleted": bool}]``.

    A stdlib parser (no BeautifulSoup here); it reads back what the browser would show.
    """

    def __init__(self, html: str):
        from html.parser import HTMLParser

        runs: list[dict] = []
        links: list[dict] = []
        ids: set[str] = set()

        class _Parser(HTMLParser):
            current = None

            def handle_starttag(self, tag, attrs):
                a = dict(attrs)
                if a.get("id"):
                    ids.add(a["id"])
                if tag == "span" and "r" in (a.get("class") or "").split():
                    self.current = {"attrs": a, "text": "", "deleted": False}
                elif tag == "del" and self.current is not None:
                    self.current["deleted"] = True
                elif tag == "a":
                    links.append(a)

            def handle_endtag(self, tag):
                if tag == "span" and self.current is not None:
                    runs.append(self.current)
                    self.current = None

            def handle_data(self, data):
                if self.current is not None:
                    self.current["text"] += data

        parser = _Parser(convert_charrefs=True)
        parser.feed(html)
        parser.close()
        self.runs, self.links, self.ids = runs, links, ids

    def text(self) -> str:
        return "".join(r["text"] for r in self.runs)

    def of_article(self, i: int) -> list[dict]:
        return [r for r in self.runs if str(i) in (r["attrs"].get("data-art") or "").split()]
