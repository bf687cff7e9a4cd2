"""Every item's spans reproduce its surface text (property test), and map back to the page."""
from hypothesis import given, settings, strategies as st

from banmian.facts import FACT_TYPES, article_text, extract_facts

PIECES = ["市发改委党组书记、主任赵建林说，", "1至11月，", "全市规上工业增加值达到766.02亿元，", "同比增长35.47%。",
          "力争2024年突破1000亿元。", "明年", "年底前", "过万亿", "培育5个以上千亿级产业集群", "“十四五”时期",
          "党的十一届三中全会", "要强力推动产业转型实现新突破。", "（记者王五、赵六）", "鹿泉区", "常住人口1100多万，",
          "今年前三季度", "预计全年增长8%左右。", "，", "。", "\n", "约", "近", "以上", "2023年12月", "22日", "万", "亿",
          "百分之三十", "超七成", "上百只", "习近平总书记", "省长", "张三", "届时"]


def check(article, facts):
    text = article_text(article)
    fields = article if isinstance(article, dict) else {}
    for kind in FACT_TYPES:
        for item in facts[kind]:
            src = fields[item["field"]] if item.get("field") else text
            assert item["article"] == "x"
            assert item["spans"], item
            got = "".join(src[s:e] for s, e in item["spans"])
            assert item["text"] == got, (kind, item)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25), st.lists(st.sampled_from(PIECES), max_size=4))
def test_spans_reproduce_surface_text(body, title):
    article = {"title": "".join(title), "subtitle": "——访" + "".join(title), "byline": "本报记者 张三",
               "paragraphs": [p for p in "".join(body).split("\n")]}
    check(article, extract_facts(article, "2023-12-22", "x"))
    plain = "".join(body)
    check(plain, extract_facts(plain, "2023-12-22", "x"))


def test_article_text_is_title_and_paragraphs():
    assert "题\n一\n二" == article_text({"title": "题", "paragraphs": ["一", {"text": "二", "spans": [], "role": "body"}]})


def test_page_spans_map_back_to_the_page():
    page = "XX稳住增长势头YY力争2024年突破1000亿元。ZZ明年建成"
    title = "稳住增长势头"
    p1, p2 = "力争2024年突破1000亿元。", "明年建成"
    t0 = page.index(title)
    a0 = page.index(p1)
    b0 = page.index(p2)
    # the second paragraph is two page spans joined (a column break inside 明年)
    article = {"title": title, "field_spans": {"title": [[t0, t0 + len(title)]]},
               "paragraphs": [{"text": p1, "spans": [[a0, a0 + len(p1)]], "role": "body"},
                              {"text": p2, "spans": [[b0, b0 + 1], [b0 + 1, b0 + len(p2)]], "role": "body"}]}
    facts = extract_facts(article, "2023-12-22", "x")
    for kind in ("quantities", "times", "targets"):
        for item in facts[kind]:
            assert item["text"] == "".join(page[s:e] for s, e in item["page_spans"]), item
    assert {"1000亿元", "2024年", "明年"} <= {i["text"] for k in ("quantities", "times") for i in facts[k]}
