"""The article view marks the typos the restorer suspected, with the correction it offers."""
from __future__ import annotations

from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install -e '.[web]')")

PAGE = ("稳住增长势头 加快转型升级\n\n本报记者  张  三\n\n"
        "今年以来，全市工业业经济稳中有进，市工信局将重点推进产业链延链补链强链。\n\n"
        "他常常说，人人都要努力，党委委员带头干。\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from banmian.archive import Archive

    root = tmp_path_factory.mktemp("webtypos")
    page = root / "pages" / "民生日报" / "2024-03-15" / "01.txt"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE, encoding="utf-8")
    with Archive(root / "typos.db") as archive:
        archive.ingest([root / "pages"], progress=False)
    return root / "typos.db"


def test_the_article_view_marks_a_suspected_typo_with_its_correction(client, db):
    from banmian.archive import Archive

    with Archive(db, readonly=True) as a:
        (article,) = list(a.iter_articles())
    html = client.get("/articles/" + quote(article["id"])).text
    assert '<span class="m-typo" title="印刷疑误 typo? 业业 → 业">业业</span>' in html
    assert "常常" in html and html.count("m-typo") == 2  # the toggle's key, the one mark
