"""Every command is listed by `banmian --help`, documented, and in the README."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from banmian.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
EXPECTED = {"restore", "ingest", "search", "export", "serve", "facts", "reuse", "batch"}


def test_help_lists_every_command():
    result = CliRunner().invoke(cli, ["--help"])
    assert 0 == result.exit_code
    listed = {line.split()[0] for line in result.output.split("Commands:")[1].splitlines() if line.strip()}
    assert EXPECTED <= listed


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_is_documented_with_an_example(name):
    command = cli.commands[name]
    assert command.help and "Example:" in command.help
    assert f"banmian {name}" in README
