import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from banmian.cli import cli

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schema" / "page.schema.json").read_text(encoding="utf-8"))
PAGE = "小城故事多\n\n本报记者 李四\n\n这座小城的变化，大家有目共睹。街道变宽了，\n\n绿地变多了，居民的笑容也多了。\n"


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_help_lists_restore():
    result = run("--help")
    assert 0 == result.exit_code
    assert "restore" in result.output


def test_restore_json_follows_the_schema(tmp_path):
    f = tmp_path / "03.txt"
    f.write_text(PAGE, encoding="gb18030")
    result = run("restore", str(f))
    assert 0 == result.exit_code, result.output
    doc = json.loads(result.output)
    jsonschema.validate(doc, SCHEMA)
    assert str(f) == doc["source"]
    assert "gb18030" == doc["encoding"]
    assert 3 == doc["page"]
    assert ["这座小城的变化，大家有目共睹。街道变宽了，绿地变多了，居民的笑容也多了。"] == [
        p["text"] for a in doc["articles"] for p in a["paragraphs"]
    ]


def test_folder_gives_one_json_object_a_page(example_pages):
    folder = example_pages[0].parent
    result = run("restore", str(folder))
    assert 0 == result.exit_code, result.output
    lines = result.output.strip().split("\n")
    assert len(list(folder.glob("*.txt"))) == len(lines)
    for line in lines:
        jsonschema.validate(json.loads(line), SCHEMA)


@pytest.mark.parametrize("fmt, needle", [("text", "小城故事多"), ("md", "## 小城故事多")])
def test_human_formats(tmp_path, fmt, needle):
    f = tmp_path / "p.txt"
    f.write_text(PAGE, encoding="utf-8")
    result = run("restore", str(f), "--format", fmt)
    assert 0 == result.exit_code
    assert needle in result.output


@pytest.mark.parametrize(
    "content, code",
    [
        (b"", "E010"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 100, "E012"),
        ("<html><body><p>这座小城的变化</p></body></html>".encode(), "E013"),
        (b"\xff\xfe\xfa" * 40 + b"\x81", "E014"),
    ],
)
def test_bad_input_is_a_clear_error_not_a_traceback(tmp_path, content, code):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    result = run("restore", str(f))
    assert 0 != result.exit_code
    assert code in result.output
    assert "Traceback" not in result.output


def test_enormous_file_is_refused(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(("这座小城的变化，大家有目共睹。\n" * 1_200_000).encode("utf-8"))  # ~50 MB
    result = run("restore", str(f))
    assert 1 == result.exit_code
    assert "E011" in result.output


def test_missing_path(tmp_path):
    result = run("restore", str(tmp_path / "nope.txt"))
    assert 0 != result.exit_code
    assert "E016" in result.output


def test_one_bad_file_in_a_folder_is_skipped_and_reported(tmp_path):
    (tmp_path / "01.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "02.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["restore", str(tmp_path)])
    assert 1 == result.exit_code
    assert 1 == len([l for l in result.stdout.splitlines() if l.startswith("{")])
    assert "E010" in result.stderr


def test_a_page_of_furniture_only_is_reported_not_silently_empty(tmp_path):
    f = tmp_path / "03.txt"
    f.write_text("责编：王明\n\n第3版\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["restore", str(f)])
    assert 0 == result.exit_code
    assert [] == json.loads(result.stdout)["articles"]
    assert "no article found" in result.stderr and "furniture" in result.stderr
