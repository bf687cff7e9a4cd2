"""Column banners: headlines such as 图片报道, 八方速递 or 国际回声 that head a collection.

Under a banner the paper prints several short items, each under its own little headline
and without a byline; the whole collection is one article, and those headlines are its
crossheads. Which headlines are banners is a corpus statistic: short, printed on many
dates, and most often over a body with inner headings. The list (column names only) is
built by ``scripts/train_lines.py`` from training dates and stored in ``data/banners.json``.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "banners.json"
MAX_CHARS = 8  # a banner is a column name, not a sentence
MIN_DATES = 3  # printed on this many dates at least
MIN_SHARE = 0.5  # ... and over a body with inner headings this often
INNER_HEAD_CHARS = 20  # an inner heading: a short body line without final punctuation
_SPACE = re.compile(r"[\s\u3000]+")


def banner_key(title: str | None) -> str:
    return _SPACE.sub("", title or "")


def _inner_heads(paragraphs: list[str]) -> int:
    return sum(1 for p in paragraphs[1:] if len(p) <= INNER_HEAD_CHARS and p[-1:] not in "。！？”")


def derive(articles: Iterable[dict]) -> list[str]:
    """Banner headlines of corpus articles (dicts with title, date, paragraphs)."""
    dates: dict[str, set] = defaultdict(set)
    with_heads: dict[str, int] = defaultdict(int)
    seen: dict[str, int] = defaultdict(int)
    for art in articles:
        key = banner_key(art.get("title"))
        if not key or len(key) > MAX_CHARS:
            continue
        dates[key].add(art.get("date"))
        seen[key] += 1
        with_heads[key] += _inner_heads(art.get("paragraphs") or []) >= 2
    return sorted(k for k in seen if len(dates[k]) >= MIN_DATES and with_heads[k] >= MIN_SHARE * seen[k])


def save(banners: list[str], path: str | Path = DEFAULT_PATH) -> None:
    Path(path).write_text(json.dumps(banners, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


@lru_cache(maxsize=2)
def load(path: str | Path | None = None) -> frozenset[str]:
    """The stored banner list (empty when the artifact is absent: the feature stays off)."""
    p = Path(path or DEFAULT_PATH)
    if not p.exists():
        return frozenset()
    return frozenset(json.loads(p.read_text(encoding="utf-8")))


def is_banner(title: str | None) -> bool:
    return banner_key(title) in load()
