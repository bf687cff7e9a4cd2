"""Column banners derived from corpus statistics (articles written for the test)."""
from banmian.restore import banners


def _art(title, date, paragraphs):
    return {"title": title, "date": date, "paragraphs": paragraphs}


def test_a_short_headline_over_inner_headings_on_many_dates_is_a_banner():
    items = ["开头一句话。", "小标题一", "正文一句。", "小标题二", "正文又一句。"]
    arts = [_art("八方  速递", f"2024-01-0{d}", items) for d in range(1, 4)]
    arts += [_art("图片新闻", f"2024-02-0{d}", ["一张图片的说明文字。"]) for d in range(1, 6)]  # no inner headings
    arts += [_art("独家观察", "2024-03-01", items)]  # one date only
    arts += [_art("这是一个很长的标题不会是栏目名", f"2024-04-0{d}", items) for d in range(1, 4)]
    assert ["八方速递"] == banners.derive(arts)


def test_the_stored_list_is_read_and_keyed_without_spaces(tmp_path):
    path = tmp_path / "banners.json"
    banners.save(["八方速递"], path)
    assert frozenset({"八方速递"}) == banners.load(path)
    assert "八方速递" == banners.banner_key("八方 速递")
    assert frozenset() == banners.load(tmp_path / "absent.json")
