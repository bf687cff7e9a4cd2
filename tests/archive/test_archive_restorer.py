"""The archive on the real restorer (skipped while the restorer cannot run here, e.g. no seam model)."""
from __future__ import annotations

import pytest
from archive_helpers import write_page

from banmian.archive import Archive

FRONT = ("城市更新让老街焕发新颜\n\n□本报记者  王明\n\n本报杭州3月2日电  今年以来，老城区完成了三十条背街小巷的改造，"
         "新增口袋公园十二个。居民说，家门口的环境一年比一年好，\n\n（下转第四版）\n")
BACK = ("城市更新让老街焕发新颜\n\n（上接第一版）\n\n出门就能散步健身。下一步，改造将向更多老旧小区延伸。\n")


@pytest.fixture(scope="module")
def real_restore():
    try:
        from banmian.restore import restore

        restore("测试标题\n\n一段正文。\n", page_no=1)
    except Exception as exc:  # the restorer is built by another stage; this test waits for it
        pytest.skip(f"the real restorer cannot run here: {exc}")
    return restore


def test_ingest_with_the_real_restorer(tmp_path, real_restore):
    write_page(tmp_path, "hzrb", "2024-03-02", 1, FRONT)
    write_page(tmp_path, "hzrb", "2024-03-02", 4, BACK)
    with Archive(":memory:", facts=False) as archive:
        summary = archive.ingest([tmp_path], progress=False)
        assert [] == summary.skipped
        page = archive.page("hzrb", "2024-03-02", 1)
        assert FRONT == page["text"]
        # every paragraph of every article is the concatenation of its spans of the raw text
        for aid in page["articles"]:
            for part in archive.article(aid)["parts"]:
                raw = archive.page("hzrb", "2024-03-02", part["page"])["text"]
                for para in part["paragraphs"]:
                    assert para["text"] == "".join(raw[s:e] for s, e in para["spans"])
        assert 1 == archive.search("口袋公园")["total"]
        hits = archive.search("下一步")["hits"]
        assert ["hzrb-2024-03-02-p01-a01"] == [h["id"] for h in hits]
        article = archive.article("hzrb-2024-03-02-p01-a01")
        assert [1, 4] == article["pages"]
        assert "城市更新让老街焕发新颜" == article["title"]
        assert 1 == archive.search("好，出门")["total"]  # the sentence cut by the jump, found whole
