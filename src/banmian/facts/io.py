"""Read the inputs of ``banmian facts`` and write its outputs (json, jsonl, csv).

Inputs: a JSON article (``title``/``paragraphs``), a JSON restored page (``articles``),
a JSONL file of articles, a plain-text clean article, or a raw page text (restored
first). ``kind="auto"`` treats a text file with several blank-line separated blocks as
a raw page and a single block as a clean article.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import re
from pathlib import Path
from typing import Iterator

from ..errors import BanmianError, Errors
from ..pages.decode import decode_bytes, read_page_file
from .extract import FACT_TYPES, extract_facts

log = logging.getLogger(__name__)

__all__ = ["load_articles", "facts_of_paths", "render"]

_BLOCKS = re.compile(r"\n[ \t\u3000]*\n")


def _from_json(obj, stem: str) -> Iterator[tuple[str, dict]]:
    if isinstance(obj, list):
        for i, a in enumerate(obj, 1):
            if isinstance(a, dict):
                yield str(a.get("id") or f"{stem}-a{i:02d}"), a
    elif isinstance(obj, dict) and "articles" in obj:
        for i, a in enumerate(obj["articles"], 1):
            yield str(a.get("id") or f"{stem}-a{i:02d}"), a
    elif isinstance(obj, dict) and ("paragraphs" in obj or "title" in obj):
        yield str(obj.get("id") or stem), obj
    else:
        log.warning("skipped %s: JSON without articles, title or paragraphs", stem)


def load_articles(path: str | Path, kind: str = "auto") -> Iterator[tuple[str, dict | str]]:
    """Yield ``(article_id, article)`` for one input file.

    :param kind: ``auto``, ``page`` (restore the text first) or ``article`` (use as is)
    """
    p = Path(path)
    if not p.is_file():
        raise BanmianError(Errors.E016.format(source=str(path)))
    stem = p.stem
    if p.suffix.lower() in (".json", ".jsonl"):
        text = decode_bytes(p.read_bytes(), source=str(p)).text
        try:
            if p.suffix.lower() == ".jsonl":
                for n, line in enumerate(text.splitlines(), 1):
                    if line.strip():
                        yield from _from_json(json.loads(line), f"{stem}-{n}")
                return
            yield from _from_json(json.loads(text), stem)
            return
        except json.JSONDecodeError as exc:
            raise BanmianError(f"[E030] {p}: not valid JSON ({exc.msg}, line {exc.lineno}).") from None
    text = read_page_file(p).text
    as_page = kind == "page" or (kind == "auto" and len([b for b in _BLOCKS.split(text) if b.strip()]) > 1)
    if as_page:
        from ..restore import restore_file

        page = restore_file(p).to_dict()
        for i, a in enumerate(page["articles"], 1):
            yield f"{stem}-a{i:02d}", a
    else:
        yield stem, text.strip("\n")


def facts_of_paths(paths, issue_date: str, kind: str = "auto") -> dict:
    """Facts of every article of every path, merged into one dict of lists."""
    out: dict[str, list] = {k: [] for k in FACT_TYPES}
    for path in paths:
        for aid, art in load_articles(path, kind):
            facts = extract_facts(art, issue_date, article_id=aid)
            for k in FACT_TYPES:
                out[k].extend(facts[k])
    return out


_CSV_COLUMNS = ["type", "article", "text", "spans", "page_spans", "field", "name", "role", "org", "posts", "value",
                "unit", "comparator", "from", "to", "rule", "metric", "modality", "deadline", "period", "kind", "owner",
                "speaker", "detail"]


def render(facts: dict, fmt: str) -> str:
    """Serialise merged facts as ``json``, ``jsonl`` (one item a line, with ``type``) or ``csv``."""
    if fmt == "json":
        return json.dumps(facts, ensure_ascii=False, indent=2) + "\n"
    rows = [dict(item, type=k) for k in FACT_TYPES for item in facts[k]]
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=_CSV_COLUMNS, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        flat = {}
        for c in _CSV_COLUMNS:
            v = r.get(c)
            if c == "deadline" and isinstance(v, dict):
                v = v.get("to")
            elif c == "period" and isinstance(v, dict):
                v = f"{v.get('from')}/{v.get('to')}"
            elif isinstance(v, (list, dict)):
                v = json.dumps(v, ensure_ascii=False)
            flat[c] = v
        flat["detail"] = json.dumps({k: v for k, v in r.items() if k not in _CSV_COLUMNS}, ensure_ascii=False)
        w.writerow(flat)
    return buf.getvalue()
