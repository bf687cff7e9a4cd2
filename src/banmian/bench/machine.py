"""One line describing the machine a benchmark ran on (results name it with the date)."""
from __future__ import annotations

import os
import platform


def describe() -> str:
    """`2 CPUs (nproc), 23.5 GiB RAM, Python 3.11.7` (memory from /proc/meminfo when readable)."""
    mem = "?"
    try:
        with open("/proc/meminfo") as fh:
            kb = int(next(line for line in fh if line.startswith("MemTotal")).split()[1])
            mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{os.cpu_count()} CPUs (nproc), {mem} RAM, Python {platform.python_version()}"
