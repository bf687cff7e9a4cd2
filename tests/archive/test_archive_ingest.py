"""Ingest: layout, manifest, skip reasons, idempotence, replacement, one transaction per issue."""
from __future__ import annotations

import json

import pytest
from archive_helpers import simple_restore, write_page

from banmian.archive import Archive, ArchiveError
from banmian.archive.sqlite import SqliteStore

PAGE1 = "城市绿道全线贯通\n\n本报讯 全长四十公里的城市绿道今天全线贯通，沿途设有十二处驿站。\n\n社区食堂开张\n\n老街社区食堂今天开张，每天供应三餐。\n"
PAGE2 = "乡村学校添新琴\n\n山区小学收到二十架钢琴，孩子们第一次上了音乐课。\n"
PAGE2_NEW = "乡村学校添新琴\n\n山区小学收到三十架钢琴，孩子们第一次上了音乐课。\n\n夜市重新开放\n\n河边夜市整修后重新开放。\n"


@pytest.fixture
def archive(tmp_path):
    a = Archive(tmp_path / "t.db", restorer=simple_restore, facts=False)
    yield a
    a.close()


def test_layout_needs_no_flags(tmp_path, archive):
    write_page(tmp_path / "in", "wbrb", "2024-03-01", 1, PAGE1)
    write_page(tmp_path / "in", "wbrb", "2024-03-01", 2, PAGE2)
    summary = archive.ingest([tmp_path / "in"], progress=False)
    assert (1, 2, 3) == (summary.issues_written, summary.pages_added, summary.articles)
    assert [{"paper": "wbrb", "issues": 1, "first_date": "2024-03-01", "last_date": "2024-03-01"}] == archive.papers()
    assert ["2024-03-01"] == archive.dates("wbrb")
    assert [1, 2] == [p["page"] for p in archive.pages("wbrb", "2024-03-01")]
    page = archive.page("wbrb", "2024-03-01", 1)
    assert PAGE1 == page["text"]
    assert ["wbrb-2024-03-01-p01-a01", "wbrb-2024-03-01-p01-a02"] == page["articles"]
    assert len(page["restored"]["articles"]) == len(page["articles"])
    assert simple_restore(PAGE1, page_no=1).to_dict()["articles"] == page["restored"]["articles"]
    art = archive.article("wbrb-2024-03-01-p01-a02")
    assert "社区食堂开张" == art["title"]
    assert [1] == art["pages"]
    # provenance: every paragraph span slices its text out of the stored page
    para = art["parts"][0]["paragraphs"][0]
    assert para["text"] == "".join(page["text"][s:e] for s, e in para["spans"])
    assert archive.page("wbrb", "2024-03-01", 9) is None
    assert archive.article("wbrb-2024-03-01-p09-a01") is None


def test_flags_override_layout(tmp_path, archive):
    path = tmp_path / "loose" / "page-2.txt"
    path.parent.mkdir()
    path.write_text(PAGE2, encoding="utf-8")
    summary = archive.ingest([path], paper="xmwb", date="2023-12-31", progress=False)
    assert 1 == summary.pages_added
    assert ["xmwb-2023-12-31-p02-a01"] == archive.pages("xmwb", "2023-12-31")[0]["articles"]


@pytest.mark.parametrize("bad", ["2024-02-30", "2024/03/01", "yesterday", "20240301"])
def test_invalid_date_flag_is_a_clear_error(tmp_path, archive, bad):
    write_page(tmp_path, "wbrb", "2024-03-01", 1, PAGE1)
    with pytest.raises(ArchiveError, match=r"\[E500\] Unknown date"):
        archive.ingest([tmp_path], date=bad, progress=False)
    assert [] == archive.papers()


