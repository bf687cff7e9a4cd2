import json

import pyarrow.dataset as ds
from click.testing import CliRunner

from banmian.cli import cli


def _jsonl(path, articles):
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def test_reuse_json_output(tmp_path, reuse_articles):
    src = _jsonl(tmp_path / "a.jsonl", reuse_articles)
    result = CliRunner().invoke(cli, ["reuse", "--input", str(src), "--format", "json", "--out", str(tmp_path / "run")])
    assert 0 == result.exit_code, result.output
    data = json.loads(result.output)
    assert 1 == len(data["clusters"])
    member = data["clusters"][0]["members"][0]
    assert {"article", "spans", "text"} == set(member)
    art = {a["id"]: a["text"] for a in reuse_articles}[member["article"]]
    (b, e), = member["spans"]
    assert art[b:e] == member["text"]
    assert (tmp_path / "run" / "clusters.parquet").is_file()


def test_reuse_text_output(tmp_path, reuse_articles):
    src = _jsonl(tmp_path / "a.jsonl", reuse_articles)
    result = CliRunner().invoke(cli, ["reuse", "--input", str(src), "--min-chars", "20"])
    assert 0 == result.exit_code, result.output
    assert result.output.startswith("cluster 0 [reuse] 4 articles\n")


def test_reuse_needs_one_input():
    result = CliRunner().invoke(cli, ["reuse"])
    assert 1 == result.exit_code
    assert "Error: [E707] Give exactly one input: --db FILE or --input articles.jsonl.\n" == result.output


def test_reuse_bad_jsonl_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["reuse", "--input", str(bad)])
    assert 1 == result.exit_code
    assert "[E705] Article 0 has no 'paper'" in result.output
    assert "Traceback" not in result.output


def test_batch_local_writes_partitions_and_counts_bad_files(tmp_path):
    day = tmp_path / "pages" / "县报" / "2024-03-01"
    day.mkdir(parents=True)
    (day / "01.txt").write_text("乡村振兴有了新路子\n\n本报讯  合作社引进了新的育苗技术，今年的秧苗长势格外喜人。"
                                "村民们说，日子越过越有奔头。\n", encoding="utf-8")
    (day / "02.txt").write_bytes(b"")  # empty: a bad file, logged and counted
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "pages"), str(tmp_path / "out"), "--engine", "local",
                                      "--no-facts", "--method", "naive"])
    assert 0 == result.exit_code, result.output
    assert "2 pages" in result.output and "1 failed" in result.output
    table = ds.dataset(tmp_path / "out" / "articles", partitioning="hive").to_table().to_pydict()
    assert ["县报"] == sorted(set(table["paper"]))
    assert any("秧苗长势" in t for t in table["text"])


def test_reuse_from_archive(tmp_path):
    archive = __import__("pytest").importorskip("banmian.archive")
    from reuse_texts import FILLERS, PASSAGE

    for paper, date, filler in (("省报", "2024-03-01", FILLERS[0]), ("市报", "2024-03-04", FILLERS[4])):
        day = tmp_path / "pages" / paper / date
        day.mkdir(parents=True)
        (day / "01.txt").write_text(f"稳住工业基本盘\n\n本报讯  {filler}{PASSAGE}{FILLERS[8 if paper == '省报' else 9]}\n",
                                    encoding="utf-8")
    db = tmp_path / "a.db"
    from banmian.restore import restore

    def naive(text, source="<text>", page_no=None):  # the baseline restorer: no model files needed
        return restore(text, source=source, page_no=page_no, method="naive")

    with archive.Archive(db, restorer=naive, facts=False) as arch:
        arch.ingest([tmp_path / "pages"], progress=False)
    result = CliRunner().invoke(cli, ["reuse", "--db", str(db), "--format", "json"])
    assert 0 == result.exit_code, result.output
    clusters = json.loads(result.output)["clusters"]
    assert 1 == len(clusters)
    assert all(PASSAGE.rstrip("。") in m["text"] for m in clusters[0]["members"])


def test_commands_are_documented_with_an_example():
    from banmian.reuse.commands import COMMANDS

    assert {"reuse", "batch"} == {c.name for c in COMMANDS}
    for command in COMMANDS:
        assert command.help.strip().splitlines()[-1].strip().startswith("Example: banmian " + command.name)
