"""Quantities: the examples of issue 4, plus the traps (dates, ordinals, idioms)."""
import pytest

from banmian.facts.quantities import cn_to_number, find_quantities


def one(text):
    qs = find_quantities(text)
    assert 1 == len(qs), qs
    return qs[0]


def test_money_in_yi_yuan():
    q = one("1至11月，全市规上工业增加值达到766.02亿元")
    assert ("766.02亿元", 7.6602e10, "CNY", "=") == (q["text"], q["value"], q["unit"], q["comparator"])


def test_over_a_trillion():
    q = one("经济总量过万亿")
    assert ("过万亿", 1e12, ">") == (q["text"], q["value"], q["comparator"])


def test_at_least_five_clusters_of_each_1e11():
    qs = find_quantities("培育5个以上千亿级产业集群")
    first = qs[0]
    assert ("5个以上", 5.0, "个", "≥") == (first["text"], first["value"], first["unit"], first["comparator"])
    assert {"value": 1e11, "comparator": "≥"} == {k: first["each"][k] for k in ("value", "comparator")}


def test_year_on_year_change():
    q = one("同比增长35.47%")
    assert (35.47, "%", {"direction": "+", "basis": "yoy"}) == (q["value"], q["unit"], q["change"])


def test_more_than_is_a_range():
    q = one("常住人口1100多万")
    assert ("range", True, 1.1e7, 1.2e7) == (q["comparator"], q["approximate"], q["low"], q["high"])


@pytest.mark.parametrize("text, value, unit, comparator", [
    ("力争2024年突破1000亿元", 1e11, "CNY", ">"),
    ("约50%", 50.0, "%", "≈"),
    ("超过1.2万人", 12000.0, "人", ">"),
    ("投资20至30万元", 2e5, "CNY", "range"),
    ("百分之三十", 30.0, "%", "="),
    ("上百亿元", 1e10, "CNY", ">"),
    ("上百只", 100.0, "只", ">"),
    ("占比超七成", 70.0, "%", ">"),
    ("不少于25个", 25.0, "个", "≥"),
    ("4.6亿美元", 4.6e8, "USD", "="),
    ("60周岁及以上", 60.0, "周岁", "≥"),
    ("提高6.74个百分点", 6.74, "pp", "="),
])
def test_values(text, value, unit, comparator):
    q = one(text)
    assert (value, unit, comparator) == (pytest.approx(q["value"]), q["unit"], q["comparator"])


@pytest.mark.parametrize("text", ["2023年12月22日", "第3次会议", "5G基站", "千万不能放松", "亿万人民", "最近3年", "党的二十大"])
def test_not_quantities(text):
    assert [] == [q["text"] for q in find_quantities(text) if q["unit"] not in ("个",)]


def test_sign_of_a_word_before_is_not_a_comparator():
    assert "=" == one("签约66.5亿元")["comparator"]


@pytest.mark.parametrize("text, value", [("一千一百", 1100), ("三万", 30000), ("万亿", 1e12), ("十四", 14), ("两亿", 2e8)])
def test_cn_to_number(text, value):
    assert value == cn_to_number(text)


def test_enumeration_shares_the_last_unit():
    qs = find_quantities("分别为8.1万、6.5万、3万人次")
    assert ["人次", "人次", "人次"] == [q["unit"] for q in qs]


def test_negative_figure():
    (q,) = find_quantities("影响约为-0.4个百分点")
    assert ("-0.4个百分点", -0.4, "pp", "≈") == (q["text"], q["value"], q["unit"], q["comparator"])


def test_price_per_unit_and_clock_time():
    assert [("1.39元/斤", "CNY/斤")] == [(q["text"], q["unit"]) for q in find_quantities("土豆1.39元/斤，10时04分")]


def test_no_binary_noise_in_values():
    (q,) = find_quantities("33.98万亿元")
    assert 33980000000000.0 == q["value"]
