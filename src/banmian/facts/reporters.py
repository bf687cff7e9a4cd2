"""Reporters, contributors and photographers: the people who made the article, kept
apart from the officials it reports on (bylines, datelines ``（记者…）``, credits
``（…参与采写）`` and ``…摄``)."""
from __future__ import annotations

import re

from ..restore.cues import SPACES
from .cues import COMPOUND_SURNAMES, SURNAMES

__all__ = ["find_reporters"]

_CUE = r"(?:本报记者|新华社记者|人民日报记者|特约记者|见习记者|本报通讯员|通讯员|记者|实习生)"
_NAMES = rf"[\u4e00-\u9fff]{{2,3}}(?:[、{SPACES}]+[\u4e00-\u9fff]{{2,3}})*"
_DATELINE_REPORTER = re.compile(rf"(?P<cue>{_CUE})[{SPACES}]*(?P<names>{_NAMES})(?=[）)]|$)")
_BYLINE = re.compile(rf"(?P<cue>{_CUE})?[{SPACES}]*(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff{SPACES}、]*)")
_CONTRIB = re.compile(rf"[（(](?P<names>{_NAMES})(?:参与)?(?:采写|采访|整理)[）)]")
_PHOTO = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*)摄")
_NAME_SPLIT = re.compile(rf"[、{SPACES}]+")


def _split_names(text: str, offset: int) -> list[tuple[str, int, int]]:
    out = []
    pos = 0
    for part in _NAME_SPLIT.split(text):
        k = text.find(part, pos)
        pos = k + len(part)
        if 2 <= len(part) <= 4 and (part[0] in SURNAMES or part[:2] in COMPOUND_SURNAMES):
            out.append((part, offset + k, offset + k + len(part)))
    return out


def find_reporters(text: str, byline: str | None = None) -> list[dict]:
    """Reporters and contributors of the document text (and of the byline field)."""
    out: list[dict] = []
    if byline:
        # 本报记者 张  三 李四: names may be padded with spaces inside; split on cues first
        for m in re.finditer(rf"(?P<cue>{_CUE})?[□■{SPACES}]*(?P<names>[^□■]+?)(?=(?:{_CUE})|[□■]|$)", byline):
            cue = m.group("cue") or ""
            chunk = m.group("names")
            base = m.start("names")
            for name, s, e in _byline_names(chunk, base):
                out.append({"role": "contributor" if "通讯员" in cue else "reporter", "name": name,
                            "field": "byline", "name_span": [s, e], "start": s, "end": e, "cue": cue})
    for m in _DATELINE_REPORTER.finditer(text):
        role = "contributor" if "通讯员" in m.group("cue") else "reporter"
        for name, s, e in _split_names(m.group("names"), m.start("names")):
            out.append({"role": role, "name": name, "name_span": [s, e], "start": s, "end": e, "cue": m.group("cue")})
    for rx, role in ((_CONTRIB, "contributor"), (_PHOTO, "photographer")):
        for m in rx.finditer(text):
            for name, s, e in _split_names(m.group("names"), m.start("names")):
                out.append({"role": role, "name": name, "name_span": [s, e], "start": s, "end": e})
    return out


def _byline_names(chunk: str, base: int) -> list[tuple[str, int, int]]:
    """Names of a byline chunk, where ``张  三`` (padded) is one name and ``张三 李四`` two."""
    out = []
    tokens = [(m.group(0), m.start()) for m in re.finditer(r"[\u4e00-\u9fff]+", chunk)]
    i = 0
    while i < len(tokens):
        tok, s = tokens[i]
        if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1][0]) <= 2:
            nxt, s2 = tokens[i + 1]
            name_chars = tok + nxt
            if tok in SURNAMES:
                out.append((name_chars, base + s, base + s2 + len(nxt), ))
                i += 2
                continue
        if 2 <= len(tok) <= 4 and (tok[0] in SURNAMES or tok[:2] in COMPOUND_SURNAMES):
            out.append((tok, base + s, base + s + len(tok)))
        i += 1
    return out
