"""The ``banmian facts`` command: formats and error paths."""
import csv
import io
import json

from click.testing import CliRunner

from banmian.facts.commands import facts

TEXT = "市发改委党组书记、主任赵建林说，力争2024年突破1000亿元。"


def run(args, tmp_path):
    return CliRunner().invoke(facts, args, catch_exceptions=False)


def test_json_output_has_every_key(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    r = run([str(p), "--date", "2023-12-22"], tmp_path)
    assert 0 == r.exit_code, r.output
    out = json.loads(r.output)
    assert ["people", "organisations", "quantities", "times", "targets", "observations", "tasks"] == list(out)
    assert ["赵建林"] == [p["name"] for p in out["people"]]
    assert all(item["article"] == "a" for k in out for item in out[k])


def test_json_article_and_csv(tmp_path):
    p = tmp_path / "art.json"
    p.write_text(json.dumps({"id": "x9", "title": "题", "paragraphs": [TEXT]}, ensure_ascii=False), encoding="utf-8")
    r = run([str(p), "--date", "2023-12-22", "--format", "csv"], tmp_path)
    assert 0 == r.exit_code, r.output
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert {"people", "quantities", "times", "targets"} <= {row["type"] for row in rows}
    assert {"x9"} == {row["article"] for row in rows}


def test_jsonl(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    r = run([str(p), "--date", "2023-12-22", "--format", "jsonl"], tmp_path)
    lines = [json.loads(x) for x in r.output.splitlines()]
    assert lines and all("type" in x and "spans" in x for x in lines)


def test_invalid_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(facts, [str(p), "--date", "2023-13-45"])
    assert 1 == r.exit_code
    assert "Error: [E020] Unknown date '2023-13-45': expected YYYY-MM-DD.\n" == r.output


def test_missing_date_option(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(facts, [str(p)])
    assert 0 != r.exit_code and "--date" in r.output


def test_missing_file(tmp_path):
    r = CliRunner().invoke(facts, [str(tmp_path / "nope.txt"), "--date", "2023-12-22"])
    assert 1 == r.exit_code
    assert "[E016]" in r.output and "Traceback" not in r.output


def test_bad_json(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text("{not json", encoding="utf-8")
    r = CliRunner().invoke(facts, [str(p), "--date", "2023-12-22"])
    assert 1 == r.exit_code and "[E030]" in r.output


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    r = CliRunner().invoke(facts, [str(p), "--date", "2023-12-22"])
    assert 1 == r.exit_code and "[E010]" in r.output


def test_docstring_has_example():
    assert "Example:" in facts.help


PAGE = """稳住增长势头 加快转型升级

——访某市某区委书记李明

本报记者 张三

1至11月，全区规上工业增加值达到766.02亿元，同比增长35.47%。区委书记李明说，力争2024年突破1000亿元。
"""


def test_raw_page_is_restored_and_page_spans_point_into_it(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    r = CliRunner().invoke(facts, [str(p), "--date", "2023-12-22", "--as", "page"])
    assert 0 == r.exit_code, r.output
    out = json.loads(r.output)
    items = [i for k in ("quantities", "times") for i in out[k]]
    assert {"766.02亿元", "1000亿元", "1至11月"} <= {i["text"] for i in items}
    for i in items:
        assert i["text"] == "".join(PAGE[s:e] for s, e in i["page_spans"])
