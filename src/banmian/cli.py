"""The ``banmian`` command line: a thin layer over the Python API.

Each stage of the pipeline contributes its commands from ``banmian.<stage>.commands``;
this module only gathers them, so ``banmian --help`` lists every command.
"""
from __future__ import annotations

import importlib
import logging

import click

from . import __version__

# Stage modules that contribute commands, in pipeline order.
STAGES = ("restore", "archive", "facts", "reuse", "web")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="banmian")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """banmian (版面): restore, archive, search and analyse Chinese newspaper pages."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


for _stage in STAGES:
    try:
        _module = importlib.import_module(f"banmian.{_stage}.commands")
    except ModuleNotFoundError as exc:  # a stage not built yet contributes nothing
        if exc.name != f"banmian.{_stage}.commands":
            raise
        continue
    for _command in _module.COMMANDS:
        cli.add_command(_command)
