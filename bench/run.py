"""Run every benchmark (`bench/*_bench.py`) and assemble BENCHMARKS.md from their results.

Each benchmark writes its own section to bench/results/<name>.md; this script runs them
in pipeline order and concatenates the sections under a header naming the machine.
Usage: python bench/run.py [NAME ...]   (default: all)
       python bench/run.py --collect      (only assemble BENCHMARKS.md from existing results)
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from banmian.bench.machine import describe as describe_machine

HERE = Path(__file__).resolve().parent
ORDER = ["restore", "archive", "facts", "reuse"]


def main(names: list[str]) -> int:
    collect_only = "--collect" in names
    names = [n for n in names if n != "--collect"]
    names = [] if collect_only else (names or [n for n in ORDER if (HERE / f"{n}_bench.py").exists()])
    failed = []
    for name in names:
        script = HERE / f"{name}_bench.py"
        print(f"== {name} ==", flush=True)
        if subprocess.call([sys.executable, str(script)]) != 0:
            failed.append(name)
    sections = []
    for name in ORDER + ["seam"]:
        result = HERE / "results" / f"{name}.md"
        if result.exists():
            sections.append(result.read_text(encoding="utf-8").strip())
    header = (
        "# Benchmarks\n\n"
        f"Assembled by `make bench` on {dt.date.today().isoformat()}; machine: {describe_machine()}.\n"
        "Each section says when it was measured. Corpus: ../shared/corpus (not in the repository).\n"
    )
    (HERE.parent / "BENCHMARKS.md").write_text(header + "\n\n" + "\n\n".join(sections) + "\n", encoding="utf-8")
    if failed:
        print(f"benchmarks that failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
