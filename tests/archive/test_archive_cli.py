"""The archive commands through click's CliRunner: ingest, search, export."""
from __future__ import annotations

import json

import pytest
from archive_helpers import simple_restore, write_page
from click.testing import CliRunner

from banmian.archive.commands import COMMANDS
from banmian.cli import cli

PAGE = "鹿泉区新建产业园\n\n鹿泉区生物医药产业园今天开工，总投资五十亿元。\n"


@pytest.fixture
def runner(monkeypatch, tmp_path):
    import banmian.archive.db as db

    monkeypatch.setattr(db, "_default_restorer", lambda: simple_restore)
    monkeypatch.setattr(db, "_default_facts", lambda: None)
    monkeypatch.chdir(tmp_path)
    write_page(tmp_path / "in", "wbrb", "2024-01-05", 2, PAGE)
    return CliRunner()


def test_ingest_search_export(runner, tmp_path):
    result = runner.invoke(cli, ["ingest", "in", "-q"])
    assert 0 == result.exit_code, result.output
    assert "1 issues written" in result.output
    assert (tmp_path / "banmian.db").exists()  # the default store is in the working directory
    again = runner.invoke(cli, ["ingest", "in", "-q"])
    assert "0 issues written, 1 unchanged" in again.output

    result = runner.invoke(cli, ["search", "鹿泉", "--format", "json"])
    assert 0 == result.exit_code, result.output
    data = json.loads(result.output)
    assert ["wbrb-2024-01-05-p02-a01"] == [h["id"] for h in data["hits"]]
    text = runner.invoke(cli, ["search", "医药", "--page", "2", "--from", "2024-01-01", "--to", "2024-01-31"])
    assert "1 hits" in text.output and "[医药]" in text.output

    out = runner.invoke(cli, ["export", "articles", "--format", "jsonl"])
    assert 0 == out.exit_code
    assert "wbrb-2024-01-05-p02-a01" == json.loads(out.stdout.splitlines()[0])["id"]
    part = runner.invoke(cli, ["export", "articles", "--format", "parquet", "--partitioned", "parts"])
    assert 0 == part.exit_code, part.output
    assert (tmp_path / "parts" / "paper=wbrb" / "date=2024-01-05").is_dir()


def test_clear_errors_without_tracebacks(runner):
    runner.invoke(cli, ["ingest", "in", "-q"])
    bad = runner.invoke(cli, ["search", '"鹿泉'])
    assert 1 == bad.exit_code
    assert "Error: [E503] Bad search query '\"鹿泉': a double quote is not closed.\n" == bad.output
    bad_date = runner.invoke(cli, ["ingest", "in", "--date", "2024-02-31"])
    assert 1 == bad_date.exit_code and "[E500] Unknown date '2024-02-31'" in bad_date.output
    missing = runner.invoke(cli, ["search", "x", "--db", "nope.db"])
    assert 1 == missing.exit_code and "[E505]" in missing.output
    parquet_stdout = runner.invoke(cli, ["export", "articles", "--format", "parquet"])
    assert 1 == parquet_stdout.exit_code and "[E508]" in parquet_stdout.output
    assert 2 == runner.invoke(cli, ["ingest"]).exit_code  # usage error


def test_skipped_files_are_reported(runner, tmp_path):
    write_page(tmp_path / "in", "wbrb", "not-a-date", 1, PAGE)
    result = runner.invoke(cli, ["ingest", "in", "-q"])
    assert 0 == result.exit_code
    assert "not-a-date/01.txt: unknown date" in result.output


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_command_is_documented_with_an_example(command):
    commands = [command] + list(getattr(command, "commands", {}).values())
    for cmd in commands:
        assert "Example:" in (cmd.help or ""), cmd.name