def test_files_that_do_not_fit_are_skipped_with_a_reason(tmp_path, archive):
    root = tmp_path / "in"
    write_page(root, "wbrb", "2024-03-01", 1, PAGE1)
    write_page(root, "wbrb", "2024-13-01", 1, PAGE1)  # no 13th month
    (root / "wbrb" / "2024-03-01" / "frontpage.txt").write_text(PAGE2, encoding="utf-8")
    (root / "wbrb" / "2024-03-01" / "03.txt").write_bytes(b"")
    (root / "wbrb" / "2024-03-01" / "04.txt").write_bytes(b"<html><body><p>x</p></body></html>")
    (root / "wbrb" / "2024-03-01" / "scan.pdf").write_bytes(b"%PDF-1.4")
    summary = archive.ingest([root, tmp_path / "missing"], progress=False)
    reasons = {p.rsplit("/", 2)[-2] + "/" + p.rsplit("/", 1)[-1]: r for p, r in summary.skipped}
    assert 6 == len(summary.skipped)
    assert "unknown date" in reasons["2024-13-01/01.txt"]
    assert "no page number" in reasons["2024-03-01/frontpage.txt"]
    assert "[E010]" in reasons["2024-03-01/03.txt"]
    assert "[E013]" in reasons["2024-03-01/04.txt"]
    assert "not a .txt page" in reasons["2024-03-01/scan.pdf"]
    assert "no such file" in reasons[str(tmp_path).rsplit("/", 1)[-1] + "/missing"]
    assert [1] == [p["page"] for p in archive.pages("wbrb", "2024-03-01")]


def test_csv_and_json_manifest(tmp_path, archive):
    (tmp_path / "a.txt").write_text(PAGE1, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE2, encoding="gb18030")
    (tmp_path / "c.txt").write_text(PAGE2, encoding="utf-8")
    (tmp_path / "m.csv").write_text(
        "file,paper,date,page,page_name\n"
        "a.txt,hbrb,2022-05-04,1,要闻\n"
        "b.txt,hbrb,2022-05-04,2,地方\n"
        "c.txt,hbrb,2022-05-41,3,\n"
        "gone.txt,hbrb,2022-05-04,4,\n", encoding="utf-8")
    summary = archive.ingest([], manifest=tmp_path / "m.csv", progress=False)
    assert [("要闻", 1), ("地方", 2)] == [(p["page_name"], p["page"]) for p in archive.pages("hbrb", "2022-05-04")]
    assert "gb18030" == archive.page("hbrb", "2022-05-04", 2)["encoding"]
    assert 2 == len(summary.skipped)
    assert any("[E500]" in r for _, r in summary.skipped)
    (tmp_path / "m.json").write_text(json.dumps([{"file": "c.txt", "paper": "hbrb", "date": "2022-05-05", "page": 7}]))
    archive.ingest([], manifest=tmp_path / "m.json", progress=False)
    assert [7] == [p["page"] for p in archive.pages("hbrb", "2022-05-05")]
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(ArchiveError, match=r"\[E502\]"):
        archive.ingest([], manifest=tmp_path / "bad.json", progress=False)


def test_a_new_restorer_restores_unchanged_pages_again(tmp_path, archive):
    root = tmp_path / "in"
    write_page(root, "wbrb", "2024-03-01", 1, PAGE1)
    archive.ingest([root], progress=False)

    def newer(text, source="<text>", page_no=None):
        page = simple_restore(text, source=source, page_no=page_no)
        page.articles = page.articles[:1]  # a restorer that reads the page differently
        return page

    newer.version = "2.0"
    with Archive(archive.path, restorer=newer, facts=False) as upgraded:
        summary = upgraded.ingest([root], progress=False)
        assert (1, 1, 0) == (summary.issues_written, summary.pages_replaced, summary.pages_unchanged)
        assert 1 == upgraded.stats()["articles"]
        assert (0, 1) == (lambda s: (s.issues_written, s.issues_unchanged))(upgraded.ingest([root], progress=False))


def test_an_archive_of_schema_2_is_upgraded_and_its_pages_restored_again(tmp_path):
    path = tmp_path / "old.db"
    write_page(tmp_path / "in", "wbrb", "2024-03-01", 1, PAGE1)
    with Archive(path, restorer=simple_restore, facts=False) as archive:
        archive.ingest([tmp_path / "in"], progress=False)
    store = SqliteStore(path)
    store.con.execute("ALTER TABLE pages DROP COLUMN restorer")  # what schema 2 wrote
    store.con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    store.close()
    with Archive(path, restorer=simple_restore, facts=False) as archive:
        summary = archive.ingest([tmp_path / "in"], progress=False)
        assert (1, 1) == (summary.issues_written, summary.pages_replaced)
        assert 2 == archive.stats()["articles"]


