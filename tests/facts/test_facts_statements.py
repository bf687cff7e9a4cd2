"""Targets, observations and tasks in the style of the issue's examples."""
from banmian.facts import extract_facts

ISSUE = "2023-12-22"


def facts(*paragraphs, title="稳住增长势头"):
    return extract_facts({"title": title, "paragraphs": list(paragraphs)}, ISSUE, "a1")


def test_target_with_modality_and_deadline():
    f = facts("市发改委党组书记、主任赵建林说，力争2024年规上工业增加值突破1000亿元。")
    (t,) = f["targets"]
    assert ("力争", 1e11, "CNY", "2024-12-31", "赵建林") == (
        t["modality"], t["value"], t["unit"], t["deadline"]["to"], t["speaker"])
    assert "规上工业增加值" == t["metric"]


def test_observation_with_period_and_change():
    f = facts("1至11月，全市规上工业增加值达到766.02亿元，同比增长35.47%。")
    (o,) = f["observations"]
    assert ("actual", 7.6602e10, "2023-01-01", "2023-11-30") == (o["kind"], o["value"], o["period"]["from"], o["period"]["to"])
    assert (35.47, "yoy") == (o["change"]["value"], o["change"]["basis"])
    assert "规上工业增加值" == o["metric"]
    assert [] == f["targets"]


def test_forecast_of_a_period_already_over():
    f = extract_facts("预计2023年全年地区生产总值增长5%左右。", "2024-01-10")
    (o,) = f["observations"]
    assert ("forecast", 5.0) == (o["kind"], o["value"])


def test_future_deadline_without_modal_verb_is_a_target():
    f = facts("到2025年，全市数字经济核心产业增加值达到500亿元。")
    (t,) = f["targets"]
    assert ("", "2025-12-31") == (t["modality"], t["deadline"]["to"])


def test_disposal_jiang_is_not_a_modality():
    f = facts("去年，省里将12种药品纳入医保目录。")
    assert [] == f["targets"]


def test_past_period_with_zhengqu_is_an_observation():
    f = facts("去年全省争取植树任务120万亩。")
    assert [] == f["targets"]
    assert ["120万亩"] == [o["quantity"]["text"] for o in f["observations"]]


def test_task():
    f = facts("要强力推动先进制造业集群发展实现新突破。")
    (task,) = f["tasks"]
    assert task["text"].startswith("强力推动") and "实现新突破" in task["text"]


def test_every_statement_names_its_evidence():
    f = facts("1至11月，全市规上工业增加值达到766.02亿元。力争2024年突破1000亿元。")
    text = "稳住增长势头\n1至11月，全市规上工业增加值达到766.02亿元。力争2024年突破1000亿元。"
    for st in f["targets"] + f["observations"]:
        s, e = st["spans"][0]
        assert st["text"] == text[s:e]
        qs, qe = st["quantity"]["spans"][0]
        assert st["quantity"]["text"] == text[qs:qe]
