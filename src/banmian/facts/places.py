"""Jurisdictions: place names resolved to a full administrative path and code.

The data is jionlp's ``china_location.txt`` (province / city / county levels with
administrative codes), read directly and lazily: ``jionlp.parse_location`` costs
~50 ms a call, a dictionary lookup costs microseconds. Only names printed with their
level suffix (省/市/区/县/州/盟/旗) are matched, so ``鹿泉区`` resolves while the
bare alias ``鹿泉`` does not (too many false friends).
"""
from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["find_places", "gazetteer", "world_places", "place_ends_at"]

_SUFFIX_CHARS = set("省市区县州盟旗")
_SUFFIX_RX = __import__("re").compile("[省市区县州盟旗]")
_SHORT_ORGS = {"市": "city", "区": "county", "县": "county", "省": "province", "州": "city", "镇": "town", "乡": "town"}


def _location_file() -> Path | None:
    try:
        import importlib.util

        spec = importlib.util.find_spec("jionlp")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "dictionary" / "china_location.txt"
    if path.exists() or path.with_suffix(".zip").exists():
        return path
    return None


def _dictionary_lines(path: Path, name: str):
    """The lines of one of jionlp's dictionary files, read from its zip when the text is absent."""
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            yield from fh
        return
    import io
    import zipfile

    with zipfile.ZipFile(path.with_suffix(".zip")) as zf:
        member = next(n for n in zf.namelist() if n.endswith(name))
        with zf.open(member) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")


@lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    """Country names (short and full), capitals and major cities of jionlp's ``world_location.txt``."""
    china = _location_file()
    if china is None:
        return frozenset()
    path = china.with_name("world_location.txt")
    if not path.exists() and not path.with_suffix(".zip").exists():
        return frozenset()
    names: set[str] = set()
    for line in _dictionary_lines(path, "world_location.txt"):
        for field in line.strip().split("\t"):
            names.update(n for n in field.split("/") if len(n) >= 2 and not n.endswith(":"))
    return frozenset(names)


def place_ends_at(text: str, a: int, end: int) -> bool:
    """Is ``text[a:end]`` the whole or the tail of a country's or a city's name ending at ``end``
    (哈萨克斯坦总理: 斯坦 is no name; 会见巴西总统: 巴西 is no name)?"""
    names = world_places()
    return any(text[end - n:end] in names for n in range(end - a, min(end, 12) + 1))


def _location_lines(path: Path):
    """The lines of china_location.txt; a fresh jionlp install ships it zipped (jionlp
    unzips it on first use of its own loader), so read the archive when the text is absent."""
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            yield from fh
        return
    import io
    import zipfile

    with zipfile.ZipFile(path.with_suffix(".zip")) as zf:
        name = next(n for n in zf.namelist() if n.endswith("china_location.txt"))
        with zf.open(name) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[tuple[str, str, str]]]:
    """name -> [(full path, admin code, level)], from jionlp's data; empty if jionlp is absent."""
    path = _location_file()
    table: dict[str, list[tuple[str, str, str]]] = {}
    if path is None:
        log.warning("jionlp's china_location.txt not found: jurisdictions are not resolved")
        return table
    levels = ("province", "city", "county")
    stack = ["", "", ""]
    for line in _location_lines(path):
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 2:
            continue
        parts = line.strip().split("\t")
        if len(parts) < 2:
            continue
        name, code = parts[0], parts[1]
        stack[depth] = name
        full = "".join(dict.fromkeys(stack[: depth + 1]))  # 上海市上海市 -> 上海市
        entries = table.setdefault(name, [])
        if all(e[0] != full for e in entries):
            entries.append((full, code, levels[depth]))
    return table


def resolve(name: str, context: set[str] | None = None) -> dict | None:
    """Resolve one place name; ``context`` (other full paths in the article) breaks ties."""
    entries = gazetteer().get(name)
    if not entries:
        return None
    if len(entries) > 1 and context:
        fit = [e for e in entries if any(c and (e[0].startswith(c) or c.startswith(e[0])) for c in context)]
        if len(fit) == 1:
            entries = fit
    if len(entries) > 1:
        return {"name": name, "full": None, "code": None, "level": entries[0][2], "ambiguous": len(entries)}
    full, code, level = entries[0]
    return {"name": name, "full": full, "code": code, "level": level}


def find_places(text: str) -> list[dict]:
    """Place names of ``text`` (with their level suffix) with offsets, resolved where unique.

    Two passes: unique names first, then ambiguous ones are retried against them.
    """
    table = gazetteer()
    if not table:
        return []
    found: list[dict] = []
    covered_until = -1
    # scan only where a level suffix ends a name: suffix characters are sparse in prose
    for m in _SUFFIX_RX.finditer(text):
        j = m.end()
        best = None
        for length in range(min(10, j), 1, -1):  # longest first: 内蒙古自治区 before 自治区
            cand = text[j - length:j]
            if cand in table:
                best = (j - length, j, cand)
                break
        if best is None:
            continue
        if best[0] < covered_until:  # overlaps the previous name: keep the longer one
            if found and best[1] - best[0] > found[-1]["end"] - found[-1]["start"] and best[0] >= found[-1]["start"]:
                found.pop()
            else:
                continue
        found.append({"text": best[2], "start": best[0], "end": best[1]})
        covered_until = best[1]
    context = set()
    for f in found:
        r = resolve(f["text"])
        if r and r.get("full"):
            context.add(r["full"])
    for f in found:
        f.update(resolve(f["text"], context) or {})
    return found
