"""Run every benchmark (`bench/*_bench.py`) and assemble BENCHMARKS.md from their results.

Each benchmark writes its own section to bench/results/<name>.md; this script runs them
in pipeline order and concatenates the sections under a header naming the machine.
Usage: python bench/run.py [NAME ...]   (default: all)
"""
from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["restore", "archive", "facts", "reuse"]


def machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
            mem = f", {kb / 1024 / 1024:.0f} GiB memory"
    except OSError:
        pass
    cpu = platform.processor() or platform.machine()
    return f"{os.cpu_count()} cores ({cpu}){mem}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main(names: list[str]) -> int:
    names = names or [n for n in ORDER if (HERE / f"{n}_bench.py").exists()]
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
        f"Assembled by `make bench` on {dt.date.today().isoformat()}; machine: {machine()}.\n"
        "Each section says when it was measured. Corpus: ../shared/corpus (not in the repository).\n"
    )
    (HERE.parent / "BENCHMARKS.md").write_text(header + "\n\n" + "\n\n".join(sections) + "\n", encoding="utf-8")
    if failed:
        print(f"benchmarks that failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
