"""The corpus splits: held-out dates, and training pages kept apart for fitting."""
from banmian.bench.split import FIT_SHARE, is_fit_page, page_key, split_of
from banmian.restore.seam_train import read_pages


def test_page_keys_name_date_and_zero_padded_page():
    assert "2020-02-15/07" == page_key("2020-02-15", "7") == page_key("2020-02-15", 7)


def test_about_one_training_page_in_fit_share_is_kept_for_fitting():
    keys = [page_key(f"2021-{m:02d}-{d:02d}", p) for m in range(1, 13) for d in range(1, 29) for p in range(1, 9)]
    share = sum(map(is_fit_page, keys)) / len(keys)
    assert abs(share - 1 / FIT_SHARE) < 0.03
    assert [is_fit_page(k) for k in keys] == [is_fit_page(k) for k in keys]  # stable, not random


def test_the_seam_model_groups_pages_by_the_same_keys(tmp_path):
    # The seam model counts the pages that are not fit pages; the assembler fits on fit
    # pages: both must name a page alike, or the fit would see counted text.
    import gzip
    import json

    arts = [{"date": "2021-03-04", "page": 3, "title": "标题", "paragraphs": ["正文。"]},
            {"date": "2021-03-04", "page": "3", "title": "另一篇", "paragraphs": ["正文。"]}]
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in arts)
    pages = read_pages(path, split_of("2021-03-04"))
    assert [page_key("2021-03-04", 3)] == list(pages) and 2 == len(pages["2021-03-04/03"])


def test_an_article_is_on_a_fit_page_when_its_page_is():
    from banmian.bench.split import on_fit_page

    arts = [{"date": f"2021-05-{d:02d}", "page": p} for d in range(1, 29) for p in range(1, 9)]
    assert [on_fit_page(a) for a in arts] == [is_fit_page(page_key(a["date"], a["page"])) for a in arts]
    assert any(map(on_fit_page, arts)) and not all(map(on_fit_page, arts))