def test_reingest_is_idempotent_and_a_changed_page_replaces_the_old(tmp_path, archive):
    root = tmp_path / "in"
    write_page(root, "wbrb", "2024-03-01", 1, PAGE1)
    write_page(root, "wbrb", "2024-03-01", 2, PAGE2)
    archive.ingest([root], progress=False)
    before = list(archive.iter_articles())
    again = archive.ingest([root], progress=False)
    assert (0, 1, 2) == (again.issues_written, again.issues_unchanged, again.pages_unchanged)
    assert before == list(archive.iter_articles())

    write_page(root, "wbrb", "2024-03-01", 2, PAGE2_NEW)
    changed = archive.ingest([root], progress=False)
    assert (1, 1, 1) == (changed.issues_written, changed.pages_replaced, changed.pages_unchanged)
    assert 4 == archive.stats()["articles"]
    assert 0 == archive.search("二十架")["total"]
    assert ["wbrb-2024-03-01-p02-a01"] == [h["id"] for h in archive.search("三十架")["hits"]]
    assert PAGE2_NEW == archive.page("wbrb", "2024-03-01", 2)["text"]
    # a page ingested alone joins its issue, the issue's other pages stay
    only = tmp_path / "only"
    write_page(only, "wbrb", "2024-03-01", 5, PAGE2)
    archive.ingest([only], progress=False)
    assert [1, 2, 5] == [p["page"] for p in archive.pages("wbrb", "2024-03-01")]


@pytest.mark.parametrize("exc", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_failure_mid_issue_leaves_the_archive_as_before(tmp_path, archive, monkeypatch, exc):
    root = tmp_path / "in"
    write_page(root, "wbrb", "2024-03-01", 1, PAGE1)
    write_page(root, "wbrb", "2024-03-01", 2, PAGE2)
    archive.ingest([root], progress=False)
    before = (archive.stats(), list(archive.iter_articles()), archive.page("wbrb", "2024-03-01", 2))

    write_page(root, "wbrb", "2024-03-01", 2, PAGE2_NEW)
    write_page(root, "wbrb", "2024-03-02", 1, PAGE1)
    real = SqliteStore._insert_article
    calls = {"n": 0}

    def flaky(self, record, *args):
        calls["n"] += 1
        if calls["n"] == 3:  # the old issue is deleted and two articles are written by now
            raise exc
        return real(self, record, *args)

    monkeypatch.setattr(SqliteStore, "_insert_article", flaky)
    with pytest.raises(type(exc)):
        archive.ingest([root], progress=False)
    assert before == (archive.stats(), list(archive.iter_articles()), archive.page("wbrb", "2024-03-01", 2))
    assert ["2024-03-01"] == archive.dates("wbrb")
    monkeypatch.setattr(SqliteStore, "_insert_article", real)
    # the next run picks up where it failed
    summary = archive.ingest([root], progress=False)
    assert 2 == summary.issues_written
    assert ["2024-03-01", "2024-03-02"] == archive.dates("wbrb")


def test_a_failed_restore_skips_that_page_only(tmp_path):
    def picky(text, source="", page_no=None):
        if "钢琴" in text:
            raise ValueError("cannot restore this one")
        return simple_restore(text, source, page_no)

    root = tmp_path / "in"
    write_page(root, "wbrb", "2024-03-01", 1, PAGE1)
    write_page(root, "wbrb", "2024-03-01", 2, PAGE2)
    with Archive(":memory:", restorer=picky, facts=False) as archive:
        summary = archive.ingest([root], progress=False)
        assert [1] == [p["page"] for p in archive.pages("wbrb", "2024-03-01")]
        assert 1 == len(summary.skipped) and "restore failed" in summary.skipped[0][1]


def test_facts_are_stored_when_extract_facts_exists(tmp_path, monkeypatch):
    import banmian.archive.db as db

    seen = []

    def fake_facts(article, issue_date, article_id):
        seen.append((article_id, issue_date))
        return {"chars": len(article["text"]), "titles": [article["title"]]}

    monkeypatch.setattr(db, "_default_facts", lambda: fake_facts)
    write_page(tmp_path, "wbrb", "2024-03-01", 1, PAGE1)
    with Archive(":memory:", restorer=simple_restore) as archive:
        summary = archive.ingest([tmp_path], progress=False)
        facts = list(archive.iter_facts())
    assert 2 == summary.facts == len(facts)
    assert ("wbrb-2024-03-01-p01-a01", "2024-03-01") == seen[0]
    assert ["城市绿道全线贯通"] == facts[0]["facts"]["titles"]


def test_readonly_archive_refuses_missing_file_and_writes(tmp_path):
    with pytest.raises(ArchiveError, match=r"\[E505\]"):
        Archive(tmp_path / "nope.db", readonly=True)
    write_page(tmp_path / "in", "wbrb", "2024-03-01", 1, PAGE1)
    with Archive(tmp_path / "t.db", restorer=simple_restore, facts=False) as archive:
        archive.ingest([tmp_path / "in"], progress=False)
    with Archive(tmp_path / "t.db", readonly=True) as reader:
        assert 1 == reader.search("绿道")["total"]
        with pytest.raises(ArchiveError, match=r"\[E506\]"):
            reader.ingest([tmp_path / "in"], progress=False)


def test_paragraph_text_that_its_spans_do_not_reproduce_is_kept_as_given():
    restored = {"articles": [{"title": "标题", "paragraphs": [
        {"text": "正文第一段。", "spans": [[4, 10]], "role": "body"},
        {"text": "改过的文字。", "spans": [[11, 17]], "role": "body"}]}]}
    text = "标题\n\n正文第一段。\n原来的文字。\n"
    with Archive(":memory:", facts=False) as archive:
        from banmian.archive import PageInput

        archive.ingest_pages([PageInput("wbrb", "2024-03-01", 1, text, restored=restored)], progress=False)
        assert restored["articles"][0]["paragraphs"] == archive.page("wbrb", "2024-03-01", 1)["restored"]["articles"][0]["paragraphs"]
        assert ["正文第一段。", "改过的文字。"] == [p["text"] for p in archive.article("wbrb-2024-03-01-p01-a01")["parts"][0]["paragraphs"]]


def test_page_name_from_the_file_name(tmp_path, archive):
    folder = tmp_path / "wbrb" / "2024-03-01"
    folder.mkdir(parents=True)
    (folder / "01_要闻.txt").write_text(PAGE1, encoding="utf-8")
    (folder / "p02.txt").write_text(PAGE2, encoding="utf-8")
    archive.ingest([tmp_path], progress=False)
    assert [(1, "要闻"), (2, None)] == [(p["page"], p["page_name"]) for p in archive.pages("wbrb", "2024-03-01")]


def test_a_file_that_is_not_an_archive_is_a_clear_error(tmp_path):
    (tmp_path / "notes.db").write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(ArchiveError, match=r"\[E505\]"):
        Archive(tmp_path / "notes.db")
    import apsw

    other = apsw.Connection(str(tmp_path / "other.db"))
    other.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema_version', '0')")
    other.close()
    with pytest.raises(ArchiveError, match=r"\[E505\].*schema version 0"):
        Archive(tmp_path / "other.db", readonly=True)


def test_workers_restore_in_other_processes_with_the_same_result(tmp_path):
    root = tmp_path / "in"
    for n, text in enumerate([PAGE1, PAGE2, PAGE2_NEW], start=1):
        write_page(root, "wbrb", "2024-03-01", n, text)
    results = []
    for workers in (1, 2):
        with Archive(":memory:", restorer=simple_restore, facts=False) as archive:
            archive.ingest([root], progress=False, workers=workers)
            results.append(list(archive.iter_articles()))
    assert 5 == len(results[0])
    assert results[0] == results[1]
